"""The versioned JSON document: shape, schema, documentation kept in step."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tk4.output import RunReport
from tk4.output.json import render
from tk4.source import Span

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA_PATH = DOCS / "schemas" / "tk4-bevindingen-1.schema.json"
DOC_PATH = DOCS / "uitvoer-json.md"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_sample_document(sample: RunReport) -> None:
    document = json.loads(render(sample))
    assert document["format"] == "tk4-bevindingen"
    assert document["versie"] == 1
    assert document["opdracht"] == "validate"
    assert document["bestanden"] == ["a.yaml", "b.yaml", "sub/c d.yaml", "schoon.yaml"]
    assert document["samenvatting"] == {
        "fouten": 2,
        "waarschuwingen": 1,
        "meldingen": 1,
        "erkend": 1,
    }
    assert [entry["code"] for entry in document["bevindingen"]] == [
        "TK008",
        "TK010",
        "TK008",
        "TK011",
    ]
    assert document["bevindingen"][0] == {
        "code": "TK008",
        "slug": "duplicate-key",
        "ernst": "fout",
        "bericht": "sleutel 'jaar' komt twee keer voor (eerder op regel 1, kolom 1)",
        "bestand": "a.yaml",
        "regel": 2,
        "kolom": 1,
        "eind_regel": 2,
        "eind_kolom": 5,
        "pad": ["jaar"],
        "onderwerp": None,
        "erkend": None,
        "motivering": None,
        "gerelateerd": [],
    }
    info = document["bevindingen"][3]
    assert (info["ernst"], info["pad"], info["onderwerp"]) == (
        "info",
        ["processen", 0, "norm"],
        "N-1",
    )


def test_acknowledged_finding_carries_its_reason(sample: RunReport) -> None:
    document = json.loads(render(sample))
    assert [entry["erkend"] for entry in document["bevindingen"]] == [
        None,
        None,
        "bewust: historische invoer",
        None,
    ]


def test_text_is_indented_sorted_utf8_with_trailing_newline(special: RunReport) -> None:
    output = render(special)
    assert output.endswith("}\n")
    assert (
        output
        == json.dumps(json.loads(output), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )
    assert "é" in output
    assert "\\u00e9" not in output


def test_special_characters_round_trip(special: RunReport) -> None:
    document = json.loads(render(special))
    first = document["bevindingen"][0]
    assert first["bestand"] == "x,y:z%.yaml"
    assert (
        first["bericht"]
        == "sleutel 'a\r\nb%c,d:e\x01é' komt twee keer voor (eerder op regel 1, kolom 1)"
    )
    assert first["erkend"] == "reden met\nregeleinde"


def test_empty_document(empty: RunReport) -> None:
    document = json.loads(render(empty))
    assert document["bevindingen"] == []
    assert document["bestanden"] == ["a.yaml", "b.yaml"]
    assert document["opdracht"] == "check"
    assert document["samenvatting"] == {
        "fouten": 0,
        "waarschuwingen": 0,
        "meldingen": 0,
        "erkend": 0,
    }


@pytest.mark.parametrize("report_name", ["sample", "empty", "special"])
def test_output_validates_against_published_schema(
    report_name: str, request: pytest.FixtureRequest, validator: Draft202012Validator
) -> None:
    report = request.getfixturevalue(report_name)
    validator.validate(json.loads(render(report)))


def test_schema_rejects_what_the_format_forbids(
    sample: RunReport, validator: Draft202012Validator
) -> None:
    document = json.loads(render(sample))
    document["bevindingen"][0]["ernst"] = "error"
    assert not validator.is_valid(document)
    document = json.loads(render(sample))
    document["extra"] = True
    assert not validator.is_valid(document)


def _documented_fields() -> set[str]:
    """Field names in the first column of the tables in docs/uitvoer-json.md."""
    text = DOC_PATH.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))


def _schema_fields(node: Any) -> set[str]:
    """Every property name anywhere in the schema."""
    names: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties":
                names |= set(value)
            names |= _schema_fields(value)
    elif isinstance(node, list):
        for item in node:
            names |= _schema_fields(item)
    return names


def test_documentation_describes_exactly_the_schema_fields() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert _documented_fields() == _schema_fields(schema)


def test_documentation_example_is_real_output(update_golden: bool) -> None:
    """The example in docs/uitvoer-json.md is what tk4 writes for a real duplicate key."""
    from tk4.api import rule_infos
    from tk4.findings import Finding, Severity

    text = DOC_PATH.read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)```", text, flags=re.DOTALL)
    assert match is not None
    finding = Finding(
        code="TK012",
        slug="dubbele-sleutel",
        severity=Severity.ERROR,
        span=Span("regio/brabant-noord.yaml", 7, 1, 7, 5),
        message_id="yaml.duplicate_key",
        args={"key": "jaar", "first_line": 2, "first_column": 1},
        path=("jaar",),
        related=(Span("regio/brabant-noord.yaml", 2, 1, 2, 5),),
    )
    report = RunReport(
        "validate", ["regio/brabant-noord.yaml", "regio/utrecht.yaml"], [finding], rule_infos()
    )
    if update_golden:
        DOC_PATH.write_text(text.replace(match.group(1), render(report)), encoding="utf-8")
        return
    assert render(report) == match.group(1)
