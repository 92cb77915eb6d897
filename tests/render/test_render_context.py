"""The view-model: findings at their place, overdue points, over-norm times, cycles, differences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from render_helpers import BASE, Render, WriteReport

from tk4.checks.config import Config
from tk4.errors import Tk4UserError
from tk4.loading.catalogue import load_catalogue
from tk4.render import build_report
from tk4.render.context import ReportView
from tk4.render.context.views.assessment import NormView

DOCUMENTS = """\
documenten:
  - id: bp
    soort: beleidsplan
    titel: Beleidsplan 2015-2018
    vastgesteld: 2015-01-15
    verwijzing: https://example.org/bp.pdf
  - id: cp
    soort: crisisplan
    titel: Crisisplan 2024-2027
    vastgesteld: 2024-01-10
  - id: rp
    soort: risicoprofiel
    titel: Risicoprofiel (concept)
"""

IMPROVEMENTS = """\
verbeterpunten:
  - id: vp-te-laat
    omschrijving: Piketrooster uitbreiden.
    eigenaar: Hoofd Bevolkingszorg
    termijn: 2025-02-28
    status: open
  - id: vp-afgerond
    omschrijving: Werkinstructie LCMS aanpassen.
    termijn: 2025-02-28
    status: afgerond
    afgerond_op: 2025-01-20
  - id: vp-op-de-dag
    omschrijving: Oefenkalender vaststellen.
    termijn: 2025-03-01
    status: in uitvoering
"""

DEPLOYMENTS = """\
inzetten:
  - id: brand
    soort: incident
    naam: Brand in een loods
    datum: 2024-05-01
    grip: 2
    teams: [copi, rot]
    opkomst_minuten: {rot: 46.5, copi: 30}
