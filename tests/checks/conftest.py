"""The clean base report and the harness that runs a rule over a fragment merged onto it.

The base is a complete zelfevaluatie of VR05 (Twente) for 2025, built from the catalogue:
every norm and element judged *op niveau* with a toelichting and evidence, eight documents,
one systeemtest of the whole hoofdstructuur and one open verbeterpunt. It validates and no
rule fires on it. That is the
contract the *Fout*/*Goed* examples of every rule docstring rely on: a fragment is merged
onto the base (mappings recursively, lists replaced, ``null`` removes a key, as in JSON Merge
Patch, RFC 7396) and only what the fragment changes can make a rule fire.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from ruamel.yaml import YAML

from tk4.checks import REGISTRY
from tk4.checks.config import Config, configure
from tk4.checks.runner import run_rules
from tk4.findings import Finding
from tk4.loading.catalogue import load_catalogue
from tk4.model.catalogue import Catalogue, Element, Norm
from tk4.validation import FileResult, validate_text

REFERENCE_DATE = dt.date(2025, 12, 31)
"""The peildatum of every fixture run: the last day of the base report's year."""

EXTRA_EVIDENCE = {
    "RB.A.2": "risicoprofiel",
    "VB.A.1": "crisisplan",
    "VL.B.4": "visitatie",
    "VL.A.1": ("jaarverslag-2024", "kostenevaluatie"),
    "VB.B.1": "oefenbeleidsplan",
}
"""Elements that cite a document besides the beleidsplan, so every document is used."""


def _documents() -> list[dict[str, Any]]:
    def document(id_: str, kind: str, title: str, adopted: dt.date, **extra: Any) -> dict[str, Any]:
        return {"id": id_, "soort": kind, "titel": title, "vastgesteld": adopted, **extra}

    return [
        document(
            "beleidsplan",
            "beleidsplan",
            "Beleidsplan Veiligheidsregio Twente 2024-2027",
            dt.date(2024, 1, 15),
        ),
        document(
            "oefenbeleidsplan",
            "oefenbeleidsplan",
            "MOTO-beleidsplan Veiligheidsregio Twente 2024-2027",
            dt.date(2024, 1, 15),
        ),
        document(
            "crisisplan",
            "crisisplan",
            "Regionaal crisisplan Twente",
            dt.date(2024, 1, 15),
            afgestemd_met=["VR04", "VR06"],
        ),
        document(
            "risicoprofiel",
            "risicoprofiel",
            "Regionaal risicoprofiel Twente 2023",
            dt.date(2023, 6, 1),
        ),
        document(
            "visitatie",
            "visitatierapport",
            "Visitatierapport Veiligheidsregio Twente 2022",
            dt.date(2022, 5, 1),
            standpunt_bestuur=dt.date(2022, 7, 7),
        ),
        document(
            "kostenevaluatie",
            "kostenevaluatie",
            "Evaluatie van de kosten van de multidisciplinaire taakuitvoering 2023",
            dt.date(2024, 3, 1),
        ),
        document(
            "jaarverslag-2024",
            "jaarverslag",
            "Jaarverslag 2024 Veiligheidsregio Twente",
            dt.date(2025, 6, 20),
            vastgesteld_door="algemeen bestuur",
        ),
        document(
            "eval-st-2025",
            "evaluatie",
            "Evaluatie systeemtest 2025: overstroming langs de Vecht",
            dt.date(2025, 11, 15),
        ),
    ]


def _element_explanation(element: Element) -> str:
    words = element.text.split()
    snippet = " ".join(words[:10]).rstrip(",.:;") + (" …" if len(words) > 10 else "")
    return (
        f"Voor {element.id} ({snippet}) heeft het algemeen bestuur de aanpak vastgelegd in het "
        "beleidsplan 2024-2027. In 2025 is de uitvoering getoetst in de systeemtest en "
        "besproken met de kolommen; de regio voldoet hier aantoonbaar aan."
    )


def _norm_assessment(norm: Norm) -> dict[str, Any]:
    elements: dict[str, Any] = {}
    for element in norm.elements:
        extra = EXTRA_EVIDENCE.get(element.id, ())
        extra_ids = (extra,) if isinstance(extra, str) else extra
        elements[element.id] = {
            "oordeel": "op niveau",
            "toelichting": _element_explanation(element),
            "bewijs": ["beleidsplan", *extra_ids],
        }
    return {
        "oordeel": "op niveau",
        "toelichting": (
            f"Alle {len(norm.elements)} elementen van norm {norm.id} zijn op niveau beoordeeld; "
            "de onderbouwing staat per element en in het beleidsplan 2024-2027."
        ),
        "bewijs": ["beleidsplan"],
        "elementen": elements,
    }


