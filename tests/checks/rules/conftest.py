"""Run chosen gap rules over report dicts with options, a peildatum and earlier reports.

Builds on the clean base report of ``tests/checks/conftest.py`` (fixture ``build_report``):
reports are dumped to YAML and validated with :func:`tk4.validation.validate_text`, so every
test report is a real, valid self-report with source positions.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import pytest
from ruamel.yaml import YAML

from tk4.checks import REGISTRY
from tk4.checks.base import EarlierReport
from tk4.checks.config import Config, configure
from tk4.checks.runner import run_rules
from tk4.findings import Finding
from tk4.validation import FileResult, validate_text

PEILDATUM = dt.date(2025, 12, 31)


def _yaml(data: Mapping[str, Any]) -> str:
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    stream = io.StringIO()
    yaml.dump(dict(data), stream)
    return stream.getvalue()


def validated(data: Mapping[str, Any], name: str = "zelfevaluatie.yaml") -> FileResult:
    """``data`` validated as a self-report; fails the test when it is not valid."""
    result = validate_text(_yaml(data), name, REGISTRY)
    if result.report is None:
        problems = "\n".join(f"  {f.code} {f.span}: {f.message}" for f in result.findings)
        pytest.fail(f"{name} is geen geldige zelfevaluatie:\n{problems}")
    return result


class CheckRules(Protocol):
    """Signature of the ``check_rules`` fixture."""

    def __call__(
        self,
        data: Mapping[str, Any],
        codes: Sequence[str],
        *,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        history: Sequence[Mapping[str, Any]] = (),
        reference_date: dt.date = PEILDATUM,
    ) -> list[Finding]: ...


@pytest.fixture
def check_rules() -> CheckRules:
    """Validate ``data`` (and ``history``) and run the rules ``codes`` with ``options``."""

    def run(
        data: Mapping[str, Any],
        codes: Sequence[str],
        *,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        history: Sequence[Mapping[str, Any]] = (),
        reference_date: dt.date = PEILDATUM,
    ) -> list[Finding]:
        result = validated(data)
        assert result.report is not None
        assert result.catalogue is not None
        earlier = []
        for index, past in enumerate(history):
            past_result = validated(past, f"eerder-{index}.yaml")
            assert past_result.report is not None
            earlier.append(EarlierReport(past_result.report, past_result.source))
        rules = configure(Config(options=options or {}), REGISTRY, select=codes)
        return run_rules(
            result.report, result.catalogue, result.source, rules, reference_date, earlier
        )

    return run


DocumentOf = Callable[[Mapping[str, Any], str], dict[str, Any]]


@pytest.fixture
def document() -> DocumentOf:
    """A function giving the entry with an id from a report's ``documenten``, to change in place."""

    def of(report: Mapping[str, Any], document_id: str) -> dict[str, Any]:
        entry: dict[str, Any] = next(d for d in report["documenten"] if d["id"] == document_id)
        return entry

    return of
