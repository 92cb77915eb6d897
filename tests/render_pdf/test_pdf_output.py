"""``html_to_pdf``: A4 pages with running header, title and "pagina X van Y"; no fetching."""

from __future__ import annotations

import base64
import io
import socket
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from tk4.errors import Tk4UserError
from tk4.render.pdf import MISSING_EXTRA, TOO_OLD, css_string, html_to_pdf, load_weasyprint

A4_POINTS = (595.28, 841.89)


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of every page, whitespace collapsed."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def document(body: str, head: str = "") -> str:
    """A complete Dutch HTML document around ``body``."""
    return (
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>los</title>"
        f"{head}</head><body>{body}</body></html>"
    )


LONG = document("<h1>Zelfevaluatie</h1>" + "<p>Een alinea tekst.</p>" * 120)


@pytest.mark.usefixtures("weasyprint_available")
def test_every_page_but_the_cover_has_header_title_and_page_x_of_y() -> None:
    from pypdf import PdfReader

    pdf = html_to_pdf(
        LONG,
        title="TK4-rapport VR05 2025",
        running_header="VR05 Twente — 2025",
        author="Team Kwaliteit, Veiligheidsregio Twente",
    )
    texts = page_texts(pdf)
    assert len(texts) >= 3, texts
    cover, *rest = texts
    assert "Zelfevaluatie" in cover
    assert "VR05 Twente — 2025" not in cover
    assert "pagina" not in cover
    for number, text in enumerate(rest, start=2):
        assert "VR05 Twente — 2025" in text
        assert "TK4-rapport VR05 2025" in text
        assert f"pagina {number} van {len(texts)}" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "TK4-rapport VR05 2025"
    assert reader.metadata.author == "Team Kwaliteit, Veiligheidsregio Twente"
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=0.5)


@pytest.mark.usefixtures("weasyprint_available")
@pytest.mark.parametrize(
    "header",
    [
        'Regio "Zuid" \\ 2025',
        "Regio 'Noord' } @page { size: A3 } 2025",
        "Regio\\a 2025 </style>",
    ],
)
def test_running_header_is_shown_verbatim(header: str) -> None:
    pdf = html_to_pdf(
        document("<h1>omslag</h1><p style='break-before: page'>inhoud</p>"),
        title="t",
        running_header=header,
    )
    assert " ".join(header.split()) in page_texts(pdf)[1]


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("VR05 2025", '"VR05 2025"'),
        ('a"b', '"a\\22 b"'),
        ("a\\ b", '"a\\5c  b"'),
        ("a\nb", '"a\\a b"'),
        ("x'<y>", '"x\\27 \\3c y\\3e "'),
        ("één", '"één"'),
    ],
)
def test_css_string_escapes_what_could_end_the_literal(text: str, literal: str) -> None:
    assert css_string(text) == literal


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback TCP socket that records whether anything connected to it."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.setblocking(False)
        yield server


@pytest.mark.usefixtures("weasyprint_available")
def test_only_data_urls_are_fetched(tmp_path: Path, listener: socket.socket) -> None:
    local_css = tmp_path / "extra.css"
    local_css.write_text('body::after { content: "LOKAAL-GELADEN"; }', encoding="utf-8")
    port = listener.getsockname()[1]
    data_css = base64.b64encode(b'body::before { content: "DATA-GELADEN"; }').decode()
    head = (
        f"<link rel='stylesheet' href='{local_css.as_uri()}'>"
        f"<link rel='stylesheet' href='http://127.0.0.1:{port}/net.css'>"
        f"<link rel='stylesheet' href='data:text/css;base64,{data_css}'>"
    )
    body = f"<p>tekst</p><img alt='grafiek' src='http://127.0.0.1:{port}/g.png'>"
    text = page_texts(html_to_pdf(document(body, head), title="t", running_header="h"))[0]
    assert "DATA-GELADEN" in text
    assert "LOKAAL-GELADEN" not in text
    with pytest.raises(BlockingIOError):
        listener.accept()


def test_missing_weasyprint_is_a_dutch_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(Tk4UserError) as caught:
        html_to_pdf(document("<p>x</p>"), title="t", running_header="h")
    assert str(caught.value) == MISSING_EXTRA


