"""The kerngegevens: the document register and the status of the legal cycles."""

from __future__ import annotations

import datetime as dt

from tk4.checks.cycles import CYCLES, LegalCycle
from tk4.render.context.badges import STATUS_BADGES
from tk4.render.context.labels import DOCUMENT_KIND_LABELS
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import anchor_for, keep_together, one_line, optional_date
from tk4.render.context.views.blocks import Link
from tk4.render.context.views.key_data import CycleRow, DocumentView, KeyData
from tk4.render.context.views.report import RuleSetting
from tk4.render.formatting import counted


def build_key_data(shared: Shared) -> KeyData:
    """The kerngegevens: the document register, the legal cycles and unplaced findings."""
    documents = tuple(
        DocumentView(
            id=document.id,
            anchor=anchor_for("document", document.id),
            kind=DOCUMENT_KIND_LABELS[document.kind],
            title=shared.link(shared.report, document),
            adopted=optional_date(document.adopted),
            adopted_by=one_line(document.adopted_by) if document.adopted_by else None,
            valid_until=optional_date(document.valid_until),
            findings=shared.findings_at("documenten", document.id),
        )
        for document in shared.report.documents
    )
    return KeyData(
        documents=documents,
        cycles=tuple(_cycle_row(shared, cycle) for cycle in CYCLES),
        other_findings=shared.findings_at("algemeen"),
    )


def _cycle_row(shared: Shared, cycle: LegalCycle) -> CycleRow:
    ran = shared.rules.get(cycle.rule)
    # The legal term and basis are the law's, so they are shown also when the rule was off.
    setting = ran or shared.switched_off.get(cycle.rule)
    findings = shared.findings_at("cyclus", cycle.rule)
    latest: Link | None = None
    latest_date: dt.date | None = None
    if cycle.document_kind is None:
        tests = [
            d
            for d in shared.report.deployments
            if d.kind == "systeemtest" and d.date <= shared.reference_date
        ]
        if tests:
            newest = max(tests, key=lambda d: d.date)
            latest, latest_date = Link(one_line(newest.name)), newest.date
    else:
        adopted = [
            (d, d.adopted)
            for d in shared.report.documents
            if d.kind == cycle.document_kind
            and d.adopted is not None
            and d.adopted <= shared.reference_date
        ]
        if adopted:
            document, latest_date = max(adopted, key=lambda item: item[1])
            latest = shared.link(shared.report, document)
    if ran is None:
        status = STATUS_BADGES["niet getoetst"]
    elif not findings:
        status = STATUS_BADGES["op orde"]
    elif latest is None:
        status = STATUS_BADGES["ontbreekt"]
    elif any(finding.message_id == cycle.rule for finding in findings):
        status = STATUS_BADGES["verlopen"]  # the base message of a cycle rule: too old
    else:
        status = STATUS_BADGES["niet op orde"]
    return CycleRow(
        key=cycle.key,
        label=cycle.label,
        noun=cycle.noun,
        rule=cycle.rule,
        basis=keep_together(setting.basis) if setting is not None else "—",
        term=_cycle_term(cycle, setting),
        latest=latest,
        latest_date=optional_date(latest_date),
        status=status,
        acknowledged=bool(findings) and all(f.acknowledged is not None for f in findings),
        findings=findings,
    )


def _cycle_term(cycle: LegalCycle, setting: RuleSetting | None) -> str:
    if setting is None:
        return "—"
    if cycle.document_kind is None:
        return "elk jaar"
    years = setting.options.get("max_jaren")
    if isinstance(years, int):
        return f"ten minste eens per {counted(years, 'jaar', 'jaar')}"
    months = setting.options.get("max_maanden")
    if isinstance(months, int):
        return f"vastgesteld in de laatste {counted(months, 'maand', 'maanden')}"
    return "—"
