"""``tk4 validate`` through the CLI: every file, every error, exit codes, formats."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

RunCli = Callable[..., Result]

VALID = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2025
opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}
"""


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "goed.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "fout.yml").write_text(
        VALID.replace("VR05", "VR5") + "normen:\n  RB.A:\n    oordeel: op nivo\n", encoding="utf-8"
    )
    (tmp_path / "notities.txt").write_text("geen yaml", encoding="utf-8")
    return tmp_path


def test_valid_file_exits_zero_with_warnings(run_cli: RunCli, files: Path) -> None:
    result = run_cli("validate", str(files / "goed.yaml"), "--format", "text")
    assert "waarschuwing TK301" in result.stdout
    assert "fout" not in result.stdout.split("\n")[-2]


def test_folder_reports_every_error_of_every_file(run_cli: RunCli, files: Path) -> None:
    result = run_cli("validate", str(files), "--format", "text", expect=1)
    lines = result.stdout.splitlines()
    bad = str(files / "sub" / "fout.yml")
    assert f"{bad}:3:8: fout TK111 [onbekende-regio] onbekende regio 'VR5'" in result.stdout
    assert f"{bad}:8:14: fout TK115 [onbekend-oordeel] onbekend oordeel 'op nivo'" in result.stdout
    assert lines[-1].startswith("2 fouten,")
    assert "in 2 bestanden" in lines[-1]
    assert "notities.txt" not in result.stdout


def test_missing_path_is_exit_two(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "bestaat-niet.yaml"), "--format", "text", expect=2)
    assert "bestand of map bestaat niet" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_unknown_format_is_exit_two(run_cli: RunCli, files: Path) -> None:
    result = run_cli("validate", str(files), "--format", "xml", expect=2)
    assert "onbekend uitvoerformaat 'xml'" in result.stderr


def test_json_output_to_file(run_cli: RunCli, files: Path, tmp_path: Path) -> None:
    target = tmp_path / "uit.json"
    run_cli("validate", str(files), "--format", "json", "-o", str(target), expect=1)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "tk4-bevindingen"
    assert document["samenvatting"]["fouten"] == 2


def test_output_never_overwrites_an_input(run_cli: RunCli, files: Path) -> None:
    source = files / "goed.yaml"
    result = run_cli("validate", str(source), "-o", str(source), expect=2)
    assert "invoerbestand" in result.stderr
    assert source.read_text(encoding="utf-8") == VALID


def test_auto_format_is_github_under_actions(
    run_cli: RunCli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_cli("validate", str(files / "sub"), expect=1)
    assert result.stdout.startswith("::error file=")


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "json", "text"])
def test_every_format_runs(run_cli: RunCli, files: Path, fmt: str) -> None:
    result = run_cli("validate", str(files), "--format", fmt, expect=1)
    assert result.stdout.strip()


def test_hostile_yaml_is_refused_without_traceback(run_cli: RunCli, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.yaml"
    bomb.write_text(
        VALID + "x: &a [1, 2]\ny: [*a, *a]\nz: !!python/object/apply:os.system ['false']\n",
        encoding="utf-8",
    )
    result = run_cli("validate", str(bomb), "--format", "text", expect=1)
    assert "TK015" in result.stdout
    assert "TK014" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_version_and_module_entry(run_cli: RunCli) -> None:
    from tk4 import __version__

    assert run_cli("--version").stdout.strip() == f"tk4 {__version__}"


def test_validate_follows_the_configuration(
    run_cli: RunCli, files: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text('[severity]\nTK301 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate", str(files / "goed.yaml"), "--format", "text")
    assert "melding TK301" in result.stdout
    assert "waarschuwing TK301" not in result.stdout
    config.write_text('ignore = ["dekking"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    result = run_cli("validate", str(files / "goed.yaml"), "--format", "text")
    assert "TK301" not in result.stdout
    elsewhere = tmp_path / "elders.toml"
    elsewhere.write_text('[severity]\ntk301 = "fout"\n', encoding="utf-8")
    result = run_cli(
        "validate",
        str(files / "goed.yaml"),
        "--config",
        str(elsewhere),
        "--format",
        "text",
        expect=1,
    )
    assert "fout TK301" in result.stdout


def test_github_and_sarif_paths_are_relative_to_the_workspace(
    run_cli: RunCli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_WORKSPACE", str(files))
    monkeypatch.chdir(files / "sub")
    annotations = run_cli("validate", "../sub/fout.yml", "--format", "github", expect=1)
    assert "::error file=sub/fout.yml,line=3," in annotations.stdout
    sarif = json.loads(
        run_cli("validate", str(files / "sub"), "--format", "sarif", expect=1).stdout
    )
    [artifact] = sarif["runs"][0]["artifacts"]
    assert artifact["location"] == {"uri": "sub/fout.yml", "uriBaseId": "%SRCROOT%"}


def test_folder_walk_skips_hidden_files_and_folders(run_cli: RunCli, files: Path) -> None:
    (files / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (files / "sub" / ".gitlab-ci.yml").write_text("tk4:\n  script: [tk4]\n", encoding="utf-8")
    (files / ".github").mkdir()
    (files / ".github" / "tk4.yml").write_text("on: push\n", encoding="utf-8")
    result = run_cli("validate", str(files), "--format", "text", expect=1)
    assert "in 2 bestanden" in result.stdout.splitlines()[-1]
    for hidden in (".pre-commit-config.yaml", ".gitlab-ci.yml", "tk4.yml"):
        assert hidden not in result.stdout


def test_hidden_file_named_explicitly_is_read(run_cli: RunCli, files: Path) -> None:
    hidden = files / ".vr05-concept.yaml"
    hidden.write_text(VALID.replace("VR05", "VR5"), encoding="utf-8")
    result = run_cli("validate", str(hidden), "--format", "text", expect=1)
    assert f"{hidden}:3:8: fout TK111 [onbekende-regio]" in result.stdout


def test_ci_paths_are_relative_to_the_git_root_under_working_directory(
    run_cli: RunCli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (files / ".git").mkdir()
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(files / "sub")  # a CI job with `working-directory: sub`
    annotations = run_cli("validate", ".", "--format", "github", expect=1)
    assert "::error file=sub/fout.yml,line=3," in annotations.stdout
    junit = run_cli("validate", "fout.yml", "--format", "junit", expect=1).stdout
    assert 'file="sub/fout.yml" line="3"' in junit
    text = run_cli("validate", "fout.yml", "--format", "text", expect=1).stdout
    assert text.startswith("fout.yml:3:8: "), "people keep the path they typed"
