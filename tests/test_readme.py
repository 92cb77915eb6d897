"""Every ``tk4`` command shown in README.md runs as shown, with the exit code it states.

Commands come from the fenced blocks: ``$ tk4 …`` lines of console blocks and the ``tk4`` steps
of the install one-liner. A trailing ``# exitcode N`` comment states a non-zero exit code. They
run in a scratch folder holding a copy of ``examples/``, so files they write land there.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

RunCli = Callable[..., Result]
REPO = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"```(?:bash|console)\n(.*?)```", re.DOTALL)


def readme_commands() -> list[tuple[list[str], int]]:
    commands: list[tuple[list[str], int]] = []
    for block in FENCE.findall((REPO / "README.md").read_text(encoding="utf-8")):
        for raw in block.splitlines():
            line = raw.removeprefix("$ ").strip()
            code, _, comment = line.partition("#")
            expected = re.search(r"exitcode (\d)", comment)
            for step in code.split("&&"):
                words = shlex.split(step)
                if words and words[0].endswith("tk4") and words[0] in ("tk4", ".venv/bin/tk4"):
                    commands.append((words[1:], int(expected.group(1)) if expected else 0))
    return commands


COMMANDS = readme_commands()


def test_readme_has_commands() -> None:
    assert len(COMMANDS) >= 8
    first = [" ".join(args) for args, _ in COMMANDS[:2]]
    assert first[0].startswith("validate examples/")
    assert first[1].startswith("report examples/")


def test_readme_commands_run_as_shown(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for args, expected in COMMANDS:
        expanded = [
            str(match)
            for arg in args
            for match in (sorted(Path().glob(arg)) if "*" in arg else [arg])
        ]
        run_cli(*expanded, expect=expected)


def _block(language: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"```{language}\n(.*?)```", text, re.DOTALL)
    assert match is not None, f"README.md heeft geen {language}-blok"
    return match.group(1)


def test_readme_configuration_is_accepted(tmp_path: Path) -> None:
    from tk4.checks import REGISTRY
    from tk4.checks.config import configure, load_config

    config_file = tmp_path / "tk4.toml"
    config_file.write_text(_block("toml"), encoding="utf-8")
    configured = {c.rule.code: c for c in configure(load_config(config_file), REGISTRY)}
    assert "TK404" not in configured
    assert configured["TK302"].options["min_tekens"] == 60
    assert configured["TK403"].severity.value == "info"


def test_readme_acknowledgement_validates() -> None:
    from tk4.checks import REGISTRY
    from tk4.validation import validate_text

    header = (
        'toetsingskader: "4.0"\nsoort: zelfevaluatie\nregio: VR24\njaar: 2025\n'
        "opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}\n"
    )
    result = validate_text(header + _block("yaml"), "readme.yaml", REGISTRY)
    assert result.report is not None, [f.message for f in result.findings]
    [acknowledgement] = result.report.acknowledgements
    assert acknowledgement.until is not None
