"""TK402 bewijs-verlopen: een oordeel rust op een document dat niet meer geldig is.

Een document met ``geldig_tot`` vóór de peildatum was op die datum verlopen. Wordt het toch als
bewijs genoemd bij een norm of element, dan rust dat oordeel op een plan of procedure die niet
meer gold. Eén bevinding per document, bij het document in ``documenten``, met de oordelen die
ernaar verwijzen; het onderdeel is de document-id. Alleen ``bewijs`` bij normen en elementen
telt; evaluaties van inzetten en bewijs bij verbeterpunten beschrijven het verleden en mogen
verlopen zijn.

Waarom:
    Bron: toetsingskader 4.0, §4.2 A: de regio beschikt over *actuele* informatie (plannen,
    procedures, werkafspraken) waarin beleid en aanpak zijn beschreven.

Opties:
    Geen.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15,
         geldig_tot: 2025-06-30}
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
from tk4.checks.rules._dates import dutch_date
from tk4.checks.rules._judgements import evidence_users
from tk4.checks.rules._text import listing
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every document cited as evidence whose geldig_tot lies before the peildatum."""
    users = evidence_users(ctx.report)
    for index, document in enumerate(ctx.report.documents):
        until = document.valid_until
        if until is None or until >= ctx.reference_date or document.id not in users:
            continue
        args = {
            "document": document.id,
            "geldig_tot": dutch_date(until),
            "peildatum": dutch_date(ctx.reference_date),
            "onderdelen": listing(users[document.id]),
        }
        yield Violation(("documenten", index), "TK402", args, subject=document.id)


RULE = Rule(
    code="TK402",
    slug="bewijs-verlopen",
    family="bewijs",
    severity=Severity.WARNING,
    summary="Een oordeel verwijst naar een document dat op de peildatum verlopen was.",
    basis="Toetsingskader 4.0 §4.2 A (actuele plannen en procedures)",
    check=check,
)
