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
