"""Making user text harmless: Markdown escaping, HTML paragraphs and safe link targets.

Why: a self-report is written by people, not by tk4, so its text may hold ``<script>``,
Markdown syntax or a ``javascript:`` link. HTML output relies on Jinja's autoescape; Markdown
has no such thing, so every user string goes through :func:`md_inline` or :func:`md_block`
(the template filters ``md`` and ``md_block``), and only ``http(s)`` and relative references
ever become link targets (:func:`safe_href`).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

# Characters that are Markdown syntax anywhere in a line (CommonMark + GFM tables,
# strikethrough, the ``$`` of GitHub's math, a heading's closing ``#``), escaped with a backslash.
_MD_ANYWHERE = re.compile(r"([\\`*\[\]<>|~$#])")
# An underscore only emphasises at a word boundary; inside a word (``publisher_current``)
# CommonMark leaves it alone, so it is escaped only where it could open or close emphasis.
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# HTML entity references would be decoded by a Markdown renderer: ``&amp;`` → ``&``.
_MD_ENTITY = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
# What opens a block at the start of a line (``#`` and ``>`` are escaped everywhere): a bullet
# (``-``/``+`` and a space), a thematic break (``--``) or an ordered-list marker (``1.`` and a
# space).
_MD_LINE_START = re.compile(r"^([-+](?=\s|-|$))")
_MD_ORDERED_START = re.compile(r"^([0-9]+)([.)])(?=\s|$)")
_WHITESPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
# Characters kept as they are in a link target; everything else is percent-encoded.
# Parentheses and quotes are encoded too, so a target never ends a Markdown link early.
_URL_SAFE = "/:?#@!$&*+,;=%~-._"
_MAX_SHOWN_REFERENCE = 80


def _one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks too) made one space, trimmed."""
    return _WHITESPACE.sub(" ", _printable(text)).strip()


def _printable(text: str) -> str:
    """``text`` without control characters other than line breaks and tabs."""
    return "".join(
        char for char in text if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf")
    )


def md_inline(value: object) -> Markup:
    """One line of Markdown that shows ``value`` literally, also inside a GFM table cell.

    Line breaks become spaces; syntax characters get a backslash, and so does a list marker
    at the start (the text may open a list item or a paragraph). Returns :class:`Markup`, so
    escaping twice (``x|md|md``) is harmless.
    """
    if isinstance(value, Markup):
        return value
    text = _one_line(str(value))
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    text = _MD_LINE_START.sub(r"\\\1", text)
    text = _MD_ORDERED_START.sub(r"\1\\\2", text)
    return Markup(text)


def md_block(value: object) -> Markup:
    """Markdown paragraphs showing ``value`` literally; blank lines in the text separate them."""
    if isinstance(value, Markup):
        return value
    paragraphs = [md_inline(part) for part in _PARAGRAPH_BREAK.split(str(value))]
    return Markup("\n\n".join(part for part in paragraphs if part))


def md_url(href: str) -> Markup:
    """A :func:`safe_href` result as a Markdown link destination (entities kept literal)."""
    return Markup(_MD_ENTITY.sub(r"\\&", href))


def html_paragraphs(value: object) -> Markup:
    """``value`` as escaped HTML ``<p>`` paragraphs; blank lines in the text separate them."""
    parts = [_one_line(part) for part in _PARAGRAPH_BREAK.split(str(value))]
    return Markup("\n").join(Markup("<p>{}</p>").format(escape(part)) for part in parts if part)


def safe_href(reference: str | None) -> str | None:
    """A link target for ``reference`` when it is ``http(s)`` or relative, else ``None``.

    Why: ``javascript:``, ``data:``, ``vbscript:`` and any other scheme must never become a
    link, and neither may a protocol-relative ``//host`` or anything with control characters
    or backslashes (browsers repair those into schemes). The result is percent-encoded, so it
    is safe in an HTML attribute (after autoescaping) and as a Markdown link destination.
    """
    if reference is None:
        return None
    text = reference.strip()
    if not text or "\\" in text or any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme:
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
    elif text.startswith("//") or ":" in text.split("/", 1)[0]:
        return None
    return quote(text, safe=_URL_SAFE)


def shown_reference(reference: str) -> str:
    """A reference that is not linked, shortened for display as plain text."""
    text = _one_line(reference)
    if len(text) > _MAX_SHOWN_REFERENCE:
        return text[: _MAX_SHOWN_REFERENCE - 1] + "…"
    return text
