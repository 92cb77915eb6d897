"""The view-model of a report: everything a template shows, counted, sorted and formatted.

Templates only loop and branch over what is built here. This module decides which findings
belong where, which improvement points are overdue, which turn-out times exceed the Bvr norm,
how dates and numbers read in Dutch and which colour and text label a judgement gets. Every
value is a frozen dataclass, a tuple or a string, so a template cannot change it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from tk4.checks.rules._improvements import is_open, is_overdue
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
from tk4.render.escape import safe_href, shown_reference
from tk4.render.formatting import counted, dutch_date, dutch_number, dutch_percent, enumeration

# --- building blocks ----------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """A coloured text label (judgement, status, severity): never colour without its text."""

    label: str
    css_class: str
    colour: str
    text_colour: str


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
    """A cross-reference inside the report: its text and the anchor (HTML id) it points at."""

    text: str
    anchor: str


@dataclass(frozen=True)
class FindingView:
    """A finding of ``tk4 check`` as shown at its place in the report.

    ``location`` names the file (without folders, so the report does not depend on where it
    was made) and line; ``origin`` says "inspectieoordeel" for findings of that file.
    """

    code: str
    slug: str
    severity: Badge
    message: str
    location: str
    line: int
    acknowledged: str | None
    origin: str | None
    place: Ref | None


@dataclass(frozen=True)
class LevelCount:
    """How many norms or elements got one level of the scale."""

    level: Level
    count: int
    share: str


@dataclass(frozen=True)
class TocEntry:
    """A main section: its title, HTML id, GitHub/GitLab-style Markdown anchor, sub-entries."""

    id: str
    title: str
    md_anchor: str
    children: tuple[Ref, ...] = ()


# --- title page and summary ---------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """A term and its value on the title page."""

    term: str
    value: str


@dataclass(frozen=True)
class TitlePage:
    """What the title page says: which region, year, kind, framework and dates."""

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


@dataclass(frozen=True)
class CountRow:
    """One row of the summary's count table: a level and its counts per column."""

    level: Level
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Summary:
    """The samenvatting: generated sentences, counts and the main gaps."""

    sentences: tuple[str, ...]
    count_columns: tuple[str, ...]
    count_rows: tuple[CountRow, ...]
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


# --- kerngegevens -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentView:
    """A row of the document register."""

    id: str
    anchor: str
    kind: str
    title: Link
    adopted: str
    adopted_by: str
    valid_until: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class CycleRow:
    """A legal cycle (beleidsplan, crisisplan, ..., systeemtest) and its status.

    ``acknowledged`` is true when the region knowingly accepted every finding of the cycle
    (``uitzonderingen``); the status still says what is wrong.
    """

    key: str
    label: str
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
    """How the inspectieoordeel differs from the zelfbeeld for one norm or element."""

    label: str
    badge: Badge


