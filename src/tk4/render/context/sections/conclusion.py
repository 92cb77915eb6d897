"""The eindconclusie: conclusions per process, the score matrix and the aspect chart."""

from __future__ import annotations

from tk4.model.catalogue import Element
from tk4.render import prose
from tk4.render.context.sections.assessment import judged_norms, ruling_level
from tk4.render.context.sections.shared import Shared, level_counts
from tk4.render.context.views.assessment import ProcessView
from tk4.render.context.views.blocks import Level, Ref
from tk4.render.context.views.conclusion import (
    AspectRow,
    Chart,
    Conclusion,
    Mark,
    MatrixCell,
    MatrixRow,
    Segment,
)
from tk4.render.formatting import dutch_percent

# SVG geometry of the aspect chart (user units; the stylesheet sets the drawn width).
_CHART_LABEL_WIDTH = 190
_CHART_BAR_WIDTH = 300
_CHART_SHARE_WIDTH = 150
_CHART_ROW_HEIGHT = 30
_CHART_BAR_HEIGHT = 18
_CHART_PADDING = 8


def build_conclusion(shared: Shared, processes: tuple[ProcessView, ...]) -> Conclusion:
    """The eindconclusie on the judged ``processes``."""
    norms = [norm for process in processes for norm in process.norms]
    levels = shared.scale_with_unassessed()
    lines = tuple(
        (
            level,
            tuple(Ref(norm.id, norm.anchor) for norm in norms if ruling_level(norm) == level),
        )
        for level in levels
    )
    own_mark = Mark("Z", "zelfbeeld") if shared.other is not None else Mark("●", "oordeel")
    other_mark = Mark("I", "inspectieoordeel")
    matrix = []
    for norm in norms:
        cells = []
        for level in levels:
            marks = tuple(
                mark
                for mark, assessment in ((own_mark, norm.own), (other_mark, norm.other))
                if assessment is not None and assessment.level == level
            )
            cells.append(MatrixCell(level, marks, bool(marks)))
        matrix.append(
            MatrixRow(
                norm=Ref(norm.id, norm.anchor),
                statement=norm.statement,
                cells=tuple(cells),
                difference=norm.difference,
                one_sided=norm.one_sided,
            )
        )
    legend = (own_mark, other_mark) if shared.other is not None else (own_mark,)
    aspects = _aspect_rows(shared, levels)
    height = _CHART_PADDING * 2 + _CHART_ROW_HEIGHT * len(aspects)
    chart = Chart(
        width=str(_CHART_LABEL_WIDTH + _CHART_BAR_WIDTH + _CHART_SHARE_WIDTH),
        height=str(height),
        bar_x=str(_CHART_LABEL_WIDTH),
        bar_width=str(_CHART_BAR_WIDTH),
        bar_height=str(_CHART_BAR_HEIGHT),
        share_x=str(_CHART_LABEL_WIDTH + _CHART_BAR_WIDTH + 8),
        description="; ".join(
            f"{aspect.name}: {aspect.assessed} van {aspect.total} elementen beoordeeld "
            f"({aspect.share}), "
            + ", ".join(f"{c.count} {c.level.value}" for c in aspect.counts if c.count)
            for aspect in aspects
        ),
    )
    whose = "door de Inspectie " if shared.inspection_judges else ""
    return Conclusion(
        paragraphs=tuple(
            prose.process_conclusion(
                process.title,
                process.id,
                judged_norms(process),
                [
                    (norm.id, norm.difference.direction)
                    for norm in process.norms
                    if norm.difference is not None
                ],
                sum(
                    1
                    for norm in process.norms
                    for finding in (
                        *norm.findings,
                        *(f for e in norm.elements for f in e.findings),
                    )
                    if finding.acknowledged is None
                ),
                "De Inspectie" if shared.inspection_judges else "De regio",
            )
            for process in processes
        ),
        lines_intro=(
            "De normen per oordeel van de Inspectie:"
            if shared.inspection_judges
            else "De normen per oordeel:"
        ),
        lines=lines,
        matrix_levels=tuple(levels),
        matrix=tuple(matrix),
        legend=legend,
        aspects_note=(
            f"Hoeveel van de elementen die bij een aspect horen {whose}zijn beoordeeld, en "
            "met welk oordeel"
            + (
                "; net als de rest van dit hoofdstuk volgt dit het inspectieoordeel, niet "
                "de zelfevaluatie"
                if shared.other is not None
                else ""
            )
            + ". De koppeling van elementen aan aspecten is een interpretatie van tk4; het "
            "toetsingskader zelf legt die niet."
        ),
        aspects=aspects,
        chart=chart,
    )


def _aspect_rows(shared: Shared, levels: list[Level]) -> tuple[AspectRow, ...]:
    rows = []
    for index, aspect in enumerate(shared.catalogue.aspects):
        tagged = [e for e in shared.catalogue.elements.values() if aspect.id in e.aspects.aspects]
        judged = [_element_level(shared, element) for element in tagged]
        counts = level_counts(levels, judged)
        assessed = sum(count.count for count in counts if count.level.assessed)
        segments = []
        offset = 0.0
        for count in counts:
            if count.count == 0:
                continue
            width = _CHART_BAR_WIDTH * count.count / len(judged)
            segments.append(
                Segment(
                    count.level,
                    count.count,
                    _svg_number(_CHART_LABEL_WIDTH + offset),
                    _svg_number(width),
                )
            )
            offset += width
        top = _CHART_PADDING + index * _CHART_ROW_HEIGHT
        rows.append(
            AspectRow(
                id=aspect.id,
                name=aspect.name,
                total=len(tagged),
                assessed=assessed,
                share=dutch_percent(assessed, len(tagged)),
                counts=counts,
                segments=tuple(segments),
                y=str(top + (_CHART_ROW_HEIGHT - _CHART_BAR_HEIGHT) // 2),
                text_y=str(top + _CHART_ROW_HEIGHT // 2 + 5),
            )
        )
    return tuple(rows)


def _element_level(shared: Shared, element: Element) -> Level:
    """An element's judgement as the eindconclusie counts it (the Inspectie's, if any)."""
    report = shared.other if shared.other is not None else shared.report
    norm = report.norms.get(shared.catalogue.norm_of_element[element.id])
    assessment = norm.elements.get(element.id) if norm is not None else None
    if assessment is None or assessment.judgement is None:
        return shared.unassessed
    return shared.levels[assessment.judgement]


def _svg_number(value: float) -> str:
    """A coordinate for SVG: dot as decimal separator, at most one decimal."""
    return f"{value:.1f}".removesuffix(".0")
