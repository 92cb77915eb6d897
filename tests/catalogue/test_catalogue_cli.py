"""``tk4 catalog``: list, show, search, export — through the real CLI app."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tk4.model.catalogue import Catalogue

RunCli = Callable[..., Result]
"""The type of the project-wide ``run_cli`` fixture (tests/conftest.py)."""


def flat(text: str) -> str:
    """Output with rich's line wrapping and tree guides undone, for substring checks."""
    for guide in ("│", "├──", "└──"):
        text = text.replace(guide, " ")
    return " ".join(text.split())


@pytest.mark.parametrize("command", [[], ["list"], ["show"], ["search"], ["export"]])
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
    assert "UV.A.1.a" in out
    assert "element UV.A.1" in out


def test_show_unknown_id_suggests(run_cli: RunCli) -> None:
    result = run_cli("catalog", "show", "UV.F", expect=2)
    assert result.stderr.startswith("fout: onbekend ID 'UV.F'")
    assert "bedoelde u" in result.stderr
    assert "UV.E" in result.stderr
    assert result.stdout == ""


def test_show_unknown_id_without_suggestion(run_cli: RunCli) -> None:
    result = run_cli("catalog", "show", "qqqqqqqqqqqq", expect=2)
    assert "bedoelde u" not in result.stderr


def test_search(run_cli: RunCli) -> None:
    out = run_cli("catalog", "search", "Coordineert").stdout
    assert "UV.A.1.a.i" in out.split()
    assert "1 treffer(s)." in out


def test_search_requires_all_words(run_cli: RunCli) -> None:
    out = run_cli("catalog", "search", "visitatie", "meldkamer").stdout
    assert "Geen elementen of subpunten gevonden" in out


def test_export_json_parses_back(run_cli: RunCli, catalogue: Catalogue) -> None:
    data = json.loads(run_cli("catalog", "export", "--format", "json").stdout)
    assert data["format"] == "tk4-catalogus"
    assert Catalogue.model_validate(data["catalogue"]) == catalogue


def test_export_md_to_file(run_cli: RunCli, catalogue: Catalogue, tmp_path: Path) -> None:
    target = tmp_path / "kader.md"
    result = run_cli("catalog", "export", "-f", "md", "-o", str(target))
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert [node.id for node in catalogue.nodes() if node.id not in text] == []
    assert all(erratum.id in text for erratum in catalogue.errata)


def test_export_to_unwritable_place(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(
        "catalog", "export", "-f", "md", "-o", str(tmp_path / "nee" / "x.md"), expect=2
    )
    assert result.stderr.startswith("fout: ")
    assert "kan niet schrijven" in result.stderr


def test_export_rejects_unknown_format(run_cli: RunCli) -> None:
    run_cli("catalog", "export", "--format", "pdf", expect=2)
