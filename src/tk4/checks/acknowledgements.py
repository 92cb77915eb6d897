"""Acknowledgements (``uitzonderingen``): apply them to rule findings, report the unused ones.

Why: whether an acknowledgement matched a rule's findings is only known after the rules
ran, so this belongs with the rules, not with validation of the file itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any

from tk4.codes import finding
from tk4.findings import Finding
from tk4.model.report import Acknowledgement, SelfReport
from tk4.source import KeyPath, SourceMap
from tk4.validation import shown, suggest


def with_acknowledgement(
    found: Finding, report: SelfReport, reference_date: dt.date, statutory: bool = False
) -> Finding:
    """``found`` marked as acknowledged when an acknowledgement in ``report`` covers it.

    It covers the finding when it names the finding's rule, still applies on
    ``reference_date``, and either names no ``onderdeel`` or the finding's subject. A
    ``statutory`` finding (a legal duty) is not accepted: it keeps counting and carries the
    reason as the region's motivation.
    """
    acknowledgement = _covering(found, report, reference_date)
    if acknowledgement is None:
        return found
    if statutory:
        return found.motivate(acknowledgement.reason)
    return found.acknowledge(acknowledgement.reason)


def _covering(
    found: Finding, report: SelfReport, reference_date: dt.date
) -> Acknowledgement | None:
    """The first acknowledgement in ``report`` that covers ``found``, if any."""
    for acknowledgement in report.acknowledgements:
        if acknowledgement.rule != found.code or not acknowledgement.applies_on(reference_date):
            continue
        if acknowledgement.subject is None or acknowledgement.subject == found.subject:
            return acknowledgement
    return None


def statutory_acknowledgements(
    report: SelfReport,
    source: SourceMap,
    findings: Sequence[Finding],
    statutory: Collection[str],
    reference_date: dt.date,
) -> list[Finding]:
    """An info finding (TK127) for each acknowledgement that motivates a statutory finding.

    Why: a region may explain why it misses a legal duty, but tk4 cannot accept the duty
    away; the note at the entry says so, so nobody expects the exit code to change.
    """
    notes: list[Finding] = []
    for index, acknowledgement in enumerate(report.acknowledgements):
        if acknowledgement.rule not in statutory or not acknowledgement.applies_on(reference_date):
            continue
        motivated = [
            f
            for f in findings
            if f.code == acknowledgement.rule
            and f.motivation is not None
            and (acknowledgement.subject is None or acknowledgement.subject == f.subject)
        ]
        if not motivated:
            continue
        path: KeyPath = ("uitzonderingen", index, "regel")
        args = {"regel": acknowledgement.rule, "bevindingen": len(motivated)}
        notes.append(
            finding("TK127", source.lookup(path), "validate.statutory_acknowledgement", args, path)
        )
    return notes


def unused_acknowledgements(
    report: SelfReport,
    source: SourceMap,
    findings: Sequence[Finding],
    ran: Collection[str],
    reference_date: dt.date,
) -> list[Finding]:
    """An info finding for each acknowledgement of a rule in ``ran`` that did not apply.

    TK124 when its ``tot`` date lies before ``reference_date`` (the finding counts again);
    TK121 when it matched none of the rule's ``findings``. With an ``onderdeel``, TK121
    suggests the closest subject the rule did report, so a typo is easy to fix.
    """
    unused: list[Finding] = []
    for index, acknowledgement in enumerate(report.acknowledgements):
        if acknowledgement.rule not in ran:
            continue
        if not acknowledgement.applies_on(reference_date):
            unused.append(_expired(acknowledgement, index, source, reference_date))
            continue
        of_rule = [f for f in findings if f.code == acknowledgement.rule]
        subjects = list(dict.fromkeys(f.subject for f in of_rule if f.subject is not None))
        args: dict[str, Any] = {"regel": acknowledgement.rule}
        if acknowledgement.subject is None:
            if of_rule:
                continue
            path: KeyPath = ("uitzonderingen", index, "regel")
            message_id = "validate.unused_acknowledgement"
        else:
            if acknowledgement.subject in subjects:
                continue
            path = ("uitzonderingen", index, "onderdeel")
            message_id = "validate.unused_acknowledgement_subject"
            args |= {
                "onderdeel": shown(acknowledgement.subject),
                "suggestion": suggest(acknowledgement.subject, subjects),
            }
        unused.append(finding("TK121", source.lookup(path), message_id, args, path))
    return unused


def _expired(
    acknowledgement: Acknowledgement, index: int, source: SourceMap, reference_date: dt.date
) -> Finding:
    """TK124: the acknowledgement's ``tot`` lies before the peildatum, so it no longer applies."""
    path: KeyPath = ("uitzonderingen", index, "tot")
    until = acknowledgement.until or reference_date
    args = {"regel": acknowledgement.rule, "tot": until, "peildatum": reference_date}
    return finding("TK124", source.lookup(path), "validate.expired_acknowledgement", args, path)
