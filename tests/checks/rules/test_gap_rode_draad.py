"""TK704 rode-draad across years: earlier reports count, carried-over points do not.

The points of these tests have no owner (unless a test gives one): an owned rode draad with a
running termijn is in order and gives no finding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

BuildReport = Callable[[Mapping[str, Any]], dict[str, Any]]


def point(
    point_id: str,
    theme: str,
    status: str = "open",
    source: str = "visitatie",
    *,
    deadline: dt.date | None = None,
) -> dict[str, Any]:
    """A verbeterpunt on ``theme`` from ``source``; owned (with ``deadline``) when one is given."""
    owned = {"eigenaar": "Hoofd informatiemanagement", "termijn": deadline} if deadline else {}
    return {
        "id": point_id,
        "omschrijving": "Het actuele beeld bereikt de gemeenten te laat.",
        "bron": source,
        "thema": theme,
        **owned,
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
    earlier = point("vp-2024-07", "Informatie deling ", "afgerond", source="st-2025")
    history = [earlier_report(build_report, earlier)]
    current = point("vp-2025-01", "informatie  deling", source="jaarverslag-2024")
    report = build_report({"verbeterpunten": [current]})
    (finding,) = check_rules(report, ["TK704"], history=history)
    assert finding.subject == "informatie deling"
    assert finding.path == ("verbeterpunten", 0)
    # the systeemtest of the 2024 file (3 October 2024), the jaarverslag adopted in 2025
    assert (finding.args["jaren"], finding.args["periode"]) == (2, "2024-2025")
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
    earlier = point("vp-2024-07", "informatiedeling", source="st-2025")
    history = [earlier_report(build_report, earlier)]
    current = point("vp-2025-01", "informatiedeling", source="jaarverslag-2024")
    report = build_report({"verbeterpunten": [current]})
    assert check_rules(report, ["TK704"], history=history)
    options = {"TK704": {"min_jaren": 3}}
    assert check_rules(report, ["TK704"], history=history, options=options) == []


def test_one_point_is_one_year_however_old_its_bron(
    build_report: BuildReport, check_rules: Any
) -> None:
    """A 2025 point from the 2022 visitatie comes from 2022 only, not from 2022 and 2025."""
    report = build_report({"verbeterpunten": [point("vp-2025-01", "informatiedeling")]})
    assert check_rules(report, ["TK704"]) == []


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
    options = {"TK704": {"min_bronnen": 4, "min_jaren": 3}}  # 2022 (visitatie) and 2025
    assert check_rules(report, ["TK704"], options=options) == []


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
    # first reported in 2024; sources from 2022 (visitatie), 2024 (st-2025 of the 2024 file)
    # and 2025 (jaarverslag-2024, adopted 20 June 2025)
    assert (finding.args["jaren"], finding.args["periode"]) == (3, "2022-2025")


def test_years_come_from_the_sources_not_only_from_the_reports(
    build_report: BuildReport, check_rules: Any
) -> None:
    """One report, sources from 2022 and 2025: "punten uit 2 jaren", never "1 verslagjaar"."""
    points = [
        point("vp-2025-01", "informatiedeling", source="visitatie"),
        point("vp-2025-02", "informatiedeling", source="st-2025"),
    ]
    (finding,) = check_rules(build_report({"verbeterpunten": points}), ["TK704"])
    assert (finding.args["jaren"], finding.args["periode"]) == (2, "2022-2025")
    assert "(2 bronnen, punten uit 2 jaren: 2022-2025)" in finding.message


def test_an_owned_rode_draad_with_a_running_termijn_is_in_order(
    build_report: BuildReport, check_rules: Any
) -> None:
    points = [
        point("vp-2025-01", "informatiedeling", source="visitatie"),
        point("vp-2025-02", "informatiedeling", source="st-2025"),
        point("vp-2025-03", "informatiedeling", source="st-2025", deadline=dt.date(2026, 6, 30)),
    ]
    assert check_rules(build_report({"verbeterpunten": points}), ["TK704"]) == []


def test_an_owned_rode_draad_past_its_termijn_is_reported_at_that_action(
    build_report: BuildReport, check_rules: Any
) -> None:
    points = [
        point("vp-2025-01", "informatiedeling", source="visitatie"),
        point("vp-2025-02", "informatiedeling", source="st-2025", deadline=dt.date(2025, 9, 30)),
    ]
    (finding,) = check_rules(build_report({"verbeterpunten": points}), ["TK704"])
    assert (finding.message_id, finding.path) == ("TK704.over_termijn", ("verbeterpunten", 1))
    assert "had als termijn 30 september 2025" in finding.message
