"""TK510 oefenbeleidsplan-buiten-cyclus: het oefenbeleidsplan hoort niet bij het beleidsplan.

Het beleidsplan omvat een oefenbeleidsplan. De regel neemt het beleidsplan dat op de peildatum
gold (het nieuwste dat op of vóór de peildatum is vastgesteld) en zoekt het nieuwste
oefenbeleidsplan (``soort: oefenbeleidsplan``) dat op of vóór de peildatum is vastgesteld.
Ontbreekt dat, dan staat de variant *ontbreekt* bij het beleidsplan. Is het meer dan
``marge_maanden`` maanden vóór het beleidsplan vastgesteld, dan hoort het bij de vorige cyclus
en staat de melding bij het oefenbeleidsplan. Staat het oefenbeleid als hoofdstuk in het
beleidsplan zelf, neem het dan op als eigen document met de datum van het beleidsplan en een
verwijzing naar het hoofdstuk. Zonder geldig beleidsplan zwijgt de regel: dat meldt TK501.

Waarom:
    Bron: Wet veiligheidsregio's art. 14, tweede lid, onder d: het beleidsplan omvat in ieder
    geval een oefenbeleidsplan (nagegaan in de wettekst BWBR0027466 van
    statengeneraal/laws-markdown; de actuele geconsolideerde tekst kan licht afwijken); het
    beleidsplan wordt ten minste eenmaal in de vier jaar vastgesteld (art. 14, eerste lid).
    Toetsingskader 4.0, §4.2 A (actuele plannen, waaronder het MOTO-beleidsplan) en §4.2 B
    (opleiden, trainen en oefenen volgen uit het beleid en de plannen). Een wettelijke plicht:
    een uitzondering houdt de bevinding in stand. De regel is een waarschuwing, omdat het
    register van oudere zelfevaluaties het oefenbeleidsplan niet altijd als eigen document
    noemt.

Opties:
    - marge_maanden (standaard 12): hoeveel maanden vóór het beleidsplan het oefenbeleidsplan
      vastgesteld mag zijn om nog bij dezelfde cyclus te horen.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2020-2023,
         vastgesteld: 2019-11-20}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06]}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01,
         standpunt_bestuur: 2022-07-07}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2023-12-07}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06]}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01,
         standpunt_bestuur: 2022-07-07}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._current import current_document
from tk4.checks.rules._dates import add_months
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield when the current beleidsplan has no oefenbeleidsplan of its own cycle."""
    reference = ctx.reference_date
    policy = current_document(ctx.report, "beleidsplan", reference)
    if policy is None:
        return
    policy_index, policy_document = policy
    assert policy_document.adopted is not None
    margin: int = ctx.option("marge_maanden")
    args = {"beleidsplan": policy_document.id, "beleidsplan_vastgesteld": policy_document.adopted}
    exercise = current_document(ctx.report, "oefenbeleidsplan", reference)
    if exercise is None:
        at = ("documenten", policy_index)
        yield Violation(at, "TK510.ontbreekt", args, subject=policy_document.id)
        return
    index, document = exercise
    assert document.adopted is not None
    if add_months(document.adopted, margin) < policy_document.adopted:
        args |= {
            "document": document.id,
            "vastgesteld": document.adopted,
            "marge_maanden": margin,
        }
        yield Violation(("documenten", index), "TK510", args, subject=document.id)


RULE = Rule(
    code="TK510",
    slug="oefenbeleidsplan-buiten-cyclus",
    family="cycli",
    severity=Severity.WARNING,
    summary="Het oefenbeleidsplan ontbreekt of hoort bij een eerder beleidsplan.",
    basis="Wvr art. 14 lid 2 onder d; toetsingskader 4.2 A en B",
    check=check,
    options={
        "marge_maanden": Option(
            12,
            "Hoeveel maanden vóór het beleidsplan het oefenbeleidsplan vastgesteld mag zijn",
            minimum=0,
            maximum=48,
        )
    },
    statutory=True,
    since="0.2.0",
)
