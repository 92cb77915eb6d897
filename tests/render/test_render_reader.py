"""What a board member, inspector or screen-reader user meets in the report.

Findings in words instead of YAML keys, the legal gaps first, a conclusion per process, the
sub-points of an element, sentences instead of empty tables, a concept mark, the errata and
colophon for a reader, headings without noise and links that work from the output folder.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from html_tree import Node, parse
from render_helpers import BASE, EXAMPLES, REPO, Render, WriteReport, rendered

from tk4.render import build_report
from tk4.render.context import ReportView
from tk4.render.context.badges import STATUS_BADGES
from tk4.render.context.views.assessment import ElementView

SELF = EXAMPLES / "vr05-twente-2025.yaml"
VERDICT = EXAMPLES / "vr05-twente-2025-inspectieoordeel.yaml"
LIMBURG = EXAMPLES / "vr24-zuid-limburg-2025.yaml"

GAPS_2025 = """\
documenten:
  - {id: kev-2021, soort: kostenevaluatie, titel: Kostenevaluatie 2021, vastgesteld: 2021-06-01}
inzetten:
  - id: brand-2025
    soort: incident
    naam: Brand in de haven
    datum: 2025-04-02
    grip: 2
    opkomst_minuten: {rot: 52}
"""


def _base_2025() -> str:
    return BASE.replace("jaar: 2024", "jaar: 2025").replace("2025-02-01", "2026-02-01")


def _elements(view: ReportView) -> dict[str, ElementView]:
    return {e.id: e for p in view.processes for n in p.norms for e in n.elements}


def _html(text: str) -> Node:
    return parse(text)[0]


# --- the summary -----------------------------------------------------------------------------


def test_the_summary_states_the_legal_gaps_first(render: Render, write_report: WriteReport) -> None:
    path = write_report(GAPS_2025, base=_base_2025())
    _, view = render(path, peildatum=dt.date(2025, 12, 31))
    legal = view.summary.paragraphs[0]
    assert legal.startswith("Wettelijk is niet alles op orde: ")
    assert "er is over 2025 geen systeemtest vastgelegd (Bvr art.\u00a02.5.1: elk jaar)" in legal
    assert (
        "de kostenevaluatie is verlopen, laatst vastgesteld op 1 juni 2021 (Wvr art.\u00a056: "
        "ten minste eens per 3 jaar)" in legal
    )


def test_with_an_oordeel_the_summary_gives_the_recommendations_in_full(render: Render) -> None:
    text, view = render(SELF, "html", oordeel=VERDICT)
    assert view.sections["samenvatting"].title == "Samenvatting, conclusies en aanbevelingen"
    assert len(view.summary.recommendations) == 4
    section = _html(text).by_id("aanbevelingen-inspectie").text()
    for point in view.summary.recommendations:
        assert " ".join(point.description.split()) in section
    assert "Directeur Veiligheidsregio, uiterlijk 30 september 2026" in section
    summary = _html(text).by_id("samenvatting").text()
    assert summary.index("Oordelen in cijfers") < summary.index("Aanbevelingen van de Inspectie")


# --- findings in words -----------------------------------------------------------------------

YAML_WORDS = re.compile(
    r"'(documenten|inzetten|verbeterpunten)'|\bin '|afgerond_op|te_herbevestigen"
)


@pytest.mark.parametrize("example", [SELF, LIMBURG, EXAMPLES / "vr05-twente-2024.yaml"])
def test_findings_name_documents_and_inzetten_not_yaml_keys(render: Render, example: Path) -> None:
    _, view = render(example, peildatum=dt.date(int(example.stem[-4:]), 12, 31))
    ids = {d.id for r in [view] for d in view.key_data.documents} | {
        d.id for d in view.operations.deployments
    }
    for finding in view.appendices.findings:
        assert not YAML_WORDS.search(finding.message), finding.message
        for identifier in ids:
            assert f"'{identifier}'" not in finding.message, (identifier, finding.message)


def test_a_finding_is_worded_with_titles_names_and_its_variant(
    render: Render, write_report: WriteReport
) -> None:
    path = write_report(GAPS_2025, base=_base_2025())
    _, view = render(path, peildatum=dt.date(2025, 12, 31))
    by_code = {f.code: f for f in view.appendices.findings}
    assert by_code["TK505"].rule == "Kostenevaluatie verouderd"
    assert by_code["TK505"].message.startswith(
        "‘Kostenevaluatie 2021’ is vastgesteld op 1 juni 2021"
    )
    assert by_code["TK501"].rule == "Beleidsplan ontbreekt"
    assert by_code["TK501"].message.startswith("er is geen beleidsplan (Wvr art. 14")
    assert by_code["TK601"].message == (
        "Leiders ROT beginnen met hun taken bij ‘Brand in de haven’: na 52 minuten, later dan de "
        "45 minuten van Bvr art. 2.3.1"
    )
    assert by_code["TK507"].message.startswith("er is geen systeemtest uit 2025 vastgelegd")


def test_a_list_does_not_name_the_place_a_message_already_names(
    render: Render, write_report: WriteReport
) -> None:
    path = write_report("normen:\n  RB.A:\n    oordeel: op niveau\n")
    text, view = render(path)
    unjudged = next(f for f in view.appendices.findings if f.code == "TK301")
    assert unjudged.message == "er is nog geen oordeel gegeven"
    explained = next(f for f in view.appendices.findings if f.code == "TK302")
    assert explained.place_named
    assert not re.search(r"(element|norm) (\S+) [^\n(]*\(bij \1 \2\)", text)


# --- conclusion, tables and empty reports ----------------------------------------------------


def test_the_eindconclusie_concludes_per_process_and_colours_the_matrix(render: Render) -> None:
    text, view = render(SELF, "html", oordeel=VERDICT)
    paragraphs = view.conclusion.paragraphs
    assert [p.split(" (")[0] for p in paragraphs] == [p.title for p in view.processes]
    assert paragraphs[2].startswith("Uitvoering (UV): ")
    assert "Ten opzichte van de regio oordeelt de Inspectie bij UV.A lager" in paragraphs[2]
    matrix = next(t for t in _html(text).all("table") if "matrix" in t.classes())
    filled = [td for td in matrix.all("td") if "gevuld" in td.classes()]
    assert len(filled) >= len(view.conclusion.matrix)
    for cell in filled:
        assert cell.text(), "gekleurde cel zonder markering"
        assert {c for c in cell.classes() if c.startswith("oordeel-")}, cell.classes()


def test_elements_that_announce_sub_points_show_them_in_the_norm_table(render: Render) -> None:
    text, view = render(SELF, "html")
    elements = _elements(view)
    for element_id in ("UV.A.1", "RB.A.2", "UV.E.1", "UV.E.2"):
        assert elements[element_id].text.endswith(":")
        assert elements[element_id].subpoints, element_id
    assert not elements["RB.A.1"].subpoints
    table = next(t for t in _html(text).by_id("norm-uv-a").all("table"))
    assert "iv. zorgt voor interne en externe informatie-uitwisseling" in table.text()
    assert "f. het delen, bundelen verrijken en veredelen" in table.text()


def test_time_norm_counts_are_called_aantal_metingen(render: Render) -> None:
    text, _ = render(SELF, "html")
    header = _html(text).by_id("tijdnormen").all("thead")[0].text()
    assert "Aantal metingen" in header
    assert "Gemeten" not in header


def test_an_empty_report_says_so_in_sentences_and_is_a_concept(
    render: Render, write_report: WriteReport
) -> None:
    text, view = render(write_report(), "html")
    root = _html(text)
    assert "Er zijn geen inzetten vastgelegd." in root.by_id("inzetten").text()
    assert "Er zijn geen opkomsttijden gemeten." in root.by_id("tijdnormen").text()
    assert "Aantal metingen" not in root.by_id("tijdnormen").text()
    figures = " ".join(f"{fact.term}: {fact.value}" for fact in view.summary.key_figures)
    assert "0 van 0" not in figures
    assert "geen verbeterpunten vastgelegd" in figures
    assert "geen inzetten vastgelegd" in figures
    assert view.title_page.concept is not None
    assert view.title_page.running_header.startswith("CONCEPT · ")
    assert "CONCEPT" in root.all("header")[0].text()
    _, judged = render(write_report("normen:\n  RB.A:\n    oordeel: op niveau\n"))
    assert judged.title_page.concept is None
    assert not judged.title_page.running_header.startswith("CONCEPT")


# --- status colours and print ------------------------------------------------------------------


def test_cycle_status_is_green_or_red_apart_from_the_judgement_scale() -> None:
    from test_render_html import contrast

    ok, gone, late, other = (
        STATUS_BADGES[status] for status in ("op orde", "ontbreekt", "verlopen", "niet op orde")
    )
    unchecked = STATUS_BADGES["niet getoetst"]
    assert gone.colour == late.colour == other.colour
    assert ok.colour != gone.colour
    scale = {"#2f6b3f", "#f2d27a", "#a23b2c", "#e6e6e6"}
    assert not {ok.colour, gone.colour} & scale
    assert _hue(ok.colour) == "groen"
    assert _hue(gone.colour) == "rood"
    assert unchecked.colour == "#e6e6e6"
    for badge in STATUS_BADGES.values():
        assert badge.filled
        assert contrast(badge.colour, badge.text_colour) >= 4.5, badge


def _hue(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    if green > red and green > blue:
        return "groen"
    return "rood" if red > green and red > blue else "anders"


def test_a_status_badge_is_filled_in_html(render: Render) -> None:
    text, _ = render(SELF, "html")
    cycles = next(t for t in _html(text).all("table") if "cycli" in t.classes())
    badges = [n for n in cycles.iter() if "badge" in n.classes()]
    assert badges
    assert all("gevuld" in badge.classes() for badge in badges)


def test_print_style_and_docs_agree_on_chapters_that_start_a_page() -> None:
    css = (REPO / "templates" / "report.css").read_text(encoding="utf-8")
    rule = re.search(r"\n  ([#\w, -]+) \{ break-before: page; \}", css)
    assert rule is not None
    in_css = {selector.strip().lstrip("#") for selector in rule.group(1).split(",")}
    docs = " ".join((REPO / "docs" / "rapport.md").read_text(encoding="utf-8").split())
    sentence = re.search(r"De afdrukstijl \(ook voor de PDF\) begint (.*?) op een nieuwe", docs)
    assert sentence is not None
    in_docs = set(re.findall(r"de (\w+)", sentence.group(1)))
    assert (
        in_css
        == in_docs
        == {"samenvatting", "inleiding", "beoordeling", "eindconclusie", "bijlagen"}
    )
    assert re.search(r"thead th \{[^}]*hyphens: manual;", css)


# --- appendix and colophon -------------------------------------------------------------------


def test_errata_are_written_for_a_reader(render: Render) -> None:
    text, view = render(SELF, "html")
    for erratum in view.appendices.errata:
        for value in (erratum.location, erratum.reading, erratum.kind):
            assert not re.search(r"\br\. \d", value), value
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", value), value
    assert "formulering hoofdstuk 3 en 4" in {e.kind for e in view.appendices.errata}
    errata = next(t for t in _html(text).all("table") if "errata" in t.classes())
    assert len(errata.all("tr")) == len(view.appendices.errata) + 1
    source = view.appendices.source_reference
    assert "Inspectie Justitie en Veiligheid" in source
    assert source.count("Inspectie Veiligheid en Justitie") == 1
    assert "heette" in source


def test_the_colophon_says_who_drew_it_up_and_the_disclaimer_once(render: Render) -> None:
    text, view = render(SELF, oordeel=VERDICT)
    assert text.count("Aan deze publicatie kunnen geen rechten worden ontleend") == 1
    colophon = text[text.index("## Colofon") :]
    assert "Zelfevaluatie opgesteld door Team Kwaliteit en Control" in colophon
    assert "Inspectieoordeel opgesteld door Inspectie Justitie en Veiligheid" in colophon
    assert view.title_page.authors == (
        "Team Kwaliteit en Control, Veiligheidsregio Twente; Inspectie Justitie en Veiligheid, "
        "regio-inspecteurs VR05"
    )


# --- screen readers ----------------------------------------------------------------------------


def test_headings_hold_only_their_title_and_row_links_are_unique(render: Render) -> None:
    text, _ = render(SELF, "html", oordeel=VERDICT)
    root = _html(text)
    for heading in root.iter():
        if heading.tag in ("h4", "h5"):
            assert not heading.all("a"), heading.text()
            assert not [n for n in heading.iter() if "badge" in n.classes()], heading.text()
    row_links = [
        a.text()
        for table in root.all("table")
        if "oordelen" in table.classes()
        for a in table.all("a")
        if "als geheel" in a.text()
    ]
    assert row_links
    assert len(row_links) == len(set(row_links))
    assert "Norm UV.C als geheel" in row_links


def test_html_has_a_content_security_policy_and_user_text_has_its_own_direction(
    render: Render,
) -> None:
    text, _ = render(SELF, "html")
    root = _html(text)
    (meta,) = [
        m for m in root.all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert meta.attrs["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    explanations = [dd for dd in root.all("dd") if dd.parent and "stem" in dd.parent.classes()]
    assert explanations
    assert all(dd.attrs.get("dir") == "auto" for dd in explanations)


def test_the_region_is_named_with_a_capital_everywhere(render: Render) -> None:
    _, view = render(SELF, oordeel=VERDICT)
    assert view.title_page.title.endswith(": Veiligheidsregio Twente")
    generated = " ".join(
        [view.title_page.title, *view.introduction.paragraphs, *view.summary.paragraphs]
    )
    assert "veiligheidsregio Twente" not in generated


def test_a_rode_draad_says_plainly_where_it_recurs(
    render: Render, write_report: WriteReport
) -> None:
    """Without an owner on any open point, the rode draad informatiedeling is reported."""
    text = SELF.read_text(encoding="utf-8")
    for owner in (
        "Hoofd Informatiemanagement Crisisbeheersing",
        "Directeur Veiligheidsregio",
        "Operationeel Leider, portefeuille vakbekwaamheid",
    ):
        text = text.replace(f"    eigenaar: {owner}\n", "")
    _, view = render(write_report(base=text), peildatum=dt.date(2025, 12, 31))
    (rode,) = view.learning.rode_draden
    assert "(5 bronnen" not in rode.message
    assert (
        "uit vijf verschillende bronnen (inzetten en documenten), uit twee jaren (2024-2025)"
        in (rode.message)
    )


def test_an_owned_rode_draad_is_not_reported(render: Render) -> None:
    """Twente 2025 names the rode draad and gives it an owner and a running termijn."""
    _, view = render(SELF, peildatum=dt.date(2025, 12, 31))
    assert view.learning.rode_draden == ()


# --- links from another folder -----------------------------------------------------------------


def test_relative_evidence_links_work_from_the_output_folder(tmp_path: Path) -> None:
    source = tmp_path / "dossier" / "zelfevaluatie.yaml"
    source.parent.mkdir()
    source.write_text(
        BASE + "documenten:\n  - {id: bp, soort: beleidsplan, titel: Beleidsplan, "
        "vastgesteld: 2024-01-10, verwijzing: bijlagen/beleidsplan 2024.pdf}\n"
        '  - {id: web, soort: overig, titel: Website, verwijzing: "https://example.org/a.pdf"}\n',
        encoding="utf-8",
    )
    output = tmp_path / "uit" / "rapporten" / "rapport.html"
    _, view = rendered(build_report(source, fmt="html", output=output))
    links = {d.id: d.title.href for d in view.key_data.documents}
    assert links["bp"] == "../../dossier/bijlagen/beleidsplan%202024.pdf"
    assert links["web"] == "https://example.org/a.pdf"
    target = output.parent / links["bp"].replace("%20", " ")
    assert target.resolve() == (source.parent / "bijlagen" / "beleidsplan 2024.pdf").resolve()
    _, beside = rendered(build_report(source, fmt="html", output=source.with_suffix(".html")))
    assert {d.id: d.title.href for d in beside.key_data.documents}["bp"] == (
        "bijlagen/beleidsplan%202024.pdf"
    )
    _, unwritten = rendered(build_report(source, fmt="html"))
    assert {d.id: d.title.href for d in unwritten.key_data.documents}["bp"] == (
        "bijlagen/beleidsplan%202024.pdf"
    )
