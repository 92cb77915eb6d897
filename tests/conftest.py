"""Project-wide fixtures: golden-file refresh flag and a CLI runner that shows its output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Schrijf golden files opnieuw in plaats van ze te vergelijken.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are rewritten (``pytest --update-golden``) instead of compared."""
    return bool(request.config.getoption("--update-golden"))


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``tk4`` in-process; on an unexpected exit code, show stdout and stderr."""
    from tk4.cli import app

    runner = CliRunner()

    def run(*args: str, expect: int | None = 0) -> Result:
        result = runner.invoke(app, list(args), catch_exceptions=False)
        if expect is not None and result.exit_code != expect:
            pytest.fail(
                f"tk4 {' '.join(args)} gaf exitcode {result.exit_code}, verwacht {expect}\n"
                f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
            )
        return result

    return run
