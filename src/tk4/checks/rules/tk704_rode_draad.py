"""TK704 rode-draad: een terugkerend thema in de verbeterpunten heeft geen belegde opvolging.

Een thema (``thema``) dat bij verbeterpunten en aanbevelingen uit ten minste ``min_bronnen``
verschillende bronnen komt (de ``bron`` van de punten in dit verslag, en de bron die een punt
met dezelfde id in een eerder verslag had), of uit ten minste ``min_jaren`` verschillende jaren,
is een rode draad. Elk punt komt uit één jaar: dat van zijn (vroegste) bron, de datum van de
inzet of de vaststelling van het document, en anders het eerste verslagjaar waarin het staat
(dit verslag plus de eerdere zelfevaluaties van dezelfde regio). Een verbeterpunt uit de
systeemtest van 2024 dat in het verslag over 2025 staat, komt dus uit 2024.

Een rode draad die al is belegd, is in orde: de regel zwijgt zolang er op de peildatum een
openstaand punt op het thema is met een ``eigenaar`` en een ``termijn`` die nog niet verstreken
is. Zij meldt alleen een rode draad met openstaande punten waarvan géén zo'n eigenaar en
termijn heeft (bij het eerste openstaande punt), of waarvan de belegde acties alle over hun
termijn zijn (variant *over termijn*, bij de eerste daarvan). Thema's worden vergeleken zonder
op hoofdletters en extra spaties te letten; het onderdeel van de melding is het thema in kleine
letters met enkele spaties (``informatiedeling``). Een verbeterpunt dat met hetzelfde id in
meerdere jaren staat, telt als één punt, uit het jaar waarin het voor het eerst voorkomt. Zijn
bron telt wel mee, ook als ``tk4 init --vanaf`` die heeft weggelaten omdat de inzet bij vorig
jaar hoort. Good practices tellen niet mee.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B: periodiek worden terugkerende aanbevelingen en
    verbeterpunten (rode draden) geïdentificeerd; de daaruit volgende acties worden toegewezen
    en er wordt toegezien op de implementatie. Een rode draad met een eigenaar en een lopende
    termijn ís toegewezen; hem toch melden zou een regio die precies doet wat §4.4 B vraagt, een
    onterechte waarschuwing geven.

Opties:
    - min_bronnen (standaard 3): uit hoeveel bronnen (inzetten, documenten) de punten van dit
      verslag komen, de bronnen van meegenomen punten in eerdere jaren meegeteld.
    - min_jaren (standaard 2): uit hoeveel jaren de punten komen (het jaar van hun bron, anders
      hun eerste verslagjaar), eerdere zelfevaluaties van de regio meegeteld.

Fout:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2025-06-30
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
        status: in uitvoering
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.improvements import is_open, last_known, standing
from tk4.checks.rules._text import normalised
from tk4.findings import Severity
from tk4.model.report import ImprovementPoint, SelfReport


@dataclass
class _Theme:
    """What one theme gathers: its points' sources and years, and its open points."""

    sources: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    open_points: list[tuple[int, ImprovementPoint]] = field(default_factory=list)


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield one violation per recurring theme whose open points have no owned, timely action."""
    min_sources: int = ctx.option("min_bronnen")
    min_years: int = ctx.option("min_jaren")
    reference = ctx.reference_date
    reports = [*(earlier.report for earlier in ctx.history), ctx.report]
    first_year = _first_years(reports)
    sources = _sources(reports)
    themes: dict[str, _Theme] = {}
    for index, point in _themed(ctx.report):
        theme = themes.setdefault(_key(point), _Theme())
        own_sources = sources.get(point.id, {})
        theme.sources |= set(own_sources)
        theme.years.add(_year(first_year[point.id], own_sources))
        if is_open(point, reference):
            theme.open_points.append((index, point))
    for earlier in ctx.history:
        for _, point in _themed(earlier.report):
            if _key(point) in themes:
                own_sources = sources.get(point.id, {})
                themes[_key(point)].years.add(_year(first_year[point.id], own_sources))
    for key, theme in themes.items():
        recurring = len(theme.sources) >= min_sources or len(theme.years) >= min_years
        known = last_known(reference, ctx.report.drafted.date)
        if not theme.open_points or not recurring or _owned(theme, known):
            continue
        overdue = [(i, p) for i, p in theme.open_points if _has_owner_and_deadline(p)]
        index, point = (overdue or theme.open_points)[0]
        years = sorted(theme.years)
        args = {
            "thema": key,
            "bronnen": len(theme.sources),
            "jaren": len(years),
            "periode": str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}",
            "soort": point.kind,
            "verbeterpunt": point.id,
            "stand": standing(point, reference, ctx.report.drafted.date),
        }
        if overdue:
            args["termijn"] = point.deadline
        message_id = "TK704.over_termijn" if overdue else "TK704"
        yield Violation(("verbeterpunten", index), message_id, args, subject=key)


def _year(first_year: int, sources: dict[str, int | None]) -> int:
    """The year a point comes from: that of its earliest dated bron, else its first report."""
    dated = [year for year in sources.values() if year is not None]
    return min(dated) if dated else first_year


def _has_owner_and_deadline(point: ImprovementPoint) -> bool:
    return point.owner is not None and point.deadline is not None


def _owned(theme: _Theme, reference: dt.date) -> bool:
    """Whether an open point on the theme has an owner and a termijn not passed on ``reference``."""
    return any(
        point.owner is not None and point.deadline is not None and point.deadline >= reference
        for _, point in theme.open_points
    )


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


def _sources(reports: list[SelfReport]) -> dict[str, dict[str, int | None]]:
    """Verbeterpunt id → every bron it had in any of the reports, with the bron's year.

    Why: ``tk4 init --vanaf`` drops a bron that points at last year's inzet, so a carried-over
    point keeps counting for its theme through the bron it had when it was written down. The
    year is that of the inzet (its date) or the document (its vaststelling; None without one),
    as the report that names the bron describes it.
    """
    found: dict[str, dict[str, int | None]] = {}
    for report in reports:
        years = _source_years(report)
        for point in report.improvements:
            if point.source is not None:
                found.setdefault(point.id, {})[point.source] = years.get(point.source)
    return found


def _source_years(report: SelfReport) -> dict[str, int | None]:
    """Inzet and document id → the year it took place or was adopted (None: not adopted)."""
    years: dict[str, int | None] = {d.id: d.date.year for d in report.deployments}
    for document in report.documents:
        years[document.id] = None if document.adopted is None else document.adopted.year
    return years


RULE = Rule(
    code="TK704",
    slug="rode-draad",
    family="leren",
    severity=Severity.WARNING,
    summary="Een terugkerend thema (rode draad) heeft geen belegde, lopende opvolging.",
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
            "Uit hoeveel jaren (van de bron, anders het verslag) de punten op een thema komen",
            minimum=2,
            maximum=100,
        ),
    },
)
