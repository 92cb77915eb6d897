"""``carry_forward``: last year's answers, documents and open points, the region's comments kept."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from init_helpers import USER_COMMENTS
from ruamel.yaml import YAML

from tk4.checks import REGISTRY
from tk4.findings import Severity
from tk4.model.catalogue import Catalogue
from tk4.model.report import SelfReport
from tk4.scaffold import CarrySummary, carry_forward, find_modeline
from tk4.validation import validate_text

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2027, 2, 1)


def _report(text: str) -> SelfReport:
    result = validate_text(text, "vorig.yaml", REGISTRY)
    assert [f.message for f in result.findings if f.severity is Severity.ERROR] == []
    assert result.report is not None
    return result.report


def _carry(text: str, catalogue: Catalogue, **options: Any) -> tuple[str, CarrySummary]:
    report = _report(text)
    arguments: dict[str, Any] = {
        "year": report.year + 1,
        "kind": report.kind,
        "drafted_on": TODAY,
        "schema_ref": None,
    }
    arguments.update(options)
    return carry_forward(text, report, catalogue, **arguments)


@pytest.fixture(scope="module")
def carried(filled_report: str, catalogue: Catalogue) -> tuple[str, CarrySummary]:
    return _carry(filled_report, catalogue)


@pytest.fixture(scope="module")
def data(carried: tuple[str, CarrySummary]) -> Any:
    return YAML(typ="safe", pure=True).load(carried[0])


def test_result_is_valid_for_the_new_year(carried: tuple[str, CarrySummary]) -> None:
    report = _report(carried[0])
    assert report.year == 2026
    assert report.drafted.date == TODAY
    assert report.drafted.by == "Veiligheidsregio Twente"


def test_answers_are_carried_and_marked(data: Any) -> None:
    element = data["normen"]["RB.A"]["elementen"]["RB.A.1"]
    assert element == {
        "oordeel": "op niveau",
        "toelichting": "Vastgelegd in het beleidsplan.",
        "bewijs": ["bp-2024"],
        "te_herbevestigen": True,
    }
    assert data["normen"]["RB.B"]["te_herbevestigen"] is True
    assert data["normen"]["RB.B"]["oordeel"] == "voor verbetering vatbaar"


def test_unanswered_entries_are_not_marked(data: Any) -> None:
    assert "te_herbevestigen" not in data["normen"]["RB.A"]
    assert "te_herbevestigen" not in data["normen"]["RB.A"]["elementen"]["RB.A.2"]


def test_documents_all_and_only_open_improvements(data: Any) -> None:
    assert [d["id"] for d in data["documenten"]] == ["bp-2024", "eval-oef"]
    assert [p["id"] for p in data["verbeterpunten"]] == ["vp-2", "vp-3"]
    assert data["inzetten"] == []


def test_source_in_a_dropped_inzet_is_re_pointed(data: Any, carried: tuple[str, Any]) -> None:
    vp2, vp3 = data["verbeterpunten"]
    assert vp2["bron"] == "eval-oef"
    assert "bron" not in vp3
    assert "# bron vorig jaar: inzet oef-1 (2025-04-01); nu het evaluatierapport" in carried[0]
    assert "# bron vorig jaar: inzet inc-1 (2025-05-01)" in carried[0]


def test_acknowledgements_become_comments(data: Any, carried: tuple[str, Any]) -> None:
    assert data["uitzonderingen"] == []
    assert "# uitzonderingen:\n#   - regel: TK301\n#     onderdeel: UV.E.2\n" in carried[0]


def test_commented_acknowledgements_are_valid_once_uncommented(
    carried: tuple[str, Any], filled_report: str
) -> None:
    """Remove the '# ' of the YAML lines, replace the [] line as told: last year's list is back."""
    lines = carried[0].split("\n")
    end = lines.index("uitzonderingen: []")
    start = max(i for i, line in enumerate(lines[:end]) if line == "# uitzonderingen:")
    assert "vervang 'uitzonderingen: []'" in " ".join(lines[start - 3 : start])
    uncommented = [line.removeprefix("# ") for line in lines[start:end]]
    text = "\n".join([*lines[:start], *uncommented, *lines[end + 1 :]])
    assert _report(text).acknowledgements == _report(filled_report).acknowledgements


