"""The view of the operationele prestaties: time norms and inzetten."""

from __future__ import annotations

from dataclasses import dataclass

from tk4.render.context.views.blocks import Badge, FindingView, Level, Link


@dataclass(frozen=True)
class TimeNormRow:
    """A Bvr time norm and how the year's inzetten measured against it."""

    id: str
    label: str
    minutes: str
    basis: str
    measured: int
    over: int


@dataclass(frozen=True)
class TimeView:
    """One turn-out time of an inzet against its Bvr norm."""

    label: str
    norm: str
    actual: str
    over: bool
    excess: str
    badge: Badge


@dataclass(frozen=True)
class PerformanceView:
    """How one level (functie, team, organisatie) performed in an inzet.

    ``judgement`` is the region's (None: not judged); ``other`` the Inspectie's, when the
    inspectieoordeel judges the same inzet.
    """

    level: str
    judgement: Level | None
    explanation: str | None
    other: Level | None
    other_explanation: str | None


@dataclass(frozen=True)
class DeploymentView:
    """An inzet (exercise, systeemtest, incident, event) with times and performance.

    ``judged_by_inspection`` is true when the inspectieoordeel judges the same inzet (same
    id); ``performance`` then holds both judgements.
    """

    id: str
    anchor: str
    kind: str
    name: str
    date: str
    grip: str
    teams: str
    times: tuple[TimeView, ...]
    performance: tuple[PerformanceView, ...]
    judged_by_inspection: bool
    evaluation: Link | None
    explanation: str | None
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Operations:
    """The operationele prestaties: time norms, inzetten and their counts.

    ``note`` says, beside an inspectieoordeel, what of the Inspectie's inzetten is shown;
    ``measured`` is how many turn-out times were measured in all (0: the table has no counts);
    ``missing`` how many times of activated teams with a Bvr norm were not recorded (TK606), so
    a missing time never reads as one within the norm.
    """

    time_norms: tuple[TimeNormRow, ...]
    deployments: tuple[DeploymentView, ...]
    summary: str
    note: str | None
    measured: int
    times_over: int
    missing: int = 0
