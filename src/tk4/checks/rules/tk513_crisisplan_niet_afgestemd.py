"""TK513 crisisplan-niet-afgestemd: het crisisplan vermeldt geen afstemming met de buurregio's.

Het crisisplan is afgestemd met de crisisplannen van de aangrenzende veiligheidsregio's en
aangrenzende staten. De regel neemt het crisisplan dat op de peildatum gold (het nieuwste dat
op of vóór de peildatum is vastgesteld) en vraagt in ``afgestemd_met`` de codes van de
aangrenzende veiligheidsregio's waarmee het is afgestemd (en, voor een grensregio, in
``afgestemd_met_buurlanden`` de aangrenzende staten of hun deelgebieden). Staat in geen van
beide iets, dan staat de melding bij het crisisplan; het onderdeel is de document-id. Of de
genoemde regio's echt alle buren zijn, kan tk4 niet nagaan: het register kent geen buren.
Zonder geldig crisisplan zwijgt de regel (dat meldt TK502).

Waarom:
    Bron: Wet veiligheidsregio's art. 16, derde lid: het crisisplan is in ieder geval afgestemd
    met crisisplannen, vastgesteld voor het gebied van aangrenzende veiligheidsregio's en van
    aangrenzende staten (nagegaan in de wettekst BWBR0027466 van statengeneraal/laws-markdown;
    de actuele geconsolideerde tekst kan licht afwijken); toetsingskader 4.0, §4.2 A (plannen
    afgestemd met de partners). Een wettelijke plicht: een uitzondering houdt de bevinding in
    stand. Een waarschuwing, omdat oudere zelfevaluaties het veld ``afgestemd_met`` niet kennen.

Opties:
    Geen.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
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
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06], afgestemd_met_buurlanden: [Landkreis Grafschaft Bentheim]}
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

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._current import current_document
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield when the crisisplan in force names no neighbouring region or state it agrees with."""
    found = current_document(ctx.report, "crisisplan", ctx.reference_date)
    if found is None:
        return
    index, plan = found
    if plan.aligned_with or plan.aligned_with_states:
        return
    args = {"document": plan.id, "vastgesteld": plan.adopted}
    yield Violation(("documenten", index), "TK513", args, subject=plan.id)


RULE = Rule(
    code="TK513",
    slug="crisisplan-niet-afgestemd",
    family="cycli",
    severity=Severity.WARNING,
    summary="Het crisisplan vermeldt geen afstemming met de aangrenzende regio's of staten.",
    basis="Wvr art. 16 lid 3; toetsingskader 4.2 A",
    check=check,
    statutory=True,
    since="0.2.0",
)
