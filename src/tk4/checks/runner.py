"""Run configured rules over one report and turn their violations into findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from tk4.checks.acknowledgements import unused_acknowledgements, with_acknowledgement
from tk4.checks.base import CheckContext, EarlierReport, Violation
from tk4.checks.config import ConfiguredRule
from tk4.findings import Finding
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
    acknowledged = [with_acknowledgement(finding, report, reference_date) for finding in findings]
    ran = {configured.rule.code for configured in rules}
    return [
        *acknowledged,
        *unused_acknowledgements(report, source, acknowledged, ran, reference_date),
    ]


def default_reference_date(report: SelfReport) -> dt.date:
    """The last day of the reporting year: reproducible results, also years later in CI."""
    return dt.date(report.year, 12, 31)


def _to_finding(configured: ConfiguredRule, violation: Violation, source: SourceMap) -> Finding:
    span = source.key(violation.path) if violation.at_key else source.lookup(violation.path)
    return Finding(
        code=configured.rule.code,
        slug=configured.rule.slug,
        severity=configured.severity,
        span=span,
        message_id=violation.message_id,
        args=dict(violation.args),
        path=violation.path,
        subject=violation.subject,
    )
