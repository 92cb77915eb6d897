"""Documents as links that work from the folder the rendered report is read in."""

from __future__ import annotations

import posixpath
from urllib.parse import quote, urlsplit, urlunsplit

from tk4.model.report import Document
from tk4.render.context.text import one_line
from tk4.render.context.views.blocks import Link
from tk4.render.escape import safe_href, shown_reference

_FOLDER_SAFE = "/-._~"
"""Characters of a folder prefix kept as they are in a link; the rest is percent-encoded."""


def document_link(document: Document, folder: str) -> Link:
    """A document's title as a link to its reference; a relative one is put under ``folder``."""
    href = safe_href(document.reference)
    unsafe = (
        shown_reference(document.reference)
        if document.reference is not None and href is None
        else None
    )
    if href is not None and folder:
        href = _under(quote(folder, safe=_FOLDER_SAFE), href)
    return Link(text=one_line(document.title), href=href, unsafe_reference=unsafe)


def _under(folder: str, href: str) -> str:
    """A relative ``href`` as seen from one folder further (``folder``); others unchanged."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return href
    path = posixpath.normpath(posixpath.join(folder, parts.path))
    return urlunsplit(("", "", path, parts.query, parts.fragment))
