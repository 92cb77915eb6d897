"""The ``tk4`` command line: options in, API call, reporter out, exit code. No logic here."""

import re
import sys
from typing import Annotated

import typer
import typer.main

from tk4 import __version__
from tk4.cli import catalog, init, lint, report, rules, schema
from tk4.cli._common import EXIT_USAGE, user_errors
from tk4.cli.completion import (
    Shell,
    completion_script,
    detect_shell,
    install_completion,
    prepare_completion_request,
)
from tk4.errors import Tk4UserError
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


@app.callback(invoke_without_command=True)
@user_errors
def _root(
    context: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Toon de versie."
    ),
    install: bool = typer.Option(
        False,
        "--install-completion",
        help="Installeer aanvulling met Tab (completion) voor uw shell: bash, zsh of fish.",
    ),
    show: bool = typer.Option(
        False,
        "--show-completion",
        help="Toon het completion-script voor uw shell, om het zelf te installeren.",
    ),
    shell: Annotated[
        Shell | None,
        typer.Option(
            "--shell",
            help="De shell voor --install-completion en --show-completion (standaard: de huidige).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Toetsingskader 4.0 Multidisciplinaire Taakuitvoering Veiligheidsregio's als code."""
    if install or show:
        _show_or_install_completion(install=install, shell=shell)
    if shell is not None:
        raise Tk4UserError("--shell hoort bij --install-completion of --show-completion")
    if context.invoked_subcommand is None:
        raise Tk4UserError("geef een opdracht, bv. tk4 validate; 'tk4 --help' toont ze alle")


def _show_or_install_completion(*, install: bool, shell: Shell | None) -> None:
    """Show or install the completion script of ``shell`` (default: the current shell)."""
    chosen = shell or detect_shell()
    if not install:
        typer.echo(completion_script(chosen), nl=False)
        raise typer.Exit(0)
    path = install_completion(chosen)
    typer.echo(f"completion voor {chosen} geïnstalleerd in {path}")
    typer.echo("Open een nieuwe terminal; daarna vult Tab opdrachten, opties en codes aan.")
    raise typer.Exit(0)


app.add_typer(catalog.app, name="catalog")
app.command("validate")(lint.validate_command)
app.command("check")(lint.check_command)
app.command("rules")(rules.rules_command)
app.command("schema")(schema.schema_command)
app.command("init")(init.init_command)
app.command("report")(report.report_command)


def main() -> None:
    """Console-script entry point: runs the app and words parser errors in Dutch (exit 2)."""
    prepare_completion_request()
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
