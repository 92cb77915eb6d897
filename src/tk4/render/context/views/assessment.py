"""The view of the judgements per process, norm and element."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.appendices import SubPointView
from tk4.render.context.views.blocks import Badge, FindingView, Heading, Level, Link


@dataclass(frozen=True)
class SubPointJudgementView:
    """A judgement or note on one sub-point of an element (e.g. UV.A.1.d)."""

    id: str
    text: str
    level: Level | None
    explanation: str | None


@dataclass(frozen=True)
class AssessmentView:
    """One report's judgement of a norm or element.

    ``derived`` marks a norm without a judgement of its own whose ``level`` follows from its
    elements, all judged alike ("afgeleid uit de elementen"). ``subpoints`` are the judgements
    or notes per sub-point of an element.
    """

    level: Level
    explanation: str | None
    evidence: tuple[Link, ...]
    reconfirm: bool
    present: bool
    derived: bool = False
    subpoints: tuple[SubPointJudgementView, ...] = ()


@dataclass(frozen=True)
class Difference:
    """How the inspectieoordeel differs from the zelfbeeld for one norm or element.

    Only two assessed judgements can differ; when one side gave none, that is not a
    difference (see ``one_sided`` of :class:`NormView` and :class:`ElementView`).
    ``direction`` is "hoger" or "lager"; ``label`` the whole phrase ("inspectie oordeelt
    lager"); ``badge`` the visible "verschil" mark.
    """

    label: str
    direction: str
    badge: Badge


@dataclass(frozen=True)
class ElementView:
    """An element of a norm: its text, judgement(s) and the findings about it.

    ``agree`` is true beside an inspectieoordeel with the same judgement (one cell spans
    both columns). ``detailed`` says whether the element gets a block with explanation,
    evidence or findings below the norm's table; ``anchor`` is that block's id, or the
    table row's id when there is no block, so a link always lands on the element. In the
    table, ``row_id`` is the row's id (None when the block has it) and ``link`` the
    target of the element's id (None when there is no block). ``one_sided`` says, beside an
    inspectieoordeel, who alone gave a judgement ("alleen beoordeeld door de Inspectie"), a
    neutral note rather than a difference. ``subpoints`` are the element's sub-points when its
    text announces them (ends in a colon), so the table shows what the element asks.
    """

    id: str
    anchor: str
    row_id: str | None
    link: str | None
    appendix_anchor: str
    text: str
    subpoints: tuple[SubPointView, ...]
    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    detailed: bool
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class NormView:
    """A norm: its text, legal basis, judgement(s), elements and findings.

    ``detailed`` says whether the norm as a whole has an explanation, evidence or findings
    to show below its table (with id ``detail_anchor``); ``link`` is then that id, the
    target of the row ``row_label`` ("Norm RB.A als geheel"; ``row_id`` is always None: the
    article has the norm's id). ``one_sided`` as for :class:`ElementView`.
    """

    id: str
    anchor: str
    row_id: str | None
    link: str | None
    row_label: str
    detail_anchor: str
    statement: str
    detail: str | None
    legal_basis: str
    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    detailed: bool
    elements: tuple[ElementView, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ProcessView:
    """A process with its norms, under its numbered heading."""

    id: str
    anchor: str
    heading: Heading
    title: str
    statement: str
    norms: tuple[NormView, ...]
