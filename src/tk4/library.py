"""tk4 as a Python library: load, validate and check self-reports from notebooks and tools.

The public surface is re-exported lazily by ``tk4`` itself (``tk4.load``, ``tk4.validate``,
``tk4.check``), so ``import tk4`` and ``tk4 --version`` stay fast. Everything here wraps
:mod:`tk4.api`, the same operations the command line runs: a notebook sees the same findings
as ``tk4 check``. Documented, with examples that the test suite runs, in docs/python-api.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tk4.api import Outcome, check_paths, run_report, validate_paths
from tk4.checks.config import Config, find_config, load_config
from tk4.errors import Tk4UserError
from tk4.findings import Finding, Severity
from tk4.model.report import SelfReport
from tk4.output import json as json_format

__all__ = [
    "Finding",
    "InvalidReportError",
    "Result",
    "SelfReport",
    "Severity",
    "check",
    "load",
    "validate",
]

PathLike = str | os.PathLike[str]
"""A file or folder, as text or as a path object."""


class InvalidReportError(Tk4UserError):
    """:func:`load` was given a file that is not a valid self-report; ``findings`` says why."""

    def __init__(self, path: PathLike, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        first = "\n".join(f"  {finding.span}: {finding.message}" for finding in self.findings[:5])
        more = len(self.findings) - 5
        tail = f"\n  … en nog {more}" if more > 0 else ""
        super().__init__(f"{os.fspath(path)} is geen geldige zelfevaluatie:\n{first}{tail}")


@dataclass(frozen=True)
class Result:
    """What one :func:`validate` or :func:`check` run found.

    ``files`` lists every file examined (also the clean ones), ``findings`` every finding in
    file, line and column order, ``reports`` the model of every valid file by its name.
    """

    command: Literal["validate", "check"]
    files: list[str]
    findings: list[Finding]
    reports: dict[str, SelfReport] = field(default_factory=dict)
    exit_code: int = 0
    """What ``tk4 validate`` or ``tk4 check`` would exit with: 0 fine, 1 errors, 2 unreadable."""

    @property
    def ok(self) -> bool:
        """Whether the run passes: no unacknowledged errors and every file readable."""
        return self.exit_code == 0

    @property
    def errors(self) -> list[Finding]:
        """The findings that make the run fail (unacknowledged errors)."""
        return [finding for finding in self.findings if finding.is_blocking]

    def to_dict(self) -> dict[str, Any]:
        """The findings as the ``tk4-bevindingen`` document of ``--format json`` (Dutch keys)."""
        outcome = Outcome(self.command, self.files, self.findings)
        return json_format.report_to_dict(run_report(outcome))


def load(path: PathLike) -> SelfReport:
    """The self-report (or inspection judgement) in the YAML file ``path``, as a model.

    The model's fields have English names (``report.region``, ``report.norms``); export with
    ``report.model_dump(by_alias=True, mode="json")`` for the YAML's Dutch keys. Warnings, such
    as elements not yet judged, do not stop loading.

    Raises:
        InvalidReportError: the file is missing, unreadable or not a valid self-report; its
            ``findings`` say where and why.
        Tk4UserError: ``path`` is a folder.
    """
    if Path(path).is_dir():
        raise Tk4UserError(
            f"{os.fspath(path)} is een map; load leest één bestand (validate of check lezen mappen)"
        )
    outcome = validate_paths([Path(path)])
    report = outcome.results[0].report if outcome.results else None
    if report is None:
        raise InvalidReportError(path, [f for f in outcome.findings if f.is_blocking])
    return report


def validate(paths: PathLike | Iterable[PathLike], *, config: PathLike | None = None) -> Result:
    """Validate files and folders like ``tk4 validate``: every error in every file.

    ``config`` is a ``tk4.toml`` or ``pyproject.toml``; without it the nearest one from the
    working directory applies, as on the command line.

    Raises:
        Tk4UserError: the configuration is wrong, or a folder holds no YAML file.
    """
    return _result(validate_paths(_paths(paths), config=_config(config)))


def check(
    paths: PathLike | Iterable[PathLike],
    *,
    peildatum: dt.date | str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    config: PathLike | None = None,
) -> Result:
    """Validate, then run the gap rules like ``tk4 check``, per region and across its years.

    ``peildatum`` (a date or ``"JJJJ-MM-DD"``) is the reference date of every date rule; by
    default 31 December of each report's year. ``select`` and ``ignore`` take rule codes and
    families, one or a list (``"TK402"``, ``["bewijs", "TK501"]``); ``config`` as in
    :func:`validate`.

    Raises:
        Tk4UserError: the configuration, a rule code or the date is wrong, or a folder holds no
            YAML file.
    """
    outcome = check_paths(
        _paths(paths),
        config=_config(config),
        select=[select] if isinstance(select, str) else list(select),
        ignore=[ignore] if isinstance(ignore, str) else list(ignore),
        reference_date=_date(peildatum),
    )
    return _result(outcome)


def _paths(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(paths, str | os.PathLike):
        return [Path(paths)]
    return [Path(path) for path in paths]


def _config(config: PathLike | None) -> Config:
    if config is None:
        return load_config(find_config(Path.cwd()))
    path = Path(config)
    if not path.is_file():
        raise Tk4UserError(f"{path}: instellingenbestand bestaat niet")
    return load_config(path)


def _date(value: dt.date | str | None) -> dt.date | None:
    """``peildatum`` as a date; text only as JJJJ-MM-DD (Python also reads "20251231")."""
    if value is None or isinstance(value, dt.date):
        return value
    if _DATE.fullmatch(value):
        with contextlib.suppress(ValueError):  # 2025-02-30 has the shape but is no date
            return dt.date.fromisoformat(value)
    raise Tk4UserError(
        f"peildatum '{value}' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-12-31"
    )


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _result(outcome: Outcome) -> Result:
    reports = {
        result.name: result.report for result in outcome.results if result.report is not None
    }
    return Result(outcome.command, outcome.files, outcome.findings, reports, outcome.exit_code)
