"""The judgements per process, norm and element, beside the Inspectie's when given."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from tk4.checks.derivation import derived_norm_judgement
from tk4.model.catalogue import CatalogueNode, Norm, ScaleLevel, SubPoint
from tk4.model.report import Assessment, ElementAssessment, NormAssessment, SelfReport
from tk4.render import prose
from tk4.render.context.badges import DIFFERENCE_BADGE
from tk4.render.context.labels import ONLY_INSPECTION, ONLY_REGION
from tk4.render.context.sections.appendices import subpoint_views
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import anchor_for
from tk4.render.context.views.assessment import (
    AssessmentView,
    Difference,
    ElementView,
    NormView,
    ProcessView,
    SubPointJudgementView,
)
from tk4.render.context.views.blocks import Heading, Level


@dataclass(frozen=True)
class _Judged:
    """Both judgements of a norm or element and how they compare (see :func:`_judged`)."""

    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    more: bool


def _difference(own: AssessmentView, other: AssessmentView | None) -> Difference | None:
    """How the Inspectie's judgement differs from the region's; None unless both are assessed.

    Why: "niet beoordeeld" is no judgement, so it cannot differ from one; a norm the
    Inspectie did not look at is not a norm it judges differently.
    """
    if other is None or own.level.rank is None or other.level.rank is None:
        return None
    if other.level.rank == own.level.rank:
        return None
    direction = "hoger" if other.level.rank > own.level.rank else "lager"
    return Difference(f"inspectie oordeelt {direction}", direction, DIFFERENCE_BADGE)


def _one_sided(own: AssessmentView, other: AssessmentView | None) -> str | None:
    """Who alone judged a norm or element beside an inspectieoordeel (None: both or neither)."""
    if other is None or (own.level.rank is None) == (other.level.rank is None):
        return None
    return ONLY_INSPECTION if own.level.rank is None else ONLY_REGION


def build_processes(shared: Shared, sections: Mapping[str, Heading]) -> tuple[ProcessView, ...]:
    """Every process with its norms and elements, judged, under its heading in ``sections``."""
    views = []
    for process in shared.catalogue.processes:
        norms = []
        for norm in process.norms:
            own_norm = shared.report.norms.get(norm.id)
            other_norm = shared.other.norms.get(norm.id) if shared.other is not None else None
            elements = []
            for element in norm.elements:
                judged = _judged(
                    shared,
                    own_norm.elements.get(element.id) if own_norm else None,
                    other_norm.elements.get(element.id) if other_norm else None,
                )
                findings = shared.findings_at("element", element.id)
                detailed = judged.more or bool(findings)
                anchor = anchor_for("element" if detailed else "rij-element", element.id)
                view = ElementView(
                    id=element.id,
                    anchor=anchor,
                    row_id=None if detailed else anchor,
                    link=anchor if detailed else None,
                    appendix_anchor=anchor_for("kader", element.id),
                    text=element.text,
                    subpoints=(
                        subpoint_views(element.children, 1)
                        if element.text.rstrip().endswith(":")
                        else ()
                    ),
                    own=judged.own,
                    other=judged.other,
                    agree=judged.agree,
                    difference=judged.difference,
                    one_sided=judged.one_sided,
                    detailed=detailed,
                    findings=findings,
                )
                elements.append(view)
            judged = _judged(shared, own_norm, other_norm, norm)
            findings = shared.findings_at("norm", norm.id)
            detail = anchor_for("toelichting-norm", norm.id)
            norms.append(
                NormView(
                    id=norm.id,
                    anchor=anchor_for("norm", norm.id),
                    row_id=None,
                    link=detail if judged.more or findings else None,
                    row_label=f"Norm {norm.id} als geheel",
                    detail_anchor=detail,
                    statement=norm.statement,
                    detail=norm.statement_detail,
                    legal_basis=shared.legal(norm.legal_basis),
                    own=judged.own,
                    other=judged.other,
                    agree=judged.agree,
                    difference=judged.difference,
                    one_sided=judged.one_sided,
                    detailed=judged.more or bool(findings),
                    elements=tuple(elements),
                    findings=findings,
                )
            )
        anchor = anchor_for("proces", process.id)
        views.append(
            ProcessView(
                id=process.id,
                anchor=anchor,
                heading=sections[anchor],
                title=process.title,
                statement=process.statement,
                norms=tuple(norms),
            )
        )
    return tuple(views)


def _judged(
    shared: Shared,
    own_assessment: Assessment | None,
    other_assessment: Assessment | None,
    norm: Norm | None = None,
) -> _Judged:
    """Both judgements of a norm or element, how they compare, and if there is more to show.

    "More" is an explanation, evidence, a sub-point judgement or a difference: reason for a
    block below the table. For a ``norm`` without a judgement of its own, the judgement its
    elements agree on is shown as derived.
    """
    own = _assessment(shared, shared.report, own_assessment, norm)
    other = (
        _assessment(shared, shared.other, other_assessment, norm)
        if shared.other is not None
        else None
    )
    difference = _difference(own, other)
    more = any(
        assessment is not None
        and (assessment.explanation or assessment.evidence or assessment.subpoints)
        for assessment in (own, other)
    )
    return _Judged(
        own=own,
        other=other,
        agree=other is not None and own.level.value == other.level.value,
        difference=difference,
        one_sided=_one_sided(own, other),
        more=more or difference is not None,
    )


def _assessment(
    shared: Shared, report: SelfReport, assessment: Assessment | None, norm: Norm | None = None
) -> AssessmentView:
    if assessment is None:
        return AssessmentView(shared.unassessed, None, (), False, False)
    level = shared.levels[assessment.judgement] if assessment.judgement else shared.unassessed
    derived = None
    if norm is not None and isinstance(assessment, NormAssessment):
        scale = shared.catalogue.scale_by_value
        derived = derived_norm_judgement(assessment, norm, scale)
        if derived is None and assessment.judgement is None and _any_judged(assessment, scale):
            level = replace(
                level, label=NO_OWN_JUDGEMENT, badge=replace(level.badge, label=NO_OWN_JUDGEMENT)
            )
    return AssessmentView(
        level=shared.levels[derived] if derived is not None else level,
        explanation=assessment.explanation,
        evidence=tuple(shared.evidence(report, assessment.evidence)),
        reconfirm=assessment.reconfirm,
        present=assessment.judgement is not None,
        derived=derived is not None,
        subpoints=_subpoints(shared, assessment),
    )


NO_OWN_JUDGEMENT = "Geen eigen oordeel"
"""A norm without a judgement of its own whose judged elements differ: not 'niet beoordeeld'."""


def _any_judged(assessment: NormAssessment, scale: Mapping[str, ScaleLevel]) -> bool:
    """Whether at least one element of the norm has a judgement on the scale."""
    return any(
        e.judgement is not None and e.judgement in scale and scale[e.judgement].assessed
        for e in assessment.elements.values()
    )


def _text(node: CatalogueNode | None) -> str:
    """The text of a sub-point without its closing punctuation (validation ensures it is one)."""
    return node.text.rstrip(":;,. ") if isinstance(node, SubPoint) else ""


def _subpoints(shared: Shared, assessment: Assessment) -> tuple[SubPointJudgementView, ...]:
    """The sub-point judgements and notes of an element, in the catalogue's order."""
    if not isinstance(assessment, ElementAssessment) or not assessment.subpoints:
        return ()
    order = {node_id: index for index, node_id in enumerate(shared.catalogue.by_id)}
    return tuple(
        SubPointJudgementView(
            id=point_id,
            text=_text(shared.catalogue.by_id.get(point_id)),
            level=shared.levels[judged.judgement] if judged.judgement else None,
            explanation=judged.explanation,
        )
        for point_id, judged in sorted(
            assessment.subpoints.items(), key=lambda item: order.get(item[0], len(order))
        )
    )


def ruling_level(norm: NormView) -> Level:
    """The judgement of a norm the conclusions follow: the Inspectie's when there is one."""
    return (norm.other or norm.own).level


def judged_norms(process: ProcessView) -> tuple[prose.JudgedNorm, ...]:
    """The norms of ``process`` as the prose sees them, each with its :func:`ruling_level`."""
    return tuple(
        prose.JudgedNorm(norm.id, process.id, level.value, level.rank)
        for norm in process.norms
        for level in [ruling_level(norm)]
    )
