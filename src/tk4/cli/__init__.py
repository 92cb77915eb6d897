"""The ``tk4`` command line: options in, API call, reporter out, exit code. No logic here."""

import typer

from tk4 import __version__
from tk4.cli import catalog, init, lint, report, rules, schema

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
    """Console-script entry point."""
    app()
