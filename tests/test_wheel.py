"""The built wheel carries the catalogue and templates and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the built tk4 wheel in it; dependencies come from this env."""
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(REPO),
        ],
        check=True,
        cwd=work,
    )
    [wheel] = dist.glob("tk4-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
    )
    return env_dir


def run_installed(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Dependencies (typer, pydantic, ...) from this interpreter's site-packages via PYTHONPATH:
    # that does not process .pth files, so the editable checkout of tk4 stays invisible.
    environment = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    return subprocess.run(
        [str(env_dir / "bin" / "tk4"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        check=False,
    )


def test_wheel_contains_norms_and_templates(installed_wheel: Path, tmp_path: Path) -> None:
    code = (
        "import tk4, tk4.resources as r; print(tk4.__file__); "
        "print(r.data_dir('norms')); print(r.data_dir('templates'))"
    )
    environment = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    out = subprocess.run(
        [str(installed_wheel / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        check=True,
    ).stdout.splitlines()
    assert all(str(installed_wheel) in line for line in out), out
    assert (Path(out[1]) / "4.0" / "toetsingskader.yaml").is_file()
    assert any(Path(out[2]).glob("*.j2"))


def test_installed_wheel_shows_a_norm_outside_the_checkout(
    installed_wheel: Path, tmp_path: Path
) -> None:
    result = run_installed(installed_wheel, "catalog", "show", "UV.C", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "beschikken over tijdige, actuele en relevante informatie" in result.stdout


def test_wheel_metadata_carries_licence_and_project_urls(installed_wheel: Path) -> None:
    [dist_info] = installed_wheel.glob("lib/python*/site-packages/tk4-*.dist-info")
    metadata = (dist_info / "METADATA").read_text(encoding="utf-8")
    assert "License-Expression: EUPL-1.2" in metadata
    assert "License-File: LICENSE" in metadata
    assert "Project-URL: Homepage, " in metadata
    licence = (dist_info / "licenses" / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
