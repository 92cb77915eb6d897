"""Data flows one way: a layer imports only from itself and the layers below it.

load (YAML + positions) → model → validation and checks → findings → output and render → cli.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "tk4"

LAYERS: list[set[str]] = [
    {
        "__init__",
        "source",
        "messages",
        "dutch",
        "findings",
        "codes",
        "errors",
        "resources",
        "fileio",
        "project",
        "repository",
    },
    {"model"},
    {"loading"},
    {"validation", "checks", "catalogue_tools"},
    {"archive"},
    {"output", "schema", "scaffold"},
    {"api"},
    {"render"},
    {"library"},
    {"cli", "__main__"},
]

FACADE_IMPORTS = {"__init__": {"library"}}
"""Upward imports a module may make. ``tk4/__init__`` re-exports the library (``tk4.load``),
importing it only on first use (``__getattr__``) or for type checkers; the library itself
still imports only downward."""


def layer_of(module: str) -> int:
    top = module.split(".")[0]
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"module tk4.{module} hoort in geen laag; voeg het toe aan LAYERS")


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def imported_tk4_modules(path: Path, package: tuple[str, ...] | None = None) -> set[str]:
    """Every tk4 module ``path`` imports, as a name under ``tk4`` (``from tk4 import api``: api)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if package is None:
        package = path.relative_to(SRC).parent.parts
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this file's package
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            elif node.module == "tk4":
                found |= {alias.name for alias in node.names if alias.name != "__version__"}
                continue
            elif node.module and node.module.startswith("tk4."):
                module = node.module.removeprefix("tk4.")
            else:
                continue
            if module:
                found.add(module)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("tk4.") for a in node.names if a.name.startswith("tk4.")}
    return found


def test_the_import_scanner_sees_every_form(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from tk4 import api\nfrom ..render import view\nfrom . import base\nimport tk4.cli\n",
        encoding="utf-8",
    )
    assert imported_tk4_modules(probe, package=("model",)) == {"api", "render", "model", "cli"}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_down(path: Path) -> None:
    own = ".".join(path.relative_to(SRC).with_suffix("").parts)
    own_layer = layer_of(own)
    allowed = FACADE_IMPORTS.get(own, set())
    upward = [m for m in imported_tk4_modules(path) if layer_of(m) > own_layer and m not in allowed]
    assert not upward, f"tk4.{own} (laag {own_layer}) importeert hogere lagen: {upward}"


def test_every_module_has_a_layer() -> None:
    for path in modules():
        layer_of(".".join(path.relative_to(SRC).with_suffix("").parts))


def test_the_package_imports_its_library_only_lazily() -> None:
    """``import tk4`` must not load the library: ``tk4 --version`` stays fast."""
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            assert isinstance(node, ast.ImportFrom), ast.dump(node)
            assert node.module == "__future__", ast.dump(node)
