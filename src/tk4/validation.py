"""Validate self-report files: YAML → model, every problem a finding at its line and column.

Validation checks that a file *is* a well-formed self-report: YAML, keys, types, allowed
values and references (catalogue IDs, region codes, its own documents and inzetten). Whether
the region *meets* the Toetsingskader is the business of the rules in :mod:`tk4.checks`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tk4.codes import finding
from tk4.errors import Tk4UserError
from tk4.fileio import os_error_reason
from tk4.findings import Finding, Severity
from tk4.loading.catalogue import (
    available_versions,
    latest_version,
    load_catalogue,
    load_regions,
)
from tk4.loading.yaml import LoadedYaml, load_yaml, parse_yaml
from tk4.messages import OneOf, Phrase
from tk4.model.catalogue import ID_PATTERNS, Catalogue
from tk4.model.report import ReferenceContext, SelfReport, suggestions
from tk4.source import KeyPath, SourceMap, Span

YAML_SUFFIXES = (".yaml", ".yml")


_REFUSED_VALUE_CODES = frozenset({"TK014", "TK015"})
"""YAML findings whose value was replaced (a refused tag or alias): no type error on top."""

_UNKNOWN_REFERENCE_CODES = {
    "region": "TK111",
    "norm": "TK112",
    "element": "TK113",
    "subpoint": "TK113",
    "level": "TK115",
    "document": "TK116",
    "source": "TK117",
    "time_norm": "TK119",
    "rule": "TK120",
}


@dataclass(frozen=True)
class FileResult:
    """Validation outcome of one file: the model when valid, and every finding."""

    name: str
    findings: list[Finding]
    source: SourceMap
    report: SelfReport | None = None
    catalogue: Catalogue | None = None
    data: Any = field(default=None, repr=False)

    @property
    def valid(self) -> bool:
        """Whether the file produced a model (it may still carry warnings)."""
        return self.report is not None


SKIPPED_FOLDERS = frozenset({"node_modules", "vendor", "venv", "__pycache__", "site-packages"})
"""Folders a folder walk never enters (besides hidden ones like ``.git``): not self-reports."""


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[Finding]]:
    """Expand files and folders into the YAML files to validate, in a stable order.

    A folder is walked for ``*.yaml``/``*.yml`` (any case), skipping hidden files
    (``.pre-commit-config.yaml``, ``.gitlab-ci.yml``), hidden folders (``.git``, ``.github``) and
    tool folders (:data:`SKIPPED_FOLDERS`): those hold tool configuration, not self-reports. A
    file named explicitly is always read, hidden or not. What cannot be read — a missing path,
    an unreadable folder, a dangling link — is an I/O finding (exit 2), never silently skipped
    and never an exception.

    Raises:
        Tk4UserError: a folder holds no YAML file at all (a wrong folder, not an empty result).
    """
    files: list[Path] = []
    problems: list[Finding] = []
    for path in paths:
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as error:  # e.g. a name too long for the file system
            problems.append(_iofinding(path, os_error_reason(error)))
            continue
        if is_dir:
            found, unreadable = _walk(path)
            problems.extend(_iofinding(item, reason) for item, reason in unreadable)
            if not found and not unreadable:
                raise Tk4UserError(f"geen YAML-bestanden (*.yaml, *.yml) gevonden in {path}")
            files.extend(found)
        elif is_file:
            files.append(path)
        else:
            problems.append(_iofinding(path, _missing_reason(path)))
    return list(dict.fromkeys(files)), problems


def _walk(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """YAML files below ``folder`` and the entries that could not be read, both sorted."""
    found: list[Path] = []
    unreadable: list[tuple[Path, str]] = []

    def on_error(error: OSError) -> None:
        unreadable.append((Path(error.filename or folder), os_error_reason(error)))

    for directory, subdirectories, names in os.walk(folder, onerror=on_error):
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if not name.startswith(".") and name not in SKIPPED_FOLDERS
        )
        for name in names:
            candidate = Path(directory) / name
            if name.startswith(".") or candidate.suffix.lower() not in YAML_SUFFIXES:
                continue
            if candidate.is_file():
                found.append(candidate)
            else:
                unreadable.append((candidate, _missing_reason(candidate)))
    return sorted(found), sorted(unreadable)


def _missing_reason(path: Path) -> str:
    """Why ``path`` is not a readable file: missing, a dangling link, or something else."""
    if path.is_symlink() and not path.exists():
        return "symbolische link naar iets dat niet bestaat"
    if path.exists():
        return "geen gewoon bestand"
    try:
        path.stat()
    except OSError as error:
        return os_error_reason(error)
    return "bestand of map bestaat niet"


def _iofinding(path: Path, reason: str) -> Finding:
    return finding("TK001", Span.whole_file(str(path)), "io.unreadable", {"reason": reason})


def validate_file(path: Path, rule_codes: Iterable[str] = ()) -> FileResult:
    """Read and validate one file."""
    return validate_loaded(load_yaml(path), rule_codes)


def validate_text(text: str, name: str, rule_codes: Iterable[str] = ()) -> FileResult:
    """Validate YAML text that did not come from a file (tests, editors)."""
    return validate_loaded(parse_yaml(text, name), rule_codes)


def validate_loaded(loaded: LoadedYaml, rule_codes: Iterable[str] = ()) -> FileResult:
    """Validate already-parsed YAML against the model, the catalogue and its own references."""
    source, data = loaded.source, loaded.data
    findings = list(loaded.findings)
    if data is None:
        if not findings:
            findings.append(finding("TK020", source.lookup(()), "yaml.empty", {}))
        return FileResult(source.file, findings, source, data=data)
    if not isinstance(data, dict):
        found = _describe(data)
        findings.append(finding("TK020", source.lookup(()), "yaml.not_mapping", {"found": found}))
        return FileResult(source.file, findings, source, data=data)

    catalogue = _catalogue_for(data, source, findings)
    context = ReferenceContext(
        catalogue=catalogue,
        regions=load_regions(),
        document_ids=_local_ids(data, "documenten"),
        deployment_ids=_local_ids(data, "inzetten"),
        rule_codes=frozenset(rule_codes),
    )
    report: SelfReport | None = None
    try:
        report = SelfReport.model_validate(data, context=context)
    except ValidationError as error:
        refused = [f.path for f in loaded.findings if f.code in _REFUSED_VALUE_CODES]
        findings.extend(
            mapped
            for mapped in _map_errors(error, data, source)
            if not any(mapped.path[: len(path)] == path for path in refused)
        )
    findings.extend(_duplicate_ids(data, source))
    findings.extend(_misplaced_elements(data, source, catalogue))
    findings.extend(_misplaced_subpoints(data, source, catalogue))
    findings.extend(_expiry_before_adoption(data, source))
    if any(f.severity is Severity.ERROR for f in findings):
        report = None
    return FileResult(source.file, findings, source, report, catalogue, data)


def _catalogue_for(data: dict[str, Any], source: SourceMap, findings: list[Finding]) -> Catalogue:
    """The catalogue version the file asks for; the newest when it names none or an unknown one.

    Why: an unknown version is one error, but the rest of the file is still checked against
    the newest catalogue, so the user sees every other problem in the same run.
    """
    versions = available_versions()
    raw = data.get("toetsingskader")
    version = f"{raw:.1f}" if isinstance(raw, float) else str(raw)
    if raw is not None and version not in versions:
        findings.append(
            finding(
                "TK110",
                source.lookup(("toetsingskader",)),
                "validate.unknown_version",
                {"value": shown(version), "available": ", ".join(versions)},
                ("toetsingskader",),
            )
        )
    return load_catalogue(version if version in versions else latest_version())


def _local_ids(data: dict[str, Any], section: str) -> frozenset[str]:
    items = data.get(section)
    if not isinstance(items, list):
        return frozenset()
    return frozenset(
        item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)
    )


# --- pydantic errors → findings ------------------------------------------------------------

_TYPE_NAMES = {
    "string_type": "tekst",
    "int_type": "een geheel getal",
    "int_parsing": "een geheel getal",
    "int_from_float": "een geheel getal",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "bool_type": "ja/nee (true of false)",
    "bool_parsing": "ja/nee (true of false)",
    "list_type": "een lijst",
    "dict_type": "een mapping (sleutel: waarde)",
    "model_type": "een mapping (sleutel: waarde)",
    "model_attributes_type": "een mapping (sleutel: waarde)",
}
_DATE_TYPES = frozenset(
    {
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
        "date_future",
        "date_past",
    }
)


def _map_errors(error: ValidationError, data: Any, source: SourceMap) -> Iterator[Finding]:
    for item in error.errors(include_url=False, include_input=False):
        loc = tuple(item["loc"])
        is_key = bool(loc) and loc[-1] == "[key]"
        path: KeyPath = tuple(loc[:-1] if is_key else loc)
        span = source.key(path) if is_key else source.lookup(path)
        problem = _Problem(
            item["type"], item.get("ctx", {}), path, _value_at(data, path), span, source
        )
        yield _handler_for(problem.kind)(problem)


@dataclass(frozen=True)
class _Problem:
    """One pydantic error, located: what a handler needs to turn it into a finding."""

    kind: str
    ctx: dict[str, Any]
    path: KeyPath
    value: Any
    span: Span
    source: SourceMap

    @property
    def field_name(self) -> str:
        """The readable path of the offending field, for messages."""
        return _field_label(self.path)


def _unknown_key(p: _Problem) -> Finding:
    allowed = _allowed_keys(p.path[:-1])
    key = str(p.path[-1])
    misplaced_element = p.path[:1] == ("normen",) and re.fullmatch(ID_PATTERNS["element"], key)
    args = {
        "key": shown(key),
        "allowed": ", ".join(allowed),
        "suggestion": Phrase("hint.under_elements") if misplaced_element else suggest(key, allowed),
    }
    return finding("TK101", p.source.key(p.path), "validate.unknown_key", args, p.path)


def _missing(p: _Problem) -> Finding:
    parent = p.path[:-1]
    span = p.source.key(parent) if parent else p.source.lookup(())
    return finding("TK102", span, "validate.missing", {"field": p.field_name}, p.path)


def _unknown_reference(p: _Problem) -> Finding:
    reference = p.kind.removeprefix("tk4_unknown_")
    allowed = p.ctx.get("allowed", [])
    args = {
        "value": shown(p.ctx.get("value", p.value)),
        "suggestion": _did_you_mean(p.ctx.get("suggestions", [])),
        "allowed": Phrase("hint.allowed", {"allowed": ", ".join(allowed)}) if allowed else None,
    }
    code = _UNKNOWN_REFERENCE_CODES[reference]
    return finding(code, p.span, f"validate.unknown_{reference}", args, p.path)


def _validation_code_acknowledged(p: _Problem) -> Finding:
    args = {"value": shown(p.ctx["value"])}
    return finding("TK120", p.span, "validate.validation_code_acknowledged", args, p.path)


def _element_as_norm(p: _Problem) -> Finding:
    args = {"value": p.ctx["value"], "norm": p.ctx["owner"]}
    return finding("TK114", p.span, "validate.element_as_norm", args, p.path)


def _subpoint_as_element(p: _Problem) -> Finding:
    args = {"value": p.ctx["value"], "element": p.ctx["owner"]}
    return finding("TK113", p.span, "validate.subpoint_as_element", args, p.path)


def _bad_date(p: _Problem) -> Finding:
    args = {"field": p.field_name, "value": shown(p.value)}
    return finding("TK105", p.span, "validate.date", args, p.path)


def _wrong_type(p: _Problem) -> Finding:
    args = {"field": p.field_name, "expected": _TYPE_NAMES[p.kind], "found": _describe(p.value)}
    return finding("TK103", p.span, "validate.type", args, p.path)


def _bad_choice(p: _Problem) -> Finding:
    options = [
        match.group(1) or match.group(2)
        for match in re.finditer(r"'([^']*)'|(\b\d+\b)", str(p.ctx.get("expected", "")))
    ]
    quoted_number = isinstance(p.value, str) and p.value in options  # grip: "3" for grip: 3
    args = {
        "field": p.field_name,
        "value": shown(p.value),
        "allowed": ", ".join(options),
        "suggestion": Phrase("hint.unquote", {"value": p.value})
        if quoted_number
        else suggest(str(p.value), options),
    }
    return finding("TK104", p.span, "validate.choice", args, p.path)


def _too_short(p: _Problem) -> Finding:
    args = {"field": p.field_name, "length": p.ctx.get("length"), "minimum": p.ctx.get("minimum")}
    return finding("TK106", p.span, "validate.too_short", args, p.path)


def _empty(p: _Problem) -> Finding:
    return finding("TK106", p.span, "validate.empty", {"field": p.field_name}, p.path)


def _too_long(p: _Problem) -> Finding:
    args = {"field": p.field_name, "limit": p.ctx.get("max_length", "?")}
    return finding("TK106", p.span, "validate.too_long", args, p.path)


def _pattern_mismatch(p: _Problem) -> Finding:
    args = {"field": p.field_name, "value": shown(p.value)}
    return finding("TK106", p.span, "validate.pattern", args, p.path)


def _out_of_bounds(p: _Problem) -> Finding:
    is_date = isinstance(p.value, dt.date)
    raw_bound = next(iter(p.ctx.values()), "?")
    bound = str(raw_bound) if is_date else _number(raw_bound)
    lower = p.kind.startswith("greater")
    if is_date:
        message_id = "validate.too_early" if lower else "validate.too_late"
    else:
        message_id = "validate.too_small" if lower else "validate.too_large"
    args = {"field": p.field_name, "value": shown(p.value), "bound": bound}
    return finding("TK106", p.span, message_id, args, p.path)


def _invalid(p: _Problem) -> Finding:
    args = {"field": p.field_name, "kind": p.kind}
    return finding("TK106", p.span, "validate.invalid", args, p.path)


_Handler = Callable[[_Problem], Finding]

_HANDLERS: dict[str, _Handler] = {
    "extra_forbidden": _unknown_key,
    "missing": _missing,
    "tk4_validation_code_acknowledged": _validation_code_acknowledged,
    "tk4_element_as_norm": _element_as_norm,
    "tk4_subpoint_as_element": _subpoint_as_element,
    **dict.fromkeys(_DATE_TYPES, _bad_date),
    **dict.fromkeys(_TYPE_NAMES, _wrong_type),
    **dict.fromkeys(("literal_error", "enum"), _bad_choice),
    "tk4_too_short": _too_short,
    **dict.fromkeys(("string_too_short", "too_short"), _empty),
    **dict.fromkeys(("string_too_long", "too_long"), _too_long),
    "string_pattern_mismatch": _pattern_mismatch,
    **dict.fromkeys(
        ("greater_than_equal", "greater_than", "less_than_equal", "less_than"), _out_of_bounds
    ),
}
"""Pydantic error kind → the handler that turns it into a finding."""

_PREFIX_HANDLERS: dict[str, _Handler] = {"tk4_unknown_": _unknown_reference}
"""Error kind prefix → handler, for kinds that carry a variable part (``tk4_unknown_norm``)."""


def _handler_for(kind: str) -> _Handler:
    """The handler for a pydantic error ``kind``; unknown kinds get a generic TK106."""
    if kind in _HANDLERS:
        return _HANDLERS[kind]
    return next(
        (handler for prefix, handler in _PREFIX_HANDLERS.items() if kind.startswith(prefix)),
        _invalid,
    )


def _allowed_keys(path: KeyPath) -> list[str]:
    """The keys the model accepts at the mapping at ``path`` (walking the model by alias)."""
    model = _model_at(SelfReport, path)
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _model_at(model: type[BaseModel], path: KeyPath) -> type[BaseModel] | None:
    annotation: Any = model
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields = {info.alias or name: info for name, info in annotation.model_fields.items()}
            if part not in fields:
                return None
            annotation = fields[part].annotation
        else:
            origin = typing.get_origin(annotation)
            args = typing.get_args(annotation)
            if origin is list and args:
                annotation = args[0]
            elif origin is dict and len(args) == 2:
                annotation = args[1]
            else:
                return None
    annotation = _unwrap(annotation)
    return (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )


def _unwrap(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``X | None`` down to the interesting type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


# --- checks on the raw data that pydantic cannot express -----------------------------------


def _duplicate_ids(data: dict[str, Any], source: SourceMap) -> Iterator[Finding]:
    for section in ("documenten", "inzetten", "verbeterpunten"):
        items = data.get(section)
        if not isinstance(items, list):
            continue
        first_line: dict[str, int] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            path: KeyPath = (section, index, "id")
            span = source.lookup(path)
            if item["id"] in first_line:
                args = {"value": shown(item["id"]), "first_line": first_line[item["id"]]}
                yield finding("TK118", span, "validate.duplicate_id", args, path)
            else:
                first_line[item["id"]] = span.line


def _misplaced_elements(
    data: dict[str, Any], source: SourceMap, catalogue: Catalogue
) -> Iterator[Finding]:
    norms = data.get("normen")
    if not isinstance(norms, dict):
        return
    for norm_id, assessment in norms.items():
        elements = assessment.get("elementen") if isinstance(assessment, dict) else None
        if not isinstance(elements, dict):
            continue
        for element_id in elements:
            owner = catalogue.norm_of_element.get(element_id)
            if owner is not None and owner != norm_id:
                path: KeyPath = ("normen", norm_id, "elementen", element_id)
                args = {"element": element_id, "norm": owner, "found": shown(norm_id)}
                yield finding("TK114", source.key(path), "validate.misplaced_element", args, path)


def _misplaced_subpoints(
    data: dict[str, Any], source: SourceMap, catalogue: Catalogue
) -> Iterator[Finding]:
    """A sub-point judged under another element than its own (TK114)."""
    norms = data.get("normen")
    if not isinstance(norms, dict):
        return
    owners = _element_of_subpoint(catalogue)
    for norm_id, assessment in norms.items():
        elements = assessment.get("elementen") if isinstance(assessment, dict) else None
        if not isinstance(elements, dict):
            continue
        for element_id, element in elements.items():
            points = element.get("subpunten") if isinstance(element, dict) else None
            if not isinstance(points, dict):
                continue
            for point_id in points:
                owner = owners.get(point_id)
                if owner is not None and owner != element_id:
                    path: KeyPath = ("normen", norm_id, "elementen", element_id, "subpunten")
                    path += (point_id,)
                    args = {"subpunt": point_id, "element": owner, "found": shown(element_id)}
                    yield finding(
                        "TK114", source.key(path), "validate.misplaced_subpoint", args, path
                    )


def _element_of_subpoint(catalogue: Catalogue) -> dict[str, str]:
    """Sub-point (and sub-sub-point) id → the id of the element it belongs to."""
    owners: dict[str, str] = {}
    for element in catalogue.elements.values():
        pending = list(element.children)
        while pending:
            point = pending.pop()
            owners[point.id] = element.id
            pending.extend(point.children)
    return owners


def _expiry_before_adoption(data: dict[str, Any], source: SourceMap) -> Iterator[Finding]:
    """A document whose geldig_tot lies before its vastgesteld (TK123)."""
    items = data.get("documenten")
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        adopted, until = _as_date(item.get("vastgesteld")), _as_date(item.get("geldig_tot"))
        if adopted is not None and until is not None and until < adopted:
            path: KeyPath = ("documenten", index, "geldig_tot")
            args = {
                "document": shown(item.get("id")),
                "geldig_tot": until.isoformat(),
                "vastgesteld": adopted.isoformat(),
            }
            yield finding(
                "TK123", source.lookup(path), "validate.expires_before_adopted", args, path
            )


def _as_date(value: Any) -> dt.date | None:
    """A YAML date (or timestamp) as a date; anything else is None (the model reports it)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


