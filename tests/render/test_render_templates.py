"""Template overrides (``--template-dir``, ``default:``), strictness and the docs example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from render_helpers import REPO, Render, WriteReport

from tk4.errors import Tk4UserError
from tk4.render.environment import builtin_template_dir, make_environment

BLOCKS = (
    "titelpagina",
    "inhoudsopgave",
    "samenvatting",
    "inleiding",
    "kerngegevens",
    "beoordeling",
    "prestaties",
    "leren",
    "eindconclusie",
    "bijlagen",
    "colofon",
)


@pytest.mark.parametrize("name", ["report.html.j2", "report.md.j2"])
def test_builtin_templates_define_the_documented_blocks(name: str) -> None:
    source = (builtin_template_dir() / name).read_text(encoding="utf-8")
    defined = set(re.findall(r"{%-?\s*block\s+(\w+)", source))
    assert set(BLOCKS) <= defined
    docs = (REPO / "docs" / "sjablonen.md").read_text(encoding="utf-8")
    for block in defined:
        assert f"`{block}`" in docs, f"blok {block} staat niet in docs/sjablonen.md"


def test_a_template_in_the_template_dir_replaces_the_builtin_by_name(
    render: Render, write_report: WriteReport, tmp_path: Path
) -> None:
    own = tmp_path / "sjablonen" / "_partials"
    own.mkdir(parents=True)
    (own / "colofon.html.j2").write_text("<p>Eigen colofon {{ view.title_page.year }}</p>\n")
    text, _ = render(write_report(), "html", template_dir=own.parent)
    assert "<p>Eigen colofon 2024</p>" in text
    assert "Aan deze publicatie kunnen geen rechten worden ontleend." not in text
    assert '<h2 id="kop-samenvatting">Samenvatting en conclusies</h2>' in text


def test_default_prefix_reaches_the_builtin_from_an_override(
    render: Render, write_report: WriteReport, tmp_path: Path
) -> None:
    (tmp_path / "report.md.j2").write_text(
        '{% extends "default:report.md.j2" %}\n'
        "{% block colofon %}Eigen slot voor {{ view.title_page.region_name|md }}.{% endblock %}\n"
    )
    text, _ = render(write_report(), "md", template_dir=tmp_path)
    assert text.endswith("Eigen slot voor Twente.\n")
    assert "## Samenvatting" in text
    assert "Aan deze publicatie" not in text


def test_autoescape_is_on_for_html_templates_only(tmp_path: Path) -> None:
    (tmp_path / "x.html.j2").write_text("{{ value }}")
    (tmp_path / "x.md.j2").write_text("{{ value }}|{{ value|md }}")
    environment = make_environment(tmp_path)
    value = "<b>*x*</b>"
    assert environment.get_template("x.html.j2").render(value=value) == "&lt;b&gt;*x*&lt;/b&gt;"
    assert environment.get_template("x.md.j2").render(value=value) == (
        "<b>*x*</b>|\\<b\\>\\*x\\*\\</b\\>"
    )


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ view.bestaat_niet }}", "kan niet worden gevuld"),
        ("{% if %}", r"report\.md\.j2:1: fout in sjabloon"),
        ('{% include "ontbreekt.md.j2" %}', "'ontbreekt.md.j2' niet gevonden"),
    ],
)
def test_a_broken_template_is_a_dutch_user_error(
    render: Render, write_report: WriteReport, tmp_path: Path, template: str, message: str
) -> None:
    (tmp_path / "report.md.j2").write_text(template)
    with pytest.raises(Tk4UserError, match=message):
        render(write_report(), "md", template_dir=tmp_path)


def test_a_missing_template_dir_is_a_dutch_user_error(
    render: Render, write_report: WriteReport, tmp_path: Path
) -> None:
    with pytest.raises(Tk4UserError, match="sjablonenmap bestaat niet"):
        render(write_report(), "md", template_dir=tmp_path / "nergens")


def _docs_templates() -> dict[str, str]:
    """The example templates of docs/sjablonen.md, by the file name in their first line."""
    docs = (REPO / "docs" / "sjablonen.md").read_text(encoding="utf-8")
    found = {}
    for block in re.findall(r"```jinja\n(.*?)```", docs, re.DOTALL):
        name = re.match(r"\{# mijn-sjablonen/(\S+) #\}\n", block)
        if name:
            found[name.group(1)] = block
    return found


def test_the_example_of_the_docs_works(
    render: Render, write_report: WriteReport, tmp_path: Path
) -> None:
    templates = _docs_templates()
    assert set(templates) == {"report.html.j2", "report.md.j2"}
    folder = tmp_path / "mijn-sjablonen"
    folder.mkdir()
    for name, source in templates.items():
        (folder / name).write_text(source, encoding="utf-8")
    report = write_report()
    html, _ = render(report, "html", template_dir=folder)
    assert "h1 { color: #00427a; }" in html
    assert "<p>Besproken in de Veiligheidsdirectie van Twente.</p>" in html
    assert "Aan deze publicatie kunnen geen rechten worden ontleend." in html
    assert html.index("font-family: Verdana") < html.index("#00427a")
    markdown, _ = render(report, "md", template_dir=folder)
    assert "\n> Concept voor het algemeen bestuur van Twente.\n\n## 1 Inleiding\n" in markdown
