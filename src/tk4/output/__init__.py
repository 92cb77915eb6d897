"""Output formats: each is a pure ``render(RunReport) -> str``, registered by name.

Reporters do no I/O and keep no state: the CLI picks one with :func:`resolve_format`, calls it
and writes the string. The coloured terminal variant lives in :mod:`tk4.output.terminal` and
is not registered here, so importing this package does not import rich.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tk4.errors import Tk4UserError
from tk4.output import github, junit, sarif, text
from tk4.output import json as json_format
from tk4.output.base import SEVERITY_WORDS, RuleInfo, RunReport, Tally, ToolCommand, tally

__all__ = [
    "AUTO",
    "FORMAT_CHOICES",
    "REPORTERS",
    "SEVERITY_WORDS",
    "Reporter",
    "RuleInfo",
    "RunReport",
    "Tally",
    "ToolCommand",
    "resolve_format",
    "tally",
]

Reporter = Callable[[RunReport], str]
"""A pure function from a run's report to the complete output text."""

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
}
"""Every output format by its ``--format`` name."""

AUTO = "auto"
"""The ``--format`` value that picks a format from the environment."""

FORMAT_CHOICES: tuple[str, ...] = (AUTO, *REPORTERS)
"""Every accepted ``--format`` value, in the order help texts list them."""


def resolve_format(name: str, env: Mapping[str, str]) -> str:
    """The registered format to use for ``--format name``.

    ``auto`` means ``github`` inside GitHub Actions (``GITHUB_ACTIONS=true``, which GitHub
    sets on every runner) and ``text`` elsewhere.

    Raises:
        Tk4UserError: ``name`` is not a known format.
    """
    if name == AUTO:
        return "github" if env.get("GITHUB_ACTIONS") == "true" else "text"
    if name not in REPORTERS:
        choices = ", ".join(FORMAT_CHOICES)
        raise Tk4UserError(f"onbekend uitvoerformaat '{name}'; kies uit: {choices}")
    return name
