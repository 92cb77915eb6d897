"""Coloured terminal output: findings grouped per file, severities in colour, then the summary.

The CLI uses this instead of the plain ``text`` format when it writes to a terminal. Imports
rich, so only the CLI (lazily) and tests import this module; the registry does not.
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tk4.findings import Finding, Severity
from tk4.output import text
from tk4.output.base import SEVERITY_WORDS, RunReport

SEVERITY_STYLES: dict[Severity, str] = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "cyan",
}
"""Colour of each severity word."""

ACKNOWLEDGED_STYLE = "dim"
"""Acknowledged findings are shown, but muted: they were knowingly accepted."""


def _finding_row(finding: Finding) -> tuple[Text, ...]:
    """The position, severity, code and message cells of one finding."""
    span = finding.span
    acknowledged = finding.acknowledged is not None
    severity_style = ACKNOWLEDGED_STYLE if acknowledged else SEVERITY_STYLES[finding.severity]
    message = Text(text.one_line(finding.message))
    message.append(f" [{finding.slug}]", style="dim")
    if finding.subject is not None:
        message.append(f" (onderdeel: {text.one_line(finding.subject)})", style="dim")
    if finding.acknowledged is not None:
        message.append(f" (erkend: {text.one_line(finding.acknowledged)})", style="italic")
        message.stylize(ACKNOWLEDGED_STYLE)
    if finding.motivation is not None:
        message.append(
            f" (door de regio gemotiveerd: {text.one_line(finding.motivation)})", style="italic"
        )
    return (
        Text(f"{span.line}:{span.column}", style="dim"),
        Text(SEVERITY_WORDS[finding.severity][0], style=severity_style),
        Text(finding.code, style=ACKNOWLEDGED_STYLE if acknowledged else "bold"),
        message,
    )


def _file_block(file: str, rows: list[tuple[Text, ...]], widths: list[int]) -> RenderableType:
    """One file's heading and its finding rows, or a green "geen bevindingen" for a clean file.

    ``widths`` are the minimum widths of the leading columns, shared by all files so the
    columns line up over the whole report.
    """
    heading = Text(text.one_line(file), style="bold underline")
    if not rows:
        return Text.assemble(heading, ("  geen bevindingen", "green"))
    table = Table.grid(padding=(0, 2), pad_edge=False)
    table.add_column(justify="right", no_wrap=True, min_width=widths[0])
    table.add_column(no_wrap=True, min_width=widths[1])
    table.add_column(no_wrap=True, min_width=widths[2])
    table.add_column(overflow="fold")
    for row in rows:
        table.add_row(*row)
    return Group(heading, Padding(table, (0, 0, 0, 2)))


def _summary(report: RunReport) -> Text:
    """The summary line: red if the run fails, yellow if other findings need a look, else green."""
    tally = report.tally
    line = text.summary_line(tally, len(report.files))
    if any(finding.is_blocking for finding in report.findings):
        return Text(line, style="bold red")
    if tally.total > tally.acknowledged:
        return Text(line, style="yellow")
    return Text(line, style="green")


def terminal_view(report: RunReport) -> RenderableType:
    """The whole report as a rich renderable, for ``Console.print``."""
    rows = {
        file: [_finding_row(finding) for finding in findings]
        for file, findings in report.findings_by_file().items()
    }
    all_rows = [row for file_rows in rows.values() for row in file_rows]
    widths = [max((row[column].cell_len for row in all_rows), default=0) for column in range(3)]
    blocks = [_file_block(file, file_rows, widths) for file, file_rows in rows.items()]
    return Group(*blocks, Text(), _summary(report))


def render_terminal(report: RunReport, *, color: bool, width: int = 100) -> str:
    """:func:`terminal_view` rendered to text: with ANSI colours if ``color``, else plain.

    Every console setting is explicit, so the result does not depend on the environment
    (``NO_COLOR``, ``COLUMNS``, ``TERM``); the caller decides on colour and width.
    """
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
    )
    console.print(terminal_view(report))
    return buffer.getvalue()
