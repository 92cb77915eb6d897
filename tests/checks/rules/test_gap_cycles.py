"""Cycle rules TK501-TK507: calendar-exact boundaries, which document counts, the variants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from tk4 import dutch
from tk4.checks.rules._dates import add_months, age_between, is_older_than
from tk4.findings import Severity

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]

CYCLES = [
    # code, document id in the base report, limit in years
    ("TK501", "beleidsplan", 4),
    ("TK502", "crisisplan", 4),
    ("TK503", "risicoprofiel", 4),
    ("TK504", "visitatie", 5),
    ("TK505", "kostenevaluatie", 3),
]


class TestCalendar:
    def test_add_months_clamps_to_the_end_of_a_short_month(self) -> None:
        assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
        assert add_months(dt.date(2020, 2, 29), 36) == dt.date(2023, 2, 28)
        assert add_months(dt.date(2021, 12, 31), 48) == dt.date(2025, 12, 31)
        assert add_months(dt.date(2025, 11, 15), 2) == dt.date(2026, 1, 15)

    def test_exactly_the_limit_is_not_older(self) -> None:
        assert not is_older_than(dt.date(2021, 12, 31), 48, dt.date(2025, 12, 31))
        assert is_older_than(dt.date(2021, 12, 30), 48, dt.date(2025, 12, 31))

    @pytest.mark.parametrize(
        ("start", "end", "text"),
        [
            (dt.date(2021, 12, 31), dt.date(2025, 12, 31), "4 jaar"),
            (dt.date(2021, 12, 30), dt.date(2025, 12, 31), "4 jaar en 1 dag"),
            (dt.date(2021, 6, 1), dt.date(2025, 12, 31), "4 jaar, 6 maanden en 30 dagen"),
            (dt.date(2025, 10, 31), dt.date(2025, 12, 2), "1 maand en 2 dagen"),
            (dt.date(2025, 12, 31), dt.date(2025, 12, 31), "0 dagen"),
        ],
    )
    def test_dutch_age(self, start: dt.date, end: dt.date, text: str) -> None:
        assert dutch.age(age_between(start, end)) == text

    def test_dutch_date(self) -> None:
        assert dutch.date(dt.date(2019, 3, 12)) == "12 maart 2019"


@pytest.mark.parametrize(("code", "document_id", "years"), CYCLES)
@pytest.mark.parametrize(("days_earlier", "fires"), [(0, False), (1, True)])
def test_exactly_the_limit_is_in_time_a_day_more_is_not(
    code: str,
    document_id: str,
    years: int,
    days_earlier: int,
    fires: bool,
    build_report: BuildReport,
    check_rules: Any,
    document: Any,
) -> None:
    report = build_report({})
    adopted = dt.date(2025 - years, 12, 31) - dt.timedelta(days=days_earlier)
    document(report, document_id)["vastgesteld"] = adopted
    findings = check_rules(report, [code])
    assert [f.code for f in findings] == ([code] if fires else [])
    if fires:
        (finding,) = findings
        assert finding.subject == document_id
        assert finding.message_id == code
        assert finding.args["max_jaren"] == years
        assert finding.args["vastgesteld"] == adopted
        assert finding.args["leeftijd"] == dutch.Age(years, 0, 1)


@pytest.mark.parametrize(("reference", "fires"), [((2024, 2, 29), False), ((2024, 3, 1), True)])
def test_a_plan_of_a_leap_day_is_four_years_old_on_the_next_leap_day(
    reference: tuple[int, int, int],
    fires: bool,
    build_report: BuildReport,
    check_rules: Any,
    document: Any,
) -> None:
    report = build_report({})
    document(report, "beleidsplan")["vastgesteld"] = dt.date(2020, 2, 29)
    findings = check_rules(report, ["TK501"], reference_date=dt.date(*reference))
    assert bool(findings) is fires


def test_the_newest_adopted_document_counts(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    old = {**document(report, "beleidsplan"), "id": "bp-2019", "vastgesteld": dt.date(2019, 3, 12)}
    report["documenten"].insert(0, old)
    assert check_rules(report, ["TK501"]) == []


def test_a_newer_draft_or_later_plan_does_not_hide_an_overdue_one(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    document(report, "beleidsplan")["vastgesteld"] = dt.date(2019, 3, 12)
    draft = {"id": "bp-concept", "soort": "beleidsplan", "titel": "Beleidsplan (concept)"}
    later = {**draft, "id": "bp-2026", "vastgesteld": dt.date(2026, 1, 20)}
    report["documenten"] += [draft, later]
    (finding,) = check_rules(report, ["TK501"])
    assert finding.message_id == "TK501"
    assert finding.path == ("documenten", 0)
    assert finding.subject == "beleidsplan"
    assert finding.message == (
        "beleidsplan 'beleidsplan' is vastgesteld op 12 maart 2019, 6 jaar, 9 maanden en "
        "19 dagen vóór de peildatum (31 december 2025); dat is meer dan 4 jaar (Wvr art. 14)"
    )


def test_no_document_of_the_kind_points_at_documenten(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    document(report, "beleidsplan")["soort"] = "overig"
    (finding,) = check_rules(report, ["TK501"])
    assert (finding.message_id, finding.path, finding.subject) == (
        "TK501.ontbreekt",
        ("documenten",),
        "beleidsplan",
    )
    assert "Wvr art. 14" in finding.message


def test_a_plan_without_adoption_date_is_not_adopted(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    document(report, "crisisplan")["soort"] = "overig"
    report["documenten"].append(
        {"id": "cp-concept", "soort": "crisisplan", "titel": "Crisisplan 2026 (concept)"}
    )
    (finding,) = check_rules(report, ["TK502"])
    assert (finding.message_id, finding.subject) == ("TK502.niet_vastgesteld", "cp-concept")
    assert finding.path == ("documenten", len(report["documenten"]) - 1)


def test_a_plan_adopted_after_the_peildatum_did_not_exist_yet(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    document(report, "visitatie")["vastgesteld"] = dt.date(2026, 2, 1)
    (finding,) = check_rules(report, ["TK504"])
    assert finding.message_id == "TK504.na_peildatum"
    assert finding.message == (
        "visitatierapport 'visitatie' is pas op 1 februari 2026 vastgesteld, na de peildatum "
        "(31 december 2025); op de peildatum was er geen recente visitatie (Wvr art. 56)"
    )


@pytest.mark.parametrize(
    ("adopted", "fires"), [(dt.date(2024, 12, 30), False), (dt.date(2024, 12, 29), True)]
)
def test_jaarverslag_of_exactly_twelve_months_is_in_time(
    adopted: dt.date, fires: bool, build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    report = build_report({})
    document(report, "jaarverslag-2024")["vastgesteld"] = adopted
    findings = check_rules(report, ["TK506"], reference_date=dt.date(2025, 12, 30))
    assert [f.message_id for f in findings] == (["TK506"] if fires else [])


def test_systeemtest_must_fall_in_the_reporting_year(
    build_report: BuildReport, check_rules: Any
) -> None:
    report = build_report({})
    report["inzetten"][0]["datum"] = dt.date(2024, 10, 2)
    (finding,) = check_rules(report, ["TK507"])
    assert (finding.path, finding.subject, finding.args) == (
        ("inzetten",),
        "systeemtest",
        {"jaar": 2025},
    )


def test_a_skipped_jaarverslag_is_found(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    """The jaarverslag over 2023 (adopted mid 2024) does not cover 2025's accountability."""
    report = build_report({})
    document(report, "jaarverslag-2024").update(
        titel="Jaarverslag 2023", vastgesteld=dt.date(2024, 7, 1)
    )
    (finding,) = check_rules(report, ["TK506"])
    assert finding.message_id == "TK506"
    assert finding.args["max_maanden"] == 12
    assert "het algemeen bestuur stelt elk jaar het jaarverslag" in finding.message


