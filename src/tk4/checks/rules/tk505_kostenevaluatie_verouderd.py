"""TK505 kostenevaluatie-verouderd: de laatste kostenevaluatie is ouder dan drie jaar, of ontbreekt.

Eenmaal in de drie jaar evalueert de regio de kosten van haar taken; het rapport en het
standpunt van het bestuur gaan naar de minister en worden openbaar. De regel kijkt naar de
nieuwste ``kostenevaluatie`` in ``documenten`` die op of vóór de peildatum is vastgesteld, en
telt in kalendermaanden. Een kostenevaluatie zonder ``vastgesteld`` telt als niet vastgesteld;
een die pas na de peildatum is vastgesteld, bestond op die datum nog niet. De melding staat bij
de kostenevaluatie (onderdeel: de document-id) of, als er geen is, bij ``documenten``
(onderdeel: ``kostenevaluatie``).

Waarom:
    Bron: Wet veiligheidsregio's art. 56 (eenmaal in de drie jaar een kostenevaluatie) en
    toetsingskader 4.0, §4.4 A (verantwoording over de taakuitvoering en de bijbehorende
    financiële middelen).

Opties:
    - max_jaren (standaard 3): hoeveel jaar de laatste kostenevaluatie oud mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2022-09-01}
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
         vastgesteld: 2023-01-10}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.cycles import BY_RULE
from tk4.checks.rules._cycle import check_document_age
from tk4.findings import Severity

CYCLE = BY_RULE["TK505"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when the newest kostenevaluatie is missing or older than max_jaren."""
    max_years: int = ctx.option("max_jaren")
    yield from check_document_age(ctx, CYCLE, 12 * max_years, {"max_jaren": max_years})


RULE = Rule(
    code="TK505",
    slug="kostenevaluatie-verouderd",
    family="cycli",
    severity=Severity.ERROR,
    summary="Er is geen kostenevaluatie van de laatste drie jaar.",
    basis=CYCLE.basis,
    check=check,
    statutory=True,
    options={
        "max_jaren": Option(
            CYCLE.term,
            "Hoeveel jaar de laatste kostenevaluatie oud mag zijn",
            minimum=1,
            maximum=100,
        )
    },
)
