"""The view-model of a report: everything a template shows, counted, sorted and formatted.

Templates only loop and branch over what is built here. This module decides which findings
belong where (and merges the same finding from both files), which improvement points are
overdue, which turn-out times exceed the Bvr norm, how chapters are numbered, how dates and
numbers read in Dutch and which colour and text label a judgement gets; :mod:`tk4.render.prose`
words the generated sentences. Every value is a frozen dataclass, a tuple or a string, so a
template cannot change it.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from urllib.parse import quote, urlsplit, urlunsplit

from tk4.checks.improvements import is_open, is_overdue
from tk4.findings import Finding, Severity
from tk4.model.catalogue import Catalogue, Element, ScaleLevel, SubPoint
from tk4.model.reference import AbbreviationList
from tk4.model.regions import RegionRegister
from tk4.model.report import (
    Deployment,
    Document,
    DocumentKind,
    ElementAssessment,
    ImprovementPoint,
    LevelJudgement,
    SelfReport,
)
from tk4.render import prose
from tk4.render.escape import safe_href, shown_reference
from tk4.render.formatting import (
    capitalised,
    counted,
    counted_words,
    dutch_date,
    dutch_number,
    dutch_percent,
    enumeration,
)
from tk4.render.wording import Names, reader_message, rule_label

# --- building blocks ----------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """A coloured text label (judgement, status, severity): never colour without its text.

    ``filled`` badges (a status, a difference) are a coloured block with the text on it; the
    others a small colour square beside the text, as the judgement scale is shown.
    """

    label: str
    css_class: str
    colour: str
    text_colour: str
    filled: bool = False


@dataclass(frozen=True)
class Level:
    """One level of the judgement scale as shown: value, description and badge."""

    value: str
    label: str
    description: str
    assessed: bool
    rank: int | None
    badge: Badge


@dataclass(frozen=True)
class Link:
    """A title that links to ``href`` when its reference is ``http(s)`` or relative.

    ``unsafe_reference`` holds a reference that was refused as a link target (shown as text).
    """

    text: str
    href: str | None = None
    unsafe_reference: str | None = None


@dataclass(frozen=True)
class Ref:
    """A cross-reference inside the report: its text and the anchor (HTML id) it points at.

    ``anchor`` is None for something the report names but does not show (plain text).
    """

    text: str
    anchor: str | None


@dataclass(frozen=True)
class Heading:
    """A heading of the report: HTML id, number, title and the text as shown.

    ``number`` is "3", "3.1" or "Bijlage 2", empty for the unnumbered samenvatting and
    bijlagen chapters; ``text`` is number and title together ("3.1 RB Risicobeheersing"),
    ``md_anchor`` the GitHub/GitLab anchor of that text as a Markdown heading. ``children``
    are the sub-headings; in ``view.toc`` only the numbered ones (those the table of contents
    lists).
    """

    id: str
    number: str
    title: str
    text: str
    md_anchor: str
    children: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class FindingView:
    """A finding of the toetsing as shown: rule name in words, message, code and where it is.

    ``location`` names the file(s) (without folders, so the report does not depend on where
    it was made) and line; ``origin`` says which file(s) it comes from when the report sets
    an inspectieoordeel beside the zelfevaluatie ("inspectieoordeel", "zelfevaluatie en
    inspectieoordeel"), else None. ``place`` is where in the report it is shown;
    ``place_named`` is true when the message itself already names that place, so a list
    does not add "(bij element UV.E.2)" to a message about element UV.E.2. ``rule`` and
    ``message`` are worded for the reader (:mod:`tk4.render.wording`): titles and names, no
    ids or keys of the YAML file.
    """

    code: str
    slug: str
    message_id: str
    rule: str
    severity: Badge
    message: str
    location: str
    line: int
    acknowledged: str | None
    origin: str | None
    place: Ref | None
    place_named: bool


@dataclass(frozen=True)
class LevelCount:
    """How many norms or elements got one level of the scale."""

    level: Level
    count: int
    share: str


# --- title page, summary and introduction -------------------------------------------------


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


# --- kerngegevens -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentView:
    """A row of the document register."""

    id: str
    anchor: str
    kind: str
    title: Link
    adopted: str
    adopted_by: str | None
    valid_until: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class CycleRow:
    """A legal cycle (beleidsplan, crisisplan, ..., systeemtest) and its status.

    ``noun`` names it in running text, with its article ("de kostenevaluatie"); ``basis`` and
    ``term`` are the law's, shown also when its rule did not run. ``acknowledged`` is true
    when the region knowingly accepted every finding of the cycle (``uitzonderingen``); the
    status still says what is wrong.
    """

    key: str
    label: str
    noun: str
    rule: str
    basis: str
    term: str
    latest: Link | None
    latest_date: str
    status: Badge
    acknowledged: bool
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class KeyData:
    """The kerngegevens: document register, cycle status and findings without a place."""

    documents: tuple[DocumentView, ...]
    cycles: tuple[CycleRow, ...]
    other_findings: tuple[FindingView, ...]


# --- per process, norm and element --------------------------------------------------------


@dataclass(frozen=True)
class AssessmentView:
    """One report's judgement of a norm or element."""

    level: Level
    explanation: str | None
    evidence: tuple[Link, ...]
    reconfirm: bool
    present: bool


@dataclass(frozen=True)
class Difference:
    """How the inspectieoordeel differs from the zelfbeeld for one norm or element.

    Only two assessed judgements can differ; when one side gave none, that is not a
    difference (see ``one_sided`` of :class:`NormView` and :class:`ElementView`).
    ``direction`` is "hoger" or "lager"; ``label`` the whole phrase ("inspectie oordeelt
    lager"); ``badge`` the visible "verschil" mark.
    """

    label: str
    direction: str
    badge: Badge


@dataclass(frozen=True)
class ElementView:
    """An element of a norm: its text, judgement(s) and the findings about it.

    ``agree`` is true beside an inspectieoordeel with the same judgement (one cell spans
    both columns). ``detailed`` says whether the element gets a block with explanation,
    evidence or findings below the norm's table; ``anchor`` is that block's id, or the
    table row's id when there is no block, so a link always lands on the element. In the
    table, ``row_id`` is the row's id (None when the block has it) and ``link`` the
    target of the element's id (None when there is no block). ``one_sided`` says, beside an
    inspectieoordeel, who alone gave a judgement ("alleen beoordeeld door de Inspectie"), a
    neutral note rather than a difference. ``subpoints`` are the element's sub-points when its
    text announces them (ends in a colon), so the table shows what the element asks.
    """

    id: str
    anchor: str
    row_id: str | None
    link: str | None
    appendix_anchor: str
    text: str
    subpoints: tuple[SubPointView, ...]
    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    detailed: bool
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class NormView:
    """A norm: its text, legal basis, judgement(s), elements and findings.

    ``detailed`` says whether the norm as a whole has an explanation, evidence or findings
    to show below its table (with id ``detail_anchor``); ``link`` is then that id, the
    target of the row ``row_label`` ("Norm RB.A als geheel"; ``row_id`` is always None: the
    article has the norm's id). ``one_sided`` as for :class:`ElementView`.
    """

    id: str
    anchor: str
    row_id: str | None
    link: str | None
    row_label: str
    detail_anchor: str
    statement: str
    detail: str | None
    legal_basis: str
    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    detailed: bool
    elements: tuple[ElementView, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ProcessView:
    """A process with its norms, under its numbered heading."""

    id: str
    anchor: str
    heading: Heading
    title: str
    statement: str
    norms: tuple[NormView, ...]


# --- operationele prestaties --------------------------------------------------------------


@dataclass(frozen=True)
class TimeNormRow:
    """A Bvr time norm and how the year's inzetten measured against it."""

    id: str
    label: str
    minutes: str
    basis: str
    measured: int
    over: int


@dataclass(frozen=True)
class TimeView:
    """One turn-out time of an inzet against its Bvr norm."""

    label: str
    norm: str
    actual: str
    over: bool
    excess: str
    badge: Badge


@dataclass(frozen=True)
class PerformanceView:
    """How one level (functie, team, organisatie) performed in an inzet.

    ``judgement`` is the region's (None: not judged); ``other`` the Inspectie's, when the
    inspectieoordeel judges the same inzet.
    """

    level: str
    judgement: Level | None
    explanation: str | None
    other: Level | None
    other_explanation: str | None


@dataclass(frozen=True)
class DeploymentView:
    """An inzet (exercise, systeemtest, incident, event) with times and performance.

    ``judged_by_inspection`` is true when the inspectieoordeel judges the same inzet (same
    id); ``performance`` then holds both judgements.
    """

    id: str
    anchor: str
    kind: str
    name: str
    date: str
    grip: str
    teams: str
    times: tuple[TimeView, ...]
    performance: tuple[PerformanceView, ...]
    judged_by_inspection: bool
    evaluation: Link | None
    explanation: str | None
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Operations:
    """The operationele prestaties: time norms, inzetten and their counts.

    ``note`` says, beside an inspectieoordeel, what of the Inspectie's inzetten is shown;
    ``measured`` is how many turn-out times were measured in all (0: the table has no counts).
    """

    time_norms: tuple[TimeNormRow, ...]
    deployments: tuple[DeploymentView, ...]
    summary: str
    note: str | None
    measured: int
    times_over: int


# --- leren en verbeteren ------------------------------------------------------------------


@dataclass(frozen=True)
class ImprovementView:
    """A verbeterpunt, aanbeveling or good practice and its follow-up.

    ``particulars`` is owner and deadline as one phrase ("Directeur Veiligheidsregio, uiterlijk
    30 september 2026"), for a short list.
    """

    id: str
    anchor: str
    description: str
    particulars: str
    kind: str
    source: Ref | None
    norms: tuple[Ref, ...]
    theme: str | None
    owner: str
    deadline: str
    status: str
    completed: str | None
    open: bool
    overdue: bool
    overdue_badge: Badge | None
    evidence: tuple[Link, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Learning:
    """Leren en verbeteren: the region's register, the Inspectie's points and the rode draden.

    ``recommendations`` are the verbeterpunten of the inspectieoordeel (empty without one);
    ``recommendations_summary`` is None when there is no inspectieoordeel. ``improvements`` are
    the main file's own register: the region's, or the Inspectie's aanbevelingen when the report
    is an inspectieoordeel; ``*_caption`` and ``*_column`` name each table and its first column.
    """

    improvements: tuple[ImprovementView, ...]
    summary: str
    improvements_caption: str
    improvements_column: str
    recommendations: tuple[ImprovementView, ...]
    recommendations_summary: str | None
    recommendations_caption: str
    recommendations_column: str
    rode_draden: tuple[FindingView, ...]
    rode_draden_checked: bool


# --- eindconclusie ------------------------------------------------------------------------


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


# --- bijlagen -----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Colophon:
    """The closing lines: disclaimer, who drew up the file(s), the source, what generated it."""

    disclaimer: str
    drawn_up: tuple[str, ...]
    source: str
    generated: str


@dataclass(frozen=True)
class ReportView:
    """Everything a report template gets, as ``view``.

    ``toc`` holds the chapters (with their numbered sub-headings); ``sections`` every
    heading by id, e.g. ``view.sections.documentregister``.
    """

    title_page: TitlePage
    toc: tuple[Heading, ...]
    sections: Mapping[str, Heading]
    side_by_side: bool
    own_label: str
    other_label: str
    summary: Summary
    introduction: Introduction
    key_data: KeyData
    processes: tuple[ProcessView, ...]
    operations: Operations
    learning: Learning
    conclusion: Conclusion
    appendices: Appendices
    colophon: Colophon
    badges: tuple[Badge, ...]


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInput:
    """One validated report with the findings ``tk4 check`` gave for it.

    ``link_folder`` is the folder of the report file as seen from where the rendered report
    is read (a relative POSIX path, "" for the same folder): relative evidence references
    are relative to the file, so they are prefixed with it to keep working.
    """

    report: SelfReport
    findings: Sequence[Finding]
    link_folder: str = ""


@dataclass(frozen=True)
class RuleSetting:
    """What the report needs to know about a rule: its basis, option values and slug."""

    basis: str
    options: Mapping[str, object]
    slug: str = ""


# --- constants ----------------------------------------------------------------------------

DISCLAIMER = "Aan deze publicatie kunnen geen rechten worden ontleend."
MAIN_GAPS_SHOWN = 10
RODE_DRAAD_RULE = "TK704"
ONLY_INSPECTION = "alleen beoordeeld door de Inspectie"
ONLY_REGION = "alleen beoordeeld door de regio"
OWN_ORIGIN = "zelfevaluatie"
OTHER_ORIGIN = "inspectieoordeel"
BOTH_ORIGINS = "zelfevaluatie en inspectieoordeel"

KIND_LABELS = {"zelfevaluatie": "Zelfevaluatie", "inspectieoordeel": "Inspectieoordeel"}
DOCUMENT_KIND_LABELS: Mapping[str, str] = {
    "risicoprofiel": "Risicoprofiel",
    "beleidsplan": "Beleidsplan",
    "crisisplan": "Crisisplan",
    "oefenbeleidsplan": "Oefenbeleidsplan",
    "visitatierapport": "Visitatierapport",
    "kostenevaluatie": "Kostenevaluatie",
    "jaarverslag": "Jaarverslag",
    "evaluatie": "Evaluatie",
    "procedure": "Procedure",
    "overig": "Overig",
}
DEPLOYMENT_KINDS: Mapping[str, tuple[str, str]] = {
    "incident": ("incident", "incidenten"),
    "oefening": ("oefening", "oefeningen"),
    "systeemtest": ("systeemtest", "systeemtests"),
    "evenement": ("evenement", "evenementen"),
}
TEAM_LABELS = {
    "meldkamer": "meldkamer",
    "caco": "CaCo",
    "copi": "CoPI",
    "rot": "ROT",
    "tbz": "TBZ",
    "gbt": "GBT",
    "rbt": "RBT",
    "cmct": "CmCt",
}
LEVEL_LABELS = (("functie", "Functie"), ("team", "Team"), ("organisatie", "Organisatie"))

# Colours of the badges tk4 adds itself; every pair has a contrast of at least 4.5:1
# (tested in tests/render/test_render_html.py).
GOOD = ("#2f6b3f", "#ffffff")
BAD = ("#a23b2c", "#ffffff")
WARN = ("#f2d27a", "#1a1a1a")
NEUTRAL = ("#e6e6e6", "#333333")
HIGHLIGHT = ("#fff3c4", "#1a1a1a")

STATUS_OK = ("#1f5f33", "#ffffff")
STATUS_GAP = ("#9b2c1f", "#ffffff")
STATUS_UNCHECKED = ("#e6e6e6", "#1a1a1a")

# A legal cycle is in order or not (green or red, as a filled status block, in other shades
# than the judgement scale); "niet getoetst" is grey.
STATUS_BADGES = {
    "op orde": Badge("op orde", "status-op-orde", *STATUS_OK, filled=True),
    "verlopen": Badge("verlopen", "status-verlopen", *STATUS_GAP, filled=True),
    "ontbreekt": Badge("ontbreekt", "status-ontbreekt", *STATUS_GAP, filled=True),
    "niet op orde": Badge("niet op orde", "status-niet-op-orde", *STATUS_GAP, filled=True),
    "niet getoetst": Badge("niet getoetst", "status-niet-getoetst", *STATUS_UNCHECKED, filled=True),
}
SEVERITY_BADGES = {
    Severity.ERROR: Badge("fout", "ernst-fout", *BAD),
    Severity.WARNING: Badge("waarschuwing", "ernst-waarschuwing", *WARN),
    Severity.INFO: Badge("melding", "ernst-melding", *NEUTRAL),
}
TIME_BADGES = {
    False: Badge("binnen norm", "tijd-binnen-norm", *GOOD),
    True: Badge("boven norm", "tijd-boven-norm", *BAD),
}
OVERDUE_BADGE = Badge("termijn verstreken", "termijn-verstreken", *BAD)
DIFFERENCE_BADGE = Badge("verschil", "verschil", *HIGHLIGHT, filled=True)


@dataclass(frozen=True)
class _Cycle:
    """A row of the cycle table: the rule that checks it and the document kind it is about."""

    key: str
    label: str
    noun: str
    rule: str
    document_kind: DocumentKind | None


CYCLES: tuple[_Cycle, ...] = (
    _Cycle("beleidsplan", "Beleidsplan", "het beleidsplan", "TK501", "beleidsplan"),
    _Cycle("crisisplan", "Crisisplan", "het crisisplan", "TK502", "crisisplan"),
    _Cycle("risicoprofiel", "Risicoprofiel", "het risicoprofiel", "TK503", "risicoprofiel"),
    _Cycle("visitatie", "Visitatie", "de visitatie", "TK504", "visitatierapport"),
    _Cycle("kostenevaluatie", "Kostenevaluatie", "de kostenevaluatie", "TK505", "kostenevaluatie"),
    _Cycle(
        "jaarverslag", "Jaarverslag (verantwoording)", "het jaarverslag", "TK506", "jaarverslag"
    ),
    _Cycle("systeemtest", "Systeemtest", "de systeemtest", "TK507", None),
)
"""The cycle status table: one row per cycle rule; ``document_kind`` None is the systeemtest
(an inzet in the reporting year, not a document)."""

CYCLE_RULES = frozenset(cycle.rule for cycle in CYCLES)
_GAP_STATUSES = tuple(STATUS_BADGES[status] for status in ("ontbreekt", "verlopen", "niet op orde"))


@dataclass(frozen=True)
class _Register:
    """How the report names the main file's register: the region's or the Inspectie's points."""

    singular: str
    plural: str
    where: str
    heading: str
    caption: str
    column: str
    subject: str


REGION_REGISTER = _Register(
    "verbeterpunt",
    "verbeterpunten",
    "in het register",
    "Verbeterpunten van de regio",
    "Register van verbeterpunten, aanbevelingen en good practices van de regio",
    "Verbeterpunt",
    "Het register van de regio",
)
INSPECTION_REGISTER = _Register(
    "aanbeveling",
    "aanbevelingen",
    "van de Inspectie",
    "Aanbevelingen van de Inspectie",
    "Aanbevelingen en verbeterpunten van de Inspectie",
    "Aanbeveling",
    "Het inspectieoordeel",
)

# SVG geometry of the aspect chart (user units; the stylesheet sets the drawn width).
_CHART_LABEL_WIDTH = 190
_CHART_BAR_WIDTH = 300
_CHART_SHARE_WIDTH = 150
_CHART_ROW_HEIGHT = 30
_CHART_BAR_HEIGHT = 18
_CHART_PADDING = 8


# --- the builder --------------------------------------------------------------------------


def build_view(
    catalogue: Catalogue,
    main: ReportInput,
    *,
    reference_date: dt.date,
    regions: RegionRegister,
    abbreviations: AbbreviationList,
    rules: Mapping[str, RuleSetting],
    version: str,
    inspection: ReportInput | None = None,
    switched_off: Mapping[str, RuleSetting] | None = None,
) -> ReportView:
    """The view-model of the report on ``main`` (beside ``inspection``, when given).

    ``rules`` holds the rules that ran (by code), so a cycle whose rule was switched off reads
    "niet getoetst" rather than "op orde"; ``switched_off`` the rules that exist but did not
    run, so the report can name them and still give a cycle's legal term and basis.
    """
    return _Builder(
        catalogue,
        main,
        inspection,
        reference_date,
        regions,
        abbreviations,
        rules,
        switched_off or {},
        version,
    ).build()


@dataclass(frozen=True)
class _Judged:
    """Both judgements of a norm or element and how they compare (see :meth:`_Builder._judged`)."""

    own: AssessmentView
    other: AssessmentView | None
    agree: bool
    difference: Difference | None
    one_sided: str | None
    more: bool


def _difference(own: AssessmentView, other: AssessmentView | None) -> Difference | None:
    """How the Inspectie's judgement differs from the region's; None unless both are assessed.

    Why: "niet beoordeeld" is no judgement, so it cannot differ from one; a norm the
    Inspectie did not look at is not a norm it judges differently.
    """
    if other is None or own.level.rank is None or other.level.rank is None:
        return None
    if other.level.rank == own.level.rank:
        return None
    direction = "hoger" if other.level.rank > own.level.rank else "lager"
    return Difference(f"inspectie oordeelt {direction}", direction, DIFFERENCE_BADGE)


def _one_sided(own: AssessmentView, other: AssessmentView | None) -> str | None:
    """Who alone judged a norm or element beside an inspectieoordeel (None: both or neither)."""
    if other is None or (own.level.rank is None) == (other.level.rank is None):
        return None
    return ONLY_INSPECTION if own.level.rank is None else ONLY_REGION


@dataclass(frozen=True)
class _Placed:
    """A finding at its place, before findings from both files are merged."""

    slot: tuple[str, str]
    view: FindingView
    own: bool


class _Builder:
    """Builds a :class:`ReportView`; holds the lookups the sections share."""

    def __init__(
        self,
        catalogue: Catalogue,
        main: ReportInput,
        inspection: ReportInput | None,
        reference_date: dt.date,
        regions: RegionRegister,
        abbreviations: AbbreviationList,
        rules: Mapping[str, RuleSetting],
        switched_off: Mapping[str, RuleSetting],
        version: str,
    ) -> None:
        self.catalogue = catalogue
        self.report = main.report
        self.other = inspection.report if inspection is not None else None
        self.link_folders = {
            id(main.report): main.link_folder,
            **({id(inspection.report): inspection.link_folder} if inspection else {}),
        }
        self.by_inspection = self.report.kind == "inspectieoordeel"
        self.register = INSPECTION_REGISTER if self.by_inspection else REGION_REGISTER
        self.reference_date = reference_date
        self.regions = regions
        self.abbreviations = abbreviations
        self.rules = rules
        self.switched_off = switched_off
        self.version = version
        self.levels = {level.value: _level(level) for level in catalogue.scale}
        self.unassessed = next(
            (level for level in self.levels.values() if not level.assessed), _UNASSESSED
        )
        region = regions.by_code.get(self.report.region)
        self.region_name = region.name if region is not None else self.report.region
        self.region_title = f"Veiligheidsregio {self.region_name}"
        self.documents = {document.id: document for document in self.report.documents}
        self.deployments = {deployment.id: deployment for deployment in self.report.deployments}
        self.placed: list[_Placed] = []
        self._place_findings(main.findings, own=True)
        if inspection is not None:
            self._place_findings(inspection.findings, own=False)

    # -- findings ----------------------------------------------------------------------------

    def _place_findings(self, findings: Sequence[Finding], *, own: bool) -> None:
        """Sort every finding into the place it concerns (element, norm, document, ...)."""
        report = self.report if own else self.other
        assert report is not None
        names = Names(
            documents={document.id: document.title for document in report.documents},
            deployments={deployment.id: deployment.name for deployment in report.deployments},
        )
        for finding in findings:
            slot = self._slot(finding, own)
            message = reader_message(finding.message_id, finding.args, names, finding.message)
            place = self._place_ref(slot)
            view = FindingView(
                code=finding.code,
                slug=finding.slug,
                message_id=finding.message_id,
                rule=rule_label(finding.message_id, finding.slug),
                severity=SEVERITY_BADGES[finding.severity],
                message=message,
                location=f"{PurePath(finding.span.file).name}, regel {finding.span.line}",
                line=finding.span.line,
                acknowledged=finding.acknowledged,
                origin=self._origin(own=own, other=not own),
                place=place,
                place_named=place is not None and _names_place(message, place),
            )
            self.placed.append(_Placed(slot, view, own))

    def _origin(self, *, own: bool, other: bool) -> str | None:
        """Which file(s) a finding comes from, said only beside an inspectieoordeel."""
        if self.other is None:
            return None
        return BOTH_ORIGINS if own and other else OWN_ORIGIN if own else OTHER_ORIGIN

    def _slot(self, finding: Finding, own: bool) -> tuple[str, str]:
        """Where a finding is shown: ``(kind, key)``."""
        if own and finding.code in CYCLE_RULES:
            return ("cyclus", finding.code)
        if finding.code == RODE_DRAAD_RULE:
            return ("rode-draad", "")
        subject, path = finding.subject, finding.path
        if subject in self.catalogue.elements:
            return ("element", subject)
        if subject in self.catalogue.norms:
            return ("norm", subject)
        if len(path) >= 2 and path[0] == "normen" and path[1] in self.catalogue.norms:
            if len(path) >= 4 and path[2] == "elementen" and path[3] in self.catalogue.elements:
                return ("element", str(path[3]))
            return ("norm", str(path[1]))
        report = self.report if own else self.other
        if report is not None and len(path) >= 2 and isinstance(path[1], int):
            items: Mapping[str, Sequence[Document | Deployment | ImprovementPoint]] = {
                "documenten": report.documents,
                "inzetten": report.deployments,
                "verbeterpunten": report.improvements,
            }
            section = items.get(str(path[0]))
            if section is not None and 0 <= path[1] < len(section):
                key = section[path[1]].id
                if own:
                    return (str(path[0]), key)
                if path[0] == "verbeterpunten":
                    return ("inspectiepunt", key)
                if path[0] == "inzetten" and key in self.deployments:
                    return ("inzetten", key)
        return ("algemeen", "")

    def _place_ref(self, slot: tuple[str, str]) -> Ref | None:
        """The place a finding is shown, as a cross-reference (None: no fixed place)."""
        kind, key = slot
        if kind == "element":
            return Ref(f"element {key}", _anchor("element", key))
        if kind == "norm":
            return Ref(f"norm {key}", _anchor("norm", key))
        if kind == "documenten":
            return Ref(f"document ‘{_clean(self.documents[key].title)}’", _anchor("document", key))
        if kind == "inzetten":
            return Ref(f"inzet ‘{_clean(self.deployments[key].name)}’", _anchor("inzet", key))
        if kind == "verbeterpunten":
            noun = "aanbeveling" if self.by_inspection else "verbeterpunt"
            return Ref(f"{noun} {key}", _anchor("verbeterpunt", key))
        if kind == "inspectiepunt":
            return Ref(f"aanbeveling {key} van de Inspectie", _anchor("inspectiepunt", key))
        if kind == "cyclus":
            return Ref("wettelijke cycli", "cycli")
        if kind == "rode-draad":
            return Ref("rode draden", "rode-draden")
        return Ref("overige aandachtspunten", "overige-aandachtspunten")

    def findings_at(self, kind: str, key: str = "") -> tuple[FindingView, ...]:
        """The findings shown at one place, most serious first; the same from both files once."""
        return self._merged([placed for placed in self.placed if placed.slot == (kind, key)])

    def _merged(self, placed: Sequence[_Placed]) -> tuple[FindingView, ...]:
        """The findings once each, most serious first; the same one from both files becomes one.

        "The same" is: same place, code, message and acknowledgement; the merged finding names
        both files and both locations. Why: an inzet or norm both files record gives the same
        finding twice; a reader needs it once, with where it comes from.
        """
        groups: dict[tuple[tuple[str, str], str, str, str | None], list[_Placed]] = {}
        for item in placed:
            key = (item.slot, item.view.code, item.view.message, item.view.acknowledged)
            groups.setdefault(key, []).append(item)
        views = []
        for items in groups.values():
            first = items[0].view
            own = any(item.own for item in items)
            other = any(not item.own for item in items)
            views.append(
                replace(
                    first,
                    location="; ".join(dict.fromkeys(item.view.location for item in items)),
                    origin=self._origin(own=own, other=other),
                )
            )
        return tuple(sorted(views, key=_finding_order))

    # -- the whole view ----------------------------------------------------------------------

    def build(self) -> ReportView:
        """The complete view-model."""
        chapters = self._headings()
        sections = {heading.id: heading for heading in _walk(chapters)}
        toc = tuple(
            replace(chapter, children=tuple(child for child in chapter.children if child.number))
            for chapter in chapters
        )
        processes = self._processes(sections)
        improvements = self._improvements(self.report, "verbeterpunt", "verbeterpunten")
        recommendations = (
            self._improvements(self.other, "inspectiepunt", "inspectiepunt")
            if self.other is not None
            else ()
        )
        operations = self._operations()
        key_data = self._key_data()
        side_by_side = self.other is not None
        badges = (
            *(level.badge for level in self.levels.values()),
            *((self.unassessed.badge,) if self.unassessed is _UNASSESSED else ()),
            *STATUS_BADGES.values(),
            *SEVERITY_BADGES.values(),
            *TIME_BADGES.values(),
            OVERDUE_BADGE,
            DIFFERENCE_BADGE,
        )
        return ReportView(
            title_page=self._title_page(),
            toc=toc,
            sections=sections,
            side_by_side=side_by_side,
            own_label="Zelfbeeld" if side_by_side else "Oordeel",
            other_label="Inspectie",
            summary=self._summary(
                processes, improvements, recommendations, operations, key_data.cycles
            ),
            introduction=self._introduction(sections),
            key_data=key_data,
            processes=processes,
            operations=operations,
            learning=self._learning(improvements, recommendations),
            conclusion=self._conclusion(processes),
            appendices=self._appendices(),
            colophon=self._colophon(),
            badges=tuple(dict.fromkeys(badges)),
        )

    def _colophon(self) -> Colophon:
        """Who drew the report up, where the framework comes from and what generated it."""
        publication = self.catalogue.publication
        drawn_up = [
            f"{KIND_LABELS[report.kind]} opgesteld door {_clean(report.drafted.by)} op "
            f"{dutch_date(report.drafted.date)}."
            for report in (self.report, self.other)
            if report is not None
        ]
        return Colophon(
            disclaimer=DISCLAIMER,
            drawn_up=tuple(drawn_up),
            source=(
                f"Het toetsingskader in dit rapport komt uit het {publication.title} "
                f"{publication.subtitle} van de {publication.publisher_current} "
                f"({publication.published}); overname is toegestaan met vermelding van de bron."
            ),
            generated=(
                f"gegenereerd met tk4 {self.version}, peildatum {dutch_date(self.reference_date)}"
            ),
        )

    # -- headings ----------------------------------------------------------------------------

    def _headings(self) -> tuple[Heading, ...]:
        """The chapters with their sub-headings.

        Samenvatting and bijlagen are unnumbered, as in Dutch reports; chapters 1-6 and their
        paragraphs are numbered, the appendices are "Bijlage 1" and so on.
        """
        publication = self.catalogue.publication
        other_findings = bool(self.findings_at("algemeen"))
        inspection = (
            self.other if self.other is not None else (self.report if self.by_inspection else None)
        )
        recommends = inspection is not None and bool(inspection.improvements)
        chapters: list[tuple[str, str, list[tuple[str, str]]]] = [
            (
                "samenvatting",
                "Samenvatting, conclusies en aanbevelingen"
                if recommends
                else "Samenvatting en conclusies",
                [
                    ("beeld-in-het-kort", "Beeld in het kort"),
                    ("oordelen-in-cijfers", "Oordelen in cijfers"),
                    *([("aanbevelingen-inspectie", "Aanbevelingen van de Inspectie")] * recommends),
                    ("belangrijkste-aandachtspunten", "Belangrijkste aandachtspunten"),
                ],
            ),
            (
                "inleiding",
                "Inleiding",
                [("beoordelingskader", "Beoordelingskader"), ("werkwijze", "Werkwijze")],
            ),
            (
                "kerngegevens",
                "Kerngegevens",
                [
                    ("documentregister", "Documentregister"),
                    ("cycli", "Wettelijke cycli"),
                    *([("overige-aandachtspunten", "Overige aandachtspunten")] * other_findings),
                ],
            ),
            (
                "beoordeling",
                "Beoordeling per proces, norm en element",
                [
                    (_anchor("proces", process.id), f"{process.id} {process.title}")
                    for process in self.catalogue.processes
                ],
            ),
            (
                "prestaties",
                "Operationele prestaties",
                [
                    ("tijdnormen", "Tijdnormen uit het Besluit veiligheidsregio's"),
                    ("inzetten", f"Inzetten in {self.report.year}"),
                ],
            ),
            (
                "leren",
                "Leren en verbeteren",
                [
                    ("verbeterpunten", self.register.heading),
                    *(
                        [("aanbevelingen", "Aanbevelingen van de Inspectie")]
                        * (self.other is not None)
                    ),
                    ("rode-draden", "Rode draden"),
                ],
            ),
            (
                "eindconclusie",
                "Eindconclusie en overzicht scores",
                [
                    ("overzicht-scores", "Overzicht scores"),
                    ("dekking-aspecten", "Dekking per aspect"),
                ],
            ),
        ]
        headings = []
        for number, (key, title, children) in enumerate(chapters):
            chapter = str(number) if number else ""
            headings.append(
                _heading(
                    key,
                    chapter,
                    title,
                    tuple(
                        _heading(child, f"{chapter}.{index}" if chapter else "", child_title)
                        for index, (child, child_title) in enumerate(children, start=1)
                    ),
                )
            )
        appendices = (
            ("bijlage-toetsingskader", f"{publication.title} {publication.subtitle}"),
            ("bijlage-aandachtspunten", "Aandachtspunten uit de toetsing"),
            ("bijlage-afkortingen", "Afkortingen"),
        )
        headings.append(
            _heading(
                "bijlagen",
                "",
                "Bijlagen",
                tuple(
                    _heading(key, f"Bijlage {index}", title, separator=". ")
                    for index, (key, title) in enumerate(appendices, start=1)
                ),
            )
        )
        return tuple(headings)

    # -- title page --------------------------------------------------------------------------

    def _title_page(self) -> TitlePage:
        report = self.report
        kind = KIND_LABELS[report.kind]
        heading = f"{kind} {report.year}"
        if self.other is not None:
            heading = f"Zelfevaluatie en inspectieoordeel {report.year}"
        title = f"{heading}: {self.region_title}"
        publication = self.catalogue.publication
        concept = not any(self._judges(r) for r in (report, self.other) if r is not None)
        facts = [
            Fact("Veiligheidsregio", f"{report.region} {self.region_name}"),
            Fact("Verslagjaar", str(report.year)),
            Fact("Soort", kind if self.other is None else "Zelfevaluatie naast inspectieoordeel"),
            Fact(
                "Toetsingskader",
                f"versie {self.catalogue.version} ({publication.published})",
            ),
            Fact(
                "Zelfevaluatie opgesteld" if self.other is not None else "Opgesteld",
                f"{dutch_date(report.drafted.date)} door {_clean(report.drafted.by)}",
            ),
        ]
        if self.other is not None:
            facts.append(
                Fact(
                    "Inspectieoordeel opgesteld",
                    f"{dutch_date(self.other.drafted.date)} door {_clean(self.other.drafted.by)}",
                )
            )
        facts.append(Fact("Peildatum van de toetsing", dutch_date(self.reference_date)))
        return TitlePage(
            title=title,
            subtitle=f"{publication.title} {publication.subtitle}",
            region_code=report.region,
            region_name=self.region_name,
            year=report.year,
            kind=kind,
            catalogue_version=self.catalogue.version,
            drafted_date=dutch_date(report.drafted.date),
            drafted_by=_clean(report.drafted.by),
            reference_date=dutch_date(self.reference_date),
            running_header=(
                f"{'CONCEPT · ' if concept else ''}{report.region} {self.region_name} · {heading}"
            ),
            facts=tuple(facts),
            concept=(
                "CONCEPT: dit rapport bevat nog geen enkel oordeel over een norm of element."
                if concept
                else None
            ),
            authors="; ".join(
                dict.fromkeys(_clean(r.drafted.by) for r in (report, self.other) if r is not None)
            ),
        )

    def _judges(self, report: SelfReport) -> bool:
        """Whether ``report`` gives at least one assessed judgement of a norm or element."""
        judgements = [
            judgement
            for norm in report.norms.values()
            for judgement in (norm.judgement, *(e.judgement for e in norm.elements.values()))
        ]
        return any(j is not None and self.levels[j].rank is not None for j in judgements)

    # -- inleiding ---------------------------------------------------------------------------

    def _introduction(self, sections: Mapping[str, Heading]) -> Introduction:
        report, publication = self.report, self.catalogue.publication
        processes = self.catalogue.processes
        norms, elements = len(self.catalogue.norms), len(self.catalogue.elements)
        paragraphs = [
            "Dit rapport beschrijft de multidisciplinaire taakuitvoering van "
            f"{self.region_title} ({report.region}) in {report.year}. Het volgt het "
            f"{publication.title} {publication.subtitle} van de {publication.publisher_current} "
            f"({publication.published}). Dat kader kent "
            f"{counted_words(len(processes), 'proces', 'processen')} — "
            f"{enumeration([f'‘{process.title.lower()}’' for process in processes])} — met samen "
            f"{counted_words(norms, 'norm', 'normen')} en "
            f"{counted_words(elements, 'element', 'elementen')}."
        ]
        own = f"{_clean(report.drafted.by)}, {dutch_date(report.drafted.date)}"
        if self.other is not None:
            other = f"{_clean(self.other.drafted.by)}, {dutch_date(self.other.drafted.date)}"
            paragraphs.append(
                "Het rapport zet twee beoordelingen naast elkaar: het zelfbeeld van de regio uit "
                f"haar zelfevaluatie ({own}) en het oordeel van de Inspectie ({other}). Waar ze "
                "uiteenlopen, staat bij de norm of het element ‘verschil’, met de richting."
            )
            paragraphs.append(
                "Documentregister, wettelijke cycli, inzetten en verbeterpunten zijn die uit de "
                "zelfevaluatie. Uit het inspectieoordeel komen de oordelen over normen en "
                "elementen, de oordelen over de prestaties bij dezelfde inzetten en de "
                f"aanbevelingen (paragraaf {sections['aanbevelingen'].number}). Het eigen "
                "documentregister van de Inspectie is niet opgenomen; de stukken waarop zij haar "
                "oordelen baseert, staan daar als bewijs bij."
            )
        elif report.kind == "inspectieoordeel":
            paragraphs.append(f"De oordelen zijn die van de Inspectie ({own}).")
        else:
            paragraphs.append(
                f"De oordelen zijn die van de regio zelf, uit haar zelfevaluatie ({own})."
            )
        method = [
            "Naast de oordelen is het dossier getoetst op volledigheid en termijnen, met "
            f"peildatum {dutch_date(self.reference_date)}: ontbrekende oordelen, toelichtingen "
            "en bewijsstukken, de wettelijke cycli van plannen, visitatie en systeemtest, "
            "opkomsttijden tegen de normen van het Besluit veiligheidsregio's en de opvolging "
            "van verbeterpunten.",
            "Wat die toetsing vindt, staat als aandachtspunt bij het onderdeel waar het over gaat. "
            f"{sections['bijlage-aandachtspunten'].number} somt ze allemaal op, met de code van "
            "de toetsregel en de vindplaats in het bestand.",
        ]
        if self.switched_off:
            ran, total = len(self.rules), len(self.rules) + len(self.switched_off)
            method.append(
                f"Niet alle toetsregels zijn gebruikt: {ran} van de {total} stonden aan. Uit "
                f"stonden {enumeration(self._switched_off_names())}. Wat die regels toetsen, "
                "staat dus niet in dit rapport; een wettelijke cyclus waarvan de regel uit stond, "
                "heet ‘niet getoetst’."
            )
        return Introduction(
            paragraphs=tuple(paragraphs),
            scale=tuple(self._scale_with_unassessed()),
            method=tuple(method),
        )

    def _switched_off_names(self, limit: int | None = None) -> list[str]:
        """The rules that did not run, as "TK505 (kostenevaluatie verouderd)", cycles first.

        With ``limit``, at most that many, and then "nog N andere" as the last item.
        """
        codes = sorted(self.switched_off, key=lambda code: (code not in CYCLE_RULES, code))
        names = [f"{code} ({_rule_words(self.switched_off[code].slug or code)})" for code in codes]
        if limit is not None and len(names) > limit:
            rest = len(names) - limit
            names = [*names[:limit], f"nog {counted_words(rest, 'andere regel', 'andere regels')}"]
        return names

    # -- per process, norm and element ---------------------------------------------------------

    def _assessment(
        self, report: SelfReport, assessment: ElementAssessment | None
    ) -> AssessmentView:
        if assessment is None:
            return AssessmentView(self.unassessed, None, (), False, False)
        level = self.levels[assessment.judgement] if assessment.judgement else self.unassessed
        return AssessmentView(
            level=level,
            explanation=assessment.explanation,
            evidence=tuple(self._evidence(report, assessment.evidence)),
            reconfirm=assessment.reconfirm,
            present=assessment.judgement is not None,
        )

    def _link(self, report: SelfReport, document: Document) -> Link:
        """A document of ``report`` as a link that works from where the rendered report is."""
        return _document_link(document, self.link_folders.get(id(report), ""))

    def _evidence(self, report: SelfReport, ids: Sequence[str]) -> list[Link]:
        documents = {document.id: document for document in report.documents}
        return [self._link(report, documents[doc_id]) for doc_id in ids if doc_id in documents]

    def _judged(
        self, own_assessment: ElementAssessment | None, other_assessment: ElementAssessment | None
    ) -> _Judged:
        """Both judgements of a norm or element, how they compare, and if there is more to show.

        "More" is an explanation, evidence or a difference: reason for a block below the table.
        """
        own = self._assessment(self.report, own_assessment)
        other = self._assessment(self.other, other_assessment) if self.other is not None else None
        difference = _difference(own, other)
        more = any(
            assessment is not None and (assessment.explanation or assessment.evidence)
            for assessment in (own, other)
        )
        return _Judged(
            own=own,
            other=other,
            agree=other is not None and own.level.value == other.level.value,
            difference=difference,
            one_sided=_one_sided(own, other),
            more=more or difference is not None,
        )

    def _processes(self, sections: Mapping[str, Heading]) -> tuple[ProcessView, ...]:
        views = []
        for process in self.catalogue.processes:
            norms = []
            for norm in process.norms:
                own_norm = self.report.norms.get(norm.id)
                other_norm = self.other.norms.get(norm.id) if self.other is not None else None
                elements = []
                for element in norm.elements:
                    judged = self._judged(
                        own_norm.elements.get(element.id) if own_norm else None,
                        other_norm.elements.get(element.id) if other_norm else None,
                    )
                    findings = self.findings_at("element", element.id)
                    detailed = judged.more or bool(findings)
                    anchor = _anchor("element" if detailed else "rij-element", element.id)
                    view = ElementView(
                        id=element.id,
                        anchor=anchor,
                        row_id=None if detailed else anchor,
                        link=anchor if detailed else None,
                        appendix_anchor=_anchor("kader", element.id),
                        text=element.text,
                        subpoints=(
                            _subpoints(element.children, 1)
                            if element.text.rstrip().endswith(":")
                            else ()
                        ),
                        own=judged.own,
                        other=judged.other,
                        agree=judged.agree,
                        difference=judged.difference,
                        one_sided=judged.one_sided,
                        detailed=detailed,
                        findings=findings,
                    )
                    elements.append(view)
                judged = self._judged(own_norm, other_norm)
                findings = self.findings_at("norm", norm.id)
                detail = _anchor("toelichting-norm", norm.id)
                norms.append(
                    NormView(
                        id=norm.id,
                        anchor=_anchor("norm", norm.id),
                        row_id=None,
                        link=detail if judged.more or findings else None,
                        row_label=f"Norm {norm.id} als geheel",
                        detail_anchor=detail,
                        statement=norm.statement,
                        detail=norm.statement_detail,
                        legal_basis=self._legal(norm.legal_basis),
                        own=judged.own,
                        other=judged.other,
                        agree=judged.agree,
                        difference=judged.difference,
                        one_sided=judged.one_sided,
                        detailed=judged.more or bool(findings),
                        elements=tuple(elements),
                        findings=findings,
                    )
                )
            anchor = _anchor("proces", process.id)
            views.append(
                ProcessView(
                    id=process.id,
                    anchor=anchor,
                    heading=sections[anchor],
                    title=process.title,
                    statement=process.statement,
                    norms=tuple(norms),
                )
            )
        return tuple(views)

    def _aspect_names(self, element: Element) -> str:
        names = {aspect.id: aspect.name for aspect in self.catalogue.aspects}
        return ", ".join(names[aspect].lower() for aspect in element.aspects.aspects)

    def _legal(self, ids: Sequence[str]) -> str:
        bases = [self.catalogue.legal_by_id[basis] for basis in ids]
        return "; ".join(_keep_together(f"{basis.law} art. {basis.article}") for basis in bases)

    # -- summary -----------------------------------------------------------------------------

    def _level_counts(self, assessments: Sequence[AssessmentView]) -> tuple[LevelCount, ...]:
        counts = Counter(assessment.level.value for assessment in assessments)
        return tuple(
            LevelCount(
                level, counts[level.value], dutch_percent(counts[level.value], len(assessments))
            )
            for level in self._scale_with_unassessed()
        )

    def _scale_with_unassessed(self) -> list[Level]:
        levels = list(self.levels.values())
        if self.unassessed is _UNASSESSED:
            levels.append(_UNASSESSED)
        return levels

    def _summary(
        self,
        processes: tuple[ProcessView, ...],
        improvements: tuple[ImprovementView, ...],
        recommendations: tuple[ImprovementView, ...],
        operations: Operations,
        cycles: tuple[CycleRow, ...],
    ) -> Summary:
        norms = [norm for process in processes for norm in process.norms]
        elements = [element for norm in norms for element in norm.elements]
        norm_counts = self._level_counts([norm.own for norm in norms])
        element_counts = self._level_counts([element.own for element in elements])
        columns = ["Normen", "Elementen"]
        count_sets = [norm_counts, element_counts]
        if self.other is not None:
            columns = [
                "Normen (zelfbeeld)",
                "Normen (inspectie)",
                "Elementen (zelfbeeld)",
                "Elementen (inspectie)",
            ]
            count_sets = [
                norm_counts,
                self._level_counts([norm.other for norm in norms if norm.other is not None]),
                element_counts,
                self._level_counts(
                    [element.other for element in elements if element.other is not None]
                ),
            ]
        rows = tuple(
            CountRow(level, tuple(counts[index].count for counts in count_sets))
            for index, level in enumerate(self._scale_with_unassessed())
        )
        open_points = [point for point in improvements if point.open]
        overdue = [point for point in improvements if point.overdue]
        everything = self._merged(self.placed)
        gaps = [finding for finding in everything if finding.acknowledged is None]
        tally = Counter(finding.severity.label for finding in everything)
        acknowledged = len(everything) - len(gaps)
        norm_diffs = element_diffs = None
        if self.other is not None:
            norm_diffs = sum(1 for norm in norms if norm.difference is not None)
            element_diffs = sum(1 for element in elements if element.difference is not None)
        assessed_elements = sum(c.count for c in element_counts if c.level.assessed)
        open_errors = sum(1 for finding in gaps if finding.severity.label == "fout")
        register = self.register
        figures = [
            Fact(
                "Elementen beoordeeld",
                f"{assessed_elements} van {len(elements)} "
                f"({dutch_percent(assessed_elements, len(elements))})",
            ),
            Fact(
                f"{capitalised(register.plural)} open",
                (
                    f"{len(open_points)} van {len(improvements)}, "
                    f"{_none_or(len(overdue))} over de termijn"
                )
                if improvements
                else f"geen {register.plural} vastgelegd",
            ),
        ]
        if norm_diffs is not None and element_diffs is not None:
            figures.append(
                Fact(
                    "Verschillen met de Inspectie",
                    f"{counted(norm_diffs, 'norm', 'normen')}, "
                    f"{counted(element_diffs, 'element', 'elementen')}",
                )
            )
            for label, side in (
                ("Alleen beoordeeld door de Inspectie", ONLY_INSPECTION),
                ("Alleen beoordeeld door de regio", ONLY_REGION),
            ):
                alone_norms = sum(1 for norm in norms if norm.one_sided == side)
                alone_elements = sum(1 for element in elements if element.one_sided == side)
                alone = [
                    counted(count, singular, plural)
                    for count, singular, plural in (
                        (alone_norms, "norm", "normen"),
                        (alone_elements, "element", "elementen"),
                    )
                    if count
                ]
                if alone:
                    figures.append(Fact(label, ", ".join(alone)))
            figures.append(Fact("Aanbevelingen van de Inspectie", str(len(recommendations))))
        measured = sum(row.measured for row in operations.time_norms)
        if not operations.deployments:
            deployments = "geen inzetten vastgelegd"
        elif not measured:
            deployments = f"{len(operations.deployments)}, zonder gemeten opkomsttijden"
        else:
            deployments = (
                f"{len(operations.deployments)}, met {operations.times_over} van {measured} "
                "opkomsttijden boven de Bvr-norm"
            )
        figures += [
            Fact("Inzetten", deployments),
            Fact(
                "Aandachtspunten uit de toetsing",
                (f"{len(gaps)} open" if gaps else "geen open")
                + (f", waarvan {counted(open_errors, 'fout', 'fouten')}" if open_errors else "")
                + (f"; {acknowledged} bewust geaccepteerd" if acknowledged else ""),
            ),
        ]
        inspection_points = (
            recommendations
            if self.other is not None
            else (improvements if self.by_inspection else ())
        )
        return Summary(
            paragraphs=self._overview(
                processes, improvements, recommendations, operations, gaps, acknowledged, cycles
            ),
            count_columns=tuple(columns),
            count_rows=rows,
            key_figures=tuple(figures),
            recommendations=inspection_points,
            recommendations_intro=(
                prose.recommendations_intro(
                    len(inspection_points),
                    all(point.kind == "aanbeveling" for point in inspection_points),
                )
                if inspection_points
                else None
            ),
            open_improvements=len(open_points),
            overdue_improvements=len(overdue),
            errors=tally["fout"],
            warnings=tally["waarschuwing"],
            infos=tally["melding"],
            acknowledged=acknowledged,
            norm_differences=norm_diffs,
            element_differences=element_diffs,
            main_gaps=tuple(gaps[:MAIN_GAPS_SHOWN]),
            more_gaps=max(0, len(gaps) - MAIN_GAPS_SHOWN),
        )

    def _overview(
        self,
        processes: tuple[ProcessView, ...],
        improvements: tuple[ImprovementView, ...],
        recommendations: tuple[ImprovementView, ...],
        operations: Operations,
        gaps: Sequence[FindingView],
        acknowledged: int,
        cycles: tuple[CycleRow, ...],
    ) -> tuple[str, ...]:
        """The "Beeld in het kort": the conclusion in a few paragraphs of prose.

        It opens with the legal obligations that are not met (they weigh most for a board),
        then the judgements, which are the Inspectie's when there is an inspectieoordeel.
        """
        scores = tuple(
            prose.ProcessScore(
                title=process.title,
                id=process.id,
                norms=tuple(
                    prose.JudgedNorm(norm.id, process.id, level.value, level.rank)
                    for norm in process.norms
                    for level in [(norm.other or norm.own).level]
                ),
            )
            for process in processes
        )
        norms = [norm for score in scores for norm in score.norms]
        order = [level.value for level in self.levels.values() if level.assessed]
        by_inspection = self.other is not None or self.by_inspection
        subject = "De Inspectie" if by_inspection else self.region_title
        legal = prose.legal_sentences(
            [self._legal_gap(cycle) for cycle in cycles if cycle.status in _GAP_STATUSES],
            [cycle.noun for cycle in cycles if cycle.status == STATUS_BADGES["niet getoetst"]],
        )
        first = [prose.judgement_sentence(subject, norms, order)]
        views = [norm for process in processes for norm in process.norms]
        if self.other is not None:
            elements = [element for norm in views for element in norm.elements]
            first.append(
                prose.difference_sentences(
                    sum(1 for norm in views if _compared(norm.own, norm.other)),
                    len(views),
                    [(norm.id, norm.difference.direction) for norm in views if norm.difference],
                    sum(1 for element in elements if _compared(element.own, element.other)),
                    sum(1 for element in elements if element.difference is not None),
                )
            )
            for side, who in ((ONLY_INSPECTION, "de Inspectie"), (ONLY_REGION, "de regio")):
                first.append(
                    prose.one_sided_sentence(
                        who,
                        [norm.id for norm in views if norm.one_sided == side],
                        [element.id for element in elements if element.one_sided == side],
                    )
                )
        strength = prose.strength_sentences(scores, order[0] if order else "")
        rules: Counter[str] = Counter(finding.rule.lower() for finding in gaps)
        errors = sum(1 for finding in gaps if finding.severity == SEVERITY_BADGES[Severity.ERROR])
        register = self.register
        follow_up = [
            prose.improvement_sentence(
                len(improvements),
                sum(1 for point in improvements if point.open),
                sum(1 for point in improvements if point.overdue),
                (register.singular, register.plural),
                register.where,
            )
        ]
        if self.other is not None:
            follow_up.append(
                prose.recommendation_sentence(
                    len(recommendations),
                    all(point.kind == "aanbeveling" for point in recommendations),
                    list(dict.fromkeys(p.theme for p in recommendations if p.theme)),
                )
            )
        follow_up.append(operations.summary)
        findings = prose.findings_sentences(list(rules.items()), errors, acknowledged)
        if self.switched_off:
            findings += (
                " Niet getoetst, omdat de regel uit stond: "
                f"{enumeration(self._switched_off_names(limit=5))}."
            )
        paragraphs = [legal, " ".join(p for p in first if p), strength, " ".join(follow_up)]
        paragraphs.append(findings)
        return tuple(paragraph for paragraph in paragraphs if paragraph)

    def _legal_gap(self, cycle: CycleRow) -> str:
        """What is wrong with a legal cycle, as a clause for the summary."""
        basis = f"{_short_basis(cycle.basis)}: {cycle.term}" if cycle.term != "—" else cycle.basis
        if cycle.status == STATUS_BADGES["ontbreekt"]:
            if cycle.key == "systeemtest":
                clause = f"er is over {self.report.year} geen systeemtest vastgelegd ({basis})"
            else:
                clause = f"{cycle.noun} ontbreekt ({basis})"
        elif cycle.status == STATUS_BADGES["verlopen"]:
            done = "gehouden" if cycle.key == "systeemtest" else "vastgesteld"
            clause = f"{cycle.noun} is verlopen, laatst {done} op {cycle.latest_date} ({basis})"
        else:
            clause = f"{cycle.noun} is niet op orde: {cycle.findings[0].message}"
        if not cycle.acknowledged:
            return clause
        accepted = "door de regio bewust geaccepteerd"
        return f"{clause[:-1]}; {accepted})" if clause.endswith(")") else f"{clause} ({accepted})"

    # -- kerngegevens ------------------------------------------------------------------------

    def _key_data(self) -> KeyData:
        documents = tuple(
            DocumentView(
                id=document.id,
                anchor=_anchor("document", document.id),
                kind=DOCUMENT_KIND_LABELS[document.kind],
                title=self._link(self.report, document),
                adopted=_optional_date(document.adopted),
                adopted_by=_clean(document.adopted_by) if document.adopted_by else None,
                valid_until=_optional_date(document.valid_until),
                findings=self.findings_at("documenten", document.id),
            )
            for document in self.report.documents
        )
        return KeyData(
            documents=documents,
            cycles=tuple(self._cycle_row(cycle) for cycle in CYCLES),
            other_findings=self.findings_at("algemeen"),
        )

    def _cycle_row(self, cycle: _Cycle) -> CycleRow:
        ran = self.rules.get(cycle.rule)
        # The legal term and basis are the law's, so they are shown also when the rule was off.
        setting = ran or self.switched_off.get(cycle.rule)
        findings = self.findings_at("cyclus", cycle.rule)
        latest: Link | None = None
        latest_date: dt.date | None = None
        if cycle.document_kind is None:
            tests = [
                d
                for d in self.report.deployments
                if d.kind == "systeemtest" and d.date <= self.reference_date
            ]
            if tests:
                newest = max(tests, key=lambda d: d.date)
                latest, latest_date = Link(_clean(newest.name)), newest.date
        else:
            adopted = [
                (d, d.adopted)
                for d in self.report.documents
                if d.kind == cycle.document_kind
                and d.adopted is not None
                and d.adopted <= self.reference_date
            ]
            if adopted:
                document, latest_date = max(adopted, key=lambda item: item[1])
                latest = self._link(self.report, document)
        if ran is None:
            status = STATUS_BADGES["niet getoetst"]
        elif not findings:
            status = STATUS_BADGES["op orde"]
        elif latest is None:
            status = STATUS_BADGES["ontbreekt"]
        elif any(finding.message_id == cycle.rule for finding in findings):
            status = STATUS_BADGES["verlopen"]  # the base message of a cycle rule: too old
        else:
            status = STATUS_BADGES["niet op orde"]
        return CycleRow(
            key=cycle.key,
            label=cycle.label,
            noun=cycle.noun,
            rule=cycle.rule,
            basis=_keep_together(setting.basis) if setting is not None else "—",
            term=_cycle_term(cycle, setting),
            latest=latest,
            latest_date=_optional_date(latest_date),
            status=status,
            acknowledged=bool(findings) and all(f.acknowledged is not None for f in findings),
            findings=findings,
        )

    # -- operationele prestaties -------------------------------------------------------------

    def _operations(self) -> Operations:
        deployments = sorted(self.report.deployments, key=lambda d: (d.date, d.id))
        views = tuple(self._deployment(deployment) for deployment in deployments)
        measured: Counter[str] = Counter()
        over: Counter[str] = Counter()
        for deployment in deployments:
            for norm_id, minutes in deployment.turnout_minutes.items():
                measured[norm_id] += 1
                over[norm_id] += minutes > self.catalogue.time_norm_by_id[norm_id].minutes
        rows = tuple(
            TimeNormRow(
                id=norm.id,
                label=norm.label,
                minutes=dutch_number(norm.minutes),
                basis=self._legal([norm.legal_basis]),
                measured=measured[norm.id],
                over=over[norm.id],
            )
            for norm in self.catalogue.time_norms
        )
        times_over = sum(over.values())
        kinds: Counter[str] = Counter(deployment.kind for deployment in deployments)
        return Operations(
            time_norms=rows,
            deployments=views,
            summary=prose.deployment_sentences(
                self.report.year,
                [(kinds[kind], *DEPLOYMENT_KINDS[kind]) for kind in DEPLOYMENT_KINDS],
                sum(measured.values()),
                times_over,
            ),
            note=self._operations_note(views),
            measured=sum(measured.values()),
            times_over=times_over,
        )

    def _operations_note(self, views: Sequence[DeploymentView]) -> str | None:
        """Beside an inspectieoordeel: which of the Inspectie's inzetten the chapter shows."""
        if self.other is None:
            return None
        judged = sum(1 for view in views if view.judged_by_inspection)
        note = (
            "De inzetten, opkomsttijden en oordelen van de regio komen uit de zelfevaluatie. "
            + (
                f"Bij {counted_words(judged, 'inzet', 'inzetten')} staat ook het oordeel van "
                "de Inspectie over de prestaties."
                if judged
                else "De Inspectie oordeelt over geen van deze inzetten."
            )
        )
        only = [d for d in self.other.deployments if d.id not in self.deployments]
        if only:
            names = enumeration([f"{_clean(d.name)} ({dutch_date(d.date)})" for d in only])
            note += (
                f" Het inspectieoordeel noemt daarnaast {names}; die "
                f"{'inzet staat' if len(only) == 1 else 'inzetten staan'} niet in de "
                f"zelfevaluatie en {'wordt' if len(only) == 1 else 'worden'} hier niet uitgewerkt."
            )
        return note

    def _deployment(self, deployment: Deployment) -> DeploymentView:
        times = []
        order = {norm.id: index for index, norm in enumerate(self.catalogue.time_norms)}
        for norm_id, minutes in sorted(
            deployment.turnout_minutes.items(), key=lambda item: order[item[0]]
        ):
            norm = self.catalogue.time_norm_by_id[norm_id]
            is_over = minutes > norm.minutes
            times.append(
                TimeView(
                    label=norm.label,
                    norm=dutch_number(norm.minutes),
                    actual=dutch_number(minutes),
                    over=is_over,
                    excess=dutch_number(minutes - norm.minutes) if is_over else "",
                    badge=TIME_BADGES[is_over],
                )
            )
        other = next(
            (d for d in (self.other.deployments if self.other else ()) if d.id == deployment.id),
            None,
        )
        own_levels = _performance(deployment)
        other_levels = _performance(other) if other is not None else {}
        performance = [
            PerformanceView(
                label,
                self.levels[own.judgement] if own is not None else None,
                own.explanation if own is not None else None,
                self.levels[theirs.judgement] if theirs is not None else None,
                theirs.explanation if theirs is not None else None,
            )
            for key, label in LEVEL_LABELS
            for own, theirs in [(own_levels.get(key), other_levels.get(key))]
            if own is not None or theirs is not None
        ]
        evaluation = (
            self._link(self.report, self.documents[deployment.evaluation])
            if deployment.evaluation in self.documents
            else None
        )
        grip = deployment.grip
        return DeploymentView(
            id=deployment.id,
            anchor=_anchor("inzet", deployment.id),
            kind=DEPLOYMENT_KINDS[deployment.kind][0],
            name=deployment.name,
            date=dutch_date(deployment.date),
            grip="—" if grip is None else f"GRIP {grip}",
            teams=", ".join(TEAM_LABELS[team] for team in deployment.teams) or "—",
            times=tuple(times),
            performance=tuple(performance),
            judged_by_inspection=bool(other_levels),
            evaluation=evaluation,
            explanation=deployment.explanation,
            findings=self.findings_at("inzetten", deployment.id),
        )

    # -- leren en verbeteren -----------------------------------------------------------------

    def _improvements(
        self, report: SelfReport, anchor_kind: str, slot: str
    ) -> tuple[ImprovementView, ...]:
        """The register of ``report``; ``slot`` is where its findings were placed.

        Open and overdue are judged on :meth:`_register_day`; a description that opens with
        its own kind ("Aanbeveling: …") loses that word, which the table's column already says.
        """
        day = self._register_day(report)
        views = []
        for point in report.improvements:
            overdue = is_overdue(point, day)
            views.append(
                ImprovementView(
                    id=point.id,
                    anchor=_anchor(anchor_kind, point.id),
                    description=_without_kind(point.description, point.kind),
                    particulars=", ".join(
                        part
                        for part in (
                            _clean(point.owner) if point.owner else "eigenaar niet genoemd",
                            f"uiterlijk {dutch_date(point.deadline)}" if point.deadline else "",
                        )
                        if part
                    ),
                    kind=point.kind,
                    source=self._source_ref(report, point.source),
                    norms=tuple(Ref(norm, _anchor("norm", norm)) for norm in point.norms),
                    theme=point.theme,
                    owner=point.owner or "—",
                    deadline=_optional_date(point.deadline),
                    status=point.status,
                    completed=dutch_date(point.completed) if point.completed else None,
                    open=is_open(point, day),
                    overdue=overdue,
                    overdue_badge=OVERDUE_BADGE if overdue else None,
                    evidence=tuple(self._evidence(report, point.evidence)),
                    findings=self.findings_at(slot, point.id),
                )
            )
        return tuple(views)

    def _source_ref(self, report: SelfReport, source: str | None) -> Ref | None:
        """Where a point comes from; a link when the report shows that inzet or document."""
        if source is None:
            return None
        deployments = {deployment.id: deployment for deployment in report.deployments}
        documents = {document.id: document for document in report.documents}
        if source in deployments:
            shown = source in self.deployments
            return Ref(
                f"inzet ‘{_clean(deployments[source].name)}’",
                _anchor("inzet", source) if shown else None,
            )
        if source in documents:
            shown = source in self.documents
            return Ref(
                f"document ‘{_clean(documents[source].title)}’",
                _anchor("document", source) if shown else None,
            )
        return None

    def _learning(
        self,
        improvements: tuple[ImprovementView, ...],
        recommendations: tuple[ImprovementView, ...],
    ) -> Learning:
        return Learning(
            improvements=improvements,
            summary=self._register_summary(improvements, self.report, self.register.subject),
            improvements_caption=self.register.caption,
            improvements_column=self.register.column,
            recommendations=recommendations,
            recommendations_summary=(
                self._register_summary(recommendations, self.other, "Het inspectieoordeel")
                if self.other is not None
                else None
            ),
            recommendations_caption=INSPECTION_REGISTER.caption,
            recommendations_column=INSPECTION_REGISTER.column,
            rode_draden=self.findings_at("rode-draad"),
            rode_draden_checked=RODE_DRAAD_RULE in self.rules,
        )

    def _register_day(self, report: SelfReport) -> dt.date:
        """The day on which a register's points are open or overdue.

        The peildatum, except for an inspectieoordeel drawn up after it: its recommendations
        did not exist on the peildatum, so they are judged on the day it was drawn up.
        """
        if report.kind == "inspectieoordeel" and report.drafted.date > self.reference_date:
            return report.drafted.date
        return self.reference_date

    def _register_summary(
        self, points: Sequence[ImprovementView], report: SelfReport, subject: str
    ) -> str:
        day = self._register_day(report)
        when = (
            f"Op de peildatum ({dutch_date(day)})"
            if day == self.reference_date
            else f"Op {dutch_date(day)}, de datum van het inspectieoordeel,"
        )
        return prose.register_sentence(
            subject,
            len(points),
            sum(1 for point in points if point.open),
            sum(1 for point in points if point.overdue),
            when,
        )

    # -- eindconclusie -----------------------------------------------------------------------

    def _conclusion(self, processes: tuple[ProcessView, ...]) -> Conclusion:
        norms = [norm for process in processes for norm in process.norms]
        levels = self._scale_with_unassessed()
        lines = tuple(
            (
                level,
                tuple(
                    Ref(norm.id, norm.anchor)
                    for norm in norms
                    if (norm.other or norm.own).level == level
                ),
            )
            for level in levels
        )
        own_mark = Mark("Z", "zelfbeeld") if self.other is not None else Mark("●", "oordeel")
        other_mark = Mark("I", "inspectieoordeel")
        matrix = []
        for norm in norms:
            cells = []
            for level in levels:
                marks = tuple(
                    mark
                    for mark, assessment in ((own_mark, norm.own), (other_mark, norm.other))
                    if assessment is not None and assessment.level == level
                )
                cells.append(MatrixCell(level, marks, bool(marks)))
            matrix.append(
                MatrixRow(
                    norm=Ref(norm.id, norm.anchor),
                    statement=norm.statement,
                    cells=tuple(cells),
                    difference=norm.difference,
                    one_sided=norm.one_sided,
                )
            )
        legend = (own_mark, other_mark) if self.other is not None else (own_mark,)
        aspects = self._aspect_rows(levels)
        height = _CHART_PADDING * 2 + _CHART_ROW_HEIGHT * len(aspects)
        chart = Chart(
            width=str(_CHART_LABEL_WIDTH + _CHART_BAR_WIDTH + _CHART_SHARE_WIDTH),
            height=str(height),
            bar_x=str(_CHART_LABEL_WIDTH),
            bar_width=str(_CHART_BAR_WIDTH),
            bar_height=str(_CHART_BAR_HEIGHT),
            share_x=str(_CHART_LABEL_WIDTH + _CHART_BAR_WIDTH + 8),
            description="; ".join(
                f"{aspect.name}: {aspect.assessed} van {aspect.total} elementen beoordeeld "
                f"({aspect.share}), "
                + ", ".join(f"{c.count} {c.level.value}" for c in aspect.counts if c.count)
                for aspect in aspects
            ),
        )
        whose = "door de Inspectie " if self.other is not None or self.by_inspection else ""
        return Conclusion(
            paragraphs=tuple(
                prose.process_conclusion(
                    process.title,
                    process.id,
                    [
                        prose.JudgedNorm(norm.id, process.id, level.value, level.rank)
                        for norm in process.norms
                        for level in [(norm.other or norm.own).level]
                    ],
                    [
                        (norm.id, norm.difference.direction)
                        for norm in process.norms
                        if norm.difference is not None
                    ],
                    sum(
                        1
                        for norm in process.norms
                        for finding in (
                            *norm.findings,
                            *(f for e in norm.elements for f in e.findings),
                        )
                        if finding.acknowledged is None
                    ),
                    "De Inspectie" if self.other is not None or self.by_inspection else "De regio",
                )
                for process in processes
            ),
            lines_intro=(
                "De normen per oordeel van de Inspectie:"
                if self.other is not None or self.by_inspection
                else "De normen per oordeel:"
            ),
            lines=lines,
            matrix_levels=tuple(levels),
            matrix=tuple(matrix),
            legend=legend,
            aspects_note=(
                f"Hoeveel van de elementen die bij een aspect horen {whose}zijn beoordeeld, en "
                "met welk oordeel"
                + (
                    "; net als de rest van dit hoofdstuk volgt dit het inspectieoordeel, niet "
                    "de zelfevaluatie"
                    if self.other is not None
                    else ""
                )
                + ". De koppeling van elementen aan aspecten is een interpretatie van tk4; het "
                "toetsingskader zelf legt die niet."
            ),
            aspects=aspects,
            chart=chart,
        )

    def _aspect_rows(self, levels: list[Level]) -> tuple[AspectRow, ...]:
        rows = []
        for index, aspect in enumerate(self.catalogue.aspects):
            tagged = [e for e in self.catalogue.elements.values() if aspect.id in e.aspects.aspects]
            judged = [self._element_level(element) for element in tagged]
            counts = tuple(
                LevelCount(
                    level, judged.count(level), dutch_percent(judged.count(level), len(judged))
                )
                for level in levels
            )
            assessed = sum(count.count for count in counts if count.level.assessed)
            segments = []
            offset = 0.0
            for count in counts:
                if count.count == 0:
                    continue
                width = _CHART_BAR_WIDTH * count.count / len(judged)
                segments.append(
                    Segment(
                        count.level,
                        count.count,
                        _svg_number(_CHART_LABEL_WIDTH + offset),
                        _svg_number(width),
                    )
                )
                offset += width
            top = _CHART_PADDING + index * _CHART_ROW_HEIGHT
            rows.append(
                AspectRow(
                    id=aspect.id,
                    name=aspect.name,
                    total=len(tagged),
                    assessed=assessed,
                    share=dutch_percent(assessed, len(tagged)),
                    counts=counts,
                    segments=tuple(segments),
                    y=str(top + (_CHART_ROW_HEIGHT - _CHART_BAR_HEIGHT) // 2),
                    text_y=str(top + _CHART_ROW_HEIGHT // 2 + 5),
                )
            )
        return tuple(rows)

    def _element_level(self, element: Element) -> Level:
        """An element's judgement as the eindconclusie counts it (the Inspectie's, if any)."""
        report = self.other if self.other is not None else self.report
        norm = report.norms.get(self.catalogue.norm_of_element[element.id])
        assessment = norm.elements.get(element.id) if norm is not None else None
        if assessment is None or assessment.judgement is None:
            return self.unassessed
        return self.levels[assessment.judgement]

    # -- bijlagen ----------------------------------------------------------------------------

    def _appendices(self) -> Appendices:
        publication = self.catalogue.publication
        processes = tuple(
            FrameworkProcess(
                id=process.id,
                title=process.title,
                description=process.description,
                statement=process.statement,
                norms=tuple(
                    FrameworkNorm(
                        id=norm.id,
                        anchor=_anchor("kader", norm.id),
                        statement=norm.statement,
                        detail=norm.statement_detail,
                        elements=tuple(
                            FrameworkElement(
                                id=element.id,
                                anchor=_anchor("kader", element.id),
                                text=element.text,
                                aspects=self._aspect_names(element),
                                subpoints=_subpoints(element.children, 1),
                            )
                            for element in norm.elements
                        ),
                    )
                    for norm in process.norms
                ),
            )
            for process in self.catalogue.processes
        )
        errata = tuple(
            ErratumView(
                id=erratum.id,
                kind=ERRATUM_KINDS.get(erratum.kind, erratum.kind.replace("-", " ")),
                location=_for_reader(erratum.location),
                as_printed=_clean(erratum.as_printed),
                reading=capitalised(_for_reader(erratum.tk4_reading)),
            )
            for erratum in self.catalogue.errata
        )
        return Appendices(
            framework_title=f"{publication.title} {publication.subtitle}",
            source_reference=(
                f"De tekst van het {publication.title} {publication.subtitle}, versie "
                f"{publication.published}, van de {publication.publisher_current} (bij "
                f"verschijnen heette zij nog {publication.publisher_as_printed}); in werking "
                f"sinds {dutch_date(publication.in_force)}. Processen, normen, elementen en "
                "subpunten staan er letterlijk; de indeling in aspecten is van tk4."
            ),
            processes=processes,
            errata=errata,
            findings_note=(
                "Alle bevindingen van de toetsing, per bestand in de volgorde van de regels, met "
                "de code van de toetsregel en de vindplaats; in de tekst staan ze bij het "
                "onderdeel waar ze over gaan."
            ),
            findings=tuple(
                placed.view
                for placed in sorted(
                    self.placed, key=lambda p: (not p.own, p.view.line, p.view.code)
                )
            ),
            abbreviations=tuple(
                AbbreviationView(item.term, item.meaning)
                for item in sorted(
                    self.abbreviations.abbreviations, key=lambda a: a.term.casefold()
                )
            ),
        )


# --- helpers ------------------------------------------------------------------------------

_UNASSESSED = Level(
    value="niet beoordeeld",
    label="Niet beoordeeld",
    description="Geen oordeel gegeven.",
    assessed=False,
    rank=None,
    badge=Badge("Niet beoordeeld", "oordeel-niet-beoordeeld", *NEUTRAL),
)
"""The level shown for a missing judgement when the scale has no level without rank."""

_REFERENCE = re.compile(r"(\bart\.|§) (?=\d)")
_LINE_NUMBERS = re.compile(r"\s*\(r\. [0-9, \-]+\)|\br\. [0-9][0-9, \-]*(?=[:) ])")
_FIELD_NAMES = (
    (re.compile(r"\s*\((?:publisher_as_printed|publisher_current)\)"), ""),
    (re.compile(r"\bstatement_detail = "), "formulering in hoofdstuk 4 uit "),
    (re.compile(r"\bstatement = "), "normtekst uit "),
    (re.compile(r"\bpublished: "), "verschenen: "),
    (re.compile(r"\bcolophon_date: "), "datum in het colofon: "),
    (re.compile(r"\bin_force: "), "in werking: "),
    (re.compile(r"\s*\(basis: interpretatie-tk4\)"), ""),
)
"""Catalogue field names in the errata, with the words a reader understands instead."""
ERRATUM_KINDS: Mapping[str, str] = {
    "naam-uitgever": "naam van de uitgever",
    "inhoudsopgave": "inhoudsopgave",
    "kapotte-verwijzing": "verbroken verwijzing",
    "datum": "datum",
    "formulering-h3-h4": "formulering hoofdstuk 3 en 4",
    "typefout": "typefout",
    "taalfout": "taalfout",
    "ontbreekt-in-tekstversie": "ontbreekt in de tekstversie",
    "opmaak-tekstversie": "opmaak van de tekstversie",
}
"""Dutch labels of the kinds of errata."""
_FOLDER_SAFE = "/-._~"
"""Characters of a folder prefix kept as they are in a link; the rest is percent-encoded."""


def _level(level: ScaleLevel) -> Level:
    return Level(
        value=level.value,
        label=level.label,
        description=level.description,
        assessed=level.assessed,
        rank=level.rank,
        badge=Badge(level.label, f"oordeel-{_slug(level.value)}", level.colour, level.text_colour),
    )


def _slug(text: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens: safe in ids and CSS class names."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _anchor(kind: str, key: str) -> str:
    """The HTML id of a place in the report, e.g. ``element-rb-a-1``, ``inzet-st-2024``."""
    return f"{kind}-{_slug(key)}"


def _md_anchor(title: str) -> str:
    """The anchor GitHub and GitLab give a Markdown heading with ``title``."""
    text = re.sub(r"[^\w\- ]", "", title.lower())
    return text.replace(" ", "-")


def _heading(
    key: str, number: str, title: str, children: tuple[Heading, ...] = (), *, separator: str = " "
) -> Heading:
    """A heading with its number and sub-headings."""
    text = f"{number}{separator}{title}" if number else title
    return Heading(key, number, title, text, _md_anchor(text), children)


def _walk(headings: Sequence[Heading]) -> list[Heading]:
    """Every heading and sub-heading, in order."""
    return [item for heading in headings for item in (heading, *_walk(heading.children))]


def _clean(text: str | None) -> str:
    """``text`` as one line (for short values shown inline)."""
    return " ".join((text or "").split())


def _keep_together(text: str) -> str:
    """``text`` with a no-break space in "art. 14" and "§ 1.2", so a reference never wraps."""
    return _REFERENCE.sub("\\1\u00a0", text)


def _for_reader(text: str) -> str:
    """Erratum text without line numbers of the text version or catalogue field names."""
    text = _LINE_NUMBERS.sub("", _clean(text))
    for pattern, words in _FIELD_NAMES:
        text = pattern.sub(words, text)
    return re.sub(r"\s+([,;:.)])", "\\1", text).strip()


def _rule_words(slug: str) -> str:
    """A rule's name in lower-case words, from its slug: "kostenevaluatie verouderd"."""
    return slug.replace("-", " ")


def _without_kind(description: str, kind: str) -> str:
    """``description`` without a leading "Aanbeveling:" when the point is an aanbeveling."""
    prefix = re.match(rf"\s*{re.escape(kind)}\s*:\s*", description, re.IGNORECASE)
    if prefix is None or prefix.end() == len(description):
        return description
    rest = description[prefix.end() :]
    return rest[:1].upper() + rest[1:]


def _compared(own: AssessmentView, other: AssessmentView | None) -> bool:
    """Whether both sides gave an assessed judgement, so the two can be compared."""
    return other is not None and own.level.rank is not None and other.level.rank is not None


def _short_basis(basis: str) -> str:
    """The first legal source of a rule's basis: "Wvr art. 56" of "Wvr art. 56; …"."""
    return re.split(r"\s*[;(]", basis, maxsplit=1)[0]


def _names_place(message: str, place: Ref) -> bool:
    """Whether ``message`` already names ``place`` ("element UV.E.2", "inzet ‘Brand’")."""
    _, _, name = place.text.partition(" ")
    return place.text in message or (name.startswith("‘") and name in message)


def _none_or(count: int) -> str:
    """A count in a short value, "geen" for zero: "geen over de termijn", "2 over de termijn"."""
    return str(count) if count else "geen"


def _optional_date(day: dt.date | None) -> str:
    return dutch_date(day) if day is not None else "—"


def _svg_number(value: float) -> str:
    """A coordinate for SVG: dot as decimal separator, at most one decimal."""
    return f"{value:.1f}".removesuffix(".0")


def _document_link(document: Document, folder: str) -> Link:
    """A document's title as a link to its reference; a relative one is put under ``folder``."""
    href = safe_href(document.reference)
    unsafe = (
        shown_reference(document.reference)
        if document.reference is not None and href is None
        else None
    )
    if href is not None and folder:
        href = _under(quote(folder, safe=_FOLDER_SAFE), href)
    return Link(text=_clean(document.title), href=href, unsafe_reference=unsafe)


def _under(folder: str, href: str) -> str:
    """A relative ``href`` as seen from one folder further (``folder``); others unchanged."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return href
    path = posixpath.normpath(posixpath.join(folder, parts.path))
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def _performance(deployment: Deployment) -> dict[str, LevelJudgement]:
    """The judged levels (functie, team, organisatie) of an inzet."""
    if deployment.performance is None:
        return {}
    judged = {
        "functie": deployment.performance.function,
        "team": deployment.performance.team,
        "organisatie": deployment.performance.organisation,
    }
    return {key: judgement for key, judgement in judged.items() if judgement is not None}


def _subpoints(points: Sequence[SubPoint], depth: int) -> tuple[SubPointView, ...]:
    return tuple(
        SubPointView(
            id=point.id,
            marker=point.id.rsplit(".", 1)[-1],
            text=point.text,
            md_indent="  " * depth,
            children=_subpoints(point.children, depth + 1),
        )
        for point in points
    )


def _finding_order(finding: FindingView) -> tuple[bool, int, bool, int, str]:
    """Unacknowledged before acknowledged, errors first, own file first, then by line."""
    severity_rank = {"fout": 0, "waarschuwing": 1, "melding": 2}[finding.severity.label]
    return (
        finding.acknowledged is not None,
        severity_rank,
        finding.origin == OTHER_ORIGIN,
        finding.line,
        finding.code,
    )


def _cycle_term(cycle: _Cycle, setting: RuleSetting | None) -> str:
    if setting is None:
        return "—"
    if cycle.document_kind is None:
        return "elk jaar"
    years = setting.options.get("max_jaren")
    if isinstance(years, int):
        return f"ten minste eens per {counted(years, 'jaar', 'jaar')}"
    months = setting.options.get("max_maanden")
    if isinstance(months, int):
        return f"vastgesteld in de laatste {counted(months, 'maand', 'maanden')}"
    return "—"
