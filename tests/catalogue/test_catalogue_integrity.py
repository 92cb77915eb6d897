"""Structural integrity of the shipped catalogue: IDs, hierarchy, mappings, scale, references."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tk4.model.catalogue import ID_PATTERNS, Catalogue, Element, Norm, Process, SubPoint

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio (1..21) between two colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_ids_are_unique(catalogue: Catalogue) -> None:
    counts = Counter(node.id for node in catalogue.nodes())
    assert [node_id for node_id, n in counts.items() if n > 1] == []


def _level(node_id: str, node: object) -> str:
    if isinstance(node, Process):
        return "process"
    if isinstance(node, Norm):
        return "norm"
    if isinstance(node, Element):
        return "element"
    return "subpoint" if node_id.count(".") == 3 else "subsubpoint"


def test_ids_match_the_pattern_of_their_level(catalogue: Catalogue) -> None:
    wrong = [
        node.id
        for node in catalogue.nodes()
        if not re.fullmatch(ID_PATTERNS[_level(node.id, node)], node.id)
    ]
    assert wrong == []


def _expected_suffixes(level: str, count: int) -> list[str]:
    if level == "norm":
        return list("ABCDE"[:count])
    if level == "element":
        return [str(n) for n in range(1, count + 1)]
    if level == "subpoint":
        return [chr(ord("a") + n) for n in range(count)]
    return ROMAN[:count]


def _check_children(
    parent_id: str, children: list[SubPoint] | list[Element] | list[Norm], level: str
) -> list[str]:
    problems = []
    expected = [f"{parent_id}.{s}" for s in _expected_suffixes(level, len(children))]
    actual = [child.id for child in children]
    if actual != expected:
        problems.append(f"{parent_id}: {actual} != {expected}")
    return problems


def test_child_ids_extend_parent_id_in_sequence(catalogue: Catalogue) -> None:
    problems: list[str] = []

    def walk(points: list[SubPoint], parent: str, level: str) -> None:
        problems.extend(_check_children(parent, points, level))
        for point in points:
            walk(point.children, point.id, "subsubpoint")

    for process in catalogue.processes:
        problems.extend(_check_children(process.id, process.norms, "norm"))
        for norm in process.norms:
            problems.extend(_check_children(norm.id, norm.elements, "element"))
            for element in norm.elements:
                walk(element.children, element.id, "subpoint")
    assert problems == []


def test_no_deeper_than_sub_sub_points(catalogue: Catalogue) -> None:
    too_deep = [
        n.id
        for n in catalogue.nodes()
        if isinstance(n, SubPoint) and n.id.count(".") == 4 and n.children
    ]
    assert too_deep == []


def test_sources_follow_the_ids(catalogue: Catalogue) -> None:
    problems = []
    for number, process in enumerate(catalogue.processes, start=1):
        if process.source != f"2; 3.{number}; 4.{number}":
            problems.append(process.id)
        for norm in process.norms:
            letter = norm.id[-1]
            if norm.source != f"3.{number} {letter}; 4.{number} {letter}":
                problems.append(norm.id)
            problems += [e.id for e in norm.elements if e.source != f"4.{number} {letter}"]
    assert problems == []


def test_every_sub_point_carries_the_source_of_its_element(catalogue: Catalogue) -> None:
    points = [node for node in catalogue.nodes() if isinstance(node, SubPoint)]
    assert len(points) == 47
    element_of = {point.id: ".".join(point.id.split(".")[:3]) for point in points}
    assert [p.id for p in points if p.source != catalogue.elements[element_of[p.id]].source] == []


def test_processes_and_norm_counts(catalogue: Catalogue) -> None:
    assert [p.id for p in catalogue.processes] == ["RB", "VB", "UV", "VL"]
    assert [p.title for p in catalogue.processes] == [
        "Risicobeheersing",
        "Voorbereiding",
        "Uitvoering",
        "Verantwoorden, leren en bijstellen",
    ]
    assert {p.id: len(p.norms) for p in catalogue.processes} == {"RB": 2, "VB": 2, "UV": 5, "VL": 2}
    assert len(catalogue.norms) == 11


def test_element_and_subpoint_counts(catalogue: Catalogue) -> None:
    levels = Counter(_level(n.id, n) for n in catalogue.nodes())
    assert levels == {"process": 4, "norm": 11, "element": 41, "subpoint": 43, "subsubpoint": 4}


def test_list_punctuation_matches_structure(catalogue: Catalogue) -> None:
    """A text ends in ':' exactly when sub-points follow; a list's last point ends in '.'."""
    problems = []
    for node in catalogue.nodes():
        if not isinstance(node, Element | SubPoint):
            continue
        if node.text.endswith(":") != bool(node.children):
            problems.append(f"{node.id}: ':' en subpunten horen samen")
        for index, child in enumerate(node.children):
            last = index == len(node.children) - 1
            ending = child.text[-1]
            if last and ending != ".":
                problems.append(f"{child.id}: laatste subpunt eindigt niet op '.'")
            if not last and ending not in ";:":
                problems.append(f"{child.id}: subpunt eindigt niet op ';'")
    assert problems == []


