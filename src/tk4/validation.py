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
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

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
from tk4.model.report import Acknowledgement, ReferenceContext, SelfReport, suggestions
from tk4.source import KeyPath, SourceMap, Span

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ValidationCode:
    """A validation finding kind: stable code, slug, a Dutch one-line summary and its severity.

    Most codes are errors that stop a file from being checked; the few remarks on a file as a
    whole (an unused acknowledgement, a duplicate report) are warnings or info.
    """

    code: str
    slug: str
    summary: str
    severity: Severity = Severity.ERROR


VALIDATION_CODES: dict[str, ValidationCode] = {
    c.code: c
    for c in (
        ValidationCode(
            "TK001", "bestand-onleesbaar", "Het bestand of de map kan niet worden gelezen."
        ),
        ValidationCode("TK002", "bestand-te-groot", "Het bestand is groter dan tk4 inleest."),
        ValidationCode("TK003", "geen-utf8", "Het bestand is geen UTF-8-tekst."),
        ValidationCode("TK010", "yaml-syntaxfout", "Het bestand is geen geldige YAML."),
        ValidationCode("TK011", "tab-inspringing", "Inspringen met tabs in plaats van spaties."),
        ValidationCode(
            "TK012", "dubbele-sleutel", "Een sleutel staat twee keer in dezelfde mapping."
        ),
        ValidationCode(
            "TK013", "meerdere-documenten", "Meer dan één YAML-document in een bestand."
        ),
        ValidationCode(
            "TK014", "tag-niet-toegestaan", "Een YAML-tag (!!…); tags worden geweigerd."
        ),
        ValidationCode("TK015", "anker-of-alias", "Ankers en aliassen worden geweigerd."),
        ValidationCode("TK016", "te-diep-genest", "De YAML is dieper genest dan toegestaan."),
        ValidationCode(
            "TK017", "te-veel-waarden", "Het bestand bevat meer waarden dan toegestaan."
        ),
        ValidationCode("TK018", "complexe-sleutel", "Een lijst of mapping als sleutel."),
        ValidationCode("TK019", "verborgen-teken", "Een onzichtbaar stuur- of richtingsteken."),
        ValidationCode("TK020", "geen-zelfevaluatie", "Het document is leeg of geen mapping."),
        ValidationCode("TK101", "onbekende-sleutel", "Een sleutel die het formaat niet kent."),
        ValidationCode("TK102", "ontbrekend-veld", "Een verplicht veld ontbreekt."),
        ValidationCode("TK103", "verkeerd-type", "Een waarde van het verkeerde soort."),
        ValidationCode("TK104", "ongeldige-keuze", "Een waarde buiten de toegestane keuzes."),
        ValidationCode(
            "TK105", "ongeldige-datum", "Een datum die niet bestaat of niet JJJJ-MM-DD is."
        ),
        ValidationCode("TK106", "ongeldige-waarde", "Een waarde buiten het bereik of patroon."),
        ValidationCode(
            "TK110", "onbekende-versie", "Een versie van het toetsingskader die tk4 niet kent."
        ),
        ValidationCode("TK111", "onbekende-regio", "Een regiocode die niet in het register staat."),
        ValidationCode("TK112", "onbekende-norm", "Een norm-id die niet in de catalogus staat."),
        ValidationCode(
            "TK113", "onbekend-element", "Een element-id die niet in de catalogus staat."
        ),
        ValidationCode(
            "TK114", "element-bij-verkeerde-norm", "Een element onder de verkeerde norm."
        ),
        ValidationCode("TK115", "onbekend-oordeel", "Een oordeel dat niet op de schaal staat."),
        ValidationCode(
            "TK116", "onbekend-document", "Een verwijzing naar een document dat niet bestaat."
        ),
        ValidationCode("TK117", "onbekende-bron", "Een bron die geen inzet of document is."),
        ValidationCode(
            "TK118", "dubbel-id", "Twee documenten, inzetten of verbeterpunten met één id."
        ),
        ValidationCode(
            "TK119", "onbekende-tijdnorm", "Een opkomsttijd voor een onbekende tijdnorm."
        ),
        ValidationCode(
            "TK120", "onbekende-regel", "Een uitzondering voor een regel die niet bestaat."
        ),
        ValidationCode(
            "TK121",
            "uitzondering-ongebruikt",
            "Een uitzondering waar geen bevinding van de getoetste regel bij past.",
            Severity.INFO,
        ),
        ValidationCode(
            "TK122",
            "dubbel-verslag",
            "Twee bestanden van dezelfde regio, hetzelfde jaar en dezelfde soort in één run.",
            Severity.WARNING,
        ),
        ValidationCode(
            "TK123",
            "geldig-voor-vastgesteld",
            "Een document dat volgens geldig_tot verloopt voordat het is vastgesteld.",
        ),
        ValidationCode(
            "TK124",
            "uitzondering-verlopen",
            "Een uitzondering waarvan de einddatum ('tot') vóór de peildatum ligt.",
            Severity.INFO,
        ),
        ValidationCode(
            "TK125",
            "peildatum-voor-verslagjaar",
            "Een peildatum die vóór het verslagjaar ligt.",
            Severity.WARNING,
        ),
    )
}

