"""Every command answers ``--help``, and ``python -m tk4`` is the same program."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
import typer
from typer.testing import Result

from tk4 import __version__
from tk4.cli import app

RunCli = Callable[..., Result]


def command_paths() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    paths: list[tuple[str, ...]] = [()]

    def walk(command: object, prefix: tuple[str, ...]) -> None:
        for name, sub in getattr(command, "commands", {}).items():  # groups have subcommands
            paths.append((*prefix, name))
            walk(sub, (*prefix, name))

    walk(root, ())
    return paths


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "tk4")
def test_every_command_has_help_text(run_cli: RunCli, path: tuple[str, ...]) -> None:
    result = run_cli(*path, "--help")
    assert "Usage:" in result.stdout
    first_line = [line for line in result.stdout.splitlines() if line.strip()][1]
    assert first_line.strip(), result.stdout


def test_expected_commands_exist() -> None:
    names = {" ".join(p) for p in command_paths()}
    assert {
        "validate",
        "check",
        "report",
        "init",
        "schema",
        "rules",
        "catalog list",
        "catalog show",
        "catalog search",
        "catalog export",
    } <= names


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tk4", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"tk4 {__version__}"
