"""The view of the bijlagen: the framework as used, its errata, findings and abbreviations."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.blocks import FindingView


@dataclass(frozen=True)
class SubPointView:
    """A sub-point of an element, with its children; ``marker`` is its own letter ("a", "i")."""

    id: str
    marker: str
    text: str
    md_indent: str
    children: tuple[SubPointView, ...]


@dataclass(frozen=True)
class FrameworkElement:
    """An element as the Toetsingskader words it, and the aspects tk4 counts it under."""

    id: str
    anchor: str
    text: str
    aspects: str
    subpoints: tuple[SubPointView, ...]


@dataclass(frozen=True)
class FrameworkNorm:
    """A norm as the Toetsingskader words it (chapter 3, and chapter 4 where different)."""

    id: str
    anchor: str
    statement: str
    detail: str | None
    elements: tuple[FrameworkElement, ...]


@dataclass(frozen=True)
class FrameworkProcess:
    """A process as the Toetsingskader describes it."""

    id: str
    title: str
    description: str
    statement: str
    norms: tuple[FrameworkNorm, ...]


@dataclass(frozen=True)
class ErratumView:
    """An inconsistency of the source text and how tk4 reads it, worded for a reader.

    No line numbers of the text version and no field names of the catalogue: ``location`` is
    the place in the publication, ``kind`` a Dutch label.
    """

    id: str
    kind: str
    location: str
    as_printed: str
    reading: str


@dataclass(frozen=True)
class AbbreviationView:
    """An abbreviation and its meaning."""

    term: str
    meaning: str


@dataclass(frozen=True)
class Appendices:
    """The bijlagen: the framework as used with its errata, every finding, the abbreviations.

    ``findings`` lists every finding of the toetsing once per file, with code and location,
    for the specialists; ``findings_note`` introduces that list.
    """

    framework_title: str
    source_reference: str
    processes: tuple[FrameworkProcess, ...]
    errata: tuple[ErratumView, ...]
    findings_note: str
    findings: tuple[FindingView, ...]
    abbreviations: tuple[AbbreviationView, ...]
