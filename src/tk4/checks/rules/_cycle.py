"""The age check shared by the cycle rules: is the newest document of a kind recent enough?

Which document counts: the newest (by ``vastgesteld``) document of the kind that was adopted
on or before the peildatum. A document without ``vastgesteld`` is not adopted; one adopted
after the peildatum did not exist yet on that date. The variants of the message id:

- ``<code>``: the newest document is older than the limit (at that document);
- ``<code>.ontbreekt``: no document of the kind at all (at ``documenten``, subject the kind);
- ``<code>.niet_vastgesteld``: only documents without ``vastgesteld`` (at the last of them);
- ``<code>.na_peildatum``: only documents adopted after the peildatum (at the first of them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tk4.checks.base import CheckContext, Violation
from tk4.checks.cycles import LegalCycle
from tk4.checks.rules._dates import age_between, is_older_than


def check_document_age(
    ctx: CheckContext,
    cycle: LegalCycle,
    max_months: int,
    args: Mapping[str, Any],
) -> Iterator[Violation]:
    """Yield one violation when no document of the cycle is at most ``max_months`` old."""
    code, kind = cycle.rule, cycle.document_kind
    if kind is None:
        raise ValueError(f"{code}: de leeftijdstoets geldt alleen voor een cyclus met een document")
    reference = ctx.reference_date
    common = {**args, "peildatum": reference}
    of_kind = [(i, d) for i, d in enumerate(ctx.report.documents) if d.kind == kind]
    if not of_kind:
        yield Violation(("documenten",), f"{code}.ontbreekt", common, subject=kind)
        return
    dated = [(i, d, d.adopted) for i, d in of_kind if d.adopted is not None]
    in_time = [item for item in dated if item[2] <= reference]
    if in_time:
        index, document, adopted = max(in_time, key=lambda item: item[2])
        if is_older_than(adopted, max_months, reference):
            details = {
                "vastgesteld": adopted,
                "leeftijd": age_between(adopted, reference),
            }
            yield _at(index, document.id, code, {**common, **details})
    elif dated:
        index, document, adopted = min(dated, key=lambda item: item[2])
        details = {"vastgesteld": adopted}
        yield _at(index, document.id, f"{code}.na_peildatum", {**common, **details})
    else:
        index, document = of_kind[-1]
        yield _at(index, document.id, f"{code}.niet_vastgesteld", common)


def _at(index: int, document_id: str, message_id: str, args: Mapping[str, Any]) -> Violation:
    return Violation(
        ("documenten", index), message_id, {**args, "document": document_id}, subject=document_id
    )
