"""PDF output: the HTML report laid out on A4 pages by WeasyPrint (the optional extra ``pdf``).

Why a separate stylesheet: the report's own CSS is written for the screen and for printing
from a browser; page size, margins, the running header and "pagina X van Y" only exist in
paged media, so they are added here and the HTML templates stay free of ``@page`` rules.
"""

from __future__ import annotations

from typing import Any

from tk4.errors import Tk4UserError

MISSING_EXTRA = "PDF vereist de extra 'pdf': pip install 'tk4[pdf]'"
"""Message when WeasyPrint (or the Pango libraries it loads) cannot be imported."""

TOO_OLD = "PDF vereist WeasyPrint 68 of nieuwer: pip install --upgrade 'tk4[pdf]'"
"""Message when the installed WeasyPrint predates its ``URLFetcher`` class."""

PAGE_CSS = """\
@page {
  size: A4;
  margin: 25mm 20mm 22mm 22mm;
  @top-center {
    content: %(header)s !important;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 8pt;
    color: #3b3b3b;
    vertical-align: bottom;
    padding-bottom: 4mm;
  }
  @bottom-left {
    content: %(title)s !important;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 8pt;
    color: #3b3b3b;
    vertical-align: top;
    padding-top: 4mm;
  }
  @bottom-right {
    content: "pagina " counter(page) " van " counter(pages) !important;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 8pt;
    color: #3b3b3b;
    vertical-align: top;
    padding-top: 4mm;
  }
}
@page :first {
  @top-center { content: none !important; }
  @bottom-left { content: none !important; }
  @bottom-right { content: none !important; }
}
"""
"""Paged-media rules; ``%(header)s`` and ``%(title)s`` receive escaped CSS string literals.

The first page is the cover: the title page alone, without running header or footer.
Why ``!important``: WeasyPrint treats extra stylesheets as user stylesheets, which lose to
the document's own rules unless marked important; the page furniture must always be there.
"""


def css_string(text: str) -> str:
    """Quote ``text`` as a CSS string literal that cannot end early or inject rules.

    Backslash, both quote characters, ``<``/``>`` and every control character become
    hexadecimal escapes; all else is kept. Each escape ends in a space, which CSS consumes
    as its terminator, so a following hex digit or real space is read as itself.
    """
    escaped = []
    for char in text:
        if char in "\\\"'<>" or ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0:
            escaped.append(f"\\{ord(char):x} ")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def page_css(*, title: str, running_header: str) -> str:
    """The paged-media stylesheet for a report with this title and running header."""
    return PAGE_CSS % {"header": css_string(running_header), "title": css_string(title)}


def load_weasyprint() -> Any:
    """Import WeasyPrint, turning its absence into a Dutch user error.

    Callers may use it to fail before doing other work (``tk4 report --format pdf``).
    Why lazy: it pulls in Pango through cffi, which costs a second of startup and fails
    on machines without the system libraries; only ``--format pdf`` needs it.

    Raises:
        Tk4UserError: WeasyPrint is not installed, cannot load Pango, or is older than 68.
    """
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: the Pango libraries are missing.
        raise Tk4UserError(MISSING_EXTRA) from error
    if not hasattr(weasyprint, "URLFetcher"):
        raise Tk4UserError(TOO_OLD)
    return weasyprint


def html_to_pdf(html: str, *, title: str, running_header: str, author: str = "") -> bytes:
    """Render a complete HTML document to tagged A4 PDF bytes.

    The PDF gets ``title`` as document title and in the page footer, ``running_header``
    (region and year) at the top of every page but the cover and "pagina X van Y" at the
    bottom right; ``author`` (who drew the report up) goes into the document's metadata.
    Only ``data:`` URLs are fetched: a report never reaches the network or the file system.

    Raises:
        Tk4UserError: WeasyPrint is not installed or too old.
    """
    weasyprint = load_weasyprint()
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher).render(
        stylesheets=[
            weasyprint.CSS(
                string=page_css(title=title, running_header=running_header),
                url_fetcher=fetcher,
            )
        ],
        pdf_tags=True,
    )
    document.metadata.title = title
    if author:
        document.metadata.authors = [author]
    pdf: bytes = document.write_pdf(pdf_tags=True)
    return pdf
