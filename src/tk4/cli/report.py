"""``tk4 report``: render a region's report as Markdown, HTML or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Protocol

import typer

from tk4.cli._common import user_errors
from tk4.cli.lint import (
    ConfigOption,
    IgnoreOption,
    SelectOption,
    chosen_config,
    parse_date,
    split_codes,
)
from tk4.errors import Tk4UserError

FORMATS = ("md", "html", "pdf")
"""The ``--format`` values of ``tk4 report``."""


@user_errors
def report_command(
    path: Annotated[
        Path,
        typer.Argument(
            help="De zelfevaluatie (of het inspectieoordeel), een YAML-bestand.",
            show_default=False,
        ),
    ],
    oordeel: Annotated[
        Path | None,
        typer.Option(
            "--oordeel",
            help="Inspectieoordeel over dezelfde regio en hetzelfde jaar, naast de zelfevaluatie.",
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Uitvoer: md, html of pdf.")
    ] = "md",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Schrijf het rapport naar dit bestand (verplicht voor pdf)."
        ),
    ] = None,
    peildatum: Annotated[
        str | None,
        typer.Option(
            help="Peildatum JJJJ-MM-DD voor de toetsing (standaard: 31 december van het jaar)."
        ),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            help="Map met eigen sjablonen; die gaan voor de ingebouwde (zie docs/sjablonen.md).",
        ),
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Maak het rapport van een regio: samenvatting, oordelen, prestaties en bijlagen.

    De aandachtspunten in het rapport komen uit dezelfde toetsing als bij tk4 check, met
    dezelfde --config, --select en --ignore. Een bestand dat niet valideert geeft zijn fouten
    en geen rapport. Exitcode 0: rapport gemaakt; 1: het bestand valideert niet; 2: gebruiks-
    of leesfout.
    """
    from tk4.fileio import write_atomic
    from tk4.output.text import format_finding
    from tk4.render import build_report

    if output_format not in FORMATS:
        raise Tk4UserError(
            f"onbekend rapportformaat '{output_format}'; kies uit: {', '.join(FORMATS)}"
        )
    if output_format == "pdf" and output is None:
        raise Tk4UserError("--format pdf schrijft naar een bestand; geef het pad met -o op")
    inputs = [path] if oordeel is None else [path, oordeel]
    render_pdf = _pdf_renderer() if output_format == "pdf" else None
    outcome = build_report(
        path,
        oordeel,
        parse_date(peildatum) if peildatum is not None else None,
        template_dir,
        "md" if output_format == "md" else "html",
        config=chosen_config(config),
        select=split_codes(select),
        ignore=split_codes(ignore),
    )
    if outcome.text is None:
        for finding in outcome.refused:
            typer.echo(format_finding(finding), err=True)
        typer.echo("fout: geen rapport gemaakt; los eerst de fouten hierboven op", err=True)
        raise typer.Exit(outcome.exit_code)
    content: str | bytes = outcome.text
    if render_pdf is not None and outcome.view is not None:
        title_page = outcome.view.title_page
        content = render_pdf(
            outcome.text, title=title_page.title, running_header=title_page.running_header
        )
    if output is None:
        typer.echo(outcome.text, nl=False)
    else:
        write_atomic(output, content, inputs=inputs)


class PdfRenderer(Protocol):
    """The signature of :func:`tk4.render.pdf.html_to_pdf`."""

    def __call__(self, html: str, *, title: str, running_header: str) -> bytes:
        """Render ``html`` to PDF bytes."""
        ...


def _pdf_renderer() -> PdfRenderer:
    """The PDF backend, or a Dutch error telling how to install it.

    Why: the backend (WeasyPrint) is an optional extra; without it ``tk4 report`` still makes
    Markdown and HTML.
    """
    try:
        from tk4.render.pdf import html_to_pdf
    except ImportError:
        raise Tk4UserError(
            "PDF-uitvoer vraagt extra software; installeer die met: pip install 'tk4[pdf]'"
        ) from None
    return html_to_pdf
