"""Which Bvr time norms an inzet should have a measured time for, given the teams it activated.

Why public: the rule that reports a missing time (TK606) and the report's summary of the
turn-out times must agree on what is missing, so a missing time never makes a summary look
better than the file is.
"""

from __future__ import annotations

from collections.abc import Mapping

from tk4.model.report import Deployment, DeploymentKind, Team

TEAM_TIME_NORMS: Mapping[Team, tuple[str, ...]] = {
    "meldkamer": ("alarmering",),
    "copi": ("copi",),
    "rot": ("rot",),
    "tbz": ("tbz",),
    "gbt": ("gbt",),
}
"""The time norm (catalogue id) of each team that has one in the Bvr.

The meldkamer starts the alarmering of the hoofdstructuur within two minutes (art. 2.2.3); the
first CoPI, the leaders of the ROT, the TBZ and the GBT have a start time (art. 2.3.1). The
CaCo, CmCt and RBT have no time norm of their own; the ROT sections (IM, voorlichter, other
sections) are worth recording but are not asked for: the leaders' time stands for the ROT.
"""

TIMED_KINDS: frozenset[DeploymentKind] = frozenset({"incident", "evenement", "systeemtest"})
"""Kinds of inzet whose turn-out is measured against the Bvr: real GRIP operations and the
systeemtest. An ordinary oefening often starts its teams at a staged moment, so it is left out."""


def expected_time_norms(deployment: Deployment) -> tuple[str, ...]:
    """The time norms the inzet should have a time for: those of its teams, in team order.

    None for an inzet without a GRIP level (no grootschalige alarmering, so no Bvr clock) or
    of a kind that is not measured (:data:`TIMED_KINDS`).
    """
    if deployment.grip is None or deployment.kind not in TIMED_KINDS:
        return ()
    norms = (norm for team in deployment.teams for norm in TEAM_TIME_NORMS.get(team, ()))
    return tuple(dict.fromkeys(norms))


def missing_time_norms(deployment: Deployment) -> tuple[str, ...]:
    """The expected time norms (:func:`expected_time_norms`) without a measured time."""
    return tuple(n for n in expected_time_norms(deployment) if n not in deployment.turnout_minutes)
