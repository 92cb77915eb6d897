"""TK404 document-ongebruikt: een document in het register waar niets naar verwijst.

Het register ``documenten`` is er voor het bewijs. Een document waar geen oordeel (``bewijs``
bij een norm of element), geen inzet (``evaluatie``) en geen verbeterpunt (``bron`` of
``bewijs``) naar verwijst, draagt niets bij: verwijs ernaar waar het iets aantoont, of haal het
weg. Ook een wettelijk plan dat voor de cyclusregels (TK501-TK506) in het register staat,
toont iets aan: noem het als bewijs bij de norm waar het over gaat. De bevinding staat bij het
document; het onderdeel is de document-id.

Waarom:
    Bron: toetsingskader 4.0, §1.2 (de regio toont zelf aan dat zij aan de normen voldoet):
    een bewijsstuk dat nergens iets aantoont, maakt de zelfevaluatie langer maar niet sterker.

Opties:
    Geen.

Fout:
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
      - {id: draaiboek-rot, soort: procedure, titel: Draaiboek ROT 2025,
         vastgesteld: 2025-02-01}

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
      - {id: draaiboek-rot, soort: procedure, titel: Draaiboek ROT 2025,
         vastgesteld: 2025-02-01}
    normen:
      VB.B:
        elementen:
          VB.B.1:
            bewijs: [beleidsplan, oefenbeleidsplan, draaiboek-rot]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._judgements import evidence_users
from tk4.findings import Severity
from tk4.model.report import SelfReport


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every document of the register that nothing in the report refers to."""
    used = _referenced(ctx.report)
    for index, document in enumerate(ctx.report.documents):
        if document.id not in used:
            args = {"document": document.id, "soort": document.kind}
            yield Violation(("documenten", index), "TK404", args, subject=document.id)


def _referenced(report: SelfReport) -> set[str]:
    """Every document id cited by a judgement, an inzet or a verbeterpunt."""
    used = set(evidence_users(report))
    used.update(d.evaluation for d in report.deployments if d.evaluation is not None)
    for point in report.improvements:
        used.update(point.evidence)
        if point.source is not None:
            used.add(point.source)
    return used


RULE = Rule(
    code="TK404",
    slug="document-ongebruikt",
    family="bewijs",
    severity=Severity.INFO,
    summary="Een document in het register waar niets naar verwijst.",
    basis="Toetsingskader 4.0 §1.2",
    check=check,
)
