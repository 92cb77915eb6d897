"""Start a self-report: an empty scaffold of the catalogue, or last year's answers carried over.

``new_scaffold`` writes every norm and element with its source text as a YAML comment above
it and empty fields to fill in. ``carry_forward`` starts from last year's file instead: it is
edited in ruamel's round-trip mode, so the region's own comments, key order and quoting
survive, and every carried answer is marked ``te_herbevestigen: true``. Both return text; the
CLI decides where it goes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import textwrap
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tk4.checks.improvements import OPEN_STATUSES
from tk4.errors import Tk4UserError
from tk4.findings import Finding, Severity, sorted_findings
from tk4.model.catalogue import Catalogue, Norm
from tk4.model.regions import Region, RegionRegister
from tk4.model.report import (
    DeploymentKind,
    DocumentKind,
    ImprovementKind,
    ImprovementStatus,
    ReportKind,
    SelfReport,
    Team,
)
from tk4.schema import (
    build_schema,
    element_lines,
    norm_text,
    render_schema,
    schema_file_name,
)

WIDTH = 100
MODELINE_PREFIX = "# yaml-language-server: $schema="

_INDENT = "  "
_SEPARATORS = tuple(sep for sep in (os.sep, os.altsep, "/") if sep)
_MARKER = re.compile(r"(- |[a-z]{1,4}\. )")


def year_bounds() -> tuple[int, int]:
    """The first and last reporting year a self-report may have, from the model's constraints.

    Why read the model: ``init`` must refuse exactly what ``validate`` would refuse later, and
    the bounds should live in one place.
    """
    low: int | None = None
    high: int | None = None
    for constraint in SelfReport.model_fields["year"].metadata:
        # pydantic keeps ``ge=``/``le=`` as annotated_types.Ge/Le objects.
        bound = getattr(constraint, "ge", None)
        low = bound if isinstance(bound, int) else low
        bound = getattr(constraint, "le", None)
        high = bound if isinstance(bound, int) else high
    if low is None or high is None:
        raise RuntimeError("SelfReport.year heeft geen ondergrens en bovengrens (ge/le)")
    return low, high


def check_year(year: int) -> int:
    """``year`` if a self-report may have it.

    Raises:
        Tk4UserError: the year lies outside the bounds of :func:`year_bounds`.
    """
    low, high = year_bounds()
    if not low <= year <= high:
        raise Tk4UserError(f"--jaar {year} kan niet: het verslagjaar ligt tussen {low} en {high}")
    return year


def default_file_name(region_code: str, year: int, kind: str) -> str:
    """``vr05-2025-zelfevaluatie.yaml``: region, year and kind, lower case."""
    return f"{region_code}-{year}-{kind}.yaml".lower()


def resolve_region(register: RegionRegister, text: str) -> Region:
    """The region a person means by a code, name or alias (``VR05``, ``Twente``, ``twente``).

    Raises:
        Tk4UserError: no region matches; the message suggests the likely ones.
    """
    region = register.find(text)
    if region is not None:
        return region
    shown = [f"{close.code} ({close.name})" for close in register.suggest(text)]
    hint = f"; bedoelde u {_or_list(shown)}?" if shown else ""
    raise Tk4UserError(
        f"onbekende regio '{text}'{hint} (gebruik een code VR01-VR25 of de naam van de regio; "
        "alle regio's: tk4 catalog regios)"
    )


def _or_list(items: list[str]) -> str:
    """``a``, ``a of b``, ``a, b of c``: a Dutch list of alternatives."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} of {items[-1]}"


def wrap_comment(text: str, indent: int, *, hang: int = 2, width: int = WIDTH) -> list[str]:
    """``text`` as YAML comment lines at ``indent`` columns, wrapped to ``width``.

    Every line of ``text`` starts a new comment line and keeps its leading spaces. A line that
    starts with a bullet (``- ``) or a label (``a. ``, ``iv. ``) hangs its continuation under
    its text; any other line continues ``hang`` columns in.
    """
    prefix = " " * indent + "# "
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        lead = " " * (len(line) - len(stripped))
        marker = _MARKER.match(stripped)
        follow = lead + " " * (len(marker.group(0)) if marker else hang)
        wrapped = textwrap.wrap(
            stripped,
            width=max(width - len(prefix), 40),
            initial_indent=lead,
            subsequent_indent=follow,
            break_long_words=False,
            break_on_hyphens=False,
        )
        out.extend(f"{prefix}{part}".rstrip() for part in wrapped or [""])
    return out


