"""Fixtures of the report tests: small reports written to disk, and rendering them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from render_helpers import BASE, PEILDATUM, Render, WriteReport, rendered

from tk4.render import build_report
from tk4.render.context import ReportView


@pytest.fixture
def write_report(tmp_path: Path) -> WriteReport:
    """Write ``BASE`` plus extra YAML (or a whole text as ``base``) to a file in ``tmp_path``."""

    def write(extra: str = "", *, name: str = "rapport.yaml", base: str = BASE) -> Path:
        path = tmp_path / name
        path.write_text(base + extra, encoding="utf-8")
        return path

    return write


@pytest.fixture
def render() -> Render:
    """Render a report file (optionally with an inspectieoordeel) at a fixed peildatum."""

    def run(
        path: Path,
        fmt: str = "md",
        *,
        oordeel: Path | None = None,
        peildatum: dt.date = PEILDATUM,
        template_dir: Path | None = None,
    ) -> tuple[str, ReportView]:
        assert fmt in ("md", "html")
        outcome = build_report(
            path, oordeel, peildatum, template_dir, "md" if fmt == "md" else "html"
        )
        return rendered(outcome)

    return run
