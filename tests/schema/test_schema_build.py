"""``build_schema``: the pydantic schema, filled in from the catalogue and the region register."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import BaseModel

from tk4.loading.catalogue import available_versions, load_catalogue, load_regions
from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister
from tk4.model.report import SelfReport
from tk4.scaffold import find_modeline
from tk4.schema import (
    JSON_SCHEMA_DIALECT,
    build_schema,
    is_tk4_schema,
    render_schema,
    schema_file_name,
)

REPO = Path(__file__).resolve().parents[2]


def _norm_def(schema: dict[str, Any], norm_id: str) -> dict[str, Any]:
    ref = schema["properties"]["normen"]["properties"][norm_id]["$ref"]
    definition: dict[str, Any] = schema["$defs"][ref.removeprefix("#/$defs/")]
    return definition


def test_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == JSON_SCHEMA_DIALECT
    assert schema["$id"] == "urn:tk4:zelfevaluatie:4.0"
    assert schema["title"].startswith("Zelfevaluatie")
    assert "veiligheidsregio" in schema["description"]


def test_normen_lists_exactly_the_catalogue_norms(
    schema: dict[str, Any], catalogue: Catalogue
) -> None:
    normen = schema["properties"]["normen"]
    assert list(normen["properties"]) == list(catalogue.norms)
    assert normen["additionalProperties"] is False
    for norm in catalogue.norms.values():
        description = normen["properties"][norm.id]["description"]
        assert norm.statement in description


def test_each_norm_allows_only_its_own_elements(
    schema: dict[str, Any], catalogue: Catalogue
) -> None:
    for norm in catalogue.norms.values():
        elements = _norm_def(schema, norm.id)["properties"]["elementen"]
        assert list(elements["properties"]) == [element.id for element in norm.elements]
        assert elements["additionalProperties"] is False


def test_element_descriptions_hold_the_text_and_every_sub_point(
    schema: dict[str, Any], catalogue: Catalogue
) -> None:
    for norm in catalogue.norms.values():
        properties = _norm_def(schema, norm.id)["properties"]["elementen"]["properties"]
        for element in norm.elements:
            description = properties[element.id]["description"]
            assert element.text in description
            for line in element.full_text().split("\n")[1:]:
                assert line in description, (element.id, line)


def test_region_choices_are_the_register_with_names(
    schema: dict[str, Any], regions: RegionRegister
) -> None:
    choices = schema["properties"]["regio"]["anyOf"]
    assert [choice["const"] for choice in choices] == [r.code for r in regions.regions]
    assert len(choices) == 25
    for choice in choices:
        assert regions.by_code[choice["const"]].name in choice["description"]


def test_judgements_are_the_scale(schema: dict[str, Any], catalogue: Catalogue) -> None:
    scale = [level.value for level in catalogue.scale]
    element = schema["$defs"]["ElementAssessment"]["properties"]["oordeel"]["anyOf"]
    assert [c["const"] for c in element if "const" in c] == scale
    assert {"type": "null", "description": "Nog niet ingevuld"} in element
    level = schema["$defs"]["LevelJudgement"]["properties"]["oordeel"]["anyOf"]
    assert [c["const"] for c in level] == scale


def test_turnout_keys_are_the_time_norms(schema: dict[str, Any], catalogue: Catalogue) -> None:
    turnout = schema["$defs"]["Deployment"]["properties"]["opkomst_minuten"]
    ids = [norm.id for norm in catalogue.time_norms]
    assert turnout["propertyNames"] == {"enum": ids}
    assert list(turnout["properties"]) == ids
    for norm in catalogue.time_norms:
        description = turnout["properties"][norm.id]["description"]
        article = catalogue.legal_by_id[norm.legal_basis].article
        assert f"{norm.minutes} minuten" in description
        assert f"art. {article}" in description


def _date_fields(model: type[BaseModel], path: str = "") -> Iterator[str]:
    for name, info in model.model_fields.items():
        key = f"{path}.{info.alias or name}"
        for member in _members(info.annotation):
            if member is dt.date:
                yield key
            elif isinstance(member, type) and issubclass(member, BaseModel):
                yield from _date_fields(member, key)


def _members(annotation: Any) -> Iterator[Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, dict, typing.Annotated):
        for argument in typing.get_args(annotation):
            yield from _members(argument)
    else:
        yield annotation


def _schema_date_fields(schema: dict[str, Any], node: dict[str, Any], path: str = "") -> set[str]:
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
    found: set[str] = set()
    members = [node, *node.get("anyOf", [])]
    if any(member.get("format") == "date" for member in members):
        found.add(path)
        assert "JJJJ-MM-DD" in node["description"], path
    for member in members:
        for key, child in member.get("properties", {}).items():
            found |= _schema_date_fields(schema, child, f"{path}.{key}")
        if "items" in member:
            found |= _schema_date_fields(schema, member["items"], path)
        if "$ref" in member and member is not node:
            found |= _schema_date_fields(schema, member, path)
    return found


def test_every_date_field_has_format_date(schema: dict[str, Any]) -> None:
    expected = set(_date_fields(SelfReport))
    assert ".opgesteld.datum" in expected
    assert _schema_date_fields(schema, schema) == expected


def _all_properties(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield "(root)", "", schema
    for name, definition in schema["$defs"].items():
        for key, prop in definition["properties"].items():
            yield name, key, prop
    for key, prop in schema["properties"].items():
        yield "(root)", key, prop


def test_every_property_and_definition_is_described_in_dutch(schema: dict[str, Any]) -> None:
    for name, key, prop in _all_properties(schema):
        assert prop.get("description"), f"{name}.{key} heeft geen omschrijving"
        assert "title" not in prop or key == "", f"{name}.{key}: gegenereerde titel"
    for name, definition in schema["$defs"].items():
        if not name.startswith("Norm_"):
            model_doc = _model_docs()[name]
            assert definition["description"] != model_doc, f"{name}: Engelse docstring"


def _model_docs() -> dict[str, str]:
    from tk4.model import report

    return {
        name: (getattr(report, name).__doc__ or "").strip()
        for name in dir(report)
        if isinstance(getattr(report, name), type) and issubclass(getattr(report, name), BaseModel)
    }


def test_references_are_plain_strings_and_say_so(schema: dict[str, Any]) -> None:
    evidence = schema["$defs"]["ElementAssessment"]["properties"]["bewijs"]
    assert evidence["items"]["type"] == "string"
    assert "tk4 validate" in evidence["description"]
    improvement = schema["$defs"]["ImprovementPoint"]["properties"]
    assert "tk4 validate" in improvement["bron"]["description"]
    assert "tk4 validate" in schema["$defs"]["Deployment"]["properties"]["evaluatie"]["description"]


def test_rendering_is_stable(catalogue: Catalogue, regions: RegionRegister) -> None:
    first = render_schema(build_schema(catalogue, regions))
    second = render_schema(build_schema(catalogue, regions))
    assert first == second
    assert first.endswith("}\n")
    assert is_tk4_schema(first)
    assert not is_tk4_schema("toetsingskader: '4.0'\n")
    assert not is_tk4_schema('{"$id": "urn:iets-anders"}')


def test_shipped_schemas_are_in_sync() -> None:
    for version in available_versions():
        path = REPO / "schemas" / schema_file_name(version)
        expected = render_schema(build_schema(load_catalogue(version), load_regions()))
        command = f"tk4 schema --versie {version} -o schemas/{schema_file_name(version)}"
        assert path.is_file(), f"{path} ontbreekt; maak het met: {command}"
        assert path.read_text(encoding="utf-8") == expected, (
            f"{path} loopt achter op het model of de catalogus; vernieuw met: {command}"
        )


def test_example_modelines_point_at_an_existing_schema() -> None:
    examples = sorted((REPO / "examples").rglob("*.yaml"))
    assert examples
    for example in examples:
        reference = find_modeline(example.read_text(encoding="utf-8"))
        assert reference is not None, f"{example.name} heeft geen modeline"
        assert (example.parent / reference).resolve().is_file(), (example.name, reference)


def _descriptions(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("description"), str):
            yield schema["description"]
        for value in schema.values():
            yield from _descriptions(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _descriptions(value)


def test_descriptions_are_safe_markdown(schema: dict[str, Any]) -> None:
    """Editors render descriptions as Markdown: no line may become an indented code block."""
    code_lines = [
        line
        for description in _descriptions(schema)
        for line in description.split("\n")
        if line.startswith(("    ", "\t"))
    ]
    assert code_lines == []


def test_sub_points_are_markdown_list_items(schema: dict[str, Any]) -> None:
    elements = _norm_def(schema, "UV.A")["properties"]["elementen"]["properties"]
    lines = elements["UV.A.1"]["description"].split("\n")
    assert lines[0].startswith("UV.A.1: Op basis van de aard")
    assert lines[1].startswith("- a. een 24/7 beschikbare multidisciplinaire functionaris")
    assert lines[2] == "  - i. coördineert tussen de drie disciplines;"
    assert lines[6].startswith("- b. het tijdig alarmeren")


def _fill_snippet(value: Any, choice: str) -> Any:
    """A snippet body with every tab stop filled in the way a person would."""
    if isinstance(value, dict):
        return {key: _fill_snippet(item, choice) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill_snippet(item, choice) for item in value]
    if value.startswith("${1|"):
        choices = value.removeprefix("${1|").removesuffix("|}").split(",")
        assert choice in choices
        return choice
    return {"$2": "Het crisisplan is in 2025 geoefend.", "$3": "crisisplan"}[value]


def test_norms_and_elements_offer_a_snippet_with_judgement_explanation_evidence(
    schema: dict[str, Any], catalogue: Catalogue
) -> None:
    scale = [level.value for level in catalogue.scale]
    norm = _norm_def(schema, "UV.C")
    element = schema["$defs"]["ElementAssessment"]
    for definition in (norm, element):
        [snippet] = definition["defaultSnippets"]
        assert list(snippet["body"]) == ["oordeel", "toelichting", "bewijs"]
        assert snippet["body"]["oordeel"] == "${1|" + ",".join(scale) + "|}"
        assert snippet["label"] == "oordeel, toelichting, bewijs"
    # The filled-in snippet is a valid norm (with a valid element) in a valid report.
    report = {
        "toetsingskader": "4.0",
        "soort": "zelfevaluatie",
        "regio": "VR05",
        "jaar": 2025,
        "opgesteld": {"datum": "2026-02-14", "door": "Team Kwaliteit"},
        "normen": {
            "UV.C": {
                **_fill_snippet(norm["defaultSnippets"][0]["body"], "op niveau"),
                "elementen": {
                    "UV.C.1": _fill_snippet(
                        element["defaultSnippets"][0]["body"], "niet beoordeeld"
                    )
                },
            }
        },
    }
    jsonschema.Draft202012Validator(schema).validate(report)


def test_no_default_that_editors_would_insert_into_every_norm(schema: dict[str, Any]) -> None:
    for definition in (_norm_def(schema, "RB.A"), schema["$defs"]["ElementAssessment"]):
        reconfirm = definition["properties"]["te_herbevestigen"]
        assert "default" not in reconfirm
        assert reconfirm["type"] == "boolean"