def _choices(literal: Any) -> str:
    return ", ".join(str(value) for value in typing.get_args(literal))


def _author(catalogue: Catalogue, region: Region, kind: str) -> str:
    if kind == "inspectieoordeel":
        return catalogue.publication.publisher_current
    return f"Veiligheidsregio {region.name}"


def new_scaffold(
    catalogue: Catalogue,
    region: Region,
    year: int,
    kind: ReportKind,
    *,
    drafted_on: dt.date,
    schema_ref: str | None,
) -> str:
    """An empty self-report with every norm and element, their texts as comments above them.

    ``schema_ref`` is the path of the JSON Schema relative to the output file, written as the
    ``yaml-language-server`` modeline; ``None`` writes no modeline.
    """
    lines: list[str] = []
    if schema_ref is not None:
        lines += [f"{MODELINE_PREFIX}{schema_ref}", "#"]
    lines += _header(catalogue, region, kind)
    lines += [
        "",
        f'toetsingskader: "{catalogue.version}"',
        f"soort: {kind}",
        f"regio: {region.code}  # {region.name}",
        f"jaar: {year}",
        "opgesteld:",
        f"  datum: {drafted_on.isoformat()}",
        f"  door: {_author(catalogue, region, kind)}  # team of functie die het rapport opstelt",
        "",
    ]
    lines += _documents_block(year)
    lines += ["", "normen:"]
    for process in catalogue.processes:
        lines += [f"{_INDENT}# {'=' * 20} {process.id} {process.title} {'=' * 20}", ""]
        for norm in process.norms:
            lines += _norm_block(norm)
    lines += [""]
    lines += _deployments_block(catalogue, year)
    lines += [""]
    lines += _improvements_block(year)
    lines += [""]
    lines += _acknowledgements_block()
    return "\n".join(lines) + "\n"


def _header(catalogue: Catalogue, region: Region, kind: str) -> list[str]:
    what = "Zelfevaluatie van" if kind == "zelfevaluatie" else "Inspectieoordeel over"
    publication = catalogue.publication
    intro = (
        f"{what} Veiligheidsregio {region.name} ({region.code}) volgens het {publication.title} "
        f"{publication.subtitle} ({publication.published}). Gemaakt met 'tk4 init'."
    )
    steps = [
        "- Geef per element een oordeel, een toelichting en de documenten die het oordeel "
        "onderbouwen (bewijs). Een samenvattend oordeel per norm mag ook.",
        "- Het oordeel is een van (precies zo schrijven):",
    ]
    after = [
        "- bewijs is een lijst van id's uit 'documenten', bv. [beleidsplan-2024, crisisplan-2024].",
        "- Laat een veld leeg zolang het niet bekend is; 'tk4 validate' meldt wat nog ontbreekt.",
        "- Controleer het bestand met: tk4 validate <bestand>. Het formaat staat beschreven in "
        "docs/zelfevaluatie.md van tk4.",
    ]
    lines = wrap_comment(intro, 0, hang=0)
    lines += ["#", "# Zo vult u het in:", *wrap_comment("\n".join(steps), 0)]
    lines += _scale_table(catalogue)
    lines += wrap_comment("\n".join(after), 0)
    return lines


def _scale_table(catalogue: Catalogue) -> list[str]:
    """The judgement scale as two aligned comment columns: value, meaning."""
    column = max(len(level.value) for level in catalogue.scale) + 6
    lines: list[str] = []
    for level in catalogue.scale:
        parts = textwrap.wrap(level.description, width=WIDTH - 2 - column)
        lines.append(f"#     {level.value.ljust(column - 4)}{parts[0]}")
        lines += [f"#{' ' * (column + 1)}{part}" for part in parts[1:]]
    return lines


def _norm_block(norm: Norm) -> list[str]:
    lines = wrap_comment(f"{norm.id}: {norm_text(norm)}", 2)
    lines += [f"{_INDENT}{norm.id}:", *_empty_answer(2), f"{_INDENT * 2}elementen:"]
    for element in norm.elements:
        text = "\n".join(element_lines(element))
        lines += wrap_comment(f"{element.id}: {text}", 6)
        lines += [f"{_INDENT * 3}{element.id}:", *_empty_answer(4)]
    return lines


def _empty_answer(depth: int) -> list[str]:
    pad = _INDENT * depth
    return [f"{pad}oordeel:", f"{pad}toelichting:", f"{pad}bewijs: []"]


