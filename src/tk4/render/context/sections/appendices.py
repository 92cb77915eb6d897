"""The bijlagen: the framework as used with its errata, every finding, the abbreviations."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tk4.model.catalogue import Element, SubPoint
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import anchor_for, one_line
from tk4.render.context.views.appendices import (
    AbbreviationView,
    Appendices,
    ErratumView,
    FrameworkElement,
    FrameworkNorm,
    FrameworkProcess,
    SubPointView,
)
from tk4.render.formatting import capitalised, dutch_date

_LINE_NUMBERS = re.compile(r"\s*\(r\. [0-9, \-]+\)|\br\. [0-9][0-9, \-]*(?=[:) ])")
_FIELD_NAMES = (
    (re.compile(r"\s*\((?:publisher_as_printed|publisher_current)\)"), ""),
    (re.compile(r"\bstatement_detail = "), "formulering in hoofdstuk 4 uit "),
    (re.compile(r"\bstatement = "), "normtekst uit "),
    (re.compile(r"\bpublished: "), "verschenen: "),
    (re.compile(r"\bcolophon_date: "), "datum in het colofon: "),
    (re.compile(r"\bin_force: "), "in werking: "),
    (re.compile(r"\s*\(basis: interpretatie-tk4\)"), ""),
)
"""Catalogue field names in the errata, with the words a reader understands instead."""
ERRATUM_KINDS: Mapping[str, str] = {
    "naam-uitgever": "naam van de uitgever",
    "inhoudsopgave": "inhoudsopgave",
    "kapotte-verwijzing": "verbroken verwijzing",
    "datum": "datum",
    "formulering-h3-h4": "formulering hoofdstuk 3 en 4",
    "typefout": "typefout",
    "taalfout": "taalfout",
    "ontbreekt-in-tekstversie": "ontbreekt in de tekstversie",
    "opmaak-tekstversie": "opmaak van de tekstversie",
}
"""Dutch labels of the kinds of errata."""


def build_appendices(shared: Shared) -> Appendices:
    """The bijlagen: the framework as used, its errata, every finding and the abbreviations."""
    publication = shared.catalogue.publication
    processes = tuple(
        FrameworkProcess(
            id=process.id,
            title=process.title,
            description=process.description,
            statement=process.statement,
            norms=tuple(
                FrameworkNorm(
                    id=norm.id,
                    anchor=anchor_for("kader", norm.id),
                    statement=norm.statement,
                    detail=norm.statement_detail,
                    elements=tuple(
                        FrameworkElement(
                            id=element.id,
                            anchor=anchor_for("kader", element.id),
                            text=element.text,
                            aspects=_aspect_names(shared, element),
                            subpoints=subpoint_views(element.children, 1),
                        )
                        for element in norm.elements
                    ),
                )
                for norm in process.norms
            ),
        )
        for process in shared.catalogue.processes
    )
    errata = tuple(
        ErratumView(
            id=erratum.id,
            kind=ERRATUM_KINDS.get(erratum.kind, erratum.kind.replace("-", " ")),
            location=_for_reader(erratum.location),
            as_printed=one_line(erratum.as_printed),
            reading=capitalised(_for_reader(erratum.tk4_reading)),
        )
        for erratum in shared.catalogue.errata
    )
    return Appendices(
        framework_title=f"{publication.title} {publication.subtitle}",
        source_reference=(
            f"De tekst van het {publication.title} {publication.subtitle}, versie "
            f"{publication.published}, van de {publication.publisher_current} (bij "
            f"verschijnen heette zij nog {publication.publisher_as_printed}); in werking "
            f"sinds {dutch_date(publication.in_force)}. Processen, normen, elementen en "
            "subpunten staan er letterlijk; de indeling in aspecten is van tk4."
        ),
        processes=processes,
        errata=errata,
        findings_note=(
            "Alle bevindingen van de toetsing, per bestand in de volgorde van de regels, met "
            "de code van de toetsregel en de vindplaats; in de tekst staan ze bij het "
            "onderdeel waar ze over gaan."
        ),
        findings=tuple(
            placed.view
            for placed in sorted(shared.placed, key=lambda p: (not p.own, p.view.line, p.view.code))
        ),
        abbreviations=tuple(
            AbbreviationView(item.term, item.meaning)
            for item in sorted(shared.abbreviations.abbreviations, key=lambda a: a.term.casefold())
        ),
    )


def _aspect_names(shared: Shared, element: Element) -> str:
    names = {aspect.id: aspect.name for aspect in shared.catalogue.aspects}
    return ", ".join(names[aspect].lower() for aspect in element.aspects.aspects)


def _for_reader(text: str) -> str:
    """Erratum text without line numbers of the text version or catalogue field names."""
    text = _LINE_NUMBERS.sub("", one_line(text))
    for pattern, words in _FIELD_NAMES:
        text = pattern.sub(words, text)
    return re.sub(r"\s+([,;:.)])", "\\1", text).strip()


def subpoint_views(points: Sequence[SubPoint], depth: int) -> tuple[SubPointView, ...]:
    """The sub-points of an element as shown, ``depth`` levels deep (for the Markdown indent)."""
    return tuple(
        SubPointView(
            id=point.id,
            marker=point.id.rsplit(".", 1)[-1],
            text=point.text,
            md_indent="  " * depth,
            children=subpoint_views(point.children, depth + 1),
        )
        for point in points
    )