@dataclass(frozen=True)
class ElementView:
    """An element of a norm: its text, judgement(s) and the findings about it."""

    id: str
    anchor: str
    appendix_anchor: str
    text: str
    aspects: str
    own: AssessmentView
    other: AssessmentView | None
    difference: Difference | None
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class NormView:
    """A norm: its text, legal basis, judgement(s), elements and findings."""

    id: str
    anchor: str
    statement: str
    detail: str | None
    legal_basis: str
    own: AssessmentView
    other: AssessmentView | None
    difference: Difference | None
    elements: tuple[ElementView, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ProcessView:
    """A process with its norms."""

    id: str
    anchor: str
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
    """The judgement of one level (functie, team, organisatie) in an inzet."""

    level: str
    judgement: Level
    explanation: str | None


@dataclass(frozen=True)
class DeploymentView:
    """An inzet (exercise, systeemtest, incident, event) with times and performance."""

    id: str
    anchor: str
    kind: str
    name: str
    date: str
    grip: str
    teams: str
    times: tuple[TimeView, ...]
    performance: tuple[PerformanceView, ...]
    evaluation: Link | None
    explanation: str | None
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Operations:
    """The operationele prestaties: time norms, inzetten and their counts."""

    time_norms: tuple[TimeNormRow, ...]
    deployments: tuple[DeploymentView, ...]
    summary: str
    times_over: int


# --- leren en verbeteren ------------------------------------------------------------------


@dataclass(frozen=True)
class ImprovementView:
    """A verbeterpunt, aanbeveling or good practice and its follow-up."""

    id: str
    anchor: str
    description: str
    kind: str
    source: Ref | None
    norms: tuple[Ref, ...]
    theme: str
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
    """Leren en verbeteren: the improvement points and the rode draden."""

    improvements: tuple[ImprovementView, ...]
    summary: str
    rode_draden: tuple[FindingView, ...]
    rode_draden_checked: bool


# --- eindconclusie ------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A mark in the score matrix: short sign and what it stands for."""

    short: str
    long: str


@dataclass(frozen=True)
class MatrixRow:
    """A norm in the score matrix: one cell of marks per column of the scale."""

    norm: Ref
    statement: str
    cells: tuple[tuple[Mark, ...], ...]
    difference: Difference | None


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
    """The eindconclusie: norms per level, the score matrix and aspect coverage."""

    lines: tuple[tuple[Level, tuple[Ref, ...]], ...]
    matrix_levels: tuple[Level, ...]
    matrix: tuple[MatrixRow, ...]
    legend: tuple[Mark, ...]
    aspects: tuple[AspectRow, ...]
    chart: Chart


# --- bijlagen -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SubPointView:
    """A sub-point of an element in the appendix, with its children."""

    id: str
    text: str
    md_indent: str
    children: tuple[SubPointView, ...]


@dataclass(frozen=True)
class FrameworkElement:
    """An element as the Toetsingskader words it."""

    id: str
    anchor: str
    text: str
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
    """An inconsistency of the source text and how tk4 reads it."""

    id: str
    kind: str
    location: str
    as_printed: str
    elsewhere: str
    reading: str
    note: str


@dataclass(frozen=True)
class AbbreviationView:
    """An abbreviation and its meaning."""

    term: str
    meaning: str


@dataclass(frozen=True)
class Appendices:
    """The bijlagen: the framework as used, its errata, the scale and the abbreviations."""

    framework_title: str
    source_reference: str
    attribution: str
    processes: tuple[FrameworkProcess, ...]
    errata: tuple[ErratumView, ...]
    scale: tuple[Level, ...]
    abbreviations: tuple[AbbreviationView, ...]


@dataclass(frozen=True)
class Colophon:
    """The closing lines: disclaimer and what generated the report."""

    disclaimer: str
    generated: str


@dataclass(frozen=True)
class ReportView:
    """Everything a report template gets, as ``view``."""

    title_page: TitlePage
    toc: tuple[TocEntry, ...]
    sections: Mapping[str, TocEntry]
    side_by_side: bool
    own_label: str
    other_label: str
    summary: Summary
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
    """One validated report with the findings ``tk4 check`` gave for it."""

    report: SelfReport
    findings: Sequence[Finding]


@dataclass(frozen=True)
class RuleSetting:
    """What the report needs to know about a rule that ran: its basis and option values."""

    basis: str
    options: Mapping[str, object]


# --- constants ----------------------------------------------------------------------------

SECTIONS: tuple[tuple[str, str], ...] = (
    ("samenvatting", "Samenvatting"),
    ("kerngegevens", "Kerngegevens"),
    ("beoordeling", "Beoordeling per proces, norm en element"),
    ("prestaties", "Operationele prestaties"),
    ("leren", "Leren en verbeteren"),
    ("eindconclusie", "Eindconclusie en overzicht scores"),
    ("bijlagen", "Bijlagen"),
)
"""The main sections in order: HTML id and heading."""

DISCLAIMER = "Aan deze publicatie kunnen geen rechten worden ontleend."
MAIN_GAPS_SHOWN = 10
RODE_DRAAD_RULE = "TK704"

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

STATUS_BADGES = {
    "op orde": Badge("op orde", "status-op-orde", *GOOD),
    "verlopen": Badge("verlopen", "status-verlopen", *WARN),
    "ontbreekt": Badge("ontbreekt", "status-ontbreekt", *BAD),
    "niet getoetst": Badge("niet getoetst", "status-niet-getoetst", *NEUTRAL),
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
DIFFERENCE_BADGE = Badge("verschil", "verschil", *HIGHLIGHT)


@dataclass(frozen=True)
class _Cycle:
    """A row of the cycle table: the rule that checks it and the document kind it is about."""

    key: str
    label: str
    rule: str
    document_kind: DocumentKind | None


CYCLES: tuple[_Cycle, ...] = (
    _Cycle("beleidsplan", "Beleidsplan", "TK501", "beleidsplan"),
    _Cycle("crisisplan", "Crisisplan", "TK502", "crisisplan"),
    _Cycle("risicoprofiel", "Risicoprofiel", "TK503", "risicoprofiel"),
    _Cycle("visitatie", "Visitatie", "TK504", "visitatierapport"),
    _Cycle("kostenevaluatie", "Kostenevaluatie", "TK505", "kostenevaluatie"),
    _Cycle("jaarverslag", "Jaarverslag (verantwoording)", "TK506", "jaarverslag"),
    _Cycle("systeemtest", "Systeemtest", "TK507", None),
)
"""The cycle status table: one row per cycle rule; ``document_kind`` None is the systeemtest
(an inzet in the reporting year, not a document)."""

CYCLE_RULES = frozenset(cycle.rule for cycle in CYCLES)

# SVG geometry of the aspect chart (user units).
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
) -> ReportView:
    """The view-model of the report on ``main`` (beside ``inspection``, when given).

    ``rules`` holds the rules that ran (by code), so a cycle whose rule was switched off reads
    "niet getoetst" rather than "op orde".
    """
    return _Builder(
        catalogue, main, inspection, reference_date, regions, abbreviations, rules, version
    ).build()


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
        version: str,
    ) -> None:
        self.catalogue = catalogue
        self.report = main.report
        self.other = inspection.report if inspection is not None else None
        self.reference_date = reference_date
        self.regions = regions
        self.abbreviations = abbreviations
        self.rules = rules
        self.version = version
        self.levels = {level.value: _level(level) for level in catalogue.scale}
        self.unassessed = next(
            (level for level in self.levels.values() if not level.assessed), _UNASSESSED
        )
        self.documents = {document.id: document for document in self.report.documents}
        self.deployments = {deployment.id: deployment for deployment in self.report.deployments}
        self.placed: dict[tuple[str, str], list[FindingView]] = {}
        self.all_findings: list[FindingView] = []
        self._place_findings(main.findings, origin=None, own=True)
        if inspection is not None:
            self._place_findings(inspection.findings, origin="inspectieoordeel", own=False)

    # -- findings ----------------------------------------------------------------------------

    def _place_findings(
        self, findings: Sequence[Finding], *, origin: str | None, own: bool
    ) -> None:
        """Sort every finding into the place it concerns (element, norm, document, ...)."""
        for finding in findings:
            slot = self._slot(finding, own)
            view = FindingView(
                code=finding.code,
                slug=finding.slug,
                severity=SEVERITY_BADGES[finding.severity],
                message=finding.message,
                location=f"{PurePath(finding.span.file).name}, regel {finding.span.line}",
                line=finding.span.line,
                acknowledged=finding.acknowledged,
                origin=origin,
                place=self._place_ref(slot),
            )
            self.placed.setdefault(slot, []).append(view)
            self.all_findings.append(view)

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
        if own and len(path) >= 2 and isinstance(path[1], int):
            items: Mapping[str, Sequence[Document | Deployment | ImprovementPoint]] = {
                "documenten": self.report.documents,
                "inzetten": self.report.deployments,
                "verbeterpunten": self.report.improvements,
            }
            section = items.get(str(path[0]))
            if section is not None and 0 <= path[1] < len(section):
                return (str(path[0]), section[path[1]].id)
        return ("algemeen", "")

    def _place_ref(self, slot: tuple[str, str]) -> Ref | None:
        """The place a finding is shown, as a cross-reference (None: no fixed place)."""
        kind, key = slot
        if kind == "element":
            return Ref(f"element {key}", _anchor("element", key))
        if kind == "norm":
            return Ref(f"norm {key}", _anchor("norm", key))
        if kind == "documenten":
            return Ref(f"document {_clean(self.documents[key].title)}", _anchor("document", key))
        if kind == "inzetten":
            return Ref(f"inzet {_clean(self.deployments[key].name)}", _anchor("inzet", key))
        if kind == "verbeterpunten":
            return Ref(f"verbeterpunt {key}", _anchor("verbeterpunt", key))
        if kind == "cyclus":
            return Ref("wettelijke cycli", "cycli")
        if kind == "rode-draad":
            return Ref("rode draden", "rode-draden")
        return None

    def findings_at(self, kind: str, key: str = "") -> tuple[FindingView, ...]:
        """The findings shown at one place, most serious first."""
        found = self.placed.get((kind, key), [])
        return tuple(sorted(found, key=_finding_order))

    # -- the whole view ----------------------------------------------------------------------

    def build(self) -> ReportView:
        """The complete view-model."""
        processes = self._processes()
        improvements = self._improvements()
        process_refs = tuple(Ref(f"{p.id} {p.title}", p.anchor) for p in processes)
        toc = tuple(
            TocEntry(key, title, _md_anchor(title), process_refs if key == "beoordeling" else ())
            for key, title in SECTIONS
        )
        side_by_side = self.other is not None
        own_label = "Zelfbeeld" if side_by_side else "Oordeel"
        badges = (
            *(level.badge for level in self.levels.values()),
            *((self.unassessed.badge,) if self.unassessed is _UNASSESSED else ()),
            *STATUS_BADGES.values(),
            *SEVERITY_BADGES.values(),
            *TIME_BADGES.values(),
            OVERDUE_BADGE,
            DIFFERENCE_BADGE,
        )
        operations = self._operations()
        return ReportView(
            title_page=self._title_page(),
            toc=toc,
            sections={entry.id: entry for entry in toc},
            side_by_side=side_by_side,
            own_label=own_label,
            other_label="Inspectieoordeel",
            summary=self._summary(processes, improvements, operations),
            key_data=self._key_data(),
            processes=processes,
            operations=operations,
            learning=self._learning(improvements),
            conclusion=self._conclusion(processes),
            appendices=self._appendices(),
            colophon=Colophon(
                disclaimer=DISCLAIMER,
                generated=(
                    f"gegenereerd met tk4 {self.version}, "
                    f"peildatum {dutch_date(self.reference_date)}"
                ),
            ),
            badges=tuple(dict.fromkeys(badges)),
        )

    # -- title page --------------------------------------------------------------------------

    def _title_page(self) -> TitlePage:
        report = self.report
        region = self.regions.by_code.get(report.region)
        region_name = region.name if region is not None else report.region
        kind = KIND_LABELS[report.kind]
        heading = f"{kind} {report.year}"
        if self.other is not None:
            heading = f"Zelfevaluatie en inspectieoordeel {report.year}"
        title = f"{heading}: veiligheidsregio {region_name}"
        publication = self.catalogue.publication
        facts = [
            Fact("Veiligheidsregio", f"{report.region} {region_name}"),
            Fact("Verslagjaar", str(report.year)),
            Fact("Soort", kind if self.other is None else "Zelfevaluatie naast inspectieoordeel"),
            Fact(
                "Toetsingskader",
                f"versie {self.catalogue.version} ({publication.title} "
                f"{publication.subtitle}, {publication.published})",
            ),
            Fact(
                "Opgesteld",
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
            region_name=region_name,
            year=report.year,
            kind=kind,
            catalogue_version=self.catalogue.version,
            drafted_date=dutch_date(report.drafted.date),
            drafted_by=_clean(report.drafted.by),
            reference_date=dutch_date(self.reference_date),
            running_header=f"{report.region} {region_name} · {heading}",
            facts=tuple(facts),
        )

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

    def _evidence(self, report: SelfReport, ids: Sequence[str]) -> list[Link]:
        documents = {document.id: document for document in report.documents}
        return [_document_link(documents[doc_id]) for doc_id in ids if doc_id in documents]

    def _difference(self, own: AssessmentView, other: AssessmentView | None) -> Difference | None:
        if other is None or own.level.value == other.level.value:
            return None
        if own.level.rank is None or other.level.rank is None:
            label = "inspectie oordeelt anders"
        elif other.level.rank > own.level.rank:
            label = "inspectie oordeelt hoger"
        else:
            label = "inspectie oordeelt lager"
        return Difference(label, DIFFERENCE_BADGE)

    def _processes(self) -> tuple[ProcessView, ...]:
        views = []
        for process in self.catalogue.processes:
            norms = []
            for norm in process.norms:
                own_norm = self.report.norms.get(norm.id)
                other_norm = self.other.norms.get(norm.id) if self.other is not None else None
                elements = []
                for element in norm.elements:
                    own = self._assessment(
                        self.report, own_norm.elements.get(element.id) if own_norm else None
                    )
                    other = (
                        self._assessment(
                            self.other,
                            other_norm.elements.get(element.id) if other_norm else None,
                        )
                        if self.other is not None
                        else None
                    )
                    elements.append(
                        ElementView(
                            id=element.id,
                            anchor=_anchor("element", element.id),
                            appendix_anchor=_anchor("kader", element.id),
                            text=element.text,
                            aspects=self._aspect_names(element),
                            own=own,
                            other=other,
                            difference=self._difference(own, other),
                            findings=self.findings_at("element", element.id),
                        )
                    )
                own = self._assessment(self.report, own_norm)
                other = self._assessment(self.other, other_norm) if self.other is not None else None
                norms.append(
                    NormView(
                        id=norm.id,
                        anchor=_anchor("norm", norm.id),
                        statement=norm.statement,
                        detail=norm.statement_detail,
                        legal_basis=self._legal(norm.legal_basis),
                        own=own,
                        other=other,
                        difference=self._difference(own, other),
                        elements=tuple(elements),
                        findings=self.findings_at("norm", norm.id),
                    )
                )
            views.append(
                ProcessView(
                    id=process.id,
                    anchor=_anchor("proces", process.id),
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
        return "; ".join(f"{basis.law} art. {basis.article}" for basis in bases)

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
        operations: Operations,
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
        real = [finding for finding in self.all_findings if finding.acknowledged is None]
        tally = Counter(finding.severity.label for finding in self.all_findings)
        acknowledged = len(self.all_findings) - len(real)
        gaps = sorted(real, key=_finding_order)
        norm_diffs = element_diffs = None
        if self.other is not None:
            norm_diffs = sum(1 for norm in norms if norm.difference is not None)
            element_diffs = sum(1 for element in elements if element.difference is not None)

        sentences = [self._opening_sentence(len(norms), len(elements))]
        sentences.append(f"Oordelen over de {len(norms)} normen: {_level_phrase(norm_counts)}.")
        assessed_elements = sum(c.count for c in element_counts if c.level.assessed)
        sentences.append(
            f"Van de {counted(len(elements), 'element', 'elementen')} "
            f"{'is' if assessed_elements == 1 else 'zijn'} er {assessed_elements} beoordeeld "
            f"({dutch_percent(assessed_elements, len(elements))})."
        )
        if norm_diffs is not None and element_diffs is not None:
            sentences.append(
                "Zelfbeeld en inspectieoordeel verschillen bij "
                f"{norm_diffs} van de {len(norms)} normen en {element_diffs} van de "
                f"{len(elements)} elementen."
            )
        sentences.append(operations.summary)
        sentences.append(_improvement_sentence(len(open_points), len(overdue), self.reference_date))
        sentences.append(_findings_sentence(tally, acknowledged))
        return Summary(
            sentences=tuple(sentences),
            count_columns=tuple(columns),
            count_rows=rows,
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

    def _opening_sentence(self, norms: int, elements: int) -> str:
        report = self.report
        region = self.regions.by_code.get(report.region)
        name = region.name if region is not None else report.region
        framework = f"Toetsingskader {self.catalogue.version}"
        if self.other is not None:
            return (
                f"Dit rapport zet de zelfevaluatie van veiligheidsregio {name} ({report.region}) "
                f"over {report.year} naast het oordeel van de Inspectie, op de {norms} normen en "
                f"{elements} elementen van het {framework}."
            )
        if report.kind == "inspectieoordeel":
            return (
                f"Dit rapport geeft het oordeel van de Inspectie over veiligheidsregio {name} "
                f"({report.region}) over {report.year}, op de {norms} normen en {elements} "
                f"elementen van het {framework}."
            )
        return (
            f"In deze zelfevaluatie over {report.year} beoordeelt veiligheidsregio {name} "
            f"({report.region}) zichzelf op de {norms} normen en {elements} elementen van het "
            f"{framework}."
        )

    # -- kerngegevens ------------------------------------------------------------------------

    def _key_data(self) -> KeyData:
        documents = tuple(
            DocumentView(
                id=document.id,
                anchor=_anchor("document", document.id),
                kind=DOCUMENT_KIND_LABELS[document.kind],
                title=_document_link(document),
                adopted=_optional_date(document.adopted),
                adopted_by=_clean(document.adopted_by) if document.adopted_by else "—",
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
        setting = self.rules.get(cycle.rule)
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
                latest = _document_link(document)
        if setting is None:
            status = STATUS_BADGES["niet getoetst"]
        elif not findings:
            status = STATUS_BADGES["op orde"]
        else:
            status = STATUS_BADGES["verlopen" if latest is not None else "ontbreekt"]
        return CycleRow(
            key=cycle.key,
            label=cycle.label,
            rule=cycle.rule,
            basis=setting.basis if setting is not None else "—",
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
        return Operations(
            time_norms=rows,
            deployments=views,
            summary=_deployment_sentence(
                self.report.year, deployments, times_over, sum(measured.values())
            ),
            times_over=times_over,
        )

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
        performance = []
        if deployment.performance is not None:
            judged: Mapping[str, LevelJudgement | None] = {
                "functie": deployment.performance.function,
                "team": deployment.performance.team,
                "organisatie": deployment.performance.organisation,
            }
            for key, label in LEVEL_LABELS:
                judgement = judged[key]
                if judgement is not None:
                    performance.append(
                        PerformanceView(
                            label, self.levels[judgement.judgement], judgement.explanation
                        )
                    )
        evaluation = (
            _document_link(self.documents[deployment.evaluation])
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
            evaluation=evaluation,
            explanation=deployment.explanation,
            findings=self.findings_at("inzetten", deployment.id),
        )

    # -- leren en verbeteren -----------------------------------------------------------------

    def _improvements(self) -> tuple[ImprovementView, ...]:
        views = []
        for point in self.report.improvements:
            overdue = is_overdue(point, self.reference_date)
            views.append(
                ImprovementView(
                    id=point.id,
                    anchor=_anchor("verbeterpunt", point.id),
                    description=point.description,
                    kind=point.kind,
                    source=self._source_ref(point.source),
                    norms=tuple(Ref(norm, _anchor("norm", norm)) for norm in point.norms),
                    theme=point.theme or "—",
                    owner=point.owner or "—",
                    deadline=_optional_date(point.deadline),
                    status=point.status,
                    completed=dutch_date(point.completed) if point.completed else None,
                    open=is_open(point),
                    overdue=overdue,
                    overdue_badge=OVERDUE_BADGE if overdue else None,
                    evidence=tuple(self._evidence(self.report, point.evidence)),
                    findings=self.findings_at("verbeterpunten", point.id),
                )
            )
        return tuple(views)

    def _source_ref(self, source: str | None) -> Ref | None:
        if source is None:
            return None
        if source in self.deployments:
            return Ref(f"inzet: {_clean(self.deployments[source].name)}", _anchor("inzet", source))
        if source in self.documents:
            return Ref(
                f"document: {_clean(self.documents[source].title)}", _anchor("document", source)
            )
        return None

    def _learning(self, improvements: tuple[ImprovementView, ...]) -> Learning:
        open_count = sum(1 for point in improvements if point.open)
        overdue = sum(1 for point in improvements if point.overdue)
        summary = (
            f"{counted(len(improvements), 'punt', 'punten')} in het register, "
            f"waarvan {open_count} open of in uitvoering en {overdue} met een verstreken "
            f"termijn op de peildatum ({dutch_date(self.reference_date)})."
        )
        return Learning(
            improvements=improvements,
            summary=summary,
            rode_draden=self.findings_at("rode-draad"),
            rode_draden_checked=RODE_DRAAD_RULE in self.rules,
        )

    # -- eindconclusie -----------------------------------------------------------------------

    def _conclusion(self, processes: tuple[ProcessView, ...]) -> Conclusion:
        norms = [norm for process in processes for norm in process.norms]
        levels = self._scale_with_unassessed()
        lines = tuple(
            (level, tuple(Ref(norm.id, norm.anchor) for norm in norms if norm.own.level == level))
            for level in levels
        )
        own_mark = Mark("Z", "zelfbeeld") if self.other is not None else Mark("●", "oordeel")
        other_mark = Mark("I", "inspectieoordeel")
        matrix = tuple(
            MatrixRow(
                norm=Ref(norm.id, norm.anchor),
                statement=norm.statement,
                cells=tuple(
                    tuple(
                        mark
                        for mark, assessment in ((own_mark, norm.own), (other_mark, norm.other))
                        if assessment is not None and assessment.level == level
                    )
                    for level in levels
                ),
                difference=norm.difference,
            )
            for norm in norms
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
        return Conclusion(
            lines=lines,
            matrix_levels=tuple(levels),
            matrix=matrix,
            legend=legend,
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
        norm = self.report.norms.get(self.catalogue.norm_of_element[element.id])
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
                kind=erratum.kind,
                location=erratum.location,
                as_printed=erratum.as_printed,
                elsewhere=erratum.elsewhere,
                reading=erratum.tk4_reading,
                note=erratum.note,
            )
            for erratum in self.catalogue.errata
        )
        return Appendices(
            framework_title=f"{publication.title} {publication.subtitle}",
            source_reference=publication.source_reference,
            attribution=publication.attribution,
            processes=processes,
            errata=errata,
            scale=tuple(self._scale_with_unassessed()),
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


def _clean(text: str | None) -> str:
    """``text`` as one line (for short values shown inline)."""
    return " ".join((text or "").split())


def _optional_date(day: dt.date | None) -> str:
    return dutch_date(day) if day is not None else "—"


def _svg_number(value: float) -> str:
    """A coordinate for SVG: dot as decimal separator, at most one decimal."""
    return f"{value:.1f}".removesuffix(".0")


def _document_link(document: Document) -> Link:
    href = safe_href(document.reference)
    unsafe = (
        shown_reference(document.reference)
        if document.reference is not None and href is None
        else None
    )
    return Link(text=_clean(document.title), href=href, unsafe_reference=unsafe)


def _subpoints(points: Sequence[SubPoint], depth: int) -> tuple[SubPointView, ...]:
    return tuple(
        SubPointView(
            id=point.id,
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
        finding.origin is not None,
        finding.line,
        finding.code,
    )


def _level_phrase(counts: Sequence[LevelCount]) -> str:
    parts = [f"{count.count} {count.level.value}" for count in counts if count.count]
    return enumeration(parts) if parts else "geen"


def _improvement_sentence(open_count: int, overdue: int, reference_date: dt.date) -> str:
    peildatum = dutch_date(reference_date)
    if open_count == 0:
        return f"Op de peildatum ({peildatum}) staan geen verbeterpunten open."
    verb = "staat" if open_count == 1 else "staan"
    points = counted(open_count, "verbeterpunt", "verbeterpunten")
    if overdue == 0:
        return (
            f"Op de peildatum ({peildatum}) {verb} {points} open; geen daarvan is over de termijn."
        )
    return (
        f"Op de peildatum ({peildatum}) {verb} {points} open; "
        f"bij {overdue} daarvan is de termijn verstreken."
    )


def _findings_sentence(tally: Mapping[str, int], acknowledged: int) -> str:
    parts = [
        counted(tally.get(word, 0), word, plural)
        for word, plural in (
            ("fout", "fouten"),
            ("waarschuwing", "waarschuwingen"),
            ("melding", "meldingen"),
        )
        if tally.get(word, 0)
    ]
    if not parts:
        return "De toets op hiaten (tk4 check) vindt geen bevindingen."
    sentence = f"De toets op hiaten (tk4 check) geeft {enumeration(parts)}"
    if acknowledged:
        sentence += f", waarvan {acknowledged} bewust geaccepteerd (erkend)"
    return sentence + "."


def _deployment_sentence(
    year: int, deployments: Sequence[Deployment], times_over: int, times_measured: int
) -> str:
    if not deployments:
        return f"Er zijn geen inzetten over {year} vastgelegd."
    kinds: Counter[str] = Counter(deployment.kind for deployment in deployments)
    parts = [
        counted(kinds[kind], *DEPLOYMENT_KINDS[kind]) for kind in DEPLOYMENT_KINDS if kinds[kind]
    ]
    total = counted(len(deployments), "inzet", "inzetten")
    verb = "is" if len(deployments) == 1 else "zijn"
    sentence = f"Over {year} {verb} {total} vastgelegd ({enumeration(parts)})"
    if times_measured == 0:
        return sentence + "; opkomsttijden zijn niet vastgelegd."
    measured = counted(times_measured, "gemeten opkomsttijd", "gemeten opkomsttijden")
    if times_over == 0:
        return sentence + f"; van de {measured} ligt er geen boven de Bvr-norm."
    verb = "ligt" if times_over == 1 else "liggen"
    return sentence + f"; van de {measured} {verb} er {times_over} boven de Bvr-norm."


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
