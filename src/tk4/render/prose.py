"""Dutch sentences about a report's data: the "Beeld in het kort" and other generated prose.

Why a module of its own: the view-model (:mod:`tk4.render.context`) decides *what* a report
says; this module decides *how* it reads, with agreement of verb and noun, numbers up to twenty
in words and enumerations with "en". The functions take plain values, so each sentence can be
tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tk4.render.formatting import (
    capitalised,
    counted_words,
    dutch_number,
    enumeration,
    number_word,
)


@dataclass(frozen=True)
class JudgedNorm:
    """A norm as the prose sees it: its id, process and the level it got (rank None: none)."""

    id: str
    process: str
    level: str
    rank: int | None


@dataclass(frozen=True)
class ProcessScore:
    """A process as the prose sees it: its title and id, with the judged norms in it."""

    title: str
    id: str
    norms: tuple[JudgedNorm, ...]


def judgement_sentence(subject: str, norms: Sequence[JudgedNorm], order: Sequence[str]) -> str:
    """How ``subject`` judged the norms, as one sentence.

    For example "De Inspectie beoordeelt vier van de elf normen als op niveau, zes als in de
    basis op orde en één als voor verbetering vatbaar." ``order`` lists the assessed levels
    best first; norms with a level outside it (not assessed) get a clause of their own.
    """
    total = len(norms)
    counts = [(level, sum(1 for norm in norms if norm.level == level)) for level in order]
    counts = [(level, count) for level, count in counts if count]
    unassessed = total - sum(count for _, count in counts)
    if not counts:
        return (
            f"{subject} heeft nog geen van de {counted_words(total, 'norm', 'normen')} beoordeeld."
        )
    if len(counts) == 1 and not unassessed:
        everything = (
            "beide normen" if total == 2 else f"alle {counted_words(total, 'norm', 'normen')}"
        )
        if total == 1:
            everything = "de enige norm"
        return f"{subject} beoordeelt {everything} als {counts[0][0]}."
    first_level, first_count = counts[0]
    parts = [
        f"{number_word(first_count)} van de {counted_words(total, 'norm', 'normen')} als "
        f"{first_level}"
    ]
    parts += [f"{number_word(count)} als {level}" for level, count in counts[1:]]
    sentence = f"{subject} beoordeelt {enumeration(parts)}"
    if unassessed:
        verb = "is" if unassessed == 1 else "zijn"
        sentence += f"; {counted_words(unassessed, 'norm', 'normen')} {verb} niet beoordeeld"
    return sentence + "."


def difference_sentences(
    compared_norms: int,
    norm_total: int,
    differing: Sequence[tuple[str, str]],
    compared_elements: int,
    element_differences: int,
) -> str:
    """How the zelfbeeld compares with the inspectieoordeel, per norm and in elements.

    Only what both judged is compared (``compared_norms`` of ``norm_total`` norms,
    ``compared_elements`` elements); ``differing`` holds (norm id, direction) with direction
    "hoger" or "lager": how the Inspectie judges compared with the region.
    """
    if not compared_norms:
        sentence = "Er is geen norm die zowel de regio als de Inspectie heeft beoordeeld"
    else:
        if compared_norms == norm_total:
            scope = f"{counted_words(norm_total, 'norm', 'normen')}"
        elif compared_norms == 1:
            scope = "enige norm die beide hebben beoordeeld"
        else:
            scope = f"{counted_words(compared_norms, 'norm', 'normen')} die beide hebben beoordeeld"
        if not differing:
            whole = "de" if compared_norms == 1 else "alle"
            sentence = (
                f"Het zelfbeeld van de regio komt bij {whole} {scope} overeen met het oordeel van "
                "de Inspectie"
            )
        else:
            agreeing = compared_norms - len(differing)
            by_direction: dict[str, list[str]] = {}
            for norm, direction in differing:
                by_direction.setdefault(direction, []).append(norm)
            clauses = [
                f"bij {enumeration(norms)} {'oordeelt de Inspectie ' if index == 0 else ''}"
                f"{direction}"
                for index, (direction, norms) in enumerate(by_direction.items())
            ]
            sentence = (
                f"Het zelfbeeld van de regio komt bij {number_word(agreeing)} van de {scope} "
                f"overeen met het oordeel van de Inspectie; {', '.join(clauses)}"
            )
    if element_differences:
        scope = (
            f"{dutch_number(compared_elements)} elementen die beide hebben beoordeeld"
            if compared_elements
            else "elementen"
        )
        sentence += (
            f". Van de {scope}{',' if compared_elements else ''} beoordeelt de Inspectie er "
            f"{number_word(element_differences)} "
            "anders dan de regio"
        )
    return sentence + "."


def one_sided_sentence(who: str, norms: Sequence[str], elements: Sequence[str]) -> str:
    """What only ``who`` ("de Inspectie", "de regio") judged; empty when there is nothing.

    A few are named ("Alleen de Inspectie beoordeelt element UV.E.2."), more are counted. It
    is no difference: the other side gave no judgement.
    """
    if not norms and not elements:
        return ""
    if len(norms) + len(elements) <= 3:
        parts = []
        if norms:
            parts.append(f"{'norm' if len(norms) == 1 else 'de normen'} {enumeration(list(norms))}")
        if elements:
            noun = "element" if len(elements) == 1 else "de elementen"
            parts.append(f"{noun} {enumeration(list(elements))}")
    else:
        parts = [
            counted_words(count, singular, plural)
            for count, singular, plural in (
                (len(norms), "norm", "normen"),
                (len(elements), "element", "elementen"),
            )
            if count
        ]
    return f"Alleen {who} beoordeelt {enumeration(parts)}; dat telt niet als verschil."


def legal_sentences(gaps: Sequence[str], unchecked: Sequence[str]) -> str:
    """The legal obligations first: which cycles are not met, and which were not checked.

    ``gaps`` are clauses ("de kostenevaluatie is verlopen: …"); ``unchecked`` the cycles whose
    rule was off ("de systeemtest").
    """
    if gaps:
        # Semicolons between the clauses: a clause may hold a comma of its own.
        listed = enumeration(gaps, separator="; ")
        sentence = f"Wettelijk is niet alles op orde: {listed}."
    elif unchecked:
        sentence = "De wettelijke cycli die zijn getoetst, zijn op de peildatum op orde."
    else:
        sentence = (
            "De wettelijke cycli (plannen, risicoprofiel, visitatie, kostenevaluatie, "
            "jaarverslag en systeemtest) zijn op de peildatum op orde."
        )
    if unchecked:
        verb = "is" if len(unchecked) == 1 else "zijn"
        rule = "de regel stond" if len(unchecked) == 1 else "de regels stonden"
        sentence += (
            f" Of {enumeration(list(unchecked))} op orde {verb}, is niet getoetst: {rule} uit."
        )
    return sentence


def strength_sentences(processes: Sequence[ProcessScore], best_level: str) -> str:
    """Which process is strongest and which needs most attention, with the weakest norms.

    A process scores the mean rank of its judged norms; processes with the same score are
    named together. Empty when fewer than two processes have judged norms or they all score
    alike.
    """
    scored = [
        (process, sum(ranks) / len(ranks))
        for process in processes
        if (ranks := [norm.rank for norm in process.norms if norm.rank is not None])
    ]
    if len(scored) < 2 or len({score for _, score in scored}) == 1:
        return ""
    top = max(score for _, score in scored)
    bottom = min(score for _, score in scored)
    strongest = [process for process, score in scored if score == top]
    weakest = [process for process, score in scored if score == bottom]
    if len(strongest) == 1:
        best = _best(strongest[0], best_level)
        first = f"Het sterkst is het proces {_process(strongest[0])}, {best}."
    else:
        first = f"Het sterkst zijn de processen {enumeration([_process(p) for p in strongest])}."
    lowest = min(norm.rank for p in weakest for norm in p.norms if norm.rank is not None)
    weak = [norm for p in weakest for norm in p.norms if norm.rank == lowest]
    level = weak[0].level
    verb = "is" if len(weak) == 1 else "zijn"
    if len(weakest) == 1:
        second = f"De meeste aandacht vraagt het proces {_process(weakest[0])}"
    else:
        second = (
            f"De meeste aandacht vragen de processen {enumeration([_process(p) for p in weakest])}"
        )
    sentences = [first, f"{second}: {_norms(weak)} {verb} {level}."]
    elsewhere = [
        norm
        for process in processes
        if process not in weakest
        for norm in process.norms
        if norm.rank == lowest
    ]
    if elsewhere:
        verb = "is" if len(elsewhere) == 1 else "zijn"
        sentences.append(f"Ook {_norms(elsewhere)} {verb} {level}.")
    return " ".join(sentences)


def _process(process: ProcessScore) -> str:
    return f"{process.title} ({process.id})"


def _best(process: ProcessScore, best_level: str) -> str:
    """How many of a process's norms got the best level, as a clause after its name."""
    top = [norm for norm in process.norms if norm.level == best_level]
    total = len(process.norms)
    if top and len(top) == total:
        what = {1: "de enige norm", 2: "beide normen"}.get(
            total, f"alle {counted_words(total, 'norm', 'normen')}"
        )
        return f"waar {what} {best_level} {'is' if total == 1 else 'zijn'}"
    if top:
        of = f"{number_word(len(top))} van de {counted_words(total, 'norm', 'normen')}"
        return f"met {of} {best_level}"
    return "met de hoogste oordelen"


