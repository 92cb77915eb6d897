"""The samenvatting: the prose "Beeld in het kort", the counts and the main points."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tk4.findings import Severity
from tk4.render import prose
from tk4.render.context.badges import SEVERITY_BADGES, STATUS_BADGES
from tk4.render.context.labels import MAIN_GAPS_SHOWN, ONLY_INSPECTION, ONLY_REGION
from tk4.render.context.sections.assessment import judged_norms
from tk4.render.context.sections.shared import Shared, level_counts
from tk4.render.context.views.assessment import AssessmentView, ProcessView
from tk4.render.context.views.blocks import FindingView, LevelCount
from tk4.render.context.views.front import CountRow, Fact, Summary
from tk4.render.context.views.key_data import CycleRow
from tk4.render.context.views.learning import ImprovementView
from tk4.render.context.views.operations import Operations
from tk4.render.formatting import capitalised, counted, dutch_percent, enumeration

_GAP_STATUSES = tuple(STATUS_BADGES[status] for status in ("ontbreekt", "verlopen", "niet op orde"))


def build_summary(
    shared: Shared,
    processes: tuple[ProcessView, ...],
    improvements: tuple[ImprovementView, ...],
    recommendations: tuple[ImprovementView, ...],
    operations: Operations,
    cycles: tuple[CycleRow, ...],
) -> Summary:
    """The samenvatting from the sections already built."""
    norms = [norm for process in processes for norm in process.norms]
    elements = [element for norm in norms for element in norm.elements]
    norm_counts = _level_counts(shared, [norm.own for norm in norms])
    element_counts = _level_counts(shared, [element.own for element in elements])
    columns = ["Normen", "Elementen"]
    count_sets = [norm_counts, element_counts]
    if shared.other is not None:
        columns = [
            "Normen (zelfbeeld)",
            "Normen (inspectie)",
            "Elementen (zelfbeeld)",
            "Elementen (inspectie)",
        ]
        count_sets = [
            norm_counts,
            _level_counts(shared, [norm.other for norm in norms if norm.other is not None]),
            element_counts,
            _level_counts(
                shared, [element.other for element in elements if element.other is not None]
            ),
        ]
    rows = tuple(
        CountRow(level, tuple(counts[index].count for counts in count_sets))
        for index, level in enumerate(shared.scale_with_unassessed())
    )
    open_points = [point for point in improvements if point.open]
    overdue = [point for point in improvements if point.overdue]
    everything = shared.merged(shared.placed)
    gaps = [finding for finding in everything if finding.acknowledged is None]
    tally = Counter(finding.severity.label for finding in everything)
    acknowledged = len(everything) - len(gaps)
    norm_diffs = element_diffs = None
    if shared.other is not None:
        norm_diffs = sum(1 for norm in norms if norm.difference is not None)
        element_diffs = sum(1 for element in elements if element.difference is not None)
    assessed_elements = sum(c.count for c in element_counts if c.level.assessed)
    open_errors = sum(1 for finding in gaps if finding.severity.label == "fout")
    register = shared.register
    figures = [
        Fact(
            "Elementen beoordeeld",
            f"{assessed_elements} van {len(elements)} "
            f"({dutch_percent(assessed_elements, len(elements))})",
        ),
        Fact(
            f"{capitalised(register.plural)} open",
            (
                f"{len(open_points)} van {len(improvements)}, "
                f"{_none_or(len(overdue))} over de termijn"
            )
            if improvements
            else f"geen {register.plural} vastgelegd",
        ),
    ]
    if norm_diffs is not None and element_diffs is not None:
        figures.append(
            Fact(
                "Verschillen met de Inspectie",
                f"{counted(norm_diffs, 'norm', 'normen')}, "
                f"{counted(element_diffs, 'element', 'elementen')}",
            )
        )
        for label, side in (
            ("Alleen beoordeeld door de Inspectie", ONLY_INSPECTION),
            ("Alleen beoordeeld door de regio", ONLY_REGION),
        ):
            alone_norms = sum(1 for norm in norms if norm.one_sided == side)
            alone_elements = sum(1 for element in elements if element.one_sided == side)
            alone = [
                counted(count, singular, plural)
                for count, singular, plural in (
                    (alone_norms, "norm", "normen"),
                    (alone_elements, "element", "elementen"),
                )
                if count
            ]
            if alone:
                figures.append(Fact(label, ", ".join(alone)))
        figures.append(Fact("Aanbevelingen van de Inspectie", str(len(recommendations))))
    measured = sum(row.measured for row in operations.time_norms)
    if not operations.deployments:
        deployments = "geen inzetten vastgelegd"
    elif not measured:
        deployments = f"{len(operations.deployments)}, zonder gemeten opkomsttijden"
    else:
        deployments = (
            f"{len(operations.deployments)}, met {operations.times_over} van {measured} "
            "opkomsttijden boven de Bvr-norm"
        ) + (f"; {operations.missing} niet vastgelegd" if operations.missing else "")
    figures += [
        Fact("Inzetten", deployments),
        Fact(
            "Aandachtspunten uit de toetsing",
            (f"{len(gaps)} open" if gaps else "geen open")
            + (f", waarvan {counted(open_errors, 'fout', 'fouten')}" if open_errors else "")
            + (f"; {acknowledged} bewust geaccepteerd" if acknowledged else ""),
        ),
    ]
    inspection_points = (
        recommendations
        if shared.other is not None
        else (improvements if shared.by_inspection else ())
    )
    return Summary(
        paragraphs=_overview(
            shared, processes, improvements, recommendations, operations, gaps, acknowledged, cycles
        ),
        count_columns=tuple(columns),
        count_rows=rows,
        key_figures=tuple(figures),
        recommendations=inspection_points,
        recommendations_intro=(
            prose.recommendations_intro(
                len(inspection_points),
                all(point.kind == "aanbeveling" for point in inspection_points),
            )
            if inspection_points
            else None
        ),
        open_improvements=len(open_points),
        overdue_improvements=len(overdue),
        errors=tally["fout"],
        warnings=tally["waarschuwing"],
        infos=tally["melding"],
        acknowledged=acknowledged,
        norm_differences=norm_diffs,
        element_differences=element_diffs,
        main_gaps=tuple(gaps[:MAIN_GAPS_SHOWN]),
        more_gaps=max(0, len(gaps) - MAIN_GAPS_SHOWN),
    )


def _level_counts(shared: Shared, assessments: Sequence[AssessmentView]) -> tuple[LevelCount, ...]:
    """How many of ``assessments`` got each level of the scale."""
    judged = [assessment.level for assessment in assessments]
    return level_counts(shared.scale_with_unassessed(), judged)


def _overview(
    shared: Shared,
    processes: tuple[ProcessView, ...],
    improvements: tuple[ImprovementView, ...],
    recommendations: tuple[ImprovementView, ...],
    operations: Operations,
    gaps: Sequence[FindingView],
    acknowledged: int,
    cycles: tuple[CycleRow, ...],
) -> tuple[str, ...]:
    """The "Beeld in het kort": the conclusion in a few paragraphs of prose.

    It opens with the legal obligations that are not met (they weigh most for a board),
    then the judgements, which are the Inspectie's when there is an inspectieoordeel.
    """
    scores = tuple(
        prose.ProcessScore(
            title=process.title,
            id=process.id,
            norms=judged_norms(process),
        )
        for process in processes
    )
    norms = [norm for score in scores for norm in score.norms]
    order = [level.value for level in shared.levels.values() if level.assessed]
    subject = "De Inspectie" if shared.inspection_judges else shared.region_title
    legal = prose.legal_sentences(
        [_legal_gap(shared, cycle) for cycle in cycles if cycle.status in _GAP_STATUSES],
        [cycle.noun for cycle in cycles if cycle.status == STATUS_BADGES["niet getoetst"]],
    )
    first = [prose.judgement_sentence(subject, norms, order)]
    views = [norm for process in processes for norm in process.norms]
    if shared.other is not None:
        elements = [element for norm in views for element in norm.elements]
        first.append(
            prose.difference_sentences(
                sum(1 for norm in views if _compared(norm.own, norm.other)),
                len(views),
                [(norm.id, norm.difference.direction) for norm in views if norm.difference],
                sum(1 for element in elements if _compared(element.own, element.other)),
                sum(1 for element in elements if element.difference is not None),
            )
        )
        for side, who in ((ONLY_INSPECTION, "de Inspectie"), (ONLY_REGION, "de regio")):
            first.append(
                prose.one_sided_sentence(
                    who,
                    [norm.id for norm in views if norm.one_sided == side],
                    [element.id for element in elements if element.one_sided == side],
                )
            )
    strength = prose.strength_sentences(scores, order[0] if order else "")
    rules: Counter[str] = Counter(finding.rule.lower() for finding in gaps)
    errors = sum(1 for finding in gaps if finding.severity == SEVERITY_BADGES[Severity.ERROR])
    register = shared.register
    follow_up = [
        prose.improvement_sentence(
            len(improvements),
            sum(1 for point in improvements if point.open),
            sum(1 for point in improvements if point.overdue),
            (register.singular, register.plural),
            register.where,
        )
    ]
    if shared.other is not None:
        follow_up.append(
            prose.recommendation_sentence(
                len(recommendations),
                all(point.kind == "aanbeveling" for point in recommendations),
                list(dict.fromkeys(p.theme for p in recommendations if p.theme)),
            )
        )
    follow_up.append(operations.summary)
    findings = prose.findings_sentences(list(rules.items()), errors, acknowledged)
    if shared.switched_off:
        findings += (
            " Niet getoetst, omdat de regel uit stond: "
            f"{enumeration(shared.switched_off_names(limit=5))}."
        )
    paragraphs = [legal, " ".join(p for p in first if p), strength, " ".join(follow_up)]
    paragraphs.append(findings)
    return tuple(paragraph for paragraph in paragraphs if paragraph)


def _legal_gap(shared: Shared, cycle: CycleRow) -> str:
    """What is wrong with a legal cycle, as a clause for the summary."""
    basis = f"{_short_basis(cycle.basis)}: {cycle.term}" if cycle.term != "—" else cycle.basis
    if cycle.status == STATUS_BADGES["ontbreekt"]:
        if cycle.key == "systeemtest":
            clause = f"er is over {shared.report.year} geen systeemtest vastgelegd ({basis})"
        else:
            clause = f"{cycle.noun} ontbreekt ({basis})"
    elif cycle.status == STATUS_BADGES["verlopen"]:
        done = "gehouden" if cycle.key == "systeemtest" else "vastgesteld"
        clause = f"{cycle.noun} is verlopen, laatst {done} op {cycle.latest_date} ({basis})"
    else:
        clause = f"{cycle.noun} is niet op orde: {cycle.findings[0].message}"
    if not cycle.acknowledged:
        return clause
    accepted = "door de regio bewust geaccepteerd"
    return f"{clause[:-1]}; {accepted})" if clause.endswith(")") else f"{clause} ({accepted})"


def _compared(own: AssessmentView, other: AssessmentView | None) -> bool:
    """Whether both sides gave an assessed judgement, so the two can be compared."""
    return other is not None and own.level.rank is not None and other.level.rank is not None


def _short_basis(basis: str) -> str:
    """The first legal source of a rule's basis: "Wvr art. 56" of "Wvr art. 56; …"."""
    return re.split(r"\s*[;(]", basis, maxsplit=1)[0]


def _none_or(count: int) -> str:
    """A count in a short value, "geen" for zero: "geen over de termijn", "2 over de termijn"."""
    return str(count) if count else "geen"
