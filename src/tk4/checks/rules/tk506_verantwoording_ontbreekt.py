"""TK506 verantwoording-ontbreekt: geen jaarverslag van het afgelopen jaar, vastgesteld door het AB.

De regio verantwoordt zich jaarlijks aan het algemeen bestuur over de multidisciplinaire
taakuitvoering en de middelen. De regel zoekt het nieuwste ``jaarverslag`` in ``documenten`` dat
op of vóór de peildatum is vastgesteld door het algemeen bestuur (``vastgesteld_door`` bevat
"algemeen bestuur", hoofdletters tellen niet). Ligt die vaststelling meer dan ``max_maanden``
maanden vóór de peildatum, dan ontbreekt de verantwoording over het afgelopen jaar. Standaard
12 maanden: bij de standaardpeildatum (31 december van het verslagjaar) moet het algemeen
bestuur in het verslagjaar zelf het jaarverslag over het jaar daarvoor hebben vastgesteld.

Welk jaarverslag niet telt, en welke melding dan volgt (bij het jaarverslag, onderdeel: de
document-id; zonder jaarverslag bij ``documenten``, onderdeel: ``jaarverslag``):

- een recent jaarverslag zonder ``vastgesteld_door``: onbekend is wie het vaststelde, dus of de
  regio zich aan het algemeen bestuur verantwoordde; vul het veld in;
- een recent jaarverslag vastgesteld door een ander (bv. het dagelijks bestuur);
- een jaarverslag zonder ``vastgesteld`` (een concept), of een dat pas na de peildatum is
  vastgesteld (het bestond op die datum nog niet).

Waarom:
    Bron: toetsingskader 4.0, §4.4 A: de veiligheidsregio rapporteert/verantwoordt zich
    jaarlijks aan het algemeen bestuur over de multidisciplinaire taakuitvoering en de
    bijbehorende financiële middelen. De veiligheidsregio is een gemeenschappelijke regeling; de
    Wet gemeenschappelijke regelingen laat het algemeen bestuur de jaarrekening (met het
    jaarverslag) vaststellen in het jaar na het jaar waarover zij gaat, en die vóór 15 juli aan
    gedeputeerde staten zenden. Vaststellingen volgen elkaar dus jaarlijks op: de nieuwste is
    op elke peildatum hooguit ongeveer twaalf maanden oud. Een ruimere termijn laat een
    overgeslagen jaar door: met 18 maanden zou een "Jaarverslag 2023", vastgesteld op 1 juli
    2024, op 31 december 2025 nog volstaan terwijl dat over 2024 ontbreekt. Alleen een
    peildatum in juli, vlak vóór de jaarlijkse vaststelling, kan een termijn van dertien
    maanden vragen; zet ``max_maanden`` dan op 13.

Opties:
    - max_maanden (standaard 12): hoeveel maanden de laatste vaststelling van een jaarverslag
      door het algemeen bestuur vóór de peildatum mag liggen.

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
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024 (concept)}
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
from tk4.checks.rules._dates import age_between, is_older_than
from tk4.findings import Severity
from tk4.model.report import Document

GOVERNING_BOARD = "algemeen bestuur"
"""What ``vastgesteld_door`` must contain (case-insensitive) for the accountability to count."""

CYCLE = BY_RULE["TK506"]
"""The legal cycle this rule checks."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield a violation when the algemeen bestuur adopted no jaarverslag within max_maanden."""
    max_months: int = ctx.option("max_maanden")
    reference = ctx.reference_date
    common = {"max_maanden": max_months, "peildatum": reference}
    reports = [(i, d) for i, d in enumerate(ctx.report.documents) if d.kind == "jaarverslag"]
    if not reports:
        yield Violation(("documenten",), "TK506.ontbreekt", common, subject="jaarverslag")
        return
    dated = [(i, d, d.adopted) for i, d in reports if d.adopted is not None]
    in_time = sorted((item for item in dated if item[2] <= reference), key=lambda item: item[2])
    recent = [item for item in in_time if not is_older_than(item[2], max_months, reference)]
    if any(_by_board(document) for _, document, _ in recent):
        return
    if recent:
        index, document, adopted = recent[-1]
        details = {**common, "vastgesteld": adopted, "door": document.adopted_by}
        unknown = document.adopted_by is None
        message_id = "TK506.vaststeller_onbekend" if unknown else "TK506.niet_door_ab"
        yield _at(index, document, message_id, details)
    elif in_time:
        index, document, adopted = in_time[-1]
        details = {"vastgesteld": adopted, "leeftijd": age_between(adopted, reference)}
        yield _at(index, document, "TK506", {**common, **details})
    elif dated:
        index, document, adopted = min(dated, key=lambda item: item[2])
        yield _at(index, document, "TK506.na_peildatum", {**common, "vastgesteld": adopted})
    else:
        index, document = reports[-1]
        yield _at(index, document, "TK506.niet_vastgesteld", common)


def _by_board(document: Document) -> bool:
    """Whether the algemeen bestuur adopted ``document``."""
    return GOVERNING_BOARD in (document.adopted_by or "").casefold()


def _at(index: int, document: Document, message_id: str, args: dict[str, object]) -> Violation:
    return Violation(
        ("documenten", index), message_id, {**args, "document": document.id}, subject=document.id
    )


RULE = Rule(
    code="TK506",
    slug="verantwoording-ontbreekt",
    family="cycli",
    severity=Severity.ERROR,
    summary="Het algemeen bestuur heeft in het afgelopen jaar geen jaarverslag vastgesteld.",
    basis=CYCLE.basis,
    check=check,
    options={
        "max_maanden": Option(
            CYCLE.term,
            "Hoeveel maanden de laatste vaststelling door het algemeen bestuur oud mag zijn",
            minimum=1,
            maximum=1200,
        )
    },
)
