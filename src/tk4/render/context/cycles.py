"""The legal cycles the report shows a status for, each with the rule that checks it."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.model.report import DocumentKind


@dataclass(frozen=True)
class Cycle:
    """A row of the cycle table: the rule that checks it and the document kind it is about."""

    key: str
    label: str
    noun: str
    rule: str
    document_kind: DocumentKind | None


CYCLES: tuple[Cycle, ...] = (
    Cycle("beleidsplan", "Beleidsplan", "het beleidsplan", "TK501", "beleidsplan"),
    Cycle("crisisplan", "Crisisplan", "het crisisplan", "TK502", "crisisplan"),
    Cycle("risicoprofiel", "Risicoprofiel", "het risicoprofiel", "TK503", "risicoprofiel"),
    Cycle("visitatie", "Visitatie", "de visitatie", "TK504", "visitatierapport"),
    Cycle("kostenevaluatie", "Kostenevaluatie", "de kostenevaluatie", "TK505", "kostenevaluatie"),
    Cycle("jaarverslag", "Jaarverslag (verantwoording)", "het jaarverslag", "TK506", "jaarverslag"),
    Cycle("systeemtest", "Systeemtest", "de systeemtest", "TK507", None),
)
"""The cycle status table: one row per cycle rule; ``document_kind`` None is the systeemtest
(an inzet in the reporting year, not a document)."""

CYCLE_RULES = frozenset(cycle.rule for cycle in CYCLES)
