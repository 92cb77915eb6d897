"""What "open" and "overdue" mean for a verbeterpunt: one definition for the rules and reports.

Why public: the learning rules (TK701–TK704) and the report's register of verbeterpunten must
call the same point open or overdue on the same peildatum; both import it from here.

A point is judged *as it stood on the peildatum*: one finished (``afgerond``) after that date
still needed work on it. A good practice never needs work.
"""

from __future__ import annotations

import datetime as dt

from tk4.messages import Phrase
from tk4.model.report import ImprovementPoint, ImprovementStatus

OPEN_STATUSES: frozenset[ImprovementStatus] = frozenset({"open", "in uitvoering"})
"""Statuses of a point that still needs work (not 'afgerond' or 'vervallen')."""


def is_open(point: ImprovementPoint, reference_date: dt.date) -> bool:
    """Whether the point (an aanbeveling or verbeterpunt) still needed work on ``reference_date``.

    Open or in uitvoering, or afgerond only after ``reference_date``. An afgerond point
    without ``afgerond_op`` counts as finished (TK705 reports the missing date).
    """
    if point.kind == "good practice":
        return False
    if point.status == "afgerond":
        return point.completed is not None and point.completed > reference_date
    return point.status in OPEN_STATUSES


def is_overdue(point: ImprovementPoint, reference_date: dt.date) -> bool:
    """Whether the point was open on ``reference_date`` while its termijn lay before it."""
    return (
        is_open(point, reference_date)
        and point.deadline is not None
        and point.deadline < reference_date
    )


def last_known(reference_date: dt.date, drafted: dt.date) -> dt.date:
    """The last day the file can tell about: the peildatum, or the drafting date if earlier.

    Why: a verbeterpunt's status is what stood when the report was drawn up; whether it was
    still open (or overdue) on a later peildatum, the file cannot say.
    """
    return min(reference_date, drafted)


def standing(
    point: ImprovementPoint, reference_date: dt.date, drafted: dt.date | None = None
) -> Phrase:
    """How an open point stood on ``reference_date``, as a phrase for messages.

    "staat op de peildatum (31 december 2025) nog op 'open'", or for a point finished later
    "was op de peildatum (…) nog niet afgerond (afgerond op 3 februari 2026)". With a
    peildatum after ``drafted`` (the report's ``opgesteld.datum``) the file only tells how
    the point stood when it was drawn up: "stond bij het opstellen (…) nog op 'open'".
    """
    if point.status == "afgerond" and point.completed is not None:
        args = {"peildatum": reference_date, "afgerond_op": point.completed}
        return Phrase("stand.later_afgerond", args)
    if drafted is not None and reference_date > drafted:
        return Phrase("stand.open_bij_opstellen", {"opgesteld": drafted, "status": point.status})
    return Phrase("stand.open", {"peildatum": reference_date, "status": point.status})
