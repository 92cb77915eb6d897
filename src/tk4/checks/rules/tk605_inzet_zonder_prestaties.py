"""TK605 inzet-zonder-prestaties: een GRIP-incident heeft geen oordeel over de prestaties.

Het toetsingskader wil zicht op de prestaties bij alle inzetten, op functie-, team- en
organisatieniveau. De regel vraagt bij elke inzet met ``soort: incident`` of ``soort:
evenement`` en een GRIP-niveau van ten minste ``min_grip`` een oordeel in ``prestaties`` op
elk van de drie niveaus. Ontbreekt ``prestaties`` (of heeft geen niveau een echt oordeel), dan
staat de melding bij de inzet; ontbreken enkele niveaus, dan noemt de variant *niveaus* ze, bij
``prestaties``. *Niet beoordeeld* telt niet als oordeel. Het onderdeel is de id van de inzet.
Net als bij een evaluatie (TK603) krijgt de regio ``termijn_weken`` weken na de inzet.

Waarom:
    Bron: toetsingskader 4.0, §1.3: de Inspectie wil dat regio's jaarlijks laten zien hoe zij
    op basis van alle inzetten, bij oefeningen én GRIP-incidenten, op functionaris-, team- en
    organisatieniveau presteren. TK602 kijkt of er over het hele jaar op elk niveau een
    oordeel is; deze regel kijkt per incident, zodat een ontbrekend beeld niet wegvalt achter
    de andere inzetten.

Opties:
    - min_grip (standaard 2): vanaf welk GRIP-niveau (1 tot en met 6, GRIP Rijk) een incident
      of evenement een oordeel over de prestaties moet hebben.
    - termijn_weken (standaard 13): hoeveel weken na de inzet het oordeel er mag zijn.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {alarmering: 1.2, copi: 22, rot: 41}
        prestaties:
          team: {oordeel: op niveau}
        evaluatie: eval-st-2025

Goed:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {alarmering: 1.2, copi: 22, rot: 41}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: in de basis op orde}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._grip import GRIP_KINDS, grip_rank
from tk4.findings import Severity
from tk4.model.report import PerformanceLevel

LEVELS: tuple[PerformanceLevel, ...] = ("functie", "team", "organisatie")
"""The three levels of §1.3, in the order the messages name them."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every GRIP incident or evenement (past the term) without a judgement per level."""
    min_grip: int = ctx.option("min_grip")
    grace = dt.timedelta(weeks=ctx.option("termijn_weken"))
    scale = ctx.catalogue.scale_by_value
    for index, deployment in enumerate(ctx.report.deployments):
        grip = deployment.grip
        if deployment.kind not in GRIP_KINDS or grip is None or grip_rank(grip) < min_grip:
            continue
        if ctx.reference_date < deployment.date + grace:
            continue
        performance = deployment.performance
        judged = set() if performance is None else performance.judged_levels(scale)
        missing = tuple(level for level in LEVELS if level not in judged)
        if not missing:
            continue
        args: dict[str, Any] = {"inzet": deployment.id, "grip": grip, "soort": deployment.kind}
        at = ("inzetten", index)
        if len(missing) == len(LEVELS):
            yield Violation(at, "TK605", args, subject=deployment.id)
        else:
            args["niveaus"] = missing
            yield Violation((*at, "prestaties"), "TK605.niveaus", args, subject=deployment.id)


RULE = Rule(
    code="TK605",
    slug="inzet-zonder-prestaties",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een GRIP-incident of -evenement heeft geen oordeel over de prestaties per niveau.",
    basis="Toetsingskader 4.0 §1.3 (functie, team en organisatie)",
    check=check,
    options={
        "min_grip": Option(
            2,
            "Vanaf welk GRIP-niveau (6: GRIP Rijk) een inzet een oordeel per niveau nodig heeft",
            minimum=1,
            maximum=6,
        ),
        "termijn_weken": Option(
            13,
            "Hoeveel weken na de inzet (tot de peildatum) het oordeel er mag zijn",
            minimum=0,
            maximum=104,
        ),
    },
    since="0.2.0",
)
