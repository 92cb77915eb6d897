"""The shipped examples give the findings one expects from reading them (golden output).

``vr15-haaglanden-2025.yaml`` is written to be clean; the others contain deliberate gaps that
``examples/README.md`` lists. Refresh with ``pytest --update-golden`` after a deliberate change.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tk4.api import check_paths, run_report, validate_paths
from tk4.output import REPORTERS

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
VALID_EXAMPLES = sorted(p.name for p in (REPO / "examples").glob("*.yaml"))
RUNS = {
    **{name.removesuffix(".yaml"): [f"examples/{name}"] for name in VALID_EXAMPLES},
    "vr05-twente-beide-jaren": ["examples/vr05-twente-2024.yaml", "examples/vr05-twente-2025.yaml"],
}


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # findings carry the relative paths a user would type


@pytest.mark.parametrize("run", sorted(RUNS), ids=str)
def test_check_findings_match_golden(run: str, update_golden: bool) -> None:
    outcome = check_paths([Path(p) for p in RUNS[run]])
    text = REPORTERS["text"](run_report(outcome))
    golden = GOLDEN / f"check-{run}.txt"
    if update_golden:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_clean_example_is_clean() -> None:
    outcome = check_paths([Path("examples/vr15-haaglanden-2025.yaml")])
    assert outcome.findings == []
    assert outcome.exit_code == 0


def test_every_valid_example_validates() -> None:
    outcome = validate_paths([Path(f"examples/{name}") for name in VALID_EXAMPLES])
    assert outcome.exit_code == 0
    assert not [f for f in outcome.findings if f.severity.value == "fout"]


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (REPO / "examples" / "ongeldig").glob("*.yaml")), ids=str
)
def test_every_invalid_example_fails(name: str) -> None:
    outcome = validate_paths([Path(f"examples/ongeldig/{name}")])
    assert outcome.exit_code == 1


def test_expected_gaps_of_zuid_limburg() -> None:
    outcome = check_paths([Path("examples/vr24-zuid-limburg-2025.yaml")])
    by_code = {f.code: f for f in outcome.findings}
    assert set(by_code) == {
        *("TK502", "TK505", "TK507", "TK512", "TK513", "TK605", "TK606", "TK607", "TK702"),
        "TK703",
        "TK127",
    }
    # a legal duty: the region's reason is shown as its motivation, the error stays
    assert by_code["TK502"].acknowledged is None
    assert by_code["TK502"].motivation is not None
    assert by_code["TK502"].is_blocking
    # the GRIP 3 incident of 18 November is within the 13 weeks for its evaluation
    assert "TK603" not in by_code
    assert by_code["TK607"].subject == by_code["TK605"].subject == "hoogwater-geul-2025"
    assert by_code["TK606"].subject == "brand-chemelot-2025"
    assert outcome.exit_code == 1


def test_an_owned_rode_draad_across_years_is_in_order() -> None:
    """Informatiedeling recurs in 2024 and 2025, but has an owner and a running termijn."""
    both = check_paths([Path(p) for p in RUNS["vr05-twente-beide-jaren"]])
    assert [f for f in both.findings if f.code == "TK704"] == []
    # a year later the termijnen have passed, but the file only tells how things stood when it
    # was drawn up: tk4 warns about the peildatum instead of calling the rode draad overdue
    later = check_paths(
        [Path(p) for p in RUNS["vr05-twente-beide-jaren"]], reference_date=dt.date(2027, 1, 15)
    )
    assert {f.code for f in later.findings} >= {"TK126"}
    assert [f for f in later.findings if f.code == "TK704"] == []


QUOTED_FINDING = re.compile(r"^#   (examples/ongeldig/\S+:\d+:\d+: .*)$")


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (REPO / "examples" / "ongeldig").glob("*.yaml")), ids=str
)
def test_invalid_example_quotes_the_real_output(name: str, update_golden: bool) -> None:
    """The header of each invalid example shows exactly what ``tk4 validate`` reports."""
    path = REPO / "examples" / "ongeldig" / name
    for _ in range(3 if update_golden else 1):  # rewriting the header can move the lines below
        quoted, actual = _quoted_and_actual(path, name, rewrite=update_golden)
    assert quoted == actual


def _quoted_and_actual(path: Path, name: str, *, rewrite: bool) -> tuple[list[str], list[str]]:
    outcome = validate_paths([Path(f"examples/ongeldig/{name}")])
    text = REPORTERS["text"](run_report(outcome))
    actual = [line for line in text.splitlines() if line.startswith("examples/")]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    quoted_at = [i for i, line in enumerate(lines) if QUOTED_FINDING.match(line.rstrip("\n"))]
    if rewrite and quoted_at:
        lines[quoted_at[0] : quoted_at[-1] + 1] = [f"#   {line}\n" for line in actual]
        path.write_text("".join(lines), encoding="utf-8")
        return [], []
    quoted = []
    for index in quoted_at:
        match = QUOTED_FINDING.match(lines[index].rstrip("\n"))
        assert match is not None
        quoted.append(match.group(1))
    return quoted, actual
