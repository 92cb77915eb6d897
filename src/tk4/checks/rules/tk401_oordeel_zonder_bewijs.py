"""TK401 oordeel-zonder-bewijs: een positief oordeel zonder bewijsstuk.

Een oordeel boven het laagste niveau van de schaal (nu *in de basis op orde* en *op niveau*)
zegt dat iets op orde is; dat hoort te blijken uit ten minste één document uit ``documenten``.
Een norm of element met zo'n oordeel en een lege ``bewijs``-lijst geeft deze melding, bij de
norm of het element; het onderdeel is de id daarvan. Voor het laagste oordeel (*voor verbetering
vatbaar*) is geen bewijs nodig.

Waarom:
    Bron: toetsingskader 4.0, §1.2 (de regio toont zelf aan dat zij aan de normen voldoet) en
    §4.4 A (de regio verantwoordt zich). Wat op orde is, is aan te wijzen; welke oordelen
    "positief" zijn volgt uit de rangorde van de schaal in de catalogus.

Opties:
    Geen.

Fout:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            bewijs: []

Goed:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            bewijs: [beleidsplan, risicoprofiel]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._judgements import judgements, rank, ranks
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every norm or element judged above the lowest level without any evidence."""
    lowest = ranks(ctx.catalogue)[0]
    for judgement in judgements(ctx.report):
        judged_rank = rank(ctx.catalogue, judgement.assessment)
        if judged_rank is None or judged_rank <= lowest or judgement.assessment.evidence:
            continue
        args = {
            "soort": judgement.kind,
            "onderdeel": judgement.id,
            "oordeel": judgement.assessment.judgement,
        }
        yield Violation(judgement.path, "TK401", args, subject=judgement.id)


RULE = Rule(
    code="TK401",
    slug="oordeel-zonder-bewijs",
    family="bewijs",
    severity=Severity.WARNING,
    summary="Een norm of element is positief beoordeeld zonder bewijsstuk.",
    basis="Toetsingskader 4.0 §1.2 en §4.4 A",
    check=check,
)