# --- across files and after the rules ------------------------------------------------------


def duplicate_reports(results: Sequence[FileResult]) -> list[Finding]:
    """A warning (TK122) for each valid file after the first of a region, year and soort.

    Why: two files for the same region and year are counted twice (findings, rode draden); it
    is almost always an old copy or a wrongly named file. The finding is at ``jaar`` of the
    later file and names the first one.
    """
    first: dict[tuple[str, int, str], str] = {}
    findings: list[Finding] = []
    for result in results:
        report = result.report
        if report is None:
            continue
        key = (report.region, report.year, report.kind)
        if key not in first:
            first[key] = result.name
            continue
        args = {
            "other": first[key],
            "soort": report.kind,
            "regio": report.region,
            "jaar": report.year,
        }
        span = result.source.key(("jaar",))
        findings.append(finding("TK122", span, "validate.duplicate_report", args, ("jaar",)))
    return findings


def implausible_reference_date(result: FileResult, reference_date: dt.date) -> list[Finding]:
    """A warning (TK125) when an explicit peildatum lies before the reporting year.

    Why: measured before the year it reports on, every cycle looks missing and all evidence
    looks expired; that is almost always a typo in ``--peildatum``, not a finding.
    """
    report = result.report
    if report is None or reference_date.year >= report.year:
        return []
    args = {"peildatum": reference_date.isoformat(), "jaar": report.year}
    span = result.source.key(("jaar",))
    return [finding("TK125", span, "validate.reference_date_before_year", args, ("jaar",))]


