r"""GitHub Actions workflow commands: one annotation per finding, then the summary as a log line.

Command syntax follows GitHub's "Workflow commands" reference
(https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands):
``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``, where ``col`` and
``endColumn`` may only be sent when the annotation starts and ends on the same line.
Escaping follows the runner's reference implementation, ``escapeData`` and ``escapeProperty``
in actions/toolkit (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts):
the message (data) escapes ``%`` ``\r`` ``\n`` as ``%25`` ``%0D`` ``%0A``; property values
additionally escape ``:`` and ``,`` as ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from pathlib import PurePath

from tk4.findings import Finding, Severity
from tk4.output import text
from tk4.output.base import RunReport

COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}
"""Annotation command per severity."""

_DATA_ESCAPES = {ord("%"): "%25", ord("\r"): "%0D", ord("\n"): "%0A"}
_PROPERTY_ESCAPES = _DATA_ESCAPES | {ord(":"): "%3A", ord(","): "%2C"}


def escape_data(value: str) -> str:
    """Escape the message part (after ``::``) of a workflow command."""
    return value.translate(_DATA_ESCAPES)


def escape_property(value: str) -> str:
    """Escape a ``key=value`` property value of a workflow command."""
    return value.translate(_PROPERTY_ESCAPES)


def annotation(finding: Finding, file: str | None = None) -> str:
    """The workflow command for one finding; ``file`` is its repository-relative path.

    Why acknowledged findings become ``notice``: they were knowingly accepted, so showing
    them as red errors in a pull request would cry wolf; the reason is kept in the message.
    """
    span = finding.span
    command = "notice" if finding.acknowledged is not None else COMMANDS[finding.severity]
    properties = {
        "file": PurePath(span.file if file is None else file).as_posix(),
        "line": str(span.line),
        "col": str(span.column),
        "endLine": str(span.end_line),
        "endColumn": str(span.end_column),
        "title": f"{finding.code} {finding.slug}",
    }
    if span.end_line != span.line:
        del properties["col"], properties["endColumn"]
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = finding.message
    if finding.acknowledged is not None:
        message += f" (erkend: {finding.acknowledged})"
    if finding.motivation is not None:
        message += f" (door de regio gemotiveerd: {finding.motivation})"
    return f"::{command} {joined}::{escape_data(message)}"


def render(report: RunReport) -> str:
    """One annotation per finding, then the Dutch summary as a plain log line."""
    lines = [
        annotation(finding, report.repository_path(finding.span.file))
        for finding in report.findings
    ]
    lines.append(text.summary_line(report.tally, len(report.files)))
    return "\n".join(lines) + "\n"
