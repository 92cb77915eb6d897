"""TK302 toelichting-ontbreekt: een oordeel heeft geen of een te korte toelichting.

Een oordeel over een norm of element (alles behalve leeg of *niet beoordeeld*) hoort te zeggen
waaróp het rust. Zonder toelichting, of met alleen een paar woorden, kan een lezer het oordeel
niet volgen. Spaties en regeleinden tellen als één spatie; het onderdeel van de bevinding is de
id van de norm of het element.

Waarom:
    Bron: toetsingskader 4.0, §1.2 (de regio toont zelf aan dat zij aan de normen voldoet) en
    hoofdstuk 4 (per norm de elementen waarop het oordeel rust). Een oordeel zonder
    onderbouwing toont niets aan.

Opties:
    - min_tekens (standaard 40): minimale lengte van de toelichting, spaties samengevoegd.

Fout:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            toelichting: Zie beleidsplan.

Goed:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            toelichting: >-
              Het beleidsplan 2024-2027 legt vast op welke generieke taken de regio zich
              multidisciplinair voorbereidt; het algemeen bestuur stelde het in januari 2024 vast.
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._judgements import judgements, rank
from tk4.checks.rules._text import normalised
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every judged norm or element whose toelichting is missing or too short."""
    minimum: int = ctx.option("min_tekens")
    for judgement in judgements(ctx.report):
        if rank(ctx.catalogue, judgement.assessment) is None:
            continue
        text = normalised(judgement.assessment.explanation)
        args: dict[str, object] = {"soort": judgement.kind, "onderdeel": judgement.id}
        if not text:
            yield Violation(judgement.path, "TK302", args, subject=judgement.id)
        elif len(text) < minimum:
            args |= {"tekens": len(text), "min_tekens": minimum}
            yield Violation(judgement.path, "TK302.te_kort", args, subject=judgement.id)


RULE = Rule(
    code="TK302",
    slug="toelichting-ontbreekt",
    family="dekking",
    severity=Severity.WARNING,
    summary="Een oordeel over een norm of element heeft geen of een te korte toelichting.",
    basis="Toetsingskader 4.0 §1.2 en hoofdstuk 4",
    check=check,
    options={
        "min_tekens": Option(
            40,
            "Minimale lengte van de toelichting, spaties samengevoegd",
            minimum=0,
            maximum=20_000,
        )
    },
)
