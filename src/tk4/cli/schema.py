"""``tk4 schema``: print or write the JSON Schema of the self-report format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tk4.cli import completion
from tk4.cli._common import user_errors


@user_errors
def schema_command(
    versie: Annotated[
        str | None,
        typer.Option(
            "--versie",
            help="Versie van het toetsingskader (standaard de nieuwste).",
            autocompletion=completion.complete_version,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Schrijf het schema naar dit bestand (alleen over een eerder tk4-schema).",
        ),
    ] = None,
) -> None:
    """Geef het JSON-schema (draft 2020-12) van een zelfevaluatie, voor editors en andere tools.

    Zonder -o naar stdout. In een zelfevaluatie: '# yaml-language-server: $schema=<pad>'.
    """
    from tk4.loading.catalogue import latest_version, load_catalogue, load_regions
    from tk4.schema import build_schema, render_schema, write_schema_file

    catalogue = load_catalogue(versie if versie is not None else latest_version())
    text = render_schema(build_schema(catalogue, load_regions()))
    if output is None:
        typer.echo(text, nl=False)
        return
    write_schema_file(output, text)
    typer.echo(f"schema geschreven: {output}", err=True)
