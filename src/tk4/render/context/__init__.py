"""The view-model of a report: everything a template shows, counted, sorted and formatted.

Templates only loop and branch over what is built here. This package decides which findings
belong where (and merges the same finding from both files), which improvement points are
overdue, which turn-out times exceed the Bvr norm, how chapters are numbered, how dates and
numbers read in Dutch and which colour and text label a judgement gets; :mod:`tk4.render.prose`
words the generated sentences. Every value is a frozen dataclass, a tuple or a string, so a
template cannot change it.

Layout: ``views/`` holds the dataclasses (types only), one module per report section;
``sections/`` the functions that fill them, one module per section, sharing the inputs and placed
findings of :class:`~tk4.render.context.sections.shared.Shared`; :func:`build_view` in
``sections/report.py`` is the one entry point. ``badges``, ``labels``, ``cycles``, ``text`` and
``links`` hold the fixed colours, texts and small helpers. This module re-exports the public
names, so ``from tk4.render.context import ReportView`` keeps working.
"""

from __future__ import annotations

from tk4.checks.cycles import CYCLE_RULES, CYCLES
from tk4.render.context.badges import (
    BAD,
    DIFFERENCE_BADGE,
    GOOD,
    HIGHLIGHT,
    NEUTRAL,
    OVERDUE_BADGE,
    SEVERITY_BADGES,
    STATUS_BADGES,
    STATUS_GAP,
    STATUS_OK,
    STATUS_UNCHECKED,
    TIME_BADGES,
    WARN,
)
from tk4.render.context.labels import (
    BOTH_ORIGINS,
    DEPLOYMENT_KINDS,
    DISCLAIMER,
    DOCUMENT_KIND_LABELS,
    INSPECTION_REGISTER,
    KIND_LABELS,
    LEVEL_LABELS,
    MAIN_GAPS_SHOWN,
    ONLY_INSPECTION,
    ONLY_REGION,
    OTHER_ORIGIN,
    OWN_ORIGIN,
    REGION_REGISTER,
    RODE_DRAAD_RULE,
    TEAM_LABELS,
)
from tk4.render.context.sections.appendices import ERRATUM_KINDS
from tk4.render.context.sections.report import build_view
from tk4.render.context.views.appendices import (
    AbbreviationView,
    Appendices,
    ErratumView,
    FrameworkElement,
    FrameworkNorm,
    FrameworkProcess,
    SubPointView,
)
from tk4.render.context.views.assessment import (
    AssessmentView,
    Difference,
    ElementView,
    NormView,
    ProcessView,
)
from tk4.render.context.views.blocks import (
    Badge,
    FindingView,
    Heading,
    Level,
    LevelCount,
    Link,
    Ref,
)
from tk4.render.context.views.conclusion import (
    AspectRow,
    Chart,
    Conclusion,
    Mark,
    MatrixCell,
    MatrixRow,
    Segment,
)
from tk4.render.context.views.front import (
    Colophon,
    CountRow,
    Fact,
    Introduction,
    Summary,
    TitlePage,
)
from tk4.render.context.views.key_data import CycleRow, DocumentView, KeyData
from tk4.render.context.views.learning import ImprovementView, Learning
from tk4.render.context.views.operations import (
    DeploymentView,
    Operations,
    PerformanceView,
    TimeNormRow,
    TimeView,
)
from tk4.render.context.views.report import ReportInput, ReportView, RuleSetting

__all__ = [
    "BAD",
    "BOTH_ORIGINS",
    "CYCLES",
    "CYCLE_RULES",
    "DEPLOYMENT_KINDS",
    "DIFFERENCE_BADGE",
    "DISCLAIMER",
    "DOCUMENT_KIND_LABELS",
    "ERRATUM_KINDS",
    "GOOD",
    "HIGHLIGHT",
    "INSPECTION_REGISTER",
    "KIND_LABELS",
    "LEVEL_LABELS",
    "MAIN_GAPS_SHOWN",
    "NEUTRAL",
    "ONLY_INSPECTION",
    "ONLY_REGION",
    "OTHER_ORIGIN",
    "OVERDUE_BADGE",
    "OWN_ORIGIN",
    "REGION_REGISTER",
    "RODE_DRAAD_RULE",
    "SEVERITY_BADGES",
    "STATUS_BADGES",
    "STATUS_GAP",
    "STATUS_OK",
    "STATUS_UNCHECKED",
    "TEAM_LABELS",
    "TIME_BADGES",
    "WARN",
    "AbbreviationView",
    "Appendices",
    "AspectRow",
    "AssessmentView",
    "Badge",
    "Chart",
    "Colophon",
    "Conclusion",
    "CountRow",
    "CycleRow",
    "DeploymentView",
    "Difference",
    "DocumentView",
    "ElementView",
    "ErratumView",
    "Fact",
    "FindingView",
    "FrameworkElement",
    "FrameworkNorm",
    "FrameworkProcess",
    "Heading",
    "ImprovementView",
    "Introduction",
    "KeyData",
    "Learning",
    "Level",
    "LevelCount",
    "Link",
    "Mark",
    "MatrixCell",
    "MatrixRow",
    "NormView",
    "Operations",
    "PerformanceView",
    "ProcessView",
    "Ref",
    "ReportInput",
    "ReportView",
    "RuleSetting",
    "Segment",
    "SubPointView",
    "Summary",
    "TimeNormRow",
    "TimeView",
    "TitlePage",
    "build_view",
]
