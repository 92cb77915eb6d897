"""Findings worded for the reader of a report: names instead of YAML keys, variant labels.

Why a module of its own: ``tk4 check`` speaks to whoever edits the YAML file, so its messages
(:mod:`tk4.messages.nl`) name ids and keys ("kostenevaluatie 'kev-2021'", "in 'inzetten'").
A report is read by a board or an inspector, who knows the document by its title and the
inzet by its name. This module words the same finding for them, from its message id, its
arguments and the names the report shows; a message without internals keeps the text of
``tk4 check``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tk4.messages import format_args
from tk4.render.formatting import capitalised, number_word


@dataclass(frozen=True)
class Names:
    """What the report calls the things a finding refers to by id.

    ``documents`` maps a document id to its title, ``deployments`` an inzet id to its name.
    """

    documents: Mapping[str, str]
    deployments: Mapping[str, str]


_CYCLE_DOCUMENTS = {
    "TK501": ("Beleidsplan", "beleidsplan", "Wvr art. 14", "ten minste eenmaal in de vier jaar"),
    "TK502": ("Crisisplan", "crisisplan", "Wvr art. 16", "ten minste eenmaal in de vier jaar"),
    "TK503": (
        "Risicoprofiel",
        "risicoprofiel",
        "Wvr art. 15",
        "het beleidsplan berust op het risicoprofiel",
    ),
    "TK504": ("Visitatie", "visitatierapport", "Wvr art. 56", "eenmaal in de vijf jaar"),
    "TK505": ("Kostenevaluatie", "kostenevaluatie", "Wvr art. 56", "eenmaal in de drie jaar"),
}
"""The document cycles: label, noun, legal basis and what the law asks."""


def _cycle_messages() -> dict[str, str]:
    """Reader wording of the cycle rules TK501-TK505, one pattern for each variant."""
    messages = {}
    for code, (_, noun, basis, asks) in _CYCLE_DOCUMENTS.items():
        messages[code] = (
            "{titel} is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
            f"({{peildatum}}); dat is meer dan {{max_jaren}} jaar ({basis})"
        )
        messages[f"{code}.ontbreekt"] = f"er is geen {noun} ({basis}: {asks})"
        messages[f"{code}.niet_vastgesteld"] = (
            f"{{titel}} heeft geen datum van vaststelling en telt daarom niet als vastgesteld "
            f"({basis})"
        )
        messages[f"{code}.na_peildatum"] = (
            f"{{titel}} is pas op {{vastgesteld}} vastgesteld, na de peildatum ({{peildatum}}), "
            f"en telt op de peildatum nog niet ({basis})"
        )
    return messages


READER_MESSAGES: Mapping[str, str] = {
    "TK301": "er is nog geen oordeel gegeven",
    "TK303": (
        "norm {norm} is ‘{oordeel}’, hoger dan past bij element {element} (‘{element_oordeel}’)"
    ),
    "TK303.te_laag": (
        "norm {norm} is ‘{oordeel}’, terwijl alle elementen hoger zijn beoordeeld (het laagste: "
        "{element}, ‘{element_oordeel}’)"
    ),
    "TK305": "{kind} {id} is overgenomen van vorig jaar en nog niet opnieuw bevestigd",
    "TK401": (
        "{soort} {onderdeel} is ‘{oordeel}’ zonder bewijs: er is geen document als onderbouwing "
        "genoemd"
    ),
    "TK402": (
        "{titel} was geldig tot {geldig_tot}, vóór de peildatum ({peildatum}), maar is nog "
        "bewijs bij {onderdelen}"
    ),
    "TK402.na_peildatum": (
        "{titel} is pas op {vastgesteld} vastgesteld, na de peildatum ({peildatum}), maar is al "
        "bewijs bij {onderdelen}; op de peildatum gold het nog niet"
    ),
    "TK403": (
        "{titel} is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum (meer dan "
        "{max_jaren} jaar), en is bewijs bij {onderdelen}"
    ),
    "TK404": "{titel} wordt nergens als bewijs, evaluatie of bron gebruikt",
    **_cycle_messages(),
    "TK506": (
        "het laatste jaarverslag, {titel}, is vastgesteld op {vastgesteld}, {leeftijd} vóór de "
        "peildatum ({peildatum}); het algemeen bestuur stelt elk jaar het jaarverslag over het "
        "vorige jaar vast, dus het laatste ontbreekt (toetsingskader 4.4 A)"
    ),
    "TK506.vaststeller_onbekend": (
        "bij jaarverslag {titel} (vastgesteld op {vastgesteld}) staat niet wie het vaststelde; de "
        "regio verantwoordt zich aan het algemeen bestuur (toetsingskader 4.4 A)"
    ),
    "TK506.niet_door_ab": (
        "jaarverslag {titel} is op {vastgesteld} vastgesteld door {door}, niet door het algemeen "
        "bestuur; de regio verantwoordt zich jaarlijks aan het algemeen bestuur "
        "(toetsingskader 4.4 A)"
    ),
    "TK506.ontbreekt": (
        "er is geen jaarverslag; de regio verantwoordt zich jaarlijks aan het algemeen bestuur "
        "(toetsingskader 4.4 A)"
    ),
    "TK506.niet_vastgesteld": (
        "jaarverslag {titel} heeft geen datum van vaststelling en telt niet als verantwoording "
        "aan het algemeen bestuur (toetsingskader 4.4 A)"
    ),
    "TK506.na_peildatum": (
        "jaarverslag {titel} is pas op {vastgesteld} vastgesteld, na de peildatum ({peildatum}); "
        "op de peildatum was er geen recente verantwoording (toetsingskader 4.4 A)"
    ),
    "TK507": (
        "er is geen systeemtest uit {jaar} vastgelegd (Bvr art. 2.5.1: jaarlijks een "
        "gezamenlijke oefening van de hoofdstructuur)"
    ),
    "TK507.na_peildatum": (
        "systeemtest {inzet_naam} is op {datum}, na de peildatum ({peildatum}); op de peildatum "
        "was er in {jaar} nog geen systeemtest (Bvr art. 2.5.1: jaarlijks een gezamenlijke "
        "oefening van de hoofdstructuur)"
    ),
    "TK601": (
        "{omschrijving} bij {inzet_naam}: na {gemeten} minuten, later dan de {norm} minuten van "
        "{artikel}"
    ),
    "TK603": "{soort} {inzet_naam} (GRIP {grip}) heeft geen evaluatie (toetsingskader 4.4 B)",
    "TK603.geen_evaluatie": (
        "als evaluatie van {soort} {inzet_naam} (GRIP {grip}) is {titel} genoemd, geen "
        "evaluatierapport (toetsingskader 4.4 B)"
    ),
    "TK604": "{inzet_naam} was op {datum}, buiten het verslagjaar {jaar}",
    "TK701": (
        "{soort} {verbeterpunt} {stand}, maar heeft geen {ontbreekt} (toetsingskader 4.4 B: "
        "toewijzen en toezien op uitvoering)"
    ),
    "TK702": (
        "{soort} {verbeterpunt} had als termijn {termijn} en {stand} (toetsingskader 4.4 B: "
        "toezien op de uitvoering)"
    ),
    "TK703": (
        "norm {norm} is ‘{oordeel}’, terwijl verbeterpunten over deze norm op de peildatum over "
        "hun termijn waren: {verbeterpunten} (toetsingskader 4.4 B: toezien op de uitvoering)"
    ),
    "TK704": (
        "het thema ‘{thema}’ keert terug: er zijn verbeterpunten over uit {bronnen_woorden} "
        "(inzetten en documenten), {jaren_woorden}; {soort} {verbeterpunt} {stand}. Benoem de "
        "rode draad en beleg de opvolging (toetsingskader 4.4 B)"
    ),
    "TK705.zonder_datum": (
        "{soort} {verbeterpunt} staat op ‘afgerond’, maar de datum van afronding ontbreekt"
    ),
    "TK705.na_opstellen": (
        "{soort} {verbeterpunt} is afgerond op {afgerond_op}, na de datum waarop het bestand is "
        "opgesteld ({opgesteld}); een afronding in de toekomst kan niet"
    ),
    "TK705.niet_afgerond": (
        "{soort} {verbeterpunt} staat op ‘{status}’, maar heeft een datum van afronding "
        "({afgerond_op})"
    ),
}
"""Report wording of the findings whose ``tk4 check`` message names ids or YAML keys."""

_VARIANT_LABELS: Mapping[str, str] = {
    **{f"{code}.ontbreekt": f"{label} ontbreekt" for code, (label, *_) in _CYCLE_DOCUMENTS.items()},
    **{
        f"{code}.niet_vastgesteld": f"{label} niet vastgesteld"
        for code, (label, *_) in _CYCLE_DOCUMENTS.items()
    },
    **{
        f"{code}.na_peildatum": f"{label} pas na de peildatum vastgesteld"
        for code, (label, *_) in _CYCLE_DOCUMENTS.items()
    },
    "TK506.ontbreekt": "Jaarverslag ontbreekt",
    "TK506.niet_vastgesteld": "Jaarverslag niet vastgesteld",
    "TK506.na_peildatum": "Jaarverslag pas na de peildatum vastgesteld",
    "TK506.vaststeller_onbekend": "Vaststeller van het jaarverslag onbekend",
    "TK506.niet_door_ab": "Jaarverslag niet door het algemeen bestuur vastgesteld",
    "TK507.na_peildatum": "Systeemtest pas na de peildatum",
    "TK302.te_kort": "Toelichting te kort",
    "TK402.na_peildatum": "Bewijs nog niet geldig",
    "TK603.geen_evaluatie": "Evaluatie is geen evaluatierapport",
}
"""Labels of message variants that say something else than the rule's name."""


def rule_label(message_id: str, slug: str) -> str:
    """The name of what a finding says, in words: the variant's label or the rule's name.

    "Beleidsplan ontbreekt" for ``TK501.ontbreekt``, "Tijdnorm overschreden" from the slug
    ``tijdnorm-overschreden`` otherwise.
    """
    if message_id in _VARIANT_LABELS:
        return _VARIANT_LABELS[message_id]
    return capitalised(slug.replace("-", " "))


def reader_message(message_id: str, args: Mapping[str, object], names: Names, fallback: str) -> str:
    """The finding worded for a report's reader; ``fallback`` (the check message) otherwise.

    Document and inzet ids become their title and name between quotes; YAML keys and the
    field names of the file are left out. A message whose arguments do not fit the report
    wording (a rule that changed) falls back to ``fallback``.
    """
    pattern = READER_MESSAGES.get(message_id)
    if pattern is None:
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
        ("jaren", "verslagjaar", "verslagjaren"),
    ):
        number = args.get(key)
        if isinstance(number, int):
            values[f"{key}_woorden"] = _counted(key, number, singular, plural)
    try:
        return pattern.format_map(values)
    except (KeyError, ValueError, IndexError):
        return fallback


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
