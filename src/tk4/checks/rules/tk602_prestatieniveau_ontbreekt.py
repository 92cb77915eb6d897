"""TK602 prestatieniveau-ontbreekt: over een niveau is in het hele jaar niets beoordeeld.

De Inspectie wil zien hoe de regio presteert op functie-, team- én organisatieniveau, op basis
van alle inzetten van het jaar. De regel kijkt naar de ``prestaties`` van alle inzetten met een
datum in het verslagjaar: een niveau dat bij geen enkele inzet een oordeel heeft, geeft één
melding bij ``inzetten``. *Niet beoordeeld* is geen oordeel en telt dus niet mee. Het
onderdeel is het niveau: ``functie``, ``team`` of ``organisatie``.

Waarom:
    Bron: toetsingskader 4.0, §1.3: de regio's laten jaarlijks zien hoe zij op basis van alle
    inzetten, bij oefeningen en GRIP-incidenten, op functionaris-, team- en organisatieniveau
    presteren.

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
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025

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
          functie: {oordeel: in de basis op orde}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

from collections.abc import Iterator
from typing import get_args

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity
from tk4.model.report import PerformanceLevel


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield one violation per performance level judged in none of the year's inzetten."""
    year = ctx.report.year
    judged: set[str] = set()
    for deployment in ctx.report.deployments:
        if deployment.date.year == year and deployment.performance is not None:
            judged |= deployment.performance.judged_levels(ctx.catalogue.scale_by_value)
    for level in get_args(PerformanceLevel):
        if level not in judged:
            yield Violation(("inzetten",), "TK602", {"niveau": level, "jaar": year}, subject=level)


RULE = Rule(
    code="TK602",
    slug="prestatieniveau-ontbreekt",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Over functie-, team- of organisatieniveau is in het jaar geen prestatie beoordeeld.",
    basis="Toetsingskader §1.3",
    check=check,
)
