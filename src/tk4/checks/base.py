"""What a gap rule is, and what it gets to look at.

A rule lives in its own module under :mod:`tk4.checks.rules`: the module docstring is its
documentation (summary, *Waarom*, *Opties*, *Fout* and *Goed* YAML examples), the module-level
``RULE`` holds its metadata and the ``check`` function it runs. The runner turns what ``check``
yields (:class:`Violation`) into :class:`~tk4.findings.Finding` values with the configured
severity and the source span of the entry concerned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

from tk4.findings import Severity
from tk4.model.catalogue import Catalogue
from tk4.model.report import SelfReport
from tk4.source import KeyPath, SourceMap

Family = Literal["dekking", "bewijs", "cycli", "prestaties", "leren"]

FAMILIES: Mapping[str, tuple[str, str]] = {
    "dekking": ("TK3", "Dekking: is alles beoordeeld en onderbouwd?"),
    "bewijs": ("TK4", "Bewijs: rusten oordelen op actuele documenten?"),
    "cycli": ("TK5", "Wettelijke cycli: zijn plannen, visitatie en systeemtest op tijd?"),
    "prestaties": ("TK6", "Operationele prestaties: tijden, niveaus en evaluaties van inzetten"),
    "leren": ("TK7", "Leercyclus: verbeterpunten, termijnen en rode draden"),
}
"""Rule families: code prefix and a Dutch description."""


@dataclass(frozen=True)
class Option:
    """A configurable threshold of a rule, with the range a configured value must lie in.

    ``minimum`` and ``maximum`` (inclusive, None: unbounded) apply to numeric options.
    """

    default: int | float | str
    description: str
    minimum: int | float | None = None
    maximum: int | float | None = None

    def in_range(self, value: float) -> bool:
        """Whether ``value`` lies within ``minimum`` and ``maximum``."""
        low, high = self.minimum, self.maximum
        return (low is None or value >= low) and (high is None or value <= high)

    def range_text(self) -> str:
        """The allowed values in Dutch ("ten minste 1", "1 tot en met 6"); empty if unbounded."""
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f"{low} tot en met {high}"
        if low is not None:
            return f"ten minste {low}"
        if high is not None:
            return f"hoogstens {high}"
        return ""


@dataclass(frozen=True)
class Violation:
    """What a rule reports: where (key path), what (message id + args) and about what.

    ``at_key`` points the finding at the key that introduces ``path`` (e.g. ``RB.A.1:``)
    rather than at its value. ``info`` marks a note rather than a gap (e.g. an element left
    *niet beoordeeld* with a reason): the finding is then shown as info, whatever the
    configured severity of the rule.
    """

    path: KeyPath
    message_id: str
    args: Mapping[str, Any] = field(default_factory=dict)
    subject: str | None = None
    at_key: bool = True
    info: bool = False


@dataclass(frozen=True)
class EarlierReport:
    """A report of the same region from an earlier year (for rules across years)."""

    report: SelfReport
    source: SourceMap


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at for one report."""

    report: SelfReport
    catalogue: Catalogue
    source: SourceMap
    reference_date: dt.date
    options: Mapping[str, Any]
    history: Sequence[EarlierReport] = ()

    def option(self, name: str) -> Any:
        """The configured (or default) value of option ``name`` of the running rule."""
        return self.options[name]


CheckFunction = Callable[[CheckContext], Iterator[Violation]]


@dataclass(frozen=True)
class Rule:
    """Metadata of a rule plus its check function; the module docstring is its doc.

    ``statutory`` marks a rule that checks a legal duty (Wvr or Bvr, named in ``basis``): an
    ``uitzonderingen`` entry cannot accept its findings away; its reason is kept as the
    region's motivation and the finding keeps its severity and the exit code.
    """

    code: str
    slug: str
    family: Family
    severity: Severity
    summary: str
    basis: str
    check: CheckFunction
    options: Mapping[str, Option] = field(default_factory=dict)
    since: str = "0.1.0"
    in_validate: bool = False
    statutory: bool = False
    module: ModuleType | None = field(default=None, compare=False, repr=False)

    @property
    def doc(self) -> str:
        """The rule's documentation: its module docstring."""
        return (self.module.__doc__ or "") if self.module is not None else ""
