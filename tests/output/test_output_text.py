"""The plain text format: exact lines, Dutch plurals, escaping."""

from __future__ import annotations

from typing import Any

import pytest

from tk4.output import RunReport, Tally
from tk4.output.text import format_finding, render, summary_line
from tk4.source import Span


def test_sample_report_exactly(sample: RunReport) -> None:
    assert render(sample) == (
        "a.yaml:2:1: fout TK008 [duplicate-key] sleutel 'jaar' komt twee keer voor"
        " (eerder op regel 1, kolom 1)\n"
        "a.yaml:5:3: waarschuwing TK010 [tab] tab-teken gevonden; gebruik spaties om in te"
        " springen\n"
        "b.yaml:3:1: fout TK008 [duplicate-key] sleutel 'regio' komt twee keer voor"
        " (eerder op regel 1, kolom 1) (erkend: bewust: historische invoer)\n"
        "sub/c d.yaml:4:7: melding TK011 [yaml-tag] YAML-tag '!!python/object' is niet"
        " toegestaan; tags worden nooit uitgevoerd of omgezet (onderdeel: N-1)\n"
        "2 fouten, 1 waarschuwing, 1 melding in 4 bestanden (1 erkend)\n"
    )


def test_the_onderdeel_comes_before_the_acknowledgement(make: Any) -> None:
    """A finding about a subject names it, ready to copy into ``uitzonderingen``."""
    finding = make(
        "TK010",
        Span.point("a.yaml", 5, 3),
        "yaml.tab",
        subject="RB.A.1",
        acknowledged="bewust",
    )
    assert format_finding(finding).endswith(
        "gebruik spaties om in te springen (onderdeel: RB.A.1) (erkend: bewust)"
    )


def test_empty_report(empty: RunReport) -> None:
    assert render(empty) == "Geen bevindingen in 2 bestanden.\n"


@pytest.mark.parametrize(
    ("tally", "files", "expected"),
    [
        (Tally(), 1, "Geen bevindingen in 1 bestand."),
        (Tally(), 0, "Geen bevindingen in 0 bestanden."),
        (Tally(errors=1), 1, "1 fout in 1 bestand"),
        (Tally(errors=2), 3, "2 fouten in 3 bestanden"),
        (Tally(warnings=1), 2, "1 waarschuwing in 2 bestanden"),
        (Tally(warnings=5), 2, "5 waarschuwingen in 2 bestanden"),
        (Tally(infos=1), 1, "1 melding in 1 bestand"),
        (Tally(infos=7), 1, "7 meldingen in 1 bestand"),
        (
            Tally(errors=3, warnings=2, infos=1, acknowledged=1),
            4,
            "3 fouten, 2 waarschuwingen, 1 melding in 4 bestanden (1 erkend)",
        ),
        (
            Tally(errors=1, infos=2, acknowledged=3),
            1,
            "1 fout, 2 meldingen in 1 bestand (3 erkend)",
        ),
    ],
)
def test_summary_uses_dutch_singular_and_plural(tally: Tally, files: int, expected: str) -> None:
    assert summary_line(tally, files) == expected


def test_newlines_and_control_characters_stay_on_one_line(special: RunReport) -> None:
    assert render(special) == (
        "x,y:z%.yaml:3:2: fout TK008 [duplicate-key] sleutel 'a\\r\\nb%c,d:e\\x01é' komt twee"
        " keer voor (eerder op regel 1, kolom 1) (erkend: reden met\\nregeleinde)\n"
        "x,y:z%.yaml:7:1: fout TK008 [duplicate-key] sleutel 'a\\r\\nb%c,d:e\\x01é' komt twee"
        " keer voor (eerder op regel 3, kolom 1)\n"
        "2 fouten in 1 bestand (1 erkend)\n"
    )
