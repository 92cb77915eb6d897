"""Helpers of the report tests: examples, fixed peildatum, and the types of the fixtures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tk4.checks import REGISTRY
from tk4.render import RenderOutcome
from tk4.render.context import ReportView
from tk4.validation import validate_file

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"

BASE = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2024
opgesteld: {datum: 2025-02-01, door: Team Kwaliteit}
"""
"""The smallest valid zelfevaluatie; tests append sections to it."""

PEILDATUM = dt.date(2025, 3, 1)
"""The peildatum of tests on small reports (a fixed date, never today)."""

WriteReport = Callable[..., Path]
"""``write_report(extra="", *, name=..., base=BASE) -> Path``."""

Render = Callable[..., tuple[str, ReportView]]
"""``render(path, fmt="md", *, oordeel=None, peildatum=PEILDATUM, template_dir=None)``."""


def example_reports() -> list[Path]:
    """Every valid example (the ``ongeldig/`` folder holds the invalid ones)."""
    return sorted(EXAMPLES.glob("*.yaml"))


def verdict_of(example: Path) -> Path | None:
    """The inspectieoordeel beside a zelfevaluatie example, if the examples have one."""
    verdict = example.with_name(f"{example.stem}-inspectieoordeel.yaml")
    return verdict if verdict.exists() else None


def example_peildatum(example: Path) -> dt.date:
    """The fixed peildatum of an example in golden files: 31 december of its year."""
    result = validate_file(example, REGISTRY)
    assert result.report is not None, [f.message for f in result.findings]
    return dt.date(result.report.year, 12, 31)


def rendered(outcome: RenderOutcome) -> tuple[str, ReportView]:
    """The text and view of a successful render (fails the test with the reasons otherwise)."""
    assert outcome.text is not None, [f"{f.span}: {f.message}" for f in outcome.refused]
    assert outcome.view is not None
    return outcome.text, outcome.view
