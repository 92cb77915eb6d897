"""An archive of reports: digests grouped by region, year and kind once, queried many times."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from tk4.archive.digest import ArchiveKey, ReportDigest, file_stamp
from tk4.checks import REGISTRY
from tk4.errors import Tk4UserError
from tk4.model.report import ReportKind
from tk4.validation import FileResult, validate_file


class ArchiveChanged(Tk4UserError):
    """A file changed (or vanished) between the scan of the archive and a later full read."""


@dataclass(frozen=True)
class Archive:
    """The valid reports of one run, in input order, with their groupings computed once.

    The first file for a key (region, year, kind) is the one the archive answers with; later
    files for the same key are listed by :meth:`duplicates` (TK122), never mixed in.
    """

    digests: tuple[ReportDigest, ...] = ()

    @classmethod
    def of(cls, digests: Iterable[ReportDigest]) -> Archive:
        """An archive of ``digests`` (input order is kept)."""
        return cls(tuple(digests))

    @cached_property
    def _by_key(self) -> dict[ArchiveKey, ReportDigest]:
        first: dict[ArchiveKey, ReportDigest] = {}
        for digest in self.digests:
            first.setdefault(digest.key, digest)
        return first

    @cached_property
    def _series(self) -> dict[tuple[str, ReportKind], tuple[ReportDigest, ...]]:
        grouped: dict[tuple[str, ReportKind], list[ReportDigest]] = defaultdict(list)
        for digest in self._by_key.values():
            grouped[(digest.region, digest.kind)].append(digest)
        return {key: tuple(sorted(group, key=lambda d: d.year)) for key, group in grouped.items()}

    def __len__(self) -> int:
        return len(self.digests)

    def get(self, region: str, year: int, kind: ReportKind) -> ReportDigest | None:
        """The report of ``region`` for ``year`` of ``kind``, if the archive holds one."""
        return self._by_key.get(ArchiveKey(region, year, kind))

    def series(self, region: str, kind: ReportKind) -> tuple[ReportDigest, ...]:
        """All reports of ``region`` of ``kind``, oldest year first."""
        return self._series.get((region, kind), ())

    def history(self, region: str, kind: ReportKind, before: int) -> tuple[ReportDigest, ...]:
        """The reports of ``region`` of ``kind`` from years before ``before``, oldest first."""
        return tuple(d for d in self.series(region, kind) if d.year < before)

    def previous(self, region: str, kind: ReportKind, year: int) -> ReportDigest | None:
        """The latest report of ``region`` of ``kind`` before ``year`` (not only year - 1)."""
        earlier = self.history(region, kind, year)
        return earlier[-1] if earlier else None

    def years(self, kind: ReportKind | None = None) -> tuple[int, ...]:
        """The reporting years present (of ``kind``, or of any kind), ascending."""
        return tuple(sorted({k.year for k in self._by_key if kind is None or k.kind == kind}))

    def latest_year(self, kind: ReportKind | None = None) -> int | None:
        """The latest reporting year present (of ``kind``), None for an empty archive."""
        years = self.years(kind)
        return years[-1] if years else None

    def regions(self) -> tuple[str, ...]:
        """The region codes present, sorted (VR01 … VR25)."""
        return tuple(sorted({key.region for key in self._by_key}))

    def grid(self, year: int, kind: ReportKind) -> dict[str, ReportDigest]:
        """Per region code, its report of ``kind`` for ``year`` (regions without one absent)."""
        return {
            key.region: digest
            for key, digest in sorted(self._by_key.items())
            if key.year == year and key.kind == kind
        }

    def duplicates(self) -> tuple[tuple[ReportDigest, ReportDigest], ...]:
        """Each later file for an already present key, paired with the first file for it."""
        return tuple(
            (self._by_key[digest.key], digest)
            for digest in self.digests
            if self._by_key[digest.key] is not digest
        )

    def catalogue_versions(self) -> dict[str, tuple[ReportDigest, ...]]:
        """The reports per catalogue version, versions sorted: mixed versions are never merged."""
        grouped: dict[str, list[ReportDigest]] = defaultdict(list)
        for digest in self.digests:
            grouped[digest.catalogue_version].append(digest)
        return {version: tuple(grouped[version]) for version in sorted(grouped)}

    def load(self, digest: ReportDigest) -> FileResult:
        """Read the file behind ``digest`` again in full (model, positions, raw data).

        Raises:
            ArchiveChanged: the file changed or disappeared since the archive read it.
        """
        path = Path(digest.name)
        if digest.stamp is not None and file_stamp(path) != digest.stamp:
            raise ArchiveChanged(f"{digest.name}: het bestand is gewijzigd tijdens het lezen")
        result = validate_file(path, frozenset(REGISTRY))
        report = result.report
        if report is None or (report.region, report.year, report.kind) != digest.key:
            raise ArchiveChanged(f"{digest.name}: het bestand is gewijzigd tijdens het lezen")
        return result
