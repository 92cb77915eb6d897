"""Walking the judgements of a report (norms and elements) and ranking them on the scale.

Why: several rules look at "every judgement" the same way; ranks come from the catalogue's
scale, so no rule compares level strings such as 'op niveau' itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from tk4.model.catalogue import Catalogue
from tk4.model.report import Assessment, SelfReport
from tk4.source import KeyPath


@dataclass(frozen=True)
class Judgement:
    """One judgement in a report: of a norm or of one of its elements."""

    kind: Literal["norm", "element"]
    id: str
    path: KeyPath
    assessment: Assessment


def judgements(report: SelfReport) -> Iterator[Judgement]:
    """Every norm judgement followed by its element judgements, in file order."""
    for norm_id, norm in report.norms.items():
        yield Judgement("norm", norm_id, ("normen", norm_id), norm)
        for element_id, element in norm.elements.items():
            path = ("normen", norm_id, "elementen", element_id)
            yield Judgement("element", element_id, path, element)


def rank(catalogue: Catalogue, assessment: Assessment) -> int | None:
    """The rank of the judgement on the scale; None when not judged or 'niet beoordeeld'."""
    if assessment.judgement is None:
        return None
    return catalogue.scale_by_value[assessment.judgement].rank


def ranks(catalogue: Catalogue) -> list[int]:
    """The ranks of the scale's real judgements, lowest first."""
    return sorted(level.rank for level in catalogue.scale if level.rank is not None)


def evidence_users(report: SelfReport) -> dict[str, list[str]]:
    """Document id → the norms and elements whose judgement cites it as evidence, in file order."""
    users: dict[str, list[str]] = {}
    for judgement in judgements(report):
        for document_id in judgement.assessment.evidence:
            users.setdefault(document_id, []).append(judgement.id)
    return users
