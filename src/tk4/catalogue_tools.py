"""Working with the catalogue: find nodes by ID, suggest IDs, search texts, errata, export.

The ``tk4 catalog`` commands only format what these functions return, so tests and other
commands use the same logic.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tk4 import dutch
from tk4.model.catalogue import (
    Catalogue,
    CatalogueNode,
    Element,
    Erratum,
    Norm,
    Process,
    SubPoint,
)
from tk4.model.regions import RegionRegister

EXPORT_FORMAT = "tk4-catalogus"
EXPORT_FORMAT_VERSION = 1
REGIONS_FORMAT = "tk4-regios"
REGIONS_FORMAT_VERSION = 1

KIND_NAMES = {
    Process: "proces",
    Norm: "norm",
    Element: "element",
    SubPoint: "subpunt",
}


ID_EXAMPLES = "UV, UV.C, UV.C.1, UV.A.1.a of UV.A.1.a.i"
"""What the IDs of the catalogue look like, for hints after an unknown ID."""


def kind_of(node: CatalogueNode) -> str:
    """The Dutch name of the node's level: proces, norm, element, subpunt or sub-subpunt."""
    if isinstance(node, SubPoint) and node.id.count(".") == 4:
        return "sub-subpunt"
    return KIND_NAMES[type(node)]


def parent_id(node_id: str) -> str | None:
    """The ID of the node one level up (``UV.A.1.a`` → ``UV.A.1``); None for a process."""
    head, _, _ = node_id.rpartition(".")
    return head or None


def element_id_of(node_id: str) -> str | None:
    """The element an ID belongs to (itself for an element); None for processes and norms."""
    parts = node_id.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 else None


def node_text(node: CatalogueNode) -> str:
    """The main text of a node: a process's title, a norm's chapter-3 statement, else its text."""
    if isinstance(node, Process):
        return node.title
    if isinstance(node, Norm):
        return node.statement
    return node.text


def find_node(catalogue: Catalogue, raw_id: str) -> CatalogueNode | None:
    """The node with this ID, matched case-insensitively (``uv.c`` finds ``UV.C``)."""
    wanted = raw_id.strip().casefold()
    for node_id, node in catalogue.by_id.items():
        if node_id.casefold() == wanted:
            return node
    return None


