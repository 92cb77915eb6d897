"""``tk4 catalog``: list, show, search, export — through the real CLI app."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tk4.model.catalogue import Catalogue, Norm

RunCli = Callable[..., Result]
"""The type of the project-wide ``run_cli`` fixture (tests/conftest.py)."""


def flat(text: str) -> str:
    """Output with rich's line wrapping and tree guides undone, for substring checks."""
    for guide in ("│", "├──", "└──"):
        text = text.replace(guide, " ")
    return " ".join(text.split())


@pytest.mark.parametrize("command", [[], ["list"], ["show"], ["search"], ["export"], ["regios"]])
def test_help(run_cli: RunCli, command: list[str]) -> None:
    result = run_cli("catalog", *command, "--help")
    assert "Usage" in result.stdout


def test_catalog_without_command_shows_help(run_cli: RunCli) -> None:
    result = run_cli("catalog", expect=None)
    assert "list" in result.stdout
    assert "export" in result.stdout


@pytest.mark.parametrize(("depth", "shown", "hidden"), [
    ("1", "RB", "RB.A"),
    ("2", "UV.E", "UV.E.1"),
    ("3", "UV.A.1", "UV.A.1.a"),
    ("4", "UV.A.1.a.iv", None),
])  # fmt: skip
def test_list_depth(run_cli: RunCli, depth: str, shown: str, hidden: str | None) -> None:
    out = run_cli("catalog", "list", "--depth", depth).stdout
    tokens = set(out.split())
    assert shown in tokens
    if hidden is not None:
        assert hidden not in tokens


def test_list_default_shows_every_element(run_cli: RunCli, catalogue: Catalogue) -> None:
    tokens = set(run_cli("catalog", "list").stdout.split())
    assert set(catalogue.elements) <= tokens


def test_list_rejects_bad_depth(run_cli: RunCli) -> None:
    result = run_cli("catalog", "list", "--depth", "5", expect=2)
    assert "--depth" in result.stderr


def test_list_unknown_version(run_cli: RunCli) -> None:
    result = run_cli("catalog", "list", "--versie", "3.0", expect=2)
    assert result.stderr.startswith("fout: onbekende versie")
    assert "4.0" in result.stderr


def test_show_element(run_cli: RunCli, catalogue: Catalogue) -> None:
    out = flat(run_cli("catalog", "show", "uv.a.1").stdout)
    element = catalogue.elements["UV.A.1"]
    assert element.text in out
    for point in element.children:
        assert point.id in out
        assert point.text in out
    assert "UV.A.1.a.iv" in out
    assert "Sturing, Toerusting, Ketens en netwerken" in out
    assert element.aspects.reason in out
    assert "Bvr art. 2.2.2" in out


def test_show_norm_with_chapter4_wording(run_cli: RunCli, catalogue: Catalogue) -> None:
    out = flat(run_cli("catalog", "show", "UV.D").stdout)
    norm = catalogue.norms["UV.D"]
    assert norm.statement in out
    assert norm.statement_detail is not None
    assert norm.statement_detail in out
    assert "Formulering hoofdstuk 4" in out
    assert all(element.id in out for element in norm.elements)


def test_show_norm_without_different_wording(run_cli: RunCli) -> None:
    out = flat(run_cli("catalog", "show", "RB.A").stdout)
    assert "Formulering hoofdstuk 4" not in out
    assert "Wvr art. 15" in out


def test_show_process(run_cli: RunCli, catalogue: Catalogue) -> None:
    out = flat(run_cli("catalog", "show", "UV").stdout)
    process = catalogue.processes[2]
    assert " ".join(process.description.split()) in out
    assert process.statement in out
    assert all(norm in out for norm in ["UV.A", "UV.B", "UV.C", "UV.D", "UV.E"])


def test_show_sub_sub_point(run_cli: RunCli) -> None:
    out = flat(run_cli("catalog", "show", "UV.A.1.a.ii").stdout)
    assert "zorgt voor eenduidige aansturing;" in out
    assert "UV.A.1.a.ii sub-subpunt van subpunt UV.A.1.a (element UV.A.1) (bron: 4.3 A)" in out
    sub_point = flat(run_cli("catalog", "show", "UV.A.1.b").stdout)
    assert "UV.A.1.b subpunt van element UV.A.1 (bron: 4.3 A)" in sub_point


@pytest.mark.parametrize(
    ("node_id", "shown", "not_shown"),
    [
        ("UV.B.6.g", ["E19 (typefout; 4.3 B, UV.B.6.g (r. 288))", "getroffen en;"], ["E16"]),
        ("UV.A.1.f", ["E18 (typefout;"], ["E17"]),
        ("UV.A.1", ["E17 (opmaak-tekstversie;", "E18 (typefout;"], ["E19"]),
        ("UV.D", ["E11 (formulering-h3-h4;", "E20 (typefout;"], ["E09"]),
        ("VB", ["E06 (typefout;", "Vorbereiding"], ["E08"]),
    ],
)
def test_show_mentions_the_errata_of_what_it_shows(
    run_cli: RunCli, node_id: str, shown: list[str], not_shown: list[str]
) -> None:
    out = flat(run_cli("catalog", "show", node_id).stdout)
    assert "Errata (onvolkomenheden in de brontekst" in out
    for text in shown:
        assert text in out
    for erratum_id in not_shown:
        assert f"{erratum_id} (" not in out


def test_show_without_errata_says_nothing_about_them(run_cli: RunCli) -> None:
    assert "Errata" not in run_cli("catalog", "show", "RB.A.1").stdout


