"""TK606 opkomsttijd-ontbreekt: een ingezet team heeft geen gemeten tijd voor zijn Bvr-norm.

Bij een GRIP-incident, een GRIP-evenement en de systeemtest hoort bij elk ingezet team dat
een tijdnorm in het Besluit veiligheidsregio's heeft, een gemeten tijd onder
``opkomst_minuten``: ``meldkamer`` → ``alarmering``, ``copi`` → ``copi``, ``rot`` → ``rot``
(de leiders; de tijden van de secties zijn welkom maar worden niet gevraagd), ``tbz`` →
``tbz`` en ``gbt`` → ``gbt``. CaCo, CmCt en RBT hebben geen eigen tijdnorm. Eén melding per
inzet, bij ``teams`` (of ``opkomst_minuten``), met de ontbrekende tijdnormen; het onderdeel is
de id van de inzet. Oefeningen vallen erbuiten (teams starten daar vaak op een afgesproken
moment), net als inzetten zonder GRIP-niveau (geen grootschalige alarmering, dus geen klok).

Een ontbrekende tijd maakt het beeld nooit beter: ook het rapport telt hem als ontbrekend, niet
als binnen de norm.

Waarom:
    Bron: Besluit veiligheidsregio's art. 2.2.3 (alarmering) en 2.3.1 (opkomsttijden van CoPI,
    ROT, TBZ en GBT); toetsingskader 4.0, §1.3 (zicht op de prestaties bij alle inzetten) en
    §4.3 A en B. Wat niet gemeten is, kan de regio niet laten zien. Geen wettelijke plicht in
    de zin van ``uitzonderingen``: de wet vraagt de tijd te halen, niet hem vast te leggen.

Opties:
    Geen.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 3
        teams: [meldkamer, copi, rot, tbz, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40}
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
        teams: [meldkamer, copi, rot, tbz, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, tbz: 80, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.turnout import missing_time_norms
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every measured inzet with an activated team whose Bvr time is not recorded."""
    for index, deployment in enumerate(ctx.report.deployments):
        missing = missing_time_norms(deployment)
        if not missing:
            continue
        args = {"inzet": deployment.id, "soort": deployment.kind, "tijdnormen": missing}
        yield Violation(("inzetten", index, "teams"), "TK606", args, subject=deployment.id)


RULE = Rule(
    code="TK606",
    slug="opkomsttijd-ontbreekt",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een ingezet team heeft geen gemeten tijd voor zijn tijdnorm uit het Bvr.",
    basis="Bvr art. 2.2.3 en 2.3.1; toetsingskader §1.3 en 4.3 A-B",
    check=check,
    since="0.2.0",
)
