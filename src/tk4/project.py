"""Where tk4 lives on the web: the addresses SARIF logs and the package metadata point to.

Kept equal to ``[project.urls]`` in ``pyproject.toml`` by ``tests/test_metadata.py``. The
host is a placeholder, as in ``docs/ci.md``: an organisation that publishes tk4 sets both.
"""

HOMEPAGE = "https://git.example.org/tk4"
"""The project's home page (``Homepage`` in the package metadata)."""

RULES_PAGE = f"{HOMEPAGE}/-/blob/main/docs/rules.md"
"""``docs/rules.md`` as published: every rule and validation code, with examples."""


def rule_page(code: str, slug: str, *, validation_code: bool) -> str:
    """The address of the documentation of one finding code.

    A gap rule has its own heading in ``docs/rules.md`` (``### TK301 element-niet-beoordeeld``,
    anchor ``#tk301-element-niet-beoordeeld``); the validation codes share one table.
    """
    if validation_code:
        return f"{RULES_PAGE}#validatiecodes"
    return f"{RULES_PAGE}#{code.lower()}-{slug}"