def _example(intro: str, example: str) -> list[str]:
    """An explanation and an example, as comments above the (empty) section."""
    lines = wrap_comment(intro, 0, hang=0)
    lines += ["# Vervang [] door een lijst, bijvoorbeeld (zonder '# ' ervoor):"]
    lines += [f"# {line}".rstrip() for line in example.strip("\n").split("\n")]
    return lines


def _documents_block(year: int) -> list[str]:
    intro = (
        "documenten: het register van bewijsstukken. Zet elk plan, verslag of procedure er één "
        "keer in, met een korte id (kleine letters, cijfers, '-', '_' of '.'); verwijs ernaar "
        f"vanuit bewijs, bron en evaluatie. Soorten: {_choices(DocumentKind)}. Wettelijke "
        "plichten vragen er soms meer bij: bij een beleidsplan gebaseerd_op (id van het "
        "risicoprofiel), bij een crisisplan afgestemd_met (codes van de buurregio's, bv. "
        "[VR04, VR06]) en afgestemd_met_buurlanden, bij een visitatierapport standpunt_bestuur "
        "(datum)."
    )
    example = f"""
documenten:
  - id: beleidsplan-{year - 1}
    soort: beleidsplan
    titel: Beleidsplan {year - 1}-{year + 2}
    vastgesteld: {year - 2}-12-14
    vastgesteld_door: algemeen bestuur
    geldig_tot: {year + 2}-12-31
    verwijzing: bijlagen/beleidsplan.pdf
  - id: evaluatie-oefening-{year}-04
    soort: evaluatie
    titel: Evaluatie regionale oefening april {year}
    vastgesteld: {year}-06-02
"""
    return [*_example(intro, example), "documenten: []"]


def _deployments_block(catalogue: Catalogue, year: int) -> list[str]:
    times = ", ".join(f"{n.id} ({n.minutes})" for n in catalogue.time_norms)
    intro = (
        f"inzetten: oefeningen, systeemtests, evenementen en GRIP-incidenten van {year}. "
        f"soort: {_choices(DeploymentKind)}; grip: 1-5 of Rijk; teams: {_choices(Team)}. "
        f"opkomst_minuten per tijdnorm van het Bvr (norm in minuten): {times}. Bij GRIP 4 of "
        "hoger: verslag_raden (id van het verslag van de voorzitter aan de gemeenteraden)."
    )
    example = f"""
inzetten:
  - id: oefening-{year}-04
    soort: oefening
    naam: Regionale oefening CoPI en ROT
    datum: {year}-04-16
    grip: 2
    teams: [copi, rot]
    opkomst_minuten: {{copi: 28, rot: 41}}
    prestaties:
      team: {{oordeel: op niveau}}
    evaluatie: evaluatie-oefening-{year}-04
"""
    return [*_example(intro, example), "inzetten: []"]


def _improvements_block(year: int) -> list[str]:
    intro = (
        "verbeterpunten: wat beter moet, uit evaluaties, visitaties en inspecties, en hoe het "
        f"ermee staat. Houd de id gelijk over de jaren. soort: {_choices(ImprovementKind)}; "
        f"status: {_choices(ImprovementStatus)}."
    )
    example = f"""
verbeterpunten:
  - id: vp-informatiedeling
    omschrijving: Het beeld wordt tussen CoPI en ROT te laat gedeeld.
    soort: verbeterpunt
    bron: oefening-{year}-04
    normen: [UV.B]
    thema: informatiemanagement
    eigenaar: hoofd crisisbeheersing
    termijn: {year + 1}-06-30
    status: open
"""
    return [*_example(intro, example), "verbeterpunten: []"]


def _acknowledgements_block() -> list[str]:
    intro = (
        "uitzonderingen: bevindingen van tk4 die de regio bewust accepteert, met de reden. Ze "
        "blijven zichtbaar in de uitvoer, als erkend. onderdeel leeg = overal."
    )
    example = """
uitzonderingen:
  - regel: TK301
    onderdeel: UV.E.2
    reden: Wordt beoordeeld in de visitatie van volgend jaar.
"""
    return [*_example(intro, example), "uitzonderingen: []"]


# --- carrying last year's file forward -----------------------------------------------------


@dataclass(frozen=True)
class CarrySummary:
    """What ``carry_forward`` took over and what it left behind, for the user to read."""

    answers: int
    documents: int
    improvements: int
    improvements_closed: int
    deployments: int
    acknowledgements: int


