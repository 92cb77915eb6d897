"""Dutch wording of plain values: dates, numbers, counted nouns, enumerations and ages.

Why: findings and reports keep values as data (dates, ints, lists) and turn them into Dutch
only when they are shown; one module, on Babel's CLDR data, means "12 maart 2019", "2,75" and
"a, b en c" are written the same way in every message and report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

LOCALE = "nl"
DATE_PATTERN = "d MMMM y"
NUMBER_PATTERN = "#,##0.##"


@dataclass(frozen=True)
class Age:
    """A calendar age (whole years, months and days), as computed by the rules' date logic."""

    years: int
    months: int
    days: int


def date(day: dt.date) -> str:
    """A date as written in Dutch running text: "12 maart 2019"."""
    from babel.dates import format_date  # lazily: Babel's import costs CLI start-up time

    text: str = format_date(day, DATE_PATTERN, locale=LOCALE)
    return text


def number(value: float) -> str:
    """A number in Dutch notation: "2,75", "34.820.423", "32" (no trailing ",0")."""
    from babel.numbers import format_decimal

    text: str = format_decimal(value, format=NUMBER_PATTERN, locale=LOCALE)
    return text


def counted(count: int, singular: str, plural: str) -> str:
    """``count`` with its noun in the right number: "1 bron", "5 bronnen", "0 bronnen"."""
    return f"{count} {singular if count == 1 else plural}"


def enumeration(items: Sequence[str], limit: int | None = None, separator: str = ", ") -> str:
    """Dutch enumeration: "a", "a en b", "a, b en c"; past ``limit`` the rest is counted.

    With ``limit=3``: "a, b, c en 4 andere"; ``separator="; "`` for items that hold commas.
    """
    shown = list(items if limit is None else items[:limit])
    rest = len(items) - len(shown)
    if rest:
        shown.append(f"{rest} andere")
    if len(shown) <= 1:
        return "".join(shown)
    return f"{separator.join(shown[:-1])} en {shown[-1]}"


def alternatives(items: Sequence[str]) -> str:
    """Quoted options joined with "of": "'a'", "'a' of 'b'"."""
    return " of ".join(f"'{item}'" for item in items)


def age(value: Age) -> str:
    """An age in Dutch: "4 jaar, 2 maanden en 1 dag"; "0 dagen" when it is nothing."""
    parts = [
        counted(count, one, many)
        for count, one, many in (
            (value.years, "jaar", "jaar"),
            (value.months, "maand", "maanden"),
            (value.days, "dag", "dagen"),
        )
        if count
    ]
    return enumeration(parts) if parts else "0 dagen"
