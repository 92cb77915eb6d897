"""TK301 element-niet-beoordeeld: een element van een norm is niet beoordeeld.

Het toetsingskader vraagt de veiligheidsregio per norm te laten zien dat zij aan de elementen
voldoet (hoofdstuk 4). Een element zonder oordeel, of met *niet beoordeeld*, is een witte vlek in
de zelfevaluatie. Een norm die helemaal ontbreekt geeft één bevinding per ontbrekend element.

Een element dat de regio bewust op *niet beoordeeld* zet én in ``toelichting`` zegt waarom
(bijvoorbeeld: de nafase loopt nog), is geen witte vlek maar een keuze: dat geeft alleen een
melding (ernst *info*, variant *met reden*), ongeacht de ingestelde ernst van de regel.

Waarom:
    Bron: toetsingskader 4.0, §1.2 (de regio toont zelf aan dat zij aan de normen voldoet) en
    hoofdstuk 4 (de elementen per norm). Een leeg scaffold van ``tk4 init`` is geldig, maar
    laat met deze waarschuwing zien wat nog moet. Een beredeneerd *niet beoordeeld* is wat een
    zorgvuldige regio doet als er (nog) niets te beoordelen valt; dat een waarschuwing noemen
    zou een inspecteur onterecht vinden.

Opties:
    Geen.

Fout:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            oordeel: niet beoordeeld

Goed:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            oordeel: op niveau
            toelichting: >-
              Het algemeen bestuur heeft in het beleidsplan 2024-2027 vastgelegd op welke
              generieke taken de regio zich multidisciplinair voorbereidt.
            bewijs: [beleidsplan]
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every element of the catalogue that has no judgement (or 'niet beoordeeld')."""
    scale = ctx.catalogue.scale_by_value
    for norm_id, norm in ctx.catalogue.norms.items():
        norm_assessment = ctx.report.norms.get(norm_id)
        for element in norm.elements:
            assessment = (
                None if norm_assessment is None else norm_assessment.elements.get(element.id)
            )
            judgement = None if assessment is None else assessment.judgement
            if judgement is not None and scale[judgement].assessed:
                continue
            path: tuple[str, ...] = ("normen", norm_id, "elementen", element.id)
            if assessment is None:
                path = ("normen", norm_id) if norm_assessment is not None else ("normen",)
            reasoned = judgement is not None and assessment is not None and assessment.explanation
            yield Violation(
                path=path,
                message_id="TK301.met_reden" if reasoned else "TK301",
                args={"element": element.id},
                subject=element.id,
                info=bool(reasoned),
            )


RULE = Rule(
    code="TK301",
    slug="element-niet-beoordeeld",
    family="dekking",
    severity=Severity.WARNING,
    summary="Een element van een norm heeft (nog) geen oordeel.",
    basis="Toetsingskader 4.0 §1.2 en hoofdstuk 4",
    check=check,
    in_validate=True,
)
