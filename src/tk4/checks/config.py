"""Rule configuration: ``tk4.toml`` or ``[tool.tk4]`` in ``pyproject.toml``, plus CLI flags.

Example ``tk4.toml``::

    select = ["dekking", "cycli", "TK601"]   # codes or family names; default: all rules
    ignore = ["TK403"]

    [severity]
    bewijs = "info"                          # fout | waarschuwing | info, per family ...
    TK402 = "fout"                           # ... or per rule, which wins over its family

    [options.TK302]
    min_tekens = 60

Rule codes may be written in any case. Family names work in ``select``, ``ignore`` and
``severity`` (where an entry for a code wins over its family); ``options`` takes codes only.
Wrong types, unknown rule codes, families, severities or options and option values out of
range are errors (exit 2) naming the file and key (or ``--select``/``--ignore``), with a
suggestion.
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
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool")
            if isinstance(tool, dict) and "tk4" in tool:
                return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read configuration from ``path`` (a tk4.toml or pyproject.toml); None gives the defaults.

    Every value's type is checked here, so a wrong type is a Dutch error naming the file and
    the key; whether codes, severities and options exist is checked by :func:`configure`.

    Raises:
        Tk4UserError: the file cannot be read, is no valid TOML, or a key has a wrong type.
    """
    if path is None:
        return Config()
    document = _read_toml(path)
    prefix = "tool.tk4." if path.name == "pyproject.toml" else ""
    table: Any = document
    if prefix:
        tool = _table(document.get("tool", {}), path, "tool")
        table = _table(tool.get("tk4", {}), path, "tool.tk4")
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise Tk4UserError(
            f"{path}: onbekende instelling(en) {', '.join(sorted(unknown))}; "
            f"toegestaan: {', '.join(sorted(_KNOWN_KEYS))}"
        )
    if table.get("select") == []:
        raise Tk4UserError(
            f"{path}: {prefix}select is leeg; laat het weg om alle regels te draaien"
        )
    severity = _table(table.get("severity", {}), path, f"{prefix}severity")
    for code, value in severity.items():
        if not isinstance(value, str):
            raise Tk4UserError(
                f"{path}: '{prefix}severity.{code}' moet een ernst zijn "
                f"(fout, waarschuwing of info), niet {_describe(value)}"
            )
    options = _table(table.get("options", {}), path, f"{prefix}options")
    for code, values in options.items():
        if not isinstance(values, dict):
            raise Tk4UserError(
                f"{path}: '{prefix}options.{code}' moet een tabel met opties zijn "
                f"([{prefix}options.{code}] met per optie een waarde), niet {_describe(values)}"
            )
    return Config(
        select=tuple(_string_list(table.get("select", []), path, f"{prefix}select")),
        ignore=tuple(_string_list(table.get("ignore", []), path, f"{prefix}ignore")),
        severity=dict(severity),
        options={code: dict(values) for code, values in options.items()},
        origin=str(path),
    )