@pytest.mark.parametrize(
    ("adopted_by", "message_id"),
    [
        (None, "TK506.vaststeller_onbekend"),
        ("dagelijks bestuur", "TK506.niet_door_ab"),
        ("Het Algemeen Bestuur van de veiligheidsregio", None),
    ],
)
def test_the_jaarverslag_must_be_adopted_by_the_algemeen_bestuur(
    adopted_by: str | None,
    message_id: str | None,
    build_report: BuildReport,
    check_rules: Any,
    document: Any,
) -> None:
    report = build_report({})
    entry = document(report, "jaarverslag-2024")
    entry.pop("vastgesteld_door")
    if adopted_by is not None:
        entry["vastgesteld_door"] = adopted_by
    report["documenten"].append(
        {
            "id": "jaarverslag-2023",
            "soort": "jaarverslag",
            "titel": "Jaarverslag 2023",
            "vastgesteld": dt.date(2024, 7, 4),
            "vastgesteld_door": "algemeen bestuur",
        }
    )
    findings = check_rules(report, ["TK506"])
    assert [f.message_id for f in findings] == ([message_id] if message_id else [])
    for finding in findings:
        assert finding.subject == "jaarverslag-2024"


def test_an_old_risicoprofiel_is_a_warning_about_practice(
    build_report: BuildReport, check_rules: Any, document: Any
) -> None:
    """The Wvr sets no term for the risicoprofiel; four years is practice (basis of the plan)."""
    report = build_report({})
    document(report, "risicoprofiel")["vastgesteld"] = dt.date(2021, 6, 1)
    (finding,) = check_rules(report, ["TK503"])
    assert finding.severity is Severity.WARNING
    assert "De wet noemt geen termijn, maar in de praktijk" in finding.message
    assert "basis van elk nieuw beleidsplan (Wvr art. 15)" in finding.message
