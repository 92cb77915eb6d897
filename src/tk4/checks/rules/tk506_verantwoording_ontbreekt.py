"""TK506 verantwoording-ontbreekt: geen recent vastgesteld jaarverslag.

De regio verantwoordt zich jaarlijks aan het algemeen bestuur over de multidisciplinaire
taakuitvoering en de middelen. De regel zoekt het nieuwste ``jaarverslag`` in ``documenten`` dat
op of vóór de peildatum is vastgesteld; ligt die vaststelling meer dan ``max_maanden`` maanden
vóór de peildatum, dan ontbreekt de verantwoording over het afgelopen jaar. Standaard 18
maanden: het jaarverslag over jaar N wordt meestal halverwege jaar N+1 vastgesteld. Een
jaarverslag zonder ``vastgesteld`` (een concept) telt als niet vastgesteld; een dat pas na de
peildatum is vastgesteld, bestond op die datum nog niet. De melding staat bij het jaarverslag
(onderdeel: de document-id) of, als er geen is, bij ``documenten`` (onderdeel: ``jaarverslag``).

Waarom:
    Bron: toetsingskader 4.0, §4.4 A: de veiligheidsregio rapporteert/verantwoordt zich
    jaarlijks aan het algemeen bestuur over de multidisciplinaire taakuitvoering en de
    bijbehorende financiële middelen.

Opties:
    - max_maanden (standaard 18): hoeveel maanden het laatst vastgestelde jaarverslag oud mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024 (concept)}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
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
from tk4.checks.rules._cycle import check_document_age
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when no jaarverslag was adopted within max_maanden of the peildatum."""
    max_months: int = ctx.option("max_maanden")
    yield from check_document_age(
        ctx, "TK506", "jaarverslag", max_months, {"max_maanden": max_months}
    )


RULE = Rule(
    code="TK506",
    slug="verantwoording-ontbreekt",
    family="cycli",
    severity=Severity.ERROR,
    summary="Er is geen jaarverslag aan het algemeen bestuur van de laatste anderhalf jaar.",
    basis="Toetsingskader 4.4 A (jaarlijkse verantwoording aan het algemeen bestuur)",
    check=check,
    options={"max_maanden": Option(18, "Hoeveel maanden het laatste jaarverslag oud mag zijn")},
)
