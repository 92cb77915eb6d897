"""The document of a kind that was in force on the peildatum, for the rules on legal duties."""

from __future__ import annotations

import datetime as dt

from tk4.model.report import Document, DocumentKind, SelfReport


def current_document(
    report: SelfReport, kind: DocumentKind, reference_date: dt.date
) -> tuple[int, Document] | None:
    """The newest document of ``kind`` adopted on or before ``reference_date``, with its index.

    None when there is none; the cycle rules (TK501-TK505) already report a missing, undated
    or too old document, so the rules that use this stay silent then.
    """
    adopted = [
        (index, document)
        for index, document in enumerate(report.documents)
        if document.kind == kind
        and document.adopted is not None
        and document.adopted <= reference_date
    ]
    if not adopted:
        return None
    return max(adopted, key=lambda item: (item[1].adopted or dt.date.min, item[0]))
