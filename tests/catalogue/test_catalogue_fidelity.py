"""The catalogue says exactly what the source text says: nothing dropped, reworded or invented.

The source is parsed here independently of how the YAML was made: every "- " bullet of
chapter 4 (at any indentation, because the text version loses indentation at page breaks)
must be the text of the next element or sub-point in catalogue order, and vice versa.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tk4.model.catalogue import Catalogue, Element, SubPoint

BULLET = re.compile(r"^ ?- (?P<text>.+)$")
CH3_NORM = re.compile(r"^- (?P<letter>[A-E])\. (?P<text>.+)$")
CH4_NORM = re.compile(r"^(?P<letter>[A-E])\. (?P<text>.+)$")

# Chapter 2 headings as printed; "Vorbereiding" is erratum E06 (checked below).
CH2_HEADINGS = {
    "RB": "Risicobeheersing",
    "VB": "Vorbereiding",
    "UV": "Uitvoering",
    "VL": "Verantwoorden, leren en bijstellen",
}
CH2_AFTER_LAST = "De vier processen vormen"


def ws(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def _lines_between(source: str, start: str, end: str) -> list[str]:
    lines = source.splitlines()
    return lines[lines.index(start) + 1 : lines.index(end)]


def chapter3_lines(source: str) -> list[str]:
    return _lines_between(source, "Toetsingskader op hoofdlijnen", "Toetsingskader uitgewerkt")


def chapter4_lines(source: str) -> list[str]:
    return _lines_between(
        source, "Toetsingskader uitgewerkt", "Missie Inspectie Veiligheid en Justitie"
    )


def fidelity_problems(catalogue: Catalogue, source: str) -> list[str]:
    """Every way the catalogue's texts differ from the source; empty when faithful."""
    problems: list[str] = []
    flat = ws(source)

    # Chapter 4 bullets, in order, against elements and sub-points, in order.
    bullets = [ws(m["text"]) for line in chapter4_lines(source) if (m := BULLET.match(line))]
    nodes = [n for n in catalogue.nodes() if isinstance(n, Element | SubPoint)]
    for index in range(max(len(bullets), len(nodes))):
        in_source = bullets[index] if index < len(bullets) else None
        in_catalogue = ws(nodes[index].text) if index < len(nodes) else None
        node_id = nodes[index].id if index < len(nodes) else "(geen)"
        if in_source != in_catalogue:
            problems.append(f"H4 bullet {index + 1} / {node_id}: {in_source!r} != {in_catalogue!r}")
            break  # after one shift every later pair differs too

    norms = list(catalogue.norms.values())
    # Chapter 3 norm statements.
    ch3 = [
        (m["letter"], ws(m["text"]))
        for line in chapter3_lines(source)
        if (m := CH3_NORM.match(line))
    ]
    ours3 = [(n.id[-1], ws(n.statement)) for n in norms]
    if ch3 != ours3:
        problems.append(f"H3 normen wijken af: {set(ch3) ^ set(ours3)}")
    # Chapter 4 norm statements: statement_detail exactly when the wording differs.
    ch4 = [
        (m["letter"], ws(m["text"]))
        for line in chapter4_lines(source)
        if (m := CH4_NORM.match(line))
    ]
    ours4 = [(n.id[-1], ws(n.statement_detail or n.statement)) for n in norms]
    if ch4 != ours4:
        problems.append(f"H4 normen wijken af: {set(ch4) ^ set(ours4)}")
    for (_, text3), (_, text4), norm in zip(ch3, ch4, norms, strict=False):
        if (text3 != text4) != (norm.statement_detail is not None):
            problems.append(f"{norm.id}: statement_detail hoort er alleen te staan als H3 ≠ H4")

    # Processes: chapter 2 description complete up to the next heading, chapter 3 main line.
    ids = [p.id for p in catalogue.processes]
    for index, process in enumerate(catalogue.processes):
        after = CH2_HEADINGS[ids[index + 1]] if index + 1 < len(ids) else CH2_AFTER_LAST
        chunk = f"{CH2_HEADINGS[process.id]} {ws(process.description)} {after}"
        if chunk not in flat:
            problems.append(f"{process.id}: beschrijving is niet letterlijk/volledig hoofdstuk 2")
        line = f"3.{index + 1} {process.title} {ws(process.statement)} - A."
        if line not in flat:
            problems.append(f"{process.id}: hoofdlijn of titel wijkt af van hoofdstuk 3")
    return problems


def test_catalogue_is_faithful_to_source(catalogue: Catalogue, source_text: str) -> None:
    assert fidelity_problems(catalogue, source_text) == []


