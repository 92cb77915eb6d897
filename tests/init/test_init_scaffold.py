"""``new_scaffold`` and its helpers, called directly: texts, comments, validity."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tk4.api import validate_paths
from tk4.checks import REGISTRY
from tk4.errors import Tk4UserError
from tk4.findings import Severity
from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister
from tk4.model.report import SelfReport
from tk4.scaffold import (
    WIDTH,
    SchemaPlan,
    check_year,
    default_file_name,
    find_modeline,
    new_scaffold,
    plan_schema,
    resolve_region,
    wrap_comment,
    year_bounds,
)
from tk4.validation import validate_text

TODAY = dt.date(2026, 1, 15)


@pytest.fixture(scope="module")
def scaffold(catalogue: Catalogue, regions: RegionRegister) -> str:
    return new_scaffold(
        catalogue,
        regions.by_code["VR05"],
        2025,
        "zelfevaluatie",
        drafted_on=TODAY,
        schema_ref="zelfevaluatie-4.0.schema.json",
    )


def _comment_above(text: str, key_line: str) -> str:
    """The comment block right above ``key_line``, as one line of words."""
    lines = text.splitlines()
    index = lines.index(key_line)
    block: list[str] = []
    while lines[index - 1].lstrip().startswith("#"):
        index -= 1
        block.insert(0, lines[index].lstrip()[1:])
    return " ".join(" ".join(block).split())


def _words(text: str) -> str:
    return " ".join(text.split())


def test_scaffold_validates_with_only_tk301_warnings(
    scaffold: str, catalogue: Catalogue, tmp_path: Path
) -> None:
    path = tmp_path / "vr05-2025-zelfevaluatie.yaml"
    path.write_text(scaffold, encoding="utf-8")
    outcome = validate_paths([path])
    assert outcome.exit_code == 0
    assert {(f.code, f.severity) for f in outcome.findings} == {("TK301", Severity.WARNING)}
    assert len(outcome.findings) == len(catalogue.elements)


def test_every_norm_and_element_has_its_text_above_it(scaffold: str, catalogue: Catalogue) -> None:
    for norm in catalogue.norms.values():
        above = _comment_above(scaffold, f"  {norm.id}:")
        assert above.startswith(f"{norm.id}: ")
        assert _words(norm.statement) in above
        for element in norm.elements:
            above = _comment_above(scaffold, f"      {element.id}:")
            assert above.startswith(f"{element.id}: ")
            for line in element.full_text().split("\n"):
                assert _words(line) in above, (element.id, line)


def test_sub_points_carry_their_labels(scaffold: str) -> None:
    above = _comment_above(scaffold, "      UV.A.1:")
    assert "a. een 24/7 beschikbare" in above
    assert "iii. de eerste noodzakelijke besluiten" in above


def test_every_field_is_empty_and_ready(scaffold: str, catalogue: Catalogue) -> None:
    assert scaffold.count("bewijs: []") == len(catalogue.norms) + len(catalogue.elements)
    assert len(re.findall(r"^ +oordeel:$", scaffold, re.MULTILINE)) == scaffold.count("bewijs: []")
    for section in ("documenten", "inzetten", "verbeterpunten", "uitzonderingen"):
        assert f"\n{section}: []\n" in scaffold


def test_lines_fit_and_header_names_the_scale(scaffold: str, catalogue: Catalogue) -> None:
    assert max(len(line) for line in scaffold.splitlines()) <= WIDTH
    header = scaffold.split("\ntoetsingskader:")[0]
    for level in catalogue.scale:
        assert f"#     {level.value}  " in header
    assert "Veiligheidsregio Twente (VR05)" in header


def test_modeline_only_when_asked(catalogue: Catalogue, regions: RegionRegister) -> None:
    region = regions.by_code["VR15"]
    with_ref = new_scaffold(
        catalogue, region, 2025, "zelfevaluatie", drafted_on=TODAY, schema_ref="../s.json"
    )
    without = new_scaffold(
        catalogue, region, 2025, "zelfevaluatie", drafted_on=TODAY, schema_ref=None
    )
    assert with_ref.startswith("# yaml-language-server: $schema=../s.json\n")
    assert find_modeline(with_ref) == "../s.json"
    assert find_modeline(without) is None
    assert "yaml-language-server" not in without


def test_inspection_report_is_drafted_by_the_inspectie(
    catalogue: Catalogue, regions: RegionRegister
) -> None:
    text = new_scaffold(
        catalogue,
        regions.by_code["VR24"],
        2024,
        "inspectieoordeel",
        drafted_on=TODAY,
        schema_ref=None,
    )
    assert "\nsoort: inspectieoordeel\n" in text
    assert f"  door: {catalogue.publication.publisher_current}  #" in text
    assert "Inspectieoordeel over Veiligheidsregio Zuid-Limburg (VR24)" in text
    result = validate_text(text, "vr24.yaml", REGISTRY)
    assert not [f for f in result.findings if f.severity is Severity.ERROR]


def test_commented_examples_are_valid(scaffold: str) -> None:
    """Uncommented, the examples above the empty sections form a valid report together."""
    blocks: list[str] = []
    collecting = False
    for line in scaffold.splitlines():
        if line == "# Vervang [] door een lijst, bijvoorbeeld (zonder '# ' ervoor):":
            collecting = True
        elif collecting and line.startswith("# "):
            blocks.append(line.removeprefix("# "))
        else:
            collecting = False
    examples = "\n".join(blocks)
    assert "documenten:" in examples
    assert "uitzonderingen:" in examples
    head = scaffold.split("\ndocumenten: []")[0]
    result = validate_text(head + "\n" + examples + "\n", "voorbeelden.yaml", REGISTRY)
    assert [f.message for f in result.findings if f.severity is Severity.ERROR] == []
    assert result.report is not None
    assert len(result.report.documents) == 2
    assert result.report.improvements[0].source == result.report.deployments[0].id


def test_default_file_name() -> None:
    assert default_file_name("VR05", 2025, "zelfevaluatie") == "vr05-2025-zelfevaluatie.yaml"
    assert default_file_name("VR24", 2024, "inspectieoordeel") == "vr24-2024-inspectieoordeel.yaml"


@pytest.mark.parametrize("text", ["VR05", "vr05", "Twente", "twente", " TWENTE "])
def test_region_by_code_or_name(regions: RegionRegister, text: str) -> None:
    assert resolve_region(regions, text).code == "VR05"


def test_region_by_alias(regions: RegionRegister) -> None:
    assert resolve_region(regions, "Friesland").code == "VR02"
    assert resolve_region(regions, "fryslan").code == "VR02"


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Twnete", "bedoelde u VR05 (Twente)?"),
        ("VR5", "bedoelde u VR05 (Twente)?"),
        ("vr-5", "bedoelde u VR05 (Twente)?"),
        ("Haaglandn", "bedoelde u VR15 (Haaglanden)?"),
        ("Den Haag", "bedoelde u VR15 (Haaglanden)?"),
        ("Limburg", "bedoelde u VR23 (Limburg-Noord) of VR24 (Zuid-Limburg)?"),
        (
            "brabant",
            "bedoelde u VR20 (Midden- en West-Brabant), VR21 (Brabant-Noord) of "
            "VR22 (Brabant-Zuidoost)?",
        ),
        ("Veiligheidsregio Twente", "bedoelde u VR05 (Twente)?"),
    ],
)
def test_unknown_region_suggests(regions: RegionRegister, text: str, suggested: str) -> None:
    with pytest.raises(Tk4UserError, match="bedoelde u") as error:
        resolve_region(regions, text)
    assert suggested in str(error.value)
    assert f"onbekende regio '{text}'" in str(error.value)


@pytest.mark.parametrize("text", ["xq", "VR26", "Atlantis"])
def test_unknown_region_without_anything_close(regions: RegionRegister, text: str) -> None:
    with pytest.raises(Tk4UserError) as error:
        resolve_region(regions, text)
    assert "bedoelde u" not in str(error.value)
    assert "tk4 catalog regios" in str(error.value)


def test_year_bounds_come_from_the_model() -> None:
    field = SelfReport.model_fields["year"]
    assert year_bounds() == (2018, 2100)
    assert [getattr(c, "ge", None) for c in field.metadata if hasattr(c, "ge")] == [2018]
    assert check_year(2018) == 2018
    assert check_year(2100) == 2100
    for year in (2017, 2101):
        with pytest.raises(Tk4UserError, match=f"--jaar {year} kan niet: .* tussen 2018 en 2100"):
            check_year(year)


def test_wrap_comment_hangs_sub_points() -> None:
    text = "A: " + "woord " * 30 + "\n    b. " + "lang " * 30
    lines = wrap_comment(text, 4, width=60)
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].startswith("    # A: woord")
    assert lines[1].startswith("    #   woord")
    sub = next(i for i, line in enumerate(lines) if "b. lang" in line)
    assert lines[sub].startswith("    #     b. lang")
    assert lines[sub + 1].startswith("    #        lang")


def test_plan_schema(tmp_path: Path) -> None:
    output = tmp_path / "vr05-2026-zelfevaluatie.yaml"
    name = "zelfevaluatie-4.0.schema.json"
    assert plan_schema(output, "4.0", enabled=False, current_ref=None) == SchemaPlan(None, None)
    assert plan_schema(output, "4.0", enabled=True, current_ref=None) == SchemaPlan(
        name, tmp_path / name
    )
    url = "https://example.org/zelfevaluatie.json"
    assert plan_schema(output, "4.0", enabled=True, current_ref=url) == SchemaPlan(None, None)
    assert plan_schema(output, "4.0", enabled=True, current_ref="weg.json") == SchemaPlan(
        name, tmp_path / name
    )
    (tmp_path / "eigen.json").write_text("{}", encoding="utf-8")
    assert plan_schema(output, "4.0", enabled=True, current_ref="eigen.json") == SchemaPlan(
        None, None
    )
    (tmp_path / name).write_text("{}", encoding="utf-8")
    assert plan_schema(output, "4.0", enabled=True, current_ref=None) == SchemaPlan(name, None)
