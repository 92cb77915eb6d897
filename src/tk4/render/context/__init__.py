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
``links`` hold the fixed colours, texts and small helpers. This module exports what the rest of
tk4 needs: :func:`build_view` and the types that go in and out of it; everything else is
imported from the module that owns it.
"""

from __future__ import annotations

from tk4.render.context.sections.report import build_view
from tk4.render.context.views.report import ReportInput, ReportView, RuleSetting

__all__ = ["ReportInput", "ReportView", "RuleSetting", "build_view"]