def test_summary_counts(carried: tuple[str, CarrySummary]) -> None:
    assert carried[1] == CarrySummary(
        answers=2,
        documents=2,
        improvements=2,
        improvements_closed=2,
        deployments=2,
        acknowledgements=1,
    )


def test_user_comments_survive(carried: tuple[str, Any], filled_report: str) -> None:
    for comment in USER_COMMENTS:
        assert comment in filled_report
        assert comment in carried[0], comment
    assert "        oordeel: op niveau  # besproken in het AB\n" in carried[0]


def test_tk4_comments_survive(carried: tuple[str, Any], catalogue: Catalogue) -> None:
    for element in catalogue.elements.values():
        assert f"      # {element.id}: " in carried[0]


def test_modeline_is_replaced_or_added(filled_report: str, catalogue: Catalogue) -> None:
    text, _ = _carry(filled_report, catalogue, schema_ref="../schemas/s.json")
    assert find_modeline(text) == "../schemas/s.json"
    assert text.count("yaml-language-server") == 1
    bare = filled_report.split("\n", 2)[2]
    added, _ = _carry(bare, catalogue, schema_ref="s.json")
    assert added.startswith("# yaml-language-server: $schema=s.json\n")
    kept, _ = _carry(filled_report, catalogue)
    assert find_modeline(kept) == "zelfevaluatie-4.0.schema.json"


MINIMAL = """\
toetsingskader: 4.0
soort: zelfevaluatie
regio: VR05
jaar: 2024
opgesteld: {datum: 2025-01-10, door: Team}
documenten:
- id: bp
  soort: beleidsplan
  titel: BP
normen:
    RB.A:
        elementen:
            RB.A.1:
                oordeel: op niveau
                bewijs:
                - bp
                # na het bewijs
# slot
"""


def test_missing_norms_and_elements_are_added_in_the_files_style(catalogue: Catalogue) -> None:
    text, summary = _carry(MINIMAL, catalogue)
    report = _report(text)
    assert summary.answers == 1
    assert list(report.norms) == list(catalogue.norms)
    for norm in catalogue.norms.values():
        assert list(report.norms[norm.id].elements) == [e.id for e in norm.elements]
    assert "\n    RB.B:\n        oordeel:\n" in text
    assert "\n            # RB.A.2: Een door het bestuur" in text
    assert "\n- id: bp\n  soort: beleidsplan\n" in text
    assert text.index("# na het bewijs") < text.index("# slot")
    assert text.endswith("# slot\n")
    assert text.startswith("toetsingskader: 4.0\n")


def test_example_of_last_year_carries_cleanly(catalogue: Catalogue) -> None:
    path = REPO / "examples" / "vr05-twente-2024.yaml"
    previous = path.read_text(encoding="utf-8")
    text, summary = _carry(previous, catalogue)
    report = _report(text)
    before = _report(previous)
    assert [d.id for d in report.documents] == [d.id for d in before.documents]
    open_points = [p.id for p in before.improvements if p.status not in ("afgerond", "vervallen")]
    assert [p.id for p in report.improvements] == open_points
    assert summary.improvements == len(open_points)
    assert report.deployments == []
    marked = [e for n in report.norms.values() for e in [n, *n.elements.values()] if e.reconfirm]
    assert len(marked) == summary.answers > 0
    # Everything but the year, the date, the markers and the inzetten is untouched.
    untouched = [
        line
        for line in previous.splitlines()
        if line.strip() and not line.startswith(("jaar:", "  datum:"))
    ]
    carried_lines = set(text.splitlines())
    missing = [line for line in untouched if line not in carried_lines]
    dropped = "inzetten:" + previous.split("\ninzetten:")[1].split("\nverbeterpunten:")[0]
    improvements = previous.split("\nverbeterpunten:")[1].split("\n  - id: ")
    for point in before.improvements:
        if point.status in ("afgerond", "vervallen"):
            block = next(b for b in improvements if b.startswith(point.id + "\n"))
            dropped += "- id: " + block
    assert missing
    for line in missing:
        assert line.strip() in dropped, line


