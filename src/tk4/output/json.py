"""JSON: the versioned ``tk4-bevindingen`` document (see docs/uitvoer-json.md and its schema)."""

from __future__ import annotations

import json
from typing import Any

from tk4.findings import Finding
from tk4.output.base import RunReport

FORMAT_NAME = "tk4-bevindingen"
"""Value of the top-level ``format`` key: tells a reader which document this is."""

FORMAT_VERSION = 1
"""Value of ``versie``: raised on every incompatible change (docs/uitvoer-json.md, "Versies")."""


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One finding as its ``bevindingen`` entry."""
    span = finding.span
    return {
        "code": finding.code,
        "slug": finding.slug,
        "ernst": finding.severity.value,
        "bericht": finding.message,
        "bestand": span.file,
        "regel": span.line,
        "kolom": span.column,
        "eind_regel": span.end_line,
        "eind_kolom": span.end_column,
        "pad": list(finding.path),
        "onderwerp": finding.subject,
        "erkend": finding.acknowledged,
        "motivering": finding.motivation,
        "gerelateerd": [{"regel": other.line, "kolom": other.column} for other in finding.related],
    }


def report_to_dict(report: RunReport) -> dict[str, Any]:
    """The whole document as plain JSON-ready values."""
    tally = report.tally
    return {
        "format": FORMAT_NAME,
        "versie": FORMAT_VERSION,
        "opdracht": report.tool_command,
        "bestanden": list(report.files),
        "bevindingen": [finding_to_dict(finding) for finding in report.findings],
        "samenvatting": {
            "fouten": tally.errors,
            "waarschuwingen": tally.warnings,
            "meldingen": tally.infos,
            "erkend": tally.acknowledged,
        },
    }


def render(report: RunReport) -> str:
    """The document, indented, keys sorted, UTF-8 text kept as is, ending in a newline."""
    return json.dumps(report_to_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
