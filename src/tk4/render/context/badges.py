"""The coloured labels tk4 adds itself (status, severity, time, difference) and scale levels."""

from __future__ import annotations

from tk4.findings import Severity
from tk4.model.catalogue import ScaleLevel
from tk4.render.context.text import slug_of
from tk4.render.context.views.blocks import Badge, Level

# Colours of the badges tk4 adds itself; every pair has a contrast of at least 4.5:1
# (tested in tests/render/test_render_html.py).
GOOD = ("#2f6b3f", "#ffffff")
BAD = ("#a23b2c", "#ffffff")
WARN = ("#f2d27a", "#1a1a1a")
NEUTRAL = ("#e6e6e6", "#333333")
HIGHLIGHT = ("#fff3c4", "#1a1a1a")

STATUS_OK = ("#1f5f33", "#ffffff")
STATUS_GAP = ("#9b2c1f", "#ffffff")
STATUS_UNCHECKED = ("#e6e6e6", "#1a1a1a")

# A legal cycle is in order or not (green or red, as a filled status block, in other shades
# than the judgement scale); "niet getoetst" is grey.
STATUS_BADGES = {
    "op orde": Badge("op orde", "status-op-orde", *STATUS_OK, filled=True),
    "verlopen": Badge("verlopen", "status-verlopen", *STATUS_GAP, filled=True),
    "ontbreekt": Badge("ontbreekt", "status-ontbreekt", *STATUS_GAP, filled=True),
    "niet op orde": Badge("niet op orde", "status-niet-op-orde", *STATUS_GAP, filled=True),
    "niet getoetst": Badge("niet getoetst", "status-niet-getoetst", *STATUS_UNCHECKED, filled=True),
}
SEVERITY_BADGES = {
    Severity.ERROR: Badge("fout", "ernst-fout", *BAD),
    Severity.WARNING: Badge("waarschuwing", "ernst-waarschuwing", *WARN),
    Severity.INFO: Badge("melding", "ernst-melding", *NEUTRAL),
}
TIME_BADGES = {
    False: Badge("binnen norm", "tijd-binnen-norm", *GOOD),
    True: Badge("boven norm", "tijd-boven-norm", *BAD),
}
OVERDUE_BADGE = Badge("termijn verstreken", "termijn-verstreken", *BAD)
DIFFERENCE_BADGE = Badge("verschil", "verschil", *HIGHLIGHT, filled=True)

UNASSESSED = Level(
    value="niet beoordeeld",
    label="Niet beoordeeld",
    description="Geen oordeel gegeven.",
    assessed=False,
    rank=None,
    badge=Badge("Niet beoordeeld", "oordeel-niet-beoordeeld", *NEUTRAL),
)
"""The level shown for a missing judgement when the scale has no level without rank."""


def level_view(level: ScaleLevel) -> Level:
    """A level of the catalogue's judgement scale as shown, with its badge."""
    return Level(
        value=level.value,
        label=level.label,
        description=level.description,
        assessed=level.assessed,
        rank=level.rank,
        badge=Badge(
            level.label, f"oordeel-{slug_of(level.value)}", level.colour, level.text_colour
        ),
    )
