"""TK604 inzet-buiten-verslagjaar: een inzet valt buiten het jaar van de zelfevaluatie.

Een zelfevaluatie gaat over één verslagjaar (``jaar``). Een inzet met een datum in een ander
jaar hoort in de zelfevaluatie van dat jaar, en telt niet mee voor de systeemtest (TK507) of de
prestaties (TK602) van dit jaar. Vaak is het een tikfout in de datum. De melding staat bij de
inzet; het onderdeel is de id van de inzet.

Waarom:
    Bron: toetsingskader 4.0, §1.3: de regio laat jaarlijks zien hoe zij op basis van alle
    inzetten van dat jaar presteert.

Opties:
    Geen.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 25, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: oef-rot-2
        soort: oefening
        naam: Oefening ROT
        datum: 2024-11-20
        teams: [rot]

Goed:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 25, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: oef-rot-2
        soort: oefening
        naam: Oefening ROT
        datum: 2025-11-20
        teams: [rot]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every inzet dated outside the report's year."""
    year = ctx.report.year
    for index, deployment in enumerate(ctx.report.deployments):
        if deployment.date.year != year:
            args = {"inzet": deployment.id, "datum": deployment.date, "jaar": year}
            yield Violation(("inzetten", index), "TK604", args, subject=deployment.id)


RULE = Rule(
    code="TK604",
    slug="inzet-buiten-verslagjaar",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een inzet heeft een datum buiten het verslagjaar.",
    basis="Toetsingskader §1.3",
    check=check,
)
