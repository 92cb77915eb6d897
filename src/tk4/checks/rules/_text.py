"""Small text helpers shared by the rules: whitespace, Dutch numbers and short listings."""

from __future__ import annotations

from collections.abc import Sequence

from babel.numbers import format_decimal


def normalised(text: str | None) -> str:
    """``text`` with runs of whitespace collapsed to one space and the ends trimmed."""
    return " ".join((text or "").split())


def dutch_number(value: float) -> str:
    """A number as written in Dutch, e.g. "34,5"."""
    text: str = format_decimal(value, locale="nl")
    return text


def listing(items: Sequence[str], limit: int = 3) -> str:
    """Up to ``limit`` items in Dutch ("a, b en c"), the rest counted ("a, b, c en 4 andere")."""
    shown = list(items[:limit])
    rest = len(items) - len(shown)
    if rest:
        shown.append(f"{rest} andere")
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} en {shown[-1]}"


def counted(count: int, one: str, many: str) -> str:
    """A count with the right Dutch noun form, e.g. "1 bron", "3 bronnen"."""
    return f"{count} {one if count == 1 else many}"
