"""``tk4 rules`` through the CLI: the overview, one rule's documentation, Markdown, errors."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from typer.testing import Result

from tk4.checks import REGISTRY
from tk4.checks.base import FAMILIES
from tk4.checks.docs import render_rule_markdown, render_rules_markdown, rule_doc

RunCli = Callable[..., Result]
FIRST = next(iter(REGISTRY.values()))


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide console, so rich tables do not fold codes and slugs."""
    monkeypatch.setenv("COLUMNS", "240")


def test_overview_lists_every_rule(run_cli: RunCli) -> None:
    result = run_cli("rules")
    for column in ("Code", "Slug", "Ernst", "Familie", "Grondslag", "Samenvatting"):
        assert column in result.stdout
    for code, rule in REGISTRY.items():
        line = next(line for line in result.stdout.splitlines() if code in line)
        assert rule.slug in line
        assert rule.severity.value in line
        assert rule.family in line


@pytest.mark.parametrize("query", [FIRST.code, FIRST.code.lower(), FIRST.slug])
def test_one_rule_shows_its_documentation(run_cli: RunCli, query: str) -> None:
    result = run_cli("rules", query)
    assert f"{FIRST.code} {FIRST.slug}" in result.stdout
    for heading in ("Waarom", "Opties", "Fout", "Goed"):
        assert heading in result.stdout
    first_bad_line = rule_doc(FIRST).bad_yaml.splitlines()[0]
    assert first_bad_line in result.stdout


def test_validation_code_is_explained(run_cli: RunCli) -> None:
    result = run_cli("rules", "tk101")
    assert "TK101 onbekende-sleutel" in result.stdout
    assert "validatiecode" in result.stdout.lower()


def test_unknown_rule_is_a_usage_error_with_a_suggestion(run_cli: RunCli) -> None:
    typo = FIRST.slug[:-1]
    result = run_cli("rules", typo, expect=2)
    assert f"fout: onbekende regel '{typo}'; bedoelde u" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_markdown_of_all_rules_is_docs_rules_md(run_cli: RunCli) -> None:
    result = run_cli("rules", "--format", "md")
    assert result.stdout == render_rules_markdown(REGISTRY)


def test_markdown_of_one_rule(run_cli: RunCli) -> None:
    result = run_cli("rules", FIRST.code, "--format", "md")
    assert result.stdout == render_rule_markdown(FIRST)


def test_unknown_format_is_refused(run_cli: RunCli) -> None:
    result = run_cli("rules", "--format", "html", expect=2)
    assert "html" in result.stderr


def test_flags_named_in_rules_md_exist(run_cli: RunCli) -> None:
    """Every ``--flag`` the introduction of docs/rules.md mentions is a real option."""
    intro = render_rules_markdown(REGISTRY).split("## Overzicht", 1)[0]
    flags = set(re.findall(r"`(--[a-z-]+)", intro))
    assert flags
    help_text = run_cli("check", "--help").stdout + run_cli("rules", "--help").stdout
    assert {flag for flag in flags if flag not in help_text} == set()


def test_overview_fits_in_eighty_columns(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("rules")
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    for code, rule in REGISTRY.items():
        line = next(line for line in lines if code in line)
        assert rule.slug in line
        assert rule.severity.value in line
        start = " ".join(rule.summary.split()[:3])  # words stay whole, not folded into slivers
        assert any(start in line for line in lines), start


@pytest.mark.parametrize("family", ["dekking", "Leren"])
def test_a_family_lists_its_rules(run_cli: RunCli, family: str) -> None:
    result = run_cli("rules", family)
    wanted = family.casefold()
    for code, rule in REGISTRY.items():
        assert (code in result.stdout) is (rule.family == wanted), code
    assert FAMILIES[wanted][1] in result.stdout


def test_a_family_as_markdown(run_cli: RunCli) -> None:
    result = run_cli("rules", "cycli", "--format", "md")
    assert result.stdout.startswith(f"# Cycli (TK5xx)\n\n{FAMILIES['cycli'][1]}\n")
    assert "## TK501 beleidsplan-verouderd" in result.stdout
    assert "TK601" not in result.stdout
