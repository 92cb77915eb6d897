"""Source locations as values: where in which file a piece of a self-report stands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KeyPath = tuple[str | int, ...]
"""Path from the document root to a value: mapping keys (str) and list indexes (int)."""


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A 1-based region of a file: start line/column up to end line/column (exclusive)."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __post_init__(self) -> None:
        if self.line < 1 or self.column < 1:
            raise ValueError(f"span begint vóór 1:1 ({self.line}:{self.column})")
        if (self.end_line, self.end_column) < (self.line, self.column):
            raise ValueError("span eindigt vóór zijn begin")

    @classmethod
    def point(cls, file: str, line: int, column: int) -> Span:
        """A zero-width span at one position."""
        return cls(file, line, column, line, column)

    @classmethod
    def whole_file(cls, file: str) -> Span:
        """The span used when only the file is known."""
        return cls.point(file, 1, 1)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Key path → span of every value (and of every mapping key) in one YAML document.

    Built once while loading; lookups fall back to the nearest ancestor, so a path that
    does not exist in the file (a missing key) still points at the mapping that lacks it.
    """

    file: str
    values: Mapping[KeyPath, Span] = field(default_factory=dict)
    keys: Mapping[KeyPath, Span] = field(default_factory=dict)

    def lookup(self, path: KeyPath) -> Span:
        """Span of the value at ``path``, or of its nearest ancestor that exists."""
        for end in range(len(path), -1, -1):
            span = self.values.get(path[:end])
            if span is not None:
                return span
        return Span.whole_file(self.file)

    def key(self, path: KeyPath) -> Span:
        """Span of the key that introduces ``path``, falling back to :meth:`lookup`."""
        span = self.keys.get(path)
        return span if span is not None else self.lookup(path)
