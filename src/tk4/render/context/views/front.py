"""The view of the title page, the samenvatting, the inleiding and the colophon."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.blocks import FindingView, Level
from tk4.render.context.views.learning import ImprovementView


@dataclass(frozen=True)
class Fact:
    """A term and its value (title page, key figures)."""

    term: str
    value: str


@dataclass(frozen=True)
class TitlePage:
    """What the title page says: which region, year, kind, framework and dates.

    ``concept`` is the notice on a report without a single judgement (None otherwise); the
    running header then starts with "CONCEPT". ``authors`` is who drew up the file(s), for
    the colophon and the PDF's metadata.
    """

    title: str
    subtitle: str
    region_code: str
    region_name: str
    year: int
    kind: str
    catalogue_version: str
    drafted_date: str
    drafted_by: str
    reference_date: str
    running_header: str
    facts: tuple[Fact, ...]
    concept: str | None
    authors: str


@dataclass(frozen=True)
class CountRow:
    """One row of the summary's count table: a level and its counts per column."""

    level: Level
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Summary:
    """The samenvatting: "Beeld in het kort" as prose, the counts and the main points.

    ``recommendations`` are the Inspectie's aanbevelingen in full (beside an inspectieoordeel,
    or in a report that is one), introduced by ``recommendations_intro``; empty otherwise.
    ``main_gaps`` holds each open finding once, also when both files gave it.
    """

    paragraphs: tuple[str, ...]
    count_columns: tuple[str, ...]
    count_rows: tuple[CountRow, ...]
    key_figures: tuple[Fact, ...]
    recommendations: tuple[ImprovementView, ...]
    recommendations_intro: str | None
    open_improvements: int
    overdue_improvements: int
    errors: int
    warnings: int
    infos: int
    acknowledged: int
    norm_differences: int | None
    element_differences: int | None
    main_gaps: tuple[FindingView, ...]
    more_gaps: int


@dataclass(frozen=True)
class Introduction:
    """The inleiding: what the report is about, the judgement scale and how it was made."""

    paragraphs: tuple[str, ...]
    scale: tuple[Level, ...]
    method: tuple[str, ...]


@dataclass(frozen=True)
class Colophon:
    """The closing lines: disclaimer, who drew up the file(s), the source, what generated it."""

    disclaimer: str
    drawn_up: tuple[str, ...]
    source: str
    generated: str
