"""TK509 systeemtest-onvolledig: aan de systeemtest deed niet de hele hoofdstructuur mee.

De systeemtest is de jaarlijkse gezamenlijke oefening van de onderdelen van de hoofdstructuur.
De regel kijkt bij elke inzet met ``soort: systeemtest`` uit het verslagjaar naar ``teams`` en
vraagt ten minste: de meldkamer (``meldkamer``, of de calamiteitencoördinator ``caco`` die de
meldkamer bij grootschalige alarmering aanstuurt), een CoPI (``copi``), het ROT (``rot``) en een
beleidsteam (``gbt`` of ``rbt``). De melding staat bij ``teams`` van de systeemtest (of bij de
inzet als ``teams`` ontbreekt) en noemt wat ontbreekt; het onderdeel is de id van de inzet.
Was er helemaal geen systeemtest, dan meldt TK507 dat.

Het team bevolkingszorg en het commando plaats incident (bij meer CoPI's) horen ook tot de
hoofdstructuur, maar zijn niet bij elk scenario aan de orde; tk4 vraagt ze niet.

Waarom:
    Bron: Besluit veiligheidsregio's art. 2.5.1 (de onderdelen van de hoofdstructuur houden
    jaarlijks gezamenlijk een oefening) en art. 2.1.1 (de hoofdstructuur: meldkamer, CoPI,
    CmCt, TBZ, ROT en GBT of RBT); toetsingskader 4.0, §1.3 (het jaarlijks integraal
    beproeven van alle onderdelen van de hoofdstructuur). Een wettelijke plicht: een
    uitzondering houdt de bevinding in stand, met de reden als motivering. De regel is een
    waarschuwing en geen fout, omdat de oefening wel plaatsvond (TK507 is de fout).

Opties:
    Geen.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [copi, rot]
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
        grip: 3
        teams: [caco, copi, rot, gbt]
        opkomst_minuten: {copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

from collections.abc import Iterator, Mapping

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity
from tk4.model.report import Team

REQUIRED: Mapping[str, frozenset[Team]] = {
    "meldkamer": frozenset({"meldkamer", "caco"}),
    "CoPI": frozenset({"copi"}),
    "ROT": frozenset({"rot"}),
    "GBT/RBT": frozenset({"gbt", "rbt"}),
}
"""Each part of the hoofdstructuur a systeemtest must include, and the teams that count for it."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every systeemtest of the year that leaves out a part of the hoofdstructuur."""
    for index, deployment in enumerate(ctx.report.deployments):
        if deployment.kind != "systeemtest" or deployment.date.year != ctx.report.year:
            continue
        teams = set(deployment.teams)
        missing = tuple(part for part, counts in REQUIRED.items() if not teams & counts)
        if not missing:
            continue
        path = ("inzetten", index, "teams") if deployment.teams else ("inzetten", index)
        args = {"inzet": deployment.id, "ontbreekt": missing}
        yield Violation(path, "TK509", args, subject=deployment.id)


RULE = Rule(
    code="TK509",
    slug="systeemtest-onvolledig",
    family="cycli",
    severity=Severity.WARNING,
    summary="Aan de systeemtest deed niet de hele hoofdstructuur mee.",
    basis="Bvr art. 2.5.1 en 2.1.1; toetsingskader §1.3",
    check=check,
    statutory=True,
    since="0.2.0",
)
