"""Fixtures for the schema tests: the catalogue, the register, the built schema, a validator."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from tk4.loading.catalogue import load_catalogue, load_regions
from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister
from tk4.schema import build_schema


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped Toetsingskader 4.0."""
    return load_catalogue("4.0")


@pytest.fixture(scope="session")
def regions() -> RegionRegister:
    """The shipped region register."""
    return load_regions()


@pytest.fixture(scope="session")
def schema(catalogue: Catalogue, regions: RegionRegister) -> dict[str, Any]:
    """The schema as ``tk4 schema`` builds it."""
    return build_schema(catalogue, regions)


@pytest.fixture(scope="session")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A draft 2020-12 validator that also checks ``format: date``."""
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
