"""TK503 risicoprofiel-verouderd: het risicoprofiel is ouder dan vier jaar, of ontbreekt.

Het beleidsplan berust op een door het bestuur vastgesteld risicoprofiel (Wvr art. 15). De wet
noemt geen termijn voor het risicoprofiel zelf; regio's stellen het in de praktijk elke vier
jaar opnieuw vast, als basis voor het volgende beleidsplan. Daarom is een verouderd
risicoprofiel een waarschuwing over de praktijk, geen fout tegen een wettelijke termijn. De
regel kijkt naar het nieuwste risicoprofiel in ``documenten`` dat op of vóór de peildatum is
vastgesteld, en telt in kalendermaanden. Een risicoprofiel zonder ``vastgesteld`` telt als niet
vastgesteld; een dat pas na de peildatum is vastgesteld, bestond op die datum nog niet. De
melding staat bij het risicoprofiel (onderdeel: de document-id) of, als er geen is, bij
``documenten`` (onderdeel: ``risicoprofiel``).

Waarom:
    Bron: Wet veiligheidsregio's art. 15 (het beleidsplan berust op het risicoprofiel) en de
    praktijk van een vierjaarlijks risicoprofiel bij elk beleidsplan; toetsingskader 4.0,
    §4.1 A (een vastgesteld regionaal risicoprofiel, continu bewaakt op actualiteit).

Opties:
    - max_jaren (standaard 4): hoeveel jaar het risicoprofiel oud mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2021-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}

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
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.cycles import BY_RULE
from tk4.checks.rules._cycle import check_document_age
from tk4.findings import Severity

CYCLE = BY_RULE["TK503"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when the newest risicoprofiel is missing or older than max_jaren."""
    max_years: int = ctx.option("max_jaren")
    yield from check_document_age(ctx, CYCLE, 12 * max_years, {"max_jaren": max_years})


RULE = Rule(
    code="TK503",
    slug="risicoprofiel-verouderd",
    family="cycli",
    severity=Severity.WARNING,
    summary="Het risicoprofiel ontbreekt of is ouder dan de gebruikelijke vier jaar.",
    basis=CYCLE.basis,
    check=check,
    options={
        "max_jaren": Option(
            CYCLE.term, "Hoeveel jaar het risicoprofiel oud mag zijn", minimum=1, maximum=100
        )
    },
)
