"""TK303 normoordeel-tegenstrijdig: het oordeel over een norm past niet bij dat over de elementen.

Het oordeel over een norm vat de oordelen over haar elementen samen. Het mag niet hoger zijn
dan het best beoordeelde element en niet lager dan het slechtst beoordeelde. Het hoogste oordeel
(*op niveau*: voldoet aan de norm en de elementen ervan) vraagt bovendien dat alle beoordeelde
elementen dat oordeel hebben: een norm *op niveau* terwijl een element *voor verbetering
vatbaar* is, spreekt zichzelf tegen; een norm *in de basis op orde* met zo'n element niet.
Elementen zonder oordeel (of *niet beoordeeld*) tellen niet mee. De bevinding staat bij de norm
en noemt het slechtst beoordeelde element; het onderdeel is de norm-id.

Waarom:
    Bron: toetsingskader 4.0, hoofdstuk 4: een norm is uitgewerkt in elementen, het oordeel
    over de norm rust dus op die elementen. De volgorde van de oordelen komt uit de schaal van
    de catalogus (rangorde), niet uit de tekst van de oordelen; de schaal omschrijft het
    hoogste oordeel als "voldoet aan de norm en de elementen ervan".

Opties:
    Geen.

Fout:
    normen:
      UV.C:
        elementen:
          UV.C.1:
            oordeel: voor verbetering vatbaar

Goed:
    normen:
      UV.C:
        oordeel: in de basis op orde
        elementen:
          UV.C.1:
            oordeel: voor verbetering vatbaar
"""

from collections.abc import Iterator

from tk4.checks.base import CheckContext, Rule, Violation
from tk4.checks.rules._judgements import rank, ranks
from tk4.findings import Severity


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield every norm judged above or below what its judged elements allow."""
    top = ranks(ctx.catalogue)[-1]
    for norm_id, norm in ctx.report.norms.items():
        norm_rank = rank(ctx.catalogue, norm)
        ranked = [
            (element_rank, element_id, element.judgement)
            for element_id, element in norm.elements.items()
            if (element_rank := rank(ctx.catalogue, element)) is not None
        ]
        if norm_rank is None or not ranked:
            continue
        worst_rank, element_id, element_judgement = min(ranked, key=lambda item: item[0])
        best_rank = max(item[0] for item in ranked)
        if norm_rank > best_rank or (norm_rank == top and worst_rank < top):
            message_id = "TK303"
        elif norm_rank < worst_rank:
            message_id = "TK303.te_laag"
        else:
            continue
        args = {
            "norm": norm_id,
            "oordeel": norm.judgement,
            "element": element_id,
            "element_oordeel": element_judgement,
        }
        yield Violation(("normen", norm_id), message_id, args, subject=norm_id)


RULE = Rule(
    code="TK303",
    slug="normoordeel-tegenstrijdig",
    family="dekking",
    severity=Severity.WARNING,
    summary="Het oordeel over een norm ligt buiten de oordelen over haar elementen.",
    basis="Toetsingskader 4.0 hoofdstuk 4 (norm en elementen)",
    check=check,
)
