"""Plain text: one line per finding and a Dutch summary line; byte-stable (golden tests use it)."""

from __future__ import annotations

from tk4 import dutch
from tk4.findings import Finding, Severity
from tk4.output.base import SEVERITY_WORDS, RunReport, Tally

_ESCAPES: dict[int, str] = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)},
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters written as visible escapes.

    Why: one finding is one line, so ``grep`` and editors that jump to ``pad:regel:kolom``
    keep working even when a message quotes a multi-line YAML key.
    """
    return text.translate(_ESCAPES)


def format_finding(finding: Finding) -> str:
    """``pad:regel:kolom: fout TK112 [slug] bericht``, plus the onderdeel and acknowledgement.

    A rule finding about a subject ends in ``(onderdeel: RB.A.1)``: exactly what to write
    under ``onderdeel`` to accept it as an exception. Validation findings carry no subject.
    Then ``(erkend: reden)`` if the finding was acknowledged, or ``(door de regio gemotiveerd:
    reden)`` for a statutory finding the region explained but cannot accept away.
    """
    span = finding.span
    word = SEVERITY_WORDS[finding.severity][0]
    line = f"{span.file}:{span.line}:{span.column}: {word} {finding.code} [{finding.slug}]"
    line += f" {finding.message}"
    if finding.subject is not None:
        line += f" (onderdeel: {finding.subject})"
    if finding.acknowledged is not None:
        line += f" (erkend: {finding.acknowledged})"
    if finding.motivation is not None:
        line += f" (door de regio gemotiveerd: {finding.motivation})"
    return one_line(line)


def summary_line(tally: Tally, file_count: int) -> str:
    """The closing Dutch tally, e.g. "3 fouten, 1 melding in 4 bestanden (1 erkend)".

    Severities without findings are left out; acknowledged findings are counted in their
    severity and once more in the parenthesised total.
    """
    files = dutch.counted(file_count, "bestand", "bestanden")
    if tally.total == 0:
        return f"Geen bevindingen in {files}."
    parts = [
        dutch.counted(tally.of(severity), *SEVERITY_WORDS[severity])
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if tally.of(severity)
    ]
    line = f"{', '.join(parts)} in {files}"
    if tally.acknowledged:
        line += f" ({tally.acknowledged} erkend)"
    return line


def render(report: RunReport) -> str:
    """The plain-text report: every finding on its own line, then the summary line."""
    lines = [format_finding(finding) for finding in report.findings]
    lines.append(summary_line(report.tally, len(report.files)))
    return "\n".join(lines) + "\n"
