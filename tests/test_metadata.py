"""The package metadata agrees with the code: version, licence and project addresses."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tk4
from tk4 import project

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_homepage_in_code_is_the_one_in_the_metadata() -> None:
    assert PYPROJECT["urls"]["Homepage"] == project.HOMEPAGE
    assert PYPROJECT["urls"]["Documentation"].startswith(project.HOMEPAGE)


def test_version_in_code_is_the_one_in_the_metadata() -> None:
    assert PYPROJECT["version"] == tk4.__version__


def test_licence_file_is_the_eupl_named_in_the_metadata() -> None:
    assert PYPROJECT["license"] == "EUPL-1.2"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text  # the whole text, with the list of compatible licences


def test_rule_pages_point_at_their_heading_in_docs_rules_md() -> None:
    from tk4.checks import REGISTRY

    rules_md = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert project.rule_page("TK301", "element-niet-beoordeeld", validation_code=False).endswith(
        "docs/rules.md#tk301-element-niet-beoordeeld"
    )
    for rule in REGISTRY.values():
        # GitHub and GitLab make the anchor from the heading: lower case, spaces as hyphens.
        heading = f"### {rule.code} {rule.slug}"
        assert heading in rules_md, heading
        anchor = "#" + heading.removeprefix("### ").lower().replace(" ", "-")
        assert project.rule_page(rule.code, rule.slug, validation_code=False).endswith(anchor)
    assert "## Validatiecodes" in rules_md
    assert project.rule_page("TK012", "dubbele-sleutel", validation_code=True).endswith(
        "#validatiecodes"
    )
