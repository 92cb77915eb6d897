"""TK704 rode-draad across years: earlier reports count, carried-over points do not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]


def point(
    point_id: str, theme: str, status: str = "open", source: str = "visitatie"
) -> dict[str, Any]:
    """A complete verbeterpunt on ``theme`` from ``source``."""
    return {
        "id": point_id,
        "omschrijving": "Het actuele beeld bereikt de gemeenten te laat.",
        "bron": source,
        "thema": theme,
        "eigenaar": "Hoofd informatiemanagement",
        "termijn": dt.date(2026, 6, 30),
        "status": status,
        **({"afgerond_op": dt.date(2025, 5, 1)} if status == "afgerond" else {}),
    }


def earlier_report(build_report: BuildReport, *points: dict[str, Any]) -> dict[str, Any]:
    """The report of 2024 of the same region, with ``points`` as its verbeterpunten."""
    return build_report(
        {
            "jaar": 2024,
            "inzetten": [{**build_report({})["inzetten"][0], "datum": dt.date(2024, 10, 3)}],
            "verbeterpunten": list(points),
        }
    )


def test_one_source_in_one_year_is_no_rode_draad(
    build_report: BuildReport, check_rules: Any
) -> None:
    assert check_rules(build_report({}), ["TK704"]) == []


def test_the_same_theme_in_an_earlier_year_makes_a_rode_draad(
    build_report: BuildReport, check_rules: Any
) -> None:
    history = [earlier_report(build_report, point("vp-2024-07", "Informatie deling ", "afgerond"))]
    report = build_report({"verbeterpunten": [point("vp-2025-01", "informatie  deling")]})
    (finding,) = check_rules(report, ["TK704"], history=history)
    assert finding.subject == "informatie deling"
    assert finding.path == ("verbeterpunten", 0)
    assert finding.args["jaren"] == 2
    assert finding.args["bronnen"] == 1


def test_a_point_carried_over_with_the_same_id_is_no_recurrence(
    build_report: BuildReport, check_rules: Any
) -> None:
    carried = point("vp-2024-07", "informatiedeling")
    history = [earlier_report(build_report, carried)]
    report = build_report({"verbeterpunten": [carried]})
    assert check_rules(report, ["TK704"], history=history) == []


def test_no_finding_when_every_point_on_the_theme_is_finished(
    build_report: BuildReport, check_rules: Any
) -> None:
    history = [earlier_report(build_report, point("vp-2024-07", "informatiedeling"))]
    report = build_report(
        {"verbeterpunten": [point("vp-2025-01", "informatiedeling", status="afgerond")]}
    )
    assert check_rules(report, ["TK704"], history=history) == []


def test_other_themes_and_good_practices_do_not_count(
    build_report: BuildReport, check_rules: Any
) -> None:
    good_practice = {**point("gp-2024-01", "informatiedeling"), "soort": "good practice"}
    history = [earlier_report(build_report, point("vp-2024-07", "alarmering"), good_practice)]
    report = build_report({"verbeterpunten": [point("vp-2025-01", "informatiedeling")]})
    assert check_rules(report, ["TK704"], history=history) == []


def test_min_jaren_can_ask_for_more_years(build_report: BuildReport, check_rules: Any) -> None:
    history = [earlier_report(build_report, point("vp-2024-07", "informatiedeling"))]
    report = build_report({"verbeterpunten": [point("vp-2025-01", "informatiedeling")]})
    options = {"TK704": {"min_jaren": 3}}
    assert check_rules(report, ["TK704"], history=history, options=options) == []


def test_three_sources_in_one_report_make_a_rode_draad_at_the_first_open_point(
    build_report: BuildReport, check_rules: Any
) -> None:
    points = [
        point("vp-2025-01", "informatiedeling", "afgerond", source="st-2025"),
        point("vp-2025-02", "Informatiedeling", "in uitvoering", source="visitatie"),
        point("vp-2025-03", "informatiedeling", source="jaarverslag-2024"),
        point("vp-2025-04", "informatiedeling", source="visitatie"),
    ]
    report = build_report({"verbeterpunten": points})
    (finding,) = check_rules(report, ["TK704"])
    assert (finding.path, finding.subject) == (("verbeterpunten", 1), "informatiedeling")
    assert finding.args["bronnen"] == 3
    assert check_rules(report, ["TK704"], options={"TK704": {"min_bronnen": 4}}) == []


def test_carried_over_points_keep_the_sources_of_earlier_years(
    build_report: BuildReport, check_rules: Any
) -> None:
    """``tk4 init --vanaf`` drops a bron that points at last year's inzet; it still counts."""
    sources = ["st-2025", "visitatie", "jaarverslag-2024"]
    first = [point(f"vp-2024-0{n}", "informatiedeling", source=s) for n, s in enumerate(sources)]
    carried = [{k: v for k, v in p.items() if k != "bron"} for p in first]
    report = build_report({"verbeterpunten": carried})
    assert check_rules(report, ["TK704"]) == []
    history = [earlier_report(build_report, *first)]
    (finding,) = check_rules(report, ["TK704"], history=history)
    assert finding.args["bronnen"] == 3
    assert finding.args["jaren"] == 1
