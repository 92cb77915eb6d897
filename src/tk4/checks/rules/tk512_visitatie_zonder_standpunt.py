"""TK512 visitatie-zonder-standpunt: het standpunt van het bestuur over de visitatie ontbreekt.

Het bestuur zendt het rapport van de visitatiecommissie met zijn standpunt daarover aan de
minister en maakt beide openbaar. De regel neemt het nieuwste visitatierapport dat op of vóór
de peildatum is vastgesteld en kijkt naar ``standpunt_bestuur``: de datum waarop het bestuur
zijn standpunt vaststelde. Ontbreekt die, of ligt die na de peildatum, terwijl het rapport al
meer dan ``termijn_maanden`` maanden oud is, dan staat de melding bij het rapport; het
onderdeel is de document-id. Zonder visitatierapport zwijgt de regel (dat meldt TK504).

Waarom:
    Bron: Wet veiligheidsregio's art. 56, derde lid: het bestuur zendt aan de minister het
    rapport van de visitatiecommissie, samen met zijn standpunt daarover, en maakt rapport en
    standpunt openbaar (nagegaan in de wettekst BWBR0027466 van statengeneraal/laws-markdown; de
    actuele geconsolideerde tekst kan licht afwijken); toetsingskader 4.0, §4.4 B (de uitkomsten
    van de visitatie worden opgepakt). De wet noemt geen termijn voor het standpunt;
    ``termijn_maanden`` is de tijd die tk4 redelijk acht voor bespreking in het algemeen
    bestuur. Een wettelijke plicht: een uitzondering houdt de bevinding in stand. Een
    waarschuwing, omdat oudere zelfevaluaties het veld ``standpunt_bestuur`` niet kennen.

Opties:
    - termijn_maanden (standaard 6): hoeveel maanden na het rapport het standpunt er mag zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06]}
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
from tk4.checks.rules._dates import is_older_than
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield when the newest visitatierapport has no standpunt of the board on the peildatum."""
    reference = ctx.reference_date
    found = current_document(ctx.report, "visitatierapport", reference)
    if found is None:
        return
    index, report = found
    assert report.adopted is not None
    position = report.board_position
    if position is not None and position <= reference:
        return
    months: int = ctx.option("termijn_maanden")
    if not is_older_than(report.adopted, months, reference):
        return
    args = {
        "document": report.id,
        "vastgesteld": report.adopted,
        "termijn_maanden": months,
        "peildatum": reference,
    }
    if position is not None:
        args["standpunt_bestuur"] = position
        yield Violation(("documenten", index), "TK512.na_peildatum", args, subject=report.id)
    else:
        yield Violation(("documenten", index), "TK512", args, subject=report.id)


RULE = Rule(
    code="TK512",
    slug="visitatie-zonder-standpunt",
    family="cycli",
    severity=Severity.WARNING,
    summary="Bij het visitatierapport ontbreekt het standpunt van het bestuur.",
    basis="Wvr art. 56 lid 3; toetsingskader 4.4 B",
    check=check,
    options={
        "termijn_maanden": Option(
            6,
            "Hoeveel maanden na het visitatierapport het standpunt van het bestuur er mag zijn",
            minimum=0,
            maximum=36,
        )
    },
    statutory=True,
    since="0.2.0",
)
