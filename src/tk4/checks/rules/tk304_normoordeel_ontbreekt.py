"""TK304 normoordeel-ontbreekt: de elementen zijn beoordeeld, de norm zelf niet.

Als ten minste één element van een norm een oordeel heeft, hoort ook de norm een eigen oordeel
te hebben: dat oordeel komt in het overzicht van scores. Een norm zonder oordeel of met *niet
beoordeeld* geeft dan deze melding, bij de norm; het onderdeel is de norm-id. Hebben alle
elementen hetzelfde oordeel en heeft de norm geen oordeel, dan noemt de variant *afgeleid* het
oordeel dat uit de elementen volgt: zo toont het rapport de norm ook (*afgeleid uit de
elementen*, zie :mod:`tk4.checks.derivation`).

Waarom:
    Bron: toetsingskader 4.0, hoofdstuk 3 (de normen) en de regiobeelden van de Inspectie, die
    eindigen met een overzicht van scores per onderwerp. Zonder normoordeel ontbreekt de
    samenvatting waar de lezer naar zoekt.

Opties:
    Geen.

Fout:
    normen:
      RB.A:
        oordeel: niet beoordeeld

Goed:
    normen:
      RB.A:
        oordeel: op niveau
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.derivation import derived_norm_judgement
from tk4.checks.rules._judgements import rank
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every norm without its own judgement while one of its elements is judged."""
    for norm_id, norm in ctx.report.norms.items():
        if rank(ctx.catalogue, norm) is not None:
            continue
        judged = [
            element_id
            for element_id, element in norm.elements.items()
            if rank(ctx.catalogue, element) is not None
        ]
        if not judged:
            continue
        args: dict[str, object] = {"norm": norm_id, "elementen": len(judged)}
        derived = derived_norm_judgement(
            norm, ctx.catalogue.norms[norm_id], ctx.catalogue.scale_by_value
        )
        if derived is not None:
            args["afgeleid"] = derived
            yield Violation(("normen", norm_id), "TK304.afgeleid", args, subject=norm_id)
        else:
            yield Violation(("normen", norm_id), "TK304", args, subject=norm_id)


RULE = Rule(
    code="TK304",
    slug="normoordeel-ontbreekt",
    family="dekking",
    severity=Severity.INFO,
    summary="Elementen van een norm zijn beoordeeld, maar de norm zelf heeft geen oordeel.",
    basis="Toetsingskader 4.0 hoofdstuk 3 en 4",
    check=check,
)
