"""A region's whole round trip: scaffold → fill in → validate → fix the reported line → valid."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

RunCli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]


def findings(result: Result) -> list[dict[str, object]]:
    return list(json.loads(result.stdout)["bevindingen"])


def test_scaffold_fill_validate_fix(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run_cli("init", "--regio", "Twente", "--jaar", "2026", "-o", "vr05-2026.yaml")
    scaffold = tmp_path / "vr05-2026.yaml"

    fresh = run_cli("validate", str(scaffold), "--format", "json")
    assert {f["code"] for f in findings(fresh)} == {"TK301"}  # valid, with "nog niet beoordeeld"

    # The region fills in one element, with a typo in the judgement.
    text = scaffold.read_text(encoding="utf-8")
    empty = "      RB.A.1:\n        oordeel:\n        toelichting:\n"
    assert text.count(empty) == 1
    filled = (
        "      RB.A.1:\n"
        "        oordeel: op nivo\n"
        "        toelichting: Het bestuur legde de keuzes vast in het beleidsplan 2024-2027.\n"
    )
    scaffold.write_text(text.replace(empty, filled), encoding="utf-8")

    broken = run_cli("validate", str(scaffold), "--format", "json", expect=1)
    [error] = [f for f in findings(broken) if f["ernst"] == "fout"]
    assert error["code"] == "TK115"
    assert "bedoelde u 'op niveau'?" in str(error["bericht"])

    # Fix exactly the reported line.
    lines = scaffold.read_text(encoding="utf-8").splitlines(keepends=True)
    row = int(str(error["regel"])) - 1
    assert "op nivo" in lines[row]
    lines[row] = lines[row].replace("op nivo", "op niveau")
    scaffold.write_text("".join(lines), encoding="utf-8")

    fixed = run_cli("validate", str(scaffold), "--format", "json")
    assert not [f for f in findings(fixed) if f["ernst"] == "fout"]
    assert "RB.A.1" not in {f["onderwerp"] for f in findings(fixed)}


def test_next_year_from_last_year_asks_for_reconfirmation(run_cli: RunCli, tmp_path: Path) -> None:
    previous = tmp_path / "vr05-twente-2024.yaml"
    shutil.copy(REPO / "examples" / "vr05-twente-2024.yaml", previous)
    before = previous.read_bytes()
    run_cli("init", "--vanaf", str(previous), "-o", str(tmp_path / "vr05-2025.yaml"))
    assert previous.read_bytes() == before
    result = run_cli("validate", str(tmp_path / "vr05-2025.yaml"), "--format", "json")
    codes = {f["code"] for f in findings(result)}
    assert "TK305" in codes
    assert not [f for f in findings(result) if f["ernst"] == "fout"]
