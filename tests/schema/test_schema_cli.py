"""``tk4 schema`` through the CLI: stdout, ``-o``, and what it refuses to overwrite."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import Result

from tk4.schema import render_schema

RunCli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]


def test_prints_the_schema(run_cli: RunCli, schema: dict[str, Any]) -> None:
    result = run_cli("schema")
    assert json.loads(result.stdout) == schema
    assert result.stdout == render_schema(schema)
    assert run_cli("schema", "--versie", "4.0").stdout == result.stdout


def test_unknown_version_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("schema", "--versie", "9.9", expect=2)
    assert "onbekende versie van het toetsingskader '9.9'" in result.stderr
    assert result.stdout == ""


def test_writes_to_a_file(run_cli: RunCli, tmp_path: Path, schema: dict[str, Any]) -> None:
    target = tmp_path / "zelfevaluatie-4.0.schema.json"
    result = run_cli("schema", "-o", str(target))
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == render_schema(schema)
    target.write_text('{"$id": "urn:tk4:zelfevaluatie:4.0", "oud": true}\n', encoding="utf-8")
    run_cli("schema", "-o", str(target))
    assert target.read_text(encoding="utf-8") == render_schema(schema)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_never_overwrites_a_self_report(run_cli: RunCli, tmp_path: Path) -> None:
    report = tmp_path / "vr05-2025.yaml"
    shutil.copy(REPO / "examples" / "vr05-twente-2025.yaml", report)
    before = report.read_bytes()
    result = run_cli("schema", "-o", str(report), expect=2)
    assert "bestaat al en is geen tk4-schema" in result.stderr
    assert report.read_bytes() == before


def test_never_overwrites_another_json_file(run_cli: RunCli, tmp_path: Path) -> None:
    other = tmp_path / "package.json"
    other.write_text('{"name": "iets"}\n', encoding="utf-8")
    run_cli("schema", "-o", str(other), expect=2)
    assert other.read_text(encoding="utf-8") == '{"name": "iets"}\n'


def test_missing_folder_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("schema", "-o", str(tmp_path / "nergens" / "s.json"), expect=2)
    assert "bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr
