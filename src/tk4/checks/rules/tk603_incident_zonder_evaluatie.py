"""TK603 incident-zonder-evaluatie: een GRIP-incident is niet geëvalueerd.

Een inzet met ``soort: incident`` en een GRIP-niveau van ten minste ``min_grip`` hoort een
``evaluatie`` te hebben: een document uit ``documenten``. GRIP Rijk telt als het hoogste
niveau; een incident zonder GRIP-niveau valt buiten deze regel. De melding staat bij de inzet;
het onderdeel is de id van de inzet.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B (de inzet van de crisisorganisatie wordt systematisch met
    betrokken partners geëvalueerd) en §1.3 (zicht op prestaties bij GRIP-incidenten).

Opties:
    - min_grip (standaard 1): vanaf welk GRIP-niveau een incident een evaluatie moet hebben.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 25, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 1
        teams: [meldkamer, copi]

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}
      - {id: eval-inc-2025-03, soort: evaluatie, titel: Evaluatie brand loods,
         vastgesteld: 2025-05-02}
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 25, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: inc-2025-03
        soort: incident
        naam: Brand in loods met asbest
        datum: 2025-03-14
        grip: 1
        teams: [meldkamer, copi]
        evaluatie: eval-inc-2025-03
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.findings import Severity
from tk4.model.report import GripLevel

RIJK_RANK = 6
"""GRIP Rijk ranks above GRIP 5 when compared with ``min_grip``."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every incident at or above min_grip without an evaluatie."""
    min_grip: int = ctx.option("min_grip")
    for index, deployment in enumerate(ctx.report.deployments):
        if deployment.kind != "incident" or deployment.grip is None:
            continue
        if deployment.evaluation is None and _grip_rank(deployment.grip) >= min_grip:
            args = {"inzet": deployment.id, "grip": deployment.grip}
            yield Violation(("inzetten", index), "TK603", args, subject=deployment.id)


def _grip_rank(grip: GripLevel) -> int:
    return RIJK_RANK if grip == "Rijk" else grip


RULE = Rule(
    code="TK603",
    slug="incident-zonder-evaluatie",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een GRIP-incident heeft geen evaluatie.",
    basis="Toetsingskader 4.4 B en §1.3",
    check=check,
    options={"min_grip": Option(1, "Vanaf welk GRIP-niveau een incident geëvalueerd moet zijn")},
)
