"""Shell completion: what Tab offers, the scripts per shell, installing them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tk4.cli.completion import (
    Shell,
    complete_kind,
    complete_lint_format,
    complete_node,
    complete_region,
    complete_rule,
    complete_rule_selection,
    complete_version,
)

RunCli = Callable[..., Result]
TK4 = Path(sys.executable).with_name("tk4")
"""The installed console script, as a shell would find it on the PATH."""


def values(pairs: list[tuple[str, str]]) -> list[str]:
    return [value for value, _ in pairs]


def test_rule_selection_offers_codes_and_families_ignoring_case() -> None:
    assert values(complete_rule_selection("tk30")) == ["TK301", "TK302", "TK303", "TK304", "TK305"]
    assert values(complete_rule_selection("be")) == ["bewijs"]
    assert "TK001" not in values(complete_rule_selection("TK0")), "validation codes: not settable"
    code, text = complete_rule_selection("TK402")[0]
    assert (code, text) == ("TK402", "bewijs-verlopen: Een oordeel verwijst naar een document dat…")


def test_rule_selection_completes_the_last_item_of_a_comma_list() -> None:
    assert values(complete_rule_selection("TK301,TK50")) == [
        f"TK301,TK50{digit}" for digit in "123456789"
    ]
    assert values(complete_rule_selection("TK301,"))[-1] == "TK301,leren"


def test_rules_argument_offers_validation_codes_and_families_too() -> None:
    found = values(complete_rule(""))
    assert found[0] == "TK001"
    assert {"TK012", "TK301", "TK705", "dekking", "leren"} <= set(found)
    assert values(complete_rule("TK01")) == [f"TK01{digit}" for digit in "0123456789"]


def test_regions_offer_their_codes_with_names() -> None:
    assert complete_region("vr05") == [("VR05", "Twente")]
    assert len(complete_region("VR")) == 25
    assert complete_region("VR9") == []


def test_node_ids_cover_every_level_and_region_codes() -> None:
    assert values(complete_node("UV.A.1.a"))[:2] == ["UV.A.1.a", "UV.A.1.a.i"]
    assert values(complete_node("rb."))[:3] == ["RB.A", "RB.A.1", "RB.A.2"]
    norms = [value for value in values(complete_node("")) if value.count(".") == 1]
    assert len(norms) == 11
    assert complete_node("VR24") == [("VR24", "Zuid-Limburg")]


def test_versions_kinds_and_formats() -> None:
    assert values(complete_version("")) == ["4.0"]
    assert values(complete_kind("i")) == ["inspectieoordeel"]
    assert values(complete_lint_format("j")) == ["json", "junit"]


@pytest.mark.parametrize("shell", list(Shell))
def test_show_completion_prints_the_script_of_each_shell(run_cli: RunCli, shell: Shell) -> None:
    script = run_cli("--show-completion", "--shell", shell.value).stdout
    assert f"_TK4_COMPLETE=complete_{shell.value}" in script
    expected = {
        Shell.BASH: "complete -o default -F _tk4_completion tk4",
        Shell.ZSH: "compdef _tk4_completion tk4",
        Shell.FISH: "complete --command tk4 --no-files",
    }[shell]
    assert expected in script


def test_show_completion_detects_the_current_shell(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tk4.cli.detect_shell", lambda: Shell.FISH)
    assert "complete_fish" in run_cli("--show-completion").stdout


def test_unknown_shell_is_a_dutch_error(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    import shellingham

    def fail() -> tuple[str, str]:
        raise shellingham.ShellDetectionFailure

    monkeypatch.setattr(shellingham, "detect_shell", fail)
    monkeypatch.setenv("SHELL", "/bin/tcsh")
    result = run_cli("--show-completion", expect=2)
    assert result.stderr == (
        "fout: shell 'tcsh': tk4 kent completion voor bash, zsh en fish; kies er een met "
        "--shell, bv. tk4 --show-completion --shell bash\n"
    )


def test_shell_without_completion_option_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("--shell", "zsh", expect=2)
    assert "--shell hoort bij --install-completion of --show-completion" in result.stderr


@pytest.mark.parametrize(
    ("shell", "installed", "rc_file", "rc_line"),
    [
        (
            Shell.BASH,
            ".bash_completions/tk4.sh",
            ".bashrc",
            "source '{home}/.bash_completions/tk4.sh'",
        ),
        (Shell.ZSH, ".zfunc/_tk4", ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit"),
        (Shell.FISH, ".config/fish/completions/tk4.fish", None, None),
    ],
)
def test_install_completion_writes_the_script_and_rc_line_once(
    run_cli: RunCli,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shell: Shell,
    installed: str,
    rc_file: str | None,
    rc_line: str | None,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for _ in range(2):
        result = run_cli("--install-completion", "--shell", shell.value)
    assert result.stdout.startswith(f"completion voor {shell.value} geïnstalleerd in {tmp_path}")
    script = (tmp_path / installed).read_text(encoding="utf-8")
    assert f"_TK4_COMPLETE=complete_{shell.value}" in script
    if rc_file is not None and rc_line is not None:
        rc = (tmp_path / rc_file).read_text(encoding="utf-8")
        assert rc.count(rc_line.format(home=tmp_path)) == 1


def _complete(environment: dict[str, str]) -> list[str]:
    """Ask the installed ``tk4`` for completions the way a shell script does."""
    assert TK4.is_file(), f"{TK4} ontbreekt: installeer tk4 in deze omgeving"
    result = subprocess.run(
        [str(TK4)],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.splitlines()


def test_bash_sources_the_script_and_completes_a_rule_code(tmp_path: Path) -> None:
    script = tmp_path / "tk4.sh"
    script.write_text(
        subprocess.run(
            [str(TK4), "--show-completion", "--shell", "bash"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout,
        encoding="utf-8",
    )
    program = (
        f"source {script}; COMP_WORDS=(tk4 check --select TK50); COMP_CWORD=3; "
        '_tk4_completion tk4; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    environment = {**os.environ, "PATH": f"{TK4.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "--norc", "-c", program],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == [f"TK50{digit}" for digit in "123456789"]


def test_zsh_and_fish_protocols_answer_with_help_texts() -> None:
    zsh = _complete(
        {"_TK4_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "tk4 init --regio VR0"}
    )
    assert zsh[0] == '_arguments \'*: :(("VR01":"Groningen"'
    fish = _complete(
        {
            "_TK4_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": "tk4 catalog show UV.C.1.",
        }
    )
    assert fish[0] == "UV.C.1.a\thet beeld van het incident;"


def test_commands_and_options_complete(tmp_path: Path) -> None:
    commands = _complete(
        {"_TK4_COMPLETE": "complete_bash", "COMP_WORDS": "tk4 ", "COMP_CWORD": "1"}
    )
    assert {"validate", "check", "rules", "schema", "init", "report", "catalog"} <= set(commands)
    options = _complete(
        {"_TK4_COMPLETE": "complete_bash", "COMP_WORDS": "tk4 check --p", "COMP_CWORD": "2"}
    )
    assert options == ["--peildatum"]
