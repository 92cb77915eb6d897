"""TK703 norm-op-niveau-met-achterstand: hoogste oordeel ondanks een achterstallig verbeterpunt.

Een norm met het hoogste oordeel van de schaal (nu *op niveau*) terwijl een verbeterpunt dat
die norm noemt (``normen``) op de peildatum over zijn termijn was en nog openstond (zoals bij
TK702), is te rooskleurig: wat nog moet verbeteren, is niet op niveau. De melding staat bij
de norm en noemt de achterstallige verbeterpunten; het onderdeel is de norm-id. Het
achterstallige verbeterpunt zelf meldt TK702.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B (leren en bijstellen: toezien op de implementatie van
    verbeterpunten) en §1.2 (de regio toont zelf aan dat zij aan de normen voldoet). Het
    hoogste oordeel volgt uit de rangorde van de schaal in de catalogus.

Opties:
    Geen.

Fout:
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2025-09-30
        status: open
        bewijs: [eval-st-2025]

Goed:
    normen:
      UV.C:
        oordeel: in de basis op orde
        elementen:
          UV.C.1:
            oordeel: in de basis op orde
    verbeterpunten:
      - id: vp-2025-01
        omschrijving: Informatie tussen CoPI en ROT wordt te laat gedeeld.
        bron: st-2025
        normen: [UV.C]
        thema: informatiedeling
        eigenaar: Directeur Veiligheidsregio
        termijn: 2025-09-30
        status: open
        bewijs: [eval-st-2025]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.improvements import is_overdue, last_known
from tk4.checks.rules._judgements import rank, ranks
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every norm at the top rank that an overdue, unfinished verbeterpunt refers to."""
    top = ranks(ctx.catalogue)[-1]
    overdue: dict[str, list[str]] = {}
    known = last_known(ctx.reference_date, ctx.report.drafted.date)
    for point in ctx.report.improvements:
        if is_overdue(point, known):
            for norm_id in point.norms:
                overdue.setdefault(norm_id, []).append(f"'{point.id}'")
    for norm_id, norm in ctx.report.norms.items():
        if norm_id in overdue and rank(ctx.catalogue, norm) == top:
            args = {
                "norm": norm_id,
                "oordeel": norm.judgement,
                "verbeterpunten": tuple(overdue[norm_id]),
            }
            yield Violation(("normen", norm_id), "TK703", args, subject=norm_id)


RULE = Rule(
    code="TK703",
    slug="norm-op-niveau-met-achterstand",
    family="leren",
    severity=Severity.WARNING,
    summary="Een norm heeft het hoogste oordeel terwijl een verbeterpunt erover achterloopt.",
    basis="Toetsingskader 4.4 B en §1.2",
    check=check,
)
