"""JSON Schema of the self-report format, for editors and other tools.

The schema starts from the pydantic model (:class:`~tk4.model.report.SelfReport`) and is then
filled in from the catalogue and the region register: the 25 region codes with their names,
the judgement scale, one property per norm and, under each norm, one property per element of
*that* norm, with the source text as description. An editor with a YAML language server then
completes keys and values and shows the norm texts while typing.

Why not only the model: the model checks catalogue references while validating (so the
Python side reports every bad reference with a suggestion); a JSON Schema has no such hook,
so the catalogue is written into it. References inside the file (``bewijs`` → a document id)
cannot be expressed and stay plain strings: ``tk4 validate`` checks them.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tk4.errors import Tk4UserError
from tk4.fileio import write_atomic
from tk4.model.catalogue import Catalogue, Element, Norm, SubPoint
from tk4.model.regions import RegionRegister
from tk4.model.report import SelfReport

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID_PREFIX = "urn:tk4:zelfevaluatie:"
RULE_CODE_PATTERN = r"^[Tt][Kk][0-9]{3}$"
"""A rule code in any case, as tk4 validate accepts it (tk502 is TK502)."""

_CHECKED_BY_TK4 = (
    "Het schema ziet alleen dat het tekst is; of {what} bestaat, controleert tk4 validate."
)

# Dutch title and description of every model in the schema; a model missing here is an error,
# so a new model cannot slip into the schema with an English docstring as its description.
_DEFINITIONS: dict[str, tuple[str, str]] = {
    "Acknowledgement": (
        "Uitzondering",
        "Een bevinding die de regio bewust accepteert, met de reden. Erkende bevindingen blijven "
        "zichtbaar in de uitvoer, gemarkeerd als erkend.",
    ),
    "Deployment": (
        "Inzet",
        "Een oefening, systeemtest, evenement of GRIP-incident uit het verslagjaar.",
    ),
    "Document": (
        "Document",
        "Een bewijsstuk (plan, verslag, procedure) in het register; elders wordt ernaar verwezen "
        "met zijn id.",
    ),
    "Drafted": ("Opgesteld", "Wanneer en door wie het rapport is opgesteld."),
    "ElementAssessment": (
        "Oordeel over een element",
        "Oordeel, toelichting en bewijs voor één element van een norm.",
    ),
    "ImprovementPoint": (
        "Verbeterpunt",
        "Een verbeterpunt, aanbeveling of good practice, en de opvolging ervan.",
    ),
    "LevelJudgement": (
        "Oordeel over een prestatie",
        "Oordeel over de prestatie op één niveau (functie, team of organisatie) bij een inzet.",
    ),
    "NormAssessment": (
        "Oordeel over een norm",
        "Oordeel, toelichting en bewijs voor een norm, en het oordeel per element.",
    ),
    "SubPointAssessment": (
        "Oordeel over een subpunt",
        "Optioneel oordeel of notitie bij één subpunt van een element (bv. UV.A.1.d), zodat "
        "zichtbaar is welke plicht tekortschiet.",
    ),
    "Performance": (
        "Prestaties",
        "Oordeel per niveau, zoals het toetsingskader vraagt (§1.3): functie, team en organisatie.",
    ),
}


def schema_id(version: str) -> str:
    """The ``$id`` of the schema for catalogue ``version``, e.g. ``urn:tk4:zelfevaluatie:4.0``."""
    return f"{SCHEMA_ID_PREFIX}{version}"


def schema_file_name(version: str) -> str:
    """The conventional file name of the schema, e.g. ``zelfevaluatie-4.0.schema.json``."""
    return f"zelfevaluatie-{version}.schema.json"


def is_tk4_schema(text: str) -> bool:
    """Whether ``text`` is a schema written by tk4 (JSON with a tk4 ``$id``).

    Why: ``tk4 schema -o`` and ``tk4 init`` may replace an earlier schema, but never a file that
    happens to have the same name (least of all a self-report).
    """
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and str(data.get("$id", "")).startswith(SCHEMA_ID_PREFIX)


def write_schema_file(path: Path, text: str) -> None:
    """Write the schema ``text`` to ``path`` atomically; never over a file that is not a schema.

    Raises:
        Tk4UserError: ``path`` exists and is not a tk4 schema, or cannot be written.
    """
    if path.is_file():
        try:
            current = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = ""
        if not is_tk4_schema(current):
            raise Tk4UserError(
                f"{path} bestaat al en is geen tk4-schema; kies een ander uitvoerpad (-o)"
            )
    write_atomic(path, text)


def render_schema(schema: dict[str, Any]) -> str:
    """The schema as JSON text: two-space indent, UTF-8 characters kept, trailing newline.

    Key order is the order of construction, which is deterministic, so equal schemas render to
    equal bytes (the shipped file is compared byte for byte).
    """
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def element_lines(element: Element) -> list[str]:
    """The element text and its sub-points, one item per line, sub-points labelled ``a.``/``i.``."""
    lines = [element.text]
    lines.extend(_subpoint_lines(element.children, depth=1))
    return lines


def _subpoint_lines(points: list[SubPoint], depth: int) -> Iterator[str]:
    for point in points:
        label = point.id.rsplit(".", 1)[-1]
        yield f"{'    ' * depth}{label}. {point.text}"
        yield from _subpoint_lines(point.children, depth + 1)


def element_markdown(element: Element) -> str:
    """The element text and its sub-points as a Markdown list (``- a. …``, nested ``- i. …``).

    Why not :func:`element_lines`: editors render schema descriptions as Markdown, where a line
    indented by four spaces becomes a code block.
    """
    lines = [element.text]
    lines.extend(_subpoint_items(element.children, depth=0))
    return "\n".join(lines)


def _subpoint_items(points: list[SubPoint], depth: int) -> Iterator[str]:
    for point in points:
        label = point.id.rsplit(".", 1)[-1]
        yield f"{'  ' * depth}- {label}. {point.text}"
        yield from _subpoint_items(point.children, depth + 1)


def norm_text(norm: Norm) -> str:
    """The norm statement, followed by its chapter-4 wording where that differs."""
    if norm.statement_detail:
        return f"{norm.statement}\nUitwerking (hoofdstuk 4): {norm.statement_detail}"
    return norm.statement


def time_norm_text(catalogue: Catalogue, time_norm_id: str) -> str:
    """``label: uiterlijk N minuten (Bvr art. X)`` for a time norm."""
    norm = catalogue.time_norm_by_id[time_norm_id]
    basis = catalogue.legal_by_id[norm.legal_basis]
    text = f"{norm.label}: uiterlijk {norm.minutes} minuten ({basis.law} art. {basis.article})"
    return f"{text}. {norm.note}" if norm.note else text


def build_schema(catalogue: Catalogue, regions: RegionRegister) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a self-report for ``catalogue``'s version."""
    generated = SelfReport.model_json_schema(by_alias=True, mode="validation")
    defs: dict[str, Any] = generated.pop("$defs")
    unknown = sorted(set(defs) - set(_DEFINITIONS))
    if unknown:
        raise KeyError(f"geen Nederlandse omschrijving voor model(len) {unknown} in tk4.schema")
    root_properties: dict[str, Any] = generated["properties"]

    for name, definition in defs.items():
        title, description = _DEFINITIONS[name]
        definition["title"] = title
        definition["description"] = description
        for prop in definition["properties"].values():
            prop.pop("title", None)
    for prop in root_properties.values():
        prop.pop("title", None)

    _enrich_report_properties(root_properties, catalogue, regions)
    for name in ("ElementAssessment", "NormAssessment"):
        _enrich_assessment(defs[name]["properties"], catalogue)
        _add_editor_snippets(defs[name], catalogue)
    _set_judgement(defs["LevelJudgement"]["properties"]["oordeel"], catalogue, nullable=False)
    _enrich_subpoints(defs, catalogue)
    _enrich_legal_facts(defs, regions)
    _enrich_deployment(defs["Deployment"]["properties"], catalogue)
    _enrich_improvement(defs["ImprovementPoint"]["properties"], catalogue)
    _enrich_acknowledgement(defs["Acknowledgement"]["properties"])

    template = defs.pop("NormAssessment")
    norm_refs: dict[str, Any] = {}
    for norm in catalogue.norms.values():
        def_name = f"Norm_{norm.id}"
        defs[def_name] = _norm_definition(template, catalogue, norm)
        norm_refs[norm.id] = {
            "$ref": f"#/$defs/{def_name}",
            "description": _norm_summary(catalogue, norm),
        }
    normen = root_properties["normen"]
    del normen["additionalProperties"]
    normen["properties"] = norm_refs
    normen["additionalProperties"] = False
    normen["description"] = (
        "Oordeel per norm en per element. Alleen de normen van het toetsingskader "
        f"{catalogue.version} zijn toegestaan, elk met alleen zijn eigen elementen."
    )

    for definition in defs.values():
        _document_dates(definition)
    for prop in root_properties.values():
        _document_dates(prop)

    publication = catalogue.publication
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": schema_id(catalogue.version),
        "title": f"Zelfevaluatie {publication.title} (tk4)",
        "description": (
            f"Zelfevaluatie of inspectieoordeel van een veiligheidsregio volgens het "
            f"{publication.title} {publication.subtitle} ({publication.published}). Gemaakt door "
            "'tk4 schema'; het schema helpt bij het invullen in een editor. Verwijzingen binnen "
            "het bestand (bewijs, bron, evaluatie) controleert alleen 'tk4 validate'. Uitleg van "
            "het formaat: docs/zelfevaluatie.md."
        ),
        "type": "object",
        "properties": root_properties,
        "required": generated["required"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def _enrich_report_properties(
    properties: dict[str, Any], catalogue: Catalogue, regions: RegionRegister
) -> None:
    version = properties["toetsingskader"]
    del version["type"]
    # The model reads an unquoted ``toetsingskader: 4.0`` (a YAML float) as "4.0" too.
    version["enum"] = [catalogue.version, float(catalogue.version)]
    version["description"] = (
        f'Versie van het toetsingskader: "{catalogue.version}" (dit schema hoort bij deze versie)'
    )
    region = properties["regio"]
    region["anyOf"] = [
        {"const": r.code, "description": ", ".join(r.names())} for r in regions.regions
    ]
    region["description"] = "Code van de veiligheidsregio, VR01-VR25: " + "; ".join(
        f"{r.code} {r.name}" for r in regions.regions
    )


def _enrich_assessment(properties: dict[str, Any], catalogue: Catalogue) -> None:
    _set_judgement(properties["oordeel"], catalogue, nullable=True)
    _reference_items(properties["bewijs"], "het document")


def _add_editor_snippets(definition: dict[str, Any], catalogue: Catalogue) -> None:
    """What an editor inserts for a norm or an element: ``oordeel``, ``toelichting``, ``bewijs``.

    ``defaultSnippets`` is read by the YAML language server (VS Code, Neovim, …); the scale is
    a choice at the first stop. ``te_herbevestigen`` loses its ``default``: the language server
    inserts every default it sees, which put ``te_herbevestigen: false`` in every norm.
    """
    definition["properties"]["te_herbevestigen"].pop("default", None)
    scale = ",".join(level.value for level in catalogue.scale)
    definition["defaultSnippets"] = [
        {
            "label": "oordeel, toelichting, bewijs",
            "description": "Oordeel volgens de schaal, de onderbouwing en de documenten als bewijs",
            "body": {"oordeel": f"${{1|{scale}|}}", "toelichting": "$2", "bewijs": ["$3"]},
        }
    ]


def _enrich_subpoints(defs: dict[str, Any], catalogue: Catalogue) -> None:
    """Sub-point judgements: the scale, and only the catalogue's sub-point ids as keys.

    Which sub-points belong to which element is checked by ``tk4 validate`` (TK114).
    """
    _set_judgement(defs["SubPointAssessment"]["properties"]["oordeel"], catalogue, nullable=True)
    subpoints = defs["ElementAssessment"]["properties"]["subpunten"]
    ids = [node.id for node in catalogue.nodes() if isinstance(node, SubPoint)]
    subpoints["propertyNames"] = {"enum": ids}
    subpoints["description"] = (
        f"{subpoints['description']}. Alleen subpunten van dit element; of het subpunt bij dit "
        "element hoort, controleert tk4 validate."
    )


def _enrich_legal_facts(defs: dict[str, Any], regions: RegionRegister) -> None:
    """The region codes a crisisplan can be aligned with, and the checked references."""
    aligned = defs["Document"]["properties"]["afgestemd_met"]
    aligned["items"] = {
        "anyOf": [{"const": r.code, "description": r.name} for r in regions.regions],
    }
    _reference_items(defs["Document"]["properties"]["gebaseerd_op"], "het document")
    report = defs["Deployment"]["properties"]["verslag_raden"]
    report["description"] = (
        f"{report['description']}: id van een document uit 'documenten'. "
        + _CHECKED_BY_TK4.format(what="het document")
    )


def _set_judgement(prop: dict[str, Any], catalogue: Catalogue, *, nullable: bool) -> None:
    """Replace a plain string by the scale values, each with its meaning."""
    prop.pop("type", None)
    choices: list[dict[str, Any]] = [
        {"const": level.value, "description": f"{level.label}: {level.description}"}
        for level in catalogue.scale
    ]
    if nullable:
        choices.append({"type": "null", "description": "Nog niet ingevuld"})
    prop["anyOf"] = choices
    values = ", ".join(f"'{level.value}'" for level in catalogue.scale)
    prop["description"] = f"{prop['description']}: {values}"


def _reference_items(prop: dict[str, Any], what: str) -> None:
    prop["items"]["description"] = "Id van een document uit 'documenten'"
    prop["description"] = f"{prop['description']}. {_CHECKED_BY_TK4.format(what=what)}"


def _enrich_deployment(properties: dict[str, Any], catalogue: Catalogue) -> None:
    turnout = properties["opkomst_minuten"]
    value_schema = turnout.pop("additionalProperties")
    turnout["properties"] = {
        norm.id: {**value_schema, "description": time_norm_text(catalogue, norm.id)}
        for norm in catalogue.time_norms
    }
    turnout["propertyNames"] = {"enum": [norm.id for norm in catalogue.time_norms]}
    turnout["additionalProperties"] = False
    turnout["description"] = (
        "Gerealiseerde tijden in minuten, per tijdnorm van het Besluit veiligheidsregio's: "
        + "; ".join(f"{n.id} ({n.minutes} min)" for n in catalogue.time_norms)
    )
    evaluation = properties["evaluatie"]
    evaluation["description"] = (
        f"{evaluation['description']}: id van een document uit 'documenten'. "
        + _CHECKED_BY_TK4.format(what="het document")
    )


def _enrich_improvement(properties: dict[str, Any], catalogue: Catalogue) -> None:
    source = properties["bron"]
    source["description"] = (
        f"{source['description']}: id uit 'inzetten' of 'documenten'. "
        + _CHECKED_BY_TK4.format(what="de inzet of het document")
    )
    properties["normen"]["items"] = {
        "type": "string",
        "anyOf": [
            {"const": norm.id, "description": norm.statement} for norm in catalogue.norms.values()
        ],
    }
    _reference_items(properties["bewijs"], "het document")


def _enrich_acknowledgement(properties: dict[str, Any]) -> None:
    rule = properties["regel"]
    rule["pattern"] = RULE_CODE_PATTERN
    rule["description"] = (
        f"{rule['description']}. Het schema controleert alleen de vorm; of de regel bestaat, "
        "controleert tk4 validate (zie tk4 rules)."
    )


def _norm_summary(catalogue: Catalogue, norm: Norm) -> str:
    process = catalogue.process_of_norm[norm.id]
    return f"{norm.id} ({process.title}): {norm_text(norm)}"


def _norm_definition(template: dict[str, Any], catalogue: Catalogue, norm: Norm) -> dict[str, Any]:
    """A copy of the norm assessment whose ``elementen`` lists exactly this norm's elements."""
    definition = copy.deepcopy(template)
    definition["title"] = f"Norm {norm.id}"
    definition["description"] = _norm_summary(catalogue, norm)
    elements = definition["properties"]["elementen"]
    del elements["additionalProperties"]
    elements["properties"] = {
        element.id: {
            "$ref": "#/$defs/ElementAssessment",
            "description": f"{element.id}: {element_markdown(element)}",
        }
        for element in norm.elements
    }
    elements["additionalProperties"] = False
    elements["description"] = f"Oordeel per element van norm {norm.id}: " + ", ".join(
        element.id for element in norm.elements
    )
    return definition


def _document_dates(schema: Any) -> None:
    """Add the expected notation to the description of every date property."""
    if isinstance(schema, dict):
        members = [schema, *schema.get("anyOf", [])]
        is_date = any(isinstance(m, dict) and m.get("format") == "date" for m in members)
        description = schema.get("description")
        if is_date and isinstance(description, str) and "JJJJ-MM-DD" not in description:
            schema["description"] = f"{description} (datum, JJJJ-MM-DD)"
        for value in schema.values():
            _document_dates(value)
    elif isinstance(schema, list):
        for value in schema:
            _document_dates(value)
