"""Calendar arithmetic shared by the rules (the Dutch wording is in :mod:`tk4.dutch`).

Why: ages and deadlines ("ten minste eenmaal in de vier jaar") are counted in calendar months,
not in days, so a plan adopted on 31 december 2021 is exactly four years old on 31 december
2025 — still in time — and one adopted a day earlier is not.
"""

from __future__ import annotations

import calendar
import datetime as dt

from tk4.dutch import Age


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the end of a shorter month."""
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    if year > dt.MAXYEAR:  # a far-off limit: "never" rather than an overflow
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    month = month_index + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def is_older_than(adopted: dt.date, months: int, reference_date: dt.date) -> bool:
    """Whether ``reference_date`` lies more than ``months`` calendar months after ``adopted``."""
    return reference_date > add_months(adopted, months)


def age_between(start: dt.date, end: dt.date) -> Age:
    """The calendar age from ``start`` to ``end`` in whole years, months and days."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    days = (end - add_months(start, months)).days
    years, months = divmod(months, 12)
    return Age(years, months, days)
