"""The Python API (``tk4.load``, ``tk4.validate``, ``tk4.check``) and its documentation."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tk4
from tk4.errors import Tk4UserError

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def test_docs_python_api_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``pycon`` block of docs/python-api.md, run in order as one doctest session."""
    monkeypatch.chdir(REPO)
    page = (REPO / "docs" / "python-api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```pycon\n(.*?)^```$", page, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 5
    test = doctest.DocTestParser().get_doctest(
        "\n".join(blocks), {}, "python-api.md", "docs/python-api.md", 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted >= 15
    assert results.failed == 0, "docs/python-api.md klopt niet meer met tk4 (zie hierboven)"


def test_import_tk4_loads_no_library() -> None:
    code = (
        "import sys, tk4; assert 'tk4.library' not in sys.modules, sorted(sys.modules); "
        "assert 'pydantic' not in sys.modules; tk4.load; assert 'tk4.library' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names() -> None:
    assert set(tk4.__all__) == {
        "Finding",
        "InvalidReportError",
        "Result",
        "SelfReport",
        "Severity",
        "__version__",
        "check",
        "load",
        "validate",
    }
    assert "check" in dir(tk4)
    with pytest.raises(AttributeError, match="no attribute 'bestaat_niet'"):
        _ = tk4.bestaat_niet  # type: ignore[attr-defined]


def test_check_matches_the_command_line() -> None:
    from tk4.api import check_paths

    paths = [EXAMPLES / "vr05-twente-2024.yaml", EXAMPLES / "vr05-twente-2025.yaml"]
    result = tk4.check(paths, config=REPO / "pyproject.toml")
    assert result.findings == check_paths(paths).findings
    assert result.ok
    assert result.exit_code == 0
    assert set(result.reports) == {str(path) for path in paths}


def test_validate_accepts_one_path_and_a_date_object() -> None:
    result = tk4.validate(EXAMPLES / "ongeldig" / "verkeerde-norm.yaml")
    assert [finding.code for finding in result.errors] == ["TK114", "TK112"]
    assert result.reports == {}
    dated = tk4.check(EXAMPLES / "vr24-zuid-limburg-2025.yaml", peildatum=dt.date(2025, 12, 31))
    assert (
        dated.findings
        == tk4.check(EXAMPLES / "vr24-zuid-limburg-2025.yaml", peildatum="2025-12-31").findings
    )


def test_missing_file_and_folder_are_refused_by_load(tmp_path: Path) -> None:
    with pytest.raises(tk4.InvalidReportError) as missing:
        tk4.load(tmp_path / "weg.yaml")
    assert [finding.code for finding in missing.value.findings] == ["TK001"]
    assert str(missing.value).endswith(
        "bestand kan niet worden gelezen: bestand of map bestaat niet"
    )
    with pytest.raises(Tk4UserError, match="is een map; load leest één bestand"):
        tk4.load(EXAMPLES)


@pytest.mark.parametrize("text", ["20251231", "2025-02-30", "morgen"])
def test_bad_reference_date_is_a_dutch_error(text: str) -> None:
    with pytest.raises(Tk4UserError, match=f"peildatum '{text}' is geen geldige datum"):
        tk4.check(EXAMPLES / "vr05-twente-2025.yaml", peildatum=text)


def test_select_takes_one_code_or_a_list() -> None:
    example = EXAMPLES / "vr24-zuid-limburg-2025.yaml"
    one = tk4.check(example, select="TK505", peildatum="2025-12-31")
    assert [finding.code for finding in one.findings] == ["TK505"]
    many = tk4.check(example, select=["TK505", "leren"], ignore="TK702", peildatum="2025-12-31")
    assert [finding.code for finding in many.findings] == ["TK505", "TK703"]


def test_missing_config_and_unknown_rule_are_dutch_errors(tmp_path: Path) -> None:
    with pytest.raises(Tk4UserError, match="instellingenbestand bestaat niet"):
        tk4.validate(EXAMPLES, config=tmp_path / "tk4.toml")
    with pytest.raises(Tk4UserError, match="TK999"):
        tk4.check(EXAMPLES / "vr05-twente-2025.yaml", select=["TK999"])
