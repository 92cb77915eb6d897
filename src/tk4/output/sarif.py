"""SARIF 2.1.0: one run with the rules and results, for code-scanning dashboards.

Built as plain dicts; the test suite validates the output against the official OASIS schema.
Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from tk4 import __version__
from tk4.findings import IO_ERROR_CODES, Finding, Severity, exit_code
from tk4.output.base import RuleInfo, RunReport
from tk4.project import HOMEPAGE
from tk4.source import Span

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
"""The ``$schema`` every SARIF log from tk4 declares."""

SRCROOT = "%SRCROOT%"
"""The ``uriBaseId`` of relative paths: the repository root (or the directory tk4 ran in)."""

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}
"""SARIF ``level`` per severity (§3.27.10)."""

FINGERPRINT_KEY = "tk4FindingHash/v1"
"""The ``partialFingerprints`` key of tk4's own fingerprint (§3.27.17: name/version)."""


def artifact_location(file: str) -> dict[str, str]:
    """``artifactLocation`` for a path: a relative URI under ``%SRCROOT%``, or a ``file:`` URI.

    Why: SARIF URIs always use forward slashes and percent-encoding, whatever the OS path
    looked like, so a log made on Windows opens the same files on a Linux dashboard.
    """
    path = PurePath(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    """A ``reportingDescriptor`` for ``driver.rules``, with its documentation where known.

    ``help`` is what a dashboard shows beside a result (GitHub: "Show more"): the Markdown of
    ``tk4 rules CODE``, and as plain text the summary, the description and that command.
    """
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }
    if rule.description:
        descriptor["fullDescription"] = {"text": rule.description}
    if rule.help_markdown:
        text = "\n\n".join(
            part
            for part in (
                rule.summary,
                rule.description,
                f"Volledige uitleg met voorbeelden: tk4 rules {rule.code}",
            )
            if part
        )
        descriptor["help"] = {"text": text, "markdown": rule.help_markdown}
    if rule.help_uri is not None:
        descriptor["helpUri"] = rule.help_uri
    return descriptor


def fingerprint(finding: Finding, file: str) -> str:
    """A hash of what identifies a finding apart from its line: code, file, key path, subject.

    Why: dashboards match results across runs by ``partialFingerprints``; a finding that moves
    because lines were added above it stays the same alert instead of closing and reopening.
    """
    parts = [finding.code, file, "/".join(map(str, finding.path)), finding.subject or ""]
    if not finding.path and finding.subject is None:
        parts.append(f"{finding.span.line}:{finding.span.column}")  # nothing else tells apart
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def result(
    finding: Finding, rule_index: int, artifact_index: int, file: str | None = None
) -> dict[str, Any]:
    """One ``result``; an acknowledged finding carries an in-source suppression.

    Why an empty ``suppressions`` list on the others: SARIF reads an absent list as "not
    known", an empty one as "not suppressed" (§3.27.23), and tk4 does know.
    """
    span = finding.span
    shown = span.file if file is None else file
    location = artifact_location(shown) | {"index": artifact_index}
    suppressions = (
        []
        if finding.acknowledged is None
        else [{"kind": "inSource", "justification": finding.acknowledged}]
    )
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(location, span)}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, shown)},
        "suppressions": suppressions,
    }
    if finding.related:  # e.g. the first of two duplicate keys (§3.27.22)
        entry["relatedLocations"] = [
            {"id": number, "physicalLocation": _physical(location, other)}
            for number, other in enumerate(finding.related, start=1)
        ]
    return entry


def _physical(location: dict[str, Any], span: Span) -> dict[str, Any]:
    """A ``physicalLocation``: the file and the 1-based region within it."""
    return {
        "artifactLocation": location,
        "region": {
            "startLine": span.line,
            "startColumn": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
        },
    }


def notification(finding: Finding, rule_index: int, file: str) -> dict[str, Any]:
    """A ``toolExecutionNotification`` for input tk4 could not read (§3.58).

    Why not a result: a result says something about a file's content, and GitHub code scanning
    drops results for files that are not in the repository; a missing or unreadable input is a
    problem of the run, which SARIF readers show with the run itself.
    """
    location = artifact_location(file)
    return {
        "level": LEVELS[finding.severity],
        "message": {"text": f"{file}: {finding.message}"},
        "locations": [{"physicalLocation": {"artifactLocation": location}}],
        "associatedRule": {"id": finding.code, "index": rule_index},
    }


def report_to_sarif(report: RunReport) -> dict[str, Any]:
    """The whole SARIF log as plain JSON-ready values."""
    rules = report.sorted_rules()
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    unreadable = [finding for finding in report.findings if finding.code in IO_ERROR_CODES]
    missing = {finding.span.file for finding in unreadable}
    analysed = [file for file in report.files if file not in missing]
    artifact_index = {file: index for index, file in enumerate(analysed)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "tk4",
                "version": __version__,
                "informationUri": HOMEPAGE,
                "rules": [rule_descriptor(rule) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not unreadable,
                "exitCode": int(exit_code(report.findings)),
                "toolExecutionNotifications": [
                    notification(
                        finding,
                        rule_index[finding.code],
                        report.repository_path(finding.span.file),
                    )
                    for finding in unreadable
                ],
            }
        ],
        # Why: separate categories keep a `validate` upload from replacing a `check` upload.
        "automationDetails": {"id": f"tk4/{report.tool_command}/"},
        # Spans count Unicode code points, not SARIF's default UTF-16 code units.
        "columnKind": "unicodeCodePoints",
        "artifacts": [
            {
                "location": artifact_location(report.repository_path(file)),
                "roles": ["analysisTarget"],
            }
            for file in analysed
        ],
        "results": [
            result(
                finding,
                rule_index[finding.code],
                artifact_index[finding.span.file],
                report.repository_path(finding.span.file),
            )
            for finding in report.findings
            if finding.code not in IO_ERROR_CODES
        ],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: RunReport) -> str:
    """The SARIF log as indented JSON text ending in a newline."""
    return json.dumps(report_to_sarif(report), indent=2, ensure_ascii=False) + "\n"
