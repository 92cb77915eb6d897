"""Rule configuration: ``tk4.toml`` or ``[tool.tk4]`` in ``pyproject.toml``, plus CLI flags.

Example ``tk4.toml``::

    select = ["dekking", "cycli", "TK601"]   # codes or family names; default: all rules
    ignore = ["TK403"]

    [severity]
    TK403 = "info"                           # fout | waarschuwing | info

    [options.TK302]
    min_tekens = 60

Unknown rule codes, families, severities or options are errors (exit 2), with a suggestion.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tk4.checks.base import FAMILIES, Rule
from tk4.errors import Tk4UserError
from tk4.findings import Severity

CONFIG_FILE = "tk4.toml"
_KNOWN_KEYS = frozenset({"select", "ignore", "severity", "options"})


@dataclass(frozen=True)
class Config:
    """What the user configured, before it is checked against the registry."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    origin: str = "standaardinstellingen"


@dataclass(frozen=True)
class ConfiguredRule:
    """A rule as it will run: its effective severity and option values."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


def find_config(start: Path) -> Path | None:
    """The nearest ``tk4.toml``, or ``pyproject.toml`` with ``[tool.tk4]``, from ``start`` up."""
    directory = start.resolve()
    if directory.is_file():
        directory = directory.parent
    for candidate_dir in (directory, *directory.parents):
        own = candidate_dir / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and "tk4" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read configuration from ``path`` (a tk4.toml or pyproject.toml); None gives the defaults."""
    if path is None:
        return Config()
    document = _read_toml(path)
    table = document.get("tool", {}).get("tk4", {}) if path.name == "pyproject.toml" else document
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise Tk4UserError(
            f"{path}: onbekende instelling(en) {', '.join(sorted(unknown))}; "
            f"toegestaan: {', '.join(sorted(_KNOWN_KEYS))}"
        )
    return Config(
        select=tuple(_string_list(table.get("select", []), path, "select")),
        ignore=tuple(_string_list(table.get("ignore", []), path, "ignore")),
        severity=dict(table.get("severity", {})),
        options={code: dict(values) for code, values in table.get("options", {}).items()},
        origin=str(path),
    )


def configure(
    config: Config,
    registry: Mapping[str, Rule],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[ConfiguredRule]:
    """The rules to run with severities and options; CLI ``select``/``ignore`` beat the file."""
    chosen_select = select or config.select
    chosen_ignore = (*config.ignore, *ignore)
    selected = _expand(chosen_select, registry, config.origin) if chosen_select else set(registry)
    selected -= _expand(chosen_ignore, registry, config.origin)
    for code in (*config.severity, *config.options):
        _require_code(code, registry, config.origin)
    configured = []
    for code, rule in registry.items():
        if code not in selected:
            continue
        configured.append(
            ConfiguredRule(
                rule=rule,
                severity=_severity(config.severity.get(code), rule, config.origin),
                options=_options(rule, config.options.get(code, {}), config.origin),
            )
        )
    return configured


def _expand(entries: Iterable[str], registry: Mapping[str, Rule], origin: str) -> set[str]:
    codes: set[str] = set()
    for entry in entries:
        if entry in FAMILIES:
            codes |= {code for code, rule in registry.items() if rule.family == entry}
        else:
            codes.add(_require_code(entry.upper(), registry, origin))
    return codes


def _require_code(code: str, registry: Mapping[str, Rule], origin: str) -> str:
    if code in registry:
        return code
    known = [*registry, *FAMILIES]
    close = difflib.get_close_matches(code, known, n=1)
    hint = f"; bedoelde u '{close[0]}'?" if close else ""
    raise Tk4UserError(f"{origin}: onbekende regel of familie '{code}'{hint} (zie 'tk4 rules')")


def _severity(value: str | None, rule: Rule, origin: str) -> Severity:
    if value is None:
        return rule.severity
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(s.value for s in Severity)
        raise Tk4UserError(
            f"{origin}: ernst '{value}' voor {rule.code} bestaat niet; kies uit {allowed}"
        ) from None


def _options(rule: Rule, given: Mapping[str, Any], origin: str) -> dict[str, Any]:
    values = {name: option.default for name, option in rule.options.items()}
    for name, value in given.items():
        if name not in rule.options:
            known = ", ".join(rule.options) or "geen"
            raise Tk4UserError(
                f"{origin}: regel {rule.code} kent optie '{name}' niet (opties: {known})"
            )
        expected = type(rule.options[name].default)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise Tk4UserError(
                f"{origin}: optie {rule.code}.{name} moet van het type "
                f"{_TYPE_WORDS.get(expected, expected.__name__)} zijn, niet {value!r}"
            )
        values[name] = value
    return values


_TYPE_WORDS = {int: "geheel getal", float: "getal", str: "tekst"}


def _string_list(value: Any, path: Path, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise Tk4UserError(f"{path}: '{key}' moet een lijst van regelcodes of families zijn")
    return value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11's message ends in "(at line L, column C)"; show it as path:line:column.
        text = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)$", text)
        if where is None:
            raise Tk4UserError(f"{path}: ongeldige TOML: {text}") from None
        problem = text[: where.start()].strip()
        raise Tk4UserError(
            f"{path}:{where.group(1)}:{where.group(2)}: ongeldige TOML ({problem})"
        ) from None
    except OSError as error:
        raise Tk4UserError(f"{path}: kan niet worden gelezen: {error.strerror}") from None
