"""Findings worded for a report's reader: titles and names instead of ids, variant labels."""

from __future__ import annotations

import pytest

from tk4.messages import render_message
from tk4.render.wording import Names, reader_message, rule_label

NAMES = Names({"kev-2021": "Kostenevaluatie 2021"}, {"brand": "Brand in de haven"})


def test_a_document_id_becomes_its_title_and_keys_disappear() -> None:
    args = {
        "document": "kev-2021",
        "vastgesteld": "1 juni 2021",
        "leeftijd": "4 jaar",
        "peildatum": "31 december 2025",
        "max_jaren": 3,
    }
    check = render_message("TK505", args)
    assert "'kev-2021'" in check  # tk4 check keeps speaking to whoever edits the file
    worded = reader_message("TK505", args, NAMES, check)
    assert worded.startswith("‘Kostenevaluatie 2021’ is vastgesteld op 1 juni 2021")
    missing = reader_message("TK505.ontbreekt", {}, NAMES, "x")
    assert missing == "er is geen kostenevaluatie (Wvr art. 56: eenmaal in de drie jaar)"
    assert "'documenten'" in render_message("TK505.ontbreekt", {})


def test_an_unknown_id_is_kept_and_a_message_without_internals_is_the_check_text() -> None:
    worded = reader_message(
        "TK604", {"inzet": "oud", "datum": "1 mei 2023", "jaar": 2024}, NAMES, "fallback"
    )
    assert worded == "‘oud’ was op 1 mei 2023, buiten het verslagjaar 2024"
    assert reader_message("TK602", {"jaar": 2024, "niveau": "team"}, NAMES, "zelfde") == "zelfde"


def test_arguments_that_do_not_fit_are_a_bug_not_a_fallback() -> None:
    with pytest.raises(KeyError):
        reader_message("TK601", {"inzet": "brand"}, NAMES, "de melding van check")


def test_rule_label_says_the_variant() -> None:
    assert rule_label("TK501.ontbreekt", "beleidsplan-verouderd") == "Beleidsplan ontbreekt"
    assert rule_label("TK501", "beleidsplan-verouderd") == "Beleidsplan verouderd"
    assert rule_label("TK506.niet_door_ab", "verantwoording-ontbreekt") == (
        "Jaarverslag niet door het algemeen bestuur vastgesteld"
    )
    assert rule_label("TK601", "tijdnorm-overschreden") == "Tijdnorm overschreden"