def test_meldkamer_element_has_three_levels(catalogue: Catalogue) -> None:
    element = catalogue.elements["UV.A.1"]
    assert [p.id for p in element.children] == [f"UV.A.1.{c}" for c in "abcdef"]
    functionaris = element.children[0]
    assert functionaris.text.startswith("een 24/7 beschikbare multidisciplinaire functionaris")
    assert [p.id for p in functionaris.children] == [f"UV.A.1.a.{r}" for r in ROMAN[:4]]


def test_page_break_subpoint_is_under_its_element(catalogue: Catalogue) -> None:
    element = catalogue.elements["UV.B.6"]
    assert element.text == "De gekozen aanpak/ interventie sluit aan bij:"
    assert element.children[0].text == "beoogde effecten en resultaten;"
    assert len(element.children) == 9


def test_every_element_has_aspects_with_reason(catalogue: Catalogue) -> None:
    aspect_ids = {a.id for a in catalogue.aspects}
    problems = []
    for element in catalogue.elements.values():
        mapping = element.aspects
        if not mapping.aspects or not set(mapping.aspects) <= aspect_ids:
            problems.append(f"{element.id}: aspecten {mapping.aspects}")
        if len(set(mapping.aspects)) != len(mapping.aspects):
            problems.append(f"{element.id}: dubbel aspect")
        if mapping.basis != "interpretatie-tk4" or len(mapping.reason.split()) < 4:
            problems.append(f"{element.id}: reden ontbreekt")
    assert problems == []


def test_every_aspect_is_used(catalogue: Catalogue) -> None:
    used = {a for e in catalogue.elements.values() for a in e.aspects.aspects}
    assert used == {a.id for a in catalogue.aspects}


def test_aspects_are_the_four_of_chapter_2(catalogue: Catalogue, source_text: str) -> None:
    assert [(a.id, a.name) for a in catalogue.aspects] == [
        ("sturing", "Sturing"),
        ("toerusting", "Toerusting"),
        ("ketens-en-netwerken", "Ketens en netwerken"),
        ("kwaliteit", "Kwaliteit"),
    ]
    for aspect in catalogue.aspects:
        assert f"\n- {aspect.name}\n" in source_text
        assert aspect.description.startswith("Omschrijving van tk4")


def test_scale_levels_in_order(catalogue: Catalogue) -> None:
    assert [(s.value, s.rank) for s in catalogue.scale] == [
        ("op niveau", 3),
        ("in de basis op orde", 2),
        ("voor verbetering vatbaar", 1),
        ("niet beoordeeld", None),
    ]
    assert [s.assessed for s in catalogue.scale] == [True, True, True, False]


@pytest.mark.parametrize("index", range(4))
def test_scale_level_is_labelled_and_readable(catalogue: Catalogue, index: int) -> None:
    level = catalogue.scale[index]
    assert level.label.strip()
    assert level.description.strip()
    assert level.source.strip()
    assert contrast_ratio(level.colour, level.text_colour) >= 4.5


def test_scale_colours_are_distinct(catalogue: Catalogue) -> None:
    assert len({s.colour for s in catalogue.scale}) == len(catalogue.scale)


def test_legal_bases_are_consistent(catalogue: Catalogue) -> None:
    for basis in catalogue.legal_bases:
        assert basis.id == f"{basis.law.lower()}-{basis.article}"
        assert basis.summary.strip()
    assert len({b.id for b in catalogue.legal_bases}) == len(catalogue.legal_bases)


def test_legal_references_resolve(catalogue: Catalogue) -> None:
    referenced = {
        ref
        for node in catalogue.nodes()
        if isinstance(node, Norm | Element)
        for ref in node.legal_basis
    } | {t.legal_basis for t in catalogue.time_norms}
    assert referenced <= set(catalogue.legal_by_id)
    assert {"wvr-15", "wvr-56", "bvr-2.2.2", "bvr-2.5.1"} <= referenced


def test_known_legal_anchors(catalogue: Catalogue) -> None:
    assert "wvr-15" in catalogue.elements["RB.A.2"].legal_basis
    assert {"wvr-14", "wvr-16"} <= set(catalogue.elements["VB.A.1"].legal_basis)
    assert "bvr-2.2.2" in catalogue.elements["UV.A.1"].legal_basis
    assert catalogue.elements["VL.B.4"].legal_basis == ["wvr-56"]
    assert "bvr-2.5.1" in catalogue.norms["VB.B"].legal_basis


