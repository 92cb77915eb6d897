"""Read YAML fast and safely, keeping the position of every key and value.

Why this and not a YAML library's loader: ruamel's round-trip loader is ~14x slower, and any
loader that *constructs* while it composes can be attacked (alias bombs expand to gigabytes,
deep nesting overflows the stack, ``!!python/…`` tags run code). Here libyaml (through
``ruamel.yaml.clib``) only produces events; a small iterative builder turns them into plain
Python data plus a :class:`~tk4.source.SourceMap`, refusing tags, anchors and aliases and
bounding size, depth and node count. Every problem becomes a :class:`~tk4.findings.Finding`
at the parser's mark, never an exception.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tk4.codes import finding
from tk4.fileio import os_error_reason
from tk4.findings import Finding, Severity
from tk4.source import KeyPath, SourceMap, Span


@dataclass(frozen=True)
class Limits:
    """Bounds that keep hostile input from exhausting time, memory or the stack."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 48
    max_nodes: int = 250_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class LoadedYaml:
    """The outcome of reading one file: data (None when unreadable), positions, problems."""

    data: Any
    source: SourceMap
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the data can be used (no error-level finding)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)


def load_yaml(
    path: Path, *, display_name: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> LoadedYaml:
    """Read and parse the YAML file at ``path``; ``display_name`` is what findings show."""
    name = display_name if display_name is not None else str(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a pipe or device could block or never end
            return _failed(
                name,
                "TK001",
                "io.unreadable",
                {"reason": "geen gewoon bestand"},
            )
        size = status.st_size
        if size > limits.max_bytes:
            return _failed(
                name,
                "TK002",
                "io.too_large",
                {"size": size, "limit": limits.max_bytes},
            )
        raw = path.read_bytes()
    except OSError as error:
        reason = os_error_reason(error)
        return _failed(name, "TK001", "io.unreadable", {"reason": reason})
    return parse_yaml_bytes(raw, name, limits=limits)


def parse_yaml_bytes(raw: bytes, file: str, *, limits: Limits = DEFAULT_LIMITS) -> LoadedYaml:
    """Decode UTF-8 (a BOM is allowed) and parse."""
    if len(raw) > limits.max_bytes:
        return _failed(
            file,
            "TK002",
            "io.too_large",
            {"size": len(raw), "limit": limits.max_bytes},
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        problem = finding(
            "TK003", Span.point(file, line, column), "io.not_utf8", {"offset": error.start}
        )
        return LoadedYaml(None, SourceMap(file), [problem])
    return parse_yaml(text, file, limits=limits)


def parse_yaml(text: str, file: str, *, limits: Limits = DEFAULT_LIMITS) -> LoadedYaml:
    """Parse YAML ``text``; ``file`` is the name spans and findings carry."""
    # Characters are at most four UTF-8 bytes: only count bytes when the text might be too big.
    if len(text) * 4 > limits.max_bytes:
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > limits.max_bytes:
            args = {"size": size, "limit": limits.max_bytes}
            return _failed(file, "TK002", "io.too_large", args)
    return _Builder(text, file, limits).build()


def _failed(file: str, code: str, message_id: str, args: dict[str, Any]) -> LoadedYaml:
    return LoadedYaml(
        None, SourceMap(file), [finding(code, Span.whole_file(file), message_id, args)]
    )


# --- scalar resolution: the YAML 1.2 core schema, plus dates ------------------------------

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_NUMBER_DIGITS = 40


def resolve_plain_scalar(value: str) -> Any:
    """Type of an unquoted scalar: null, bool, int, float, date, else the string itself.

    Why: YAML 1.2 core (so ``no``/``on`` stay strings: no Norway problem). A date-shaped value
    that is not a real date (``2025-02-30``) stays a string, so validation reports it at its
    place instead of the parser raising.
    """
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if len(value) <= _MAX_NUMBER_DIGITS:
        if _INT.fullmatch(value):
            return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
        if _FLOAT.fullmatch(value):
            return float(value)
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


# --- the event-driven builder --------------------------------------------------------------


@dataclass
class _Frame:
    """An open mapping or sequence while building."""

    container: dict[str, Any] | list[Any]
    path: KeyPath
    start: Any  # libyaml mark
    pending_key: str | None = None
    pending_key_span: Span | None = None
    pending_is_duplicate: bool = False
    key_spans: dict[str, Span] = field(default_factory=dict)


class _Stop(Exception):
    """Raised inside the builder to end parsing after a fatal finding."""


class _Builder:
    """Turns libyaml events into data + SourceMap, collecting findings."""

    def __init__(self, text: str, file: str, limits: Limits) -> None:
        self.text = text
        self.file = file
        self.limits = limits
        self.values: dict[KeyPath, Span] = {}
        self.keys: dict[KeyPath, Span] = {}
        self.findings: list[Finding] = []
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.nodes = 0
        self.documents = 0

    def build(self) -> LoadedYaml:
        import _ruamel_yaml

        parser = _ruamel_yaml.CParser(self.text)
        try:
            while True:
                event = parser.get_event()
                if not self._handle(event):
                    break
        except _Stop:
            pass
        except _ruamel_yaml.YAMLError as error:
            self._syntax_error(error)
        except Exception as error:  # the reader's errors are not YAMLError subclasses
            if type(error).__name__ not in {
                "ReaderError",
                "ScannerError",
                "ParserError",
                "ComposerError",
            }:
                raise
            self._syntax_error(error)
        data = self.root if self.documents else None
        if any(f.severity is Severity.ERROR and f.code in _FATAL_CODES for f in self.findings):
            data = None
        return LoadedYaml(data, SourceMap(self.file, self.values, self.keys), self.findings)

    # events ---------------------------------------------------------------------------

    def _handle(self, event: Any) -> bool:
        kind = type(event).__name__
        if kind == "ScalarEvent":
            self._check_node(event)
            self._scalar(event)
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            self._check_node(event)
            self._open(event, {} if kind == "MappingStartEvent" else [])
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            self._close(event)
        elif kind == "AliasEvent":
            span = self._span(event)
            args = {"name": event.anchor}
            self._error(span, "TK015", "yaml.anchor", args, self._node_path())
            frame = self.stack[-1] if self.stack else None
            if (
                frame is not None
                and isinstance(frame.container, dict)
                and frame.pending_key is None
            ):
                self._set_key(frame, f"*{event.anchor}", span)  # an alias used as a key
            else:
                self._add_value(None, span)  # never expanded
        elif kind == "DocumentStartEvent":
            self.documents += 1
            if self.documents > 1:
                self._error(self._span(event), "TK013", "yaml.multiple_documents", {})
                raise _Stop
        elif kind == "StreamEndEvent":
            return False
        return True

    def _check_node(self, event: Any) -> None:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            self._error(
                self._span(event),
                "TK017",
                "yaml.too_many_nodes",
                {"limit": self.limits.max_nodes},
            )
            raise _Stop
        if event.anchor is not None:
            args = {"name": event.anchor}
            path = self._node_path()
            self._error(self._span(event), "TK015", "yaml.anchor", args, path)
        tag = event.tag
        if tag is not None and tag != "!":
            shown = (
                "!!" + tag.removeprefix(_CORE_TAG_PREFIX)
                if tag.startswith(_CORE_TAG_PREFIX)
                else tag
            )
            args = {"tag": shown}
            path = self._node_path()
            self._error(self._span(event), "TK014", "yaml.tag", args, path)

    def _node_path(self) -> KeyPath:
        """The key path of the node about to be added (for a mapping key: the mapping's path).

        Why: findings about a refused tag or alias carry it, so validation does not add a
        second, confusing type error for the same value.
        """
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            return frame.path
        return self._child_path(frame)

    def _scalar(self, event: Any) -> None:
        span = self._span(event)
        hidden = _HIDDEN_CHARACTERS.search(event.value)
        if hidden is not None:  # written as an escape ("\u202e"), so the reader let it through
            args = {"character": f"U+{ord(hidden.group()):04X}"}
            self._error(span, "TK019", "yaml.hidden_character", args)
        plain = event.implicit[0] and event.style in (None, "")
        value: Any = resolve_plain_scalar(event.value) if plain else event.value
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.pending_key is None:
            self._set_key(frame, event.value, span)
        else:
            self._add_value(value, span)

    def _open(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        if len(self.stack) >= self.limits.max_depth:
            self._error(
                self._span(event),
                "TK016",
                "yaml.too_deep",
                {"limit": self.limits.max_depth},
            )
            raise _Stop
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.pending_key is None:
            self._error(self._span(event), "TK018", "yaml.complex_key", {})
            raise _Stop
        path = self._child_path(parent)
        self.stack.append(_Frame(container, path, event.start_mark))

    def _close(self, event: Any) -> None:
        frame = self.stack.pop()
        start = frame.start
        span = Span(
            self.file,
            start.line + 1,
            start.column + 1,
            event.end_mark.line + 1,
            event.end_mark.column + 1,
        )
        self._add_value(frame.container, span, path=frame.path)

    # building ---------------------------------------------------------------------------

    def _set_key(self, frame: _Frame, key: str, span: Span) -> None:
        assert isinstance(frame.container, dict)
        first = frame.key_spans.get(key)
        frame.pending_is_duplicate = first is not None
        if first is not None:
            args = {"key": key, "first_line": first.line, "first_column": first.column}
            path = (*frame.path, key)
            self.findings.append(
                finding("TK012", span, "yaml.duplicate_key", args, path, related=(first,))
            )
        else:
            frame.key_spans[key] = span
        frame.pending_key = key
        frame.pending_key_span = span

    def _child_path(self, parent: _Frame | None) -> KeyPath:
        if parent is None:
            return ()
        if isinstance(parent.container, dict):
            assert parent.pending_key is not None
            if parent.pending_is_duplicate:  # positions of a dropped duplicate go nowhere visible
                return (*parent.path, _DUPLICATE_MARK, parent.pending_key)
            return (*parent.path, parent.pending_key)
        return (*parent.path, len(parent.container))

    def _add_value(self, value: Any, span: Span, path: KeyPath | None = None) -> None:
        """Attach a finished value to its parent (or make it the root) and record its span."""
        parent = self.stack[-1] if self.stack else None
        if path is None:
            path = self._child_path(parent)
        self.values[path] = span
        if parent is None:
            self.root = value
        elif isinstance(parent.container, dict):
            key = parent.pending_key
            assert key is not None
            assert parent.pending_key_span is not None
            if not parent.pending_is_duplicate:  # a duplicate key keeps its first value
                parent.container[key] = value
                self.keys[path] = parent.pending_key_span
            parent.pending_key = None
            parent.pending_key_span = None
        else:
            parent.container.append(value)

    # problems ---------------------------------------------------------------------------

    def _span(self, event: Any) -> Span:
        start, end = event.start_mark, event.end_mark
        end_line, end_column = end.line + 1, end.column + 1
        if (end_line, end_column) < (start.line + 1, start.column + 1):
            end_line, end_column = start.line + 1, start.column + 1
        return Span(self.file, start.line + 1, start.column + 1, end_line, end_column)

    def _error(
        self,
        span: Span,
        code: str,
        message_id: str,
        args: dict[str, Any],
        path: KeyPath = (),
    ) -> None:
        self.findings.append(finding(code, span, message_id, args, path))

    def _syntax_error(self, error: Any) -> None:
        """Turn a libyaml reader/scanner/parser error into a finding at its mark."""
        if type(error).__name__ == "ReaderError":
            line, column = _position_of_offset(self.text, getattr(error, "position", 0))
            character = getattr(error, "character", "?")
            shown = f"#x{character:04x}" if isinstance(character, int) else repr(character)
            self._error(
                Span.point(self.file, line, column),
                "TK010",
                "yaml.control_character",
                {"character": shown},
            )
            self.root, self.documents = None, 0
            return
        problem = str(getattr(error, "problem", None) or error)
        mark = getattr(error, "problem_mark", None)
        context_mark = getattr(error, "context_mark", None)
        if mark is None or (context_mark is not None and "end of stream" in problem):
            mark = context_mark  # "unclosed quote": point where it opened, not at the end
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        span = Span.point(self.file, line, column)
        if "tab" in problem or _char_at(self.text, line, column) == "\t":
            self._error(span, "TK011", "yaml.tab", {})
        else:
            message_id = next(
                (mid for english, mid in _PROBLEM_MESSAGES.items() if problem.startswith(english)),
                "yaml.syntax",
            )
            self._error(span, "TK010", message_id, {"problem": problem})
        self.root, self.documents = None, 0


_HIDDEN_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
"""Control and text-direction characters: invisible, and able to make text lie about itself.

Why: libyaml refuses them written raw, but lets them through as escapes in quoted strings;
a right-to-left override can make a toelichting display differently from what it contains.
"""
_CORE_TAG_PREFIX = "tag:yaml.org,2002:"
_DUPLICATE_MARK = "\x00duplicate"
_FATAL_CODES = frozenset({"TK010", "TK011", "TK016", "TK017", "TK018"})

_PROBLEM_MESSAGES = {
    "found unexpected end of stream": "yaml.unexpected_end",
    "did not find expected key": "yaml.expected_key",
    "did not find expected ',' or ']'": "yaml.unclosed_list",
    "did not find expected ',' or '}'": "yaml.unclosed_mapping",
    "mapping values are not allowed here": "yaml.mapping_not_allowed",
    "found character that cannot start any token": "yaml.bad_character",
    "could not find expected ':'": "yaml.expected_colon",
    "did not find expected '-' indicator": "yaml.expected_dash",
    "did not find expected <document start>": "yaml.expected_document",
    "block sequence entries are not allowed in this context": "yaml.dash_not_allowed",
}
"""libyaml's English problem (prefix) → the id of the Dutch message that explains it."""


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line)
    if line > len(lines):
        return ""
    row = lines[line - 1]
    return row[column - 1] if 0 < column <= len(row) else ""


def _position_of_offset(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
