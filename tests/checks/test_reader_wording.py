"""The report's wording renders for every finding the rules produce: no exception, no '{' left.

Why: the reader's wording (``report.<id>`` in :mod:`tk4.messages.report_nl`) is filled from a
finding's arguments; a renamed argument must fail here, not quietly change a report. The
messages about a legal cycle cite the basis of its row in :mod:`tk4.checks.cycles`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from tk4.api import check_paths
from tk4.checks import REGISTRY
from tk4.checks.cycles import CYCLES, LegalCycle
from tk4.checks.docs import parse_fragment, rule_doc
from tk4.findings import Finding
from tk4.messages import TABLES
from tk4.messages.nl import MESSAGES
from tk4.render.wording import Names, reader_message, rule_label

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]
RunReport = Callable[[Mapping[str, Any], Sequence[str], str], Any]


def _assert_worded(findings: Iterable[Finding], names: Names) -> None:
    """Render every finding and its label for the reader: no exception, no field left."""
    for finding in findings:
        text = reader_message(finding.message_id, finding.args, names, finding.message)
        label = rule_label(finding.message_id, finding.slug)
        for worded in (text, label):
            assert worded, finding
            assert "{" not in worded, (finding.message_id, worded)
            assert "}" not in worded, (finding.message_id, worded)


@pytest.mark.parametrize("code", list(REGISTRY))
def test_reader_wording_of_every_bad_example(
    code: str, build_report: BuildReport, run_report: RunReport
) -> None:
    rule = REGISTRY[code]
    data = build_report(parse_fragment(rule, "Fout", rule_doc(rule).bad_yaml))
    run = run_report(data, [code], f"{code}-fout.yaml")
    names = Names(
        {document["id"]: document["titel"] for document in data["documenten"]},
        {deployment["id"]: deployment["naam"] for deployment in data["inzetten"]},
    )
    assert run.findings
    _assert_worded(run.findings, names)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_reader_wording_of_the_shipped_examples(path: Path) -> None:
    outcome = check_paths([path])
    (result,) = outcome.results
    assert result.report is not None
    names = Names(
        {document.id: document.title for document in result.report.documents},
        {deployment.id: deployment.name for deployment in result.report.deployments},
    )
    _assert_worded(outcome.findings, names)


def test_every_reader_wording_and_label_belongs_to_a_check_message() -> None:
    prefixed = [key for key in TABLES["nl"] if key.startswith(("report.", "label."))]
    assert prefixed
    unknown = [key for key in prefixed if key.split(".", 1)[1] not in MESSAGES]
    assert unknown == []


@pytest.mark.parametrize("cycle", CYCLES, ids=lambda cycle: cycle.rule)
def test_the_messages_of_a_cycle_cite_its_basis(cycle: LegalCycle) -> None:
    rule = REGISTRY[cycle.rule]
    assert rule.basis == cycle.basis
    assert [option.default for option in rule.options.values()] in ([], [cycle.term])
    ids = [key for key in TABLES["nl"] if cycle.rule in key.split(".")[:2] and "label" not in key]
    assert ids
    uncited = [key for key in ids if cycle.citation not in TABLES["nl"][key]]
    assert uncited == []
