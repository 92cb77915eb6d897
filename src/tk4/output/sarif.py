"""SARIF 2.1.0: one run with the rules and results, for code-scanning dashboards.

Built as plain dicts; the test suite validates the output against the official OASIS schema.
Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from tk4 import __version__
from tk4.findings import Finding, Severity
from tk4.output.base import RuleInfo, RunReport
from tk4.source import Span

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
"""The ``$schema`` every SARIF log from tk4 declares."""

SRCROOT = "%SRCROOT%"
"""The ``uriBaseId`` of relative paths: the directory tk4 was run from."""

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}
"""SARIF ``level`` per severity (§3.27.10)."""


def artifact_location(file: str) -> dict[str, str]:
    """``artifactLocation`` for a path: a relative URI under ``%SRCROOT%``, or a ``file:`` URI.

    Why: SARIF URIs always use forward slashes and percent-encoding, whatever the OS path
    looked like, so a log made on Windows opens the same files on a Linux dashboard.
    """
    path = PurePath(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    """A ``reportingDescriptor`` for ``driver.rules``."""
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }
    if rule.help_uri is not None:
        descriptor["helpUri"] = rule.help_uri
    return descriptor


def result(
    finding: Finding, rule_index: int, artifact_index: int, file: str | None = None
) -> dict[str, Any]:
    """One ``result``; an acknowledged finding carries an in-source suppression.

    Why an empty ``suppressions`` list on the others: SARIF reads an absent list as "not
    known", an empty one as "not suppressed" (§3.27.23), and tk4 does know.
    """
    span = finding.span
    shown = span.file if file is None else file
    location = artifact_location(shown) | {"index": artifact_index}
    suppressions = (
        []
        if finding.acknowledged is None
        else [{"kind": "inSource", "justification": finding.acknowledged}]
    )
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(location, span)}],
        "suppressions": suppressions,
    }
    if finding.related:  # e.g. the first of two duplicate keys (§3.27.22)
        entry["relatedLocations"] = [
            {"id": number, "physicalLocation": _physical(location, other)}
            for number, other in enumerate(finding.related, start=1)
        ]
    return entry


def _physical(location: dict[str, Any], span: Span) -> dict[str, Any]:
    """A ``physicalLocation``: the file and the 1-based region within it."""
    return {
        "artifactLocation": location,
        "region": {
            "startLine": span.line,
            "startColumn": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
        },
    }


def report_to_sarif(report: RunReport) -> dict[str, Any]:
    """The whole SARIF log as plain JSON-ready values."""
    rules = report.sorted_rules()
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    artifact_index = {file: index for index, file in enumerate(report.files)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "tk4",
                "version": __version__,
                "rules": [rule_descriptor(rule) for rule in rules],
            }
        },
        # Why: separate categories keep a `validate` upload from replacing a `check` upload.
        "automationDetails": {"id": f"tk4/{report.tool_command}/"},
        # Spans count Unicode code points, not SARIF's default UTF-16 code units.
        "columnKind": "unicodeCodePoints",
        "artifacts": [
            {
                "location": artifact_location(report.repository_path(file)),
                "roles": ["analysisTarget"],
            }
            for file in report.files
        ],
        "results": [
            result(
                finding,
                rule_index[finding.code],
                artifact_index[finding.span.file],
                report.repository_path(finding.span.file),
            )
            for finding in report.findings
        ],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: RunReport) -> str:
    """The SARIF log as indented JSON text ending in a newline."""
    return json.dumps(report_to_sarif(report), indent=2, ensure_ascii=False) + "\n"
