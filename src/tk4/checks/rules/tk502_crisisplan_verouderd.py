"""TK502 crisisplan-verouderd: het crisisplan is ouder dan vier jaar, of ontbreekt.

Het bestuur stelt ten minste eenmaal in de vier jaar een crisisplan vast. De regel kijkt naar
het nieuwste crisisplan in ``documenten`` dat op of vóór de peildatum is vastgesteld, en telt
in kalendermaanden (een plan van 31 december 2021 is op 31 december 2025 precies vier jaar oud
en nog op tijd). Een crisisplan zonder ``vastgesteld`` telt als niet vastgesteld; een plan dat
pas na de peildatum is vastgesteld, bestond op die datum nog niet. De melding staat bij het
crisisplan (onderdeel: de document-id) of, als er geen crisisplan is, bij ``documenten``
(onderdeel: ``crisisplan``).

Waarom:
    Bron: Wet veiligheidsregio's art. 16 (ten minste eenmaal in de vier jaar een crisisplan,
    afgestemd met de aangrenzende regio's); toetsingskader 4.0, §4.2 A (actuele plannen).

Opties:
    - max_jaren (standaard 4): hoeveel jaar het crisisplan oud mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2021-2024, vastgesteld: 2021-06-01}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
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
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2025-2028, vastgesteld: 2025-09-01}
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

CYCLE = BY_RULE["TK502"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when the newest crisisplan is missing or older than max_jaren."""
    max_years: int = ctx.option("max_jaren")
    yield from check_document_age(ctx, CYCLE, 12 * max_years, {"max_jaren": max_years})


RULE = Rule(
    code="TK502",
    slug="crisisplan-verouderd",
    family="cycli",
    severity=Severity.ERROR,
    summary="Het crisisplan ontbreekt of is ouder dan vier jaar.",
    basis=CYCLE.basis,
    check=check,
    statutory=True,
    options={
        "max_jaren": Option(
            CYCLE.term, "Hoeveel jaar het crisisplan oud mag zijn", minimum=1, maximum=100
        )
    },
)
