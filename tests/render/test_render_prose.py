"""The generated prose: Dutch sentences with agreement, numbers in words and no dead ends."""

from __future__ import annotations

import pytest

from tk4.render import prose
from tk4.render.prose import JudgedNorm, ProcessScore

ORDER = ["op niveau", "in de basis op orde", "voor verbetering vatbaar"]
RANK = {"op niveau": 3, "in de basis op orde": 2, "voor verbetering vatbaar": 1}


def norms(*levels: str, process: str = "RB") -> tuple[JudgedNorm, ...]:
    """Norms RB.A, RB.B, ... with these levels ("niet beoordeeld" has no rank)."""
    return tuple(
        JudgedNorm(f"{process}.{chr(65 + index)}", process, level, RANK.get(level))
        for index, level in enumerate(levels)
    )


@pytest.mark.parametrize(
    ("levels", "sentence"),
    [
        (
            ["op niveau"] * 4 + ["in de basis op orde"] * 6 + ["voor verbetering vatbaar"],
            "De Inspectie beoordeelt vier van de elf normen als op niveau, zes als in de basis op "
            "orde en één als voor verbetering vatbaar.",
        ),
        (["op niveau"] * 2, "De Inspectie beoordeelt beide normen als op niveau."),
        (["op niveau"], "De Inspectie beoordeelt de enige norm als op niveau."),
        (
            ["op niveau", "niet beoordeeld", "niet beoordeeld"],
            "De Inspectie beoordeelt één van de drie normen als op niveau; twee normen zijn "
            "niet beoordeeld.",
        ),
        (["niet beoordeeld"] * 3, "De Inspectie heeft nog geen van de drie normen beoordeeld."),
    ],
)
def test_judgement_sentence(levels: list[str], sentence: str) -> None:
    assert prose.judgement_sentence("De Inspectie", norms(*levels), ORDER) == sentence


def test_difference_sentences_group_by_direction() -> None:
    text = prose.difference_sentences(
        11, 11, [("UV.A", "lager"), ("UV.D", "hoger"), ("VL.B", "lager")], 41, 5
    )
    assert text == (
        "Het zelfbeeld van de regio komt bij acht van de elf normen overeen met het oordeel van "
        "de Inspectie; bij UV.A en VL.B oordeelt de Inspectie lager, bij UV.D hoger. Van de 41 "
        "elementen die beide hebben beoordeeld, beoordeelt de Inspectie er vijf anders dan de "
        "regio."
    )
    assert prose.difference_sentences(11, 11, [], 41, 0) == (
        "Het zelfbeeld van de regio komt bij alle elf normen overeen met het oordeel van de "
        "Inspectie."
    )


def test_difference_sentences_compare_only_what_both_judged() -> None:
    assert prose.difference_sentences(1, 11, [], 6, 0) == (
        "Het zelfbeeld van de regio komt bij de enige norm die beide hebben beoordeeld overeen met "
        "het oordeel van de Inspectie."
    )
    assert prose.difference_sentences(0, 11, [], 0, 0) == (
        "Er is geen norm die zowel de regio als de Inspectie heeft beoordeeld."
    )


def test_one_sided_sentence_names_a_few_and_counts_many() -> None:
    assert prose.one_sided_sentence("de Inspectie", [], ["UV.E.2"]) == (
        "Alleen de Inspectie beoordeelt element UV.E.2; dat telt niet als verschil."
    )
    assert prose.one_sided_sentence("de regio", ["RB.B", "VB.A"], ["RB.B.1", "VB.A.1"]) == (
        "Alleen de regio beoordeelt twee normen en twee elementen; dat telt niet als verschil."
    )
    assert prose.one_sided_sentence("de regio", [], []) == ""


def test_strength_names_the_strongest_and_weakest_process() -> None:
    processes = [
        ProcessScore("Risicobeheersing", "RB", norms("op niveau", "op niveau")),
        ProcessScore(
            "Uitvoering",
            "UV",
            norms("in de basis op orde", "voor verbetering vatbaar", process="UV"),
        ),
        ProcessScore("Verantwoorden", "VL", norms("voor verbetering vatbaar", process="VL")),
    ]
    assert prose.strength_sentences(processes, "op niveau") == (
        "Het sterkst is het proces Risicobeheersing (RB), waar beide normen op niveau zijn. "
        "De meeste aandacht vraagt het proces Verantwoorden (VL): norm VL.A is voor verbetering "
        "vatbaar. Ook norm UV.B is voor verbetering vatbaar."
    )