def _level(text: str) -> dict[str, Any]:
    return {"oordeel": "op niveau", "toelichting": text}


def clean_base_report(catalogue: Catalogue) -> dict[str, Any]:
    """A complete, valid self-report on which no rule fires (a fresh object on every call)."""
    return {
        "toetsingskader": catalogue.version,
        "soort": "zelfevaluatie",
        "regio": "VR05",
        "jaar": 2025,
        "opgesteld": {"datum": dt.date(2026, 2, 10), "door": "Team Kwaliteit en Control"},
        "documenten": _documents(),
        "normen": {norm_id: _norm_assessment(norm) for norm_id, norm in catalogue.norms.items()},
        "inzetten": [
            {
                "id": "st-2025",
                "soort": "systeemtest",
                "naam": "Systeemtest 2025: overstroming langs de Vecht",
                "datum": dt.date(2025, 10, 2),
                "grip": 3,
                "teams": ["meldkamer", "copi", "rot", "gbt"],
                "opkomst_minuten": {"alarmering": 1.5, "copi": 25, "rot": 40, "gbt": 50},
                "prestaties": {
                    "functie": _level("De sleutelfunctionarissen vervulden hun rol volgens plan."),
                    "team": _level("CoPI en ROT werkten met één gedeeld beeld van de situatie."),
                    "organisatie": _level("De hoofdstructuur was binnen de normtijden actief."),
                },
                "evaluatie": "eval-st-2025",
            }
        ],
        "verbeterpunten": [
            {
                "id": "vp-2025-01",
                "omschrijving": (
                    "Het gedeelde beeld tussen CoPI en ROT sneller actualiseren na nieuwe "
                    "meldingen."
                ),
                "bron": "st-2025",
                "normen": ["UV.C"],
                "thema": "informatiedeling",
                "eigenaar": "Directeur Veiligheidsregio",
                "termijn": dt.date(2026, 6, 30),
                "status": "open",
                "bewijs": ["eval-st-2025"],
            }
        ],
    }


def deep_merge(base: Mapping[str, Any], fragment: Mapping[str, Any]) -> dict[str, Any]:
    """``fragment`` merged onto a copy of ``base``: mappings recursively, lists replaced.

    A ``null`` in the fragment removes the key (JSON Merge Patch, RFC 7396); ``base`` is
    never modified.
    """
    merged = copy.deepcopy(dict(base))
    for key, value in fragment.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def dump_yaml(data: Mapping[str, Any]) -> str:
    """``data`` as block-style YAML text, as a user would write it."""
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    stream = io.StringIO()
    yaml.dump(dict(data), stream)
    return stream.getvalue()


@dataclass(frozen=True)
class RuleRun:
    """The outcome of validating a report and running rules over it."""

    validation: FileResult
    findings: list[Finding]

    def codes(self) -> list[str]:
        """The codes of the rule findings, in order."""
        return [finding.code for finding in self.findings]

    def describe(self) -> str:
        """The rule findings, one per line, for assertion messages."""
        return describe(self.findings)


def describe(findings: Sequence[Finding]) -> str:
    """Findings one per line with code, key path and Dutch message, for assertion output."""
    return "\n".join(
        f"  {f.code} {f.severity.value} {' > '.join(map(str, f.path)) or '(bestand)'}: {f.message}"
        for f in findings
    )


def _run_report(data: Mapping[str, Any], codes: Sequence[str], name: str) -> RuleRun:
    """Validate ``data`` (as YAML) and run the rules ``codes`` at :data:`REFERENCE_DATE`.

    Fails the test, listing the validation findings, when ``data`` is not a valid report.
    """
    result = validate_text(dump_yaml(data), name, REGISTRY)
    if result.report is None or result.catalogue is None:
        pytest.fail(f"{name} is geen geldige zelfevaluatie:\n{describe(result.findings)}")
    rules = configure(Config(), {code: REGISTRY[code] for code in codes})
    findings = run_rules(result.report, result.catalogue, result.source, rules, REFERENCE_DATE)
    return RuleRun(result, findings)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The catalogue of the base report."""
    return load_catalogue("4.0")


@pytest.fixture
def base_report(catalogue: Catalogue) -> dict[str, Any]:
    """A fresh copy of the clean base report."""
    return clean_base_report(catalogue)


@pytest.fixture
def build_report(catalogue: Catalogue) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """A function merging a fragment onto a fresh clean base report."""

    def build(fragment: Mapping[str, Any]) -> dict[str, Any]:
        return deep_merge(clean_base_report(catalogue), fragment)

    return build


RunReport = Callable[[Mapping[str, Any], Sequence[str], str], RuleRun]


@pytest.fixture
def run_report() -> RunReport:
    """A function validating a report dict and running the given rule codes over it."""
    return _run_report
