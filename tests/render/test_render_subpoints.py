"""Judgements per sub-point, and a norm's judgement derived from agreeing elements."""

from __future__ import annotations

from render_helpers import Render, WriteReport

NORMS = """\
normen:
  UV.C:
    elementen:
      UV.C.1: {oordeel: in de basis op orde, toelichting: Beeld liep achter.}
      UV.C.2: {oordeel: in de basis op orde, toelichting: Terugvragen ging goed.}
  UV.A:
    elementen:
      UV.A.1:
        oordeel: in de basis op orde
        subpunten:
          UV.A.1.d:
            oordeel: voor verbetering vatbaar
            toelichting: Geen heralarmering van de ROT-leiding.
          UV.A.1.a:
            toelichting: De CaCo coördineerde goed.
  UV.D:
    elementen:
      UV.D.1: {oordeel: op niveau}
      UV.D.2: {oordeel: in de basis op orde}
"""


def test_a_norm_without_judgement_shows_what_its_agreeing_elements_say(
    render: Render, write_report: WriteReport
) -> None:
    text, view = render(write_report(NORMS))
    norms = {n.id: n for p in view.processes for n in p.norms}
    assert norms["UV.C"].own.derived
    assert norms["UV.C"].own.level.value == "in de basis op orde"
    assert not norms["UV.C"].own.present
    assert not norms["UV.D"].own.derived  # the elements disagree: nothing follows
    assert norms["UV.D"].own.level.value == "niet beoordeeld"
    assert norms["UV.D"].own.level.label == "Geen eigen oordeel"  # but it was looked at
    assert norms["RB.A"].own.level.label == "Niet beoordeeld"
    assert "| In de basis op orde (afgeleid uit de elementen) |" in text


def test_sub_point_judgements_are_shown_with_the_element_in_catalogue_order(
    render: Render, write_report: WriteReport
) -> None:
    text, view = render(write_report(NORMS))
    (element,) = [
        e for p in view.processes for n in p.norms for e in n.elements if e.id == "UV.A.1"
    ]
    assert element.detailed
    points = element.own.subpoints
    assert [p.id for p in points] == ["UV.A.1.a", "UV.A.1.d"]
    assert points[0].level is None
    assert points[1].level is not None
    assert points[1].level.value == "voor verbetering vatbaar"
    assert points[1].text == "bewaken van de opkomst en (her)alarmering indien nodig"
    assert (
        "- **UV.A.1.d** (bewaken van de opkomst en (her)alarmering indien nodig): Voor "
        "verbetering vatbaar. Geen heralarmering van de ROT-leiding." in text
    )
    assert "- **UV.A.1.a** (een 24/7 beschikbare" in text
    assert "geen eigen oordeel. De CaCo coördineerde goed." in text
    html, _ = render(write_report(NORMS), "html")
    assert '<ul class="subpunt-oordelen">' in html