def carry_forward(
    previous_text: str,
    previous: SelfReport,
    catalogue: Catalogue,
    *,
    year: int,
    kind: ReportKind,
    drafted_on: dt.date,
    schema_ref: str | None,
) -> tuple[str, CarrySummary]:
    """Last year's file as the start of ``year``: answers to reconfirm, open points, comments kept.

    ``previous_text`` must be the text ``previous`` was validated from. Carried: every norm and
    element answer (marked ``te_herbevestigen: true``), all documents and the improvement points
    that are not afgerond or vervallen. Not carried: inzetten (they belong to their year) and
    uitzonderingen (kept as comments, to be accepted again on purpose). Norms and elements the
    file lacks are added empty at their place in the catalogue, with their text as a comment.
    ``schema_ref`` replaces (or adds) the ``yaml-language-server`` modeline; ``None`` leaves the
    file's own modeline alone. The result has the line endings of the first line of the input.
    """
    # Why normalise: ruamel keeps a "\r" in comments but writes "\n" after values.
    newline = "\r\n" if previous_text.split("\n", 1)[0].endswith("\r") else "\n"
    previous_text = previous_text.replace("\r\n", "\n")
    style = _guess_style(previous_text)
    data = _round_trip(style).load(previous_text)
    if schema_ref is not None:
        _set_modeline(data, schema_ref)
    data["jaar"] = year
    if data["soort"] != kind:  # assigning always would drop the file's quotes
        data["soort"] = kind
    data["opgesteld"]["datum"] = drafted_on
    answers = _mark_answers(data, catalogue, style.mapping)
    improvements, closed = _open_improvements(data, previous, style)
    deployments = len(previous.deployments)
    if "inzetten" in data:
        _replace_with_empty(data, "inzetten", style)
    acknowledgements = len(previous.acknowledgements)
    if "uitzonderingen" in data and acknowledgements:
        _replace_with_empty(data, "uitzonderingen", style, keep_as_comment=True)
    summary = CarrySummary(
        answers=answers,
        documents=len(previous.documents),
        improvements=improvements,
        improvements_closed=closed,
        deployments=deployments,
        acknowledgements=acknowledgements,
    )
    return _dump(data, style).replace("\n", newline), summary


@dataclass(frozen=True)
class _Style:
    """Indentation of a YAML file, so a rewritten file keeps the look of the original.

    In ruamel's terms: ``sequence`` is the indent of an item's content, ``offset`` the dash's.
    """

    mapping: int
    sequence: int
    offset: int


def _guess_style(text: str) -> _Style:
    """The mapping indent and the block-sequence dash offset the file uses (defaults: 2, 2)."""
    mapping: int | None = None
    offset: int | None = None
    parent: int | None = None
    for line in text.splitlines():
        content = line.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        column = len(line) - len(content)
        if parent is not None and content.startswith("- ") and column >= parent:
            offset = column - parent if offset is None else offset
        elif parent is not None and column > parent and mapping is None:
            mapping = column - parent
        parent = column if content.rstrip().endswith(":") else None
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return _Style(mapping=mapping, sequence=offset + 2, offset=offset)


def _round_trip(style: _Style) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    # Why so wide: a narrower width re-folds the region's long lines.
    yaml.width = 4096
    yaml.indent(mapping=style.mapping, sequence=style.sequence, offset=style.offset)
    return yaml


def _dump(data: Any, style: _Style) -> str:
    stream = io.StringIO()
    _round_trip(style).dump(data, stream)
    return stream.getvalue()