_REFUSED_VALUE_CODES = frozenset({"TK014", "TK015"})
"""YAML findings whose value was replaced (a refused tag or alias): no type error on top."""

_UNKNOWN_REFERENCE_CODES = {
    "region": "TK111",
    "norm": "TK112",
    "element": "TK113",
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

    A folder is walked for ``*.yaml``/``*.yml`` (any case), skipping hidden folders (``.git``,
    ``.github``) and tool folders (:data:`SKIPPED_FOLDERS`); a file named explicitly is always
    read. What cannot be read — a missing path, an unreadable folder, a dangling link — is an
    I/O finding (exit 2), never silently skipped and never an exception.

    Raises:
        Tk4UserError: a folder holds no YAML file at all (a wrong folder, not an empty result).
    """
    files: list[Path] = []
    problems: list[Finding] = []
    for path in paths:
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as error:  # e.g. a name too long for the file system
            problems.append(_io_finding(path, os_error_reason(error)))
            continue
        if is_dir:
            found, unreadable = _walk(path)
            problems.extend(_io_finding(item, reason) for item, reason in unreadable)
            if not found and not unreadable:
                raise Tk4UserError(f"geen YAML-bestanden (*.yaml, *.yml) gevonden in {path}")
            files.extend(found)
        elif is_file:
            files.append(path)
        else:
            problems.append(_io_finding(path, _missing_reason(path)))
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
            if candidate.suffix.lower() not in YAML_SUFFIXES:
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


def _io_finding(path: Path, reason: str) -> Finding:
    return _finding("TK001", Span.whole_file(str(path)), "io.unreadable", {"reason": reason})


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
            findings.append(_finding("TK020", source.lookup(()), "yaml.empty", {}))
        return FileResult(source.file, findings, source, data=data)
    if not isinstance(data, dict):
        found = _describe(data)
        findings.append(_finding("TK020", source.lookup(()), "yaml.not_mapping", {"found": found}))
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
            finding
            for finding in _map_errors(error, data, source)
            if not any(finding.path[: len(path)] == path for path in refused)
        )
    findings.extend(_duplicate_ids(data, source))
    findings.extend(_misplaced_elements(data, source, catalogue))
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
            _finding(
                "TK110",
                source.lookup(("toetsingskader",)),
                "validate.unknown_version",
                {"value": _shown(version), "available": ", ".join(versions)},
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
        kind = item["type"]
        ctx = item.get("ctx", {})
        value = _value_at(data, path)
        span = source.key(path) if is_key else source.lookup(path)
        yield _map_one(kind, ctx, path, value, span, source)


def _map_one(
    kind: str, ctx: dict[str, Any], path: KeyPath, value: Any, span: Span, source: SourceMap
) -> Finding:
    field_name = _field_label(path)
    if kind == "extra_forbidden":
        allowed = _allowed_keys(path[:-1])
        key = str(path[-1])
        misplaced_element = path[:1] == ("normen",) and re.fullmatch(ID_PATTERNS["element"], key)
        args = {
            "key": _shown(key),
            "allowed": ", ".join(allowed),
            "suggestion": Phrase("hint.under_elements")
            if misplaced_element
            else _suggest(key, allowed),
        }
        return _finding("TK101", source.key(path), "validate.unknown_key", args, path)
    if kind == "missing":
        parent = path[:-1]
        return _finding(
            "TK102",
            source.key(parent) if parent else source.lookup(()),
            "validate.missing",
            {"field": field_name},
            path,
        )
    if kind.startswith("tk4_unknown_"):
        reference = kind.removeprefix("tk4_unknown_")
        found = ctx.get("suggestions", [])
        allowed = ctx.get("allowed", [])
        args = {
            "value": _shown(ctx.get("value", value)),
            "suggestion": _did_you_mean(found),
            "allowed": Phrase("hint.allowed", {"allowed": ", ".join(allowed)}) if allowed else None,
        }
        return _finding(
            _UNKNOWN_REFERENCE_CODES[reference], span, f"validate.unknown_{reference}", args, path
        )
    if kind == "tk4_validation_code_acknowledged":
        args = {"value": _shown(ctx["value"])}
        return _finding("TK120", span, "validate.validation_code_acknowledged", args, path)
    if kind == "tk4_element_as_norm":
        args = {"value": ctx["value"], "norm": ctx["owner"]}
        return _finding("TK114", span, "validate.element_as_norm", args, path)
    if kind == "tk4_subpoint_as_element":
        args = {"value": ctx["value"], "element": ctx["owner"]}
        return _finding("TK113", span, "validate.subpoint_as_element", args, path)
    if kind in _DATE_TYPES:
        return _finding(
            "TK105", span, "validate.date", {"field": field_name, "value": _shown(value)}, path
        )
    if kind in _TYPE_NAMES:
        args = {"field": field_name, "expected": _TYPE_NAMES[kind], "found": _describe(value)}
        return _finding("TK103", span, "validate.type", args, path)
    if kind in ("literal_error", "enum"):
        options = [
            match.group(1) or match.group(2)
            for match in re.finditer(r"'([^']*)'|(\b\d+\b)", str(ctx.get("expected", "")))
        ]
        quoted_number = isinstance(value, str) and value in options  # grip: "3" for grip: 3
        args = {
            "field": field_name,
            "value": _shown(value),
            "allowed": ", ".join(options),
            "suggestion": Phrase("hint.unquote", {"value": value})
            if quoted_number
            else _suggest(str(value), options),
        }
        return _finding("TK104", span, "validate.choice", args, path)
    if kind == "tk4_too_short":
        return _finding(
            "TK106",
            span,
            "validate.too_short",
            {"field": field_name, "length": ctx.get("length"), "minimum": ctx.get("minimum")},
            path,
        )
    if kind in ("string_too_short", "too_short"):
        return _finding("TK106", span, "validate.empty", {"field": field_name}, path)
    if kind in ("string_too_long", "too_long"):
        return _finding(
            "TK106",
            span,
            "validate.too_long",
            {"field": field_name, "limit": ctx.get("max_length", "?")},
            path,
        )
    if kind == "string_pattern_mismatch":
        return _finding(
            "TK106", span, "validate.pattern", {"field": field_name, "value": _shown(value)}, path
        )
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        raw_bound = next(iter(ctx.values()), "?")
        bound = str(raw_bound) if isinstance(value, dt.date) else _number(raw_bound)
        message_id = "validate.too_small" if kind.startswith("greater") else "validate.too_large"
        if isinstance(value, dt.date):
            message_id = "validate.too_early" if kind.startswith("greater") else "validate.too_late"
        return _finding(
            "TK106",
            span,
            message_id,
            {"field": field_name, "value": _shown(value), "bound": bound},
            path,
        )
    return _finding("TK106", span, "validate.invalid", {"field": field_name, "kind": kind}, path)


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
                args = {"value": _shown(item["id"]), "first_line": first_line[item["id"]]}
                yield _finding("TK118", span, "validate.duplicate_id", args, path)
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
                args = {"element": element_id, "norm": owner, "found": _shown(norm_id)}
                yield _finding("TK114", source.key(path), "validate.misplaced_element", args, path)


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
                "document": _shown(item.get("id")),
                "geldig_tot": until.isoformat(),
                "vastgesteld": adopted.isoformat(),
            }
            yield _finding(
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
        findings.append(_finding("TK122", span, "validate.duplicate_report", args, ("jaar",)))
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
    return [_finding("TK125", span, "validate.reference_date_before_year", args, ("jaar",))]


def unused_acknowledgements(
    report: SelfReport,
    source: SourceMap,
    findings: Sequence[Finding],
    ran: Collection[str],
    reference_date: dt.date,
) -> list[Finding]:
    """An info finding for each acknowledgement of a rule in ``ran`` that did not apply.

    TK124 when its ``tot`` date lies before ``reference_date`` (the finding counts again);
    TK121 when it matched none of the rule's ``findings``. With an ``onderdeel``, TK121
    suggests the closest subject the rule did report, so a typo is easy to fix.
    """
    unused: list[Finding] = []
    for index, acknowledgement in enumerate(report.acknowledgements):
        if acknowledgement.rule not in ran:
            continue
        if not acknowledgement.applies_on(reference_date):
            unused.append(_expired(acknowledgement, index, source, reference_date))
            continue
        of_rule = [f for f in findings if f.code == acknowledgement.rule]
        subjects = list(dict.fromkeys(f.subject for f in of_rule if f.subject is not None))
        args: dict[str, Any] = {"regel": acknowledgement.rule}
        if acknowledgement.subject is None:
            if of_rule:
                continue
            path: KeyPath = ("uitzonderingen", index, "regel")
            message_id = "validate.unused_acknowledgement"
        else:
            if acknowledgement.subject in subjects:
                continue
            path = ("uitzonderingen", index, "onderdeel")
            message_id = "validate.unused_acknowledgement_subject"
            args |= {
                "onderdeel": _shown(acknowledgement.subject),
                "suggestion": _suggest(acknowledgement.subject, subjects),
            }
        unused.append(_finding("TK121", source.lookup(path), message_id, args, path))
    return unused


def _expired(
    acknowledgement: Acknowledgement, index: int, source: SourceMap, reference_date: dt.date
) -> Finding:
    """TK124: the acknowledgement's ``tot`` lies before the peildatum, so it no longer applies."""
    path: KeyPath = ("uitzonderingen", index, "tot")
    until = acknowledgement.until or reference_date
    args = {"regel": acknowledgement.rule, "tot": until, "peildatum": reference_date}
    return _finding("TK124", source.lookup(path), "validate.expired_acknowledgement", args, path)


# --- small helpers -----------------------------------------------------------------------


def _finding(
    code: str, span: Span, message_id: str, args: dict[str, Any], path: KeyPath = ()
) -> Finding:
    return Finding(
        code=code,
        slug=VALIDATION_CODES[code].slug,
        severity=VALIDATION_CODES[code].severity,
        span=span,
        message_id=message_id,
        args=args,
        path=path,
    )


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
        return f"de tekst '{_shown(value)}'"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een mapping"
    return f"een datum ({value})"


def _shown(value: Any, limit: int = 60) -> str:
    """A value as shown in a message: bounded, so hostile input cannot flood the output."""
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _suggest(value: str, options: Sequence[str]) -> Phrase | None:
    return _did_you_mean(suggestions(value, options))


def _did_you_mean(found: Sequence[str]) -> Phrase | None:
    """The "did you mean" hint for up to two ``found`` options; None (no hint) without any."""
    if not found:
        return None
    return Phrase("hint.did_you_mean", {"options": OneOf(tuple(found[:2]))})
