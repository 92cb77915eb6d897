"""The screenshot helper behind ``scripts/screenshot.py``: size and format of the PNG."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from headless import Page

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