def _norms(norms: Sequence[JudgedNorm]) -> str:
    ids = [norm.id for norm in norms]
    return f"norm {ids[0]}" if len(ids) == 1 else f"de normen {enumeration(ids)}"


def findings_sentences(rules: Sequence[tuple[str, int]], errors: int, acknowledged: int) -> str:
    """What the toetsing found: how many aandachtspunten, by rule name, and the errors.

    ``rules`` holds (rule name in words, number of points) in order of importance.
    """
    total = sum(count for _, count in rules)
    if not total:
        sentence = (
            "De toetsing van het dossier op volledigheid en termijnen levert geen "
            "aandachtspunten op."
        )
    else:
        names = [
            name if count == 1 else f"{name} ({number_word(count)} keer)" for name, count in rules
        ]
        sentence = (
            "De toetsing van het dossier op volledigheid en termijnen levert "
            f"{counted_words(total, 'aandachtspunt', 'aandachtspunten')} op: {enumeration(names)}."
        )
        if errors:
            sentence += (
                f" {capitalised(number_word(errors))} daarvan "
                f"{'is' if errors == 1 else 'zijn'} als fout aangemerkt."
            )
    if acknowledged:
        sentence += (
            f" {capitalised(counted_words(acknowledged, 'bevinding', 'bevindingen'))} "
            "heeft de regio bewust geaccepteerd, met een reden die in het rapport staat."
        )
    return sentence


