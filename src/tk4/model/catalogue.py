"""The Toetsingskader as data: processes, norms, elements and the things around them.

The YAML under ``norms/<version>/toetsingskader.yaml`` is validated into these models. The
catalogue is read-only reference data: every other part of tk4 looks norms, elements, the
judgement scale and legal bases up here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cached_property
from typing import Literal

from pydantic import Field, model_validator

from tk4.model.base import StrictModel

ID_PATTERNS = {
    "process": r"^(RB|VB|UV|VL)$",
    "norm": r"^(RB|VB|UV|VL)\.[A-E]$",
    "element": r"^(RB|VB|UV|VL)\.[A-E]\.[1-9][0-9]?$",
    "subpoint": r"^(RB|VB|UV|VL)\.[A-E]\.[1-9][0-9]?\.[a-z]$",
    "subsubpoint": r"^(RB|VB|UV|VL)\.[A-E]\.[1-9][0-9]?\.[a-z]\.(i|ii|iii|iv|v|vi|vii|viii|ix|x)$",
}


class Publication(StrictModel):
    """Bibliographic facts of the source document, as printed and as current."""

    title: str
    subtitle: str
    publisher_as_printed: str = Field(description="Naam van de uitgever zoals op de omslag")
    publisher_current: str = Field(description="Huidige naam van de Inspectie")
    published: str = Field(description="Publicatiemaand zoals op de omslag, bv. 'maart 2018'")
    colophon_date: str = Field(description="Datum in het colofon")
    in_force: dt.date
    source_file: str = Field(description="Pad van de brontekst, relatief aan norms/")
    source_reference: str
    attribution: str


class Aspect(StrictModel):
    """One of the four governance aspects of chapter 2 (sturing, toerusting, ...)."""

    id: str = Field(pattern=r"^[a-z-]+$")
    name: str
    description: str


class ScaleLevel(StrictModel):
    """One level of the judgement scale, with the colour and text label that go with it."""

    value: str = Field(description="De waarde zoals in een zelfevaluatie geschreven")
    label: str
    description: str
    rank: int | None = Field(description="Hoger is beter; leeg voor 'niet beoordeeld'")
    colour: str = Field(pattern=r"^#[0-9a-f]{6}$", description="Achtergrondkleur")
    text_colour: str = Field(pattern=r"^#[0-9a-f]{6}$", description="Tekstkleur op de achtergrond")
    source: str = Field(description="Waar de formulering vandaan komt")

    @property
    def assessed(self) -> bool:
        """Whether this level is an actual judgement (not 'niet beoordeeld')."""
        return self.rank is not None


class LegalBasis(StrictModel):
    """An article of the Wvr or Bvr that a norm, element or rule rests on."""

    id: str = Field(pattern=r"^(wvr|bvr)-[0-9.a-z]+$")
    law: Literal["Wvr", "Bvr"]
    article: str
    summary: str


class TimeNorm(StrictModel):
    """A time limit of the Besluit veiligheidsregio's, in minutes, for turn-out or alarm."""

    id: str = Field(pattern=r"^[a-z_]+$")
    label: str
    minutes: int = Field(gt=0)
    legal_basis: str
    note: str = ""


class AspectMapping(StrictModel):
    """Which aspects an element touches: tk4's interpretation, the source gives no mapping."""

    aspects: list[str] = Field(min_length=1)
    basis: Literal["interpretatie-tk4"] = "interpretatie-tk4"
    reason: str = Field(min_length=10)


class SubPoint(StrictModel):
    """A sub-point (or sub-sub-point) of an element, verbatim."""

    id: str = Field(pattern=f"{ID_PATTERNS['subpoint']}|{ID_PATTERNS['subsubpoint']}")
    source: str = Field(description="Bronparagraaf (die van het element), bv. '4.3 A'")
    text: str
    children: list[SubPoint] = Field(default_factory=list)


class Element(StrictModel):
    """An element of a norm (chapter 4), with its sub-points, verbatim."""

    id: str = Field(pattern=ID_PATTERNS["element"])
    source: str = Field(description="Bronparagraaf, bv. '4.3 C'")
    text: str
    children: list[SubPoint] = Field(default_factory=list)
    aspects: AspectMapping
    legal_basis: list[str] = Field(default_factory=list)

    def full_text(self) -> str:
        """The element text followed by all its sub-points, one per line."""
        lines = [self.text]
        for child in _walk_subpoints(self.children):
            lines.append(child.text)
        return "\n".join(lines)


