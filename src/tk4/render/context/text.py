"""Small text helpers of the view-model: HTML ids, one-line values, dates and SVG numbers."""

from __future__ import annotations

import datetime as dt
import re

from tk4.model.report import Deployment, Document
from tk4.render.formatting import dutch_date

_REFERENCE = re.compile(r"(\bart\.|§) (?=\d)")


def slug_of(text: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens: safe in ids and CSS class names."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def anchor_for(kind: str, key: str) -> str:
    """The HTML id of a place in the report, e.g. ``element-rb-a-1``, ``inzet-st-2024``."""
    return f"{kind}-{slug_of(key)}"


def one_line(text: str | None) -> str:
    """``text`` as one line (for short values shown inline)."""
    return " ".join((text or "").split())


def keep_together(text: str) -> str:
    """``text`` with a no-break space in "art. 14" and "§ 1.2", so a reference never wraps."""
    return _REFERENCE.sub("\\1\u00a0", text)


def optional_date(day: dt.date | None) -> str:
    """A date in Dutch, or "—" when there is none."""
    return dutch_date(day) if day is not None else "—"


def document_phrase(document: Document) -> str:
    """A document as running text names it: "document ‘Beleidsplan 2024’"."""
    return f"document ‘{one_line(document.title)}’"


def deployment_phrase(deployment: Deployment) -> str:
    """An inzet as running text names it: "inzet ‘Brand Haven’"."""
    return f"inzet ‘{one_line(deployment.name)}’"
