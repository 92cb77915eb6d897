"""The coloured terminal variant: grouping, colours, and independence from the environment."""

from __future__ import annotations

import re

import pytest

from tk4.output import RunReport
from tk4.output.terminal import render_terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_rendering_groups_findings_per_file(sample: RunReport) -> None:
    output = render_terminal(sample, color=False, width=200)
    assert "\x1b" not in output
    lines = [line.rstrip() for line in output.splitlines()]
    assert lines[0] == "a.yaml"
    assert re.fullmatch(r"  2:1\s+fout\s+TK008\s+sleutel 'jaar' .* \[duplicate-key\]", lines[1])
    assert re.fullmatch(r"\s*5:3\s+waarschuwing\s+TK010\s+tab-teken .* \[tab\]", lines[2])
    assert lines[3] == "b.yaml"
    assert lines[4].endswith("[duplicate-key] (erkend: bewust: historische invoer)")
    assert lines[5] == "sub/c d.yaml"
    assert re.match(r"\s*4:7\s+melding\s+TK011\s+YAML-tag '!!python/object'", lines[6])
    assert lines[6].endswith("[yaml-tag] (onderdeel: N-1)")
    assert lines[7] == "schoon.yaml  geen bevindingen"
    assert lines[8] == ""
    assert lines[9] == "2 fouten, 1 waarschuwing, 1 melding in 4 bestanden (1 erkend)"
    assert len(lines) == 10
    # Columns line up over the whole report, not per file.
    assert lines[1].index("TK008") == lines[4].index("TK008") == lines[6].index("TK011")


def test_colour_marks_severities(sample: RunReport) -> None:
    output = render_terminal(sample, color=True, width=120)
    assert ANSI.search(output)
    assert re.search(r"\x1b\[1;31mfout *\x1b\[0m", output)  # an open error: bold red
    assert re.search(r"\x1b\[33mwaarschuwing *\x1b\[0m", output)
    assert re.search(r"\x1b\[36mmelding *\x1b\[0m", output)
    assert re.search(r"\x1b\[2mfout *\x1b\[0m", output)  # the acknowledged error: dim
    assert "\x1b[1;31m2 fouten, 1 waarschuwing" in output
    assert ANSI.sub("", output) == render_terminal(sample, color=False, width=120)


def test_clean_run_is_green(empty: RunReport) -> None:
    output = render_terminal(empty, color=True)
    assert "\x1b[32mGeen bevindingen in 2 bestanden.\x1b[0m" in output
    assert ANSI.sub("", output).splitlines() == [
        "a.yaml  geen bevindingen",
        "b.yaml  geen bevindingen",
        "",
        "Geen bevindingen in 2 bestanden.",
    ]


def test_messages_are_not_markup_and_control_characters_are_escaped(special: RunReport) -> None:
    output = render_terminal(special, color=True, width=200)
    assert "\x01" not in output
    assert "\r" not in output
    assert "a\\r\\nb%c,d:e\\x01é" in ANSI.sub("", output)
    assert "[duplicate-key]" in ANSI.sub("", output)


def test_environment_does_not_change_the_result(
    sample: RunReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = render_terminal(sample, color=True, width=80)
    for name, value in {
        "NO_COLOR": "1",
        "FORCE_COLOR": "1",
        "COLUMNS": "20",
        "TERM": "dumb",
        "TTY_COMPATIBLE": "0",
    }.items():
        monkeypatch.setenv(name, value)
    assert render_terminal(sample, color=True, width=80) == expected


def test_long_messages_wrap_within_the_width(sample: RunReport) -> None:
    output = render_terminal(sample, color=False, width=60)
    assert max(len(line) for line in output.splitlines()) <= 60
