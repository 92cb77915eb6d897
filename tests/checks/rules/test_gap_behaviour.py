"""Behaviour of the gap rules beyond their docstring examples: edge cases and what is skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from tk4.checks.rules._text import listing

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]


def element(norm: str, element_id: str, **fields: Any) -> dict[str, Any]:
    """A fragment changing ``fields`` of one element."""
    return {"normen": {norm: {"elementen": {element_id: fields}}}}


def improvement(point_id: str, **fields: Any) -> dict[str, Any]:
    """A complete open verbeterpunt, with ``fields`` changed (None removes a field)."""
    point = {
        "id": point_id,
        "omschrijving": "Het actuele beeld bereikt de gemeenten te laat.",
        "bron": "st-2025",
        "eigenaar": "Hoofd informatiemanagement",
        "termijn": dt.date(2026, 6, 30),
        "status": "open",
        **fields,
    }
    return {key: value for key, value in point.items() if value is not None}


@pytest.mark.parametrize(
    ("items", "text"),
    [
        ([], ""),
        (["a"], "a"),
        (["a", "b"], "a en b"),
        (["a", "b", "c", "d", "e"], "a, b, c en 2 andere"),
    ],
)
def test_listing(items: list[str], text: str) -> None:
    assert listing(items) == text


class TestDekking:
    def test_a_norm_without_toelichting(self, build_report: BuildReport, check_rules: Any) -> None:
        report = build_report({"normen": {"RB.B": {"toelichting": None}}})
        (finding,) = check_rules(report, ["TK302"])
        assert (finding.message_id, finding.path, finding.subject) == (
            "TK302",
            ("normen", "RB.B"),
            "RB.B",
        )

    def test_unjudged_elements_need_no_toelichting(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            element("RB.A", "RB.A.1", oordeel="niet beoordeeld", toelichting=None)
        )
        assert check_rules(report, ["TK302"]) == []

    @pytest.mark.parametrize(
        ("norm", "elements", "message_id"),
        [
            ("op niveau", ["op niveau", "in de basis op orde"], "TK303"),
            ("in de basis op orde", ["voor verbetering vatbaar"] * 2, "TK303"),
            ("voor verbetering vatbaar", ["op niveau", "op niveau"], "TK303.te_laag"),
            ("in de basis op orde", ["op niveau", "op niveau"], "TK303.te_laag"),
            ("in de basis op orde", ["voor verbetering vatbaar", "op niveau"], None),
            ("in de basis op orde", ["niet beoordeeld", "in de basis op orde"], None),
        ],
    )
    def test_norm_against_its_elements(
        self,
        norm: str,
        elements: list[str],
        message_id: str | None,
        build_report: BuildReport,
        check_rules: Any,
    ) -> None:
        fragment = {
            "normen": {
                "UV.C": {
                    "oordeel": norm,
                    "elementen": {
                        "UV.C.1": {"oordeel": elements[0]},
                        "UV.C.2": {"oordeel": elements[1]},
                    },
                }
            }
        }
        findings = check_rules(build_report(fragment), ["TK303"])
        assert [f.message_id for f in findings] == ([message_id] if message_id else [])
        for finding in findings:
            assert finding.subject == "UV.C"

    def test_tk303_names_the_worst_element(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(element("UV.C", "UV.C.2", oordeel="voor verbetering vatbaar"))
        (finding,) = check_rules(report, ["TK303"])
        assert finding.message == (
            "norm UV.C is 'op niveau', hoger dan past bij element UV.C.2 "
            "('voor verbetering vatbaar')"
        )

    def test_a_norm_without_any_oordeel(self, build_report: BuildReport, check_rules: Any) -> None:
        report = build_report({"normen": {"UV.E": {"oordeel": None}}})
        (finding,) = check_rules(report, ["TK304"])
        assert (
            finding.message
            == "norm UV.E heeft geen eigen oordeel, terwijl 2 elementen beoordeeld zijn"
        )


class TestBewijs:
    def test_the_lowest_judgement_needs_no_evidence(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            element("RB.A", "RB.A.1", oordeel="voor verbetering vatbaar", bewijs=[])
        )
        assert check_rules(report, ["TK401"]) == []

    def test_a_norm_judgement_needs_evidence_too(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {"normen": {"VL.A": {"bewijs": [], "oordeel": "in de basis op orde"}}}
        )
        (finding,) = check_rules(report, ["TK401"])
        assert (finding.path, finding.subject) == (("normen", "VL.A"), "VL.A")

    def test_expired_evidence_is_one_finding_per_document(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "beleidsplan")["geldig_tot"] = dt.date(2025, 12, 30)
        document(report, "eval-st-2025")["geldig_tot"] = dt.date(2025, 12, 1)
        (finding,) = check_rules(report, ["TK402"])
        assert (finding.path, finding.subject) == (("documenten", 0), "beleidsplan")
        assert finding.args["onderdelen"].startswith("RB.A, RB.A.1, RB.A.2 en ")

    def test_valid_until_the_peildatum_is_not_expired(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "beleidsplan")["geldig_tot"] = dt.date(2025, 12, 31)
        assert check_rules(report, ["TK402"]) == []

    @pytest.mark.parametrize(
        "change",
        [
            {"soort": "crisisplan"},  # a kind with its own cycle rule
            {"geldig_tot": dt.date(2026, 12, 31)},  # declares itself still valid
            {"vastgesteld": None},  # age unknown
        ],
    )
    def test_old_evidence_that_tk403_leaves_alone(
        self, change: dict[str, Any], build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        entry = document(report, "visitatie")
        entry["soort"] = "overig"
        entry["vastgesteld"] = dt.date(2019, 3, 12)
        entry.update(change)
        if entry["vastgesteld"] is None:
            del entry["vastgesteld"]
        assert check_rules(report, ["TK403"]) == []

    def test_old_evidence_of_another_kind(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "visitatie").update(soort="overig", vastgesteld=dt.date(2019, 3, 12))
        (finding,) = check_rules(report, ["TK403"])
        assert finding.message == (
            "document 'visitatie' is vastgesteld op 12 maart 2019, 6 jaar, 9 maanden en 19 dagen "
            "vóór de peildatum (meer dan 4 jaar), en is bewijs bij VL.B.4"
        )

    def test_sources_and_evaluations_count_as_use(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({"verbeterpunten": [improvement("vp-1", bron="extern")]})
        report["documenten"] += [
            {"id": "extern", "soort": "overig", "titel": "Rapport Onderzoeksraad"},
            {"id": "los", "soort": "overig", "titel": "Notitie"},
        ]
        # eval-st-2025 is now only the evaluatie of st-2025, extern only a bron
        findings = check_rules(report, ["TK404"])
        assert [(f.subject, f.path) for f in findings] == [("los", ("documenten", 8))]


class TestPrestaties:
    def test_time_norm_message_from_the_catalogue(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"][0]["opkomst_minuten"] = {"alarmering": 2.5, "copi": 30}
        (finding,) = check_rules(report, ["TK601"])
        assert finding.path == ("inzetten", 0, "opkomst_minuten", "alarmering")
        assert finding.subject == "st-2025"
        assert finding.message == (
            "inzet 'st-2025', tijdnorm 'alarmering' (Meldkamer begint de alarmering van de "
            "hoofdstructuur): 2,5 minuten, meer dan de 2 minuten van Bvr art. 2.2.3"
        )

    def test_levels_count_only_in_the_reporting_year(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"][0]["datum"] = dt.date(2024, 12, 20)
        findings = check_rules(report, ["TK602"])
        assert [(f.subject, f.path) for f in findings] == [
            ("functie", ("inzetten",)),
            ("team", ("inzetten",)),
            ("organisatie", ("inzetten",)),
        ]

    @pytest.mark.parametrize(
        "deployment",
        [
            {"soort": "incident", "grip": None},
            {"soort": "oefening", "grip": 2},
            {"soort": "evenement", "grip": 1},
        ],
    )
    def test_only_grip_incidents_need_an_evaluation(
        self, deployment: dict[str, Any], build_report: BuildReport, check_rules: Any
    ) -> None:
        entry = {"id": "inzet-2", "naam": "Inzet", "datum": dt.date(2025, 3, 1), **deployment}
        entry = {key: value for key, value in entry.items() if value is not None}
        report = build_report({})
        report["inzetten"].append(entry)
        assert check_rules(report, ["TK603"]) == []


class TestLeren:
    def test_both_eigenaar_and_termijn_missing(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {"verbeterpunten": [improvement("vp-1", eigenaar=None, termijn=None)]}
        )
        (finding,) = check_rules(report, ["TK701"])
        assert finding.message == (
            "verbeterpunt 'vp-1' staat op 'open' maar heeft geen eigenaar en termijn "
            "(toetsingskader 4.4 B: toewijzen en toezien op uitvoering)"
        )

    @pytest.mark.parametrize(
        "fields",
        [
            {"soort": "good practice", "status": "open"},
            {"status": "afgerond", "afgerond_op": dt.date(2025, 4, 1)},
            {"status": "vervallen"},
        ],
    )
    def test_finished_points_and_good_practices_need_no_owner(
        self, fields: dict[str, Any], build_report: BuildReport, check_rules: Any
    ) -> None:
        point = improvement("vp-1", eigenaar=None, termijn=None, **fields)
        assert check_rules(build_report({"verbeterpunten": [point]}), ["TK701"]) == []

    @pytest.mark.parametrize(
        ("termijn", "status", "fires"),
        [
            (dt.date(2025, 12, 31), "open", False),
            (dt.date(2025, 12, 30), "in uitvoering", True),
            (dt.date(2025, 1, 31), "vervallen", False),
        ],
    )
    def test_overdue(
        self,
        termijn: dt.date,
        status: str,
        fires: bool,
        build_report: BuildReport,
        check_rules: Any,
    ) -> None:
        point = improvement("vp-1", termijn=termijn, status=status, normen=["UV.C"])
        findings = check_rules(build_report({"verbeterpunten": [point]}), ["TK702", "TK703"])
        assert sorted(f.code for f in findings) == (["TK702", "TK703"] if fires else [])

    def test_tk703_lists_every_overdue_point(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        points = [
            improvement(f"vp-{n}", termijn=dt.date(2025, 6, 30), normen=["UV.C", "UV.D"])
            for n in (1, 2)
        ]
        findings = check_rules(build_report({"verbeterpunten": points}), ["TK703"])
        assert [(f.subject, f.args["verbeterpunten"]) for f in findings] == [
            ("UV.C", "'vp-1' en 'vp-2'"),
            ("UV.D", "'vp-1' en 'vp-2'"),
        ]
