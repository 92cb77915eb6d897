"""Hand-built reports shared by the output-format tests."""

from __future__ import annotations

from typing import Any

import pytest

from tk4.findings import Finding, Severity, sorted_findings
from tk4.output import RuleInfo, RunReport
from tk4.source import KeyPath, Span

RULES: dict[str, RuleInfo] = {
    rule.code: rule
    for rule in (
        RuleInfo(
            "TK008",
            "duplicate-key",
            Severity.ERROR,
            "Een sleutel komt twee keer voor.",
            "https://tk4.example/regels/TK008",
        ),
        RuleInfo("TK010", "tab", Severity.WARNING, "Tab-teken in inspringing."),
        RuleInfo("TK011", "yaml-tag", Severity.INFO, "YAML-tag gebruikt."),
        RuleInfo("TK099", "unused-rule", Severity.ERROR, "Regel die in geen enkele test afgaat."),
    )
}
"""Rule table for the tests; TK099 never fires, so formats must cope with unused rules."""


def make_finding(
    code: str,
    span: Span,
    message_id: str,
    args: dict[str, Any] | None = None,
    *,
    severity: Severity | None = None,
    path: KeyPath = (),
    subject: str | None = None,
    acknowledged: str | None = None,
    related: tuple[Span, ...] = (),
) -> Finding:
    """A finding for a rule in :data:`RULES`, with the rule's default severity unless given."""
    rule = RULES[code]
    return Finding(
        code=code,
        slug=rule.slug,
        severity=severity or rule.severity,
        span=span,
        message_id=message_id,
        args=args or {},
        path=path,
        subject=subject,
        acknowledged=acknowledged,
        related=related,
    )


def sample_findings() -> list[Finding]:
    """Two errors (one acknowledged), a warning and an info, over three of four files."""
    return [
        make_finding(
            "TK008",
            Span("a.yaml", 2, 1, 2, 5),
            "yaml.duplicate_key",
            {"key": "jaar", "first_line": 1, "first_column": 1},
            path=("jaar",),
        ),
        make_finding("TK010", Span.point("a.yaml", 5, 3), "yaml.tab"),
        make_finding(
            "TK008",
            Span("b.yaml", 3, 1, 4, 6),
            "yaml.duplicate_key",
            {"key": "regio", "first_line": 1, "first_column": 1},
            path=("regio",),
            acknowledged="bewust: historische invoer",
        ),
        make_finding(
            "TK011",
            Span("sub/c d.yaml", 4, 7, 4, 22),
            "yaml.tag",
            {"tag": "!!python/object"},
            path=("processen", 0, "norm"),
            subject="N-1",
        ),
    ]


SAMPLE_FILES = ["a.yaml", "b.yaml", "sub/c d.yaml", "schoon.yaml"]

SPECIAL_KEY = "a\r\nb%c,d:e\x01é"
"""A YAML key with every character some format must escape."""

SPECIAL_FILE = "x,y:z%.yaml"


@pytest.fixture
def rules() -> dict[str, RuleInfo]:
    """The test rule table."""
    return dict(RULES)


@pytest.fixture
def make() -> Any:
    """The finding factory, for tests that build their own reports."""
    return make_finding


@pytest.fixture
def sample() -> RunReport:
    """The standard mixed report of a ``validate`` run."""
    return RunReport("validate", SAMPLE_FILES, sample_findings(), RULES)


@pytest.fixture
def empty() -> RunReport:
    """A ``check`` run over two clean files."""
    return RunReport("check", ["a.yaml", "b.yaml"], [], RULES)


@pytest.fixture
def special() -> RunReport:
    """One error whose file name and message hold characters that need escaping."""
    finding = make_finding(
        "TK008",
        Span(SPECIAL_FILE, 3, 2, 3, 9),
        "yaml.duplicate_key",
        {"key": SPECIAL_KEY, "first_line": 1, "first_column": 1},
        acknowledged="reden met\nregeleinde",
    )
    blocking = make_finding(
        "TK008",
        Span.point(SPECIAL_FILE, 7, 1),
        "yaml.duplicate_key",
        {"key": SPECIAL_KEY, "first_line": 3, "first_column": 1},
    )
    return RunReport("validate", [SPECIAL_FILE], sorted_findings([blocking, finding]), RULES)
