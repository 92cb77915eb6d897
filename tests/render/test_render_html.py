"""The HTML report: one self-contained, accessible file (structure, links, colours, print)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from html_tree import Node, parse
from render_helpers import (
    REPO,
    example_peildatum,
    example_reports,
    rendered,
    verdict_of,
)

from tk4.render import build_report
from tk4.render.context import ReportView
from tk4.render.escape import safe_href

CASES = [
    *((example, None) for example in example_reports()),
    *((example, verdict_of(example)) for example in example_reports() if verdict_of(example)),
]
IDS = [e.stem + ("+oordeel" if v else "") for e, v in CASES]


@pytest.fixture(scope="module", params=CASES, ids=IDS)
def report(request: pytest.FixtureRequest) -> tuple[Node, str, ReportView, set[str]]:
    """The parsed HTML report, its text, view and the evidence references that may be links."""
    example, verdict = request.param
    outcome = build_report(example, verdict, example_peildatum(example), None, "html")
    text, view = rendered(outcome)
    root, declarations = parse(text)
    assert declarations == ["DOCTYPE html"]
    references = set()
    for result in outcome.outcome.results:
        assert result.report is not None
        references |= {d.reference for d in result.report.documents if d.reference}
    allowed = {safe_href(reference) for reference in references} - {None}
    return root, text, view, {href for href in allowed if href}


def test_language_is_dutch_and_there_is_one_h1(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    root, _, view, _ = report
    (html,) = root.all("html")
    assert html.attrs["lang"] == "nl"
    (h1,) = root.all("h1")
    assert h1.text() == view.title_page.title
    (head,) = root.all("head")
    (title,) = head.all("title")
    assert title.text() == view.title_page.title


def test_headings_never_skip_a_level(report: tuple[Node, str, ReportView, set[str]]) -> None:
    root, _, _, _ = report
    levels = [int(node.tag[1]) for node in root.iter() if re.fullmatch(r"h[1-6]", node.tag)]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"kop h{after} na h{before}"


def test_landmarks_are_present_once(report: tuple[Node, str, ReportView, set[str]]) -> None:
    root, _, _, _ = report
    for tag in ("header", "nav", "main", "footer"):
        assert len(root.all(tag)) == 1, tag
    (nav,) = root.all("nav")
    assert nav.attrs.get("aria-labelledby") == "kop-inhoud"


def test_table_of_contents_links_to_every_main_section(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    root, _, view, _ = report
    (nav,) = root.all("nav")
    targets = [a.attrs["href"] for a in nav.all("a")]
    for entry in view.toc:
        assert f"#{entry.id}" in targets
        section = root.by_id(entry.id)
        assert section.tag == "section"
        assert section.parent is not None
        assert section.parent.tag == "main"


def test_every_table_has_a_caption_and_scoped_header_cells(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    root, _, _, _ = report
    tables = root.all("table")
    assert tables
    for table in tables:
        first = table.elements()[0]
        assert first.tag == "caption", "tabel zonder <caption> als eerste kind"
        assert first.text()
        for th in table.all("th"):
            assert th.attrs.get("scope") in ("row", "col"), th.text()


def test_no_scripts_no_external_resources(report: tuple[Node, str, ReportView, set[str]]) -> None:
    root, text, _, evidence = report
    assert not root.all("script")
    assert not root.all("link")
    assert not root.all("img")
    assert not root.all("iframe")
    for node in root.iter():
        assert "src" not in node.attrs, node.tag
        assert not [name for name in node.attrs if name.startswith("on")], node.tag
        href = node.attrs.get("href")
        if href is not None and re.match(r"https?:", href):
            assert href in evidence, href
        if href is not None:
            assert not re.match(r"\s*(javascript|data|vbscript):", href, re.IGNORECASE)
    style = "".join(str(child) for node in root.all("style") for child in node.children)
    assert "url(" not in style
    assert "@import" not in style
    assert not re.search(r"https?://", style)
    assert "<script" not in text.lower()


def test_internal_links_point_at_existing_ids_and_ids_are_unique(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    root, _, _, _ = report
    ids = [node.attrs["id"] for node in root.iter() if node.attrs.get("id")]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1][:5]
    for node in root.all("a"):
        href = node.attrs["href"] or ""
        if href.startswith("#"):
            assert href[1:] in ids, href
        assert node.text(), "link zonder tekst"


def test_every_badge_has_a_text_label(report: tuple[Node, str, ReportView, set[str]]) -> None:
    root, _, view, _ = report
    styled = {badge.css_class for badge in view.badges}
    badges = [node for node in root.iter() if "badge" in node.classes()]
    assert badges
    for badge in badges:
        assert badge.text(), "label zonder tekst"
        assert badge.classes() & styled


def test_svg_chart_has_a_text_alternative(report: tuple[Node, str, ReportView, set[str]]) -> None:
    root, _, view, _ = report
    (svg,) = root.all("svg")
    assert svg.attrs["role"] == "img"
    for label in (svg.attrs["aria-labelledby"] or "").split():
        assert root.by_id(label).text()
    assert [n.tag for n in svg.elements()[:2]] == ["title", "desc"]
    table = next(t for t in root.all("table") if "aspecten" in t.classes())
    names = [row.all("th")[0].text() for row in table.all("tr")[1:]]
    assert names == [aspect.name for aspect in view.conclusion.aspects]


def test_style_is_neutral_and_has_a_print_stylesheet(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    _, text, _, _ = report
    assert "font-family: Verdana, Arial, sans-serif;" in text
    print_rules = text[text.index("@media print") :]
    assert "target-counter(attr(href), page)" in print_rules
    assert re.search(r"#beoordeling[^{]*\{ break-before: page; \}", print_rules)
    assert "main > section { break-before: page" not in print_rules
    assert ":focus-visible" in text
    assert "rijkshuisstijl" not in text.lower()
    assert "rijksoverheid" not in text.lower().replace("huisstijl van de rijksoverheid", "")


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG 2.1 contrast ratio of two ``#rrggbb`` colours."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_helper_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_badge_colour_pair_has_enough_contrast(
    report: tuple[Node, str, ReportView, set[str]],
) -> None:
    _, _, view, _ = report
    for badge in view.badges:
        assert contrast(badge.colour, badge.text_colour) >= 4.5, badge


def test_every_text_colour_of_the_stylesheet_has_enough_contrast() -> None:
    css = (REPO / "templates" / "report.css").read_text(encoding="utf-8")
    foregrounds = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", css))
    backgrounds = set(re.findall(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", css))
    assert foregrounds >= {"#1a1a1a", "#154273", "#4d4d4d"}
    assert "#ffffff" in backgrounds
    for foreground in foregrounds:
        for background in backgrounds:
            assert contrast(foreground, background) >= 4.5, (foreground, background)


def test_report_file_needs_nothing_else(tmp_path: Path) -> None:
    example = example_reports()[0]
    text, _ = rendered(build_report(example, fmt="html"))
    (tmp_path / "rapport.html").write_text(text, encoding="utf-8")
    assert list(tmp_path.iterdir()) == [tmp_path / "rapport.html"]
    assert "<link" not in text