def test_strength_names_processes_that_score_the_same_together() -> None:
    processes = [
        ProcessScore("Risicobeheersing", "RB", norms("op niveau", "in de basis op orde")),
        ProcessScore(
            "Voorbereiding", "VB", norms("in de basis op orde", "op niveau", process="VB")
        ),
        ProcessScore("Uitvoering", "UV", norms("voor verbetering vatbaar", process="UV")),
        ProcessScore("Verantwoorden", "VL", norms("voor verbetering vatbaar", process="VL")),
    ]
    assert prose.strength_sentences(processes, "op niveau") == (
        "Het sterkst zijn de processen Risicobeheersing (RB) en Voorbereiding (VB). De meeste "
        "aandacht vragen de processen Uitvoering (UV) en Verantwoorden (VL): de normen UV.A en "
        "VL.A zijn voor verbetering vatbaar."
    )


def test_strength_is_silent_when_processes_score_alike() -> None:
    alike = [
        ProcessScore("Risicobeheersing", "RB", norms("op niveau")),
        ProcessScore("Uitvoering", "UV", norms("op niveau", process="UV")),
    ]
    assert prose.strength_sentences(alike, "op niveau") == ""
    assert prose.strength_sentences(alike[:1], "op niveau") == ""


def test_findings_sentence_counts_rules_errors_and_acceptances() -> None:
    assert prose.findings_sentences([], 0, 0) == (
        "De toetsing van het dossier op volledigheid en termijnen levert geen aandachtspunten op."
    )
    assert prose.findings_sentences(
        [("systeemtest ontbreekt", 1), ("element niet beoordeeld", 2)], 1, 1
    ) == (
        "De toetsing van het dossier op volledigheid en termijnen levert drie aandachtspunten op: "
        "systeemtest ontbreekt en element niet beoordeeld (twee keer). Eén daarvan is als fout "
        "aangemerkt. Eén bevinding heeft de regio bewust geaccepteerd, met een reden die in het "
        "rapport staat."
    )


@pytest.mark.parametrize(
    ("counts", "sentence"),
    [
        ((0, 0, 0), "Er zijn geen verbeterpunten vastgelegd."),
        ((1, 0, 0), "Het enige verbeterpunt in het register is afgerond of vervallen."),
        (
            (1, 1, 1),
            "Het enige verbeterpunt in het register staat nog open; de termijn is verstreken.",
        ),
        ((5, 0, 0), "Van de vijf verbeterpunten in het register staat er geen meer open."),
        (
            (16, 10, 0),
            "Van de zestien verbeterpunten in het register staan er tien open of in uitvoering; "
            "bij geen daarvan is de termijn verstreken.",
        ),
        (
            (6, 1, 0),
            "Van de zes verbeterpunten in het register staat er één open of in uitvoering; de "
            "termijn daarvan is niet verstreken.",
        ),
        (
            (6, 6, 2),
            "Van de zes verbeterpunten in het register staan er zes open of in uitvoering; bij "
            "twee daarvan is de termijn verstreken.",
        ),
    ],
)
def test_improvement_sentence(counts: tuple[int, int, int], sentence: str) -> None:
    assert prose.improvement_sentence(*counts) == sentence


def test_improvement_sentence_of_the_inspections_recommendations() -> None:
    nouns = ("aanbeveling", "aanbevelingen")
    assert prose.improvement_sentence(4, 4, 0, nouns, "van de Inspectie") == (
        "Van de vier aanbevelingen van de Inspectie staan er vier open of in uitvoering; bij "
        "geen daarvan is de termijn verstreken."
    )
    assert prose.improvement_sentence(1, 1, 0, nouns, "van de Inspectie") == (
        "De enige aanbeveling van de Inspectie staat nog open; de termijn is niet verstreken."
    )


def test_register_sentence() -> None:
    day = "Op de peildatum (31 december 2025)"
    assert prose.register_sentence("Het inspectieoordeel", 0, 0, 0, day) == (
        "Het inspectieoordeel bevat geen punten."
    )
    assert prose.register_sentence("Het register van de regio", 4, 1, 1, day) == (
        "Het register van de regio bevat vier punten. Op de peildatum (31 december 2025) staat er "
        "één open of in uitvoering; de termijn daarvan is verstreken."
    )


def test_recommendation_sentence() -> None:
    assert prose.recommendation_sentence(0, True, []) == "De Inspectie doet geen aanbevelingen."
    assert prose.recommendation_sentence(2, True, ["nafase", "alarmering"]) == (
        "De Inspectie doet twee aanbevelingen, over nafase en alarmering."
    )
    assert prose.recommendation_sentence(2, False, []) == (
        "De Inspectie doet twee verbeterpunten en aanbevelingen."
    )


