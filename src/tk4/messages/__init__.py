"""All user-facing finding texts live here, keyed by message id, one table per language.

Why: findings carry a message id and arguments, not prose, so a second language (or a
reworded message) is a change to one table and never to the code that found the problem.

Arguments are data; :func:`format_args` words them for the language just before the template
is filled:

- a ``datetime.date`` becomes a date ("12 maart 2019"), a :class:`~tk4.dutch.Age` an age
  ("4 jaar en 1 dag"), a ``float`` a number ("2,75"); an ``int`` stays as it is;
- a list or tuple of str becomes an enumeration ("a, b en c"; after :data:`LIST_LIMIT` items
  the rest is counted: "a, b, c en 4 andere");
- :class:`OneOf` becomes quoted alternatives ("'a' of 'b'");
- :class:`Phrase` is a nested message (a hint such as "; bedoelde u …?"), rendered from its
  own id and arguments; ``None`` stands for an absent optional phrase and renders as nothing;
- an ``int`` field with a plural spec, ``{bronnen:bron|bronnen}``, becomes "1 bron" or
  "5 bronnen", so the nouns stay in the table.

A language's table is the union of its modules: :mod:`tk4.messages.nl` (what ``tk4 check`` and
``tk4 validate`` say, to whoever edits the file) and :mod:`tk4.messages.report_nl` (ids
``report.<id>`` and ``label.<id>``: the same findings worded for the reader of a report). A
second language adds the same two modules and one entry to :data:`TABLES`.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tk4 import dutch
from tk4.messages.nl import MESSAGES as NL
from tk4.messages.report_nl import MESSAGES as REPORT_NL

TABLES: Mapping[str, Mapping[str, str]] = {"nl": {**NL, **REPORT_NL}}
"""Every message of each language, by message id."""

LIST_LIMIT = 3
"""How many items of a list argument are named before the rest is counted."""


@dataclass(frozen=True)
class Phrase:
    """A nested message: a sentence fragment kept as its id and arguments, like a finding."""

    message_id: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OneOf:
    """Options offered as alternatives ("'a' of 'b'"), e.g. the suggestions of a hint."""

    options: tuple[str, ...]


class _Formatter(string.Formatter):
    """``str.format_map`` plus the plural spec ``{count:singular|plural}`` for ints."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if "|" in format_spec and isinstance(value, int):
            singular, plural = format_spec.split("|", 1)
            return dutch.counted(value, singular, plural)
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def format_value(value: Any, language: str = "nl") -> Any:
    """One argument worded for ``language`` (see the module docstring); others unchanged."""
    if isinstance(value, Phrase):
        return render_message(value.message_id, value.args, language)
    if value is None:
        return ""
    if isinstance(value, dutch.Age):
        return dutch.age(value)
    if isinstance(value, dt.date):
        return dutch.date(value)
    if isinstance(value, float):
        return dutch.number(value)
    if isinstance(value, OneOf):
        return dutch.alternatives(value.options)
    if isinstance(value, list | tuple):
        return dutch.enumeration([str(item) for item in value], limit=LIST_LIMIT)
    return value


def format_args(args: Mapping[str, Any], language: str = "nl") -> dict[str, Any]:
    """Every argument worded for ``language``, ready for a template."""
    return {key: format_value(value, language) for key, value in args.items()}


def has_message(message_id: str, language: str = "nl") -> bool:
    """Whether ``language`` has message ``message_id`` (for an optional wording: a report's)."""
    return message_id in TABLES[language]


def render_message(message_id: str, args: Mapping[str, Any], language: str = "nl") -> str:
    """Render message ``message_id`` with ``args`` in ``language``."""
    return _FORMATTER.vformat(TABLES[language][message_id], (), format_args(args, language))
