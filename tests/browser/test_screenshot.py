"""The screenshot helper behind ``scripts/screenshot.py``: size and format of the PNG."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from headless import BrowserError, Page

pytestmark = pytest.mark.browser


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", png[:8]
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.parametrize(("max_height", "expected"), [(None, 3000), (1400, 1400)])
def test_screenshot_covers_the_page_from_the_top(
    page: Page, tmp_path: Path, max_height: int | None, expected: int
) -> None:
    tall = tmp_path / "lang.html"
    tall.write_text(
        "<!doctype html><html lang='nl'><head><title>t</title>"
        "<style>body{margin:0} div{height:3000px;background:#154273}</style></head>"
        "<body><div></div></body></html>",
        encoding="utf-8",
    )
    page.goto(tall.as_uri())
    assert png_size(page.screenshot(max_height=max_height)) == (1100, expected)


def test_screenshot_of_an_element_starts_at_it(page: Page, tmp_path: Path) -> None:
    tall = tmp_path / "delen.html"
    tall.write_text(
        "<!doctype html><html lang='nl'><head><title>t</title>"
        "<style>body{margin:0} div{height:500px} #doel{height:700px}</style></head>"
        "<body><div></div><div id='doel'></div><div></div></body></html>",
        encoding="utf-8",
    )
    page.goto(tall.as_uri())
    assert png_size(page.screenshot_of("#doel")) == (1100, 700)
    assert png_size(page.screenshot_of("#doel", max_height=300)) == (1100, 300)
    with pytest.raises(BrowserError):
        page.screenshot_of("#bestaat-niet")
