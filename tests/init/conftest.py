"""Fixtures for the ``tk4 init`` tests: the catalogue, the register and a filled-in report."""

from __future__ import annotations

import pytest
from init_helpers import filled_report_text

from tk4.loading.catalogue import load_catalogue, load_regions
from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped Toetsingskader 4.0."""
    return load_catalogue("4.0")


@pytest.fixture(scope="session")
def regions() -> RegionRegister:
    """The shipped region register."""
    return load_regions()


@pytest.fixture(scope="session")
def filled_report(catalogue: Catalogue, regions: RegionRegister) -> str:
    """A 2025 scaffold that a region filled in partly, with its own comments everywhere."""
    return filled_report_text(catalogue, regions)
