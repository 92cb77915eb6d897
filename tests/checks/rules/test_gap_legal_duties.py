"""The rules that close blind spots: systeemtest, per-incident performance, legal duties.

Each test changes the clean base report (``build_report``) in one respect and checks the
finding's place, variant and wording, or that the rule stays silent where a well-run region
does what the law and the Toetsingskader ask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from tk4.checks import REGISTRY
from tk4.checks.derivation import derived_norm_judgement
from tk4.findings import Severity
from tk4.loading.catalogue import load_catalogue

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]

STATUTORY = {"TK501", "TK502", "TK504", "TK505", "TK507", "TK509", "TK510", "TK511", "TK512"}
STATUTORY |= {"TK513", "TK601", "TK607"}


def test_statutory_rules_are_marked_and_cite_the_law() -> None:
    assert {code for code, rule in REGISTRY.items() if rule.statutory} == STATUTORY
    for code in STATUTORY:
        assert "Wvr" in REGISTRY[code].basis or "Bvr" in REGISTRY[code].basis, code


def incident(**fields: Any) -> dict[str, Any]:
    """A GRIP 2 incident in March 2025, evaluated, judged on every level, with its times."""

    def level() -> dict[str, str]:
        return {"oordeel": "op niveau"}

    return {
        "id": "inc-2025-03",
        "soort": "incident",
        "naam": "Brand in loods met asbest",
        "datum": dt.date(2025, 3, 14),
        "grip": 2,
        "teams": ["meldkamer", "copi", "rot"],
        "opkomst_minuten": {"alarmering": 1.2, "copi": 22, "rot": 41},
        "prestaties": {"functie": level(), "team": level(), "organisatie": level()},
        "evaluatie": "eval-st-2025",
        **fields,
    }


class TestSysteemtest:
    def test_without_evaluation_after_the_term(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        del report["inzetten"][0]["evaluatie"]
        report["inzetten"][0]["datum"] = dt.date(2025, 6, 12)
        (finding,) = check_rules(report, ["TK508"])
        assert (finding.path, finding.subject) == (("inzetten", 0), "st-2025")
        assert finding.message.startswith("systeemtest 'st-2025' van 12 juni 2025 heeft geen")
        report["inzetten"][0]["datum"] = dt.date(2025, 10, 2)  # 13 weeks: 1 January 2026
        assert check_rules(report, ["TK508"]) == []

    def test_an_evaluation_that_is_no_evaluation(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"][0]["evaluatie"] = "beleidsplan"
        (finding,) = check_rules(report, ["TK508"])
        assert (finding.message_id, finding.path) == (
            "TK508.geen_evaluatie",
            ("inzetten", 0, "evaluatie"),
        )

    def test_names_the_missing_parts_of_the_hoofdstructuur(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"][0]["teams"] = ["copi", "tbz"]
        (finding,) = check_rules(report, ["TK509"])
        assert finding.path == ("inzetten", 0, "teams")
        assert finding.args["ontbreekt"] == ("meldkamer", "ROT", "GBT/RBT")
        assert "niet in 'teams': meldkamer, ROT en GBT/RBT" in finding.message
        report["inzetten"][0]["teams"] = ["caco", "copi", "rot", "rbt"]
        assert check_rules(report, ["TK509"]) == []


class TestPerIncident:
    def test_a_grip_2_incident_without_prestaties(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"].append(incident(prestaties=None))
        (finding,) = check_rules(report, ["TK605"])
        assert (finding.message_id, finding.path) == ("TK605", ("inzetten", 1))

    def test_levels_not_judged_are_named_and_niet_beoordeeld_does_not_count(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        prestaties = {"team": {"oordeel": "op niveau"}, "functie": {"oordeel": "niet beoordeeld"}}
        report["inzetten"].append(incident(prestaties=prestaties))
        (finding,) = check_rules(report, ["TK605"])
        assert finding.path == ("inzetten", 1, "prestaties")
        assert finding.args["niveaus"] == ("functie", "organisatie")

    def test_grip_1_and_recent_incidents_are_left_alone(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"].append(incident(grip=1, prestaties=None))
        report["inzetten"].append(
            incident(id="inc-2025-11", datum=dt.date(2025, 11, 18), prestaties=None)
        )
        assert check_rules(report, ["TK605"]) == []

    def test_activated_teams_without_their_time(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"].append(
            incident(teams=["meldkamer", "caco", "copi", "rot", "tbz"], opkomst_minuten={"rot": 41})
        )
        (finding,) = check_rules(report, ["TK606"])
        assert finding.path == ("inzetten", 1, "teams")
        assert finding.args["tijdnormen"] == ("alarmering", "copi", "tbz")

    def test_exercises_and_inzetten_without_grip_need_no_times(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"].append(incident(soort="oefening", opkomst_minuten={}))
        report["inzetten"].append(incident(id="zonder-grip", grip=None, opkomst_minuten={}))
        assert check_rules(report, ["TK606"]) == []

    def test_grip_4_needs_a_report_to_the_councils(
        self, build_report: BuildReport, check_rules: Any
    ) -> None:
        report = build_report({})
        report["inzetten"].append(incident(grip=4, teams=["rbt"]))
        (finding,) = check_rules(report, ["TK607"])
        assert (finding.path, finding.subject) == (("inzetten", 1), "inc-2025-03")
        assert finding.message.endswith("ook niet 13 weken na de inzet (Wvr art. 40)")
        report["inzetten"][1]["verslag_raden"] = "jaarverslag-2024"
        assert check_rules(report, ["TK607"]) == []
        report["inzetten"][1] |= {"verslag_raden": None, "grip": "Rijk"}
        assert len(check_rules(report, ["TK607"])) == 1
        report["inzetten"][1]["datum"] = dt.date(2025, 12, 1)
        assert check_rules(report, ["TK607"]) == []


class TestLegalDuties:
    def test_a_missing_oefenbeleidsplan_is_reported_at_the_beleidsplan(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "oefenbeleidsplan")["soort"] = "procedure"
        (finding,) = check_rules(report, ["TK510"])
        assert (finding.message_id, finding.path) == ("TK510.ontbreekt", ("documenten", 0))

    def test_an_oefenbeleidsplan_within_the_margin_belongs_to_the_cycle(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "oefenbeleidsplan")["vastgesteld"] = dt.date(2023, 1, 15)
        assert check_rules(report, ["TK510"]) == []
        document(report, "oefenbeleidsplan")["vastgesteld"] = dt.date(2023, 1, 14)
        (finding,) = check_rules(report, ["TK510"])
        assert finding.subject == "oefenbeleidsplan"

    def test_the_beleidsplan_rests_on_the_newest_risicoprofiel_before_it(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "risicoprofiel")["vastgesteld"] = dt.date(2024, 2, 1)
        (finding,) = check_rules(report, ["TK511"])
        assert (finding.message_id, finding.subject) == ("TK511.ontbreekt", "beleidsplan")
        document(report, "risicoprofiel")["vastgesteld"] = dt.date(2019, 12, 1)
        (finding,) = check_rules(report, ["TK511"])
        assert finding.message_id == "TK511.verouderd"
        assert "4 jaar, 1 maand en 14 dagen oud" in finding.message
        document(report, "risicoprofiel").update(
            {
                "vastgesteld": dt.date(2023, 6, 1),
                "geldig_tot": dt.date(2023, 12, 31),
            }
        )
        (finding,) = check_rules(report, ["TK511"])
        assert finding.message_id == "TK511.verlopen"

    def test_a_named_risicoprofiel_adopted_later_is_no_basis(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        document(report, "beleidsplan")["gebaseerd_op"] = ["risicoprofiel"]
        assert check_rules(report, ["TK511"]) == []
        document(report, "risicoprofiel")["vastgesteld"] = dt.date(2024, 3, 1)
        (finding,) = check_rules(report, ["TK511"])
        assert finding.message_id == "TK511.later"

    def test_the_standpunt_on_the_visitatie(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        visitatie = document(report, "visitatie")
        visitatie["standpunt_bestuur"] = dt.date(2026, 1, 10)
        (finding,) = check_rules(report, ["TK512"])
        assert finding.message_id == "TK512.na_peildatum"
        visitatie |= {"standpunt_bestuur": None, "vastgesteld": dt.date(2025, 8, 1)}
        assert check_rules(report, ["TK512"]) == []  # within six months
        (finding,) = check_rules(report, ["TK512"], options={"TK512": {"termijn_maanden": 3}})
        assert (finding.message_id, finding.path) == ("TK512", ("documenten", 4))

    def test_a_crisisplan_aligned_with_neighbouring_states_only_is_aligned(
        self, build_report: BuildReport, check_rules: Any, document: Any
    ) -> None:
        report = build_report({})
        plan = document(report, "crisisplan")
        plan["afgestemd_met"] = []
        (finding,) = check_rules(report, ["TK513"])
        assert finding.subject == "crisisplan"
        plan["afgestemd_met_buurlanden"] = ["Provincie Limburg (BE)"]
        assert check_rules(report, ["TK513"]) == []


def test_a_reasoned_niet_beoordeeld_is_info_whatever_the_configured_severity(
    build_report: BuildReport, check_rules: Any
) -> None:
    reason = "De nafase loopt nog; de overdracht wordt in het eerste kwartaal geëvalueerd."
    element = {"oordeel": "niet beoordeeld", "toelichting": reason}
    report = build_report({"normen": {"UV.E": {"elementen": {"UV.E.2": element}}}})
    options: dict[str, Any] = {}
    (finding,) = check_rules(report, ["TK301"], options=options)
    assert (finding.message_id, finding.severity) == ("TK301.met_reden", Severity.INFO)
    assert finding.message.startswith("element UV.E.2 is niet beoordeeld (met reden")
    element["toelichting"] = None
    report = build_report({"normen": {"UV.E": {"elementen": {"UV.E.2": element}}}})
    (finding,) = check_rules(report, ["TK301"])
    assert (finding.message_id, finding.severity) == ("TK301", Severity.WARNING)


def test_a_norm_follows_its_elements_only_when_they_agree() -> None:
    from tk4.model.report import NormAssessment

    catalogue = load_catalogue("4.0")
    norm = catalogue.norms["UV.C"]
    scale = catalogue.scale_by_value

    def assessed(own: str | None, *levels: str) -> NormAssessment:
        elements = {
            e.id: {"oordeel": level} for e, level in zip(norm.elements, levels, strict=False)
        }
        return NormAssessment.model_validate({"oordeel": own, "elementen": elements})

    agree = assessed(None, "in de basis op orde", "in de basis op orde")
    assert derived_norm_judgement(agree, norm, scale) == "in de basis op orde"
    assert (
        derived_norm_judgement(assessed("op niveau", "op niveau", "op niveau"), norm, scale) is None
    )
    assert (
        derived_norm_judgement(assessed(None, "op niveau", "in de basis op orde"), norm, scale)
        is None
    )
    assert derived_norm_judgement(assessed(None, "op niveau"), norm, scale) is None
    assert (
        derived_norm_judgement(assessed(None, "niet beoordeeld", "niet beoordeeld"), norm, scale)
        is None
    )
    assert derived_norm_judgement(None, norm, scale) is None


def test_after_drafting_the_file_cannot_say_a_point_is_overdue(
    build_report: BuildReport, check_rules: Any
) -> None:
    """Drafted on 10 February 2026: a termijn of 1 March 2026 was not yet passed then."""
    point = {
        "id": "vp-2025-09",
        "omschrijving": "Aflosschema voor het ROT opnemen in het crisisplan.",
        "eigenaar": "Hoofd crisisbeheersing",
        "termijn": dt.date(2026, 3, 1),
        "status": "open",
    }
    report = build_report({"verbeterpunten": [point]})
    assert check_rules(report, ["TK702"], reference_date=dt.date(2026, 4, 1)) == []
    point["termijn"] = dt.date(2026, 1, 31)
    report = build_report({"verbeterpunten": [point]})
    (finding,) = check_rules(report, ["TK702"], reference_date=dt.date(2026, 4, 1))
    assert "stond bij het opstellen (10 februari 2026) nog op 'open'" in finding.message


def test_a_norm_without_judgement_whose_elements_agree_gets_the_derived_variant(
    build_report: BuildReport, check_rules: Any
) -> None:
    report = build_report({"normen": {"UV.C": {"oordeel": None}}})
    (finding,) = check_rules(report, ["TK304"])
    assert (finding.message_id, finding.severity) == ("TK304.afgeleid", Severity.INFO)
    assert finding.message == (
        "norm UV.C heeft geen eigen oordeel; uit de 2 elementen volgt 'op niveau' (afgeleid uit "
        "de elementen); neem het over of geef een eigen oordeel"
    )
    split = {"UV.C.2": {"oordeel": "in de basis op orde"}}
    report = build_report({"normen": {"UV.C": {"oordeel": None, "elementen": split}}})
    (finding,) = check_rules(report, ["TK304"])
    assert finding.message_id == "TK304"
