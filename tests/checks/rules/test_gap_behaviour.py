"""Behaviour of the gap rules beyond their docstring examples: edge cases and what is skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from tk4.dutch import enumeration

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
    assert enumeration(items, limit=3) == text


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
        split = {"UV.E.1": {"oordeel": "in de basis op orde"}}
        report = build_report({"normen": {"UV.E": {"oordeel": None, "elementen": split}}})
        (finding,) = check_rules(report, ["TK304"])
        assert (
            finding.message
            == "norm UV.E heeft geen eigen oordeel, terwijl er 2 elementen zijn beoordeeld"
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
        assert finding.args["onderdelen"][:3] == ("RB.A", "RB.A.1", "RB.A.2")
        assert "bewijs bij RB.A, RB.A.1, RB.A.2 en " in finding.message

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
        assert [(f.subject, f.path) for f in findings] == [("los", ("documenten", 9))]


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
            {"soort": "evenement", "grip": None},
            {"soort": "oefening", "grip": 2},
            {"soort": "systeemtest", "grip": 1},
        ],
    )
    def test_only_grip_incidents_and_events_need_an_evaluation(
        self, deployment: dict[str, Any], build_report: BuildReport, check_rules: Any
    ) -> None:
        entry = {"id": "inzet-2", "naam": "Inzet", "datum": dt.date(2025, 3, 1), **deployment}
        entry = {key: value for key, value in entry.items() if value is not None}
        report = build_report({})
        report["inzetten"].append(entry)
        assert check_rules(report, ["TK603"]) == []


class TestPrestatiesMeer:
    def test_niet_beoordeeld_is_no_judgement_of_a_level(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"][0]["prestaties"]["functie"] = {"oordeel": "niet beoordeeld"}
        (finding,) = check_rules(report, ["TK602"])
        assert finding.subject == "functie"

    def test_a_grip_event_needs_an_evaluation_too(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        event = {"id": "tt-2025", "soort": "evenement", "naam": "TT Assen", "grip": 1}
        report = build_report({})
        report["inzetten"].append({**event, "datum": dt.date(2025, 6, 28)})
        (finding,) = check_rules(report, ["TK603"])
        assert finding.message == (
            "GRIP 1-evenement 'tt-2025' van 28 juni 2025 heeft geen evaluatie, ook niet 13 weken "
            "na de inzet (toetsingskader 4.4 B)"
        )

    def test_an_incident_within_the_term_needs_no_evaluation_yet(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        """An incident on 18 November is not "without evaluation" six weeks later."""
        incident = {"id": "inc-2025-11", "soort": "incident", "naam": "Brand", "grip": 2}
        report = build_report({})
        report["inzetten"].append({**incident, "datum": dt.date(2025, 11, 18)})
        assert check_rules(report, ["TK603"]) == []
        late = check_rules(report, ["TK603"], reference_date=dt.date(2026, 2, 17))
        assert [f.subject for f in late] == ["inc-2025-11"]
        assert check_rules(report, ["TK603"], options={"TK603": {"termijn_weken": 4}})
        assert check_rules(report, ["TK603"], reference_date=dt.date(2026, 2, 16)) == []

    def test_the_evaluation_must_be_an_evaluation_report(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        incident = {
            "id": "inc-1",
            "soort": "incident",
            "naam": "Brand",
            "datum": dt.date(2025, 3, 14),
            "grip": 2,
            "evaluatie": "crisisplan",
        }
        report = build_report({})
        report["inzetten"].append(incident)
        (finding,) = check_rules(report, ["TK603"])
        assert (finding.message_id, finding.path) == (
            "TK603.geen_evaluatie",
            ("inzetten", 1, "evaluatie"),
        )
        assert "een document van soort 'crisisplan'" in finding.message


class TestNaDePeildatum:
    def test_evidence_adopted_after_drafting_cannot_have_been_used(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "risicoprofiel")["vastgesteld"] = dt.date(2026, 2, 20)
        (finding,) = check_rules(report, ["TK402", "TK401"])
        assert (finding.code, finding.message_id, finding.subject) == (
            "TK402",
            "TK402.na_opstellen",
            "risicoprofiel",
        )
        assert finding.message.startswith(
            "document 'risicoprofiel' is pas op 20 februari 2026 vastgesteld, na de peildatum "
            "(31 december 2025) en na het opstellen van deze zelfevaluatie (10 februari 2026)"
        )

    def test_evidence_adopted_in_q1_before_drafting_counts(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        """Regions write in Q1: an evaluation adopted on 22 January is normal evidence."""
        report = build_report({"opgesteld": {"datum": dt.date(2026, 2, 19)}})
        document(report, "eval-st-2025")["vastgesteld"] = dt.date(2026, 1, 22)
        report["normen"]["VL.B"]["bewijs"] = ["beleidsplan", "eval-st-2025"]
        assert check_rules(report, ["TK402"]) == []
        document(report, "eval-st-2025")["vastgesteld"] = dt.date(2026, 2, 20)
        assert [f.message_id for f in check_rules(report, ["TK402"])] == ["TK402.na_opstellen"]

    def test_an_inspectieoordeel_may_rest_on_later_documents(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({"soort": "inspectieoordeel"})
        document(report, "risicoprofiel")["vastgesteld"] = dt.date(2026, 2, 20)
        assert check_rules(report, ["TK402"]) == []

    def test_a_systeemtest_after_the_peildatum_does_not_count(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        (finding,) = check_rules(report, ["TK507"], reference_date=dt.date(2025, 9, 30))
        assert (finding.message_id, finding.path) == ("TK507.na_peildatum", ("inzetten", 0))
        assert finding.message.startswith(
            "systeemtest 'st-2025' is op 2 oktober 2025, na de peildatum (30 september 2025)"
        )
        assert check_rules(report, ["TK507"]) == []


class TestLeren:
    def test_both_eigenaar_and_termijn_missing(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report(
            {"verbeterpunten": [improvement("vp-1", eigenaar=None, termijn=None)]}
        )
        (finding,) = check_rules(report, ["TK701"])
        assert finding.message == (
            "verbeterpunt 'vp-1' staat op de peildatum (31 december 2025) nog op 'open' maar "
            "heeft geen eigenaar en termijn (toetsingskader 4.4 B: toewijzen en toezien op "
            "uitvoering)"
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
            ("UV.C", ("'vp-1'", "'vp-2'")),
            ("UV.D", ("'vp-1'", "'vp-2'")),
        ]


class TestOpenOnThePeildatum:
    """One definition of "open on a date" (tk4.checks.improvements) for TK701-TK704."""

    def test_a_point_finished_after_a_past_peildatum_was_open_and_overdue_then(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        point = improvement(
            "vp-1",
            status="afgerond",
            afgerond_op=dt.date(2025, 11, 1),
            termijn=dt.date(2025, 6, 30),
            normen=["UV.C"],
        )
        report = build_report({"verbeterpunten": [point]})
        peildatum = dt.date(2025, 9, 30)
        findings = check_rules(report, ["TK702", "TK703"], reference_date=peildatum)
        assert sorted(f.code for f in findings) == ["TK702", "TK703"]
        tk702 = next(f for f in findings if f.code == "TK702")
        assert tk702.message == (
            "verbeterpunt 'vp-1' had als termijn 30 juni 2025 en was op de peildatum "
            "(30 september 2025) nog niet afgerond (afgerond op 1 november 2025) "
            "(toetsingskader 4.4 B: toezien op de uitvoering)"
        )
        assert check_rules(report, ["TK702", "TK703"]) == []

    def test_a_point_finished_after_the_peildatum_needed_an_owner_then(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        point = improvement(
            "vp-1", eigenaar=None, status="afgerond", afgerond_op=dt.date(2025, 11, 1)
        )
        report = build_report({"verbeterpunten": [point]})
        (finding,) = check_rules(report, ["TK701"], reference_date=dt.date(2025, 9, 30))
        assert finding.args["ontbreekt"] == ("eigenaar",)
        assert check_rules(report, ["TK701"]) == []

    def test_good_practices_are_never_overdue(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        point = improvement(
            "gp-1", soort="good practice", termijn=dt.date(2025, 6, 30), normen=["UV.C"]
        )
        report = build_report({"verbeterpunten": [point]})
        assert check_rules(report, ["TK702", "TK703"]) == []

    def test_an_aanbeveling_is_called_an_aanbeveling(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        point = improvement("ab-1", soort="aanbeveling", termijn=dt.date(2025, 6, 30))
        report = build_report({"verbeterpunten": [point]})
        (finding,) = check_rules(report, ["TK702"])
        assert finding.message.startswith("aanbeveling 'ab-1' had als termijn 30 juni 2025")
        assert finding.message.endswith("(toetsingskader 4.4 B: toezien op de uitvoering)")
        (finding,) = check_rules(
            build_report({"verbeterpunten": [{**point, "eigenaar": None}]}), ["TK701"]
        )
        assert finding.message.startswith("aanbeveling 'ab-1' staat op de peildatum")

    def test_tk703_cites_the_framework(self, build_report: BuildReport, check_rules: Any) -> None:
        point = improvement("vp-1", termijn=dt.date(2025, 6, 30), normen=["UV.C"])
        (finding,) = check_rules(build_report({"verbeterpunten": [point]}), ["TK703"])
        assert "(toetsingskader 4.4 B" in finding.message


class TestInconsistentePunten:
    @pytest.mark.parametrize(
        ("fields", "message_id", "field"),
        [
            ({"status": "afgerond"}, "TK705.zonder_datum", "status"),
            (
                {"status": "in uitvoering", "afgerond_op": dt.date(2025, 5, 1)},
                "TK705.niet_afgerond",
                "afgerond_op",
            ),
            (
                {"status": "afgerond", "afgerond_op": dt.date(2026, 2, 20)},
                "TK705.na_opstellen",
                "afgerond_op",
            ),
        ],
    )
    def test_status_and_completion_date_contradict(
        self,
        fields: dict[str, Any],
        message_id: str,
        field: str,
        build_report: BuildReport,
        check_rules: Any,
    ) -> None:
        report = build_report({"verbeterpunten": [improvement("vp-1", **fields)]})
        (finding,) = check_rules(report, ["TK705"])
        assert (finding.message_id, finding.path) == (
            message_id,
            ("verbeterpunten", 0, field),
        )
        assert finding.subject == "vp-1"

    def test_finished_after_the_peildatum_is_not_a_contradiction(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        """afgerond_op after the peildatum only means: not yet done on the peildatum."""
        point = improvement("vp-1", status="afgerond", afgerond_op=dt.date(2025, 11, 1))
        report = build_report({"verbeterpunten": [point]})
        assert check_rules(report, ["TK705"], reference_date=dt.date(2025, 9, 30)) == []
