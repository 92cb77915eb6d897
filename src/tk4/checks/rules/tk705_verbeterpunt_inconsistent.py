"""TK705 verbeterpunt-inconsistent: status en datum van afronding van een punt spreken elkaar tegen.

Een punt in het register (aanbeveling, verbeterpunt of good practice) is alleen te volgen als
status en ``afgerond_op`` bij elkaar passen. De regel meldt drie tegenspraken, bij het veld dat
niet klopt; het onderdeel is de id van het punt:

- status *afgerond* zonder ``afgerond_op``: niemand kan nagaan wanneer het punt klaar was (de
  leerregels tellen het als afgerond);
- ``afgerond_op`` bij een andere status (*open*, *in uitvoering* of *vervallen*): is het punt
  nu af of niet?
- ``afgerond_op`` na de datum waarop de zelfevaluatie is opgesteld (``opgesteld.datum``): een
  afronding in de toekomst kan niet.

Een ``afgerond_op`` na de *peildatum* is geen tegenspraak: het punt was dan op de peildatum nog
niet af, en zo tellen TK701-TK704 het ook.

Waarom:
    Bron: toetsingskader 4.0, §4.4 B: aanbevelingen en verbeterpunten worden vastgelegd en er
    wordt toegezien op de daadwerkelijke implementatie. Toezien kan alleen op een register
    waarin stand en datum kloppen.

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
        termijn: 2026-06-30
        status: afgerond
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
        status: afgerond
        afgerond_op: 2025-11-20
        bewijs: [eval-st-2025]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every point whose status and afgerond_op contradict each other or the report."""
    drafted = ctx.report.drafted.date
    for index, point in enumerate(ctx.report.improvements):
        at = ("verbeterpunten", index)
        args: dict[str, object] = {"soort": point.kind, "verbeterpunt": point.id}
        if point.completed is None:
            if point.status == "afgerond":
                yield Violation((*at, "status"), "TK705.zonder_datum", args, subject=point.id)
            continue
        args["afgerond_op"] = point.completed
        if point.status != "afgerond":
            args["status"] = point.status
            yield Violation((*at, "afgerond_op"), "TK705.niet_afgerond", args, subject=point.id)
        elif point.completed > drafted:
            args["opgesteld"] = drafted
            yield Violation((*at, "afgerond_op"), "TK705.na_opstellen", args, subject=point.id)


RULE = Rule(
    code="TK705",
    slug="verbeterpunt-inconsistent",
    family="leren",
    severity=Severity.WARNING,
    summary="Status en afgerond_op van een verbeterpunt spreken elkaar tegen.",
    basis="Toetsingskader 4.4 B",
    check=check,
)
