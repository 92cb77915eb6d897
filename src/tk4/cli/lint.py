"""``tk4 validate`` and ``tk4 check``: run the API, render with the chosen reporter, exit."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tk4.cli import completion
from tk4.cli._common import user_errors
from tk4.errors import Tk4UserError

if TYPE_CHECKING:
    from tk4.api import Outcome
    from tk4.checks.config import Config

PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help=(
            "Bestanden en mappen; van een map worden alle *.yaml/*.yml eronder gelezen,"
            " behalve verborgen bestanden en mappen (.naam): noem die apart."
        ),
        show_default=False,
    ),
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="Uitvoer: auto, text, json, sarif, junit of github (auto: github onder Actions).",
        autocompletion=completion.complete_lint_format,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Schrijf de uitvoer naar dit bestand in plaats van stdout."
    ),
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help="Alleen deze regels of families (herhaalbaar).",
        autocompletion=completion.complete_rule_selection,
    ),
]
"""``--select`` of ``tk4 check``, shared with ``tk4 report`` so both run the same rules."""
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        help="Deze regels of families overslaan (herhaalbaar).",
        autocompletion=completion.complete_rule_selection,
    ),
]
"""``--ignore`` of ``tk4 check``, shared with ``tk4 report``."""
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Instellingen (tk4.toml of pyproject.toml); standaard de dichtstbijzijnde.",
    ),
]
"""``--config`` of ``tk4 check``, shared with ``tk4 report``."""


@user_errors
def validate_command(
    paths: PathsArgument,
    output_format: FormatOption = "auto",
    output: OutputOption = None,
    config: ConfigOption = None,
) -> None:
    """Controleer of zelfevaluaties geldige YAML in het juiste formaat zijn.

    De volledigheidsregels (TK301, TK305) volgen de instellingen, net als bij tk4 check.
    Exitcode 0: geldig (waarschuwingen mogen); 1: fouten gevonden; 2: gebruiks- of leesfout.
    """
    from tk4.api import validate_paths
    from tk4.cli.progress import file_progress

    settings = chosen_config(config)
    with file_progress(sys.stderr, os.environ) as on_file:
        outcome = validate_paths(paths, config=settings, on_file=on_file)
    _emit(outcome, output_format, output, paths)


@user_errors
def check_command(
    paths: PathsArgument,
    output_format: FormatOption = "auto",
    output: OutputOption = None,
    peildatum: Annotated[
        str | None,
        typer.Option(
            help="Peildatum JJJJ-MM-DD voor alle datumregels (standaard: 31 december van het jaar)."
        ),
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Toets zelfevaluaties aan het toetsingskader: valideren en daarna de hiaatregels.

    Exitcode 0: geen fouten (waarschuwingen mogen); 1: fouten gevonden; 2: gebruiks- of leesfout.
    """
    from tk4.api import check_paths
    from tk4.cli.progress import file_progress

    reference_date = parse_date(peildatum) if peildatum is not None else None
    settings = chosen_config(config)
    with file_progress(sys.stderr, os.environ) as on_file:
        outcome = check_paths(
            paths,
            config=settings,
            select=split_codes(select),
            ignore=split_codes(ignore, "--ignore"),
            reference_date=reference_date,
            on_file=on_file,
        )
    _emit(outcome, output_format, output, paths)


def _emit(outcome: Outcome, output_format: str, output: Path | None, inputs: list[Path]) -> None:
    """Render ``outcome`` in the chosen format, write it, and exit with its exit code."""
    from tk4.api import run_report
    from tk4.output import REPORTERS, resolve_format

    name = resolve_format(output_format, os.environ)
    from tk4.repository import repository_root

    report = run_report(outcome, repository_root=repository_root(Path.cwd(), os.environ))
    if output is not None:
        from tk4.fileio import write_atomic

        write_atomic(output, REPORTERS[name](report), inputs=_input_files(outcome, inputs))
    elif name == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ:
        from tk4.output.terminal import render_terminal

        typer.echo(render_terminal(report, color=True), nl=False)
    else:
        typer.echo(REPORTERS[name](report), nl=False)
    raise typer.Exit(outcome.exit_code)


def _input_files(outcome: Outcome, inputs: list[Path]) -> list[Path]:
    return [*inputs, *(Path(name) for name in outcome.files)]


def chosen_config(config: Path | None) -> Config:
    """The settings of ``--config``, or else of the nearest tk4.toml/pyproject.toml.

    Raises:
        Tk4UserError: ``--config`` names a file that does not exist.
    """
    from tk4.checks.config import find_config, load_config

    if config is not None and not config.is_file():
        raise Tk4UserError(f"{config}: instellingenbestand bestaat niet")
    return load_config(config if config is not None else find_config(Path.cwd()))


def split_codes(values: list[str] | None, option: str = "--select") -> list[str]:
    """Accept both ``--select TK301 --select TK302`` and ``--select TK301,TK302``.

    Raises:
        Tk4UserError: the option was given but names nothing (``--select ,``): that would
            silently run every rule.
    """
    codes = [part.strip() for value in values or [] for part in value.split(",") if part.strip()]
    if values and not codes:
        raise Tk4UserError(
            f"{option} noemt geen regel of familie; laat de optie weg of noem er een"
        )
    return codes


def parse_date(text: str) -> dt.date:
    """A ``--peildatum`` value (JJJJ-MM-DD) as a date.

    Raises:
        Tk4UserError: the text is not a valid date (Dutch message with an example).
    """
    if _DATE.fullmatch(text):
        with contextlib.suppress(ValueError):  # 2025-02-30 has the shape but is no date
            return dt.date.fromisoformat(text)
    raise Tk4UserError(
        f"--peildatum '{text}' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-12-31"
    )


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""Exactly JJJJ-MM-DD: Python also reads "20251231" and ISO weeks ("2025-W01-1") as dates."""
