"""The operationele prestaties: time norms and the inzetten of the year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tk4.checks.turnout import missing_time_norms
from tk4.model.report import Deployment, LevelJudgement
from tk4.render import prose
from tk4.render.context.badges import TIME_BADGES
from tk4.render.context.labels import DEPLOYMENT_KINDS, LEVEL_LABELS, TEAM_LABELS
from tk4.render.context.sections.shared import Shared
from tk4.render.context.text import anchor_for, one_line
from tk4.render.context.views.operations import (
    DeploymentView,
    Operations,
    PerformanceView,
    TimeNormRow,
    TimeView,
)
from tk4.render.formatting import counted_words, dutch_date, dutch_number, enumeration


def build_operations(shared: Shared) -> Operations:
    """The operationele prestaties: time norms with their counts and every inzet."""
    deployments = sorted(shared.report.deployments, key=lambda d: (d.date, d.id))
    views = tuple(_deployment(shared, deployment) for deployment in deployments)
    measured: Counter[str] = Counter()
    over: Counter[str] = Counter()
    for deployment in deployments:
        for norm_id, minutes in deployment.turnout_minutes.items():
            measured[norm_id] += 1
            over[norm_id] += minutes > shared.catalogue.time_norm_by_id[norm_id].minutes
    rows = tuple(
        TimeNormRow(
            id=norm.id,
            label=norm.label,
            minutes=dutch_number(norm.minutes),
            basis=shared.legal([norm.legal_basis]),
            measured=measured[norm.id],
            over=over[norm.id],
        )
        for norm in shared.catalogue.time_norms
    )
    times_over = sum(over.values())
    missing = sum(len(missing_time_norms(deployment)) for deployment in deployments)
    kinds: Counter[str] = Counter(deployment.kind for deployment in deployments)
    return Operations(
        time_norms=rows,
        deployments=views,
        summary=prose.deployment_sentences(
            shared.report.year,
            [(kinds[kind], *DEPLOYMENT_KINDS[kind]) for kind in DEPLOYMENT_KINDS],
            sum(measured.values()),
            times_over,
            missing,
        ),
        note=_operations_note(shared, views),
        measured=sum(measured.values()),
        times_over=times_over,
        missing=missing,
    )


def _operations_note(shared: Shared, views: Sequence[DeploymentView]) -> str | None:
    """Beside an inspectieoordeel: which of the Inspectie's inzetten the chapter shows."""
    if shared.other is None:
        return None
    judged = sum(1 for view in views if view.judged_by_inspection)
    note = "De inzetten, opkomsttijden en oordelen van de regio komen uit de zelfevaluatie. " + (
        f"Bij {counted_words(judged, 'inzet', 'inzetten')} staat ook het oordeel van "
        "de Inspectie over de prestaties."
        if judged
        else "De Inspectie oordeelt over geen van deze inzetten."
    )
    only = [d for d in shared.other.deployments if d.id not in shared.deployments]
    if only:
        names = enumeration([f"{one_line(d.name)} ({dutch_date(d.date)})" for d in only])
        note += (
            f" Het inspectieoordeel noemt daarnaast {names}; die "
            f"{'inzet staat' if len(only) == 1 else 'inzetten staan'} niet in de "
            f"zelfevaluatie en {'wordt' if len(only) == 1 else 'worden'} hier niet uitgewerkt."
        )
    return note


def _deployment(shared: Shared, deployment: Deployment) -> DeploymentView:
    times = []
    order = {norm.id: index for index, norm in enumerate(shared.catalogue.time_norms)}
    for norm_id, minutes in sorted(
        deployment.turnout_minutes.items(), key=lambda item: order[item[0]]
    ):
        norm = shared.catalogue.time_norm_by_id[norm_id]
        is_over = minutes > norm.minutes
        times.append(
            TimeView(
                label=norm.label,
                norm=dutch_number(norm.minutes),
                actual=dutch_number(minutes),
                over=is_over,
                excess=dutch_number(minutes - norm.minutes) if is_over else "",
                badge=TIME_BADGES[is_over],
            )
        )
    other = next(
        (d for d in (shared.other.deployments if shared.other else ()) if d.id == deployment.id),
        None,
    )
    own_levels = _performance(deployment)
    other_levels = _performance(other) if other is not None else {}
    performance = [
        PerformanceView(
            label,
            shared.levels[own.judgement] if own is not None else None,
            own.explanation if own is not None else None,
            shared.levels[theirs.judgement] if theirs is not None else None,
            theirs.explanation if theirs is not None else None,
        )
        for key, label in LEVEL_LABELS
        for own, theirs in [(own_levels.get(key), other_levels.get(key))]
        if own is not None or theirs is not None
    ]
    evaluation = (
        shared.link(shared.report, shared.documents[deployment.evaluation])
        if deployment.evaluation in shared.documents
        else None
    )
    grip = deployment.grip
    return DeploymentView(
        id=deployment.id,
        anchor=anchor_for("inzet", deployment.id),
        kind=DEPLOYMENT_KINDS[deployment.kind][0],
        name=deployment.name,
        date=dutch_date(deployment.date),
        grip="—" if grip is None else f"GRIP {grip}",
        teams=", ".join(TEAM_LABELS[team] for team in deployment.teams) or "—",
        times=tuple(times),
        performance=tuple(performance),
        judged_by_inspection=bool(other_levels),
        evaluation=evaluation,
        explanation=deployment.explanation,
        findings=shared.findings_at("inzetten", deployment.id),
    )


def _performance(deployment: Deployment) -> dict[str, LevelJudgement]:
    """The judged levels (functie, team, organisatie) of an inzet."""
    if deployment.performance is None:
        return {}
    judged = {
        "functie": deployment.performance.function,
        "team": deployment.performance.team,
        "organisatie": deployment.performance.organisation,
    }
    return {key: judgement for key, judgement in judged.items() if judgement is not None}
