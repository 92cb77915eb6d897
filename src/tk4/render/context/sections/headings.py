"""The chapters and paragraphs of the report, numbered, with their HTML ids."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import anchor_for
from tk4.render.context.views.blocks import Heading


def build_headings(shared: Shared) -> tuple[Heading, ...]:
    """The chapters with their sub-headings.

    Samenvatting and bijlagen are unnumbered, as in Dutch reports; chapters 1-6 and their
    paragraphs are numbered, the appendices are "Bijlage 1" and so on.
    """
    publication = shared.catalogue.publication
    other_findings = bool(shared.findings_at("algemeen"))
    inspection = (
        shared.other
        if shared.other is not None
        else (shared.report if shared.by_inspection else None)
    )
    recommends = inspection is not None and bool(inspection.improvements)
    chapters: list[tuple[str, str, list[tuple[str, str]]]] = [
        (
            "samenvatting",
            "Samenvatting, conclusies en aanbevelingen"
            if recommends
            else "Samenvatting en conclusies",
            [
                ("beeld-in-het-kort", "Beeld in het kort"),
                ("oordelen-in-cijfers", "Oordelen in cijfers"),
                *([("aanbevelingen-inspectie", "Aanbevelingen van de Inspectie")] * recommends),
                ("belangrijkste-aandachtspunten", "Belangrijkste aandachtspunten"),
            ],
        ),
        (
            "inleiding",
            "Inleiding",
            [("beoordelingskader", "Beoordelingskader"), ("werkwijze", "Werkwijze")],
        ),
        (
            "kerngegevens",
            "Kerngegevens",
            [
                ("documentregister", "Documentregister"),
                ("cycli", "Wettelijke cycli"),
                *([("overige-aandachtspunten", "Overige aandachtspunten")] * other_findings),
            ],
        ),
        (
            "beoordeling",
            "Beoordeling per proces, norm en element",
            [
                (anchor_for("proces", process.id), f"{process.id} {process.title}")
                for process in shared.catalogue.processes
            ],
        ),
        (
            "prestaties",
            "Operationele prestaties",
            [
                ("tijdnormen", "Tijdnormen uit het Besluit veiligheidsregio's"),
                ("inzetten", f"Inzetten in {shared.report.year}"),
            ],
        ),
        (
            "leren",
            "Leren en verbeteren",
            [
                ("verbeterpunten", shared.register.heading),
                *(
                    [("aanbevelingen", "Aanbevelingen van de Inspectie")]
                    * (shared.other is not None)
                ),
                ("rode-draden", "Rode draden"),
            ],
        ),
        (
            "eindconclusie",
            "Eindconclusie en overzicht scores",
            [
                ("overzicht-scores", "Overzicht scores"),
                ("dekking-aspecten", "Dekking per aspect"),
            ],
        ),
    ]
    headings = []
    for number, (key, title, children) in enumerate(chapters):
        chapter = str(number) if number else ""
        headings.append(
            _heading(
                key,
                chapter,
                title,
                tuple(
                    _heading(child, f"{chapter}.{index}" if chapter else "", child_title)
                    for index, (child, child_title) in enumerate(children, start=1)
                ),
            )
        )
    appendices = (
        ("bijlage-toetsingskader", f"{publication.title} {publication.subtitle}"),
        ("bijlage-aandachtspunten", "Aandachtspunten uit de toetsing"),
        ("bijlage-afkortingen", "Afkortingen"),
    )
    headings.append(
        _heading(
            "bijlagen",
            "",
            "Bijlagen",
            tuple(
                _heading(key, f"Bijlage {index}", title, separator=". ")
                for index, (key, title) in enumerate(appendices, start=1)
            ),
        )
    )
    return tuple(headings)


def _md_anchor(title: str) -> str:
    """The anchor GitHub and GitLab give a Markdown heading with ``title``."""
    text = re.sub(r"[^\w\- ]", "", title.lower())
    return text.replace(" ", "-")


def _heading(
    key: str, number: str, title: str, children: tuple[Heading, ...] = (), *, separator: str = " "
) -> Heading:
    """A heading with its number and sub-headings."""
    text = f"{number}{separator}{title}" if number else title
    return Heading(key, number, title, text, _md_anchor(text), children)


def every_heading(headings: Sequence[Heading]) -> list[Heading]:
    """Every heading and sub-heading, in order."""
    return [item for heading in headings for item in (heading, *every_heading(heading.children))]
