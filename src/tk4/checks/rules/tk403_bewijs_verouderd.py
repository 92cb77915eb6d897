"""TK403 bewijs-verouderd: een oordeel rust op een oud document.

Een document dat meer dan ``max_jaren`` jaar vóór de peildatum is vastgesteld en als bewijs bij
een norm of element staat, is mogelijk niet meer actueel. Eén bevinding per document, bij het
document in ``documenten``, met de oordelen die ernaar verwijzen; het onderdeel is de
document-id. Niet gemeld worden: documenten zonder ``vastgesteld`` (hun ouderdom is onbekend;
een ontbrekende vaststelling van een wettelijk plan meldt TK501-TK505), documenten met een
``geldig_tot`` op of na de peildatum (ze verklaren zelf dat ze gelden) en documenten van een
soort met een eigen wettelijke cyclus (beleidsplan, crisisplan, risicoprofiel, visitatierapport,
kostenevaluatie: daarvoor gelden TK501-TK505 met de wettelijke termijn).

Waarom:
    Bron: toetsingskader 4.0, §4.2 A (actuele informatie) en §4.1 A (continu bewaken of wat
    is vastgelegd nog actueel is). Vier jaar volgt de planperiode van de Wvr (art. 14 en 16).

Opties:
    - max_jaren (standaard 4): hoeveel jaar een bewijsstuk oud mag zijn.

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
      - {id: procedure-alarmering, soort: procedure, titel: Procedure grootschalige alarmering,
         vastgesteld: 2019-03-12}
    normen:
      UV.A:
        elementen:
          UV.A.1:
            bewijs: [procedure-alarmering]

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
      - {id: procedure-alarmering, soort: procedure, titel: Procedure grootschalige alarmering,
         vastgesteld: 2023-03-12}
    normen:
      UV.A:
        elementen:
          UV.A.1:
            bewijs: [procedure-alarmering]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.cycles import RENEWAL_KINDS
from tk4.checks.rules._dates import age_between, is_older_than
from tk4.checks.rules._judgements import evidence_users
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every dated evidence document adopted more than max_jaren before the peildatum."""
    max_years: int = ctx.option("max_jaren")
    reference = ctx.reference_date
    users = evidence_users(ctx.report)
    for index, document in enumerate(ctx.report.documents):
        adopted = document.adopted
        if document.id not in users or document.kind in RENEWAL_KINDS or adopted is None:
            continue
        if document.valid_until is not None and document.valid_until >= reference:
            continue
        if not is_older_than(adopted, 12 * max_years, reference):
            continue
        args = {
            "document": document.id,
            "vastgesteld": adopted,
            "leeftijd": age_between(adopted, reference),
            "max_jaren": max_years,
            "onderdelen": tuple(users[document.id]),
        }
        yield Violation(("documenten", index), "TK403", args, subject=document.id)


RULE = Rule(
    code="TK403",
    slug="bewijs-verouderd",
    family="bewijs",
    severity=Severity.INFO,
    summary="Een oordeel verwijst naar een document dat ouder is dan een aantal jaar.",
    basis="Toetsingskader 4.0 §4.1 A en §4.2 A (actuele informatie)",
    check=check,
    options={
        "max_jaren": Option(4, "Hoeveel jaar een bewijsstuk oud mag zijn", minimum=1, maximum=100)
    },
)
