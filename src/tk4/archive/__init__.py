"""Reports grouped by region, year and kind: the one place the multi-file features look.

The national overview, year-on-year diff and trend, follow-up of recommendations and the
cross-year rules all ask the same questions of a set of files ("which regions delivered for
2025?", "what did VR05 report the years before?", "are there two files for one key?"). The
:class:`~tk4.archive.index.Archive` answers them from small frozen
:class:`~tk4.archive.digest.ReportDigest` values, grouped once, and re-reads a file in full
only when a feature needs its text or positions.
"""

from tk4.archive.digest import (
    ArchiveKey,
    FileStamp,
    ImprovementDigest,
    ReportDigest,
    digest_report,
    file_stamp,
)
from tk4.archive.index import Archive, ArchiveChanged

__all__ = [
    "Archive",
    "ArchiveChanged",
    "ArchiveKey",
    "FileStamp",
    "ImprovementDigest",
    "ReportDigest",
    "digest_report",
    "file_stamp",
]
