"""``tk4 report``: render a region's report as Markdown, HTML or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Protocol

import typer

from tk4.cli import completion
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
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Uitvoer: md, html of pdf (standaard: volgens de extensie van -o, anders md).",
            show_default=False,
            autocompletion=completion.complete_report_format,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Schrijf het rapport naar dit bestand (verplicht voor pdf); '-' is het scherm.",
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

    De aandachtspunten komen uit dezelfde toetsing als tk4 check (--config, --select, --ignore).

    Zonder --format volgt het formaat uit de extensie van -o: .md, .html (.htm) of .pdf.

    Een bestand dat niet valideert geeft zijn fouten en geen rapport.

    Exitcode 0: rapport gemaakt; 1: het bestand valideert niet; 2: gebruiks- of leesfout.
    """
    from tk4.fileio import write_atomic
    from tk4.output.text import format_finding
    from tk4.render import build_report, choose_format

    output_format, output = choose_format(output_format, output)
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
        ignore=split_codes(ignore, "--ignore"),
        output=output,
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
            outcome.text,
            title=title_page.title,
            running_header=title_page.running_header,
            author=title_page.authors,
        )
    if output is None:
        typer.echo(outcome.text, nl=False)
    else:
        write_atomic(output, content, inputs=inputs)


class PdfRenderer(Protocol):
    """The signature of :func:`tk4.render.pdf.html_to_pdf`."""

    def __call__(self, html: str, *, title: str, running_header: str, author: str) -> bytes:
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
