"""Zelfbeeld beside inspectieoordeel: what counts as a difference, and whose points are whose."""

from __future__ import annotations

import re
from pathlib import Path

from render_helpers import BASE, EXAMPLES, Render, WriteReport

from tk4.loading.catalogue import load_catalogue
from tk4.render.context import ReportView
from tk4.render.context.labels import ONLY_INSPECTION, ONLY_REGION
from tk4.render.context.views.assessment import NormView

INSPECTION = BASE.replace("soort: zelfevaluatie", "soort: inspectieoordeel")
SELF = EXAMPLES / "vr05-twente-2025.yaml"
VERDICT = EXAMPLES / "vr05-twente-2025-inspectieoordeel.yaml"

OWN_JUDGEMENTS = """\
normen:
  RB.A:
    oordeel: in de basis op orde
    elementen:
      RB.A.1: {oordeel: op niveau}
      RB.A.2: {oordeel: op niveau}
  RB.B:
    oordeel: op niveau
    elementen:
      RB.B.1: {oordeel: op niveau}
  VB.A:
    oordeel: voor verbetering vatbaar
"""

ONLY_RB_A = """\
normen:
  RB.A:
    oordeel: in de basis op orde
    elementen:
      RB.A.1: {oordeel: op niveau}
      RB.A.2: {oordeel: op niveau}
"""


def _norms(view: ReportView) -> dict[str, NormView]:
    return {norm.id: norm for process in view.processes for norm in process.norms}


def _partial(write_report: WriteReport) -> tuple[Path, Path]:
    own = write_report(OWN_JUDGEMENTS, name="zelf.yaml")
    other = write_report(ONLY_RB_A, name="inspectie.yaml", base=INSPECTION)
    return own, other


def test_what_one_side_did_not_judge_is_no_difference(
    render: Render, write_report: WriteReport
) -> None:
    own, other = _partial(write_report)
    text, view = render(own, oordeel=other)
    norms = _norms(view)
    assert view.summary.norm_differences == 0
    assert view.summary.element_differences == 0
    assert all(norm.difference is None for norm in norms.values())
    assert norms["RB.A"].one_sided is None
    assert norms["RB.A"].agree
    assert norms["RB.B"].one_sided == ONLY_REGION
    assert not norms["RB.B"].agree
    assert norms["UV.A"].one_sided is None  # neither judged it
    assert all(row.difference is None for row in view.conclusion.matrix)
    assert "(verschil)" not in text
    assert "inspectie oordeelt anders" not in text
    overview = " ".join(view.summary.paragraphs)
    assert (
        "Het zelfbeeld van de regio komt bij de enige norm die beide hebben beoordeeld overeen"
        in (overview)
    )
    assert "Alleen de regio beoordeelt de normen RB.B en VB.A en element RB.B.1" in overview
    figures = {fact.term: fact.value for fact in view.summary.key_figures}
    assert figures["Verschillen met de Inspectie"] == "0 normen, 0 elementen"
    assert figures["Alleen beoordeeld door de regio"] == "2 normen, 1 element"


def test_an_element_the_region_left_blank_is_judged_by_the_inspection_alone(
    render: Render,
) -> None:
    text, view = render(SELF, oordeel=VERDICT)
    element = next(e for norm in _norms(view).values() for e in norm.elements if e.id == "UV.E.2")
    assert element.difference is None
    assert element.one_sided == ONLY_INSPECTION
    row = next(line for line in text.splitlines() if line.startswith("| **UV.E.2**"))
    assert row.endswith("| alleen beoordeeld door de Inspectie |")


def test_a_real_difference_still_has_a_direction(render: Render, write_report: WriteReport) -> None:
    own = write_report(ONLY_RB_A, name="zelf.yaml")
    other = write_report(
        ONLY_RB_A.replace("oordeel: in de basis op orde", "oordeel: voor verbetering vatbaar"),
        name="inspectie.yaml",
        base=INSPECTION,
    )
    _, view = render(own, oordeel=other)
    difference = _norms(view)["RB.A"].difference
    assert difference is not None
    assert (difference.direction, difference.label) == ("lager", "inspectie oordeelt lager")


def test_an_inspectieoordeel_alone_calls_its_points_recommendations(render: Render) -> None:
    text, view = render(VERDICT)
    assert view.sections["verbeterpunten"].title == "Aanbevelingen van de Inspectie"
    assert view.learning.summary.startswith("Het inspectieoordeel bevat vier punten.")
    assert view.learning.improvements_column == "Aanbeveling"
    assert "Verbeterpunten van de regio" not in text
    assert "Het register van de regio" not in text
    assert "verbeterpunten in het register" not in text
    overview = " ".join(view.summary.paragraphs)
    assert "Van de vier aanbevelingen van de Inspectie staan er vier open" in overview
    figures = {fact.term: fact.value for fact in view.summary.key_figures}
    assert "Aanbevelingen open" in figures
    assert "| Aanbeveling | Soort |" in text
    assert [p.id for p in view.summary.recommendations] == [
        p.id for p in view.learning.improvements
    ]


def test_recommendations_drawn_up_after_the_peildatum_are_counted_on_their_own_date(
    render: Render,
) -> None:
    text, view = render(SELF, oordeel=VERDICT)
    assert view.learning.recommendations_summary is not None
    assert "Op 28 mei 2026, de datum van het inspectieoordeel, staan er vier open" in (
        view.learning.recommendations_summary
    )
    assert "Op de peildatum" not in view.learning.recommendations_summary
    assert "| Aanbeveling | Soort |" in text
    for point in view.learning.recommendations:
        assert not re.match(r"(?i)aanbeveling\s*:", point.description), point.description
    assert "Aanbeveling:" not in text


def test_the_eindconclusie_and_its_aspects_follow_the_inspection(
    render: Render, write_report: WriteReport
) -> None:
    own = write_report(ONLY_RB_A, name="zelf.yaml")
    other = write_report(
        ONLY_RB_A.replace(
            "RB.A.1: {oordeel: op niveau}", "RB.A.1: {oordeel: voor verbetering vatbaar}"
        ),
        name="inspectie.yaml",
        base=INSPECTION,
    )
    _, view = render(own, oordeel=other)
    conclusion = view.conclusion
    assert "Inspectie" in conclusion.aspects_note
    catalogue = load_catalogue("4.0")
    for aspect in conclusion.aspects:
        tagged = {e.id for e in catalogue.elements.values() if aspect.id in e.aspects.aspects}
        counts = {c.level.value: c.count for c in aspect.counts}
        # The Inspectie judged RB.A.1 lower than the region; the chart counts the Inspectie.
        assert counts["voor verbetering vatbaar"] == ("RB.A.1" in tagged), aspect.id
        assert counts["op niveau"] == ("RB.A.2" in tagged), aspect.id
