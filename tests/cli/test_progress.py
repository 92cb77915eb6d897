"""Progress on stderr: drawn for a person at a terminal, never in pipes, logs or CI."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tk4.api import check_paths
from tk4.cli.progress import MIN_FILES, file_progress, wants_progress

RunCli = Callable[..., Result]
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "vr05-twente-2025.yaml"


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, True),
        ({"TERM": "xterm-256color"}, True),
        ({"NO_COLOR": ""}, False),
        ({"NO_COLOR": "1"}, False),
        ({"CI": "true"}, False),
        ({"TERM": "dumb"}, False),
    ],
)
def test_progress_only_at_a_terminal_outside_ci(env: dict[str, str], expected: bool) -> None:
    assert wants_progress(Terminal(), env) is expected
    assert wants_progress(io.StringIO(), env) is False


def test_no_callback_when_piped() -> None:
    with file_progress(io.StringIO(), {}) as on_file:
        assert on_file is None


def test_bar_shows_count_and_file_at_a_terminal() -> None:
    stream = Terminal()
    with file_progress(stream, {}) as on_file:
        assert on_file is not None
        for done in range(1, 5):
            on_file(Path(f"map/vr05-{done}.yaml"), done, MIN_FILES + 2)
    drawn = stream.getvalue()
    assert "bestanden lezen" in drawn
    assert f"4/{MIN_FILES + 2}" in drawn
    assert "vr05-4.yaml" in drawn


def test_few_files_draw_nothing() -> None:
    stream = Terminal()
    with file_progress(stream, {}) as on_file:
        assert on_file is not None
        on_file(Path("vr05.yaml"), 1, MIN_FILES - 1)
    assert "bestanden lezen" not in stream.getvalue()


def test_api_reports_every_file_with_done_and_total(tmp_path: Path) -> None:
    for name in ("vr05-a.yaml", "vr05-b.yaml", "vr05-c.yaml"):
        shutil.copy(EXAMPLE, tmp_path / name)
    calls: list[tuple[str, int, int]] = []
    check_paths(
        [tmp_path], on_file=lambda path, done, total: calls.append((path.name, done, total))
    )
    assert calls == [("vr05-a.yaml", 1, 3), ("vr05-b.yaml", 2, 3), ("vr05-c.yaml", 3, 3)]


def test_piped_run_over_many_files_writes_nothing_extra(run_cli: RunCli, tmp_path: Path) -> None:
    for number in range(MIN_FILES + 2):
        shutil.copy(EXAMPLE, tmp_path / f"vr05-{number:02}.yaml")
    result = run_cli("validate", str(tmp_path), "--format", "text")
    assert result.stderr == ""
    assert "bestanden lezen" not in result.stdout
