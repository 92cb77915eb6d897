"""The operations behind the CLI, callable from tests and other tools.

``validate_paths`` answers "is this a well-formed self-report?"; ``check_paths`` adds the
gap rules, per region and across the years of one region.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tk4.archive import Archive, ReportDigest, digest_report, file_stamp
from tk4.checks import REGISTRY
from tk4.checks.base import EarlierReport
from tk4.checks.config import Config, ConfiguredRule, configure
from tk4.checks.docs import (
    render_rule_markdown,
    render_validation_code_markdown,
    rule_description,
    validation_code_description,
)
from tk4.checks.runner import default_reference_date, run_rules
from tk4.codes import VALIDATION_CODES
from tk4.findings import Finding, exit_code, sorted_findings
from tk4.output.base import RuleInfo, RunReport, ToolCommand
from tk4.project import rule_page
from tk4.validation import (
    FileResult,
    discover,
    duplicate_reports,
    implausible_reference_date,
    reference_date_after_drafting,
    validate_file,
)


@dataclass(frozen=True)
class Outcome:
    """The result of one run over a set of paths.

    ``archive`` holds a digest of every valid report, grouped by region, year and kind: what
    the multi-file features (national overview, diff, trend, follow-up) start from.
    """

    command: ToolCommand
    files: list[str]
    findings: list[Finding]
    results: list[FileResult] = field(default_factory=list)
    archive: Archive = field(default_factory=Archive)

    @property
    def exit_code(self) -> int:
        """0 clean (warnings allowed), 1 errors, 2 unreadable input."""
        return exit_code(self.findings)


FileProgress = Callable[[Path, int, int], None]
"""Called after each file is read and validated: the file, how many are done, how many in all.

Why: a front end can show progress on a run over many files; tk4 itself draws nothing.
"""


def validate_paths(
    paths: Sequence[Path], *, config: Config | None = None, on_file: FileProgress | None = None
) -> Outcome:
    """Validate every YAML file in ``paths``; completeness rules add warnings to valid files.

    The completeness rules (those marked ``in_validate``) follow ``config`` like ``check_paths``
    does: a rule left out by ``select`` or ``ignore`` does not run, and its severity applies.
    """
    rules = [c for c in configure(config or Config(), REGISTRY) if c.rule.in_validate]
    return _run("validate", paths, rules, None, on_file)


def check_paths(
    paths: Sequence[Path],
    *,
    config: Config | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    reference_date: dt.date | None = None,
    on_file: FileProgress | None = None,
) -> Outcome:
    """Validate, then run the configured gap rules over every valid report.

    Raises:
        Tk4UserError: the configuration is wrong (unknown code, family, severity or option) or
            a folder in ``paths`` holds no YAML file.
    """
    rules = configure(config or Config(), REGISTRY, select, ignore)
    return _run("check", paths, rules, reference_date, on_file)


def _run(
    command: ToolCommand,
    paths: Sequence[Path],
    rules: Sequence[ConfiguredRule],
    reference_date: dt.date | None,
    on_file: FileProgress | None = None,
) -> Outcome:
    files, findings = discover(paths)
    unreadable = [finding.span.file for finding in findings]
    rule_codes = frozenset(REGISTRY)
    results = []
    for done, path in enumerate(files, start=1):
        results.append(validate_file(path, rule_codes))
        if on_file is not None:
            on_file(path, done, len(files))
    for result in results:
        findings.extend(result.findings)
    findings.extend(duplicate_reports(results))
    valid = [result for result in results if result.report is not None]
    if reference_date is not None:
        for result in valid:
            findings.extend(implausible_reference_date(result, reference_date))
    by_name = {result.name: result for result in valid}
    archive = Archive.of(
        digest_report(result.name, result.report, file_stamp(Path(result.name)))
        for result in valid
        if result.report is not None
    )
    counted: list[ReportDigest] = []
    for digest in archive.digests:
        result = by_name[digest.name]
        assert result.report is not None
        assert result.catalogue is not None
        at = reference_date or default_reference_date(result.report)
        if command == "check":
            findings.extend(reference_date_after_drafting(result, at))
        history = [
            EarlierReport(earlier.report, earlier.source)
            for earlier in (
                by_name[d.name] for d in archive.history(digest.region, digest.kind, digest.year)
            )
            if earlier.report is not None
        ]
        own = run_rules(result.report, result.catalogue, result.source, rules, at, history)
        findings.extend(own)
        counted.append(digest.with_findings([*result.findings, *own]))
    names = list(dict.fromkeys([*unreadable, *(result.name for result in results)]))
    return Outcome(command, names, sorted_findings(findings), results, Archive.of(counted))


def rule_infos() -> dict[str, RuleInfo]:
    """Metadata of every finding code (validation codes and gap rules), for reporters.

    Each carries its documentation (``tk4 rules CODE``) and its page, for SARIF readers that
    show a rule's help next to its results.
    """
    infos = {
        code: RuleInfo(
            code,
            entry.slug,
            entry.severity,
            entry.summary,
            help_uri=rule_page(code, entry.slug, validation_code=True),
            description=validation_code_description(entry),
            help_markdown=render_validation_code_markdown(entry),
        )
        for code, entry in VALIDATION_CODES.items()
    }
    for code, rule in REGISTRY.items():
        infos[code] = RuleInfo(
            code,
            rule.slug,
            rule.severity,
            rule.summary,
            help_uri=rule_page(code, rule.slug, validation_code=False),
            description=rule_description(rule),
            help_markdown=render_rule_markdown(rule),
        )
    return infos


def run_report(outcome: Outcome, repository_root: Path | None = None) -> RunReport:
    """The reporter input for ``outcome``; paths also given relative to ``repository_root``."""
    return RunReport(
        outcome.command,
        outcome.files,
        outcome.findings,
        rule_infos(),
        _repository_paths(outcome.files, repository_root) if repository_root else {},
    )


def _repository_paths(files: Sequence[str], root: Path) -> dict[str, str]:
    """Each file that lies under ``root``, as a POSIX path relative to it."""
    base = root.resolve()
    paths: dict[str, str] = {}
    for file in files:
        try:
            relative = Path(file).resolve().relative_to(base).as_posix()
        except (ValueError, OSError):
            continue
        if relative != file:
            paths[file] = relative
    return paths
