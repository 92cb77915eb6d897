"""The ``tk4`` command line: options in, API call, reporter out, exit code. No logic here."""

import re
import sys

import typer
import typer.main

from tk4 import __version__
from tk4.cli import catalog, init, lint, report, rules, schema
from tk4.cli._common import EXIT_USAGE
from tk4.messages.usage_nl import USAGE_PHRASES

app = typer.Typer(
    name="tk4",
    help="Toetsingskader 4.0 Multidisciplinaire Taakuitvoering Veiligheidsregio's als code.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"tk4 {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Toon de versie."
    ),
) -> None:
    """Toetsingskader 4.0 Multidisciplinaire Taakuitvoering Veiligheidsregio's als code."""


app.add_typer(catalog.app, name="catalog")
app.command("validate")(lint.validate_command)
app.command("check")(lint.check_command)
app.command("rules")(rules.rules_command)
app.command("schema")(schema.schema_command)
app.command("init")(init.init_command)
app.command("report")(report.report_command)


def main() -> None:
    """Console-script entry point: runs the app and words parser errors in Dutch (exit 2)."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="tk4", standalone_mode=False)
    except typer.Abort:
        typer.echo("afgebroken", err=True)
        sys.exit(1)
    except typer.TyperException as error:  # the parser's usage errors
        if type(error).__name__ == "NoArgsIsHelpError":  # the help is already on screen
            sys.exit(EXIT_USAGE)
        context = getattr(error, "ctx", None)
        if context is not None:
            typer.echo(context.get_usage().replace("Usage:", "Gebruik:", 1), err=True)
            typer.echo(f"Zie '{context.command_path} --help'.", err=True)
        typer.echo(f"fout: {dutch_usage(error)}", err=True)
        sys.exit(int(getattr(error, "exit_code", EXIT_USAGE)))
    sys.exit(code if isinstance(code, int) else 0)


def dutch_usage(error: Exception) -> str:
    """The parser's message for ``error``, translated phrase by phrase."""
    format_message = getattr(error, "format_message", None)
    text = format_message() if callable(format_message) else str(error)
    for pattern, replacement in USAGE_PHRASES:
        text = re.sub(pattern, replacement, text)
    return text
