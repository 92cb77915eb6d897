"""The shipped examples give the findings one expects from reading them (golden output).

``vr15-haaglanden-2025.yaml`` is written to be clean; the others contain deliberate gaps that
``examples/README.md`` lists. Refresh with ``pytest --update-golden`` after a deliberate change.
"""

from __future__ import annotations

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
    assert set(by_code) == {"TK502", "TK505", "TK507", "TK603", "TK702", "TK703"}
    assert by_code["TK502"].acknowledged is not None
    assert outcome.exit_code == 1


def test_rode_draad_across_years() -> None:
    both = check_paths([Path(p) for p in RUNS["vr05-twente-beide-jaren"]])
    [rode_draad] = [f for f in both.findings if f.code == "TK704"]
    assert rode_draad.subject == "informatiedeling"
    assert "2 verslagjaren" in rode_draad.message
