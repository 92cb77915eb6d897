"""Small text helpers shared by the rules."""

from __future__ import annotations


def normalised(text: str | None) -> str:
    """``text`` with runs of whitespace collapsed to one space and the ends trimmed."""
    return " ".join((text or "").split())
