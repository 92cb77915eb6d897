"""Fixtures for the catalogue tests: the shipped catalogue and its verbatim source text."""

from __future__ import annotations

import pytest

from tk4.loading.catalogue import load_catalogue
from tk4.model.catalogue import Catalogue
from tk4.resources import data_dir


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped Toetsingskader 4.0."""
    return load_catalogue("4.0")


@pytest.fixture(scope="session")
def source_text(catalogue: Catalogue) -> str:
    """The verbatim text version of the publication the catalogue was taken from."""
    return (data_dir("norms") / catalogue.publication.source_file).read_text(encoding="utf-8")
