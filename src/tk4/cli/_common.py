"""Shared CLI plumbing: turning user errors into a Dutch message and exit code 2."""

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from tk4.errors import Tk4UserError
from tk4.findings import Exit

P = ParamSpec("P")
R = TypeVar("R")

EXIT_USAGE = Exit.USAGE


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Decorate a command so a :class:`Tk4UserError` prints ``fout: …`` and exits 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except Tk4UserError as error:
            typer.echo(f"fout: {error}", err=True)
            raise typer.Exit(EXIT_USAGE) from None

    return wrapper
