"""All user-facing finding texts live here, keyed by message id, one table per language.

Why: findings carry a message id and arguments, not prose, so a second language (or a
reworded message) is a change to one table and never to the code that found the problem.
"""

from collections.abc import Mapping
from typing import Any

from tk4.messages.nl import MESSAGES as NL

TABLES: Mapping[str, Mapping[str, str]] = {"nl": NL}


def render_message(message_id: str, args: Mapping[str, Any], language: str = "nl") -> str:
    """Render message ``message_id`` with ``args`` in ``language``."""
    return TABLES[language][message_id].format_map(args)
