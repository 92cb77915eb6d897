"""Shell completion: the values a shell offers on Tab, and installing the completion script.

The shell asks ``tk4`` itself for completions (``_TK4_COMPLETE=complete_bash tk4 …``); each
function here answers for one kind of argument. They import the registry and the catalogue
only when called, so ``tk4 --version`` and ``tk4 --help`` stay fast. A completion returns
``(value, help)`` pairs: zsh and fish show the help next to the value, bash only the value.

The scripts and the protocol are typer's (``typer._completion_shared`` and
``typer._completion_classes``, not re-exported by typer; the test suite runs them for every
shell, so a typer release that moves them fails there first).
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from tk4.errors import Tk4UserError

Completion = list[tuple[str, str]]
"""Values with a short Dutch explanation, in the order the shell should offer them."""

HELP_WIDTH = 60
"""Longest explanation shown next to a value; longer texts end in an ellipsis."""

COMPLETE_VAR = "_TK4_COMPLETE"
"""The environment variable through which a shell's completion script calls ``tk4``."""


class Shell(StrEnum):
    """The shells tk4 writes a completion script for."""

    BASH = "bash"
    ZSH = "zsh"
    FISH = "fish"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= HELP_WIDTH else flat[: HELP_WIDTH - 1].rstrip() + "…"


def _matching(pairs: Completion, incomplete: str) -> Completion:
    """The pairs whose value starts with ``incomplete``, ignoring case (``tk3`` finds TK301)."""
    wanted = incomplete.casefold()
    return [(value, _short(text)) for value, text in pairs if value.casefold().startswith(wanted)]


def _last_of_list(incomplete: str) -> tuple[str, str]:
    """Split ``TK301,TK4`` into the finished part ``TK301,`` and the part being typed ``TK4``."""
    head, comma, tail = incomplete.rpartition(",")
    return head + comma, tail


def complete_rule_selection(incomplete: str) -> Completion:
    """Codes and families of the gap rules, for ``--select`` and ``--ignore`` (comma lists too)."""
    from tk4.checks import REGISTRY
    from tk4.checks.base import FAMILIES

    done, typing = _last_of_list(incomplete)
    pairs = [(rule.code, f"{rule.slug}: {rule.summary}") for rule in REGISTRY.values()]
    pairs += [(family, text) for family, (_, text) in FAMILIES.items()]
    return [(done + value, text) for value, text in _matching(pairs, typing)]


def complete_rule(incomplete: str) -> Completion:
    """Every finding code (gap rules and validation codes) and family, for ``tk4 rules``."""
    from tk4.checks import REGISTRY
    from tk4.checks.base import FAMILIES
    from tk4.codes import VALIDATION_CODES

    pairs = [(rule.code, f"{rule.slug}: {rule.summary}") for rule in REGISTRY.values()]
    pairs += [(code.code, f"{code.slug}: {code.summary}") for code in VALIDATION_CODES.values()]
    pairs.sort()
    pairs += [(family, text) for family, (_, text) in FAMILIES.items()]
    return _matching(pairs, incomplete)


def complete_region(incomplete: str) -> Completion:
    """The codes of the 25 veiligheidsregio's, with their names."""
    from tk4.loading.catalogue import load_regions

    pairs = [(region.code, region.name) for region in load_regions().regions]
    return _matching(pairs, incomplete)


def complete_node(incomplete: str) -> Completion:
    """Every process, norm, element and sub-point ID of the newest catalogue, and region codes."""
    from tk4.catalogue_tools import node_text
    from tk4.loading.catalogue import latest_version, load_catalogue

    catalogue = load_catalogue(latest_version())
    pairs = [(node.id, node_text(node)) for node in catalogue.nodes()]
    return _matching(pairs, incomplete) + complete_region(incomplete)


def complete_version(incomplete: str) -> Completion:
    """The versions of the toetsingskader that tk4 carries."""
    from tk4.loading.catalogue import available_versions

    pairs = [(version, "Toetsingskader " + version) for version in available_versions()]
    return _matching(pairs, incomplete)


def complete_kind(incomplete: str) -> Completion:
    """The kinds of report ``tk4 init --soort`` makes."""
    pairs = [
        ("zelfevaluatie", "het jaarlijkse zelfbeeld van de regio"),
        ("inspectieoordeel", "het oordeel van de Inspectie, in hetzelfde formaat"),
    ]
    return _matching(pairs, incomplete)


def complete_lint_format(incomplete: str) -> Completion:
    """The ``--format`` values of ``tk4 validate`` and ``tk4 check``."""
    pairs = [
        ("auto", "github onder GitHub Actions, anders text"),
        ("text", "voor mensen: pad:regel:kolom per bevinding"),
        ("json", "voor scripts (docs/uitvoer-json.md)"),
        ("sarif", "SARIF 2.1.0, voor code scanning"),
        ("junit", "JUnit XML, voor testrapporten in CI"),
        ("github", "annotaties in GitHub Actions"),
    ]
    return _matching(pairs, incomplete)


def complete_report_format(incomplete: str) -> Completion:
    """The ``--format`` values of ``tk4 report``."""
    pairs = [("md", "Markdown"), ("html", "HTML, één bestand"), ("pdf", "PDF (met -o)")]
    return _matching(pairs, incomplete)


def detect_shell() -> Shell:
    """The shell ``tk4`` runs in: from the process tree, else from ``$SHELL``.

    Raises:
        Tk4UserError: the shell is unknown or not bash, zsh or fish (names the choices).
    """
    import shellingham

    try:
        name: str = shellingham.detect_shell()[0]
    except shellingham.ShellDetectionFailure:
        name = Path(os.environ.get("SHELL", "")).name
    try:
        return Shell(name)
    except ValueError:
        shown = f"'{name}'" if name else "onbekend"
        raise Tk4UserError(
            f"shell {shown}: tk4 kent completion voor bash, zsh en fish; "
            "kies er een met --shell, bv. tk4 --show-completion --shell bash"
        ) from None


def completion_script(shell: Shell) -> str:
    """The script that makes ``shell`` ask ``tk4`` for completions, ending in a newline."""
    from typer._completion_shared import get_completion_script

    script: str = get_completion_script(prog_name="tk4", complete_var=COMPLETE_VAR, shell=shell)
    return script + "\n"


def install_completion(shell: Shell) -> Path:
    """Install the completion script for ``shell`` in the user's shell set-up; return its file.

    bash: ``~/.bash_completions/tk4.sh``, sourced from ``~/.bashrc``; zsh: ``~/.zfunc/_tk4``,
    with ``fpath`` and ``compinit`` (and, without a ``zstyle`` of the user's own, menu
    selection) in ``~/.zshrc``; fish: ``~/.config/fish/completions/tk4.fish``. A line already in
    the rc file is not added again.
    """
    from typer._completion_shared import install

    installed: Path = install(shell=shell.value, prog_name="tk4", complete_var=COMPLETE_VAR)[1]
    return installed


def prepare_completion_request() -> None:
    """Ready typer to answer a shell's completion request, if this process is one.

    Why: typer registers its completion classes (which read the words typed so far from
    ``_TYPER_COMPLETE_ARGS``) only for apps with typer's built-in completion options; tk4 has
    its own, with Dutch help, so it registers them itself, and only when a shell asks.
    """
    if COMPLETE_VAR in os.environ:
        from typer._completion_classes import completion_init

        completion_init()
