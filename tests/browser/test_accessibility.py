"""WCAG 2.2 A/AA check of the HTML report with axe-core in headless Chromium.

``wcag22aa`` adds the rules new in WCAG 2.2, such as ``target-size`` (2.5.8, touch targets of at
least 24 by 24 CSS pixels, which the table of contents needs).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from headless import Page

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

SELF_REPORTS = sorted(
    path
    for path in (REPO / "examples").glob("*.yaml")
    if re.search(r"^soort:\s*zelfevaluatie\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
)
"""Every example self-report; its inspection verdict, if any, is ``<stem>-inspectieoordeel``."""


def describe(violations: list[dict[str, Any]]) -> str:
    """Each violation's rule id, impact, help text and offending nodes, for the failure message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            if node["summary"]:
                lines.extend(f"      {line}" for line in node["summary"].splitlines())
    return "\n".join(lines)


def axe_violations(page: Page, html_file: Path) -> list[dict[str, Any]]:
    """Open ``html_file`` in ``page``, run axe for WCAG 2.2 A+AA, return its violations."""
    page.goto(html_file.as_uri())
    results = page.run_axe(WCAG_TAGS)
    assert results["version"].startswith("4."), results["version"]
    assert results["passes"], "axe vond geen enkele geslaagde regel: heeft het wel gedraaid?"
    violations: list[dict[str, Any]] = results["violations"]
    return violations


def test_axe_reports_violations_of_a_deficient_page(page: Page, tmp_path: Path) -> None:
    bad = tmp_path / "slecht.html"
    bad.write_text(
        "<!doctype html><html><head><meta charset='utf-8'></head><body>"
        "<img src='grafiek.png'><p style='color:#bbb;background:#fff'>licht grijs</p>"
        "<p><a href='#a' style='display:inline-block;height:12px;font-size:10px'>a</a>"
        "<a href='#b' style='display:inline-block;height:12px;font-size:10px'>b</a></p>"
        "</body></html>",
        encoding="utf-8",
    )
    found = {violation["id"] for violation in axe_violations(page, bad)}
    assert {"image-alt", "color-contrast", "html-has-lang", "document-title"} <= found
    assert "target-size" in found, "de regels van WCAG 2.2 AA draaien niet mee"


def test_examples_are_found() -> None:
    assert any(path.name == "vr05-twente-2025.yaml" for path in SELF_REPORTS), SELF_REPORTS


@pytest.mark.parametrize("example", SELF_REPORTS, ids=lambda path: path.stem)
def test_report_has_no_wcag_violations(page: Page, tmp_path: Path, example: Path) -> None:
    from tk4.render import build_report

    verdict = example.with_name(f"{example.stem}-inspectieoordeel.yaml")
    rendered = build_report(example, verdict if verdict.exists() else None, fmt="html")
    assert rendered.text is not None, [finding.message for finding in rendered.refused]
    report = tmp_path / "rapport.html"
    report.write_text(rendered.text, encoding="utf-8")
    violations = axe_violations(page, report)
    summary = f"axe vond {len(violations)} WCAG-schending(en):\n"
    assert not violations, summary + describe(violations)