@pytest.mark.usefixtures("weasyprint_available")
def test_example_report_lays_out_without_load_errors(caplog: pytest.LogCaptureFixture) -> None:
    from tk4.render import build_report

    examples = Path(__file__).resolve().parents[2] / "examples"
    rendered = build_report(
        examples / "vr05-twente-2025.yaml",
        examples / "vr05-twente-2025-inspectieoordeel.yaml",
        fmt="html",
    )
    assert rendered.text is not None, [finding.message for finding in rendered.refused]
    with caplog.at_level("ERROR", logger="weasyprint"):
        pdf = html_to_pdf(rendered.text, title="Rapport VR05 2025", running_header="VR05 — 2025")
    assert not caplog.records, [record.getMessage() for record in caplog.records]
    texts = page_texts(pdf)
    assert len(texts) > 10
    assert "Twente" in texts[0]
    assert all(f"pagina {n} van {len(texts)}" in text for n, text in enumerate(texts[1:], start=2))


def test_weasyprint_without_url_fetcher_is_too_old(monkeypatch: pytest.MonkeyPatch) -> None:
    old = types.ModuleType("weasyprint")
    monkeypatch.setitem(sys.modules, "weasyprint", old)
    with pytest.raises(Tk4UserError) as caught:
        load_weasyprint()
    assert str(caught.value) == TOO_OLD


LONG_WORD = "Risicobeheersingsketenafstemmingsoverleg" * 4 + "ENDE"
"""One word of 164 characters with a tail ("ENDE") that must be on the page."""

MIN_GLYPH_WIDTH = 0.45
"""A lower bound of a glyph's width in em, so a run of text's right edge can be estimated."""


def text_runs(pdf: bytes) -> list[tuple[int, float, float, str, float]]:
    """Every run of text: page index, left x, font size (points), text and page width."""
    from pypdf import PdfReader

    runs: list[tuple[int, float, float, str, float]] = []
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        width = float(page.mediabox.width)

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            index: int = index,
            width: float = width,
        ) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                runs.append((index, x, size * tm[0] * cm[0], text, width))

        page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.usefixtures("weasyprint_available")
def test_a_long_word_breaks_and_stays_on_the_page(tmp_path: Path) -> None:
    from tk4.render import build_report

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
    pdf = html_to_pdf(rendered.text, title="t", running_header="h")
    runs = [run for run in text_runs(pdf) if "Risicobeheersingsketen" in run[3] or "ENDE" in run[3]]
    tails = [run for run in runs if "ENDE" in run[3]]
    assert len(tails) >= 3, "het einde van het woord staat niet in de tekst van de PDF"
    for page, x, size, text, width in runs:
        right = x + len(text) * size * MIN_GLYPH_WIDTH
        assert x >= 0, (page, round(x), text[:40])
        assert right <= width, (page, round(x), round(right), text[:40])


@pytest.mark.usefixtures("weasyprint_available")
def test_example_pdf_has_a_cover_contents_and_whole_last_page() -> None:
    from tk4.render import build_report

    examples = Path(__file__).resolve().parents[2] / "examples"
    rendered = build_report(
        examples / "vr05-twente-2025.yaml",
        examples / "vr05-twente-2025-inspectieoordeel.yaml",
        fmt="html",
    )
    assert rendered.text is not None
    assert rendered.view is not None
    page = rendered.view.title_page
    texts = page_texts(
        html_to_pdf(rendered.text, title=page.title, running_header=page.running_header)
    )
    cover, contents = texts[0], texts[1]
    assert page.title in cover
    assert "Inhoud" not in cover
    assert "pagina" not in cover
    assert page.running_header not in cover
    assert contents.index("Inhoud") < contents.index("Samenvatting")
    # The inleiding starts a page of its own, as docs/rapport.md says.
    (start,) = [text for text in texts if "1 Inleiding Dit rapport beschrijft" in text]
    assert "Belangrijkste aandachtspunten" not in start
    last = texts[-1]
    assert "Colofon" in last
    assert "gegenereerd met tk4" in last
    abbreviations = [item.term for item in rendered.view.appendices.abbreviations]
    assert sum(1 for term in abbreviations if f" {term} " in f" {last} ") >= 2
