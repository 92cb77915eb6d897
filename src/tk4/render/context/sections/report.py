"""The one entry point of the view-model: :func:`build_view` puts the sections together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from tk4.model.catalogue import Catalogue
from tk4.model.reference import AbbreviationList
from tk4.model.regions import RegionRegister
from tk4.render.context.badges import (
    DIFFERENCE_BADGE,
    OVERDUE_BADGE,
    SEVERITY_BADGES,
    STATUS_BADGES,
    TIME_BADGES,
    UNASSESSED,
)
from tk4.render.context.sections.appendices import build_appendices
from tk4.render.context.sections.assessment import build_processes
from tk4.render.context.sections.conclusion import build_conclusion
from tk4.render.context.sections.front import build_colophon, build_introduction, build_title_page
from tk4.render.context.sections.headings import build_headings, every_heading
from tk4.render.context.sections.key_data import build_key_data
from tk4.render.context.sections.learning import build_improvements, build_learning
from tk4.render.context.sections.operations import build_operations
from tk4.render.context.sections.shared import Shared
from tk4.render.context.sections.summary import build_summary
from tk4.render.context.views.report import ReportInput, ReportView, RuleSetting


def build_view(
    catalogue: Catalogue,
    main: ReportInput,
    *,
    reference_date: dt.date,
    regions: RegionRegister,
    abbreviations: AbbreviationList,
    rules: Mapping[str, RuleSetting],
    version: str,
    inspection: ReportInput | None = None,
    switched_off: Mapping[str, RuleSetting] | None = None,
) -> ReportView:
    """The view-model of the report on ``main`` (beside ``inspection``, when given).

    ``rules`` holds the rules that ran (by code), so a cycle whose rule was switched off reads
    "niet getoetst" rather than "op orde"; ``switched_off`` the rules that exist but did not
    run, so the report can name them and still give a cycle's legal term and basis.
    """
    shared = Shared(
        catalogue,
        main,
        inspection,
        reference_date,
        regions,
        abbreviations,
        rules,
        switched_off or {},
        version,
    )
    chapters = build_headings(shared)
    sections = {heading.id: heading for heading in every_heading(chapters)}
    toc = tuple(
        replace(chapter, children=tuple(child for child in chapter.children if child.number))
        for chapter in chapters
    )
    processes = build_processes(shared, sections)
    improvements = build_improvements(shared, shared.report, "verbeterpunt", "verbeterpunten")
    recommendations = (
        build_improvements(shared, shared.other, "inspectiepunt", "inspectiepunt")
        if shared.other is not None
        else ()
    )
    operations = build_operations(shared)
    key_data = build_key_data(shared)
    side_by_side = shared.other is not None
    badges = (
        *(level.badge for level in shared.levels.values()),
        *((shared.unassessed.badge,) if shared.unassessed is UNASSESSED else ()),
        *STATUS_BADGES.values(),
        *SEVERITY_BADGES.values(),
        *TIME_BADGES.values(),
        OVERDUE_BADGE,
        DIFFERENCE_BADGE,
    )
    return ReportView(
        title_page=build_title_page(shared),
        toc=toc,
        sections=sections,
        side_by_side=side_by_side,
        own_label="Zelfbeeld" if side_by_side else "Oordeel",
        other_label="Inspectie",
        summary=build_summary(
            shared, processes, improvements, recommendations, operations, key_data.cycles
        ),
        introduction=build_introduction(shared, sections),
        key_data=key_data,
        processes=processes,
        operations=operations,
        learning=build_learning(shared, improvements, recommendations),
        conclusion=build_conclusion(shared, processes),
        appendices=build_appendices(shared),
        colophon=build_colophon(shared),
        badges=tuple(dict.fromkeys(badges)),
    )