def improvement_sentence(
    total: int,
    open_count: int,
    overdue: int,
    nouns: tuple[str, str] = ("verbeterpunt", "verbeterpunten"),
    where: str = "in het register",
) -> str:
    """The state of a register (the region's verbeterpunten, or the Inspectie's aanbevelingen).

    ``nouns`` are the singular and plural of its points, ``where`` says whose they are.
    """
    singular, plural = nouns
    if not total:
        return f"Er zijn geen {plural} vastgelegd."
    if total == 1:
        the = "De enige" if singular == "aanbeveling" else "Het enige"
        if not open_count:
            return f"{the} {singular} {where} is afgerond of vervallen."
        late = "de termijn is verstreken" if overdue else "de termijn is niet verstreken"
        return f"{the} {singular} {where} staat nog open; {late}."
    points = f"Van de {counted_words(total, singular, plural)} {where}"
    if not open_count:
        return f"{points} staat er geen meer open."
    verb = "staat" if open_count == 1 else "staan"
    sentence = f"{points} {verb} er {number_word(open_count)} open of in uitvoering"
    if not overdue:
        late = "de termijn daarvan is niet" if open_count == 1 else "bij geen daarvan is de termijn"
        return f"{sentence}; {late} verstreken."
    if open_count == 1:
        return f"{sentence}; de termijn daarvan is verstreken."
    return f"{sentence}; bij {number_word(overdue)} daarvan is de termijn verstreken."


def recommendation_sentence(count: int, all_recommendations: bool, themes: Sequence[str]) -> str:
    """The Inspectie's own points: how many, and about which themes."""
    if not count:
        return "De Inspectie doet geen aanbevelingen."
    noun = (
        counted_words(count, "aanbeveling", "aanbevelingen")
        if all_recommendations
        else counted_words(count, "verbeterpunt of aanbeveling", "verbeterpunten en aanbevelingen")
    )
    about = f", over {enumeration(list(themes))}" if themes else ""
    return f"De Inspectie doet {noun}{about}."


def deployment_sentences(
    year: int, kinds: Sequence[tuple[int, str, str]], measured: int, over: int, missing: int = 0
) -> str:
    """The inzetten of the year and how the turn-out times compare with the Bvr norms.

    ``kinds`` holds (count, singular, plural) per kind of inzet, in a fixed order. ``missing``
    times (of activated teams with a Bvr norm, not recorded) are named after the measured
    ones: a missing time never reads as one within the norm.
    """
    sentences = _deployment_sentences(year, kinds, measured, over)
    if missing and sum(count for count, _, _ in kinds):
        times = counted_words(missing, "opkomsttijd", "opkomsttijden")
        verb = "is" if missing == 1 else "zijn"
        sentences += (
            f" Van ingezette teams {verb} {times} met een norm in het {_BVR} niet vastgelegd;"
            f" {'die telt' if missing == 1 else 'die tellen'} niet als binnen de norm."
        )
    return sentences


def _deployment_sentences(
    year: int, kinds: Sequence[tuple[int, str, str]], measured: int, over: int
) -> str:
    total = sum(count for count, _, _ in kinds)
    if not total:
        return f"Over {year} zijn geen inzetten vastgelegd."
    present = [(count, singular, plural) for count, singular, plural in kinds if count]
    verb = "is" if total == 1 else "zijn"
    if len(present) == 1:
        sentence = f"Over {year} {verb} {counted_words(*present[0])} vastgelegd."
    else:
        parts = [counted_words(*kind) for kind in present]
        sentence = (
            f"Over {year} {verb} {counted_words(total, 'inzet', 'inzetten')} vastgelegd: "
            f"{enumeration(parts)}."
        )
    if not measured:
        return sentence + " Opkomsttijden zijn daarbij niet vastgelegd."
    if measured == 1:
        where = "boven" if over else "binnen"
        return sentence + f" De enige gemeten opkomsttijd lag {where} de norm van het {_BVR}."
    times = counted_words(measured, "gemeten opkomsttijd", "gemeten opkomsttijden")
    if not over:
        return sentence + f" Alle {times} lagen binnen de norm van het {_BVR}."
    verb = "lag" if over == 1 else "lagen"
    return sentence + f" Van de {times} {verb} er {number_word(over)} boven de norm van het {_BVR}."


_BVR = "Besluit veiligheidsregio's"


def register_sentence(subject: str, total: int, open_count: int, overdue: int, when: str) -> str:
    """A register of verbeterpunten in two sentences: its size and what is open ``when``.

    ``when`` opens the second sentence: "Op de peildatum (31 december 2025)", or for an
    inspectieoordeel drawn up later "Op 28 mei 2026, de datum van het inspectieoordeel,".
    """
    if not total:
        return f"{subject} bevat geen punten."
    sentence = f"{subject} bevat {counted_words(total, 'punt', 'punten')}."
    if not open_count:
        return f"{sentence} {when} staat er geen meer open."
    verb = "staat" if open_count == 1 else "staan"
    sentence += f" {when} {verb} er {number_word(open_count)} open of in uitvoering"
    if open_count == 1:
        late = "verstreken" if overdue else "niet verstreken"
        return f"{sentence}; de termijn daarvan is {late}."
    late = number_word(overdue) if overdue else "geen"
    return f"{sentence}; bij {late} daarvan is de termijn verstreken."


def recommendations_intro(count: int, all_recommendations: bool = True) -> str:
    """The line above the Inspectie's points in the samenvatting.

    ``all_recommendations`` is false when some are verbeterpunten or good practices.
    """
    if not all_recommendations:
        points = counted_words(count, "punt", "punten")
        return f"De Inspectie noemt {'dit' if count == 1 else 'deze'} {points}:"
    if count == 1:
        return "De Inspectie doet deze aanbeveling:"
    return f"De Inspectie doet deze {number_word(count)} aanbevelingen:"


def process_conclusion(
    title: str,
    process_id: str,
    norms: Sequence[JudgedNorm],
    differing: Sequence[tuple[str, str]],
    open_findings: int,
    subject: str,
) -> str:
    """The conclusion on one process: its norms by level, differences and open findings.

    For example "Uitvoering (UV): UV.B en UV.D zijn op niveau, UV.A en UV.E in de basis op
    orde en UV.C voor verbetering vatbaar. Bij UV.A oordeelt de Inspectie lager dan de
    regio. Uit de toetsing staan hier twee aandachtspunten open." ``subject`` is whose
    judgement it is ("De Inspectie", "De regio"); levels come best first.
    """
    present = dict.fromkeys((norm.level, norm.rank) for norm in norms)
    ordered = [
        level for level, _ in sorted(present, key=lambda item: (item[1] is None, -(item[1] or 0)))
    ]
    parts = []
    for index, level in enumerate(ordered):
        ids = [norm.id for norm in norms if norm.level == level]
        verb = ("is" if len(ids) == 1 else "zijn") if index == 0 else ""
        parts.append(" ".join(part for part in (enumeration(ids), verb, level) if part))
    if len(norms) == 1:
        (norm,) = norms
        sentences = [f"{title} ({process_id}): de enige norm, {norm.id}, is {norm.level}."]
    else:
        sentences = [f"{title} ({process_id}): {enumeration(parts)}."]
    if subject == "De Inspectie" and differing:
        by_direction: dict[str, list[str]] = {}
        for norm_id, direction in differing:
            by_direction.setdefault(direction, []).append(norm_id)
        clauses = [f"bij {enumeration(ids)} {direction}" for direction, ids in by_direction.items()]
        sentences.append(f"Ten opzichte van de regio oordeelt de Inspectie {enumeration(clauses)}.")
    if open_findings:
        sentences.append(
            f"Uit de toetsing {'staat' if open_findings == 1 else 'staan'} hier "
            f"{counted_words(open_findings, 'aandachtspunt', 'aandachtspunten')} open."
        )
    else:
        sentences.append("Uit de toetsing staan hier geen aandachtspunten open.")
    return " ".join(sentences)
