"""JUnit XML: one test suite per file, one test case per code that fired, for CI test reports.

Layout, chosen for how GitLab and Jenkins show JUnit reports:

- ``<testsuite name=pad>`` per examined file; a clean file gets one passing case ``geldig``.
- ``<testcase name="TK112 slug" file=… line=…>`` per code found in that file.
- Only blocking findings (unacknowledged errors) fail a case, with ``<failure>``, so the failure
  count matches tk4's exit code: a failing report means a failing run.
- Every finding of the case, blocking or not, is listed as a text line in ``<system-out>``.
  Why not ``<properties>``: GitLab ignores test-case properties and Jenkins hides them, while
  both show ``system-out`` in the case's detail view, so warnings and acknowledged findings
  stay visible without failing the case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby

from tk4.findings import Finding
from tk4.output import text
from tk4.output.base import RunReport

CLEAN_CASE = "geldig"
"""Name of the single passing test case of a file without findings."""

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value: str) -> str:
    r"""``value`` with characters XML 1.0 forbids written as ``\xNN`` or ``\uNNNN`` escapes.

    Why: ElementTree writes such characters (most C0 controls, U+FFFE, U+FFFF, lone
    surrogates) unchanged, which makes the whole report unparsable.
    """
    return _NOT_XML.sub(_escape, value)


def _escape(match: re.Match[str]) -> str:
    """A visible escape for one forbidden character, in the style of :func:`text.one_line`."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _testcase(
    suite: ET.Element, file: str, code: str, findings: list[Finding], repository_path: str
) -> bool:
    """Append the case for ``code`` in ``file`` to ``suite``; return whether it failed.

    ``file`` and ``line`` (the first finding of the code) are the attributes GitLab and the
    Jenkins JUnit plugin read to link a case to its source, the path from the repository root.
    """
    first = findings[0]
    case = ET.SubElement(suite, "testcase", classname=xml_safe(file))
    case.set("name", xml_safe(f"{code} {first.slug}"))
    case.set("file", xml_safe(repository_path))
    case.set("line", str(first.span.line))
    blocking = [finding for finding in findings if finding.is_blocking]
    if blocking:
        failure = ET.SubElement(case, "failure", type=code)
        failure.set("message", xml_safe(blocking[0].message))
        failure.text = "\n".join(xml_safe(text.format_finding(finding)) for finding in blocking)
    output = ET.SubElement(case, "system-out")
    output.text = "\n".join(xml_safe(text.format_finding(finding)) for finding in findings)
    return bool(blocking)


def _testsuite(
    file: str, findings: list[Finding], repository_path: str
) -> tuple[ET.Element, int, int]:
    """The suite for one file, with its number of cases and of failed cases."""
    suite = ET.Element("testsuite", name=xml_safe(file))
    by_code = sorted(findings, key=lambda finding: finding.code)
    outcomes = [
        _testcase(suite, file, code, list(group), repository_path)
        for code, group in groupby(by_code, key=lambda finding: finding.code)
    ]
    if not findings:
        ET.SubElement(
            suite,
            "testcase",
            classname=xml_safe(file),
            name=CLEAN_CASE,
            file=xml_safe(repository_path),
        )
        outcomes = [False]
    cases, failures = len(outcomes), sum(outcomes)
    _set_counts(suite, cases, failures)
    return suite, cases, failures


def _set_counts(element: ET.Element, tests: int, failures: int) -> None:
    """Set the count attributes JUnit readers expect (tk4 has no errored or skipped cases)."""
    element.set("tests", str(tests))
    element.set("failures", str(failures))
    element.set("errors", "0")
    element.set("skipped", "0")


def render(report: RunReport) -> str:
    """The JUnit XML document, with XML declaration, as text to be written in UTF-8."""
    root = ET.Element("testsuites", name=f"tk4 {report.tool_command}")
    tests = failures = 0
    for file, findings in report.findings_by_file().items():
        suite, suite_tests, suite_failures = _testsuite(
            file, findings, report.repository_path(file)
        )
        root.append(suite)
        tests += suite_tests
        failures += suite_failures
    _set_counts(root, tests, failures)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
