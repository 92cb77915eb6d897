"""RunReport's promises, the tally, the format registry and ``auto`` resolution."""

from __future__ import annotations

from typing import Any

import pytest

from tk4.errors import Tk4UserError
from tk4.findings import Severity
from tk4.output import FORMAT_CHOICES, REPORTERS, RuleInfo, RunReport, Tally, resolve_format
from tk4.source import Span


def test_registry_has_every_format() -> None:
    assert set(REPORTERS) == {"text", "json", "sarif", "junit", "github"}
    assert FORMAT_CHOICES[0] == "auto"
    assert set(FORMAT_CHOICES[1:]) == set(REPORTERS)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"GITHUB_ACTIONS": "true"}, "github"),
        ({"GITHUB_ACTIONS": "false"}, "text"),
        ({"GITHUB_ACTIONS": ""}, "text"),
        ({"CI": "true"}, "text"),
        ({}, "text"),
    ],
)
def test_auto_picks_github_only_inside_github_actions(env: dict[str, str], expected: str) -> None:
    assert resolve_format("auto", env) == expected


@pytest.mark.parametrize("name", ["text", "json", "sarif", "junit", "github"])
def test_explicit_format_wins_over_environment(name: str) -> None:
    assert resolve_format(name, {"GITHUB_ACTIONS": "true"}) == name


def test_unknown_format_is_a_dutch_user_error() -> None:
    with pytest.raises(Tk4UserError, match=r"onbekend uitvoerformaat 'xml'; kies uit: auto, text"):
        resolve_format("xml", {})


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_every_reporter_renders_empty_and_sample_runs(
    name: str, sample: RunReport, empty: RunReport
) -> None:
    render = REPORTERS[name]
    for report in (sample, empty):
        output = render(report)
        assert output.endswith("\n")
        assert not output.endswith("\n\n")
        assert render(report) == output, "a reporter must be deterministic"


def test_tally_counts_acknowledged_inside_their_severity(sample: RunReport) -> None:
    assert sample.tally == Tally(errors=2, warnings=1, infos=1, acknowledged=1)
    assert sample.tally.total == 4
    assert sample.tally.of(Severity.WARNING) == 1


def test_findings_by_file_keeps_file_order_and_clean_files(sample: RunReport) -> None:
    grouped = sample.findings_by_file()
    assert list(grouped) == ["a.yaml", "b.yaml", "sub/c d.yaml", "schoon.yaml"]
    assert [finding.code for finding in grouped["a.yaml"]] == ["TK008", "TK010"]
    assert grouped["schoon.yaml"] == []


def test_sorted_rules_are_in_code_order(sample: RunReport) -> None:
    assert [rule.code for rule in sample.sorted_rules()] == ["TK008", "TK010", "TK011", "TK099"]


def _finding(make: Any, file: str = "a.yaml", line: int = 1, code: str = "TK010") -> Any:
    return make(code, Span.point(file, line, 1), "yaml.tab")


def test_report_rejects_unsorted_findings(make: Any, rules: dict[str, RuleInfo]) -> None:
    findings = [_finding(make, line=2), _finding(make, line=1)]
    with pytest.raises(ValueError, match="niet gesorteerd"):
        RunReport("validate", ["a.yaml"], findings, rules)


def test_report_rejects_finding_in_unlisted_file(make: Any, rules: dict[str, RuleInfo]) -> None:
    with pytest.raises(ValueError, match="niet in 'files'"):
        RunReport("validate", ["b.yaml"], [_finding(make)], rules)


def test_report_rejects_code_without_rule(make: Any, rules: dict[str, RuleInfo]) -> None:
    del rules["TK010"]
    with pytest.raises(ValueError, match="geen RuleInfo voor code 'TK010'"):
        RunReport("validate", ["a.yaml"], [_finding(make)], rules)


def test_report_rejects_rule_filed_under_another_code(rules: dict[str, RuleInfo]) -> None:
    rules["TK123"] = rules["TK010"]
    with pytest.raises(ValueError, match="RuleInfo onder 'TK123' heeft code 'TK010'"):
        RunReport("validate", [], [], rules)


def test_report_rejects_duplicate_files(rules: dict[str, RuleInfo]) -> None:
    with pytest.raises(ValueError, match="meer dan eens"):
        RunReport("validate", ["a.yaml", "a.yaml"], [], rules)


def test_report_rejects_unknown_command(rules: dict[str, RuleInfo]) -> None:
    with pytest.raises(ValueError, match="onbekende opdracht"):
        RunReport("lint", [], [], rules)  # type: ignore[arg-type]
