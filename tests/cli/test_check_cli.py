"""``tk4 check`` through the CLI: rules, configuration, peildatum, acknowledgements."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

RunCli = Callable[..., Result]

REPORT = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2025
opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}
"""


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "vr05.yaml"
    path.write_text(REPORT, encoding="utf-8")
    return path


def codes(stdout: str) -> set[str]:
    return {finding["code"] for finding in json.loads(stdout)["bevindingen"]}


def test_invalid_file_gets_validation_errors_not_rule_noise(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(REPORT.replace("VR05", "VR99"), encoding="utf-8")
    result = run_cli("check", str(path), "--format", "json", expect=1)
    assert codes(result.stdout) == {"TK111"}


def test_select_and_ignore(run_cli: RunCli, report: Path) -> None:
    selected = run_cli("check", str(report), "--format", "json", "--select", "TK301", expect=None)
    assert codes(selected.stdout) == {"TK301"}
    ignored = run_cli("check", str(report), "--format", "json", "--ignore", "dekking", expect=None)
    assert not {code for code in codes(ignored.stdout) if code.startswith("TK3")}


def test_unknown_rule_code_is_a_usage_error(run_cli: RunCli, report: Path) -> None:
    result = run_cli("check", str(report), "--select", "TK3O1", expect=2)
    assert "onbekende regel of familie 'TK3O1'; bedoelde u 'TK301'?" in result.stderr


def test_config_file_severity_and_unknown_option(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text('select = ["TK301"]\n[severity]\nTK301 = "info"\n', encoding="utf-8")
    result = run_cli("check", str(report), "--format", "json", "--config", str(config), expect=0)
    severities = {f["ernst"] for f in json.loads(result.stdout)["bevindingen"]}
    assert severities == {"info"}
    config.write_text("[options.TK301]\nmin_tekens = 3\n", encoding="utf-8")
    result = run_cli("check", str(report), "--config", str(config), expect=2)
    assert "regel TK301 kent optie 'min_tekens' niet" in result.stderr


def test_bad_peildatum_is_a_usage_error(run_cli: RunCli, report: Path) -> None:
    result = run_cli("check", str(report), "--peildatum", "31-12-2025", expect=2)
    assert "--peildatum '31-12-2025' is geen geldige datum" in result.stderr


def test_acknowledged_finding_is_shown_and_does_not_fail(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "erkend.yaml"
    path.write_text(
        REPORT
        + "uitzonderingen:\n"
        + "  - regel: TK301\n"
        + "    reden: Dit jaar alleen RB beoordeeld, zie jaarplan.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(path), "--format", "text", "--select", "TK301", expect=0)
    assert "(erkend: Dit jaar alleen RB beoordeeld, zie jaarplan.)" in result.stdout


def test_broken_config_points_at_line_and_column(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text('select = ["TK301"]\n[severity\n', encoding="utf-8")
    result = run_cli("check", str(report), "--config", str(config), expect=2)
    assert f"{config}:2:" in result.stderr
    assert "ongeldige TOML" in result.stderr
    assert "Traceback" not in result.stderr


def test_pyproject_tool_table_is_found_from_the_working_directory(
    run_cli: RunCli, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.tk4]\nselect = ["TK301"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", str(report), "--format", "json", expect=0)
    assert codes(result.stdout) == {"TK301"}


def test_a_config_value_of_the_wrong_type_is_a_usage_error(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text("[options]\nTK302 = 5\n", encoding="utf-8")
    result = run_cli("check", str(report), "--config", str(config), expect=2)
    assert f"fout: {config}: 'options.TK302' moet een tabel met opties zijn" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_code_on_the_command_line_is_blamed_on_the_flag(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text('select = ["TK301"]\n', encoding="utf-8")
    result = run_cli("check", str(report), "--config", str(config), "--ignore", "tk3o2", expect=2)
    assert "fout: --ignore: onbekende regel of familie 'tk3o2'; bedoelde u 'TK302'?" in (
        result.stderr
    )
    assert str(config) not in result.stderr


@pytest.mark.parametrize("peildatum", ["20251231", "2025-W52-3", "2025-12-31T00:00", "2025-02-30"])
def test_peildatum_must_be_written_jjjj_mm_dd(
    run_cli: RunCli, report: Path, peildatum: str
) -> None:
    result = run_cli("check", str(report), "--peildatum", peildatum, expect=2)
    assert f"--peildatum '{peildatum}' is geen geldige datum" in result.stderr


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_folder_without_yaml_is_a_usage_error(
    run_cli: RunCli, tmp_path: Path, command: str
) -> None:
    (tmp_path / "leeg").mkdir()
    (tmp_path / "leeg" / "notities.txt").write_text("geen yaml", encoding="utf-8")
    result = run_cli(command, str(tmp_path / "leeg"), expect=2)
    assert f"fout: geen YAML-bestanden (*.yaml, *.yml) gevonden in {tmp_path / 'leeg'}" in (
        result.stderr
    )


def test_two_files_of_one_region_year_and_kind_are_a_warning(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "vr05-kopie.yaml"
    copy.write_text(REPORT, encoding="utf-8")
    result = run_cli("check", str(tmp_path), "--format", "text", "--select", "TK507", expect=1)
    line = next(line for line in result.stdout.splitlines() if "TK122" in line)
    assert line.startswith(f"{report}:4:1: waarschuwing TK122 [dubbel-verslag] ook {copy} is")
    assert "onderdeel" not in line


def test_text_output_names_the_onderdeel_of_rule_findings_only(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "vr05.yaml"
    path.write_text(
        REPORT + "documenten:\n  - {id: bp, soort: beleidsplan, titel: B, geldig_tot: 2020-01-01,"
        " vastgesteld: 2021-01-01}\n",
        encoding="utf-8",
    )
    invalid = run_cli("check", str(path), "--format", "text", expect=1)
    assert "TK123" in invalid.stdout
    assert "(onderdeel:" not in invalid.stdout
    path.write_text(REPORT, encoding="utf-8")
    valid = run_cli("check", str(path), "--format", "text", "--select", "TK507", expect=1)
    assert "(onderdeel: systeemtest)" in valid.stdout


def test_an_acknowledgement_expires_after_its_tot_date(run_cli: RunCli) -> None:
    example = str(Path(__file__).resolve().parents[2] / "examples" / "vr24-zuid-limburg-2025.yaml")
    in_time = json.loads(run_cli("check", example, "--format", "json", expect=1).stdout)
    [tk502] = [f for f in in_time["bevindingen"] if f["code"] == "TK502"]
    # a statutory finding (Wvr art. 16): the reason is the region's motivation, not an excuse
    assert tk502["erkend"] is None
    assert tk502["motivering"] is not None
    later = run_cli("check", example, "--format", "json", "--peildatum", "2026-07-01", expect=1)
    findings = json.loads(later.stdout)["bevindingen"]
    [tk502] = [f for f in findings if f["code"] == "TK502"]
    assert (tk502["erkend"], tk502["motivering"]) == (None, None)
    [expired] = [f for f in findings if f["code"] == "TK124"]
    assert "gold tot 30 juni 2026" in expired["bericht"]
    assert expired["ernst"] == "info"


def test_a_peildatum_before_the_reporting_year_is_questioned(run_cli: RunCli, report: Path) -> None:
    result = run_cli(
        "check", str(report), "--format", "json", "--peildatum", "2020-01-01", expect=None
    )
    [warning] = [f for f in json.loads(result.stdout)["bevindingen"] if f["code"] == "TK125"]
    assert "ligt vóór het verslagjaar 2025" in warning["bericht"]
    assert warning["ernst"] == "waarschuwing"


def test_an_empty_select_is_a_usage_error(run_cli: RunCli, report: Path) -> None:
    result = run_cli("check", str(report), "--select", ",", expect=2)
    assert "--select noemt geen regel of familie" in result.stderr
