"""TK402 bewijs-verlopen: een oordeel rust op een document dat op de peildatum verlopen was.

Een document met ``geldig_tot`` vóór de peildatum was op die datum verlopen. Wordt het toch als
bewijs genoemd bij een norm of element, dan rust dat oordeel op een plan of procedure die op de
peildatum niet meer gold: er is wel bewijs genoemd (dus geen TK401), maar het telde toen niet.
Eén bevinding per document, bij het document in ``documenten``, met de oordelen die ernaar
verwijzen; het onderdeel is de document-id. Alleen ``bewijs`` bij normen en elementen telt;
evaluaties van inzetten en bewijs bij verbeterpunten beschrijven het verleden en mogen verlopen
zijn.

Een document dat ná de peildatum is vastgesteld maar uiterlijk op de dag dat de zelfevaluatie
is opgesteld (``opgesteld.datum``), telt gewoon als bewijs: regio's schrijven hun zelfevaluatie
in het eerste kwartaal, en een evaluatie van het verslagjaar die op 22 januari wordt
vastgesteld, gaat over dat jaar. Alleen een document dat pas ná het opstellen is vastgesteld,
kan er niet op hebben gerust (variant *na opstellen*). Een inspectieoordeel krijgt die variant
niet: de Inspectie oordeelt achteraf, ook op wat zij later verzamelde.

Waarom:
    Bron: toetsingskader 4.0, §4.2 A: de regio beschikt over *actuele* informatie (plannen,
    procedures, werkafspraken) waarin beleid en aanpak zijn beschreven. Dat een evaluatie pas
    na het einde van het jaar wordt vastgesteld, maakt haar niet minder actueel: dat is de
    normale gang van zaken, geen verlopen bewijs.

Opties:
    Geen.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15,
         geldig_tot: 2025-06-30}
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

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15,
         geldig_tot: 2027-12-31}
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
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._judgements import evidence_users
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every evidence document expired before the peildatum or adopted after drafting."""
    users = evidence_users(ctx.report)
    reference = ctx.reference_date
    drafted = ctx.report.drafted.date
    for index, document in enumerate(ctx.report.documents):
        if document.id not in users:
            continue
        args = {
            "document": document.id,
            "peildatum": reference,
            "onderdelen": tuple(users[document.id]),
        }
        at = ("documenten", index)
        adopted, own = document.adopted, ctx.report.kind == "zelfevaluatie"
        if adopted is not None and adopted > max(reference, drafted) and own:
            args |= {"vastgesteld": adopted, "opgesteld": drafted}
            yield Violation(at, "TK402.na_opstellen", args, subject=document.id)
        elif document.valid_until is not None and document.valid_until < reference:
            args["geldig_tot"] = document.valid_until
            yield Violation(at, "TK402", args, subject=document.id)


RULE = Rule(
    code="TK402",
    slug="bewijs-verlopen",
    family="bewijs",
    severity=Severity.WARNING,
    summary="Een oordeel verwijst naar een document dat op de peildatum verlopen was.",
    basis="Toetsingskader 4.0 §4.2 A (actuele plannen en procedures)",
    check=check,
)
