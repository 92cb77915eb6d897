"""Golden files: the Markdown and HTML report of every example, byte for byte.

Refresh after an intended change with ``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from render_helpers import GOLDEN, example_peildatum, example_reports, rendered, verdict_of

from tk4.render import build_report

CASES = [
    *((example, None) for example in example_reports()),
    *((example, verdict_of(example)) for example in example_reports() if verdict_of(example)),
]


def _name(example: Path, verdict: Path | None) -> str:
    return example.stem if verdict is None else f"{example.stem}-naast-inspectieoordeel"


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize(("example", "verdict"), CASES, ids=[_name(e, v) for e, v in CASES])
def test_report_matches_golden_file(
    example: Path, verdict: Path | None, fmt: str, update_golden: bool
) -> None:
    outcome = build_report(
        example, verdict, example_peildatum(example), None, "md" if fmt == "md" else "html"
    )
    text, _ = rendered(outcome)
    golden = GOLDEN / f"{_name(example, verdict)}.{fmt}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert golden.exists(), f"{golden} ontbreekt; maak hem met pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


def test_every_golden_file_belongs_to_an_example() -> None:
    expected = {f"{_name(e, v)}.{fmt}" for e, v in CASES for fmt in ("md", "html")}
    assert {path.name for path in GOLDEN.iterdir()} <= expected


def test_rendering_twice_gives_the_same_text() -> None:
    example = example_reports()[0]
    first = build_report(example, fmt="html", peildatum=example_peildatum(example)).text
    second = build_report(example, fmt="html", peildatum=example_peildatum(example)).text
    assert first is not None
    assert first == second