def reference_date_after_drafting(result: FileResult, reference_date: dt.date) -> list[Finding]:
    """A warning (TK126) when the peildatum lies after the date the report was drawn up.

    Why: the file tells what stood on ``opgesteld.datum``; what happened after that date is
    not in it, so a later peildatum cannot show more than the file says.
    """
    report = result.report
    if report is None or reference_date <= report.drafted.date:
        return []
    args = {"peildatum": reference_date, "opgesteld": report.drafted.date}
    path: KeyPath = ("opgesteld", "datum")
    span = result.source.lookup(path)
    return [finding("TK126", span, "validate.reference_date_after_drafted", args, path)]


# --- small helpers -----------------------------------------------------------------------


def _number(value: Any) -> Any:
    """A bound as people write it: 1440 rather than the 1440.0 of a float field."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _value_at(data: Any, path: KeyPath) -> Any:
    for part in path:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _field_label(path: KeyPath) -> str:
    """A readable path like ``inzetten[2].datum`` for messages."""
    label = ""
    for part in path:
        if isinstance(part, int):
            label += f"[{part + 1}]"
        elif "." in part:  # norm and element IDs contain dots: keep them recognisable
            label += f"[{part}]"
        else:
            label += f".{part}" if label else part
    return label or "document"


def _describe(value: Any) -> str:
    if value is None:
        return "een lege waarde"
    if isinstance(value, bool):
        return f"ja/nee ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"het getal {value}"
    if isinstance(value, str):
        return f"de tekst '{shown(value)}'"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een mapping"
    return f"een datum ({value})"


def shown(value: Any, limit: int = 60) -> str:
    """A value as shown in a message: bounded, so hostile input cannot flood the output."""
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def suggest(value: str, options: Sequence[str]) -> Phrase | None:
    """The "did you mean" hint for ``value`` among ``options``; None when nothing is close."""
    return _did_you_mean(suggestions(value, options))


def _did_you_mean(found: Sequence[str]) -> Phrase | None:
    """The "did you mean" hint for up to two ``found`` options; None (no hint) without any."""
    if not found:
        return None
    return Phrase("hint.did_you_mean", {"options": OneOf(tuple(found[:2]))})
