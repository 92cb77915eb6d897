"""A progress bar on stderr while ``tk4 validate`` or ``tk4 check`` reads many files.

Only for a person at a terminal: nothing when stderr is piped or redirected, under ``NO_COLOR``,
in CI (``CI`` is set by GitHub Actions, GitLab CI and most others) or with ``TERM=dumb``, so
logs and scripts see exactly the output they saw before. The bar is transient: it disappears
when the run ends, before the findings are written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tk4.api import FileProgress

MIN_FILES = 10
"""From this many files on a run shows progress; a few files are done before a bar would help."""


def wants_progress(stream: TextIO, env: Mapping[str, str]) -> bool:
    """Whether a progress bar may be drawn on ``stream`` in environment ``env``."""
    if any(name in env for name in ("NO_COLOR", "CI")) or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(callable(isatty) and isatty())


@contextlib.contextmanager
def file_progress(stream: TextIO, env: Mapping[str, str]) -> Iterator[FileProgress | None]:
    """A callback for :func:`tk4.api.check_paths` that draws on ``stream``, or None.

    None when :func:`wants_progress` says no: then the API runs without any callback.
    """
    if not wants_progress(stream, env):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(file=stream)
    with Progress(
        TextColumn("bestanden lezen"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", style="dim"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None, visible=False)

        def on_file(path: Path, done: int, total: int) -> None:
            progress.update(
                task,
                completed=done,
                total=total,
                description=path.name,
                visible=total >= MIN_FILES,
            )

        yield on_file
