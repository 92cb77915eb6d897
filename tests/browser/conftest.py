"""Fixtures for the headless-Chromium tests: one browser per session, a fresh tab per test.

Skipped where Chromium or websocket-client is missing, except with ``TK4_REQUIRE_BROWSER=1``
(set by ``.ci/run``): there a missing browser fails the run instead of hiding the tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from headless import Browser, Page, chromium, find_chromium

REQUIRE_ENV = "TK4_REQUIRE_BROWSER"


def unavailable(reason: str) -> NoReturn:
    """Skip, or fail when the environment demands the browser tests."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """A running headless Chromium shared by all browser tests."""
    try:
        import websocket  # noqa: F401
    except ImportError:
        unavailable("websocket-client ontbreekt: pip install -e '.[test]'")
    executable = find_chromium()
    if executable is None:
        unavailable("Chromium niet gevonden: apt-get install chromium, of zet TK4_CHROMIUM")
    if not (Path(executable).is_file() and os.access(executable, os.X_OK)):
        unavailable(f"TK4_CHROMIUM={executable} is geen uitvoerbaar bestand")
    with chromium(executable) as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A new tab, closed after the test."""
    tab = browser.new_page()
    yield tab
    browser.call("Target.closeTarget", targetId=tab.target)
