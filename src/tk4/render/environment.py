"""The Jinja environment for reports: search path, ``default:`` prefix, escaping and filters.

Templates are looked up in ``--template-dir`` first and then in tk4's own ``templates/``, so a
file with a built-in name replaces the built-in. The built-ins stay reachable as
``default:<name>``, so an override can ``{% extends "default:report.html.j2" %}`` and replace a
single block (the datasette/mkdocs pattern). Undefined names are errors (``StrictUndefined``);
autoescaping is on for ``*.html.j2`` only, and Markdown templates escape user text with the
``md`` and ``md_block`` filters.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    select_autoescape,
)
from markupsafe import Markup

from tk4.render.escape import html_paragraphs, md_block, md_inline, md_url
from tk4.resources import data_dir

DEFAULT_PREFIX = "default"
"""Built-in templates are always reachable as ``default:<name>``."""


def builtin_template_dir() -> Path:
    """The folder with tk4's own report templates."""
    return data_dir("templates")


def make_environment(template_dir: Path | None = None) -> Environment:
    """The report environment; ``template_dir`` (if given) overrides built-ins by name."""
    builtin = FileSystemLoader(str(builtin_template_dir()))
    search = [str(template_dir), str(builtin_template_dir())] if template_dir else None
    loaders: list[BaseLoader] = [
        PrefixLoader({DEFAULT_PREFIX: builtin}, delimiter=":"),
        FileSystemLoader(search) if search else builtin,
    ]
    environment = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=("html.j2", "html"), default_for_string=False, default=False
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    environment.filters["md"] = md_inline
    environment.filters["md_block"] = md_block
    environment.filters["md_url"] = md_url
    environment.filters["paragraphs"] = html_paragraphs
    environment.globals["include_raw"] = _raw_includer(environment)
    return environment


def _raw_includer(environment: Environment) -> object:
    """A template function returning a template file's text unrendered (for inline CSS).

    Why: a stylesheet is not a Jinja template (``{#`` is valid CSS), and going through the
    loader keeps the ``--template-dir`` override and ``default:`` prefix working for it.
    """

    def include_raw(name: str) -> Markup:
        assert environment.loader is not None
        source, _, _ = environment.loader.get_source(environment, name)
        # A stylesheet must not be able to end the <style> element it is inlined in.
        return Markup(source.replace("</", "<\\/"))

    return include_raw
