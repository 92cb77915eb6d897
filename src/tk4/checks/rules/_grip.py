"""GRIP levels as the rules on inzetten compare them."""

from __future__ import annotations

from tk4.model.report import DeploymentKind, GripLevel

GRIP_KINDS: frozenset[DeploymentKind] = frozenset({"incident", "evenement"})
"""Kinds of inzet that are real GRIP operations (not exercises)."""

RIJK_RANK = 6
"""GRIP Rijk ranks above GRIP 5 when compared with a ``min_grip`` option."""


def grip_rank(grip: GripLevel) -> int:
    """The rank of a GRIP level: its number, or :data:`RIJK_RANK` for GRIP Rijk."""
    return RIJK_RANK if grip == "Rijk" else grip
