"""``tk4 rules``: list the gap rules, or explain one of them."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from tk4.cli._common import user_errors


class RulesFormat(StrEnum):
    """How ``tk4 rules`` prints."""

    TABLE = "tabel"
    MARKDOWN = "md"


@user_errors
def rules_command(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="REGEL",
            help="Code (bv. TK301) of slug van een regel of validatiecode; zonder: alle regels.",
            show_default=False,
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
    """Toon de regels van tk4, of de uitleg van één regel met een fout en een goed voorbeeld."""
    from tk4.checks import REGISTRY
    from tk4.checks.base import Rule
    from tk4.checks.docs import (
        find_code,
        render_rule_markdown,
        render_rules_markdown,
        render_validation_code_markdown,
    )

    if code is None:
        if output_format is RulesFormat.MARKDOWN:
            typer.echo(render_rules_markdown(REGISTRY), nl=False)
        else:
            _print_table()
        return
    found = find_code(REGISTRY, code)
    if isinstance(found, Rule):
        markdown = render_rule_markdown(found)
    else:
        markdown = render_validation_code_markdown(found)
    if output_format is RulesFormat.MARKDOWN:
        typer.echo(markdown, nl=False)
        return
    from rich.console import Console
    from rich.markdown import Markdown

    Console().print(Markdown(markdown))


def _print_table() -> None:
    """Print every rule as a rich table."""
    from rich.console import Console
    from rich.table import Table

    from tk4.checks import REGISTRY

    table = Table(title="Regels van tk4", title_justify="left")
    for column in ("Code", "Slug", "Ernst", "Familie"):
        table.add_column(column, no_wrap=True)
    table.add_column("Grondslag", overflow="fold")
    table.add_column("Samenvatting", overflow="fold")
    for rule in REGISTRY.values():
        table.add_row(
            rule.code, rule.slug, rule.severity.value, rule.family, rule.basis, rule.summary
        )
    console = Console()
    console.print(table)
    example = next(iter(REGISTRY))
    console.print(f"Uitleg van één regel: tk4 rules {example}; alles als Markdown: --format md.")
