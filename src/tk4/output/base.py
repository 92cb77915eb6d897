"""What every reporter receives: one run's files, findings and rule metadata, as plain values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tk4.findings import Finding, Severity

ToolCommand = Literal["validate", "check"]
"""The ``tk4`` subcommand whose run is being reported."""

SEVERITY_WORDS: Mapping[Severity, tuple[str, str]] = {
    Severity.ERROR: ("fout", "fouten"),
    Severity.WARNING: ("waarschuwing", "waarschuwingen"),
    Severity.INFO: ("melding", "meldingen"),
}
"""Dutch singular and plural noun per severity, as people read them in reports.

Why: ``Severity.INFO`` is configured as ``info``, but a person reads "1 melding", so the
human formats say "melding"; machine formats keep the configured value.
"""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Metadata of one finding code, for formats that describe their rules (SARIF, JUnit)."""

    code: str
    slug: str
    severity: Severity
    summary: str
    help_uri: str | None = None
    description: str = ""
    """What the code checks and why, in plain text (SARIF ``fullDescription``); may be empty."""
    help_markdown: str = ""
    """The full documentation as ``tk4 rules CODE --format md`` prints it; may be empty."""


@dataclass(frozen=True, slots=True)
class Tally:
    """How many findings of each severity a run produced, and how many were acknowledged.

    Acknowledged findings are included in the per-severity counts; ``acknowledged`` says how
    many of them were knowingly accepted.
    """

    errors: int = 0
    warnings: int = 0
    infos: int = 0
    acknowledged: int = 0

    @property
    def total(self) -> int:
        """All findings, of every severity."""
        return self.errors + self.warnings + self.infos

    def of(self, severity: Severity) -> int:
        """The count for one severity."""
        return {
            Severity.ERROR: self.errors,
            Severity.WARNING: self.warnings,
            Severity.INFO: self.infos,
        }[severity]


def tally(findings: Iterable[Finding]) -> Tally:
    """Count ``findings`` per severity and acknowledgement."""
    counts = dict.fromkeys(Severity, 0)
    acknowledged = 0
    for finding in findings:
        counts[finding.severity] += 1
        if finding.acknowledged is not None:
            acknowledged += 1
    return Tally(
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        infos=counts[Severity.INFO],
        acknowledged=acknowledged,
    )


@dataclass(frozen=True, slots=True)
class RunReport:
    """Everything a reporter needs about one ``tk4 validate`` or ``tk4 check`` run.

    ``files`` lists every examined file in order, including clean ones; ``findings`` is in
    :func:`tk4.findings.sorted_findings` order; ``rules`` describes at least every code that
    occurs in ``findings``. The constructor checks these promises so every reporter can rely
    on them; a violation is a programming error and raises :class:`ValueError`.
    """

    tool_command: ToolCommand
    files: Sequence[str]
    findings: Sequence[Finding]
    rules: Mapping[str, RuleInfo]
    repository_paths: Mapping[str, str] = field(default_factory=dict)
    """File as shown → path relative to the repository root, where the two differ.

    Why: GitHub annotations and SARIF results attach to files by their path from the
    repository root, while a user may have typed ``../rapporten/vr05.yaml`` or an absolute path.
    """

    def __post_init__(self) -> None:
        if self.tool_command not in ("validate", "check"):
            raise ValueError(f"onbekende opdracht {self.tool_command!r}")
        if len(set(self.files)) != len(self.files):
            raise ValueError("een bestand staat meer dan eens in 'files'")
        known = set(self.files)
        for finding in self.findings:
            if finding.span.file not in known:
                raise ValueError(f"bevinding in {finding.span.file!r}, dat niet in 'files' staat")
            if finding.code not in self.rules:
                raise ValueError(f"geen RuleInfo voor code {finding.code!r}")
        keys = [finding.sort_key() for finding in self.findings]
        if keys != sorted(keys):
            raise ValueError("'findings' is niet gesorteerd; gebruik sorted_findings()")
        for code, rule in self.rules.items():
            if rule.code != code:
                raise ValueError(f"RuleInfo onder {code!r} heeft code {rule.code!r}")

    def repository_path(self, file: str) -> str:
        """``file`` as a path from the repository root (unchanged when outside it)."""
        return self.repository_paths.get(file, file)

    @property
    def tally(self) -> Tally:
        """The counts of this run's findings."""
        return tally(self.findings)

    def findings_by_file(self) -> dict[str, list[Finding]]:
        """Every examined file (in ``files`` order) with its findings (in report order)."""
        grouped: dict[str, list[Finding]] = {file: [] for file in self.files}
        for finding in self.findings:
            grouped[finding.span.file].append(finding)
        return grouped

    def sorted_rules(self) -> list[RuleInfo]:
        """All rules in code order: the order SARIF's ``driver.rules`` (and ``ruleIndex``) use."""
        return [self.rules[code] for code in sorted(self.rules)]
