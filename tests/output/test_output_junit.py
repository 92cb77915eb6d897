"""JUnit XML: suites per file, cases per code, failures only for blocking findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tk4.output import RuleInfo, RunReport
from tk4.output.junit import render, xml_safe
from tk4.source import Span

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _parse(report: RunReport) -> ET.Element:
    output = render(report)
    assert output.startswith(DECLARATION)
    return ET.fromstring(output.encode("utf-8"))


def _cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.attrib["name"]: case for case in suite.findall("testcase")}


def _assert_counts_add_up(root: ET.Element) -> None:
    suites = root.findall("testsuite")
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.attrib["tests"]) == len(cases)
        assert int(suite.attrib["failures"]) == sum(
            case.find("failure") is not None for case in cases
        )
        assert suite.attrib["errors"] == suite.attrib["skipped"] == "0"
    assert int(root.attrib["tests"]) == sum(int(suite.attrib["tests"]) for suite in suites)
    assert int(root.attrib["failures"]) == sum(int(suite.attrib["failures"]) for suite in suites)


def test_one_suite_per_file_in_order(sample: RunReport) -> None:
    root = _parse(sample)
    assert root.tag == "testsuites"
    assert root.attrib["name"] == "tk4 validate"
    assert [suite.attrib["name"] for suite in root.findall("testsuite")] == [
        "a.yaml",
        "b.yaml",
        "sub/c d.yaml",
        "schoon.yaml",
    ]
    assert (root.attrib["tests"], root.attrib["failures"]) == ("5", "1")
    _assert_counts_add_up(root)


def test_error_fails_its_case_and_warning_passes_with_output(sample: RunReport) -> None:
    suite = _parse(sample).findall("testsuite")[0]
    cases = _cases(suite)
    assert list(cases) == ["TK008 duplicate-key", "TK010 tab"]
    failure = cases["TK008 duplicate-key"].find("failure")
    assert failure is not None
    assert failure.attrib == {
        "type": "TK008",
        "message": "sleutel 'jaar' komt twee keer voor (eerder op regel 1, kolom 1)",
    }
    assert failure.text == (
        "a.yaml:2:1: fout TK008 [duplicate-key] sleutel 'jaar' komt twee keer voor"
        " (eerder op regel 1, kolom 1)"
    )
    warning = cases["TK010 tab"]
    assert warning.find("failure") is None
    assert warning.findtext("system-out") == (
        "a.yaml:5:3: waarschuwing TK010 [tab] tab-teken gevonden; gebruik spaties om in te springen"
    )
    assert {case.attrib["classname"] for case in cases.values()} == {"a.yaml"}


def test_acknowledged_error_passes_but_stays_visible(sample: RunReport) -> None:
    suite = _parse(sample).findall("testsuite")[1]
    case = _cases(suite)["TK008 duplicate-key"]
    assert case.find("failure") is None
    assert "(erkend: bewust: historische invoer)" in (case.findtext("system-out") or "")
    assert suite.attrib["failures"] == "0"


def test_clean_file_has_one_passing_case(sample: RunReport) -> None:
    suite = _parse(sample).findall("testsuite")[3]
    assert list(_cases(suite)) == ["geldig"]
    assert (suite.attrib["tests"], suite.attrib["failures"]) == ("1", "0")
    case = suite.find("testcase")
    assert case is not None
    assert len(case) == 0


def test_several_findings_of_one_code_share_a_case(make: Any, rules: dict[str, RuleInfo]) -> None:
    findings = [
        make(
            "TK008",
            Span.point("a.yaml", line, 1),
            "yaml.duplicate_key",
            {"key": "k", "first_line": 1, "first_column": 1},
        )
        for line in (2, 3)
    ]
    root = _parse(RunReport("validate", ["a.yaml"], findings, rules))
    (case,) = root.findall("testsuite/testcase")
    failure = case.find("failure")
    assert failure is not None
    message = (
        "fout TK008 [duplicate-key] sleutel 'k' komt twee keer voor (eerder op regel 1, kolom 1)"
    )
    assert (failure.text or "").splitlines() == [f"a.yaml:2:1: {message}", f"a.yaml:3:1: {message}"]
    assert root.attrib["tests"] == root.attrib["failures"] == "1"


def test_empty_report_passes_every_file(empty: RunReport) -> None:
    root = _parse(empty)
    assert root.attrib["name"] == "tk4 check"
    assert (root.attrib["tests"], root.attrib["failures"]) == ("2", "0")
    assert [case.attrib["name"] for case in root.iter("testcase")] == ["geldig", "geldig"]
    _assert_counts_add_up(root)


def test_special_characters_give_well_formed_xml(special: RunReport) -> None:
    root = _parse(special)
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.attrib["name"] == "x,y:z%.yaml"
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    # The attribute keeps the line break (written as a character reference); the forbidden
    # control character U+0001 becomes a visible escape.
    assert failure.attrib["message"] == (
        "sleutel 'a\r\nb%c,d:e\\x01é' komt twee keer voor (eerder op regel 3, kolom 1)"
    )
    assert "(erkend: reden met\\nregeleinde)" in (
        root.findtext("testsuite/testcase/system-out") or ""
    )
    _assert_counts_add_up(root)


def test_xml_safe_escapes_only_forbidden_characters() -> None:
    assert xml_safe("a\tb\nc\rd é 😀") == "a\tb\nc\rd é 😀"
    assert xml_safe("\x00\x08\x0b\x1f\ufffe") == "\\x00\\x08\\x0b\\x1f\\ufffe"


def test_cases_carry_file_and_first_line_from_the_repository_root(
    make: Any, rules: dict[str, RuleInfo]
) -> None:
    shown = "../regio/a.yaml"
    findings = [
        make("TK010", Span.point(shown, 7, 3), "yaml.tab"),
        make("TK010", Span.point(shown, 4, 1), "yaml.tab"),
        make("TK011", Span.point(shown, 9, 2), "yaml.tab"),
    ]
    report = RunReport(
        "check",
        [shown, "schoon.yaml"],
        sorted(findings, key=lambda finding: finding.sort_key()),
        rules,
        {shown: "zelfevaluaties/regio/a.yaml"},
    )
    root = _parse(report)
    first, clean = root.findall("testsuite")
    cases = _cases(first)
    assert cases["TK010 tab"].attrib["file"] == "zelfevaluaties/regio/a.yaml"
    assert cases["TK010 tab"].attrib["line"] == "4"
    assert cases["TK011 yaml-tag"].attrib["line"] == "9"
    assert cases["TK010 tab"].attrib["classname"] == shown
    assert _cases(clean)["geldig"].attrib == {
        "classname": "schoon.yaml",
        "name": "geldig",
        "file": "schoon.yaml",
    }
