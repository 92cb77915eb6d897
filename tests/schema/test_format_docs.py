"""docs/zelfevaluatie.md and .pre-commit-hooks.yaml cannot fall behind the model and the CLI."""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import BaseModel
from ruamel.yaml import YAML
from schema_helpers import json_data

from tk4.checks import REGISTRY
from tk4.findings import Severity
from tk4.model import report
from tk4.model.catalogue import Catalogue
from tk4.validation import validate_text

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "zelfevaluatie.md").read_text(encoding="utf-8")


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    if model in seen:
        return
    seen.add(model)
    yield model
    for info in model.model_fields.values():
        for member in _flatten(info.annotation):
            if isinstance(member, type) and issubclass(member, BaseModel):
                yield from _models(member, seen)


def _flatten(annotation: Any) -> Iterator[Any]:
    arguments = typing.get_args(annotation)
    if not arguments:
        yield annotation
    for argument in arguments:
        yield from _flatten(argument)


def _keys() -> set[str]:
    return {
        info.alias or name
        for model in _models(report.SelfReport, set())
        for name, info in model.model_fields.items()
    }


def test_every_key_of_the_model_is_documented() -> None:
    keys = _keys()
    assert {"toetsingskader", "opkomst_minuten", "te_herbevestigen", "afgerond_op"} <= keys
    missing = sorted(key for key in keys if f"`{key}`" not in DOC)
    assert missing == [], f"niet beschreven in docs/zelfevaluatie.md: {missing}"


@pytest.mark.parametrize(
    "literal",
    [
        report.ReportKind,
        report.DocumentKind,
        report.DeploymentKind,
        report.Team,
        report.ImprovementKind,
        report.ImprovementStatus,
        report.GripLevel,
    ],
)
def test_every_allowed_value_is_documented(literal: Any) -> None:
    for value in typing.get_args(literal):
        assert f"`{value}`" in DOC, value


def test_catalogue_values_are_documented(catalogue: Catalogue) -> None:
    for level in catalogue.scale:
        assert f"| `{level.value}` | {level.description} |" in DOC
    for norm in catalogue.norms.values():
        assert f"| `{norm.id}` | {catalogue.process_of_norm[norm.id].title} |" in DOC
    for time_norm in catalogue.time_norms:
        basis = catalogue.legal_by_id[time_norm.legal_basis]
        row = f"| `{time_norm.id}` | {time_norm.label} | {time_norm.minutes} | "
        assert f"{row}{basis.law} art. {basis.article} |" in DOC, time_norm.id


def _counted_from(note: str) -> str:
    """Where a Bvr time counts from, from the catalogue note ("Gerekend vanaf X, …")."""
    match = re.match(r"Gerekend vanaf (.+?)[.,;]", note)
    assert match is not None, note
    return match.group(1)


def test_each_time_norm_says_where_it_counts_from(catalogue: Catalogue) -> None:
    """Not every Bvr time counts from grootschalige alarmering (gbt, beeld): the doc says so."""
    starts = {_counted_from(time_norm.note) for time_norm in catalogue.time_norms}
    assert len(starts) > 1
    for time_norm in catalogue.time_norms:
        basis = catalogue.legal_by_id[time_norm.legal_basis]
        row = f"| `{time_norm.id}` | {time_norm.label} | {time_norm.minutes} | "
        cells = f"{basis.law} art. {basis.article} | {_counted_from(time_norm.note)} |"
        assert f"{row}{cells}" in DOC, time_norm.id
    assert "De tijden rekenen vanaf het moment dat vaststaat" not in DOC


def test_full_example_is_not_passed_off_as_an_example_file() -> None:
    """The full example is an excerpt of the file it names, or plainly an illustration."""
    intro = DOC.split("## Een volledig voorbeeld", 1)[1].split("```yaml", 1)[0]
    claimed = re.findall(r"ingekorte versie van `(examples/[^`]+)`", intro)
    if not claimed:
        assert "ter illustratie" in intro
    yaml = YAML(typ="safe", pure=True)
    example = yaml.load(_full_example())
    for name in claimed:
        real = yaml.load((REPO / name).read_text(encoding="utf-8"))
        for section in ("documenten", "inzetten", "verbeterpunten"):
            by_id = {item["id"]: item for item in real.get(section, [])}
            for item in example.get(section, []):
                assert by_id.get(item["id"]) == item, (name, section, item["id"])
        for acknowledgement in example.get("uitzonderingen", []):
            assert acknowledgement in real.get("uitzonderingen", []), (name, acknowledgement)


def _full_example() -> str:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC, re.DOTALL)
    full = [block for block in blocks if "\ntoetsingskader:" in block]
    assert len(full) == 1
    return str(full[0])


def test_full_example_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    text = _full_example()
    result = validate_text(text, "docs/zelfevaluatie.md", REGISTRY)
    assert [f.message for f in result.findings if f.severity is Severity.ERROR] == []
    assert [e.message for e in validator.iter_errors(json_data(text))] == []
    assert result.report is not None
    assert result.report.acknowledgements
    assert result.report.deployments[0].turnout_minutes


def test_full_example_modeline_resolves_from_docs() -> None:
    first = _full_example().split("\n", 1)[0]
    target = first.removeprefix("# yaml-language-server: $schema=")
    assert (REPO / "docs" / target).resolve().is_file()


def test_pre_commit_hooks_run_existing_commands(run_cli: Any) -> None:
    hooks = YAML(typ="safe", pure=True).load(
        (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    assert [hook["id"] for hook in hooks] == ["tk4-validate", "tk4-check", "tk4-check-map"]
    for hook in hooks:
        assert hook["language"] == "python"
        assert hook["require_serial"] is True, "one call sees every file and prints one summary"
        command = hook["entry"].split()
        assert command[0] == "tk4"
        run_cli(*command[1:], "--help")
        files = re.compile(hook["files"])
        assert files.search("zelfevaluaties/vr05-2025-zelfevaluatie.yaml")
        assert files.search("examples/vr24-zuid-limburg-2025.yaml")
        assert not files.search(".github/workflows/ci.yml")
        assert not files.search("norms/4.0/toetsingskader.yaml")
    folder = hooks[2]
    assert folder["pass_filenames"] is False
    assert folder["args"] == ["."]
