"""Dutch dates, numbers and counted nouns for reports, from CLDR through Babel.

Why: hand-made month lists and ``str(2.75)`` drift from the conventions readers expect
("1 maart 2018", "2,75", "64%"); Babel's CLDR data is the single source, independent of the
operating system's locale.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALE = "nl"
DATE_PATTERN = "d MMMM y"


def dutch_date(day: dt.date) -> str:
    """A date as written in Dutch running text: "1 maart 2018"."""
    text: str = format_date(day, DATE_PATTERN, locale=LOCALE)
    return text


def dutch_number(value: float) -> str:
    """A number in Dutch notation: "2,75", "34.820.423", "32" (no trailing ",0")."""
    text: str = format_decimal(value, format="#,##0.##", locale=LOCALE)
    return text


def dutch_percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a Dutch whole percentage ("64%"); "0%" when ``whole`` is 0."""
    text: str = format_percent(part / whole if whole else 0, locale=LOCALE)
    return text


def counted(count: int, singular: str, plural: str) -> str:
    """``count`` with its noun in the right number: "1 norm", "3 normen", "0 normen"."""
    return f"{count} {singular if count == 1 else plural}"


def enumeration(items: list[str]) -> str:
    """Dutch enumeration: "a", "a en b", "a, b en c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


_NUMBER_WORDS = (
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
)


def number_word(count: int) -> str:
    """A count as Dutch running text writes it: in words up to twenty ("één", "elf"), else "41".

    Why: generated prose should read like a report written by hand, and Dutch style guides
    write small numbers in letters; "één" keeps its accents so it is not read as "een".
    """
    return _NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else dutch_number(count)


def counted_words(count: int, singular: str, plural: str) -> str:
    """Like :func:`counted`, with the number in words: "één norm", "elf normen", "41 elementen"."""
    return f"{number_word(count)} {singular if count == 1 else plural}"


def capitalised(text: str) -> str:
    """``text`` with its first letter upper case ("één norm" → "Eén norm", as Dutch writes it)."""
    if text.startswith("één"):
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]
