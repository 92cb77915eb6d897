"""The catalogue logic behind ``tk4 catalog``: lookup, suggestions, search and export."""

from __future__ import annotations

import json

import pytest

from tk4.catalogue_tools import (
    EXPORT_FORMAT,
    catalogue_to_json,
    catalogue_to_markdown,
    element_id_of,
    errata_of,
    find_node,
    fold,
    kind_of,
    parent_id,
    regions_to_json,
    search,
    suggest_ids,
)
from tk4.loading.catalogue import load_regions
from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister


@pytest.mark.parametrize(
    ("raw", "expected", "kind"),
    [
        ("UV.C", "UV.C", "norm"),
        ("uv.c", "UV.C", "norm"),
        (" rb ", "RB", "proces"),
        ("vb.b.2.D", "VB.B.2.d", "subpunt"),
        ("UV.A.1.A.IV", "UV.A.1.a.iv", "sub-subpunt"),
        ("UV.A.1.a", "UV.A.1.a", "subpunt"),
        ("VL.B.4", "VL.B.4", "element"),
    ],
)
def test_find_node_is_case_insensitive(
    catalogue: Catalogue, raw: str, expected: str, kind: str
) -> None:
    node = find_node(catalogue, raw)
    assert node is not None
    assert node.id == expected
    assert kind_of(node) == kind


def test_find_unknown_and_suggest(catalogue: Catalogue) -> None:
    assert find_node(catalogue, "UV.F") is None
    assert "UV.E" in suggest_ids(catalogue, "UV.F")
    assert suggest_ids(catalogue, "uv.b.8")[0] == "UV.B.7"
    assert suggest_ids(catalogue, "VB.A.7")[0] == "VB.A.6"
    assert suggest_ids(catalogue, "zzzzzzzzzzzz") == []


def test_parent_and_element_ids() -> None:
    assert parent_id("UV.A.1.a.i") == "UV.A.1.a"
    assert parent_id("UV") is None
    assert element_id_of("UV.A.1.a.i") == "UV.A.1"
    assert element_id_of("UV.A") is None


def test_fold() -> None:
    assert fold("Coördineert GEÏNFORMEERD") == "coordineert geinformeerd"


def test_search_all_words_accent_insensitive(catalogue: Catalogue) -> None:
    hits = search(catalogue, ["COORDINEERT", "drie"])
    assert [h.node_id for h in hits] == ["UV.A.1.a.i"]
    hit = hits[0]
    assert hit.kind == "sub-subpunt"
    assert hit.norm_id == "UV.A"
    assert hit.where == ""
    highlighted = [hit.text[start:end] for start, end in hit.spans]
    assert highlighted == ["coördineert", "drie"]


def test_search_finds_elements_and_subpoints(catalogue: Catalogue) -> None:
    ids = [h.node_id for h in search(catalogue, ["visitatie"])]
    assert ids == ["VL.B.4"]
    ids = [h.node_id for h in search(catalogue, ["NL", "alert"])]
    assert ids == ["UV.A.1.c"]
    assert search(catalogue, ["visitatie", "meldkamer"]) == []
    assert search(catalogue, ["  "]) == []


def test_search_covers_norm_statements_and_processes(catalogue: Catalogue) -> None:
    hits = {hit.node_id: hit for hit in search(catalogue, ["parate"])}
    assert list(hits) == ["VB", "VB.A", "VB.B"]
    assert (hits["VB"].kind, hits["VB"].where, hits["VB"].norm_id) == ("proces", "hoofdlijn", None)
    assert (hits["VB.B"].kind, hits["VB.B"].where, hits["VB.B"].norm_id) == (
        "norm",
        "hoofdstuk 3",
        "VB.B",
    )
    assert hits["VB.B"].text == catalogue.norms["VB.B"].statement
    # Chapter 4 wording when only it matches; a description line when only it does.
    chapter4 = {hit.node_id: hit for hit in search(catalogue, ["stuurt", "coördineert"])}
    assert chapter4["UV.B"].where == "hoofdstuk 4"
    title = next(hit for hit in search(catalogue, ["Voorbereiding"]) if hit.node_id == "VB")
    assert (title.where, title.text) == ("titel", "Voorbereiding")
    description = [h for h in search(catalogue, ["voorbereidt", "plannen"]) if h.kind == "proces"]
    assert [(h.node_id, h.where) for h in description] == [("VB", "beschrijving")]
    assert "\n" not in description[0].text


def test_errata_of(catalogue: Catalogue) -> None:
    assert [e.id for e in errata_of(catalogue, ["UV.B.6.g"])] == ["E19"]
    assert [e.id for e in errata_of(catalogue, ["UV.A.1.f", "UV.A.1.a.ii"])] == ["E17", "E18"]
    assert errata_of(catalogue, ["RB.A.1"]) == []


def test_regions_to_json_round_trips() -> None:
    register = load_regions()
    data = json.loads(json.dumps(regions_to_json(register)))
    assert data["format"] == "tk4-regios"
    assert data["format_version"] == 1
    assert RegionRegister.model_validate(data["register"]) == register


def test_search_merges_overlapping_spans(catalogue: Catalogue) -> None:
    hit = search(catalogue, ["alarm", "alarmeren"])[0]
    starts = [s for s, _ in hit.spans]
    assert starts == sorted(set(starts))
    assert all(end > start for start, end in hit.spans)


def test_json_export_round_trips(catalogue: Catalogue) -> None:
    data = json.loads(json.dumps(catalogue_to_json(catalogue)))
    assert data["format"] == EXPORT_FORMAT
    assert data["format_version"] == 1
    assert Catalogue.model_validate_json(json.dumps(data["catalogue"])) == catalogue


def test_json_export_gives_every_node_its_source(catalogue: Catalogue) -> None:
    data = catalogue_to_json(catalogue)["catalogue"]
    nodes: list[dict[str, object]] = []
    for process in data["processes"]:
        nodes.append(process)
        for norm in process["norms"]:
            nodes.append(norm)
            stack = list(norm["elements"])
            while stack:
                node = stack.pop()
                nodes.append(node)
                stack.extend(node.get("children", []))
    assert len(nodes) == len(catalogue.by_id)
    assert [node["id"] for node in nodes if not node.get("source")] == []
    point = next(node for node in nodes if node["id"] == "UV.A.1.a.iv")
    assert point["source"] == "4.3 A"


def test_markdown_export_has_everything(catalogue: Catalogue) -> None:
    text = catalogue_to_markdown(catalogue)
    missing = [
        node.id
        for node in catalogue.nodes()
        if f"**{node.id}**" not in text and f"{node.id} —" not in text
    ]
    assert missing == []
    for erratum in catalogue.errata:
        assert f"### {erratum.id} —" in text
    for level in catalogue.scale:
        assert f"| {level.value} | {level.label} |" in text
    assert "30 maart 2018" in text
    assert "mits deze uitgave als bron wordt vermeld" in text
