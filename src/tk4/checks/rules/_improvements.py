"""What "open" and "overdue" mean for a verbeterpunt, shared by the learning rules."""

from __future__ import annotations

import datetime as dt

from tk4.model.report import ImprovementPoint, ImprovementStatus

OPEN_STATUSES: frozenset[ImprovementStatus] = frozenset({"open", "in uitvoering"})
"""Statuses of a point that still needs work (not 'afgerond' or 'vervallen')."""


def is_open(point: ImprovementPoint) -> bool:
    """Whether the point still needs work."""
    return point.status in OPEN_STATUSES


def is_overdue(point: ImprovementPoint, reference_date: dt.date) -> bool:
    """Whether the point still needs work while its termijn lies before ``reference_date``."""
    return is_open(point) and point.deadline is not None and point.deadline < reference_date
