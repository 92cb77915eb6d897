"""Output is written atomically, with normal permissions, and failures are Dutch user errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tk4.errors import Tk4UserError
from tk4.fileio import write_atomic
from tk4.loading.yaml import load_yaml


def test_writes_with_umask_permissions(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    write_atomic(target, "<p>x</p>")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert target.read_text(encoding="utf-8") == "<p>x</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.html"]  # no temp file left


def test_refuses_an_input_file(tmp_path: Path) -> None:
    source = tmp_path / "in.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    with pytest.raises(Tk4UserError, match="invoerbestand"):
        write_atomic(tmp_path / "." / "in.yaml", "x", inputs=[source])
    assert source.read_text(encoding="utf-8") == "a: 1\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("a" * 300 + ".html", "naam te lang"),
        ("bestaat-niet/uit.html", "bestaat niet"),
        ("bestand.txt/uit.html", "bestaat niet"),
    ],
)
def test_unwritable_targets_are_dutch_errors(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / "bestand.txt").write_text("x", encoding="utf-8")
    with pytest.raises(Tk4UserError, match=reason):
        write_atomic(tmp_path / name, "x")


def test_unwritable_folder_is_a_dutch_error(tmp_path: Path) -> None:
    # /sys refuses new files even to root, so this runs as root in CI too.
    folder = Path("/sys") if Path("/sys").is_dir() else tmp_path
    if folder == tmp_path:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
    with pytest.raises(Tk4UserError, match="geen toegang"):
        write_atomic(folder / "uit.txt", "x")


def test_a_directory_is_not_read_as_yaml(tmp_path: Path) -> None:
    [finding] = load_yaml(tmp_path).findings
    assert finding.code == "TK001"
    assert "geen gewoon bestand" in finding.message


def test_a_too_long_name_is_an_io_finding(tmp_path: Path) -> None:
    [finding] = load_yaml(tmp_path / ("b" * 300 + ".yaml")).findings
    assert finding.code == "TK001"
    assert "naam te lang" in finding.message