def test_every_text_occurs_verbatim_in_source(catalogue: Catalogue, source_text: str) -> None:
    flat = ws(source_text)
    texts: list[tuple[str, str]] = []
    for process in catalogue.processes:
        texts += [(process.id, process.description), (process.id, process.statement)]
    for norm in catalogue.norms.values():
        texts.append((norm.id, norm.statement))
        if norm.statement_detail is not None:
            texts.append((norm.id, norm.statement_detail))
    for node in catalogue.nodes():
        if isinstance(node, Element | SubPoint):
            texts.append((node.id, f"- {node.text}"))
    missing = [node_id for node_id, text in texts if ws(text) not in flat]
    assert missing == []


def test_chapter4_has_bullets_at_all(source_text: str) -> None:
    # Pins the parser above: chapter 4 has 41 elements and 47 (sub-)sub-points.
    bullets = [line for line in chapter4_lines(source_text) if BULLET.match(line)]
    assert len(bullets) == 88


def test_vorbereiding_heading_is_a_recorded_erratum(catalogue: Catalogue) -> None:
    assert any(e.as_printed == CH2_HEADINGS["VB"] for e in catalogue.errata)


def test_errata_quote_the_source(catalogue: Catalogue, source_text: str) -> None:
    flat = ws(source_text)
    assert [e.id for e in catalogue.errata if ws(e.as_printed) not in flat] == []


def _referenced_line_ranges(location: str) -> list[tuple[int, int]]:
    """The 1-based line ranges a location names: "(r. 24, 29)", "(r. 358-365)"."""
    ranges = []
    for group in re.findall(r"\(r\. ([^)]*)\)", location):
        for first, last in re.findall(r"(\d+)(?:-(\d+))?", group):
            ranges.append((int(first), int(last or first)))
    return ranges


def test_errata_line_references_point_at_the_quote(catalogue: Catalogue, source_text: str) -> None:
    lines = source_text.splitlines()
    wrong = []
    for erratum in catalogue.errata:
        ranges = _referenced_line_ranges(erratum.location)
        if not ranges:
            wrong.append(f"{erratum.id}: geen regelnummer")
        for first, last in ranges:
            if ws(erratum.as_printed) not in ws(" ".join(lines[first - 1 : last])):
                wrong.append(f"{erratum.id}: r. {first}-{last}")
    assert wrong == []


def test_colophon_attribution_is_quoted(catalogue: Catalogue, source_text: str) -> None:
    quote = (
        "Vermenigvuldigen van informatie uit deze publicatie is toegestaan, "
        "mits deze uitgave als bron wordt vermeld."
    )
    assert quote in ws(source_text.replace("*", ""))
    assert quote in catalogue.publication.attribution


# --- the fidelity check catches single-point damage ---------------------------------------


def _mutated(catalogue: Catalogue, change: Any) -> Catalogue:
    data = catalogue.model_dump()
    change(data)
    return Catalogue.model_validate(data)


def _node(data: dict[str, Any], node_id: str) -> dict[str, Any]:
    """The mapping with ``id == node_id`` in dumped catalogue data."""
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if value.get("id") == node_id:
                return value
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    raise KeyError(node_id)


def _drop_element(data: dict[str, Any]) -> None:
    _node(data, "VL.B")["elements"].pop(1)


def _reword(data: dict[str, Any]) -> None:
    point = _node(data, "UV.A.1.a.ii")
    point["text"] = point["text"].replace("eenduidige", "eenduidig")


def _fix_typo(data: dict[str, Any]) -> None:
    point = _node(data, "UV.A.1.f")
    point["text"] = point["text"].replace("bundelen verrijken", "bundelen, verrijken")


def _swap(data: dict[str, Any]) -> None:
    first, second = _node(data, "RB.A.3"), _node(data, "RB.A.4")
    first["text"], second["text"] = second["text"], first["text"]


def _invent(data: dict[str, Any]) -> None:
    _node(data, "VL.B.1")["children"] = [
        {"id": "VL.B.1.a", "source": "4.4 B", "text": "een verzonnen subpunt.", "children": []}
    ]


def _drop_detail(data: dict[str, Any]) -> None:
    _node(data, "UV.D")["statement_detail"] = None


def _shorten_description(data: dict[str, Any]) -> None:
    process = _node(data, "UV")
    process["description"] = process["description"].rsplit("\n", 1)[0]


def _reword_statement(data: dict[str, Any]) -> None:
    norm = _node(data, "VB.A")
    norm["statement"] = norm["statement_detail"]


@pytest.mark.parametrize(
    "change",
    [
        _drop_element,
        _reword,
        _fix_typo,
        _swap,
        _invent,
        _drop_detail,
        _shorten_description,
        _reword_statement,
    ],
)
def test_fidelity_check_detects_damage(catalogue: Catalogue, source_text: str, change: Any) -> None:
    assert fidelity_problems(_mutated(catalogue, change), source_text) != []
