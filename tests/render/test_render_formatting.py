"""Dutch dates, numbers and percentages come from Babel (CLDR), not from the OS locale."""

from __future__ import annotations

import datetime as dt
import locale

import pytest
from render_helpers import Render, WriteReport

from tk4.render.formatting import (
    capitalised,
    counted,
    counted_words,
    dutch_date,
    dutch_number,
    dutch_percent,
    enumeration,
    number_word,
)

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def test_date_is_written_as_in_dutch_running_text() -> None:
    assert dutch_date(dt.date(2018, 3, 1)) == "1 maart 2018"
    assert dutch_date(dt.date(2015, 5, 19)) == "19 mei 2015"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_is_lowercase_dutch(month: int) -> None:
    assert dutch_date(dt.date(2024, month, 9)) == f"9 {MONTHS[month - 1]} 2024"


def test_dates_do_not_follow_the_process_locale() -> None:
    previous = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "C")
        assert dutch_date(dt.date(2018, 3, 1)) == "1 maart 2018"
    finally:
        locale.setlocale(locale.LC_TIME, previous)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2.75, "2,75"), (34820423, "34.820.423"), (32.0, "32"), (1.4, "1,4"), (0.5, "0,5")],
)
def test_numbers_use_dutch_separators(value: float, expected: str) -> None:
    assert dutch_number(value) == expected


def test_percentage_is_a_whole_dutch_percentage() -> None:
    assert dutch_percent(16, 25) == "64%"
    assert dutch_percent(0, 0) == "0%"


def test_counted_and_enumeration_read_as_dutch() -> None:
    assert counted(1, "norm", "normen") == "1 norm"
    assert counted(0, "norm", "normen") == "0 normen"
    assert enumeration(["a"]) == "a"
    assert enumeration(["a", "b", "c"]) == "a, b en c"


def test_report_dates_are_dutch(render: Render, write_report: WriteReport) -> None:
    text, view = render(write_report(), "md")
    assert view.title_page.drafted_date == "1 februari 2025"
    assert "| Peildatum van de toetsing | 1 maart 2025 |" in text


@pytest.mark.parametrize(
    ("count", "word"),
    [(0, "nul"), (1, "één"), (11, "elf"), (20, "twintig"), (21, "21"), (1234, "1.234")],
)
def test_number_word_writes_small_numbers_in_letters(count: int, word: str) -> None:
    assert number_word(count) == word


def test_counted_words_and_capitalised() -> None:
    assert counted_words(1, "norm", "normen") == "één norm"
    assert counted_words(41, "element", "elementen") == "41 elementen"
    assert capitalised("één norm") == "Eén norm"
    assert capitalised("twee normen") == "Twee normen"
