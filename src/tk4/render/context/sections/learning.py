"""Leren en verbeteren: the registers of verbeterpunten and aanbevelingen, rode draden."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tk4.checks.improvements import is_open, is_overdue, last_known
from tk4.model.report import SelfReport
from tk4.render import prose
from tk4.render.context.badges import OVERDUE_BADGE
from tk4.render.context.labels import INSPECTION_REGISTER, RODE_DRAAD_RULE
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import (
    anchor_for,
    deployment_phrase,
    document_phrase,
    one_line,
    optional_date,
)
from tk4.render.context.views.blocks import Ref
from tk4.render.context.views.learning import ImprovementView, Learning
from tk4.render.formatting import dutch_date


def build_improvements(
    shared: Shared, report: SelfReport, anchor_kind: str, slot: str
) -> tuple[ImprovementView, ...]:
    """The register of ``report``; ``slot`` is where its findings were placed.

    Open and overdue are judged on :meth:`_register_day`; a description that opens with
    its own kind ("Aanbeveling: …") loses that word, which the table's column already says.
    """
    day = _register_day(shared, report)
    views = []
    for point in report.improvements:
        overdue = is_overdue(point, day)
        views.append(
            ImprovementView(
                id=point.id,
                anchor=anchor_for(anchor_kind, point.id),
                description=_without_kind(point.description, point.kind),
                particulars=", ".join(
                    part
                    for part in (
                        one_line(point.owner) if point.owner else "eigenaar niet genoemd",
                        f"uiterlijk {dutch_date(point.deadline)}" if point.deadline else "",
                    )
                    if part
                ),
                kind=point.kind,
                source=_source_ref(shared, report, point.source),
                norms=tuple(Ref(norm, anchor_for("norm", norm)) for norm in point.norms),
                theme=point.theme,
                owner=point.owner or "—",
                deadline=optional_date(point.deadline),
                status=point.status,
                completed=dutch_date(point.completed) if point.completed else None,
                open=is_open(point, day),
                overdue=overdue,
                overdue_badge=OVERDUE_BADGE if overdue else None,
                evidence=tuple(shared.evidence(report, point.evidence)),
                findings=shared.findings_at(slot, point.id),
            )
        )
    return tuple(views)


def _source_ref(shared: Shared, report: SelfReport, source: str | None) -> Ref | None:
    """Where a point comes from; a link when the report shows that inzet or document."""
    if source is None:
        return None
    deployments = {deployment.id: deployment for deployment in report.deployments}
    documents = {document.id: document for document in report.documents}
    if source in deployments:
        shown = source in shared.deployments
        return Ref(
            deployment_phrase(deployments[source]),
            anchor_for("inzet", source) if shown else None,
        )
    if source in documents:
        shown = source in shared.documents
        return Ref(
            document_phrase(documents[source]),
            anchor_for("document", source) if shown else None,
        )
    return None


def build_learning(
    shared: Shared,
    improvements: tuple[ImprovementView, ...],
    recommendations: tuple[ImprovementView, ...],
) -> Learning:
    """Leren en verbeteren from the registers already built, with the rode draden."""
    return Learning(
        improvements=improvements,
        summary=_register_summary(shared, improvements, shared.report, shared.register.subject),
        improvements_caption=shared.register.caption,
        improvements_column=shared.register.column,
        recommendations=recommendations,
        recommendations_summary=(
            _register_summary(shared, recommendations, shared.other, "Het inspectieoordeel")
            if shared.other is not None
            else None
        ),
        recommendations_caption=INSPECTION_REGISTER.caption,
        recommendations_column=INSPECTION_REGISTER.column,
        rode_draden=shared.findings_at("rode-draad"),
        rode_draden_checked=RODE_DRAAD_RULE in shared.rules,
    )


def _register_day(shared: Shared, report: SelfReport) -> dt.date:
    """The day on which a register's points are open or overdue.

    The peildatum, except for an inspectieoordeel drawn up after it: its recommendations
    did not exist on the peildatum, so they are judged on the day it was drawn up. A
    zelfevaluatie drawn up before the peildatum tells how its points stood on that earlier
    day, not later (:func:`tk4.checks.improvements.last_known`, as the rules do).
    """
    if report.kind == "inspectieoordeel" and report.drafted.date > shared.reference_date:
        return report.drafted.date
    return last_known(shared.reference_date, report.drafted.date)


def _register_summary(
    shared: Shared, points: Sequence[ImprovementView], report: SelfReport, subject: str
) -> str:
    day = _register_day(shared, report)
    if day == shared.reference_date:
        when = f"Op de peildatum ({dutch_date(day)})"
    elif report.kind == "inspectieoordeel":
        when = f"Op {dutch_date(day)}, de datum van het inspectieoordeel,"
    else:
        when = f"Op {dutch_date(day)}, de datum van opstellen,"
    return prose.register_sentence(
        subject,
        len(points),
        sum(1 for point in points if point.open),
        sum(1 for point in points if point.overdue),
        when,
    )


def _without_kind(description: str, kind: str) -> str:
    """``description`` without a leading "Aanbeveling:" when the point is an aanbeveling."""
    prefix = re.match(rf"\s*{re.escape(kind)}\s*:\s*", description, re.IGNORECASE)
    if prefix is None or prefix.end() == len(description):
        return description
    rest = description[prefix.end() :]
    return rest[:1].upper() + rest[1:]
