"""What every section's builder shares: the inputs, their lookups and the placed findings.

The findings of both files are sorted into the place they concern (element, norm, document,
...) once, when :class:`Shared` is made; each section asks for the findings at its places.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from tk4.checks.cycles import CYCLE_RULES
from tk4.findings import Finding
from tk4.model.catalogue import Catalogue
from tk4.model.reference import AbbreviationList
from tk4.model.regions import RegionRegister
from tk4.model.report import Deployment, Document, ImprovementPoint, SelfReport
from tk4.render.context.badges import SEVERITY_BADGES, UNASSESSED, level_view
from tk4.render.context.labels import (
    BOTH_ORIGINS,
    INSPECTION_REGISTER,
    OTHER_ORIGIN,
    OWN_ORIGIN,
    REGION_REGISTER,
    RODE_DRAAD_RULE,
)
from tk4.render.context.links import document_link
from tk4.render.context.text import (
    anchor_for,
    deployment_phrase,
    document_phrase,
    keep_together,
)
from tk4.render.context.views.blocks import FindingView, Level, LevelCount, Link, Ref
from tk4.render.context.views.report import ReportInput, RuleSetting
from tk4.render.formatting import counted_words, dutch_percent
from tk4.render.wording import Names, reader_message, rule_label


@dataclass(frozen=True)
class Placed:
    """A finding at its place, before findings from both files are merged."""

    slot: tuple[str, str]
    view: FindingView
    own: bool


class Shared:
    """The inputs of one report and the lookups its sections share, with the findings placed."""

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
        self.levels = {level.value: level_view(level) for level in catalogue.scale}
        self.unassessed = next(
            (level for level in self.levels.values() if not level.assessed), UNASSESSED
        )
        region = regions.by_code.get(self.report.region)
        self.region_name = region.name if region is not None else self.report.region
        self.region_title = f"Veiligheidsregio {self.region_name}"
        self.documents = {document.id: document for document in self.report.documents}
        self.deployments = {deployment.id: deployment for deployment in self.report.deployments}
        self.placed: list[Placed] = []
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
                motivation=finding.motivation,
            )
            self.placed.append(Placed(slot, view, own))

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
            return Ref(f"element {key}", anchor_for("element", key))
        if kind == "norm":
            return Ref(f"norm {key}", anchor_for("norm", key))
        if kind == "documenten":
            return Ref(document_phrase(self.documents[key]), anchor_for("document", key))
        if kind == "inzetten":
            return Ref(deployment_phrase(self.deployments[key]), anchor_for("inzet", key))
        if kind == "verbeterpunten":
            noun = "aanbeveling" if self.by_inspection else "verbeterpunt"
            return Ref(f"{noun} {key}", anchor_for("verbeterpunt", key))
        if kind == "inspectiepunt":
            return Ref(f"aanbeveling {key} van de Inspectie", anchor_for("inspectiepunt", key))
        if kind == "cyclus":
            return Ref("wettelijke cycli", "cycli")
        if kind == "rode-draad":
            return Ref("rode draden", "rode-draden")
        return Ref("overige aandachtspunten", "overige-aandachtspunten")

    def findings_at(self, kind: str, key: str = "") -> tuple[FindingView, ...]:
        """The findings shown at one place, most serious first; the same from both files once."""
        return self.merged([placed for placed in self.placed if placed.slot == (kind, key)])

    def merged(self, placed: Sequence[Placed]) -> tuple[FindingView, ...]:
        """The findings once each, most serious first; the same one from both files becomes one.

        "The same" is: same place, code, message and acknowledgement; the merged finding names
        both files and both locations. Why: an inzet or norm both files record gives the same
        finding twice; a reader needs it once, with where it comes from.
        """
        groups: dict[tuple[tuple[str, str], str, str, str | None], list[Placed]] = {}
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

    @property
    def inspection_judges(self) -> bool:
        """Whether the judgements the report concludes on are the Inspectie's.

        They are beside an inspectieoordeel and in a report that is one.
        """
        return self.other is not None or self.by_inspection

    # -- lookups -----------------------------------------------------------------------------

    def link(self, report: SelfReport, document: Document) -> Link:
        """A document of ``report`` as a link that works from where the rendered report is."""
        return document_link(document, self.link_folders.get(id(report), ""))

    def evidence(self, report: SelfReport, ids: Sequence[str]) -> list[Link]:
        """The documents of ``report`` with these ids, as links (unknown ids left out)."""
        documents = {document.id: document for document in report.documents}
        return [self.link(report, documents[doc_id]) for doc_id in ids if doc_id in documents]

    def legal(self, ids: Sequence[str]) -> str:
        """Legal bases by id, as one line of references ("Wvr art. 14; Bvr art. 2.2.1")."""
        bases = [self.catalogue.legal_by_id[basis] for basis in ids]
        return "; ".join(keep_together(f"{basis.law} art. {basis.article}") for basis in bases)

    def scale_with_unassessed(self) -> list[Level]:
        """The levels of the scale, with "niet beoordeeld" added when the scale lacks it."""
        levels = list(self.levels.values())
        if self.unassessed is UNASSESSED:
            levels.append(UNASSESSED)
        return levels

    def switched_off_names(self, limit: int | None = None) -> list[str]:
        """The rules that did not run, as "TK505 (kostenevaluatie verouderd)", cycles first.

        With ``limit``, at most that many, and then "nog N andere" as the last item.
        """
        codes = sorted(self.switched_off, key=lambda code: (code not in CYCLE_RULES, code))
        names = [f"{code} ({_rule_words(self.switched_off[code].slug or code)})" for code in codes]
        if limit is not None and len(names) > limit:
            rest = len(names) - limit
            names = [*names[:limit], f"nog {counted_words(rest, 'andere regel', 'andere regels')}"]
        return names


def level_counts(levels: Sequence[Level], judged: Sequence[Level]) -> tuple[LevelCount, ...]:
    """How many of ``judged`` got each of ``levels``, with the share of all ``judged``."""
    counts = Counter(judged)
    return tuple(
        LevelCount(level, counts[level], dutch_percent(counts[level], len(judged)))
        for level in levels
    )


def _names_place(message: str, place: Ref) -> bool:
    """Whether ``message`` already names ``place`` ("element UV.E.2", "inzet ‘Brand’")."""
    _, _, name = place.text.partition(" ")
    return place.text in message or (name.startswith("‘") and name in message)


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


def _rule_words(slug: str) -> str:
    """A rule's name in lower-case words, from its slug: "kostenevaluatie verouderd"."""
    return slug.replace("-", " ")
