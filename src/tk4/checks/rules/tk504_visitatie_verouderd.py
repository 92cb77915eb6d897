"""TK504 visitatie-verouderd: de laatste visitatie is langer dan vijf jaar geleden, of ontbreekt.

Eenmaal in de vijf jaar vindt in elke veiligheidsregio een visitatie plaats. De regel kijkt naar
het nieuwste ``visitatierapport`` in ``documenten`` dat op of vóór de peildatum is vastgesteld,
en telt in kalendermaanden. Een rapport zonder ``vastgesteld`` telt als niet vastgesteld; een
dat pas na de peildatum is vastgesteld, bestond op die datum nog niet. De melding staat bij het
rapport (onderdeel: de document-id) of, als er geen is, bij ``documenten`` (onderdeel:
``visitatierapport``).

Waarom:
    Bron: Wet veiligheidsregio's art. 56 (eenmaal in de vijf jaar een visitatie; rapport en
    standpunt van het bestuur gaan naar de minister) en toetsingskader 4.0, §4.4 B ("eens per
    vijf jaar een visitatie").

Opties:
    - max_jaren (standaard 5): hoeveel jaar de laatste visitatie geleden mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2020, vastgesteld: 2020-05-01}
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
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2021, vastgesteld: 2021-02-01}
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

CYCLE = BY_RULE["TK504"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when the newest visitatierapport is missing or older than max_jaren."""
    max_years: int = ctx.option("max_jaren")
    yield from check_document_age(ctx, CYCLE, 12 * max_years, {"max_jaren": max_years})


RULE = Rule(
    code="TK504",
    slug="visitatie-verouderd",
    family="cycli",
    severity=Severity.ERROR,
    summary="Er is geen visitatierapport van de laatste vijf jaar.",
    basis=CYCLE.basis,
    check=check,
    statutory=True,
    options={
        "max_jaren": Option(
            CYCLE.term, "Hoeveel jaar de laatste visitatie geleden mag zijn", minimum=1, maximum=100
        )
    },
)
