"""TK701 verbeterpunt-onvolledig: een openstaand verbeterpunt heeft geen eigenaar of termijn.

Een aanbeveling of verbeterpunt dat op de peildatum openstond (status *open* of *in
uitvoering*, of pas na de peildatum *afgerond*) moet zijn toegewezen aan een eigenaar (een rol)
en een termijn hebben; anders kan niemand toezien op de uitvoering. Good practices, vervallen
punten en punten die op de peildatum al waren afgerond vallen buiten deze regel. De melding
staat bij het verbeterpunt, noemt de soort (aanbeveling of verbeterpunt) en zegt wat ontbreekt;
het onderdeel is de id van het punt.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B: aanbevelingen en verbeterpunten worden vastgelegd en
    toegewezen, en er wordt toegezien op de daadwerkelijke implementatie.

Opties:
    Geen.

Fout:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        termijn: 2026-06-30
        status: open
        bewijs: [eval-st-2025]

Goed:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2026-06-30
        status: open
        bewijs: [eval-st-2025]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.improvements import is_open, standing
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every recommendation or verbeterpunt open on the peildatum without eigenaar/termijn."""
    for index, point in enumerate(ctx.report.improvements):
        if not is_open(point, ctx.reference_date):
            continue
        missing = [
            name
            for name, value in (("eigenaar", point.owner), ("termijn", point.deadline))
            if value is None
        ]
        if missing:
            args = {
                "soort": point.kind,
                "verbeterpunt": point.id,
                "stand": standing(point, ctx.reference_date, ctx.report.drafted.date),
                "ontbreekt": tuple(missing),
            }
            yield Violation(("verbeterpunten", index), "TK701", args, subject=point.id)


RULE = Rule(
    code="TK701",
    slug="verbeterpunt-onvolledig",
    family="leren",
    severity=Severity.WARNING,
    summary="Een openstaand verbeterpunt heeft geen eigenaar of geen termijn.",
    basis="Toetsingskader 4.4 B",
    check=check,
)
