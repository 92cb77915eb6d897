"""Reflow (WCAG 2.1, 1.4.10): the HTML report at 320 and 480 CSS pixels, and long words.

At a narrow width the page may not scroll sideways and may not grow out of all proportion
(a table squeezed to one letter per line makes it tens of times longer); a very long word in
the region's text must break instead of pushing the page wider, also at full width.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from headless import Browser, Page
from test_accessibility import WCAG_TAGS, describe

from tk4.render import build_report

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "vr05-twente-2025.yaml"
VERDICT = REPO / "examples" / "vr05-twente-2025-inspectieoordeel.yaml"
WIDE = 1100
MAX_GROWTH = 4
"""How many times longer the page may be at 320 px than at 1100 px: text in a column of a
quarter of the width, with tables stacked, is about twice as long; squeezed tables are ~9x."""

LONG_WORD = "Risicobeheersingsketenafstemmingsoverleg" * 4 + "ENDE"
"""A single word of 164 characters, ending in a tail the tests look for."""


def measure(browser: Browser, html_file: Path, width: int) -> dict[str, Any]:
    """Open ``html_file`` at ``width`` CSS pixels: page width, viewport width, page height."""
    page = browser.new_page(width=width, height=900)
    try:
        page.goto(html_file.as_uri())
        script = (
            "JSON.stringify({scroll: document.documentElement.scrollWidth, "
            "inner: window.innerWidth, height: document.documentElement.scrollHeight, "
            "overflowing: [...document.querySelectorAll('main *, header *, footer *')]"
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
            ".slice(0, 5).map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 60))})"
        )
        result: dict[str, Any] = json.loads(page.evaluate(script))
        return result
    finally:
        browser.call("Target.closeTarget", targetId=page.target)


@pytest.fixture(scope="module")
def example_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example zelfevaluatie beside its inspectieoordeel, as an HTML file."""
    rendered = build_report(EXAMPLE, VERDICT, fmt="html")
    assert rendered.text is not None
    target = tmp_path_factory.mktemp("reflow") / "rapport.html"
    target.write_text(rendered.text, encoding="utf-8")
    return target


@pytest.mark.parametrize("width", [320, 480])
def test_report_reflows_without_sideways_scrolling(
    browser: Browser, example_html: Path, width: int
) -> None:
    narrow = measure(browser, example_html, width)
    assert narrow["scroll"] <= narrow["inner"], narrow["overflowing"]
    wide = measure(browser, example_html, WIDE)
    assert wide["scroll"] <= wide["inner"], wide["overflowing"]
    growth = narrow["height"] / wide["height"]
    assert growth < MAX_GROWTH, f"{narrow['height']} px bij {width}, {wide['height']} px breed"


def test_narrow_report_has_no_wcag_violations(browser: Browser, example_html: Path) -> None:
    page: Page = browser.new_page(width=320, height=900)
    try:
        page.goto(example_html.as_uri())
        violations = page.run_axe(WCAG_TAGS)["violations"]
    finally:
        browser.call("Target.closeTarget", targetId=page.target)
    assert not violations, describe(violations)


def test_a_long_word_breaks_instead_of_widening_the_page(browser: Browser, tmp_path: Path) -> None:
    source = tmp_path / "lang.yaml"
    source.write_text(
        'toetsingskader: "4.0"\nsoort: zelfevaluatie\nregio: VR05\njaar: 2025\n'
        "opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}\n"
        f"documenten:\n  - {{id: lang, soort: procedure, titel: {LONG_WORD}, "
        "vastgesteld: 2025-01-10}\n"
        "normen:\n  RB.A:\n    oordeel: op niveau\n"
        f"    toelichting: Het overleg heet {LONG_WORD} en werkt goed.\n"
        "    bewijs: [lang]\n",
        encoding="utf-8",
    )
    rendered = build_report(source, fmt="html")
    assert rendered.text is not None
    assert rendered.text.count(LONG_WORD) >= 2
    page_file = tmp_path / "rapport.html"
    page_file.write_text(rendered.text, encoding="utf-8")
    for width in (WIDE, 320):
        shown = measure(browser, page_file, width)
        assert shown["scroll"] <= shown["inner"], (width, shown["overflowing"])
