"""TK508 systeemtest-zonder-evaluatie: de systeemtest van het verslagjaar is niet geëvalueerd.

Elke inzet met ``soort: systeemtest`` en een datum in het verslagjaar, op of vóór de peildatum,
hoort een ``evaluatie`` te hebben: een document uit ``documenten`` van soort ``evaluatie``.
Zonder ``evaluatie`` staat de melding bij de inzet; verwijst ``evaluatie`` naar een document van
een andere soort, dan staat de variant *geen evaluatie* bij ``evaluatie``. Net als bij TK603
krijgt een evaluatie de tijd: een systeemtest die op de peildatum minder dan ``termijn_weken``
weken geleden was, hoeft nog niet geëvalueerd te zijn. Het onderdeel is de id van de inzet.
Of er überhaupt een systeemtest was, toetst TK507; of hij de hele hoofdstructuur beproefde,
TK509.

Waarom:
    Bron: toetsingskader 4.0, §1.3 (de jaarlijkse systeemtest geeft zicht op de prestaties van
    de hoofdstructuur) en §4.4 B (oefeningen en inzetten worden systematisch met de betrokken
    partners geëvalueerd). Een systeemtest zonder evaluatie levert dat zicht niet op. Het
    Besluit veiligheidsregio's (art. 2.5.1) vraagt de oefening zelf, niet de evaluatie: dit is
    daarom geen wettelijke plicht in de zin van ``uitzonderingen``.

Opties:
    - termijn_weken (standaard 13): hoeveel weken na de systeemtest de evaluatie er mag zijn.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-06-12
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}

Goed:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-06-12
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

import datetime as dt
from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every systeemtest of the year, past the term, without a real evaluatie."""
    grace = dt.timedelta(weeks=ctx.option("termijn_weken"))
    documents = {document.id: document for document in ctx.report.documents}
    for index, deployment in enumerate(ctx.report.deployments):
        if deployment.kind != "systeemtest" or deployment.date.year != ctx.report.year:
            continue
        if deployment.date > ctx.reference_date:
            continue
        at = ("inzetten", index)
        args = {
            "inzet": deployment.id,
            "datum": deployment.date,
            "termijn_weken": ctx.option("termijn_weken"),
        }
        evaluation = documents.get(deployment.evaluation or "")
        if deployment.evaluation is None:
            if ctx.reference_date >= deployment.date + grace:
                yield Violation(at, "TK508", args, subject=deployment.id)
        elif evaluation is not None and evaluation.kind != "evaluatie":
            args |= {"document": evaluation.id, "document_soort": evaluation.kind}
            yield Violation((*at, "evaluatie"), "TK508.geen_evaluatie", args, subject=deployment.id)


RULE = Rule(
    code="TK508",
    slug="systeemtest-zonder-evaluatie",
    family="cycli",
    severity=Severity.WARNING,
    summary="De systeemtest van het verslagjaar heeft geen evaluatie(rapport).",
    basis="Toetsingskader 4.0 §1.3 en 4.4 B",
    check=check,
    options={
        "termijn_weken": Option(
            13,
            "Hoeveel weken na de systeemtest (tot de peildatum) de evaluatie er mag zijn",
            minimum=0,
            maximum=104,
        )
    },
    since="0.2.0",
)
