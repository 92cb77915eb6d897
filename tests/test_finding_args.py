"""Finding arguments are data (dates, ints, lists), worded only when a message is rendered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tk4 import dutch
from tk4.api import check_paths, validate_paths
from tk4.messages import OneOf, Phrase, render_message

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
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


def strings(args: Mapping[str, Any]) -> Iterator[str]:
    """Every str in ``args``, also inside nested phrases."""
    for value in args.values():
        if isinstance(value, Phrase):
            yield from strings(value.args)
        elif isinstance(value, str):
            yield value


def test_no_finding_argument_on_the_examples_is_dutch_text() -> None:
    paths = sorted(EXAMPLES.rglob("*.yaml"))
    outcomes = [check_paths(paths), validate_paths(paths)]
    findings = [finding for outcome in outcomes for finding in outcome.findings]
    assert any(isinstance(v, dt.date) for f in findings for v in f.args.values())
    for finding in findings:
        assert finding.message
        for text in strings(finding.args):
            words = text.lower().split()
            assert not any(month in words for month in MONTHS), (finding.message_id, text)
            assert " en " not in text, (finding.message_id, text)


def test_typed_arguments_are_worded_when_rendered() -> None:
    args = {
        "document": "bp",
        "vastgesteld": dt.date(2019, 3, 12),
        "leeftijd": dutch.Age(4, 2, 1),
        "max_jaren": 4,
        "onderdelen": ("RB.A", "RB.A.1", "RB.B", "RB.C", "RB.D"),
    }
    assert render_message("TK403", args) == (
        "document 'bp' is vastgesteld op 12 maart 2019, 4 jaar, 2 maanden en 1 dag vóór de "
        "peildatum (meer dan 4 jaar), en is bewijs bij RB.A, RB.A.1, RB.B en 2 andere"
    )


def test_counts_and_optional_hints() -> None:
    assert render_message("TK304", {"norm": "RB.A", "elementen": 1}).endswith(
        "terwijl er 1 element is beoordeeld"
    )
    hint = Phrase("hint.did_you_mean", {"options": OneOf(("RB.A", "RB.B"))})
    assert render_message("validate.unknown_element", {"value": "X", "suggestion": hint}) == (
        "onbekend element 'X'; bedoelde u 'RB.A' of 'RB.B'?"
    )
    assert render_message("validate.unknown_element", {"value": "X", "suggestion": None}) == (
        "onbekend element 'X'"
    )
    assert (
        render_message(
            "TK601",
            {
                "inzet": "i",
                "tijdnorm": "t",
                "omschrijving": "o",
                "gemeten": 12.5,
                "norm": 10,
                "artikel": "a",
            },
        ).count("12,5")
        == 1
    )
