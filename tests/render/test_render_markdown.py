"""The Markdown report: CommonMark + GFM tables that read well on GitHub/GitLab and in a diff."""

from __future__ import annotations

import re
from typing import Any

import pytest
from markdown_it import MarkdownIt
from render_helpers import example_peildatum, example_reports, rendered, verdict_of

from tk4.render import build_report

MARKDOWN = MarkdownIt("commonmark").enable("table").enable("strikethrough")
CASES = [
    *((example, None) for example in example_reports()),
    *((example, verdict_of(example)) for example in example_reports() if verdict_of(example)),
]
IDS = [e.stem + ("+oordeel" if v else "") for e, v in CASES]


@pytest.fixture(scope="module", params=CASES, ids=IDS)
def markdown(request: pytest.FixtureRequest) -> str:
    """The Markdown report of one example."""
    example, verdict = request.param
    return rendered(build_report(example, verdict, example_peildatum(example), None, "md"))[0]


def _tokens(text: str) -> list[Any]:
    flat = []
    for token in MARKDOWN.parse(text):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def _github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading (lowercase, punctuation dropped, spaces to hyphens)."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_layout_is_diff_friendly(markdown: str) -> None:
    assert markdown.endswith("\n")
    assert not markdown.endswith("\n\n")
    assert "\n\n\n" not in markdown
    assert not [line for line in markdown.splitlines() if line != line.rstrip()]
    assert "\t" not in markdown
    assert "\r" not in markdown


def test_there_is_no_raw_html(markdown: str) -> None:
    assert not [t.content for t in _tokens(markdown) if t.type in ("html_inline", "html_block")]


def test_tables_are_gfm_tables_with_equal_columns(markdown: str) -> None:
    blocks = re.findall(r"(?:^\|.*\|\n)+", markdown, re.MULTILINE)
    assert blocks
    for block in blocks:
        rows = block.splitlines()
        assert re.fullmatch(r"\|( :?-{3}:? \|)+", rows[1]), rows[1]
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, rows[:3]
    parsed_tables = [t for t in MARKDOWN.parse(markdown) if t.type == "table_open"]
    assert len(parsed_tables) == len(blocks)


def test_one_title_and_a_table_of_contents_that_resolves(markdown: str) -> None:
    headings = re.findall(r"^(#{1,6}) (.+)$", markdown, re.MULTILINE)
    assert [level for level, _ in headings].count("#") == 1
    slugs = {_github_slug(text) for _, text in headings}
    toc = markdown[markdown.index("## Inhoud") :].split("\n## ", 2)[0]
    targets = re.findall(r"\]\(#([^)]+)\)", toc)
    assert {"1-inleiding", "3-beoordeling-per-proces-norm-en-element"} <= set(targets)
    assert any(target.startswith("samenvatting") for target in targets)
    assert "31-rb-risicobeheersing" in targets
    assert set(targets) <= slugs


def test_links_are_only_http_or_relative(markdown: str) -> None:
    for token in _tokens(markdown):
        if token.type == "link_open":
            href = str(token.attrs["href"])
            assert re.match(r"(https?://|#|[\w./-])", href), href
            assert not re.match(r"(javascript|data|vbscript):", href, re.IGNORECASE)