USER_ORDER = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2024
opgesteld:
  datum: 2025-01-10
  door: Team
normen:
  # eigen opmerking over UV.B
  UV.B:
    oordeel: op niveau
    elementen:
      # eigen opmerking over UV.B.2
      UV.B.2:
        oordeel: op niveau
      # eigen opmerking over UV.B.5
      UV.B.5: {oordeel: op niveau}
  # eigen opmerking over VL.B
  VL.B:
    elementen: {}
# slot
"""


def _keys_at(text: str, indent: int) -> list[tuple[int, str]]:
    """(line index, key) of every catalogue-like key at exactly ``indent`` spaces."""
    found = []
    for index, line in enumerate(text.splitlines()):
        match = re.match(rf"^ {{{indent}}}((RB|VB|UV|VL)\.[A-E](\.[0-9]+)?):", line)
        if match:
            found.append((index, match.group(1)))
    return found


def test_missing_norms_and_elements_go_where_the_catalogue_puts_them(
    catalogue: Catalogue,
) -> None:
    text, _ = _carry(USER_ORDER, catalogue)
    report = _report(text)
    assert list(report.norms) == list(catalogue.norms)
    assert [key for _, key in _keys_at(text, 2)] == list(catalogue.norms)
    assert [key for _, key in _keys_at(text, 6)] == list(catalogue.elements)
    lines = text.splitlines()
    # The region's comments stay right above the key they were written above.
    for comment, key in [
        ("  # eigen opmerking over UV.B", "  UV.B:"),
        ("      # eigen opmerking over UV.B.2", "      UV.B.2:"),
        (
            "      # eigen opmerking over UV.B.5",
            "      UV.B.5: {oordeel: op niveau, te_herbevestigen",
        ),
        ("  # eigen opmerking over VL.B", "  VL.B:"),
    ]:
        assert lines[lines.index(comment) + 1].startswith(key)
    # Every added norm and element has its own text in the comment block right above it.
    kept = {"UV.B", "VL.B", "UV.B.2", "UV.B.5"}
    for index, key in [*_keys_at(text, 2), *_keys_at(text, 6)]:
        if key in kept:
            continue
        pad = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
        above = index - 1
        while lines[above].startswith(f"{pad}#   ") or lines[above].startswith(f"{pad}# Uitw"):
            above -= 1
        assert lines[above].startswith(f"{pad}# {key}: "), (key, lines[above])
    assert text.endswith("# slot\n")


FLOW = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2024
opgesteld: {datum: 2025-01-10, door: Team}
normen: {UV.C: {oordeel: op niveau, elementen: {UV.C.2: {oordeel: op niveau, bewijs: []}}}}
"""


def test_flow_style_norms_become_block_style_with_the_texts(catalogue: Catalogue) -> None:
    text, summary = _carry(FLOW, catalogue)
    assert summary.answers == 2
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "\n  UV.C:\n    oordeel: op niveau\n    te_herbevestigen: true\n" in text
    assert "\n      UV.C.2: {oordeel: op niveau, bewijs: [], te_herbevestigen: true}\n" in text
    for element in catalogue.elements.values():
        assert f"      # {element.id}: " in text or element.id == "UV.C.2"
    assert "opgesteld: {datum: 2027-02-01, door: Team}\n" in text  # the rest keeps its style
    assert list(_report(text).norms) == list(catalogue.norms)


def test_crlf_input_gives_crlf_output(filled_report: str, catalogue: Catalogue) -> None:
    crlf = filled_report.replace("\n", "\r\n")
    text, _ = _carry(crlf, catalogue)
    assert "\r\n" in text
    assert text.count("\n") == text.count("\r\n")
    assert "\r\r" not in text
    lf, _ = _carry(filled_report, catalogue)
    assert text == lf.replace("\n", "\r\n")
