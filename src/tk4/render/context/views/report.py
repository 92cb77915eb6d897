"""The whole report as a template gets it, and what the builder is given."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tk4.findings import Finding
from tk4.model.report import SelfReport
from tk4.render.context.views.appendices import Appendices
from tk4.render.context.views.assessment import ProcessView
from tk4.render.context.views.blocks import Badge, Heading
from tk4.render.context.views.conclusion import Conclusion
from tk4.render.context.views.front import Colophon, Introduction, Summary, TitlePage
from tk4.render.context.views.key_data import KeyData
from tk4.render.context.views.learning import Learning
from tk4.render.context.views.operations import Operations


@dataclass(frozen=True)
class ReportView:
    """Everything a report template gets, as ``view``.

    ``toc`` holds the chapters (with their numbered sub-headings); ``sections`` every
    heading by id, e.g. ``view.sections.documentregister``.
    """

    title_page: TitlePage
    toc: tuple[Heading, ...]
    sections: Mapping[str, Heading]
    side_by_side: bool
    own_label: str
    other_label: str
    summary: Summary
    introduction: Introduction
    key_data: KeyData
    processes: tuple[ProcessView, ...]
    operations: Operations
    learning: Learning
    conclusion: Conclusion
    appendices: Appendices
    colophon: Colophon
    badges: tuple[Badge, ...]


@dataclass(frozen=True)
class ReportInput:
    """One validated report with the findings ``tk4 check`` gave for it.

    ``link_folder`` is the folder of the report file as seen from where the rendered report
    is read (a relative POSIX path, "" for the same folder): relative evidence references
    are relative to the file, so they are prefixed with it to keep working.
    """

    report: SelfReport
    findings: Sequence[Finding]
    link_folder: str = ""


@dataclass(frozen=True)
class RuleSetting:
    """What the report needs to know about a rule: its basis, option values and slug."""

    basis: str
    options: Mapping[str, object]
    slug: str = ""
