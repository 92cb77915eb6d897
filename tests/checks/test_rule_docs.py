"""The rule registry and its documentation: metadata, docstrings, messages and docs/rules.md."""

from __future__ import annotations

import ast
import inspect
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from tk4.checks import REGISTRY
from tk4.checks.base import FAMILIES, CheckContext, Option, Rule, Violation
from tk4.checks.config import configure, load_config
from tk4.checks.docs import (
    doc_problems,
    find_code,
    parse_rule_doc,
    render_rule_markdown,
    render_rules_markdown,
    render_validation_code_markdown,
    rule_doc,
)
from tk4.codes import VALIDATION_CODES
from tk4.errors import Tk4UserError
from tk4.findings import Severity
from tk4.messages.nl import MESSAGES

RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
CODES = list(REGISTRY)
CODE_PATTERN = re.compile(r"^TK[3-7][0-9]{2}$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
RULE_MESSAGE_ID = re.compile(r"^(TK[3-7][0-9]{2})(\.[a-z0-9_]+)?$")


# --- docs/rules.md ------------------------------------------------------------------------


def test_rules_md_is_in_sync(update_golden: bool) -> None:
    expected = render_rules_markdown(REGISTRY)
    if update_golden:
        RULES_MD.write_text(expected, encoding="utf-8")
    actual = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
    assert actual == expected, (
        "docs/rules.md loopt niet gelijk met de regels; werk het bij met "
        "'python -m tk4 rules --format md > docs/rules.md' of 'pytest --update-golden'"
    )


def test_rules_md_lists_every_rule_and_validation_code() -> None:
    text = render_rules_markdown(REGISTRY)
    for code, rule in REGISTRY.items():
        assert f"### {code} {rule.slug}\n" in text
        assert f"| [{code}](#{code.lower()}-{rule.slug}) | {rule.slug} |" in text
    validation = text.split("## Validatiecodes", 1)[1]
    for code, entry in VALIDATION_CODES.items():
        assert f"| {code} | {entry.slug} |" in validation


def test_example_configuration_in_rules_md_is_valid(tmp_path: Path) -> None:
    """The tk4.toml shown under 'Instellen' loads and configures against the registry."""
    text = render_rules_markdown(REGISTRY)
    section = text.split("## Instellen", 1)[1]
    match = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert match is not None
    config_file = tmp_path / "tk4.toml"
    config_file.write_text(match.group(1), encoding="utf-8")
    configured = configure(load_config(config_file), REGISTRY)
    assert configured


@pytest.mark.parametrize("code", CODES)
def test_rule_markdown_shows_examples_as_yaml(code: str) -> None:
    rule = REGISTRY[code]
    doc = rule_doc(rule)
    text = render_rule_markdown(rule)
    assert text.startswith(f"# {code} {rule.slug}\n")
    assert f"```yaml\n{doc.bad_yaml}\n```" in text
    assert f"```yaml\n{doc.good_yaml}\n```" in text
    for name in rule.options:
        assert f"| `{name}` |" in text


# --- the registry (cf. ansible-lint's test_rules_collection) -----------------------------


def test_codes_and_slugs_are_unique() -> None:
    slugs = [rule.slug for rule in REGISTRY.values()]
    assert len(set(slugs)) == len(slugs)
    assert all(code == rule.code for code, rule in REGISTRY.items())
    assert not set(REGISTRY) & set(VALIDATION_CODES)


@pytest.mark.parametrize("code", CODES)
def test_rule_metadata(code: str) -> None:
    rule = REGISTRY[code]
    assert CODE_PATTERN.match(rule.code), rule.code
    assert rule.code.startswith(FAMILIES[rule.family][0]), (rule.code, rule.family)
    assert SLUG_PATTERN.match(rule.slug), rule.slug
    assert isinstance(rule.severity, Severity)
    assert re.match(r"^\d+\.\d+\.\d+$", rule.since), rule.since
    assert rule.summary.strip()
    assert rule.basis.strip()
    assert rule.module is not None


@pytest.mark.parametrize("code", CODES)
def test_rule_doc_has_no_problems(code: str) -> None:
    assert doc_problems(REGISTRY[code]) == []


def _message_ids(rule: Rule) -> set[str]:
    """Every message id the rule module (and the shared helpers it uses) can produce.

    Literals ``"TKnnn"``/``"TKnnn.variant"`` in the module count, except the ``code="TKnnn"``
    of the ``Rule(...)`` call; ``f"{code}.variant"`` in the module or a helper from
    :mod:`tk4.checks.rules` it calls gives ``TKnnn.variant``.
    """
    assert rule.module is not None
    tree = ast.parse(inspect.getsource(rule.module))
    metadata = {
        id(keyword.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "code"
    }
    ids = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in metadata
        and (match := RULE_MESSAGE_ID.match(node.value)) is not None
        and match.group(1) == rule.code
    }
    helpers = {
        sys.modules[name]
        for value in vars(rule.module).values()
        if isinstance(name := getattr(value, "__module__", None), str)
        and name.startswith("tk4.checks.rules._")
    }
    for module in (rule.module, *helpers):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if (
                isinstance(node, ast.JoinedStr)
                and len(node.values) == 2
                and isinstance(first := node.values[0], ast.FormattedValue)
                and isinstance(first.value, ast.Name)
                and first.value.id == "code"
                and isinstance(rest := node.values[1], ast.Constant)
                and isinstance(rest.value, str)
                and re.fullmatch(r"\.[a-z0-9_]+", rest.value)
            ):
                ids.add(f"{rule.code}{rest.value}")
    return ids


@pytest.mark.parametrize("code", CODES)
def test_rule_messages_exist(code: str) -> None:
    used = _message_ids(REGISTRY[code])
    assert used, f"{code}: de module gebruikt geen bericht-id {code} of {code}.…"
    missing = sorted(used - set(MESSAGES))
    assert not missing, f"{code}: berichten ontbreken in tk4.messages.nl: {missing}"


def test_every_rule_message_belongs_to_a_rule() -> None:
    orphans = sorted(
        message_id
        for message_id in MESSAGES
        if (match := RULE_MESSAGE_ID.match(message_id)) and match.group(1) not in REGISTRY
    )
    assert not orphans, f"berichten zonder regel: {orphans}"


# --- find_code ----------------------------------------------------------------------------


def test_find_code_by_code_any_case_or_slug() -> None:
    rule = next(iter(REGISTRY.values()))
    assert find_code(REGISTRY, rule.code.lower()) is rule
    assert find_code(REGISTRY, f" {rule.code} ") is rule
    assert find_code(REGISTRY, rule.slug.upper()) is rule


def test_find_code_finds_validation_codes() -> None:
    assert find_code(REGISTRY, "tk101") is VALIDATION_CODES["TK101"]
    assert find_code(REGISTRY, "onbekende-sleutel") is VALIDATION_CODES["TK101"]
    text = render_validation_code_markdown(VALIDATION_CODES["TK101"])
    assert text.startswith("# TK101 onbekende-sleutel\n")
    assert VALIDATION_CODES["TK101"].summary in text


def test_find_code_suggests_a_close_code() -> None:
    rule = next(iter(REGISTRY.values()))
    typo = rule.slug[:-1]
    with pytest.raises(Tk4UserError, match=rf"onbekende regel '{typo}'; bedoelde u '{rule.slug}'"):
        find_code(REGISTRY, typo)


def test_find_code_without_suggestion() -> None:
    with pytest.raises(Tk4UserError, match="onbekende regel 'xyz'; 'tk4 rules' toont"):
        find_code(REGISTRY, "xyz")


# --- the docstring checker itself ----------------------------------------------------------

GOOD_DOC = """\
TK399 voorbeeld-regel: een voorbeeld.

Beschrijving van de regel.

Waarom:
    Omdat het moet.

Opties:
    ``min_tekens``: minimaal aantal tekens.

Fout:
    jaar: 2025

Goed:
    jaar: 2024
"""


def _check(_: CheckContext) -> Iterator[Violation]:
    yield from ()


def _rule(doc: str, **options: Option) -> Rule:
    module = types.ModuleType("tk399_voorbeeld", doc)
    return Rule(
        code="TK399",
        slug="voorbeeld-regel",
        family="dekking",
        severity=Severity.INFO,
        summary="Voorbeeld.",
        basis="Geen.",
        check=_check,
        options=options,
        module=module,
    )


MIN_CHARS = Option(80, "minimaal aantal tekens")


def test_good_doc_parses_into_parts() -> None:
    doc = parse_rule_doc(GOOD_DOC)
    assert doc.title == "TK399 voorbeeld-regel: een voorbeeld."
    assert doc.description == "Beschrijving van de regel."
    assert doc.why == "Omdat het moet."
    assert doc.options == "``min_tekens``: minimaal aantal tekens."
    assert (doc.bad_yaml, doc.good_yaml) == ("jaar: 2025", "jaar: 2024")
    assert doc_problems(_rule(GOOD_DOC, min_tekens=MIN_CHARS)) == []


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ("", "docstring ontbreekt"),
        (GOOD_DOC.replace("TK399 voorbeeld-regel:", "TK398 voorbeeld-regel:"), "eerste regel"),
        (
            GOOD_DOC.replace("TK399 voorbeeld-regel: een voorbeeld.", "TK399 voorbeeld-regel:"),
            "eerste regel",
        ),
        (GOOD_DOC.replace("Beschrijving van de regel.", ""), "beschrijving"),
        (GOOD_DOC.replace("    Omdat het moet.", ""), "'Waarom:' ontbreekt"),
        (GOOD_DOC.replace("Goed:\n    jaar: 2024\n", ""), "'Goed:' ontbreekt"),
        (GOOD_DOC.replace("    Omdat het moet.", "Omdat het moet."), "vier spaties"),
        (GOOD_DOC + "\nWaarom:\n    Nog eens.\n", "twee keer"),
        (
            GOOD_DOC.replace("Fout:\n    jaar: 2025\n\n", "") + "\nFout:\n    jaar: 2025\n",
            "volgorde",
        ),
        (GOOD_DOC.replace("jaar: 2025", "jaar: [2025"), "Fout: geen geldige YAML"),
        (GOOD_DOC.replace("jaar: 2024", "- 2024"), "Goed: het voorbeeld moet een YAML-mapping"),
        (GOOD_DOC.replace("``min_tekens``", "``max_tekens``"), "optie 'min_tekens'"),
        (GOOD_DOC.replace("``min_tekens``: minimaal aantal tekens.", "Geen."), "zegt 'Geen.'"),
    ],
)
def test_doc_problems_are_found(doc: str, problem: str) -> None:
    problems = doc_problems(_rule(doc, min_tekens=MIN_CHARS))
    assert any(problem in text for text in problems), problems


def test_rule_without_options_must_say_geen() -> None:
    assert any("precies 'Geen.'" in text for text in doc_problems(_rule(GOOD_DOC)))
    no_options = GOOD_DOC.replace("``min_tekens``: minimaal aantal tekens.", "Geen.")
    assert doc_problems(_rule(no_options)) == []