class Norm(StrictModel):
    """A norm (A-E) of a process, in its chapter-3 and, where different, chapter-4 wording."""

    id: str = Field(pattern=ID_PATTERNS["norm"])
    source: str = Field(description="Bronparagrafen, bv. '3.3 C; 4.3 C'")
    statement: str = Field(description="Formulering in hoofdstuk 3")
    statement_detail: str | None = Field(
        default=None, description="Formulering in hoofdstuk 4 waar die afwijkt"
    )
    legal_basis: list[str] = Field(default_factory=list)
    elements: list[Element] = Field(min_length=1)


class Process(StrictModel):
    """One of the four processes: Risicobeheersing, Voorbereiding, Uitvoering, Verantwoorden."""

    id: str = Field(pattern=ID_PATTERNS["process"])
    title: str
    source: str
    description: str = Field(description="Beschrijving uit hoofdstuk 2")
    statement: str = Field(description="Hoofdlijn uit hoofdstuk 3")
    norms: list[Norm] = Field(min_length=1)


class Erratum(StrictModel):
    """An inconsistency of the source text, recorded rather than silently fixed."""

    id: str = Field(pattern=r"^E[0-9]{2}$")
    kind: str
    location: str
    nodes: list[str] = Field(
        default_factory=list,
        description="ID's van de onderdelen waar het erratum over gaat; leeg als het geen betreft",
    )
    as_printed: str
    elsewhere: str
    tk4_reading: str
    note: str


CatalogueNode = Process | Norm | Element | SubPoint


class Catalogue(StrictModel):
    """A complete, versioned Toetsingskader."""

    version: str = Field(pattern=r"^[0-9]+\.[0-9]+$")
    publication: Publication
    aspects: list[Aspect] = Field(min_length=1)
    scale: list[ScaleLevel] = Field(min_length=2)
    legal_bases: list[LegalBasis]
    time_norms: list[TimeNorm]
    processes: list[Process] = Field(min_length=1)
    errata: list[Erratum]

    @model_validator(mode="after")
    def _references_resolve(self) -> Catalogue:
        aspect_ids = {aspect.id for aspect in self.aspects}
        law_ids = {basis.id for basis in self.legal_bases}
        for node in self.nodes():
            if isinstance(node, Element):
                unknown = set(node.aspects.aspects) - aspect_ids
                if unknown:
                    raise ValueError(f"{node.id}: onbekende aspecten {sorted(unknown)}")
            if isinstance(node, Norm | Element):
                missing = set(node.legal_basis) - law_ids
                if missing:
                    raise ValueError(f"{node.id}: onbekende wettelijke grondslag {sorted(missing)}")
        for norm in self.time_norms:
            if norm.legal_basis not in law_ids:
                raise ValueError(f"tijdnorm {norm.id}: onbekende grondslag {norm.legal_basis}")
        node_ids = {node.id for node in self.nodes()}
        for erratum in self.errata:
            unknown_nodes = [node_id for node_id in erratum.nodes if node_id not in node_ids]
            if unknown_nodes:
                raise ValueError(f"{erratum.id}: onbekende onderdelen {unknown_nodes}")
        return self

    def nodes(self) -> Iterator[CatalogueNode]:
        """Every process, norm, element and sub-point, in source order."""
        for process in self.processes:
            yield process
            for norm in process.norms:
                yield norm
                for element in norm.elements:
                    yield element
                    yield from _walk_subpoints(element.children)

    @cached_property
    def by_id(self) -> dict[str, CatalogueNode]:
        """Every node keyed by its ID."""
        return {node.id: node for node in self.nodes()}

    @cached_property
    def norms(self) -> dict[str, Norm]:
        """The norms keyed by ID, in source order."""
        return {n.id: n for p in self.processes for n in p.norms}

    @cached_property
    def elements(self) -> dict[str, Element]:
        """The elements keyed by ID, in source order."""
        return {e.id: e for n in self.norms.values() for e in n.elements}

    @cached_property
    def norm_of_element(self) -> dict[str, str]:
        """Element ID to the ID of the norm it belongs to."""
        return {e.id: n.id for n in self.norms.values() for e in n.elements}

    @cached_property
    def process_of_norm(self) -> dict[str, Process]:
        """Norm ID to its process."""
        return {n.id: p for p in self.processes for n in p.norms}

    @cached_property
    def scale_by_value(self) -> dict[str, ScaleLevel]:
        """The judgement scale keyed by the value written in a self-report."""
        return {level.value: level for level in self.scale}

    @cached_property
    def legal_by_id(self) -> dict[str, LegalBasis]:
        """Legal bases keyed by ID."""
        return {basis.id: basis for basis in self.legal_bases}

    @cached_property
    def time_norm_by_id(self) -> dict[str, TimeNorm]:
        """Bvr time norms keyed by ID."""
        return {norm.id: norm for norm in self.time_norms}


def _walk_subpoints(points: list[SubPoint]) -> Iterator[SubPoint]:
    for point in points:
        yield point
        yield from _walk_subpoints(point.children)
