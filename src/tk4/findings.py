"""Findings: the plain data every check produces and every reporter consumes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from tk4.messages import render_message
from tk4.source import KeyPath, Span


class Severity(StrEnum):
    """How serious a finding is. Values are the Dutch words users see and configure."""

    ERROR = "fout"
    WARNING = "waarschuwing"
    INFO = "info"


class Exit:
    """The process exit codes of ``tk4 validate`` and ``tk4 check``."""

    OK = 0
    FINDINGS = 1
    USAGE = 2


@dataclass(frozen=True, eq=True)
class Finding:
    """One problem at one place.

    ``message_id`` and ``args`` are kept instead of a rendered string so the same finding
    can be shown in another language or format later; :attr:`message` renders Dutch.
    """

    code: str
    slug: str
    severity: Severity
    span: Span
    message_id: str
    args: Mapping[str, Any] = field(default_factory=dict)
    path: KeyPath = ()
    subject: str | None = None
    acknowledged: str | None = None
    related: tuple[Span, ...] = ()
    """Other places that belong to this finding (e.g. the first of two duplicate keys)."""
    motivation: str | None = None
    """The region's reason from ``uitzonderingen`` for a statutory finding it cannot accept
    away: shown as "door de regio gemotiveerd", while the finding keeps counting."""

    @property
    def message(self) -> str:
        """The Dutch message text."""
        return render_message(self.message_id, self.args)

    @property
    def is_blocking(self) -> bool:
        """Whether this finding makes the run fail (an unacknowledged error)."""
        return self.severity is Severity.ERROR and self.acknowledged is None

    def acknowledge(self, reason: str) -> Finding:
        """This finding, marked as knowingly accepted with ``reason``."""
        return replace(self, acknowledged=reason)

    def motivate(self, reason: str) -> Finding:
        """This (statutory) finding with the region's ``reason``; it still counts in full."""
        return replace(self, motivation=reason)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order: file, line, column, code."""
        return (self.span.file, self.span.line, self.span.column, self.code)


IO_ERROR_CODES = frozenset({"TK001"})
"""Codes that mean a file could not be read at all: these make the exit code 2."""


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in file/line/column/code order."""
    return sorted(findings, key=Finding.sort_key)


def exit_code(findings: Iterable[Finding]) -> int:
    """The one place that decides the exit code: 2 for unreadable input, 1 for errors, else 0."""
    worst = Exit.OK
    for finding in findings:
        if finding.code in IO_ERROR_CODES:
            return Exit.USAGE
        if finding.is_blocking:
            worst = Exit.FINDINGS
    return worst
