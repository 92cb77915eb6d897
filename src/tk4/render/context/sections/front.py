"""The title page, the inleiding and the colophon."""

from __future__ import annotations

from collections.abc import Mapping

from tk4.model.report import SelfReport
from tk4.render.context.labels import DISCLAIMER, KIND_LABELS
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import one_line
from tk4.render.context.views.blocks import Heading
from tk4.render.context.views.front import Colophon, Fact, Introduction, TitlePage
from tk4.render.formatting import counted_words, dutch_date, enumeration


def build_title_page(shared: Shared) -> TitlePage:
    """The title page, with the facts of the report and the running header."""
    report = shared.report
    kind = KIND_LABELS[report.kind]
    heading = f"{kind} {report.year}"
    if shared.other is not None:
        heading = f"Zelfevaluatie en inspectieoordeel {report.year}"
    title = f"{heading}: {shared.region_title}"
    publication = shared.catalogue.publication
    concept = not any(_judges(shared, r) for r in (report, shared.other) if r is not None)
    facts = [
        Fact("Veiligheidsregio", f"{report.region} {shared.region_name}"),
        Fact("Verslagjaar", str(report.year)),
        Fact("Soort", kind if shared.other is None else "Zelfevaluatie naast inspectieoordeel"),
        Fact(
            "Toetsingskader",
            f"versie {shared.catalogue.version} ({publication.published})",
        ),
        Fact(
            "Zelfevaluatie opgesteld" if shared.other is not None else "Opgesteld",
            f"{dutch_date(report.drafted.date)} door {one_line(report.drafted.by)}",
        ),
    ]
    if shared.other is not None:
        facts.append(
            Fact(
                "Inspectieoordeel opgesteld",
                f"{dutch_date(shared.other.drafted.date)} door {one_line(shared.other.drafted.by)}",
            )
        )
    facts.append(Fact("Peildatum van de toetsing", dutch_date(shared.reference_date)))
    return TitlePage(
        title=title,
        subtitle=f"{publication.title} {publication.subtitle}",
        region_code=report.region,
        region_name=shared.region_name,
        year=report.year,
        kind=kind,
        catalogue_version=shared.catalogue.version,
        drafted_date=dutch_date(report.drafted.date),
        drafted_by=one_line(report.drafted.by),
        reference_date=dutch_date(shared.reference_date),
        running_header=(
            f"{'CONCEPT · ' if concept else ''}{report.region} {shared.region_name} · {heading}"
        ),
        facts=tuple(facts),
        concept=(
            "CONCEPT: dit rapport bevat nog geen enkel oordeel over een norm of element."
            if concept
            else None
        ),
        authors="; ".join(
            dict.fromkeys(one_line(r.drafted.by) for r in (report, shared.other) if r is not None)
        ),
    )


def _judges(shared: Shared, report: SelfReport) -> bool:
    """Whether ``report`` gives at least one assessed judgement of a norm or element."""
    judgements = [
        judgement
        for norm in report.norms.values()
        for judgement in (norm.judgement, *(e.judgement for e in norm.elements.values()))
    ]
    return any(j is not None and shared.levels[j].rank is not None for j in judgements)


def build_introduction(shared: Shared, sections: Mapping[str, Heading]) -> Introduction:
    """The inleiding: what the report covers, whose judgements, and how it was checked."""
    report, publication = shared.report, shared.catalogue.publication
    processes = shared.catalogue.processes
    norms, elements = len(shared.catalogue.norms), len(shared.catalogue.elements)
    paragraphs = [
        "Dit rapport beschrijft de multidisciplinaire taakuitvoering van "
        f"{shared.region_title} ({report.region}) in {report.year}. Het volgt het "
        f"{publication.title} {publication.subtitle} van de {publication.publisher_current} "
        f"({publication.published}). Dat kader kent "
        f"{counted_words(len(processes), 'proces', 'processen')} — "
        f"{enumeration([f'‘{process.title.lower()}’' for process in processes])} — met samen "
        f"{counted_words(norms, 'norm', 'normen')} en "
        f"{counted_words(elements, 'element', 'elementen')}."
    ]
    own = f"{one_line(report.drafted.by)}, {dutch_date(report.drafted.date)}"
    if shared.other is not None:
        other = f"{one_line(shared.other.drafted.by)}, {dutch_date(shared.other.drafted.date)}"
        paragraphs.append(
            "Het rapport zet twee beoordelingen naast elkaar: het zelfbeeld van de regio uit "
            f"haar zelfevaluatie ({own}) en het oordeel van de Inspectie ({other}). Waar ze "
            "uiteenlopen, staat bij de norm of het element ‘verschil’, met de richting."
        )
        paragraphs.append(
            "Documentregister, wettelijke cycli, inzetten en verbeterpunten zijn die uit de "
            "zelfevaluatie. Uit het inspectieoordeel komen de oordelen over normen en "
            "elementen, de oordelen over de prestaties bij dezelfde inzetten en de "
            f"aanbevelingen (paragraaf {sections['aanbevelingen'].number}). Het eigen "
            "documentregister van de Inspectie is niet opgenomen; de stukken waarop zij haar "
            "oordelen baseert, staan daar als bewijs bij."
        )
    elif report.kind == "inspectieoordeel":
        paragraphs.append(f"De oordelen zijn die van de Inspectie ({own}).")
    else:
        paragraphs.append(
            f"De oordelen zijn die van de regio zelf, uit haar zelfevaluatie ({own})."
        )
    method = [
        "Naast de oordelen is het dossier getoetst op volledigheid en termijnen, met "
        f"peildatum {dutch_date(shared.reference_date)}: ontbrekende oordelen, toelichtingen "
        "en bewijsstukken, de wettelijke cycli van plannen, visitatie en systeemtest, "
        "opkomsttijden tegen de normen van het Besluit veiligheidsregio's en de opvolging "
        "van verbeterpunten.",
        "Wat die toetsing vindt, staat als aandachtspunt bij het onderdeel waar het over gaat. "
        f"{sections['bijlage-aandachtspunten'].number} somt ze allemaal op, met de code van "
        "de toetsregel en de vindplaats in het bestand.",
    ]
    if shared.switched_off:
        ran, total = len(shared.rules), len(shared.rules) + len(shared.switched_off)
        method.append(
            f"Niet alle toetsregels zijn gebruikt: {ran} van de {total} stonden aan. Uit "
            f"stonden {enumeration(shared.switched_off_names())}. Wat die regels toetsen, "
            "staat dus niet in dit rapport; een wettelijke cyclus waarvan de regel uit stond, "
            "heet ‘niet getoetst’."
        )
    return Introduction(
        paragraphs=tuple(paragraphs),
        scale=tuple(shared.scale_with_unassessed()),
        method=tuple(method),
    )


def build_colophon(shared: Shared) -> Colophon:
    """Who drew the report up, where the framework comes from and what generated it."""
    publication = shared.catalogue.publication
    drawn_up = [
        f"{KIND_LABELS[report.kind]} opgesteld door {one_line(report.drafted.by)} op "
        f"{dutch_date(report.drafted.date)}."
        for report in (shared.report, shared.other)
        if report is not None
    ]
    return Colophon(
        disclaimer=DISCLAIMER,
        drawn_up=tuple(drawn_up),
        source=(
            f"Het toetsingskader in dit rapport komt uit het {publication.title} "
            f"{publication.subtitle} van de {publication.publisher_current} "
            f"({publication.published}); overname is toegestaan met vermelding van de bron."
        ),
        generated=(
            f"gegenereerd met tk4 {shared.version}, peildatum {dutch_date(shared.reference_date)}"
        ),
    )
