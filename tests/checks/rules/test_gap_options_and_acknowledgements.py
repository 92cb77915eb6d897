"""Rule options through tk4.checks.config, and acknowledgements (uitzonderingen) per subject."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import pytest

from tk4.checks import REGISTRY
from tk4.checks.config import Config, configure
from tk4.dutch import Age
from tk4.errors import Tk4UserError
from tk4.findings import Severity, exit_code
from tk4.output.text import format_finding

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]


def overdue(point_id: str) -> dict[str, Any]:
    return {
        "id": point_id,
        "omschrijving": "Het actuele beeld bereikt de gemeenten te laat.",
        "bron": "st-2025",
        "eigenaar": "Hoofd informatiemanagement",
        "termijn": dt.date(2025, 9, 30),
        "status": "open",
    }


class TestOptions:
    def test_min_tekens(self, build_report: BuildReport, check_rules: Any) -> None:
        text = "Vastgelegd in het beleidsplan,\n   besproken   met de kolommen."
        report = build_report(
            {"normen": {"RB.A": {"elementen": {"RB.A.1": {"toelichting": text}}}}}
        )
        assert check_rules(report, ["TK302"]) == []
        (finding,) = check_rules(report, ["TK302"], options={"TK302": {"min_tekens": 60}})
        assert finding.message_id == "TK302.te_kort"
        # 62 characters as written, 57 once the whitespace runs are collapsed
        assert finding.args == {
            "soort": "element",
            "onderdeel": "RB.A.1",
            "tekens": 57,
            "min_tekens": 60,
        }

    def test_max_jaren_of_a_cycle(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "beleidsplan")["vastgesteld"] = dt.date(2021, 6, 1)
        assert [f.code for f in check_rules(report, ["TK501"])] == ["TK501"]
        assert check_rules(report, ["TK501"], options={"TK501": {"max_jaren": 5}}) == []

    def test_max_maanden_of_the_jaarverslag(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        (finding,) = check_rules(report, ["TK506"], options={"TK506": {"max_maanden": 6}})
        assert finding.args["leeftijd"] == Age(0, 6, 11)

    def test_max_jaren_of_evidence(self, build_report: BuildReport, check_rules: Any) -> None:
        report = build_report(
            {"normen": {"UV.A": {"elementen": {"UV.A.1": {"bewijs": ["procedure"]}}}}}
        )
        report["documenten"].append(
            {
                "id": "procedure",
                "soort": "procedure",
                "titel": "Alarmering",
                "vastgesteld": dt.date(2019, 3, 12),
            }
        )
        assert [f.subject for f in check_rules(report, ["TK403"])] == ["procedure"]
        assert check_rules(report, ["TK403"], options={"TK403": {"max_jaren": 7}}) == []

    @pytest.mark.parametrize(
        ("grip", "min_grip", "fires"), [(2, 3, False), (3, 3, True), ("Rijk", 5, True)]
    )
    def test_min_grip(
        self,
        grip: int | str,
        min_grip: int,
        fires: bool,
        build_report: BuildReport,
        check_rules: Any,
    ) -> None:
        incident = {
            "id": "inc-1",
            "soort": "incident",
            "naam": "Brand",
            "datum": dt.date(2025, 3, 14),
            "grip": grip,
        }
        report = build_report({"inzetten": [build_report({})["inzetten"][0], incident]})
        findings = check_rules(report, ["TK603"], options={"TK603": {"min_grip": min_grip}})
        assert [f.subject for f in findings] == (["inc-1"] if fires else [])

    def test_unknown_option_is_a_user_error(self) -> None:
        with pytest.raises(Tk4UserError, match="kent optie 'max_jaar' niet"):
            configure(Config(options={"TK501": {"max_jaar": 5}}), REGISTRY)


class TestAcknowledgements:
    def test_an_acknowledgement_marks_only_its_subject(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        reason = "Uitgesteld tot na de reorganisatie van de meldkamer."
        report = build_report(
            {
                "verbeterpunten": [overdue("vp-a"), overdue("vp-b")],
                "uitzonderingen": [{"regel": "TK702", "onderdeel": "vp-a", "reden": reason}],
            }
        )
        findings = {f.subject: f for f in check_rules(report, ["TK702"])}
        assert findings["vp-a"].acknowledged == reason
        assert findings["vp-b"].acknowledged is None

    def test_without_onderdeel_every_finding_of_the_rule_is_acknowledged(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {
                "verbeterpunten": [overdue("vp-a"), overdue("vp-b")],
                "uitzonderingen": [{"regel": "TK702", "reden": "Alle termijnen worden herzien."}],
            }
        )
        findings = check_rules(report, ["TK702"])
        assert len(findings) == 2
        assert all(f.acknowledged for f in findings)

    def test_an_acknowledged_error_does_not_fail_the_run(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        reason = "Termijnen herzien na de reorganisatie (besluit AB 2025-11)."
        report = build_report(
            {
                "verbeterpunten": [overdue("vp-a")],
                "uitzonderingen": [{"regel": "TK702", "onderdeel": "vp-a", "reden": reason}],
            }
        )
        (finding,) = check_rules(report, ["TK702"])
        assert finding.acknowledged == reason
        assert exit_code([replace(finding, severity=Severity.ERROR)]) == 0

    @pytest.mark.parametrize(
        ("code", "subject", "basis"),
        [("TK501", "beleidsplan", "Wvr art. 14"), ("TK507", "systeemtest", "Bvr art. 2.5.1")],
    )
    def test_a_statutory_error_cannot_be_acknowledged_away(
        self,
        code: str,
        subject: str,
        basis: str,
        build_report: BuildReport,
        check_rules: Any,
        document: Any,
    ) -> None:
        """The reason becomes the region's motivation; error and exit code stay; TK127 says so."""
        report = build_report(
            {
                "uitzonderingen": [
                    {"regel": code, "onderdeel": subject, "reden": "Besluit AB 2025-11."}
                ]
            }
        )
        document(report, "beleidsplan")["vastgesteld"] = dt.date(2020, 1, 1)
        report["inzetten"][0]["soort"] = "oefening"
        findings = check_rules(report, ["TK501", "TK507"])
        by_code = {f.code: f for f in findings}
        assert REGISTRY[code].statutory
        assert basis in REGISTRY[code].basis
        assert by_code[code].acknowledged is None
        assert by_code[code].motivation == "Besluit AB 2025-11."
        assert by_code[code].is_blocking
        assert exit_code([by_code[code]]) == 1
        note = by_code["TK127"]
        assert (note.severity, note.path) == (Severity.INFO, ("uitzonderingen", 0, "regel"))
        assert note.message == (
            f"uitzondering voor {code} gaat over een wettelijke plicht en heft die niet op: "
            "1 bevinding blijft meetellen, ook voor de exitcode; de reden staat erbij als "
            "motivering van de regio"
        )
        assert "TK121" not in by_code
        assert format_finding(by_code[code]).endswith(
            "(onderdeel: " + subject + ") (door de regio gemotiveerd: Besluit AB 2025-11.)"
        )

    def test_a_rode_draad_is_acknowledged_by_its_theme(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        points = [
            {
                **overdue(f"vp-{n}"),
                "bron": source,
                "thema": "Informatiedeling",
                "eigenaar": None,
                "termijn": dt.date(2026, 6, 30),
            }
            for n, source in enumerate(["st-2025", "visitatie", "jaarverslag-2024"])
        ]
        reason = "Rode draad benoemd in het jaarplan 2026."
        report = build_report(
            {
                "verbeterpunten": points,
                "uitzonderingen": [
                    {"regel": "TK704", "onderdeel": "informatiedeling", "reden": reason}
                ],
            }
        )
        (finding,) = check_rules(report, ["TK704"])
        assert finding.acknowledged == reason


class TestUnusedAcknowledgements:
    def test_a_mistyped_onderdeel_gets_a_suggestion(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {
                "verbeterpunten": [overdue("vp-a1")],
                "uitzonderingen": [
                    {"regel": "TK702", "onderdeel": "vp-al", "reden": "Termijn wordt herzien."}
                ],
            }
        )
        findings = check_rules(report, ["TK702"])
        (unused,) = [f for f in findings if f.code == "TK121"]
        assert unused.severity is Severity.INFO
        assert unused.path == ("uitzonderingen", 0, "onderdeel")
        assert unused.subject is None
        assert unused.message == (
            "uitzondering voor TK702, onderdeel 'vp-al', wordt niet gebruikt: TK702 geeft geen "
            "bevinding over dat onderdeel; bedoelde u 'vp-a1'?"
        )
        assert exit_code(findings) == 0

    def test_an_acknowledgement_of_a_quiet_rule(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {"uitzonderingen": [{"regel": "TK702", "reden": "Alle termijnen worden herzien."}]}
        )
        (unused,) = check_rules(report, ["TK702"])
        assert (unused.code, unused.path) == ("TK121", ("uitzonderingen", 0, "regel"))
        assert "die regel geeft in dit bestand geen bevinding" in unused.message

    def test_only_for_rules_that_ran(self, build_report: BuildReport, check_rules: Any) -> None:
        report = build_report(
            {"uitzonderingen": [{"regel": "TK501", "reden": "Beleidsplan wordt herzien."}]}
        )
        assert check_rules(report, ["TK702"]) == []

    def test_a_used_acknowledgement_gives_nothing_extra(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {
                "verbeterpunten": [overdue("vp-a")],
                "uitzonderingen": [
                    {"regel": "TK702", "onderdeel": "vp-a", "reden": "Termijn wordt herzien."}
                ],
            }
        )
        assert [f.code for f in check_rules(report, ["TK702"])] == ["TK702"]


def test_an_acknowledgement_may_write_the_code_in_lower_case(
    build_report: BuildReport, check_rules: Any
) -> None:
    report = build_report(
        {
            "verbeterpunten": [overdue("vp-a")],
            "uitzonderingen": [{"regel": "tk702", "reden": "Alle termijnen worden herzien."}],
        }
    )
    (finding,) = check_rules(report, ["TK702"])
    assert finding.acknowledged == "Alle termijnen worden herzien."
