"""``tk4 init``: write a new self-report to fill in, empty or built on last year's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tk4.cli import completion
from tk4.cli._common import user_errors

if TYPE_CHECKING:
    from tk4.scaffold import CarrySummary


@user_errors
def init_command(
    regio: Annotated[
        str | None,
        typer.Option(
            "--regio",
            help="Code (VR05) of naam (Twente) van de veiligheidsregio.",
            autocompletion=completion.complete_region,
        ),
    ] = None,
    jaar: Annotated[
        int | None,
        typer.Option("--jaar", help="Verslagjaar. Met --vanaf standaard het jaar erna."),
    ] = None,
    soort: Annotated[
        str | None,
        typer.Option(
            "--soort",
            help="zelfevaluatie (standaard) of inspectieoordeel.",
            autocompletion=completion.complete_kind,
        ),
    ] = None,
    versie: Annotated[
        str | None,
        typer.Option(
            "--versie",
            help="Versie van het toetsingskader (standaard de nieuwste; met --vanaf die van "
            "het bestand).",
            autocompletion=completion.complete_version,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Bestand of (bestaande) map; eindigt het op / dan is het een map. Standaard "
            "<regio>-<jaar>-<soort>.yaml, in de huidige map of (met --vanaf) naast het bestand "
            "van vorig jaar.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand uitvoerbestand.")
    ] = False,
    vanaf: Annotated[
        Path | None,
        typer.Option(
            "--vanaf",
            help="Zelfevaluatie van vorig jaar: neem antwoorden (te herbevestigen), documenten en "
            "open verbeterpunten over. Het bestand zelf verandert niet.",
        ),
    ] = None,
    geen_schema: Annotated[
        bool,
        typer.Option(
            "--geen-schema",
            help="Schrijf geen JSON-schema naast het bestand en zet er geen modeline in.",
        ),
    ] = False,
) -> None:
    """Maak een nieuwe zelfevaluatie om in te vullen, met de tekst van elke norm en elk element.

    Naast het bestand komt het JSON-schema; de eerste regel verwijst ernaar voor de editor.
    """
    from tk4.fileio import write_atomic
    from tk4.findings import exit_code
    from tk4.output.text import format_finding
    from tk4.scaffold import PreviousReportInvalid, plan_init

    try:
        plan = plan_init(
            region=regio,
            year=jaar,
            kind=soort,
            version=versie,
            output=output,
            force=force,
            previous=vanaf,
            schema=not geen_schema,
            today=dt.date.today(),
        )
    except PreviousReportInvalid as invalid:
        for finding in invalid.findings:
            typer.echo(format_finding(finding), err=True)
        typer.echo(f"fout: --vanaf {vanaf} moet eerst geldig zijn (zie tk4 validate)", err=True)
        raise typer.Exit(exit_code(invalid.findings)) from None

    write_atomic(plan.path, plan.text, inputs=[vanaf] if vanaf is not None else [])
    typer.echo(f"geschreven: {plan.path}")
    if plan.summary is not None:
        typer.echo(_summary_text(plan.summary))
    if plan.schema.ref is not None and plan.schema.write_to is None:
        typer.echo(f"schema {plan.path.parent / plan.schema.ref} bestaat al (niet overschreven)")
    if plan.schema.write_to is not None and plan.schema_text is not None:
        from tk4.schema import write_schema_file

        write_schema_file(plan.schema.write_to, plan.schema_text)
        typer.echo(f"schema geschreven: {plan.schema.write_to}")
    typer.echo(f"controleer met: tk4 validate {plan.path}")


def _summary_text(summary: CarrySummary) -> str:
    from tk4.dutch import counted

    carried = [
        counted(summary.answers, "antwoord", "antwoorden") + " (te_herbevestigen: true)",
        counted(summary.documents, "document", "documenten"),
        counted(summary.improvements, "open verbeterpunt", "open verbeterpunten"),
    ]
    left = [
        counted(
            summary.improvements_closed,
            "afgerond of vervallen verbeterpunt",
            "afgeronde of vervallen verbeterpunten",
        ),
        counted(summary.deployments, "inzet", "inzetten"),
    ]
    text = f"overgenomen: {', '.join(carried)}; niet overgenomen: {', '.join(left)}"
    if summary.acknowledgements:
        shown = counted(summary.acknowledgements, "uitzondering", "uitzonderingen")
        text += f"; als commentaar klaargezet: {shown} van vorig jaar"
    return text
