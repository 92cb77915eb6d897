"""TK603 incident-zonder-evaluatie: een GRIP-incident of -evenement is niet geëvalueerd.

Een inzet met ``soort: incident`` of ``soort: evenement`` en een GRIP-niveau van ten minste
``min_grip`` hoort een ``evaluatie`` te hebben: een document uit ``documenten`` van soort
``evaluatie``. GRIP Rijk telt als het hoogste niveau (6); een inzet zonder GRIP-niveau valt
buiten deze regel, net als oefeningen en systeemtests. Zonder ``evaluatie`` staat de melding
bij de inzet; verwijst ``evaluatie`` naar een document van een andere soort (bijvoorbeeld een
procedure), dan staat een variant van de melding bij ``evaluatie``. Het onderdeel is de id van
de inzet.

Een evaluatie kost tijd: gesprekken met de partners, een conceptrapport, vaststelling. Een
inzet die op de peildatum minder dan ``termijn_weken`` weken geleden was (gerekend van de datum
van de inzet tot en met de peildatum), hoeft nog geen evaluatie te hebben; een brand op 18
november is op 31 december nog niet "niet geëvalueerd". Na die termijn telt het ontbreken wel.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B (de inzet van de crisisorganisatie wordt systematisch met
    betrokken partners geëvalueerd) en §1.3 (zicht op prestaties bij GRIP-incidenten).

Opties:
    - min_grip (standaard 1): vanaf welk GRIP-niveau (1 tot en met 6, GRIP Rijk) een incident
      of evenement een evaluatie moet hebben.
    - termijn_weken (standaard 13): hoeveel weken na de inzet een evaluatie er mag zijn. Dertien
      weken (een kwartaal) is de tijd die een regio redelijkerwijs nodig heeft voor een
      multidisciplinaire evaluatie met vaststelling; het toetsingskader noemt zelf geen termijn.

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
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 1
        teams: [meldkamer, copi]

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}
      - {id: eval-inc-2025-03, soort: evaluatie, titel: Evaluatie brand loods,
         vastgesteld: 2025-05-02}
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
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 1
        teams: [meldkamer, copi]
        evaluatie: eval-inc-2025-03
"""

import datetime as dt
from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._grip import GRIP_KINDS, grip_rank
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every GRIP incident or evenement at or above min_grip without a real evaluatie."""
    min_grip: int = ctx.option("min_grip")
    grace = dt.timedelta(weeks=ctx.option("termijn_weken"))
    documents = {document.id: document for document in ctx.report.documents}
    for index, deployment in enumerate(ctx.report.deployments):
        grip = deployment.grip
        if deployment.kind not in GRIP_KINDS or grip is None or grip_rank(grip) < min_grip:
            continue
        if ctx.reference_date < deployment.date + grace and deployment.evaluation is None:
            continue
        args = {
            "inzet": deployment.id,
            "grip": grip,
            "soort": deployment.kind,
            "datum": deployment.date,
            "termijn_weken": ctx.option("termijn_weken"),
        }
        at = ("inzetten", index)
        evaluation = documents.get(deployment.evaluation or "")
        if deployment.evaluation is None:
            yield Violation(at, "TK603", args, subject=deployment.id)
        elif evaluation is not None and evaluation.kind != "evaluatie":
            args |= {"document": evaluation.id, "document_soort": evaluation.kind}
            yield Violation((*at, "evaluatie"), "TK603.geen_evaluatie", args, subject=deployment.id)


RULE = Rule(
    code="TK603",
    slug="incident-zonder-evaluatie",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een GRIP-incident of -evenement heeft geen evaluatie(rapport).",
    basis="Toetsingskader 4.4 B en §1.3",
    check=check,
    options={
        "min_grip": Option(
            1,
            "Vanaf welk GRIP-niveau (6: GRIP Rijk) een inzet geëvalueerd moet zijn",
            minimum=1,
            maximum=6,
        ),
        "termijn_weken": Option(
            13,
            "Hoeveel weken na de inzet (tot de peildatum) de evaluatie er mag zijn",
            minimum=0,
            maximum=104,
        ),
    },
)
