"""GitHub Actions workflow commands: exact lines and GitHub's escaping rules."""

from __future__ import annotations

from typing import Any

import pytest

from tk4.output import RuleInfo, RunReport
from tk4.output.github import escape_data, escape_property, render
from tk4.source import Span


def test_sample_report_exactly(sample: RunReport) -> None:
    assert render(sample) == (
        "::error file=a.yaml,line=2,col=1,endLine=2,endColumn=5,title=TK008 duplicate-key"
        "::sleutel 'jaar' komt twee keer voor (eerder op regel 1, kolom 1)\n"
        "::warning file=a.yaml,line=5,col=3,endLine=5,endColumn=3,title=TK010 tab"
        "::tab-teken gevonden; gebruik spaties om in te springen\n"
        # Acknowledged: a notice, without columns because the span covers lines 3-4.
        "::notice file=b.yaml,line=3,endLine=4,title=TK008 duplicate-key"
        "::sleutel 'regio' komt twee keer voor (eerder op regel 1, kolom 1)"
        " (erkend: bewust: historische invoer)\n"
        "::notice file=sub/c d.yaml,line=4,col=7,endLine=4,endColumn=22,title=TK011 yaml-tag"
        "::YAML-tag '!!python/object' is niet toegestaan; tags worden nooit uitgevoerd of omgezet\n"
        "2 fouten, 1 waarschuwing, 1 melding in 4 bestanden (1 erkend)\n"
    )


def test_empty_report_prints_only_the_summary(empty: RunReport) -> None:
    assert render(empty) == "Geen bevindingen in 2 bestanden.\n"


def test_special_characters_are_escaped(special: RunReport) -> None:
    assert render(special).splitlines() == [
        "::notice file=x%2Cy%3Az%25.yaml,line=3,col=2,endLine=3,endColumn=9,"
        "title=TK008 duplicate-key"
        "::sleutel 'a%0D%0Ab%25c,d:e\x01é' komt twee keer voor (eerder op regel 1, kolom 1)"
        " (erkend: reden met%0Aregeleinde)",
        "::error file=x%2Cy%3Az%25.yaml,line=7,col=1,endLine=7,endColumn=1,"
        "title=TK008 duplicate-key"
        "::sleutel 'a%0D%0Ab%25c,d:e\x01é' komt twee keer voor (eerder op regel 3, kolom 1)",
        "2 fouten in 1 bestand (1 erkend)",
    ]


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("%0A", "%250A", "%250A"),
        ("a\rb\nc", "a%0Db%0Ac", "a%0Db%0Ac"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ],
)
def test_escaping_follows_the_toolkit(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_windows_style_separators_are_not_invented(make: Any, rules: dict[str, RuleInfo]) -> None:
    finding = make("TK010", Span.point("dir/sub/a.yaml", 1, 1), "yaml.tab")
    line = render(RunReport("check", ["dir/sub/a.yaml"], [finding], rules)).splitlines()[0]
    assert line.startswith("::warning file=dir/sub/a.yaml,line=1,")
