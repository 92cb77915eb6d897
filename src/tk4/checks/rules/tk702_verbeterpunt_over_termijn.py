"""TK702 verbeterpunt-over-termijn: de termijn van een verbeterpunt is verstreken.

Een verbeterpunt (of aanbeveling) waarvan de ``termijn`` vóór de peildatum ligt en dat op de
peildatum nog openstond, loopt achter: het staat nog op *open* of *in uitvoering*, of is pas na
de peildatum *afgerond* (``afgerond_op`` na de peildatum; zo blijft een controle met een
peildatum in het verleden kloppen). Zet het op *afgerond* (met ``afgerond_op``), op
*vervallen*, of stel de termijn bewust bij. Good practices vallen buiten deze regel. De melding
staat bij het punt en noemt de soort (aanbeveling of verbeterpunt); het onderdeel is de id van
het punt. Ligt de peildatum na de datum van opstellen (``opgesteld.datum``), dan telt die datum:
het bestand zegt niet of een punt daarna nog openstond (zo ook TK703 en TK704).

Waarom:
    Bron: toetsingskader 4.0, §4.4 B: er wordt toegezien op de daadwerkelijke implementatie van
    de aanbevelingen en verbeterpunten.

Opties:
    Geen.

Fout:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2025-09-30
        status: in uitvoering
        bewijs: [eval-st-2025]

Goed:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2025-09-30
        status: afgerond
        afgerond_op: 2025-09-12
        bewijs: [eval-st-2025]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.improvements import is_overdue, last_known, standing
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every recommendation or verbeterpunt still open on the peildatum after its termijn."""
    for index, point in enumerate(ctx.report.improvements):
        known = last_known(ctx.reference_date, ctx.report.drafted.date)
        if point.deadline is None or not is_overdue(point, known):
            continue
        args = {
            "soort": point.kind,
            "verbeterpunt": point.id,
            "termijn": point.deadline,
            "stand": standing(point, ctx.reference_date, ctx.report.drafted.date),
        }
        yield Violation(("verbeterpunten", index), "TK702", args, subject=point.id)


RULE = Rule(
    code="TK702",
    slug="verbeterpunt-over-termijn",
    family="leren",
    severity=Severity.WARNING,
    summary="Een verbeterpunt is na zijn termijn nog niet afgerond.",
    basis="Toetsingskader 4.4 B",
    check=check,
)