def test_time_norms(catalogue: Catalogue) -> None:
    assert {t.id: (t.minutes, t.legal_basis) for t in catalogue.time_norms} == {
        "alarmering": (2, "bvr-2.2.3"),
        "incidentbeschrijving": (5, "bvr-2.2.4"),
        "copi": (30, "bvr-2.3.1"),
        "rot": (45, "bvr-2.3.1"),
        "rot_leider_im": (30, "bvr-2.3.1"),
        "rot_voorlichter": (30, "bvr-2.3.1"),
        "rot_informatiemanagement": (40, "bvr-2.3.1"),
        "rot_secties": (60, "bvr-2.3.1"),
        "tbz": (90, "bvr-2.3.1"),
        "gbt": (60, "bvr-2.3.1"),
        "beeld": (10, "bvr-2.4.2"),
    }
    assert "bijeenroept" in catalogue.time_norm_by_id["gbt"].note


def test_publication(catalogue: Catalogue) -> None:
    pub = catalogue.publication
    assert (pub.title, pub.subtitle) == (
        "Toetsingskader 4.0",
        "Multidisciplinaire Taakuitvoering Veiligheidsregio's",
    )
    assert pub.publisher_as_printed == "Inspectie Veiligheid en Justitie"
    assert pub.publisher_current == "Inspectie Justitie en Veiligheid"
    assert (pub.published, pub.colophon_date) == ("maart 2018", "Februari 2018")
    assert pub.in_force.isoformat() == "2018-03-30"
    assert catalogue.version == "4.0"


def test_errata_are_numbered_and_complete(catalogue: Catalogue) -> None:
    assert [e.id for e in catalogue.errata] == [
        f"E{n:02d}" for n in range(1, len(catalogue.errata) + 1)
    ]
    for erratum in catalogue.errata:
        assert all(
            value.strip()
            for value in (
                erratum.kind,
                erratum.location,
                erratum.as_printed,
                erratum.tk4_reading,
                erratum.note,
            )
        )


@pytest.mark.parametrize(
    ("erratum_id", "node_id"),
    [("E18", "UV.A.1.f"), ("E19", "UV.B.6.g"), ("E20", "UV.D.5"), ("E21", "UV.C.1"),
     ("E22", "VB.A.5"), ("E06", "VB"), ("E17", "UV.A.1.a.iv")],
)  # fmt: skip
def test_errata_name_the_nodes_they_concern(
    catalogue: Catalogue, erratum_id: str, node_id: str
) -> None:
    erratum = next(e for e in catalogue.errata if e.id == erratum_id)
    assert node_id in erratum.nodes


def test_every_node_specific_erratum_names_its_nodes(catalogue: Catalogue) -> None:
    """An erratum whose location names an ID lists it; a ch. 3/4 wording erratum names its norm."""
    for erratum in catalogue.errata:
        mentioned = {
            node_id
            for node_id in catalogue.by_id
            if re.search(rf"(?<![\w.]){re.escape(node_id)}(?![\w.])", erratum.location)
        }
        if erratum.kind == "formulering-h3-h4":
            paragraph = re.fullmatch(r"4\.([1-4]) ([A-E]) \(r\. \d+\)", erratum.location)
            assert paragraph is not None, erratum.id
            process = catalogue.processes[int(paragraph.group(1)) - 1]
            assert erratum.nodes == [f"{process.id}.{paragraph.group(2)}"], erratum.id
        assert mentioned <= set(erratum.nodes), erratum.id


@pytest.mark.parametrize(
    "as_printed",
    [
        "Inspectie Veiligheid en Justitie",
        "Contact met de regio",
        "Fout! Bladwijzer niet gedefinieerd.",
        "Evalueren, leren en bijstellen",
        "Vorbereiding",
        "Versie maart 2018",
    ],
)
def test_known_inconsistencies_are_recorded(catalogue: Catalogue, as_printed: str) -> None:
    assert as_printed in [e.as_printed for e in catalogue.errata]


def test_every_chapter3_4_difference_has_an_erratum(catalogue: Catalogue) -> None:
    with_detail = {n.id for n in catalogue.norms.values() if n.statement_detail is not None}
    locations = " ".join(e.location for e in catalogue.errata if e.kind == "formulering-h3-h4")
    recorded = {
        f"{process}.{letter}"
        for number, process in enumerate(["RB", "VB", "UV", "VL"], start=1)
        for letter in "ABCDE"
        if f"4.{number} {letter}" in locations
    }
    assert with_detail == recorded
    assert with_detail == {"VB.A", "UV.B", "UV.C", "UV.D", "UV.E", "VL.B"}
