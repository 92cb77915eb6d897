"""Dutch wording for reports: :mod:`tk4.dutch` plus percentages and numbers in words.

Why: hand-made month lists and ``str(2.75)`` drift from the conventions readers expect
("1 maart 2018", "2,75", "64%"); Babel's CLDR data is the single source, independent of the
operating system's locale.
"""

from __future__ import annotations

from babel.numbers import format_percent

from tk4 import dutch
from tk4.dutch import counted, enumeration
from tk4.dutch import date as dutch_date
from tk4.dutch import number as dutch_number

LOCALE = dutch.LOCALE

__all__ = [
    "capitalised",
    "counted",
    "counted_words",
    "dutch_date",
    "dutch_number",
    "dutch_percent",
    "enumeration",
    "number_word",
]


def dutch_percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a Dutch whole percentage ("64%"); "0%" when ``whole`` is 0."""
    text: str = format_percent(part / whole if whole else 0, locale=LOCALE)
    return text


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
