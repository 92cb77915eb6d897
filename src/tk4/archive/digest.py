"""A small, frozen summary of one valid report: what comparisons across files need.

Why: keeping every file's raw data, source map and pydantic model until the end of a run costs
about half a megabyte per file and makes the cyclic garbage collector walk all of it. A digest
keeps the identity of a report (region, year, kind, catalogue version), its judgements per
norm and element, its improvement points and the codes of its findings: a few kilobytes, no
references into the model, so the rest can be dropped as soon as the file's own rules ran.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from tk4.findings import Finding
from tk4.model.report import ImprovementKind, ImprovementStatus, ReportKind, SelfReport


class ArchiveKey(NamedTuple):
    """What identifies a report in an archive: region code, reporting year and kind."""

    region: str
    year: int
    kind: ReportKind


@dataclass(frozen=True, slots=True)
class ImprovementDigest:
    """An improvement point (verbeterpunt, aanbeveling or good practice) as plain values."""

    id: str
    kind: ImprovementKind
    status: ImprovementStatus
    theme: str | None
    owner: str | None
    deadline: dt.date | None
    completed: dt.date | None
    source: str | None
    norms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FileStamp:
    """Size and modification time of a file when it was read, to notice a later change."""

    size: int
    modified_ns: int


@dataclass(frozen=True, slots=True)
class ReportDigest:
    """One valid report as the archive keeps it.

    ``judgements`` maps every norm and element id the file judges to its scale level id (None:
    the key is present without an ``oordeel``), in the file's order.
    """

    name: str
    key: ArchiveKey
    catalogue_version: str
    drafted: dt.date
    judgements: tuple[tuple[str, str | None], ...]
    improvements: tuple[ImprovementDigest, ...]
    stamp: FileStamp | None = None
    finding_counts: tuple[tuple[str, int], ...] = ()

    @property
    def region(self) -> str:
        """The region code (VR01–VR25)."""
        return self.key.region

    @property
    def year(self) -> int:
        """The reporting year."""
        return self.key.year

    @property
    def kind(self) -> ReportKind:
        """The kind of report: zelfevaluatie or inspectieoordeel."""
        return self.key.kind

    def judgement(self, node_id: str) -> str | None:
        """The scale level id given to norm or element ``node_id``; None when not judged."""
        for judged, level in self.judgements:
            if judged == node_id:
                return level
        return None

    def with_findings(self, findings: Iterable[Finding]) -> ReportDigest:
        """This digest with the number of ``findings`` per code (sorted by code)."""
        counts = tuple(sorted(Counter(finding.code for finding in findings).items()))
        return replace(self, finding_counts=counts)

    def finding_count(self, code: str) -> int:
        """How many findings with ``code`` the file had in the run that read it."""
        return dict(self.finding_counts).get(code, 0)


def digest_report(name: str, report: SelfReport, stamp: FileStamp | None = None) -> ReportDigest:
    """The digest of a valid ``report`` read from ``name`` (finding counts: ``with_findings``)."""
    judgements: list[tuple[str, str | None]] = []
    for norm_id, norm in report.norms.items():
        judgements.append((norm_id, norm.judgement))
        judgements.extend((element_id, e.judgement) for element_id, e in norm.elements.items())
    improvements = tuple(
        ImprovementDigest(
            id=point.id,
            kind=point.kind,
            status=point.status,
            theme=point.theme,
            owner=point.owner,
            deadline=point.deadline,
            completed=point.completed,
            source=point.source,
            norms=tuple(point.norms),
        )
        for point in report.improvements
    )
    return ReportDigest(
        name=name,
        key=ArchiveKey(report.region, report.year, report.kind),
        catalogue_version=report.catalogue_version,
        drafted=report.drafted.date,
        judgements=tuple(judgements),
        improvements=improvements,
        stamp=stamp,
    )


def file_stamp(path: Path) -> FileStamp | None:
    """Size and modification time of ``path``; None when it cannot be read (any more)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return FileStamp(status.st_size, status.st_mtime_ns)
