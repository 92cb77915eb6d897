"""``tk4 rules``: list the gap rules, or explain one of them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from tk4.cli import completion
from tk4.cli._common import user_errors

if TYPE_CHECKING:
    from tk4.checks.base import Rule


class RulesFormat(StrEnum):
    """How ``tk4 rules`` prints."""

    TABLE = "tabel"
    MARKDOWN = "md"


WIDE = 120
"""From this terminal width on, the overview shows every column; below it a compact layout."""


@user_errors
def rules_command(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="REGEL",
            help=(
                "Code (bv. TK301) of slug van een regel of validatiecode, of een familie "
                "(bv. dekking); zonder: alle regels."
            ),
            show_default=False,
            autocompletion=completion.complete_rule,
        ),
    ] = None,
    output_format: Annotated[
        RulesFormat,
        typer.Option(
            "--format",
            "-f",
            help="tabel: voor de terminal; md: Markdown (zonder REGEL: heel docs/rules.md).",
        ),
    ] = RulesFormat.TABLE,
) -> None:
    """Toon de regels van tk4, die van één familie, of de uitleg van één regel met voorbeelden."""
    from tk4.checks import REGISTRY
    from tk4.checks.base import FAMILIES, Rule
    from tk4.checks.docs import (
        find_code,
        render_family_markdown,
        render_rule_markdown,
        render_rules_markdown,
        render_validation_code_markdown,
    )

    markdown_wanted = output_format is RulesFormat.MARKDOWN
    if code is None:
        if markdown_wanted:
            typer.echo(render_rules_markdown(REGISTRY), nl=False)
        else:
            _print_rules(list(REGISTRY.values()), "Regels van tk4")
        return
    family = code.strip().casefold()
    if family in FAMILIES:
        if markdown_wanted:
            typer.echo(render_family_markdown(REGISTRY, family, heading_level=1), nl=False)
        else:
            rules = [rule for rule in REGISTRY.values() if rule.family == family]
            _print_rules(rules, f"Familie {family}: {FAMILIES[family][1]}")
        return
    found = find_code(REGISTRY, code)
    if isinstance(found, Rule):
        markdown = render_rule_markdown(found)
    else:
        markdown = render_validation_code_markdown(found)
    if markdown_wanted:
        typer.echo(markdown, nl=False)
        return
    from rich.console import Console
    from rich.markdown import Markdown

    Console().print(Markdown(markdown))


def _print_rules(rules: list[Rule], title: str) -> None:
    """Print ``rules`` as a table: every column when the terminal is wide, else compact.

    Why compact: at 80 columns six columns fold every cell into slivers; code, severity and
    the slug with the summary under it stay readable.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(title=title, title_justify="left")
    if console.width >= WIDE:
        for column in ("Code", "Slug", "Ernst", "Familie"):
            table.add_column(column, no_wrap=True)
        table.add_column("Grondslag", overflow="fold")
        table.add_column("Samenvatting", overflow="fold")
        for rule in rules:
            table.add_row(
                rule.code, rule.slug, rule.severity.value, rule.family, rule.basis, rule.summary
            )
    else:
        table.add_column("Code", no_wrap=True)
        table.add_column("Ernst", no_wrap=True)
        table.add_column("Regel")
        for rule in rules:
            table.add_row(
                rule.code,
                rule.severity.value,
                Text.assemble((rule.slug, "bold"), "\n", rule.summary),
            )
    console.print(table)
    example = rules[0]
    console.print(
        f"Uitleg van één regel: tk4 rules {example.code}; één familie: tk4 rules "
        f"{example.family}; alles als Markdown: --format md."
    )
