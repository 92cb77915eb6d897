"""Escaping of user text: Markdown stays literal text, only safe references become links."""

from __future__ import annotations

import string
import unicodedata
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markupsafe import Markup

from tk4.render.escape import html_paragraphs, md_block, md_inline, md_url, safe_href

MARKDOWN = MarkdownIt("commonmark").enable("table").enable("strikethrough")


class _Text(HTMLParser):
    """Text content and tag names of rendered Markdown."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text += data


def _parsed(markdown: str) -> _Text:
    parser = _Text()
    parser.feed(MARKDOWN.render(markdown))
    return parser


def _literal(text: str) -> str:
    """What the reader should see: the text on one line, control characters dropped."""
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(kept.split())


TEXT = st.text(alphabet=string.printable + "éëï€·–", max_size=60)


@given(TEXT)
def test_md_inline_reads_back_as_the_same_text_in_a_paragraph(text: str) -> None:
    parsed = _parsed(str(md_inline(text)))
    assert parsed.text.strip() == _literal(text)
    assert set(parsed.tags) <= {"p"}


@given(TEXT)
def test_md_inline_reads_back_as_the_same_text_in_a_table_cell(text: str) -> None:
    parsed = _parsed(f"| kop |\n| --- |\n| {md_inline(text)} |\n")
    assert parsed.text.replace("kop", "", 1).strip() == _literal(text)
    assert set(parsed.tags) <= {"table", "thead", "tr", "th", "tbody", "td"}


@given(TEXT)
def test_md_inline_reads_back_as_the_same_text_in_a_list_item(text: str) -> None:
    parsed = _parsed(f"- {md_inline(text)}\n")
    assert parsed.text.strip() == _literal(text)
    assert set(parsed.tags) <= {"ul", "li"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gewone tekst, met komma.", "gewone tekst, met komma."),
        ("*vet* en _schuin_", r"\*vet\* en \_schuin\_"),
        ("publisher_current blijft leesbaar", "publisher_current blijft leesbaar"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("a | b", r"a \| b"),
        ("[link](javascript:x)", r"\[link\](javascript:x)"),
        ("# geen kop", r"\# geen kop"),
        ("- geen lijst", r"\- geen lijst"),
        ("1. geen lijst", r"1\. geen lijst"),
        ("4.2 A blijft staan", "4.2 A blijft staan"),
        ("&amp; blijft &amp;", r"\&amp; blijft \&amp;"),
        ("R&D", "R&D"),
        ("regel\nvolgende  regel ", "regel volgende regel"),
        ("`code`", r"\`code\`"),
    ],
)
def test_md_inline_escapes_exactly_what_markdown_would_read(text: str, expected: str) -> None:
    assert md_inline(text) == expected


def test_md_inline_does_not_escape_twice() -> None:
    once = md_inline("*x*")
    assert md_inline(once) == once
    assert isinstance(once, Markup)


def test_md_block_keeps_paragraphs_and_escapes_each() -> None:
    text = "Eerste *alinea*\nloopt door.\n\n  # Tweede alinea"
    assert md_block(text) == "Eerste \\*alinea\\* loopt door.\n\n\\# Tweede alinea"


def test_html_paragraphs_escape_and_split_on_blank_lines() -> None:
    text = "Een <b>vet</b> & woord\nop twee regels.\n\nTweede."
    assert html_paragraphs(text) == (
        "<p>Een &lt;b&gt;vet&lt;/b&gt; &amp; woord op twee regels.</p>\n<p>Tweede.</p>"
    )


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("https://www.example.org/plan.pdf", "https://www.example.org/plan.pdf"),
        ("http://example.org/a?b=1&c=2#d", "http://example.org/a?b=1&c=2#d"),
        ("bijlagen/beleidsplan 2024 (def).pdf", "bijlagen/beleidsplan%202024%20%28def%29.pdf"),
        ("../dossier/verslag.pdf", "../dossier/verslag.pdf"),
        ("/intranet/plan.pdf", "/intranet/plan.pdf"),
        ('plan"onclick=x.pdf', "plan%22onclick=x.pdf"),
    ],
)
def test_safe_href_keeps_http_and_relative_references(reference: str, expected: str) -> None:
    assert safe_href(reference) == expected


@pytest.mark.parametrize(
    "reference",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "mailto:iemand@example.org",
        "ftp://example.org/plan.pdf",
        "file:///etc/passwd",
        "//evil.example/plan.pdf",
        "\\\\server\\share\\plan.pdf",
        "https:plan.pdf",
        "c:/plan.pdf",
        "",
        None,
    ],
)
def test_safe_href_refuses_every_other_reference(reference: str | None) -> None:
    assert safe_href(reference) is None


def test_md_url_keeps_entities_literal() -> None:
    assert md_url("a?x=1&amp;y=2") == "a?x=1\\&amp;y=2"
    rendered = MARKDOWN.render(f"[t]({md_url('a?x=1&amp;y=2')})")
    assert 'href="a?x=1&amp;amp;y=2"' in rendered
