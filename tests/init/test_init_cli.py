"""``tk4 init`` through the CLI: files written, refusals, regions, ``--vanaf``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from init_helpers import USER_COMMENTS
from typer.testing import Result

from tk4.loading.catalogue import load_catalogue, load_regions
from tk4.scaffold import find_modeline
from tk4.schema import build_schema, render_schema

RunCli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]
SCAFFOLD = "vr05-2025-zelfevaluatie.yaml"
SCHEMA = "zelfevaluatie-4.0.schema.json"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_writes_scaffold_and_schema(run_cli: RunCli, workdir: Path) -> None:
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025")
    assert f"geschreven: {SCAFFOLD}" in result.stdout
    assert f"schema geschreven: {SCHEMA}" in result.stdout
    text = (workdir / SCAFFOLD).read_text(encoding="utf-8")
    assert find_modeline(text) == SCHEMA
    expected = render_schema(build_schema(load_catalogue("4.0"), load_regions()))
    assert (workdir / SCHEMA).read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in workdir.iterdir()) == [SCAFFOLD, SCHEMA]


def test_scaffold_passes_validate_with_only_tk301(run_cli: RunCli, workdir: Path) -> None:
    run_cli("init", "--regio", "VR05", "--jaar", "2025")
    result = run_cli("validate", SCAFFOLD, "--format", "text")
    findings = [line for line in result.stdout.splitlines() if line.startswith(SCAFFOLD)]
    assert findings
    assert all(" waarschuwing TK301 " in line for line in findings)


def test_comments_hold_the_element_texts(run_cli: RunCli, workdir: Path) -> None:
    run_cli("init", "--regio", "VR05", "--jaar", "2025")
    text = (workdir / SCAFFOLD).read_text(encoding="utf-8")
    catalogue = load_catalogue("4.0")
    comments = " ".join(
        " ".join(line.strip().removeprefix("#").split())
        for line in text.splitlines()
        if line.strip().startswith("#")
    )
    for element in catalogue.elements.values():
        for line in element.full_text().split("\n"):
            assert " ".join(line.split()) in comments, element.id


def test_refuses_to_overwrite_without_force(run_cli: RunCli, workdir: Path) -> None:
    (workdir / SCAFFOLD).write_text("# van mij\n", encoding="utf-8")
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025", expect=2)
    assert f"fout: {SCAFFOLD} bestaat al; gebruik --force" in result.stderr
    assert (workdir / SCAFFOLD).read_text(encoding="utf-8") == "# van mij\n"
    assert not (workdir / SCHEMA).exists()
    run_cli("init", "--regio", "VR05", "--jaar", "2025", "--force")
    assert (workdir / SCAFFOLD).read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_existing_schema_is_left_alone(run_cli: RunCli, workdir: Path) -> None:
    (workdir / SCHEMA).write_text("{}\n", encoding="utf-8")
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025")
    assert "bestaat al (niet overschreven)" in result.stdout
    assert (workdir / SCHEMA).read_text(encoding="utf-8") == "{}\n"


def test_without_schema(run_cli: RunCli, workdir: Path) -> None:
    run_cli("init", "--regio", "VR05", "--jaar", "2025", "--geen-schema")
    assert [p.name for p in workdir.iterdir()] == [SCAFFOLD]
    assert "yaml-language-server" not in (workdir / SCAFFOLD).read_text(encoding="utf-8")


def test_output_option_file_and_folder(run_cli: RunCli, workdir: Path) -> None:
    run_cli("init", "--regio", "Haaglanden", "--jaar", "2024", "-o", "mijn.yaml")
    assert "\nregio: VR15  # Haaglanden\n" in (workdir / "mijn.yaml").read_text(encoding="utf-8")
    (workdir / "map").mkdir()
    run_cli(
        "init", "--regio", "twente", "--jaar", "2025", "--soort", "inspectieoordeel", "-o", "map"
    )
    assert (workdir / "map" / "vr05-2025-inspectieoordeel.yaml").is_file()
    assert (workdir / "map" / SCHEMA).is_file()


@pytest.mark.parametrize("folder", ["map met spaties/", "map met spaties" + os.sep])
def test_output_folder_that_does_not_exist_is_refused(
    run_cli: RunCli, workdir: Path, folder: str
) -> None:
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025", "-o", folder, expect=2)
    assert f"fout: map '{folder}' bestaat niet" in result.stderr
    assert list(workdir.iterdir()) == []


def test_output_folder_with_separator_that_is_a_file_is_refused(
    run_cli: RunCli, workdir: Path
) -> None:
    (workdir / "bestand").write_text("van mij\n", encoding="utf-8")
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025", "-o", "bestand/", expect=2)
    assert "fout: -o 'bestand/': bestand is een bestand, geen map" in result.stderr
    assert (workdir / "bestand").read_text(encoding="utf-8") == "van mij\n"


def test_output_existing_folder_with_spaces(run_cli: RunCli, workdir: Path) -> None:
    (workdir / "map met spaties").mkdir()
    run_cli("init", "--regio", "VR05", "--jaar", "2025", "-o", "map met spaties/")
    run_cli("init", "--regio", "VR05", "--jaar", "2026", "-o", "map met spaties")
    assert sorted(p.name for p in (workdir / "map met spaties").iterdir()) == [
        SCAFFOLD,
        "vr05-2026-zelfevaluatie.yaml",
        SCHEMA,
    ]


def test_output_file_in_a_missing_folder_is_refused(run_cli: RunCli, workdir: Path) -> None:
    result = run_cli("init", "--regio", "VR05", "--jaar", "2025", "-o", "weg/x.yaml", expect=2)
    assert "bestaat niet" in result.stderr
    assert list(workdir.iterdir()) == []


@pytest.mark.parametrize("year", ["1999", "2017", "2101"])
def test_year_outside_the_models_bounds_is_refused(
    run_cli: RunCli, workdir: Path, year: str
) -> None:
    result = run_cli("init", "--regio", "VR05", "--jaar", year, expect=2)
    assert (
        f"fout: --jaar {year} kan niet: het verslagjaar ligt tussen 2018 en 2100" in result.stderr
    )
    assert list(workdir.iterdir()) == []


def test_year_on_the_bounds_validates(run_cli: RunCli, workdir: Path) -> None:
    for year in ("2018", "2100"):
        run_cli("init", "--regio", "VR05", "--jaar", year, "--geen-schema")
        result = run_cli("validate", f"vr05-{year}-zelfevaluatie.yaml", "--format", "text")
        assert " fout " not in result.stdout


def test_region_by_name(run_cli: RunCli, workdir: Path) -> None:
    run_cli("init", "--regio", "Twente", "--jaar", "2025")
    assert "\nregio: VR05  # Twente\n" in (workdir / SCAFFOLD).read_text(encoding="utf-8")


def test_unknown_region_suggests(run_cli: RunCli, workdir: Path) -> None:
    result = run_cli("init", "--regio", "Twnte", "--jaar", "2025", expect=2)
    assert "fout: onbekende regio 'Twnte'; bedoelde u VR05 (Twente)" in result.stderr
    result = run_cli("init", "--regio", "Den Haag", "--jaar", "2025", expect=2)
    assert "fout: onbekende regio 'Den Haag'; bedoelde u VR15 (Haaglanden)?" in result.stderr
    assert "Drenthe" not in result.stderr
    assert list(workdir.iterdir()) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--jaar", "2025"], "geef de regio op met --regio"),
        (["--regio", "VR05"], "geef het verslagjaar op met --jaar"),
        (["--regio", "VR05", "--jaar", "2025", "--soort", "jaarverslag"], "--soort 'jaarverslag'"),
        (["--regio", "VR05", "--jaar", "2025", "--versie", "3.9"], "onbekende versie"),
    ],
)
def test_bad_options(run_cli: RunCli, workdir: Path, arguments: list[str], message: str) -> None:
    result = run_cli("init", *arguments, expect=2)
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(workdir.iterdir()) == []


@pytest.fixture
def previous(tmp_path: Path, filled_report: str) -> Path:
    folder = tmp_path / "regio"
    folder.mkdir()
    path = folder / SCAFFOLD
    path.write_text(filled_report, encoding="utf-8")
    return path


def test_vanaf_carries_forward_next_to_last_year(run_cli: RunCli, previous: Path) -> None:
    before = previous.read_bytes()
    result = run_cli("init", "--vanaf", str(previous))
    new = previous.parent / "vr05-2026-zelfevaluatie.yaml"
    assert f"geschreven: {new}" in result.stdout
    assert "overgenomen: 2 antwoorden (te_herbevestigen: true), 2 documenten" in result.stdout
    assert "als commentaar klaargezet: 1 uitzondering van vorig jaar" in result.stdout
    text = new.read_text(encoding="utf-8")
    assert "\njaar: 2026\n" in text
    assert "        te_herbevestigen: true\n" in text
    for comment in USER_COMMENTS:
        assert comment in text
    assert previous.read_bytes() == before
    assert find_modeline(text) == SCHEMA
    assert (previous.parent / SCHEMA).is_file()  # the modeline pointed at a missing file
    validated = run_cli("validate", str(new), "--format", "text")
    assert " fout " not in validated.stdout


def test_vanaf_writes_the_schema_when_the_modeline_points_nowhere(
    run_cli: RunCli, previous: Path
) -> None:
    text = previous.read_text(encoding="utf-8").replace(SCHEMA, "../weg/schema.json", 1)
    previous.write_text(text, encoding="utf-8")
    run_cli("init", "--vanaf", str(previous))
    new = previous.parent / "vr05-2026-zelfevaluatie.yaml"
    assert find_modeline(new.read_text(encoding="utf-8")) == SCHEMA
    assert (previous.parent / SCHEMA).is_file()


def test_vanaf_keeps_a_modeline_that_works(run_cli: RunCli, tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    examples.mkdir()
    (tmp_path / "schemas").mkdir()
    shutil.copy(REPO / "schemas" / SCHEMA, tmp_path / "schemas" / SCHEMA)
    shutil.copy(REPO / "examples" / "vr05-twente-2024.yaml", examples / "vorig.yaml")
    run_cli("init", "--vanaf", str(examples / "vorig.yaml"), "--jaar", "2026")
    new = examples / "vr05-2026-zelfevaluatie.yaml"
    assert find_modeline(new.read_text(encoding="utf-8")) == f"../schemas/{SCHEMA}"
    assert sorted(p.name for p in examples.iterdir()) == ["vorig.yaml", new.name]


def test_vanaf_never_overwrites_its_input(run_cli: RunCli, previous: Path) -> None:
    before = previous.read_bytes()
    result = run_cli("init", "--vanaf", str(previous), "-o", str(previous), "--force", expect=2)
    assert "dit is het bestand van --vanaf" in result.stderr
    assert previous.read_bytes() == before


def test_vanaf_invalid_file_reports_its_errors(run_cli: RunCli, previous: Path) -> None:
    previous.write_text(
        previous.read_text(encoding="utf-8").replace("oordeel: op niveau", "oordeel: prima"),
        encoding="utf-8",
    )
    result = run_cli("init", "--vanaf", str(previous), expect=1)
    assert "fout TK115 [onbekend-oordeel] onbekend oordeel 'prima'" in result.stderr
    assert "moet eerst geldig zijn" in result.stderr
    assert sorted(p.name for p in previous.parent.iterdir()) == [previous.name]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--jaar", "2025"], "--jaar 2025 moet na het jaar van"),
        (["--regio", "VR15"], "--regio VR15 wijkt af van de regio"),
        (["--versie", "3.0"], "--versie 3.0 wijkt af van de versie"),
    ],
)
def test_vanaf_conflicting_options(
    run_cli: RunCli, previous: Path, arguments: list[str], message: str
) -> None:
    result = run_cli("init", "--vanaf", str(previous), *arguments, expect=2)
    assert message in result.stderr
    assert sorted(p.name for p in previous.parent.iterdir()) == [previous.name]


def test_vanaf_invalid_file_reports_its_errors_in_line_order(
    run_cli: RunCli, previous: Path
) -> None:
    text = previous.read_text(encoding="utf-8")
    text = text.replace("oordeel: op niveau", "oordeel: prima")
    text = text.replace("status: open  # nog bezig", "status: open\n    status: dicht")
    text = text.replace("    naam: Brand\n", "    naam: Brand\n    grip: 9\n")
    text = text.replace("regio: VR05", "regio: VR99")
    previous.write_text(text, encoding="utf-8")
    result = run_cli("init", "--vanaf", str(previous), expect=1)
    positions = [
        tuple(int(part) for part in line.split(":")[1:3])
        for line in result.stderr.splitlines()
        if line.startswith(str(previous))
    ]
    assert len(positions) == 4
    assert positions == sorted(positions)


def test_vanaf_missing_file(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", "--vanaf", str(tmp_path / "weg.yaml"), expect=2)
    assert "weg.yaml:1:1: fout TK001 [bestand-onleesbaar]" in result.stderr
    assert "moet eerst geldig zijn" in result.stderr
