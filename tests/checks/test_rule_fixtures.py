"""Every rule's *Fout* example fires and its *Goed* example does not, on the clean base report.

The examples come from the rule docstrings (what ``docs/rules.md`` shows), so the documentation
is tested code. New rules in the registry are picked up automatically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from tk4.checks import REGISTRY
from tk4.checks.docs import parse_fragment, render_rules_markdown, rule_doc
from tk4.loading.yaml import parse_yaml
from tk4.model.catalogue import Catalogue

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]
RunReport = Callable[[Mapping[str, Any], Sequence[str], str], Any]

CODES = list(REGISTRY)


def test_base_report_is_valid_without_any_finding(
    base_report: dict[str, Any], run_report: RunReport
) -> None:
    run = run_report(base_report, CODES, "basis.yaml")
    assert run.validation.findings == [], run.validation.findings
    assert run.findings == [], f"regels die afgaan op de schone basis:\n{run.describe()}"


def test_base_report_uses_every_document_as_evidence(base_report: dict[str, Any]) -> None:
    cited: set[str] = set()
    for norm in base_report["normen"].values():
        cited.update(norm["bewijs"])
        for element in norm["elementen"].values():
            cited.update(element["bewijs"])
    for deployment in base_report["inzetten"]:
        cited.add(deployment["evaluatie"])
    for point in base_report["verbeterpunten"]:
        cited.update(point["bewijs"])
    assert {document["id"] for document in base_report["documenten"]} == cited


def test_base_report_judges_every_element(
    base_report: dict[str, Any], catalogue: Catalogue
) -> None:
    judged = {
        element_id
        for norm in base_report["normen"].values()
        for element_id, element in norm["elementen"].items()
        if element["oordeel"] == "op niveau" and len(element["toelichting"]) >= 80
    }
    assert judged == set(catalogue.elements)


@pytest.mark.parametrize("code", CODES)
def test_bad_example_fires(code: str, build_report: BuildReport, run_report: RunReport) -> None:
    rule = REGISTRY[code]
    fragment = parse_fragment(rule, "Fout", rule_doc(rule).bad_yaml)
    run = run_report(build_report(fragment), [code], f"{code}-fout.yaml")
    assert code in run.codes(), f"{code}: het Fout-voorbeeld geeft geen bevinding"
    for finding in run.findings:
        assert finding.message, finding


@pytest.mark.parametrize("code", CODES)
def test_good_example_is_quiet(code: str, build_report: BuildReport, run_report: RunReport) -> None:
    rule = REGISTRY[code]
    fragment = parse_fragment(rule, "Goed", rule_doc(rule).good_yaml)
    run = run_report(build_report(fragment), [code], f"{code}-goed.yaml")
    assert code not in run.codes(), f"{code}: het Goed-voorbeeld geeft toch:\n{run.describe()}"


def test_harness_fails_on_invalid_fragments(
    build_report: BuildReport, run_report: RunReport
) -> None:
    """The harness really reports what a fragment breaks: a bogus document fails validation."""
    fragment = {"normen": {"RB.A": {"bewijs": ["bestaat-niet"]}}}
    with pytest.raises(pytest.fail.Exception, match="TK116"):
        run_report(build_report(fragment), CODES, "kapot.yaml")


class TestDeepMerge:
    def test_mappings_merge_recursively_and_lists_are_replaced(
        self, base_report: dict[str, Any], build_report: BuildReport
    ) -> None:
        merged = build_report(
            {"normen": {"RB.A": {"elementen": {"RB.A.1": {"bewijs": ["crisisplan"]}}}}}
        )
        element = merged["normen"]["RB.A"]["elementen"]["RB.A.1"]
        assert element["bewijs"] == ["crisisplan"]
        assert element["oordeel"] == "op niveau"
        assert merged["normen"]["RB.B"] == base_report["normen"]["RB.B"]
        assert base_report["normen"]["RB.A"]["elementen"]["RB.A.1"]["bewijs"] == ["beleidsplan"]

    def test_null_removes_a_key(self, build_report: BuildReport) -> None:
        merged = build_report({"normen": {"RB.A": None}, "verbeterpunten": None})
        assert "RB.A" not in merged["normen"]
        assert "RB.B" in merged["normen"]
        assert "verbeterpunten" not in merged

    def test_scalars_and_new_keys(self, build_report: BuildReport) -> None:
        merged = build_report({"jaar": 2026, "opgesteld": {"datum": dt.date(2026, 1, 5)}})
        assert merged["jaar"] == 2026
        assert merged["opgesteld"] == {
            "datum": dt.date(2026, 1, 5),
            "door": "Team Kwaliteit en Control",
        }


def test_acknowledgement_example_in_rules_md_works(
    build_report: BuildReport, run_report: RunReport
) -> None:
    """The ``uitzonderingen`` example of docs/rules.md accepts its rule's Fout finding."""
    section = render_rules_markdown(REGISTRY).split("## Uitzonderingen", 1)[1]
    match = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert match is not None
    example = parse_yaml(match.group(1), "uitzonderingen").data
    (acknowledgement,) = example["uitzonderingen"]
    rule = REGISTRY[acknowledgement["regel"]]
    fragment = {**parse_fragment(rule, "Fout", rule_doc(rule).bad_yaml), **example}
    run = run_report(build_report(fragment), [rule.code], "uitzondering.yaml")
    concerned = [f for f in run.findings if f.subject == acknowledgement["onderdeel"]]
    assert concerned, run.describe()
    assert all(f.acknowledged == acknowledgement["reden"] for f in concerned)
    assert not any(f.is_blocking for f in concerned)
