"""TK704 rode-draad: een terugkerend thema in de verbeterpunten staat nog open.

Een thema (``thema``) dat bij verbeterpunten en aanbevelingen uit ten minste ``min_bronnen``
verschillende bronnen komt (de ``bron`` van de punten in dit verslag, en de bron die een punt
met dezelfde id in een eerder verslag had), of in ten minste ``min_jaren`` verschillende jaren
(dit verslag plus de eerdere zelfevaluaties van dezelfde regio), is een rode draad. Zolang er
op dat thema op de peildatum nog een punt openstaat (zoals bij TK702), geeft de regel één
melding per thema, bij het eerste openstaande punt. Thema's worden vergeleken zonder op
hoofdletters en extra spaties te letten; het onderdeel van de melding is het thema in kleine
letters met enkele spaties (``informatiedeling``). Een verbeterpunt dat met hetzelfde id in
meerdere jaren staat, telt alleen in het jaar waarin het voor het eerst voorkomt: een
meegenomen punt is geen herhaling. Zijn bron telt wel mee, ook als ``tk4 init --vanaf`` die
heeft weggelaten omdat de inzet bij vorig jaar hoort. Good practices tellen niet mee.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B: periodiek worden terugkerende aanbevelingen en
    verbeterpunten (rode draden) geïdentificeerd; de daaruit volgende acties worden toegewezen
    en er wordt toegezien op de implementatie.

Opties:
    - min_bronnen (standaard 3): uit hoeveel bronnen (inzetten, documenten) de punten van dit
      verslag komen, de bronnen van meegenomen punten in eerdere jaren meegeteld.
    - min_jaren (standaard 2): in hoeveel jaren, eerdere zelfevaluaties van de regio meegeteld.

Fout:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2026-06-30
        status: open
        bewijs: [eval-st-2025]
      - id: vp-2025-02
        omschrijving: Gemeenten krijgen het actuele beeld niet.
        bron: visitatie
        thema: Informatiedeling
        eigenaar: Hoofd informatiemanagement
        termijn: 2025-03-31
        status: afgerond
        afgerond_op: 2025-03-20
      - id: vp-2025-03
        omschrijving: Partners ontvangen situatierapporten te laat.
        bron: jaarverslag-2024
        thema: informatiedeling
        eigenaar: Hoofd informatiemanagement
        termijn: 2026-03-31
        status: in uitvoering

Goed:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2026-06-30
        status: afgerond
        afgerond_op: 2025-12-01
        bewijs: [eval-st-2025]
      - id: vp-2025-02
        omschrijving: Gemeenten krijgen het actuele beeld niet.
        bron: visitatie
        thema: Informatiedeling
        eigenaar: Hoofd informatiemanagement
        termijn: 2025-03-31
        status: afgerond
        afgerond_op: 2025-03-20
      - id: vp-2025-03
        omschrijving: Partners ontvangen situatierapporten te laat.
        bron: jaarverslag-2024
        thema: informatiedeling
        eigenaar: Hoofd informatiemanagement
        termijn: 2026-03-31
        status: afgerond
        afgerond_op: 2025-11-30
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.improvements import is_open, standing
from tk4.checks.rules._text import normalised
from tk4.findings import Severity
from tk4.model.report import ImprovementPoint, SelfReport


@dataclass
class _Theme:
    """What one theme gathers: its points' sources, first years, the first open point."""

    sources: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    first_open: tuple[int, ImprovementPoint] | None = None


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield one violation per recurring theme that still has an open point."""
    min_sources: int = ctx.option("min_bronnen")
    min_years: int = ctx.option("min_jaren")
    reports = [*(earlier.report for earlier in ctx.history), ctx.report]
    first_year = _first_years(reports)
    sources = _sources(reports)
    themes: dict[str, _Theme] = {}
    for index, point in _themed(ctx.report):
        theme = themes.setdefault(_key(point), _Theme())
        theme.years.add(first_year[point.id])
        theme.sources |= sources.get(point.id, set())
        if theme.first_open is None and is_open(point, ctx.reference_date):
            theme.first_open = (index, point)
    for earlier in ctx.history:
        for _, point in _themed(earlier.report):
            if _key(point) in themes:
                themes[_key(point)].years.add(first_year[point.id])
    for key, theme in themes.items():
        recurring = len(theme.sources) >= min_sources or len(theme.years) >= min_years
        if theme.first_open is None or not recurring:
            continue
        index, point = theme.first_open
        args = {
            "thema": key,
            "bronnen": len(theme.sources),
            "jaren": len(theme.years),
            "soort": point.kind,
            "verbeterpunt": point.id,
            "stand": standing(point, ctx.reference_date),
        }
        yield Violation(("verbeterpunten", index), "TK704", args, subject=key)


def _themed(report: SelfReport) -> Iterator[tuple[int, ImprovementPoint]]:
    """The report's aanbevelingen and verbeterpunten that carry a theme, with their index."""
    for index, point in enumerate(report.improvements):
        if point.kind != "good practice" and _key(point):
            yield index, point


def _key(point: ImprovementPoint) -> str:
    """The theme as compared: case-folded, whitespace collapsed."""
    return normalised(point.theme).casefold()


def _first_years(reports: list[SelfReport]) -> dict[str, int]:
    """Verbeterpunt id → the first year in which a report lists it."""
    first: dict[str, int] = {}
    for report in reports:
        for point in report.improvements:
            first[point.id] = min(first.get(point.id, report.year), report.year)
    return first


def _sources(reports: list[SelfReport]) -> dict[str, set[str]]:
    """Verbeterpunt id → every bron it had in any of the reports.

    Why: ``tk4 init --vanaf`` drops a bron that points at last year's inzet, so a carried-over
    point keeps counting for its theme through the bron it had when it was written down.
    """
    found: dict[str, set[str]] = {}
    for report in reports:
        for point in report.improvements:
            if point.source is not None:
                found.setdefault(point.id, set()).add(point.source)
    return found


RULE = Rule(
    code="TK704",
    slug="rode-draad",
    family="leren",
    severity=Severity.WARNING,
    summary="Een terugkerend thema (rode draad) in de verbeterpunten staat nog open.",
    basis="Toetsingskader 4.4 B (rode draden)",
    check=check,
    options={
        "min_bronnen": Option(
            3,
            "Uit hoeveel bronnen de punten op een thema komen (eerdere jaren per id)",
            minimum=2,
            maximum=100,
        ),
        "min_jaren": Option(
            2,
            "In hoeveel jaren (eerdere verslagen meegeteld) een thema voorkomt",
            minimum=2,
            maximum=100,
        ),
    },
)
