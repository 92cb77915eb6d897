"""The view of leren en verbeteren: verbeterpunten, aanbevelingen and rode draden."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.blocks import Badge, FindingView, Link, Ref


@dataclass(frozen=True)
class ImprovementView:
    """A verbeterpunt, aanbeveling or good practice and its follow-up.

    ``particulars`` is owner and deadline as one phrase ("Directeur Veiligheidsregio, uiterlijk
    30 september 2026"), for a short list.
    """

    id: str
    anchor: str
    description: str
    particulars: str
    kind: str
    source: Ref | None
    norms: tuple[Ref, ...]
    theme: str | None
    owner: str
    deadline: str
    status: str
    completed: str | None
    open: bool
    overdue: bool
    overdue_badge: Badge | None
    evidence: tuple[Link, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Learning:
    """Leren en verbeteren: the region's register, the Inspectie's points and the rode draden.

    ``recommendations`` are the verbeterpunten of the inspectieoordeel (empty without one);
    ``recommendations_summary`` is None when there is no inspectieoordeel. ``improvements`` are
    the main file's own register: the region's, or the Inspectie's aanbevelingen when the report
    is an inspectieoordeel; ``*_caption`` and ``*_column`` name each table and its first column.
    """

    improvements: tuple[ImprovementView, ...]
    summary: str
    improvements_caption: str
    improvements_column: str
    recommendations: tuple[ImprovementView, ...]
    recommendations_summary: str | None
    recommendations_caption: str
    recommendations_column: str
    rode_draden: tuple[FindingView, ...]
    rode_draden_checked: bool
