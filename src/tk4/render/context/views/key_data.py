"""The view of the kerngegevens: document register and legal cycles."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.blocks import Badge, FindingView, Link


@dataclass(frozen=True)
class DocumentView:
    """A row of the document register."""

    id: str
    anchor: str
    kind: str
    title: Link
    adopted: str
    adopted_by: str | None
    valid_until: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class CycleRow:
    """A legal cycle (beleidsplan, crisisplan, ..., systeemtest) and its status.

    ``noun`` names it in running text, with its article ("de kostenevaluatie"); ``basis`` and
    ``term`` are the law's, shown also when its rule did not run. ``acknowledged`` is true
    when the region knowingly accepted every finding of the cycle (``uitzonderingen``); the
    status still says what is wrong.
    """

    key: str
    label: str
    noun: str
    rule: str
    basis: str
    term: str
    latest: Link | None
    latest_date: str
    status: Badge
    acknowledged: bool
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class KeyData:
    """The kerngegevens: document register, cycle status and findings without a place."""

    documents: tuple[DocumentView, ...]
    cycles: tuple[CycleRow, ...]
    other_findings: tuple[FindingView, ...]