def suggest_ids(catalogue: Catalogue, raw_id: str, limit: int = 3) -> list[str]:
    """The IDs closest to ``raw_id`` (case-insensitive), best first, for "bedoelde u …?"."""
    folded = {node_id.casefold(): node_id for node_id in catalogue.by_id}
    matches = difflib.get_close_matches(raw_id.strip().casefold(), folded, n=limit, cutoff=0.5)
    return [folded[match] for match in matches]


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (``Coördineert`` → ``coordineert``)."""
    return _fold_with_offsets(text)[0]


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, the index of the original character.

    Why: search matches on the folded text but highlights in the original, whose characters
    may fold to zero, one or several characters.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        decomposed = unicodedata.normalize("NFKD", char)
        for piece in decomposed:
            if unicodedata.combining(piece):
                continue
            for folded_char in piece.casefold():
                out.append(folded_char)
                offsets.append(index)
    return "".join(out), offsets


def errata_of(catalogue: Catalogue, node_ids: Collection[str]) -> list[Erratum]:
    """The errata that concern any of ``node_ids``, in catalogue order."""
    wanted = set(node_ids)
    return [erratum for erratum in catalogue.errata if wanted.intersection(erratum.nodes)]


@dataclass(frozen=True)
class SearchHit:
    """One node with a text that contains every search word."""

    node_id: str
    kind: str
    norm_id: str | None
    """The norm the node is or belongs to; None for a process."""
    where: str
    """Which text of the node matched, e.g. ``hoofdstuk 4``; empty for elements and sub-points."""
    text: str
    spans: tuple[tuple[int, int], ...]
    """Start/end offsets in ``text`` of every occurrence of every word, sorted."""


def search(catalogue: Catalogue, words: Sequence[str]) -> list[SearchHit]:
    """Nodes with a text that contains all ``words`` (case/accent-insensitive), in source order.

    Searched: a process's title, chapter-3 main line and chapter-2 description (line by line),
    a norm's chapter-3 and chapter-4 wording, and the text of every element and sub-point. A
    node appears once, with the first of its texts that matches.
    """
    folded_words = [fold(word) for word in words if fold(word).strip()]
    if not folded_words:
        return []
    hits = []
    for node in catalogue.nodes():
        for where, text in _searchable_texts(node):
            folded, offsets = _fold_with_offsets(text)
            if not all(word in folded for word in folded_words):
                continue
            spans = sorted(
                {
                    (offsets[start], offsets[start + len(word) - 1] + 1)
                    for word in folded_words
                    for start in _occurrences(folded, word)
                }
            )
            hits.append(
                SearchHit(
                    node_id=node.id,
                    kind=kind_of(node),
                    norm_id=_norm_id_of(catalogue, node),
                    where=where,
                    text=text,
                    spans=tuple(_merge(spans)),
                )
            )
            break
    return hits


def _searchable_texts(node: CatalogueNode) -> Iterator[tuple[str, str]]:
    """(which text, text) pairs of a node, in the order a reader meets them."""
    if isinstance(node, Process):
        yield "titel", node.title
        yield "hoofdlijn", node.statement
        for line in node.description.split("\n"):
            if line.strip():
                yield "beschrijving", line
    elif isinstance(node, Norm):
        yield "hoofdstuk 3", node.statement
        if node.statement_detail is not None:
            yield "hoofdstuk 4", node.statement_detail
    else:
        yield "", node.text


def _norm_id_of(catalogue: Catalogue, node: CatalogueNode) -> str | None:
    if isinstance(node, Process):
        return None
    if isinstance(node, Norm):
        return node.id
    element_id = element_id_of(node.id)
    assert element_id is not None
    return catalogue.norm_of_element[element_id]


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    start = haystack.find(needle)
    while start != -1:
        yield start
        start = haystack.find(needle, start + 1)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def regions_to_json(register: RegionRegister) -> dict[str, Any]:
    """The region register as JSON-ready data, wrapped with a format name and version."""
    return {
        "format": REGIONS_FORMAT,
        "format_version": REGIONS_FORMAT_VERSION,
        "register": register.model_dump(mode="json"),
    }


def catalogue_to_json(catalogue: Catalogue) -> dict[str, Any]:
    """The whole catalogue as JSON-ready data, wrapped with a format name and version."""
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "catalogue": catalogue.model_dump(mode="json"),
    }


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    out = []
    for char in text:
        if char in "\\`*_[]<>#|":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _md_lines(text: str) -> str:
    """Escape a possibly multi-line text, keeping its lines (for ch. 2 bullet lists)."""
    return "\n".join(_md(line) for line in text.split("\n"))


def catalogue_to_markdown(catalogue: Catalogue) -> str:
    """A readable Markdown document of the whole framework, with scale and errata."""
    pub = catalogue.publication
    out: list[str] = [
        f"# {_md(pub.title)} — {_md(pub.subtitle)}",
        "",
        f"Versie {catalogue.version}. Uitgave {_md(pub.published)} (colofon: "
        f"{_md(pub.colophon_date)}), in werking {dutch.date(pub.in_force)}.",
        f"Uitgever: {_md(pub.publisher_as_printed)} (nu {_md(pub.publisher_current)}).",
        "",
        f"> {_md(pub.attribution)}",
        "",
        "Teksten van processen, normen, elementen en subpunten zijn letterlijk overgenomen, "
        "inclusief onvolkomenheden (zie Errata). Aspectkoppelingen, wettelijke grondslagen en "
        "de oordeelsschaal zijn interpretaties van tk4.",
        "",
        "## Aspecten",
        "",
    ]
    for aspect in catalogue.aspects:
        out.append(f"- **{_md(aspect.name)}** (`{aspect.id}`): {_md(aspect.description)}")
    out += [
        "",
        "## Oordeelsschaal",
        "",
        "| Waarde | Label | Rang | Omschrijving |",
        "|---|---|---|---|",
    ]
    for level in catalogue.scale:
        rank = "–" if level.rank is None else str(level.rank)
        out.append(
            f"| {_md(level.value)} | {_md(level.label)} | {rank} | {_md(level.description)} |"
        )
    out.append("")
    for process in catalogue.processes:
        out += _process_markdown(catalogue, process)
    out += ["## Wettelijke grondslagen", "", "| ID | Artikel | Samenvatting |", "|---|---|---|"]
    for basis in catalogue.legal_bases:
        out.append(f"| `{basis.id}` | {basis.law} art. {basis.article} | {_md(basis.summary)} |")
    out += ["", "## Tijdnormen (Bvr)", "", "| ID | Omschrijving | Minuten | Grondslag |"]
    out.append("|---|---|---|---|")
    for norm in catalogue.time_norms:
        label = _md(norm.label) + (f" — {_md(norm.note)}" if norm.note else "")
        out.append(f"| `{norm.id}` | {label} | {norm.minutes} | `{norm.legal_basis}` |")
    out += ["", "## Errata", ""]
    for erratum in catalogue.errata:
        out += [
            f"### {erratum.id} — {_md(erratum.kind)}",
            "",
            f"- Plaats: {_md(erratum.location)}",
            *(
                [f"- Betreft: {', '.join(f'`{n}`' for n in erratum.nodes)}"]
                if erratum.nodes
                else []
            ),
            f"- Zoals gedrukt: {_md(erratum.as_printed)}",
            f"- Elders: {_md(erratum.elsewhere)}",
            f"- Lezing tk4: {_md(erratum.tk4_reading)}",
            f"- Toelichting: {_md(erratum.note)}",
            "",
        ]
    return "\n".join(out).rstrip("\n") + "\n"


def _process_markdown(catalogue: Catalogue, process: Process) -> list[str]:
    out = [
        f"## {process.id} — {_md(process.title)}",
        "",
        f"*Bron: {_md(process.source)}*",
        "",
        _md_lines(process.description),
        "",
        f"**Hoofdlijn:** {_md(process.statement)}",
        "",
    ]
    for norm in process.norms:
        out += [f"### {norm.id} — {_md(norm.statement)}", "", f"*Bron: {_md(norm.source)}*", ""]
        if norm.statement_detail is not None:
            out += [f"Formulering hoofdstuk 4: {_md(norm.statement_detail)}", ""]
        if norm.legal_basis:
            out += [f"Wettelijke grondslag: {_legal_md(catalogue, norm.legal_basis)}", ""]
        for element in norm.elements:
            out.append(f"- **{element.id}** {_md(element.text)}")
            out += _subpoints_markdown(element.children, depth=1)
            names = ", ".join(_aspect_name(catalogue, a) for a in element.aspects.aspects)
            out.append(f"  - *Aspecten ({names}):* {_md(element.aspects.reason)}")
            if element.legal_basis:
                out.append(
                    f"  - *Wettelijke grondslag:* {_legal_md(catalogue, element.legal_basis)}"
                )
        out.append("")
    return out


def _subpoints_markdown(points: list[SubPoint], depth: int) -> list[str]:
    out = []
    for point in points:
        out.append(f"{'  ' * depth}- **{point.id}** {_md(point.text)}")
        out += _subpoints_markdown(point.children, depth + 1)
    return out


def _aspect_name(catalogue: Catalogue, aspect_id: str) -> str:
    names = {aspect.id: aspect.name for aspect in catalogue.aspects}
    return names.get(aspect_id, aspect_id)


def _legal_md(catalogue: Catalogue, ids: list[str]) -> str:
    return ", ".join(
        f"{catalogue.legal_by_id[i].law} art. {catalogue.legal_by_id[i].article}" for i in ids
    )
