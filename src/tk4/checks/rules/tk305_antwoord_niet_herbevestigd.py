"""TK305 antwoord-niet-herbevestigd: een van vorig jaar overgenomen oordeel is niet herbevestigd.

``tk4 init --vanaf`` neemt de oordelen, toelichtingen en het bewijs van vorig jaar over en zet
bij elk overgenomen antwoord ``te_herbevestigen: true``. Zolang die markering staat, is niet
zeker dat het oordeel nog klopt voor het nieuwe verslagjaar. De melding staat bij de norm of
het element; het onderdeel is de norm- of element-id. Haal de markering weg (of zet haar op
``false``) zodra het antwoord is nagelopen.

Waarom:
    Bron: toetsingskader 4.0, §1.2 en §1.3: de regio laat jaarlijks zien hoe zij presteert. Een
    ongezien overgenomen oordeel van vorig jaar is geen zelfevaluatie over dit jaar.

Opties:
    Geen.

Fout:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            te_herbevestigen: true

Goed:
    normen:
      RB.A:
        elementen:
          RB.A.1:
            te_herbevestigen: false
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._judgements import judgements
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every norm or element answer still marked ``te_herbevestigen``."""
    for judgement in judgements(ctx.report):
        if judgement.assessment.reconfirm:
            yield Violation(
                path=(*judgement.path, "te_herbevestigen"),
                message_id="TK305",
                args={"kind": judgement.kind, "id": judgement.id},
                subject=judgement.id,
            )


RULE = Rule(
    code="TK305",
    slug="antwoord-niet-herbevestigd",
    family="dekking",
    severity=Severity.WARNING,
    summary="Een van vorig jaar overgenomen antwoord is nog niet herbevestigd.",
    basis="Toetsingskader 4.0 §1.2 en §1.3",
    check=check,
    in_validate=True,
)
