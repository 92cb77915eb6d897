"""Findings worded for the reader of a report: names instead of YAML keys, variant labels.

Why a module of its own: ``tk4 check`` speaks to whoever edits the YAML file, so its messages
(:mod:`tk4.messages.nl`) name ids and keys ("kostenevaluatie 'kev-2021'", "in 'inzetten'").
A report is read by a board or an inspector, who knows the document by its title and the
inzet by its name. This module prepares a finding's arguments for them (titles and names
instead of ids) and renders the reader's wording, ``report.<id>`` and ``label.<id>`` in
:mod:`tk4.messages.report_nl`; a message without internals keeps the text of ``tk4 check``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tk4.messages import format_args, has_message, render_message
from tk4.render.formatting import capitalised, number_word


@dataclass(frozen=True)
class Names:
    """What the report calls the things a finding refers to by id.

    ``documents`` maps a document id to its title, ``deployments`` an inzet id to its name.
    """

    documents: Mapping[str, str]
    deployments: Mapping[str, str]


def rule_label(message_id: str, slug: str) -> str:
    """The name of what a finding says, in words: the variant's label or the rule's name.

    "Beleidsplan ontbreekt" for ``TK501.ontbreekt``, "Tijdnorm overschreden" from the slug
    ``tijdnorm-overschreden`` otherwise.
    """
    label = f"label.{message_id}"
    if has_message(label):
        return render_message(label, {})
    return capitalised(slug.replace("-", " "))


def reader_message(message_id: str, args: Mapping[str, object], names: Names, fallback: str) -> str:
    """The finding worded for a report's reader; ``fallback`` (the check message) otherwise.

    Document and inzet ids become their title and name between quotes; YAML keys and the
    field names of the file are left out. Only a finding without a reader's wording
    (no ``report.<id>``) gets ``fallback``; a wording whose arguments do not fit raises,
    because that is a bug (a renamed argument), not a finding to word differently.
    """
    reader_id = f"report.{message_id}"
    if not has_message(reader_id):
        return fallback
    values = {key: _plain(value) for key, value in format_args(args).items()}
    document = args.get("document")
    if isinstance(document, str):
        values["titel"] = _quoted(names.documents.get(document, document))
    deployment = args.get("inzet")
    if isinstance(deployment, str):
        values["inzet_naam"] = _quoted(names.deployments.get(deployment, deployment))
    if "door" in values:
        values["door"] = _quoted(values["door"])
    for key, singular, plural in (
        ("bronnen", "verschillende bron", "verschillende bronnen"),
        ("jaren", "jaar", "jaren"),
    ):
        number = args.get(key)
        if isinstance(number, int):
            values[f"{key}_woorden"] = _counted(key, number, singular, plural)
    return render_message(reader_id, values)


def _counted(key: str, number: int, singular: str, plural: str) -> str:
    """A count in words: "vijf verschillende bronnen", "alle uit één verslagjaar"."""
    noun = singular if number == 1 else plural
    if key == "jaren":
        return (
            f"alle uit {number_word(number)} {noun}"
            if number == 1
            else (f"uit {number_word(number)} {noun}")
        )
    return f"{number_word(number)} {noun}"


def _plain(value: object) -> str:
    """An argument as text, with the straight quotes of check messages made typographic."""
    return re.sub(r"'([^']*)'", "‘\\1’", str(value))


def _quoted(text: str) -> str:
    """A title or name between typographic quotes, on one line."""
    return f"‘{' '.join(text.split())}’"