def configure(
    config: Config,
    registry: Mapping[str, Rule],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[ConfiguredRule]:
    """The rules to run with severities and options; CLI ``select``/``ignore`` beat the file.

    Rule codes are accepted in any case, family names wherever rules are chosen and in
    ``severity`` (a code's own entry wins over its family's); ``options`` takes codes only.

    Raises:
        Tk4UserError: an unknown code, family, severity or option, or an option value of the
            wrong type or out of range; the message says where it was given (``--select``,
            ``--ignore`` or the file and key).
    """
    origin = config.origin
    if select:
        selected = _expand(select, registry, "--select")
    elif config.select:
        selected = _expand(config.select, registry, f"{origin}: select")
    else:
        selected = set(registry)
    selected -= _expand(config.ignore, registry, f"{origin}: ignore")
    selected -= _expand(ignore, registry, "--ignore")
    severities = _severities(config.severity, registry, origin)
    tables = _option_tables(config.options, registry, origin)
    options = {
        code: _options(rule, tables.get(code, {}), origin) for code, rule in registry.items()
    }
    return [
        ConfiguredRule(rule, severities.get(code, rule.severity), options[code])
        for code, rule in registry.items()
        if code in selected
    ]


def _expand(entries: Iterable[str], registry: Mapping[str, Rule], where: str) -> set[str]:
    """The codes that ``entries`` (codes or family names, any case) stand for."""
    codes: set[str] = set()
    for entry in entries:
        codes |= _resolve(entry, registry, where)
    return codes


def _resolve(
    entry: str, registry: Mapping[str, Rule], where: str, *, families: bool = True
) -> set[str]:
    """The codes of the rule or family ``entry`` names (case-insensitive).

    Raises:
        Tk4UserError: ``entry`` is no rule code (or, with ``families``, no family name); the
            message echoes ``entry`` as typed, with the closest code or family.
    """
    text = entry.strip()
    family = text.casefold()
    if family in FAMILIES:
        if families:
            return {code for code, rule in registry.items() if rule.family == family}
        example = next(code for code, rule in registry.items() if rule.family == family)
        raise Tk4UserError(
            f"{where}: '{entry}' is een familie; opties gelden per regel, dus schrijf een "
            f"regelcode, bv. [options.{example}]"
        )
    if text.upper() in registry:
        return {text.upper()}
    candidates = {name.casefold(): name for name in (*registry, *(FAMILIES if families else ()))}
    close = difflib.get_close_matches(family, candidates, n=1)
    hint = f"; bedoelde u '{candidates[close[0]]}'?" if close else ""
    what = "regel of familie" if families else "regel"
    raise Tk4UserError(f"{where}: onbekende {what} '{entry}'{hint} (zie 'tk4 rules')")


def _severities(
    given: Mapping[str, str], registry: Mapping[str, Rule], origin: str
) -> dict[str, Severity]:
    """Code → configured severity; an entry for a code beats one for its family."""
    by_family: dict[str, Severity] = {}
    by_code: dict[str, Severity] = {}
    for key, value in given.items():
        codes = _resolve(key, registry, f"{origin}: [severity]")
        try:
            severity = Severity(value)
        except ValueError:
            allowed = ", ".join(s.value for s in Severity)
            raise Tk4UserError(
                f"{origin}: [severity]: ernst '{value}' voor {key} bestaat niet; kies uit {allowed}"
            ) from None
        target = by_family if key.strip().casefold() in FAMILIES else by_code
        target.update(dict.fromkeys(codes, severity))
    return {**by_family, **by_code}


def _option_tables(
    given: Mapping[str, Mapping[str, Any]], registry: Mapping[str, Rule], origin: str
) -> dict[str, Mapping[str, Any]]:
    """Code → the option values configured for it (codes in any case; no families)."""
    tables: dict[str, Mapping[str, Any]] = {}
    for key, values in given.items():
        (code,) = _resolve(key, registry, f"{origin}: [options]", families=False)
        tables[code] = values
    return tables


def _options(rule: Rule, given: Mapping[str, Any], origin: str) -> dict[str, Any]:
    values = {name: option.default for name, option in rule.options.items()}
    for name, value in given.items():
        if name not in rule.options:
            known = ", ".join(rule.options) or "geen"
            raise Tk4UserError(
                f"{origin}: regel {rule.code} kent optie '{name}' niet (opties: {known})"
            )
        option = rule.options[name]
        expected = type(option.default)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise Tk4UserError(
                f"{origin}: optie {rule.code}.{name} moet van het type "
                f"{_TYPE_WORDS.get(expected, expected.__name__)} zijn, niet {value!r}"
            )
        if not isinstance(value, str) and not option.in_range(value):
            raise Tk4UserError(
                f"{origin}: optie {rule.code}.{name} moet {option.range_text()} zijn, "
                f"niet {value!r}"
            )
        values[name] = value
    return values


_TYPE_WORDS = {int: "geheel getal", float: "getal", str: "tekst"}


def _string_list(value: Any, path: Path, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise Tk4UserError(
            f"{path}: '{key}' moet een lijst van regelcodes of families zijn, "
            f"niet {_describe(value)}"
        )
    return value


def _table(value: Any, path: Path, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Tk4UserError(
            f"{path}: '{key}' moet een tabel ([{key}]) zijn, niet {_describe(value)}"
        )
    return value


def _describe(value: Any) -> str:
    """A TOML value as a Dutch message names it: "het getal 5", "de tekst 'fout'"."""
    if isinstance(value, bool):
        return f"ja/nee ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"het getal {value}"
    if isinstance(value, str):
        return f"de tekst '{value}'"
    if isinstance(value, list):
        only_text = all(isinstance(item, str) for item in value)
        return "een lijst" if only_text else "een lijst waarin niet alleen tekst staat"
    if isinstance(value, dict):
        return "een tabel"
    return f"de waarde {value}"


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