@pytest.mark.parametrize(
    ("kinds", "measured", "over", "sentence"),
    [
        ([], 0, 0, "Over 2025 zijn geen inzetten vastgelegd."),
        (
            [(1, "oefening", "oefeningen")],
            0,
            0,
            "Over 2025 is één oefening vastgelegd. Opkomsttijden zijn daarbij niet vastgelegd.",
        ),
        (
            [(1, "incident", "incidenten")],
            1,
            1,
            "Over 2025 is één incident vastgelegd. De enige gemeten opkomsttijd lag boven de norm "
            "van het Besluit veiligheidsregio's.",
        ),
        (
            [(2, "incident", "incidenten"), (1, "systeemtest", "systeemtests")],
            22,
            1,
            "Over 2025 zijn drie inzetten vastgelegd: twee incidenten en één systeemtest. Van de "
            "22 gemeten opkomsttijden lag er één boven de norm van het Besluit veiligheidsregio's.",
        ),
        (
            [(3, "oefening", "oefeningen")],
            13,
            0,
            "Over 2025 zijn drie oefeningen vastgelegd. Alle dertien gemeten "
            "opkomsttijden lagen binnen de norm van het Besluit veiligheidsregio's.",
        ),
    ],
)
def test_deployment_sentences(
    kinds: list[tuple[int, str, str]], measured: int, over: int, sentence: str
) -> None:
    assert prose.deployment_sentences(2025, kinds, measured, over) == sentence


def test_missing_times_never_read_as_within_the_norm() -> None:
    kinds = [(2, "incident", "incidenten")]
    assert prose.deployment_sentences(2025, kinds, 13, 0, missing=1) == (
        "Over 2025 zijn twee incidenten vastgelegd. Alle dertien gemeten opkomsttijden lagen "
        "binnen de norm van het Besluit veiligheidsregio's. Van ingezette teams is één "
        "opkomsttijd met een norm in het Besluit veiligheidsregio's niet vastgelegd; die telt "
        "niet als binnen de norm."
    )
    assert prose.deployment_sentences(2025, kinds, 0, 0, missing=3).endswith(
        "Opkomsttijden zijn daarbij niet vastgelegd. Van ingezette teams zijn drie "
        "opkomsttijden met een norm in het Besluit veiligheidsregio's niet vastgelegd; die "
        "tellen niet als binnen de norm."
    )


def test_recommendations_intro() -> None:
    assert prose.recommendations_intro(1) == "De Inspectie doet deze aanbeveling:"
    assert prose.recommendations_intro(4) == "De Inspectie doet deze vier aanbevelingen:"
    assert prose.recommendations_intro(2, False) == "De Inspectie noemt deze twee punten:"


def test_process_conclusion_names_levels_differences_and_open_findings() -> None:
    norms = [
        JudgedNorm("UV.A", "UV", "in de basis op orde", 2),
        JudgedNorm("UV.B", "UV", "op niveau", 3),
        JudgedNorm("UV.C", "UV", "voor verbetering vatbaar", 1),
        JudgedNorm("UV.E", "UV", "in de basis op orde", 2),
    ]
    assert prose.process_conclusion(
        "Uitvoering", "UV", norms, [("UV.A", "lager")], 1, "De Inspectie"
    ) == (
        "Uitvoering (UV): UV.B is op niveau, UV.A en UV.E in de basis op orde en UV.C voor "
        "verbetering vatbaar. Ten opzichte van de regio oordeelt de Inspectie bij UV.A lager. "
        "Uit de toetsing staat hier één aandachtspunt open."
    )
    only = [JudgedNorm("VL.A", "VL", "niet beoordeeld", None)]
    assert prose.process_conclusion("Verantwoorden", "VL", only, [], 0, "De regio") == (
        "Verantwoorden (VL): de enige norm, VL.A, is niet beoordeeld. Uit de toetsing staan "
        "hier geen aandachtspunten open."
    )


def test_legal_sentences_put_the_gaps_and_what_was_not_checked_plainly() -> None:
    assert prose.legal_sentences(["het beleidsplan ontbreekt (Wvr art. 14)"], []) == (
        "Wettelijk is niet alles op orde: het beleidsplan ontbreekt (Wvr art. 14)."
    )
    assert prose.legal_sentences(["a, b", "c", "d"], []) == (
        "Wettelijk is niet alles op orde: a, b; c en d."
    )
    assert prose.legal_sentences([], ["de kostenevaluatie", "de systeemtest"]) == (
        "De wettelijke cycli die zijn getoetst, zijn op de peildatum op orde. Of de "
        "kostenevaluatie en de systeemtest op orde zijn, is niet getoetst: de regels stonden uit."
    )