"""


def test_findings_are_placed_at_the_element_norm_and_document_they_concern(
    render: Render, write_report: WriteReport
) -> None:
    path = write_report(DOCUMENTS + "normen:\n  RB.A:\n    oordeel: op niveau\n")
    _, view = render(path)
    elements = {e.id: e for p in view.processes for n in p.norms for e in n.elements}
    assert "TK301" in {f.code for f in elements["RB.A.1"].findings}
    assert "TK301" in {f.code for f in elements["UV.C.2"].findings}
    documents = {d.id: d for d in view.key_data.documents}
    assert "TK404" in {f.code for f in documents["cp"].findings}
    assert all(f.place is not None for p in view.processes for n in p.norms for f in n.findings)
    placed = [f for e in elements.values() for f in e.findings]
    anchors = [f.place.anchor if f.place is not None else None for f in placed]
    assert all(anchor is not None and anchor.startswith("element-") for anchor in anchors)


def test_cycle_findings_set_the_status_of_their_cycle(
    render: Render, write_report: WriteReport
) -> None:
    _, view = render(write_report(DOCUMENTS))
    cycles = {c.key: c for c in view.key_data.cycles}
    assert cycles["beleidsplan"].status.label == "verlopen"
    assert cycles["beleidsplan"].latest is not None
    assert cycles["beleidsplan"].latest.href == "https://example.org/bp.pdf"
    assert cycles["beleidsplan"].latest_date == "15 januari 2015"
    assert "TK501" in {f.code for f in cycles["beleidsplan"].findings}
    assert cycles["crisisplan"].status.label == "op orde"
    assert not cycles["crisisplan"].findings
    assert cycles["risicoprofiel"].status.label == "ontbreekt"
    assert cycles["visitatie"].status.label == "ontbreekt"
    assert cycles["systeemtest"].status.label == "ontbreekt"
    assert cycles["systeemtest"].term == "elk jaar"
    assert cycles["visitatie"].term == "ten minste eens per 5 jaar"


def test_a_motivated_statutory_cycle_finding_keeps_counting(
    render: Render, write_report: WriteReport
) -> None:
    """TK501 is a legal duty (Wvr art. 14): the reason motivates, it does not accept."""
    accepted = "uitzonderingen:\n  - regel: TK501\n    reden: Verlengd door het algemeen bestuur.\n"
    _, view = render(write_report(DOCUMENTS + accepted))
    cycles = {c.key: c for c in view.key_data.cycles}
    assert cycles["beleidsplan"].status.label == "verlopen"
    assert not cycles["beleidsplan"].acknowledged
    assert "TK501" in {f.code for f in view.summary.main_gaps}
    assert view.summary.acknowledged == 0


def test_a_cycle_whose_rule_is_off_is_not_called_in_order(write_report: WriteReport) -> None:
    outcome = build_report(
        write_report(DOCUMENTS), peildatum=dt.date(2025, 3, 1), config=Config(ignore=("TK501",))
    )
    assert outcome.view is not None
    cycles = {c.key: c for c in outcome.view.key_data.cycles}
    assert cycles["beleidsplan"].status.label == "niet getoetst"
    assert cycles["crisisplan"].status.label == "op orde"


def test_overdue_means_still_open_after_the_deadline(
    render: Render, write_report: WriteReport
) -> None:
    drafted_later = BASE.replace("datum: 2025-02-01", "datum: 2025-03-10")
    _, view = render(write_report(IMPROVEMENTS, base=drafted_later), peildatum=dt.date(2025, 3, 1))
    points = {p.id: p for p in view.learning.improvements}
    assert points["vp-te-laat"].overdue
    assert points["vp-te-laat"].overdue_badge is not None
    assert not points["vp-afgerond"].overdue
    assert points["vp-afgerond"].completed == "20 januari 2025"
    assert not points["vp-op-de-dag"].overdue
    assert view.summary.open_improvements == 2
    assert view.summary.overdue_improvements == 1
    _, later = render(write_report(IMPROVEMENTS, base=drafted_later), peildatum=dt.date(2025, 3, 2))
    assert later.summary.overdue_improvements == 2


def test_after_drafting_the_register_tells_how_points_stood_when_drawn_up(
    render: Render, write_report: WriteReport
) -> None:
    """Drawn up on 1 February 2025: a termijn of 28 February had not passed yet then."""
    text, view = render(write_report(IMPROVEMENTS), peildatum=dt.date(2025, 3, 1))
    points = {p.id: p for p in view.learning.improvements}
    assert not points["vp-te-laat"].overdue
    assert "Op 1 februari 2025, de datum van opstellen," in text


def test_turnout_times_are_compared_with_the_bvr_norm(
    render: Render, write_report: WriteReport
) -> None:
    _, view = render(write_report(DEPLOYMENTS))
    (deployment,) = view.operations.deployments
    times = {t.label: t for t in deployment.times}
    rot = times["Leiders ROT beginnen met hun taken"]
    assert (rot.norm, rot.actual, rot.over, rot.excess) == ("45", "46,5", True, "1,5")
    assert rot.badge.label == "boven norm"
    copi = times["Eerste CoPI begint met zijn taken"]
    assert (copi.over, copi.badge.label) == (False, "binnen norm")
    assert next(t.label for t in deployment.times) == "Eerste CoPI begint met zijn taken"
    assert deployment.grip == "GRIP 2"
    assert deployment.teams == "CoPI, ROT"
    rows = {row.id: row for row in view.operations.time_norms}
    assert (rows["rot"].measured, rows["rot"].over) == (1, 1)
    assert view.operations.times_over == 1


INSPECTION = BASE.replace("soort: zelfevaluatie", "soort: inspectieoordeel")


def _pair(
    write_report: WriteReport, inspection: str = INSPECTION, extra: str = ""
) -> tuple[Path, Path]:
    own = write_report(
        "normen:\n  RB.A:\n    oordeel: in de basis op orde\n"
        "    elementen:\n      RB.A.1: {oordeel: op niveau}\n      RB.A.2: {oordeel: op niveau}\n"
        + extra,
        name="zelf.yaml",
    )
    other = write_report(
        "normen:\n  RB.A:\n    oordeel: op niveau\n"
        "    elementen:\n      RB.A.1: {oordeel: voor verbetering vatbaar}\n"
        "      RB.A.2: {oordeel: op niveau}\n",
        name="inspectie.yaml",
        base=inspection,
    )
    return own, other


def _norm(view: ReportView, norm_id: str) -> NormView:
    return next(n for p in view.processes for n in p.norms if n.id == norm_id)


def test_side_by_side_marks_and_counts_differences(
    render: Render, write_report: WriteReport
) -> None:
    own, other = _pair(write_report)
    _, view = render(own, oordeel=other)
    norm = _norm(view, "RB.A")
    assert norm.other is not None
    assert norm.difference is not None
    assert norm.difference.label == "inspectie oordeelt hoger"
    elements = {e.id: e for e in norm.elements}
    assert elements["RB.A.1"].difference is not None
    assert elements["RB.A.1"].difference.label == "inspectie oordeelt lager"
    assert elements["RB.A.2"].difference is None
    assert view.summary.norm_differences == 1
    assert view.summary.element_differences == 1
    row = next(r for r in view.conclusion.matrix if r.norm.text == "RB.A")
    assert [m.short for cell in row.cells for m in cell.marks] == ["I", "Z"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("regio: VR05", "regio: VR06"), "regio VR06"),
        (("jaar: 2024", "jaar: 2023"), "jaar 2023"),
        (("soort: inspectieoordeel", "soort: zelfevaluatie"), "moet een inspectieoordeel zijn"),
    ],
)
def test_an_oordeel_of_another_region_year_or_kind_is_refused(
    write_report: WriteReport, change: tuple[str, str], message: str
) -> None:
    own, other = _pair(write_report, INSPECTION.replace(*change))
    with pytest.raises(Tk4UserError, match=message):
        build_report(own, other)


def test_the_first_file_must_be_the_zelfevaluatie(write_report: WriteReport) -> None:
    own, other = _pair(write_report)
    with pytest.raises(Tk4UserError, match="eerste bestand een zelfevaluatie"):
        build_report(other, own)


def test_a_file_that_does_not_validate_gives_its_errors_and_no_text(
    write_report: WriteReport,
) -> None:
    path = write_report("normen:\n  RB.Z:\n    oordeel: op niveau\n")
    outcome = build_report(path, fmt="html")
    assert outcome.text is None
    assert outcome.view is None
    assert {f.code for f in outcome.refused} == {"TK112"}
    assert outcome.exit_code == 1


def test_a_missing_file_is_a_read_error(tmp_path: Path) -> None:
    outcome = build_report(tmp_path / "bestaat-niet.yaml")
    assert outcome.text is None
    assert {f.code for f in outcome.refused} == {"TK001"}
    assert outcome.exit_code == 2


def test_aspect_coverage_counts_the_tagged_elements(
    render: Render, write_report: WriteReport
) -> None:
    path = write_report("normen:\n  RB.A:\n    elementen:\n      RB.A.1: {oordeel: op niveau}\n")
    _, view = render(path)
    catalogue = load_catalogue("4.0")
    for aspect in view.conclusion.aspects:
        tagged = [e for e in catalogue.elements.values() if aspect.id in e.aspects.aspects]
        assert aspect.total == len(tagged)
        assert sum(c.count for c in aspect.counts) == len(tagged)
        expected = 1 if "RB.A.1" in {e.id for e in tagged} else 0
        assert aspect.assessed == expected
    widths = [float(s.width) for a in view.conclusion.aspects for s in a.segments]
    assert all(w > 0 for w in widths)
    sturing = next(a for a in view.conclusion.aspects if a.id == "sturing")
    assert sum(float(s.width) for s in sturing.segments) == pytest.approx(300, abs=0.5)


def test_summary_opens_with_prose_and_counts_norms_elements_and_findings(
    render: Render, write_report: WriteReport
) -> None:
    path = write_report("normen:\n  RB.A:\n    oordeel: op niveau\n")
    _, view = render(path)
    overview = " ".join(view.summary.paragraphs)
    legal, judged = view.summary.paragraphs[:2]
    assert legal.startswith("Wettelijk is niet alles op orde: het beleidsplan ontbreekt")
    assert judged.startswith(
        "Veiligheidsregio Twente beoordeelt één van de elf normen als op niveau; "
        "tien normen zijn niet beoordeeld."
    )
    assert "Over 2024 zijn geen inzetten vastgelegd." in overview
    assert f"levert {view.summary.warnings + view.summary.errors} aandachtspunten op" in overview
    figures = {fact.term: fact.value for fact in view.summary.key_figures}
    assert figures["Elementen beoordeeld"] == "0 van 41 (0%)"
    gaps = view.summary.main_gaps
    ranks = [{"fout": 0, "waarschuwing": 1, "melding": 2}[f.severity.label] for f in gaps]
    assert ranks == sorted(ranks)
    assert gaps[0].severity.label == "fout"
    assert all(gap.rule and gap.rule[0].isupper() and "-" not in gap.rule for gap in gaps)


def test_the_same_finding_from_both_files_is_listed_once(
    render: Render, write_report: WriteReport
) -> None:
    own, other = _pair(write_report, INSPECTION + DEPLOYMENTS, DEPLOYMENTS)
    _, view = render(own, oordeel=other)
    (deployment,) = view.operations.deployments
    (over_norm,) = [f for f in deployment.findings if f.code == "TK601"]
    assert over_norm.origin == "zelfevaluatie en inspectieoordeel"
    assert "zelf.yaml" in over_norm.location
    assert "inspectie.yaml" in over_norm.location
    assert deployment.judged_by_inspection is False
    outcome = build_report(own, other, dt.date(2025, 3, 1), select=["TK601"])
    assert outcome.view is not None
    assert [(f.code, f.origin) for f in outcome.view.summary.main_gaps if f.code != "TK126"] == [
        ("TK601", "zelfevaluatie en inspectieoordeel")
    ]
    listed = [f for f in view.appendices.findings if f.code == "TK601"]
    assert len(listed) == 2


def test_the_inspections_own_points_are_shown_as_its_recommendations(
    render: Render, write_report: WriteReport
) -> None:
    recommendation = (
        "verbeterpunten:\n"
        "  - id: ijenv-1\n"
        "    soort: aanbeveling\n"
        "    omschrijving: Beleg de nafase.\n"
        "    thema: nafase\n"
        "    eigenaar: Directeur\n"
        "    termijn: 2025-02-01\n"
        "    status: open\n"
    )
    drafted_later = INSPECTION.replace("datum: 2025-02-01", "datum: 2025-03-10")
    own, other = _pair(write_report, drafted_later + recommendation)
    _, view = render(own, oordeel=other)
    (point,) = view.learning.recommendations
    assert (point.id, point.anchor, point.overdue) == ("ijenv-1", "inspectiepunt-ijenv-1", True)
    assert view.learning.recommendations_summary is not None
    assert "De Inspectie doet één aanbeveling, over nafase." in " ".join(view.summary.paragraphs)
    assert {f.code for f in point.findings} == {"TK702"}
    assert view.sections["aanbevelingen"].number == "5.2"
    _, alone = render(own)
    assert alone.learning.recommendations == ()
    assert alone.learning.recommendations_summary is None
    assert "aanbevelingen" not in alone.sections


def test_headings_are_numbered_in_the_body_as_in_the_contents(
    render: Render, write_report: WriteReport
) -> None:
    _, view = render(write_report())
    assert [(h.number, h.title) for h in view.toc][:3] == [
        ("", "Samenvatting en conclusies"),
        ("1", "Inleiding"),
        ("2", "Kerngegevens"),
    ]
    beoordeling = view.sections["beoordeling"]
    assert next(child.text for child in beoordeling.children) == "3.1 RB Risicobeheersing"
    assert [process.heading.text for process in view.processes][-1] == (
        "3.4 VL Verantwoorden, leren en bijstellen"
    )
    assert view.sections["bijlage-aandachtspunten"].text == (
        "Bijlage 2. Aandachtspunten uit de toetsing"
    )
    summary = next(h for h in view.toc if h.id == "samenvatting")
    assert summary.children == ()
    assert view.sections["beeld-in-het-kort"].number == ""


def test_an_element_without_explanation_is_a_row_only(write_report: WriteReport) -> None:
    path = write_report(
        "normen:\n  RB.A:\n    oordeel: op niveau\n    toelichting: Het profiel is actueel.\n"
        "    elementen:\n      RB.A.1: {oordeel: op niveau, toelichting: Keuzes staan vast.}\n"
        "      RB.A.2: {oordeel: op niveau}\n"
    )
    outcome = build_report(path, peildatum=dt.date(2025, 3, 1), ignore=["dekking", "bewijs"])
    assert outcome.view is not None
    norm = _norm(outcome.view, "RB.A")
    elements = {e.id: e for e in norm.elements}
    assert (elements["RB.A.1"].detailed, elements["RB.A.1"].row_id) == (True, None)
    assert elements["RB.A.1"].link == elements["RB.A.1"].anchor == "element-rb-a-1"
    assert not elements["RB.A.2"].findings
    assert elements["RB.A.2"].detailed is False
    assert elements["RB.A.2"].row_id == elements["RB.A.2"].anchor == "rij-element-rb-a-2"
    assert elements["RB.A.2"].link is None
    assert norm.detailed
    assert norm.link == "toelichting-norm-rb-a"
