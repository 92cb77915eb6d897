"""A realistic, well-run region gets no warning an inspector would call wrong.

``examples/vr15-haaglanden-2025.yaml`` is written as a complete, well-run zelfevaluatie: every
element judged and supported, plans current and aligned, a systeemtest of the whole
hoofdstructuur, every GRIP inzet evaluated and judged per level, verbeterpunten owned. Every
rule runs on it, the new ones included, and none may give an error or a warning.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tk4.api import check_paths
from tk4.checks import REGISTRY
from tk4.findings import Severity

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_well_run_region_gives_no_error_and_no_warning() -> None:
    outcome = check_paths([EXAMPLES / "vr15-haaglanden-2025.yaml"])
    assert outcome.findings == [], [f.message for f in outcome.findings]
    assert outcome.exit_code == 0
    assert len(REGISTRY) >= 34


def test_twente_2025_gets_only_what_an_inspector_would_confirm() -> None:
    """The ROT started after 52 minutes (a real overshoot); UV.E.2 is left open with a reason."""
    outcome = check_paths([EXAMPLES / "vr05-twente-2025.yaml"])
    shown = sorted((f.code, f.severity, f.subject) for f in outcome.findings)
    assert shown == [
        ("TK301", Severity.INFO, "UV.E.2"),
        ("TK601", Severity.WARNING, "brand-hengelo-2025"),
    ]


def test_a_peildatum_after_drafting_is_a_warning_at_opgesteld() -> None:
    path = EXAMPLES / "vr15-haaglanden-2025.yaml"
    outcome = check_paths([path], reference_date=dt.date(2026, 3, 31))
    (finding,) = [f for f in outcome.findings if f.code == "TK126"]
    assert finding.severity is Severity.WARNING
    assert finding.path == ("opgesteld", "datum")
    assert finding.message.startswith(
        "de peildatum 31 maart 2026 ligt na de datum waarop dit verslag is opgesteld "
        "(12 februari 2026)"
    )
    assert check_paths([path], reference_date=dt.date(2026, 2, 12)).findings == []
