"""TK507 systeemtest-ontbreekt: in het verslagjaar is geen systeemtest gehouden.

De onderdelen van de hoofdstructuur oefenen jaarlijks gezamenlijk een fictieve ramp of crisis:
de systeemtest. De regel zoekt in ``inzetten`` een inzet met ``soort: systeemtest`` en een
datum in het verslagjaar (``jaar``), op of vóór de peildatum. Ontbreekt die, dan staat de
melding bij ``inzetten``; het onderdeel is ``systeemtest``. Een systeemtest van het verslagjaar
die pas na de peildatum plaatsvond, telt niet: op de peildatum was hij er nog niet (de melding
noemt hem dan, bij die inzet).

Waarom:
    Bron: Besluit veiligheidsregio's art. 2.5.1 (jaarlijks een gezamenlijke oefening) en
    toetsingskader 4.0, §1.3 (de jaarlijkse systeemtest en het jaarlijks integraal beproeven
    van alle onderdelen van de hoofdstructuur).

Opties:
    Geen.

Fout:
    inzetten:
      - id: st-2025
        soort: oefening
        naam: Oefening CoPI en ROT
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 25, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
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
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.cycles import BY_RULE
from tk4.findings import Severity

CYCLE = BY_RULE["TK507"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when no systeemtest of the reporting year took place by the peildatum."""
    year = ctx.report.year
    tests = [
        (index, deployment)
        for index, deployment in enumerate(ctx.report.deployments)
        if deployment.kind == "systeemtest" and deployment.date.year == year
    ]
    if any(deployment.date <= ctx.reference_date for _, deployment in tests):
        return
    if not tests:
        yield Violation(("inzetten",), "TK507", {"jaar": year}, subject="systeemtest")
        return
    index, deployment = tests[0]
    args = {
        "jaar": year,
        "inzet": deployment.id,
        "datum": deployment.date,
        "peildatum": ctx.reference_date,
    }
    yield Violation(("inzetten", index), "TK507.na_peildatum", args, subject="systeemtest")


RULE = Rule(
    code="TK507",
    slug="systeemtest-ontbreekt",
    family="cycli",
    severity=Severity.ERROR,
    summary="In het verslagjaar is geen systeemtest gehouden.",
    basis=CYCLE.basis,
    check=check,
    statutory=True,
)
