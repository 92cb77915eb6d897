"""Run configured rules over one report and turn their violations into findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from tk4.checks.acknowledgements import (
    statutory_acknowledgements,
    unused_acknowledgements,
    with_acknowledgement,
)
from tk4.checks.base import CheckContext, EarlierReport, Violation
from tk4.checks.config import ConfiguredRule
from tk4.findings import Finding, Severity
from tk4.model.catalogue import Catalogue
from tk4.model.report import SelfReport
from tk4.source import SourceMap


def run_rules(
    report: SelfReport,
    catalogue: Catalogue,
    source: SourceMap,
    rules: Iterable[ConfiguredRule],
    reference_date: dt.date,
    history: Sequence[EarlierReport] = (),
) -> list[Finding]:
    """Every finding of ``rules`` on ``report``, with the report's acknowledgements applied.

    An acknowledgement of a rule that ran but matched none of its findings adds an info
    finding (TK121), so a stale or mistyped ``uitzonderingen`` entry does not linger unseen.
    An acknowledgement of a statutory rule (:attr:`Rule.statutory`) does not accept its
    findings: they keep counting, with the reason as the region's motivation, and the entry
    gets an info finding (TK127) that says so.
    """
    rules = list(rules)
    findings: list[Finding] = []
    for configured in rules:
        context = CheckContext(
            report=report,
            catalogue=catalogue,
            source=source,
            reference_date=reference_date,
            options=configured.options,
            history=history,
        )
        for violation in configured.rule.check(context):
            findings.append(_to_finding(configured, violation, source))
    statutory = frozenset(c.rule.code for c in rules if c.rule.statutory)
    acknowledged = [
        with_acknowledgement(finding, report, reference_date, finding.code in statutory)
        for finding in findings
    ]
    ran = {configured.rule.code for configured in rules}
    return [
        *acknowledged,
        *unused_acknowledgements(report, source, acknowledged, ran, reference_date),
        *statutory_acknowledgements(report, source, acknowledged, statutory, reference_date),
    ]


def default_reference_date(report: SelfReport) -> dt.date:
    """The last day of the reporting year: reproducible results, also years later in CI."""
    return dt.date(report.year, 12, 31)


def _to_finding(configured: ConfiguredRule, violation: Violation, source: SourceMap) -> Finding:
    span = source.key(violation.path) if violation.at_key else source.lookup(violation.path)
    return Finding(
        code=configured.rule.code,
        slug=configured.rule.slug,
        severity=Severity.INFO if violation.info else configured.severity,
        span=span,
        message_id=violation.message_id,
        args=dict(violation.args),
        path=violation.path,
        subject=violation.subject,
    )
