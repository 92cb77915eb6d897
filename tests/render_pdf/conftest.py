"""Skip the PDF tests where WeasyPrint is missing, unless ``TK4_REQUIRE_PDF=1`` demands them."""

from __future__ import annotations

import os

import pytest

REQUIRE_ENV = "TK4_REQUIRE_PDF"


@pytest.fixture(scope="session")
def weasyprint_available() -> None:
    """Skip (or with ``TK4_REQUIRE_PDF=1`` fail) when WeasyPrint or Pango cannot be loaded."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        reason = f"WeasyPrint niet bruikbaar ({error}): pip install -e '.[pdf]'"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip(reason)
