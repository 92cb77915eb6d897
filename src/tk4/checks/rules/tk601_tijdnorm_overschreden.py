"""TK601 tijdnorm-overschreden: een gemeten tijd ligt boven de tijdnorm van het Bvr.

Voor elke inzet vergelijkt de regel iedere waarde onder ``opkomst_minuten`` met de tijdnorm
van die naam in de catalogus (bijvoorbeeld ``copi``: 30 minuten, ``rot``: 45 minuten). Precies
de norm is op tijd; daarboven volgt één melding per tijdnorm, bij die waarde. Het onderdeel is
de id van de inzet, zodat één uitzondering alle tijden van die inzet dekt.

Waarom:
    Bron: Besluit veiligheidsregio's art. 2.2.3, 2.2.4, 2.3.1 en 2.4.2 (alarmering,
    incidentbeschrijving, opkomsttijden van CoPI, ROT, TBZ en GBT, verwerking in het beeld);
    toetsingskader 4.0, §4.3 A en B. De minuten en het artikel komen uit de catalogus.

Opties:
    Geen.

Fout:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 35, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025

Goed:
    inzetten:
      - id: st-2025
        soort: systeemtest
        naam: Systeemtest hoofdstructuur
        datum: 2025-10-02
        grip: 2
        teams: [meldkamer, copi, rot]
        opkomst_minuten: {copi: 30, rot: 40}
        prestaties:
          functie: {oordeel: op niveau}
          team: {oordeel: op niveau}
          organisatie: {oordeel: op niveau}
        evaluatie: eval-st-2025
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every measured time of an inzet above its Bvr time norm."""
    for index, deployment in enumerate(ctx.report.deployments):
        for norm_id, minutes in deployment.turnout_minutes.items():
            norm = ctx.catalogue.time_norm_by_id[norm_id]
            if minutes <= norm.minutes:
                continue
            basis = ctx.catalogue.legal_by_id[norm.legal_basis]
            args = {
                "inzet": deployment.id,
                "tijdnorm": norm_id,
                "omschrijving": norm.label,
                "gemeten": minutes,
                "norm": norm.minutes,
                "artikel": f"{basis.law} art. {basis.article}",
            }
            path = ("inzetten", index, "opkomst_minuten", norm_id)
            yield Violation(path, "TK601", args, subject=deployment.id)


RULE = Rule(
    code="TK601",
    slug="tijdnorm-overschreden",
    family="prestaties",
    severity=Severity.WARNING,
    summary="Een gemeten opkomst- of alarmeringstijd ligt boven de tijdnorm van het Bvr.",
    basis="Bvr art. 2.2.3, 2.2.4, 2.3.1 en 2.4.2; toetsingskader 4.3 A en B",
    check=check,
    statutory=True,
)
