"""The view of the eindconclusie: score matrix and aspect coverage chart."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.assessment import Difference
from tk4.render.context.views.blocks import Level, LevelCount, Ref


@dataclass(frozen=True)
class Mark:
    """A mark in the score matrix: short sign and what it stands for."""

    short: str
    long: str


@dataclass(frozen=True)
class MatrixCell:
    """A cell of the score matrix: the level of its column and the marks in it.

    ``filled`` cells (with a mark) are coloured with the level's colour, the marks on top.
    """

    level: Level
    marks: tuple[Mark, ...]
    filled: bool


@dataclass(frozen=True)
class MatrixRow:
    """A norm in the score matrix: one cell per column of the scale."""

    norm: Ref
    statement: str
    cells: tuple[MatrixCell, ...]
    difference: Difference | None
    one_sided: str | None


@dataclass(frozen=True)
class Segment:
    """A part of an aspect's bar: one judgement level, with its geometry in the SVG."""

    level: Level
    count: int
    x: str
    width: str


@dataclass(frozen=True)
class AspectRow:
    """Coverage of one aspect: the elements tagged with it and their judgements."""

    id: str
    name: str
    total: int
    assessed: int
    share: str
    counts: tuple[LevelCount, ...]
    segments: tuple[Segment, ...]
    y: str
    text_y: str


@dataclass(frozen=True)
class Chart:
    """Geometry of the aspect bar chart (SVG user units), prepared so templates only place it."""

    width: str
    height: str
    bar_x: str
    bar_width: str
    bar_height: str
    share_x: str
    description: str


@dataclass(frozen=True)
class Conclusion:
    """The eindconclusie: a conclusion per process, norms per level, matrix and aspect coverage.

    ``paragraphs`` conclude on each process in a few sentences. ``lines`` and ``aspects``
    follow the inspectieoordeel when there is one (``lines_intro`` says whose judgement
    they are); ``aspects_note`` explains the coverage chart.
    """

    paragraphs: tuple[str, ...]
    lines_intro: str
    lines: tuple[tuple[Level, tuple[Ref, ...]], ...]
    matrix_levels: tuple[Level, ...]
    matrix: tuple[MatrixRow, ...]
    legend: tuple[Mark, ...]
    aspects_note: str
    aspects: tuple[AspectRow, ...]
    chart: Chart
