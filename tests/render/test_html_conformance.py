"""The HTML reports are conformant HTML: the Nu HTML checker finds nothing, and every table's
column markup matches its rows.

The reports checked are the golden files, which ``test_render_golden`` keeps byte for byte
equal to what ``tk4 report --format html`` writes for every example.

The Nu HTML checker (``vnu.jar``, the W3C validator) comes from the npm package ``vnu-jar``;
``.ci/run`` installs it with ``.ci/setup-vnu.sh`` and sets ``TK4_VNU_JAR``, and needs Java 17.
Without them the checker test is skipped, unless ``TK4_REQUIRE_VNU=1`` (set by CI) makes it
fail. The column check below needs nothing and always runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from html_tree import Node, parse
from render_helpers import GOLDEN, REPO

REPORTS = sorted(GOLDEN.glob("*.html"))
DEFAULT_JAR = REPO / ".ci" / ".cache" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist"


def _span(node: Node, attribute: str) -> int:
    return int(node.attrs.get(attribute) or 1)


def _row_widths(table: Node) -> list[int]:
    """The width of every row of ``table`` in grid columns, counting cells spanning from above."""
    widths: list[int] = []
    carried: list[int] = []  # per grid column: rows still covered by a rowspan from above
    for row in table.all("tr"):
        occupied = [remaining > 0 for remaining in carried]
        column = 0
        for cell in (child for child in row.elements() if child.tag in ("td", "th")):
            while column < len(occupied) and occupied[column]:
                column += 1
            for _ in range(_span(cell, "colspan")):
                if column >= len(carried):
                    carried.append(0)
                    occupied.append(False)
                carried[column] = max(carried[column], _span(cell, "rowspan"))
                occupied[column] = True
                column += 1
        widths.append(max((i + 1 for i, taken in enumerate(occupied) if taken), default=0))
        carried = [max(remaining - 1, 0) for remaining in carried]
    return widths


def test_the_column_check_counts_spans() -> None:
    html = (
        "<table><colgroup><col><col span='2'></colgroup>"
        "<tr><th rowspan='2'>a</th><td colspan='2'>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
    )
    root, _ = parse(html)
    [table] = root.all("table")
    assert _row_widths(table) == [3, 3]


@pytest.mark.parametrize("report", REPORTS, ids=lambda path: path.stem)
def test_column_markup_matches_every_row(report: Path) -> None:
    root, _ = parse(report.read_text(encoding="utf-8"))
    for table in root.all("table"):
        caption = table.all("caption")[0].text() if table.all("caption") else "(geen caption)"
        columns = sum(_span(col, "span") for col in table.all("col"))
        widths = set(_row_widths(table))
        assert len(widths) == 1, f"{caption}: rijen van ongelijke breedte {sorted(widths)}"
        if columns:
            assert widths == {columns}, f"{caption}: {columns} kolommen in <col>, rijen {widths}"


def _vnu_jar() -> Path | None:
    configured = os.environ.get("TK4_VNU_JAR")
    jar = Path(configured) if configured else DEFAULT_JAR / "vnu.jar"
    return jar if jar.is_file() and shutil.which("java") else None


@pytest.mark.slow
def test_nu_html_checker_finds_no_error_or_warning() -> None:
    jar = _vnu_jar()
    if jar is None:
        if os.environ.get("TK4_REQUIRE_VNU") == "1":
            pytest.fail("Nu HTML checker ontbreekt: draai .ci/setup-vnu.sh (en installeer Java 17)")
        pytest.skip("Nu HTML checker (vnu.jar) of Java ontbreekt; zie .ci/setup-vnu.sh")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--format", "json", "--stdout", *map(str, REPORTS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['type']}: {m['message']}"
        for m in messages
    ]
    assert problems == [], "\n".join(problems)
    assert result.returncode == 0, result.stderr
