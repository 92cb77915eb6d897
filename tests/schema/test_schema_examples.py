"""The schema and ``tk4 validate`` agree: on the examples, the invalid examples and small cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from schema_helpers import json_data

from tk4.checks import REGISTRY
from tk4.findings import Severity
from tk4.validation import validate_file, validate_text

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
INVALID = sorted((REPO / "examples" / "ongeldig").glob("*.y*ml"))

# Findings a JSON Schema cannot see: references inside the file, duplicate ids, YAML features
# that still parse (anchors, tags), and rule codes that only exist in tk4's registry.
SCHEMA_BLIND = frozenset(
    {"TK012", "TK013", "TK014", "TK015", "TK016", "TK017", "TK116", "TK117", "TK118", "TK120"}
)

BASE = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2025
opgesteld:
  datum: 2026-02-14
  door: Team Kwaliteit
documenten:
  - id: bp-2024
    soort: beleidsplan
    titel: Beleidsplan 2024-2027
    vastgesteld: 2023-12-07
normen:
  RB.A:
    oordeel: op niveau
    elementen:
      RB.A.1:
        oordeel: in de basis op orde
        toelichting: Vastgelegd in het beleidsplan.
        bewijs: [bp-2024]
inzetten:
  - id: oefening-1
    soort: oefening
    naam: Oefening CoPI
    datum: 2025-04-16
    grip: 2
    teams: [copi, rot]
    opkomst_minuten: {copi: 28, rot: 41.5}
"""


def _errors(result_findings: list[Any]) -> list[str]:
    return [f.code for f in result_findings if f.severity is Severity.ERROR]


def _schema_errors(validator: jsonschema.Draft202012Validator, text: str) -> list[str]:
    return [error.message for error in validator.iter_errors(json_data(text))]


def _parseable(text: str) -> bool:
    try:
        json_data(text)
    except Exception:  # any loader error: the file is not YAML a schema validator can read
        return False
    return True


def test_there_are_examples() -> None:
    assert EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_is_valid_for_both(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    assert _errors(validate_file(path, REGISTRY).findings) == []
    assert _schema_errors(validator, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_both(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    codes = _errors(validate_file(path, REGISTRY).findings)
    assert codes, f"{path.name} is geldig voor tk4 validate"
    text = path.read_text(encoding="utf-8", errors="replace")
    if not _parseable(text) or set(codes) <= SCHEMA_BLIND:
        return
    assert _schema_errors(validator, text), f"{path.name} ({codes}) is geldig voor het schema"


def test_base_case_is_valid_for_both(validator: jsonschema.Draft202012Validator) -> None:
    assert _errors(validate_text(BASE, "basis.yaml", REGISTRY).findings) == []
    assert _schema_errors(validator, BASE) == []


CASES = {
    "onbekende sleutel": (BASE + "opmerking: iets\n", "TK101"),
    "onbekende sleutel in element": (
        BASE.replace(
            "        bewijs: [bp-2024]\n", "        bewijs: [bp-2024]\n        score: 3\n"
        ),
        "TK101",
    ),
    "verkeerd oordeel": (BASE.replace("oordeel: op niveau", "oordeel: goed"), "TK115"),
    "verkeerde soort": (BASE.replace("soort: oefening", "soort: training"), "TK104"),
    "element bij verkeerde norm": (BASE.replace("RB.A.1:", "RB.B.1:"), "TK114"),
    "onbekend element": (BASE.replace("RB.A.1:", "RB.A.9:"), "TK113"),
    "onbekende norm": (BASE.replace("  RB.A:", "  RB.F:"), "TK112"),
    "onbekende regio": (BASE.replace("VR05", "VR26"), "TK111"),
    "onbekende tijdnorm": (BASE.replace("copi: 28", "brandweer: 28"), "TK119"),
    "ongeldige datum": (BASE.replace("datum: 2025-04-16", "datum: 16-04-2025"), "TK105"),
    "onmogelijke datum": (BASE.replace("datum: 2025-04-16", "datum: 2025-02-30"), "TK105"),
    "lege toelichting": (
        BASE.replace("Vastgelegd in het beleidsplan.", '""'),
        "TK106",
    ),
    "ontbrekend veld": (BASE.replace("  door: Team Kwaliteit\n", ""), "TK102"),
    "verkeerde versie": (BASE.replace('"4.0"', '"3.0"'), "TK110"),
    "ongeldige id": (BASE.replace("id: oefening-1", "id: Oefening 1"), "TK106"),
}


@pytest.mark.parametrize(("text", "code"), CASES.values(), ids=CASES.keys())
def test_small_case_fails_both(
    text: str, code: str, validator: jsonschema.Draft202012Validator
) -> None:
    assert code in _errors(validate_text(text, "geval.yaml", REGISTRY).findings)
    assert _schema_errors(validator, text)


def test_reference_errors_are_left_to_tk4(validator: jsonschema.Draft202012Validator) -> None:
    text = BASE.replace("bewijs: [bp-2024]", "bewijs: [bestaat-niet]")
    assert "TK116" in _errors(validate_text(text, "geval.yaml", REGISTRY).findings)
    assert _schema_errors(validator, text) == []


def test_unquoted_version_is_valid_for_both(validator: jsonschema.Draft202012Validator) -> None:
    text = BASE.replace('"4.0"', "4.0")
    assert _errors(validate_text(text, "geval.yaml", REGISTRY).findings) == []
    assert _schema_errors(validator, text) == []


def test_editors_with_only_draft_07_agree(schema: dict[str, Any]) -> None:
    """Many YAML editors implement draft-07; the schema must mean the same to them."""
    draft7 = jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
    for path in EXAMPLES:
        assert _schema_errors(draft7, path.read_text(encoding="utf-8")) == [], path.name
    for name, (text, _) in CASES.items():
        assert _schema_errors(draft7, text), name
