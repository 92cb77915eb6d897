"""Loading the shipped reference data, and clear Dutch errors with positions when it is broken."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tk4.errors import Tk4UserError
from tk4.loading.catalogue import (
    available_versions,
    latest_version,
    load_abbreviations,
    load_catalogue,
    load_catalogue_file,
    load_regions,
)
from tk4.resources import data_dir

SHIPPED = data_dir("norms") / "4.0" / "toetsingskader.yaml"


def test_versions() -> None:
    assert "4.0" in available_versions()
    assert latest_version() == available_versions()[-1]


def test_catalogue_is_cached() -> None:
    assert load_catalogue("4.0") is load_catalogue("4.0")


@pytest.mark.parametrize("version", ["9.9", "4", "", "../4.0"])
def test_unknown_version_lists_available(version: str) -> None:
    with pytest.raises(Tk4UserError, match=r"onbekende versie.*beschikbaar: .*4\.0"):
        load_catalogue(version)


def _line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle``."""
    return text[: text.index(needle)].count("\n") + 1


def _broken_copy(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    broken = text.replace(old, new)
    path = tmp_path / "toetsingskader.yaml"
    path.write_text(broken, encoding="utf-8")
    return path, broken


def test_invalid_value_points_at_its_line(tmp_path: Path) -> None:
    path, text = _broken_copy(tmp_path, "- id: RB.B.2\n", "- id: RB.B.x\n")
    line = _line_of(text, "RB.B.x")
    with pytest.raises(Tk4UserError) as caught:
        load_catalogue_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}:")
    assert "processes.0.norms.1.elements.1.id" in message


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    path, text = _broken_copy(tmp_path, "  published: maart 2018\n", "  publishd: maart 2018\n")
    with pytest.raises(Tk4UserError) as caught:
        load_catalogue_file(path)
    lines = str(caught.value).splitlines()
    where = f"{path}:{_line_of(text, 'publishd')}:3"
    assert f"{where}: toetsingskader ongeldig bij publication.publishd: onbekende sleutel" in lines
    assert any("publication.published: verplicht veld ontbreekt" in line for line in lines)


def test_broken_reference_points_at_the_node(tmp_path: Path) -> None:
    path, text = _broken_copy(
        tmp_path,
        "reason: Plaatst de regionale risico's naast die van het Rijk en van de partners.\n",
        "reason: Plaatst de regionale risico's naast die van het Rijk en van de partners.\n"
        "            legal_basis: [wvr-999]\n",
    )
    element_line = _line_of(text, "- id: RB.A.3")
    with pytest.raises(Tk4UserError) as caught:
        load_catalogue_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{element_line}:")
    assert "RB.A.3: onbekende wettelijke grondslag ['wvr-999']" in message


def test_yaml_syntax_error_has_position(tmp_path: Path) -> None:
    path, text = _broken_copy(tmp_path, 'version: "4.0"\n', 'version: "4.0\n')
    with pytest.raises(
        Tk4UserError,
        match=rf"^{re.escape(str(path))}:\d+:\d+: toetsingskader kan niet worden gelezen",
    ):
        load_catalogue_file(path)
    assert text  # the copy was written


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(Tk4UserError, match="kan niet worden gelezen"):
        load_catalogue_file(tmp_path / "bestaat-niet.yaml")


def test_regions_and_abbreviations_load() -> None:
    assert len(load_regions().regions) == 25
    assert load_regions() is load_regions()
    assert load_abbreviations().by_term["grip"].term == "GRIP"


def test_erratum_naming_an_unknown_node_points_at_the_erratum(tmp_path: Path) -> None:
    path, text = _broken_copy(tmp_path, "nodes: [UV.B.6.g]\n", "nodes: [UV.B.6.z]\n")
    with pytest.raises(Tk4UserError) as caught:
        load_catalogue_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{_line_of(text, '- id: E19')}:")
    assert "E19: onbekende onderdelen ['UV.B.6.z']" in message


def test_sub_point_without_source_is_refused(tmp_path: Path) -> None:
    path, _ = _broken_copy(
        tmp_path, "- id: UV.B.6.g\n                source: 4.3 B\n", "- id: UV.B.6.g\n"
    )
    with pytest.raises(Tk4UserError, match="source: verplicht veld ontbreekt"):
        load_catalogue_file(path)