def _set_modeline(data: Any, schema_ref: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    line = f"{MODELINE_PREFIX}{schema_ref}\n"
    if data.ca.comment is None:
        data.ca.comment = [None, []]
    if data.ca.comment[1] is None:
        data.ca.comment[1] = []
    tokens = data.ca.comment[1]
    for token in tokens:
        if token.value.startswith(MODELINE_PREFIX):
            token.value = line
            return
    tokens.insert(0, CommentToken(line, CommentMark(0)))


def _answered(value: Any) -> bool:
    return any(value.get(key) not in (None, [], "") for key in ("oordeel", "toelichting", "bewijs"))


def _mark(assessment: Any) -> None:
    """Set ``te_herbevestigen: true`` on an answered assessment, after its own answer.

    A new key goes last, or just before a norm's ``elementen``. Why not first: a comment above
    the first key belongs to that key; inserting before it would move the comment.
    """
    if "te_herbevestigen" in assessment:
        assessment["te_herbevestigen"] = True
    elif "elementen" in assessment:
        assessment.insert(list(assessment).index("elementen"), "te_herbevestigen", True)
    else:
        _append(assessment, "te_herbevestigen", True, [])


def _mark_answers(data: Any, catalogue: Catalogue, indent: int) -> int:
    """Mark every answered norm and element; add the ones the file lacks, in catalogue order."""
    from ruamel.yaml.comments import CommentedMap

    count = 0
    norms = data.get("normen")
    if norms is None:
        norms = CommentedMap()
        _append(data, "normen", norms, [])
    order = list(catalogue.norms)
    for norm in catalogue.norms.values():
        answer = norms.get(norm.id)
        if answer is None:
            _block_style(data, norms)
            answer = _empty_answer_map()
            answer["elementen"] = CommentedMap()
            _fill_elements(answer, "elementen", norm, indent)
            comment = wrap_comment(f"{norm.id}: {norm_text(norm)}", indent)
            _insert_in_order(data, "normen", norm.id, answer, comment, order)
            continue
        if _answered(answer):
            _mark(answer)
            count += 1
        elements = answer.get("elementen")
        if elements is None or any(element.id not in elements for element in norm.elements):
            _block_style(data, norms, answer, elements)
        if elements is None:
            _append(answer, "elementen", CommentedMap(), [])
        count += _fill_elements(answer, "elementen", norm, indent)
    return count


def _block_style(*mappings: Any) -> None:
    """Write these mappings (``None`` skipped) in block style, so keys can get comments above.

    Why: in a flow mapping (``{UV.C: …}``) added norms would land on one endless line, without
    their texts as comments. Only the mappings that get a key added change.
    """
    for mapping in mappings:
        if mapping is not None and mapping.fa.flow_style():
            mapping.fa.set_block_style()


def _fill_elements(answer: Any, key: str, norm: Norm, indent: int) -> int:
    """Mark the answered elements in ``answer[key]``, add the missing ones; the number marked."""
    count = 0
    elements = answer[key]
    order = [element.id for element in norm.elements]
    for element in norm.elements:
        element_answer = elements.get(element.id)
        if element_answer is None:
            text = f"{element.id}: " + "\n".join(element_lines(element))
            comment = wrap_comment(text, 3 * indent)
            _insert_in_order(answer, key, element.id, _empty_answer_map(), comment, order)
        elif _answered(element_answer):
            _mark(element_answer)
            count += 1
    return count


def _insert_in_order(
    parent: Any, parent_key: str, key: str, value: Any, comment: list[str], order: list[str]
) -> None:
    """Add ``key`` to ``parent[parent_key]`` where ``order`` puts it, ``comment`` lines above.

    The comment lines that stood above the key it now precedes move along, so they stay
    above that key.
    """
    mapping = parent[parent_key]
    before = order[: order.index(key)]
    present = [known for known in before if known in mapping]
    if not mapping or (present and present[-1] == list(mapping)[-1]):
        _append(mapping, key, value, comment)
        return
    if present:
        position = list(mapping).index(present[-1]) + 1
        moved = _take_following(mapping, present[-1])
    else:
        position = 0
        moved = _take_leading(parent, parent_key)
    mapping.insert(position, key, value)
    _set_comment_above(mapping, key, comment)
    _put_trailing(value, moved)


def _set_comment_above(mapping: Any, key: str, comment: list[str]) -> None:
    """Put ``comment`` (lines from :func:`wrap_comment`) above ``key``."""
    if comment:
        column = len(comment[0]) - len(comment[0].lstrip(" "))
        text = "\n".join(line.strip()[2:] for line in comment)
        mapping.yaml_set_comment_before_after_key(key, before=text, indent=column)


def _empty_answer_map() -> Any:
    from ruamel.yaml.comments import CommentedMap

    answer = CommentedMap()
    answer["oordeel"] = None
    answer["toelichting"] = None
    answer["bewijs"] = _flow_list()
    return answer


def _flow_list() -> Any:
    from ruamel.yaml.comments import CommentedSeq

    items = CommentedSeq()
    items.fa.set_flow_style()
    return items


def _open_improvements(data: Any, previous: SelfReport, style: _Style) -> tuple[int, int]:
    """Drop the afgerond/vervallen points; re-point a ``bron`` at last year's inzetten.

    Returns the number of points kept and dropped. Why re-point: inzetten are not carried, so
    a ``bron`` naming one would dangle; its evaluation report (a carried document) is the same
    source, and without one the old source is kept as a comment.
    """
    items = data.get("verbeterpunten")
    if not items:
        return 0, 0
    deployments = {deployment.id: deployment for deployment in previous.deployments}
    # Only what still needs work goes into the new year; afgerond and vervallen stay behind.
    closed = [
        i for i, point in enumerate(previous.improvements) if point.status not in OPEN_STATUSES
    ]
    for index in reversed(closed):
        _remove_item(items, index)
    for item in items:
        deployment = deployments.get(item.get("bron"))
        if deployment is None:
            continue
        note = f"bron vorig jaar: inzet {deployment.id} ({deployment.date.isoformat()})"
        if deployment.evaluation is not None:
            item["bron"] = deployment.evaluation
            _add_eol_comment(item, "bron", f"{note}; nu het evaluatierapport")
        else:
            key = _previous_key(item, "bron")
            del item["bron"]
            _add_eol_comment(item, key, note)
    if not items:
        _replace_with_empty(data, "verbeterpunten", style)
    return len(previous.improvements) - len(closed), len(closed)


def _previous_key(mapping: Any, key: str) -> Any:
    keys = list(mapping)
    position = keys.index(key)
    return keys[position - 1] if position > 0 else keys[position + 1]


def _add_eol_comment(mapping: Any, key: Any, text: str) -> None:
    """Set an end-of-line comment on ``key``, keeping the comment lines that follow it."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    slot = mapping.ca.items.setdefault(key, [None, None, None, None])
    following = ""
    if slot[2] is not None:
        following = slot[2].value.split("\n", 1)[1] if "\n" in slot[2].value else ""
    # Why the leading space: with column 0 ruamel would glue the "#" to the value.
    slot[2] = CommentToken(f" # {text}\n{following}", CommentMark(0))


# --- comments after a value: ruamel keeps them at the deepest last node ----------------------


def _is_block(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    return (
        isinstance(node, CommentedMap | CommentedSeq) and len(node) > 0 and not node.fa.flow_style()
    )


def _trailing_slot(node: Any) -> tuple[list[Any], int] | None:
    """Where ruamel keeps the comment lines that follow the last value inside ``node``."""
    from ruamel.yaml.comments import CommentedMap

    if not _is_block(node):
        return None
    last: Any = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
    if _is_block(node[last]):
        return _trailing_slot(node[last])
    slots = node.ca.items.setdefault(last, [None, None, None, None])
    return slots, 2 if isinstance(node, CommentedMap) else 0


def _take_trailing(node: Any) -> str:
    """Remove and return the full comment lines after the last value in ``node``."""
    where = _trailing_slot(node)
    if where is None or where[0][where[1]] is None:
        return ""
    slots, index = where
    value: str = slots[index].value
    eol, _, rest = value.partition("\n")
    if eol:
        slots[index].value = eol + "\n"
    else:
        slots[index] = None
    return rest


def _put_trailing(node: Any, lines: str) -> None:
    """Append comment ``lines`` (as returned by :func:`_take_trailing`) after ``node``."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    where = _trailing_slot(node)
    if not lines or where is None:
        return
    slots, index = where
    if slots[index] is None:
        slots[index] = CommentToken("\n" + lines, CommentMark(0))
    else:
        slots[index].value = slots[index].value.rstrip("\n") + "\n" + lines


def _put_after_key(mapping: Any, key: str, lines: str) -> None:
    """Comment ``lines`` after a key whose value is a flow collection such as ``[]``."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if lines:
        slots = mapping.ca.items.setdefault(key, [None, None, None, None])
        slots[2] = CommentToken("\n" + lines, CommentMark(0))


def _append(mapping: Any, key: str, value: Any, comment: list[str]) -> None:
    """Add ``key`` at the end of ``mapping``, ``comment`` lines above it, following lines kept."""
    following = _take_trailing(mapping)
    if not mapping:
        mapping.fa.set_block_style()
    mapping[key] = value
    _set_comment_above(mapping, key, comment)
    _put_trailing(mapping, following)


def _take_following(mapping: Any, key: str) -> str:
    """Remove and return the full comment lines between ``mapping[key]`` and the next key."""
    value = mapping[key]
    if _is_block(value):
        return _take_trailing(value)
    slots = mapping.ca.items.get(key)
    if slots is None or slots[2] is None:
        return ""
    token = slots[2]
    text: str = token.value
    eol, _, rest = text.partition("\n")
    if eol:
        token.value = eol + "\n"  # the end-of-line comment stays with its value
    else:
        slots[2] = None
    return rest


def _take_leading(parent: Any, key: str) -> str:
    """Remove and return the comment lines above the first key of ``parent[key]``."""
    slots = parent.ca.items.get(key)
    tokens = slots[3] if slots is not None and len(slots) > 3 else None
    if not tokens:
        return ""
    text = "".join(
        " " * token.column + token.value if token.value.strip() else token.value for token in tokens
    )
    tokens.clear()  # one list with the mapping's own ca.comment[1]; written from here
    return text


def _remove_item(items: Any, index: int) -> None:
    """Delete ``items[index]``; the comment lines after it move to what now precedes them."""
    following = _take_trailing(items[index]) if _is_block(items[index]) else ""
    del items[index]
    if not following:
        return
    if index > 0:
        _put_trailing(items[index - 1], following)
    else:
        from ruamel.yaml.error import CommentMark
        from ruamel.yaml.tokens import CommentToken

        if items.ca.comment is None:
            items.ca.comment = [None, []]
        if items.ca.comment[1] is None:
            items.ca.comment[1] = []
        items.ca.comment[1].append(CommentToken(following, CommentMark(0)))


def _replace_with_empty(
    data: Any, key: str, style: _Style, *, keep_as_comment: bool = False
) -> None:
    """Make ``data[key]`` an empty ``[]``, the comment lines that followed it kept.

    With ``keep_as_comment`` the old entries stay above the key, commented out.
    """
    old = data[key]
    following = _take_trailing(old) if _is_block(old) else ""
    data[key] = _flow_list()
    if keep_as_comment:
        intro = (
            f"Vorig jaar geaccepteerd. Neem over wat nog geldt: vervang '{key}: []' hieronder "
            "door (een deel van) deze regels, zonder '# ' ervoor:"
        )
        data.yaml_set_comment_before_after_key(
            key, before="\n".join(_commented_yaml(intro, key, old, style)), indent=0
        )
    _put_after_key(data, key, following)


def _commented_yaml(intro: str, key: str, node: Any, style: _Style) -> list[str]:
    """``intro`` and ``key: node`` as YAML, as comment text lines (without the leading ``# ``).

    The YAML lines start at column 0, so without their ``# `` they are valid at the top level.
    """
    from ruamel.yaml.comments import CommentedMap

    wrapper = CommentedMap()
    wrapper[key] = node
    body = _dump(wrapper, style).rstrip("\n").split("\n")
    return [*(line[2:] for line in wrap_comment(intro, 0, hang=0)), *body]


@dataclass(frozen=True)
class SchemaPlan:
    """Where a new file's modeline points and whether the schema file still has to be written."""

    ref: str | None
    """Modeline target relative to the output file; ``None``: write no (new) modeline."""
    write_to: Path | None
    """The schema file to create next to the output; ``None``: nothing to write."""


def plan_schema(
    output: Path, version: str, *, enabled: bool, current_ref: str | None
) -> SchemaPlan:
    """Decide the modeline and schema file for ``output`` (looks at the file system).

    The schema goes next to the output as ``zelfevaluatie-<versie>.schema.json`` unless a file
    of that name is already there (it is then used, never overwritten). A modeline carried over
    from last year (``current_ref``) is kept when its target exists from the output's folder,
    or is a URL.
    """
    if not enabled:
        return SchemaPlan(None, None)
    if current_ref is not None and (
        "://" in current_ref or (output.parent / current_ref).is_file()
    ):
        return SchemaPlan(None, None)
    name = schema_file_name(version)
    sibling = output.parent / name
    return SchemaPlan(name, None if sibling.exists() else sibling)


def find_modeline(text: str) -> str | None:
    """The schema path of a ``yaml-language-server`` modeline in the leading comments, if any."""
    for line in text.splitlines():
        if line.startswith(MODELINE_PREFIX):
            return line.removeprefix(MODELINE_PREFIX).strip()
        if line.strip() and not line.startswith("#"):
            return None
    return None


# --- one run of ``tk4 init`` (reads the file system, writes nothing) -------------------------


class PreviousReportInvalid(Exception):
    """The ``--vanaf`` file does not validate; its findings say why."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} fout(en)")
        self.findings = findings


@dataclass(frozen=True)
class InitPlan:
    """Everything ``tk4 init`` writes, computed before anything is written."""

    path: Path
    text: str
    schema: SchemaPlan
    schema_text: str | None
    """The schema to write to ``schema.write_to``, when there is one to write."""
    summary: CarrySummary | None = None


def plan_init(
    *,
    region: str | None,
    year: int | None,
    kind: str | None,
    version: str | None,
    output: str | None,
    force: bool,
    previous: Path | None,
    schema: bool,
    today: dt.date,
) -> InitPlan:
    """Check the options of ``tk4 init`` and produce the file(s) it should write.

    ``output`` is the ``-o`` value as typed: an existing folder, or a path ending in a
    separator, is a folder to put the file in under its default name.

    Raises:
        Tk4UserError: a bad or conflicting option, or an output that exists (without ``force``).
        PreviousReportInvalid: the ``previous`` file has validation errors.
    """
    from tk4.loading.catalogue import latest_version, load_catalogue, load_regions

    register = load_regions()
    chosen_kind = _check_kind(kind)
    if previous is None:
        if region is None:
            raise Tk4UserError("geef de regio op met --regio (code zoals VR05, of de naam)")
        if year is None:
            raise Tk4UserError("geef het verslagjaar op met --jaar")
        check_year(year)
        found = resolve_region(register, region)
        catalogue = load_catalogue(version or latest_version())
        kind_out: ReportKind = chosen_kind or "zelfevaluatie"
        path = _output_path(output, Path(), found.code, year, kind_out, force, None)
        plan = plan_schema(path, catalogue.version, enabled=schema, current_ref=None)
        text = new_scaffold(catalogue, found, year, kind_out, drafted_on=today, schema_ref=plan.ref)
        return InitPlan(path, text, plan, _schema_text(plan, catalogue, register))

    report, previous_text = _read_previous(previous)
    if version is not None and version != report.catalogue_version:
        raise Tk4UserError(
            f"--versie {version} wijkt af van de versie van {previous} "
            f"({report.catalogue_version}); overnemen tussen versies kan niet"
        )
    if region is not None and resolve_region(register, region).code != report.region:
        raise Tk4UserError(
            f"--regio {region} wijkt af van de regio van {previous} ({report.region})"
        )
    new_year = check_year(year if year is not None else report.year + 1)
    if new_year <= report.year:
        raise Tk4UserError(
            f"--jaar {new_year} moet na het jaar van {previous} ({report.year}) liggen"
        )
    kind_out = chosen_kind or report.kind
    catalogue = load_catalogue(report.catalogue_version)
    path = _output_path(output, previous.parent, report.region, new_year, kind_out, force, previous)
    plan = plan_schema(
        path, catalogue.version, enabled=schema, current_ref=find_modeline(previous_text)
    )
    text, summary = carry_forward(
        previous_text,
        report,
        catalogue,
        year=new_year,
        kind=kind_out,
        drafted_on=today,
        schema_ref=plan.ref,
    )
    return InitPlan(path, text, plan, _schema_text(plan, catalogue, register), summary)


def _schema_text(plan: SchemaPlan, catalogue: Catalogue, register: RegionRegister) -> str | None:
    if plan.write_to is None:
        return None
    return render_schema(build_schema(catalogue, register))


def _check_kind(kind: str | None) -> ReportKind | None:
    if kind is None:
        return None
    for allowed in typing.get_args(ReportKind):
        if kind == allowed:
            return typing.cast(ReportKind, allowed)
    raise Tk4UserError(
        f"--soort '{kind}' is onbekend; kies {_choices(ReportKind).replace(', ', ' of ')}"
    )


def _read_previous(path: Path) -> tuple[SelfReport, str]:
    from tk4.checks import REGISTRY
    from tk4.validation import validate_file

    result = validate_file(path, REGISTRY)
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    if errors or result.report is None:
        raise PreviousReportInvalid(sorted_findings(errors))
    return result.report, path.read_bytes().decode("utf-8-sig")


def _output_path(
    output: str | None,
    folder: Path,
    region_code: str,
    year: int,
    kind: str,
    force: bool,
    previous: Path | None,
) -> Path:
    name = default_file_name(region_code, year, kind)
    if output is None:
        path = folder / name
    elif Path(output).is_dir():
        path = Path(output) / name
    elif output.endswith(_SEPARATORS):
        # Why refuse: creating the folder silently would hide a typo in its name.
        if Path(output).exists():
            raise Tk4UserError(f"-o '{output}': {Path(output)} is een bestand, geen map")
        raise Tk4UserError(
            f"map '{output}' bestaat niet; maak hem eerst aan, of geef een bestandsnaam op"
        )
    else:
        path = Path(output)
    if previous is not None and path.resolve() == previous.resolve():
        raise Tk4UserError(
            f"{path}: dit is het bestand van --vanaf; kies een ander uitvoerpad (-o)"
        )
    if path.exists() and not force:
        raise Tk4UserError(f"{path} bestaat al; gebruik --force om het te overschrijven")
    return path