@pytest.mark.parametrize("query", ["VR02", "vr02", "Friesland"])
def test_show_region(run_cli: RunCli, query: str) -> None:
    out = run_cli("catalog", "show", query).stdout
    assert out.splitlines()[0] == "VR02  veiligheidsregio Fryslân"
    assert "Alternatieve namen: Friesland" in out
    assert "regio: VR02" in out
    assert "Alternatieve namen: geen" in run_cli("catalog", "show", "VR05").stdout


def test_show_unknown_id_suggests(run_cli: RunCli) -> None:
    result = run_cli("catalog", "show", "UV.F", expect=2)
    assert result.stderr.startswith("fout: onbekend ID 'UV.F'")
    assert "bedoelde u" in result.stderr
    assert "UV.E" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("node_id", ["qqqqqqqqqqqq", "foo"])
def test_show_unknown_id_without_suggestion_explains_the_ids(run_cli: RunCli, node_id: str) -> None:
    result = run_cli("catalog", "show", node_id, expect=2)
    assert "bedoelde u" not in result.stderr
    assert "ID's zien eruit als UV, UV.C, UV.C.1, UV.A.1.a" in result.stderr
    assert "tk4 catalog regios" in result.stderr


def test_show_unknown_id_that_resembles_a_region(run_cli: RunCli) -> None:
    result = run_cli("catalog", "show", "Den Haag", expect=2)
    assert "bedoelde u de regio VR15 (Haaglanden)?" in result.stderr


def test_search(run_cli: RunCli) -> None:
    out = run_cli("catalog", "search", "Coordineert").stdout
    lines = out.splitlines()
    assert lines[0].startswith("UV.A.1.a.i  (sub-subpunt, norm UV.A)  coördineert tussen")
    assert lines[1].startswith("UV.B  (norm, hoofdstuk 4)  De crisisorganisatie stuurt")
    assert "2 treffer(s)." in out


def test_search_finds_norms_and_processes(run_cli: RunCli) -> None:
    out = run_cli("catalog", "search", "parate").stdout
    assert [line.split()[0] for line in out.splitlines()[:3]] == ["VB", "VB.A", "VB.B"]
    assert "VB.B  (norm, hoofdstuk 3)  De veiligheidsregio beschikt over een parate" in out
    assert "VB  (proces, hoofdlijn)  " in out


def test_search_requires_all_words(run_cli: RunCli) -> None:
    out = run_cli("catalog", "search", "visitatie", "meldkamer").stdout
    assert "Niets gevonden in het toetsingskader met: visitatie meldkamer" in out


@pytest.mark.parametrize("words", [[""], ["   "], ["", " "]])
def test_search_without_words_is_a_usage_error(run_cli: RunCli, words: list[str]) -> None:
    result = run_cli("catalog", "search", *words, expect=2)
    assert result.stderr.startswith("fout: geef minstens één zoekwoord op")
    assert result.stdout == ""


def test_regions_table(run_cli: RunCli) -> None:
    out = run_cli("catalog", "regios").stdout
    for header in ("Code", "Naam", "Alternatieve namen"):
        assert header in out
    rows = [line for line in out.splitlines() if "VR" in line]
    assert len(rows) == 25
    assert "Noord-Holland Noord" in rows[9]
    assert "Noord-Holland-Noord, NHN" in rows[9]
    assert all(line == line.rstrip() for line in out.splitlines())


def test_regions_json(run_cli: RunCli) -> None:
    data = json.loads(run_cli("catalog", "regios", "--format", "json").stdout)
    assert data["format"] == "tk4-regios"
    regions = data["register"]["regions"]
    assert [r["code"] for r in regions] == [f"VR{n:02d}" for n in range(1, 26)]
    assert regions[1] == {"code": "VR02", "name": "Fryslân", "aliases": ["Friesland"]}


@pytest.mark.parametrize(
    ("command", "node_id"),
    [
        (["list", "--depth", "4"], "UV.A.1.b"),
        (["show", "UV.A.1"], "UV.A.1.b"),
        (["show", "UV"], "UV.B"),
        (["search", "informatie"], "VB.A.1"),
    ],
)
def test_piped_output_is_not_wrapped_or_padded(
    run_cli: RunCli, catalogue: Catalogue, command: list[str], node_id: str
) -> None:
    out = run_cli("catalog", *command).stdout
    lines = out.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    node = catalogue.by_id[node_id]
    text = node.statement if isinstance(node, Norm) else getattr(node, "text", "")
    assert len(text) > 150
    assert any(line.endswith(f"{node_id}  {text}") or line.endswith(text) for line in lines)


def test_export_json_parses_back(run_cli: RunCli, catalogue: Catalogue) -> None:
    data = json.loads(run_cli("catalog", "export", "--format", "json").stdout)
    assert data["format"] == "tk4-catalogus"
    assert Catalogue.model_validate_json(json.dumps(data["catalogue"])) == catalogue


def test_export_md_to_file(run_cli: RunCli, catalogue: Catalogue, tmp_path: Path) -> None:
    target = tmp_path / "kader.md"
    result = run_cli("catalog", "export", "-f", "md", "-o", str(target))
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert [node.id for node in catalogue.nodes() if node.id not in text] == []
    assert all(erratum.id in text for erratum in catalogue.errata)
    assert "- Betreft: `UV.B.6.g`" in text


def test_export_to_unwritable_place(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(
        "catalog", "export", "-f", "md", "-o", str(tmp_path / "nee" / "x.md"), expect=2
    )
    assert result.stderr.startswith("fout: ")
    assert f"map {tmp_path / 'nee'} bestaat niet" in result.stderr


def test_export_rejects_unknown_format(run_cli: RunCli) -> None:
    run_cli("catalog", "export", "--format", "pdf", expect=2)
