"""Load the shipped reference data: the versioned catalogue, the regions and the abbreviations.

Every file is read with :func:`tk4.loading.yaml.load_yaml`, so a broken data file is reported
as ``file:line:column: problem`` in Dutch (a :class:`~tk4.errors.Tk4UserError`), never as a
traceback. The shipped files validate; the checks are for whoever edits them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from tk4.errors import Tk4UserError
from tk4.loading.yaml import LoadedYaml, load_yaml
from tk4.model.catalogue import Catalogue
from tk4.model.reference import AbbreviationList
from tk4.model.regions import RegionRegister
from tk4.resources import data_dir
from tk4.source import KeyPath

CATALOGUE_FILE = "toetsingskader.yaml"
REGIONS_FILE = "regios.yaml"
ABBREVIATIONS_FILE = "afkortingen.yaml"

M = TypeVar("M", bound=BaseModel)

_PYDANTIC_NL = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekende sleutel",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een mapping (sleutel: waarde) zijn",
    "model_type": "moet een mapping (sleutel: waarde) zijn",
    "date_type": "moet een datum (JJJJ-MM-DD) zijn",
    "date_from_datetime_parsing": "moet een datum (JJJJ-MM-DD) zijn",
    "literal_error": "waarde is niet toegestaan",
    "too_short": "te weinig waarden of tekens",
    "greater_than": "moet groter zijn",
}


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@cache
def available_versions() -> tuple[str, ...]:
    """The catalogue versions shipped with tk4 (folders under ``norms/``), oldest first.

    Cached: validation asks once per file, and the shipped folders do not change during a run.
    """
    root = data_dir("norms")
    versions = [
        child.name
        for child in root.iterdir()
        if child.is_dir()
        and re.fullmatch(r"[0-9]+\.[0-9]+", child.name)
        and (child / CATALOGUE_FILE).is_file()
    ]
    return tuple(sorted(versions, key=_version_key))


def latest_version() -> str:
    """The newest shipped catalogue version."""
    versions = available_versions()
    if not versions:
        raise Tk4UserError("tk4-installatie onvolledig: geen toetsingskader gevonden in norms/")
    return versions[-1]


@cache
def load_catalogue(version: str) -> Catalogue:
    """The catalogue of ``version`` (e.g. ``"4.0"``), validated; cached per version.

    Raises:
        Tk4UserError: the version is not shipped, or its file does not validate.
    """
    versions = available_versions()
    if version not in versions:
        shown = ", ".join(versions) or "geen"
        raise Tk4UserError(
            f"onbekende versie van het toetsingskader '{version}'; beschikbaar: {shown}"
        )
    return load_catalogue_file(data_dir("norms") / version / CATALOGUE_FILE)


def load_catalogue_file(path: Path) -> Catalogue:
    """Read and validate one catalogue file (not cached; for tests and data editors)."""
    return _load_model(path, Catalogue, "toetsingskader")


@cache
def load_regions() -> RegionRegister:
    """The register of the 25 veiligheidsregio's (``norms/regios.yaml``)."""
    return _load_model(data_dir("norms") / REGIONS_FILE, RegionRegister, "regiolijst")


@cache
def load_abbreviations() -> AbbreviationList:
    """The abbreviation list (``norms/afkortingen.yaml``)."""
    return _load_model(data_dir("norms") / ABBREVIATIONS_FILE, AbbreviationList, "afkortingenlijst")


def _display_name(path: Path) -> str:
    """The path as shown in messages: relative to the working directory where possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _load_model(path: Path, model: type[M], what: str) -> M:
    loaded = load_yaml(path, display_name=_display_name(path))
    if not loaded.ok or loaded.data is None:
        first = loaded.findings[0] if loaded.findings else None
        where = str(first.span) if first is not None else loaded.source.file
        problem = first.message if first is not None else "bestand is leeg"
        raise Tk4UserError(f"{where}: {what} kan niet worden gelezen: {problem}")
    try:
        return model.model_validate(loaded.data)
    except ValidationError as error:
        raise Tk4UserError(_describe_validation_error(error, loaded, what)) from None


def _describe_validation_error(error: ValidationError, loaded: LoadedYaml, what: str) -> str:
    """Dutch ``file:line:col: …`` lines for the (first few) validation problems."""
    lines = []
    problems = error.errors(include_url=False)
    for problem in problems[:5]:
        path: KeyPath = tuple(problem["loc"])
        message = _PYDANTIC_NL.get(problem["type"], problem["msg"])
        if problem["type"] == "value_error":
            message = problem["msg"].removeprefix("Value error, ")
            path = path or _path_of_mentioned_id(loaded.data, message) or ()
        span = loaded.source.key(path) if problem["type"] == "extra_forbidden" else None
        span = span or loaded.source.lookup(path)
        shown = ".".join(str(part) for part in path) or "(document)"
        lines.append(f"{span}: {what} ongeldig bij {shown}: {message}")
    if len(problems) > 5:
        lines.append(f"… en nog {len(problems) - 5} problemen")
    return "\n".join(lines)


def _path_of_mentioned_id(data: Any, message: str) -> KeyPath | None:
    """Path of the mapping whose ``id`` the message starts a clause with (``"RB.A.1: …"``).

    Why: cross-reference checks run on the whole catalogue, so pydantic reports them at the
    root; pointing at the node they name is what a person editing the file needs.
    """
    stack: list[tuple[KeyPath, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            node_id = value.get("id")
            if isinstance(node_id, str) and re.search(rf"(^|\s){re.escape(node_id)}:", message):
                return path
            stack.extend(((*path, key), child) for key, child in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), child) for index, child in enumerate(value))
    return None
