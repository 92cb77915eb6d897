"""The legal cycles: one row per cycle rule (TK501-TK507), the one place their facts are written.

Why: the rules (their ``basis`` and default term), the report's cycle table and the ids it
files findings under all need the same facts; written once here, they cannot drift apart.
The wording of the findings about a cycle is in :mod:`tk4.messages` (``TK501.ontbreekt``…),
which cites :attr:`LegalCycle.citation`; a test holds the two together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from tk4.model.report import DocumentKind


@dataclass(frozen=True)
class LegalCycle:
    """A legal cycle: what must be renewed, how often by default, and on what legal basis.

    ``document_kind`` None is the systeemtest (an inzet in the reporting year, not a document).
    ``renewal`` marks the documents whose age the shared age check of the cycle rules judges
    (TK501-TK505); other rules leave the age of those documents to them.
    """

    key: str
    rule: str
    document_kind: DocumentKind | None
    label: str
    noun: str
    basis: str
    citation: str
    term: int
    unit: Literal["jaar", "maand"]
    renewal: bool


CYCLES: tuple[LegalCycle, ...] = (
    LegalCycle(
        "beleidsplan",
        "TK501",
        "beleidsplan",
        "Beleidsplan",
        "het beleidsplan",
        "Wvr art. 14",
        "Wvr art. 14",
        4,
        "jaar",
        renewal=True,
    ),
    LegalCycle(
        "crisisplan",
        "TK502",
        "crisisplan",
        "Crisisplan",
        "het crisisplan",
        "Wvr art. 16",
        "Wvr art. 16",
        4,
        "jaar",
        renewal=True,
    ),
    LegalCycle(
        "risicoprofiel",
        "TK503",
        "risicoprofiel",
        "Risicoprofiel",
        "het risicoprofiel",
        "Wvr art. 15 (praktijk: vierjaarlijks, basis van het beleidsplan); toetsingskader 4.1 A",
        "Wvr art. 15",
        4,
        "jaar",
        renewal=True,
    ),
    LegalCycle(
        "visitatie",
        "TK504",
        "visitatierapport",
        "Visitatie",
        "de visitatie",
        "Wvr art. 56; toetsingskader 4.4 B",
        "Wvr art. 56",
        5,
        "jaar",
        renewal=True,
    ),
    LegalCycle(
        "kostenevaluatie",
        "TK505",
        "kostenevaluatie",
        "Kostenevaluatie",
        "de kostenevaluatie",
        "Wvr art. 56",
        "Wvr art. 56",
        3,
        "jaar",
        renewal=True,
    ),
    LegalCycle(
        "jaarverslag",
        "TK506",
        "jaarverslag",
        "Jaarverslag (verantwoording)",
        "het jaarverslag",
        "Toetsingskader 4.4 A (jaarlijkse verantwoording aan het algemeen bestuur); Wgr",
        "toetsingskader 4.4 A",
        12,
        "maand",
        renewal=False,
    ),
    LegalCycle(
        "systeemtest",
        "TK507",
        None,
        "Systeemtest",
        "de systeemtest",
        "Bvr art. 2.5.1; toetsingskader §1.3",
        "Bvr art. 2.5.1",
        1,
        "jaar",
        renewal=False,
    ),
)
"""The cycles in the order the report shows them. ``basis`` is the rule's (``tk4 rules``),
``citation`` what its messages cite; ``term`` and ``unit`` are the default term."""

BY_RULE: Mapping[str, LegalCycle] = {cycle.rule: cycle for cycle in CYCLES}
"""The cycle of each cycle rule, by rule code."""

CYCLE_RULES: frozenset[str] = frozenset(BY_RULE)
"""The codes of the cycle rules."""

RENEWAL_KINDS: frozenset[DocumentKind] = frozenset(
    cycle.document_kind for cycle in CYCLES if cycle.renewal and cycle.document_kind is not None
)
"""Document kinds with a legal renewal cycle, each checked by its own rule (TK501-TK505)."""
