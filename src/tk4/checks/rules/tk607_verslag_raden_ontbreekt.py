"""TK607 verslag-raden-ontbreekt: na GRIP 4 of hoger ontbreekt het verslag aan de gemeenteraden.

Na een ramp of crisis van meer dan plaatselijke betekenis brengt de voorzitter van de
veiligheidsregio schriftelijk verslag uit aan de raden van de getroffen gemeenten. tk4 leest
dat af aan het GRIP-niveau: bij een incident of evenement met GRIP 4, GRIP 5 of GRIP Rijk
(bovenlokaal, met een regionaal beleidsteam) hoort ``verslag_raden`` te verwijzen naar dat
verslag in ``documenten``. Ontbreekt het ``termijn_weken`` weken na de inzet nog, dan staat de
melding bij de inzet; het onderdeel is de id van de inzet.

Waarom:
    Bron: Wet veiligheidsregio's art. 40, eerste lid: de voorzitter brengt na afloop van een
    ramp of crisis van meer dan plaatselijke betekenis, in overeenstemming met de burgemeesters
    uit het regionaal beleidsteam, schriftelijk verslag uit aan de raden van de getroffen
    gemeenten (nagegaan in de wettekst BWBR0027466 van statengeneraal/laws-markdown; de actuele
    geconsolideerde tekst kan licht afwijken). Dat GRIP 4 zo'n ramp of crisis aanduidt, is een
    afspraak (GRIP is geen wet): de regel is daarom een waarschuwing. De wet noemt geen termijn;
    ``termijn_weken`` is de tijd die tk4 redelijk acht. Een wettelijke plicht: een uitzondering
    houdt de bevinding in stand.

Opties:
    - termijn_weken (standaard 13): hoeveel weken na de inzet het verslag er mag zijn.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: overstroming-2025
        soort: incident
        naam: Dijkdoorbraak langs de Vecht
        datum: 2025-02-03
        grip: 4
        teams: [rbt]
        evaluatie: eval-st-2025

Goed:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 3
        teams: [meldkamer, copi, rot, gbt]
        opkomst_minuten: {alarmering: 1.5, copi: 25, rot: 40, gbt: 50}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
      - id: overstroming-2025
        soort: incident
        naam: Dijkdoorbraak langs de Vecht
        datum: 2025-02-03
        grip: 4
        teams: [rbt]
        evaluatie: eval-st-2025
        verslag_raden: jaarverslag-2024
"""

import datetime as dt
from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._grip import GRIP_KINDS, grip_rank
from tk4.findings import Severity

MIN_GRIP = 4
"""GRIP 4 and higher: a ramp or crisis of more than local significance (Wvr art. 39)."""


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every GRIP 4+ incident or evenement, past the term, without a report to councils."""
    weeks: int = ctx.option("termijn_weken")
    for index, deployment in enumerate(ctx.report.deployments):
        grip = deployment.grip
        if deployment.kind not in GRIP_KINDS or grip is None or grip_rank(grip) < MIN_GRIP:
            continue
        if deployment.council_report is not None:
            continue
        if ctx.reference_date < deployment.date + dt.timedelta(weeks=weeks):
            continue
        args = {
            "inzet": deployment.id,
            "grip": grip,
            "soort": deployment.kind,
            "datum": deployment.date,
            "termijn_weken": weeks,
        }
        yield Violation(("inzetten", index), "TK607", args, subject=deployment.id)


RULE = Rule(
    code="TK607",
    slug="verslag-raden-ontbreekt",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Na een GRIP 4-inzet (of hoger) ontbreekt het verslag aan de gemeenteraden.",
    basis="Wvr art. 40 lid 1",
    check=check,
    options={
        "termijn_weken": Option(
            13,
            "Hoeveel weken na de inzet (tot de peildatum) het verslag aan de raden er mag zijn",
            minimum=0,
            maximum=104,
        )
    },
    statutory=True,
    since="0.2.0",
)
