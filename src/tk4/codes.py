"""Validation codes (TK0xx/TK1xx): the one table of code, slug, summary and severity.

Why: YAML loading and model validation both report these codes; keeping them in one base
layer table, with one constructor, means a code's slug and severity cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tk4.findings import Finding, Severity
from tk4.source import KeyPath, Span


@dataclass(frozen=True)
class ValidationCode:
    """A validation finding kind: stable code, slug, a Dutch one-line summary and its severity.

    Most codes are errors that stop a file from being checked; the few remarks on a file as a
    whole (an unused acknowledgement, a duplicate report) are warnings or info.
    """

    code: str
    slug: str
    summary: str
    severity: Severity = Severity.ERROR


VALIDATION_CODES: dict[str, ValidationCode] = {
    c.code: c
    for c in (
        ValidationCode(
            "TK001", "bestand-onleesbaar", "Het bestand of de map kan niet worden gelezen."
        ),
        ValidationCode("TK002", "bestand-te-groot", "Het bestand is groter dan tk4 inleest."),
        ValidationCode("TK003", "geen-utf8", "Het bestand is geen UTF-8-tekst."),
        ValidationCode("TK010", "yaml-syntaxfout", "Het bestand is geen geldige YAML."),
        ValidationCode("TK011", "tab-inspringing", "Inspringen met tabs in plaats van spaties."),
        ValidationCode(
            "TK012", "dubbele-sleutel", "Een sleutel staat twee keer in dezelfde mapping."
        ),
        ValidationCode(
            "TK013", "meerdere-documenten", "Meer dan één YAML-document in een bestand."
        ),
        ValidationCode(
            "TK014", "tag-niet-toegestaan", "Een YAML-tag (!!…); tags worden geweigerd."
        ),
        ValidationCode("TK015", "anker-of-alias", "Ankers en aliassen worden geweigerd."),
        ValidationCode("TK016", "te-diep-genest", "De YAML is dieper genest dan toegestaan."),
        ValidationCode(
            "TK017", "te-veel-waarden", "Het bestand bevat meer waarden dan toegestaan."
        ),
        ValidationCode("TK018", "complexe-sleutel", "Een lijst of mapping als sleutel."),
        ValidationCode("TK019", "verborgen-teken", "Een onzichtbaar stuur- of richtingsteken."),
        ValidationCode("TK020", "geen-zelfevaluatie", "Het document is leeg of geen mapping."),
        ValidationCode("TK101", "onbekende-sleutel", "Een sleutel die het formaat niet kent."),
        ValidationCode("TK102", "ontbrekend-veld", "Een verplicht veld ontbreekt."),
        ValidationCode("TK103", "verkeerd-type", "Een waarde van het verkeerde soort."),
        ValidationCode("TK104", "ongeldige-keuze", "Een waarde buiten de toegestane keuzes."),
        ValidationCode(
            "TK105", "ongeldige-datum", "Een datum die niet bestaat of niet JJJJ-MM-DD is."
        ),
        ValidationCode("TK106", "ongeldige-waarde", "Een waarde buiten het bereik of patroon."),
        ValidationCode(
            "TK110", "onbekende-versie", "Een versie van het toetsingskader die tk4 niet kent."
        ),
        ValidationCode("TK111", "onbekende-regio", "Een regiocode die niet in het register staat."),
        ValidationCode("TK112", "onbekende-norm", "Een norm-id die niet in de catalogus staat."),
        ValidationCode(
            "TK113", "onbekend-element", "Een element-id die niet in de catalogus staat."
        ),
        ValidationCode(
            "TK114", "element-bij-verkeerde-norm", "Een element onder de verkeerde norm."
        ),
        ValidationCode("TK115", "onbekend-oordeel", "Een oordeel dat niet op de schaal staat."),
        ValidationCode(
            "TK116", "onbekend-document", "Een verwijzing naar een document dat niet bestaat."
        ),
        ValidationCode("TK117", "onbekende-bron", "Een bron die geen inzet of document is."),
        ValidationCode(
            "TK118", "dubbel-id", "Twee documenten, inzetten of verbeterpunten met één id."
        ),
        ValidationCode(
            "TK119", "onbekende-tijdnorm", "Een opkomsttijd voor een onbekende tijdnorm."
        ),
        ValidationCode(
            "TK120", "onbekende-regel", "Een uitzondering voor een regel die niet bestaat."
        ),
        ValidationCode(
            "TK121",
            "uitzondering-ongebruikt",
            "Een uitzondering waar geen bevinding van de getoetste regel bij past.",
            Severity.INFO,
        ),
        ValidationCode(
            "TK122",
            "dubbel-verslag",
            "Twee bestanden van dezelfde regio, hetzelfde jaar en dezelfde soort in één run.",
            Severity.WARNING,
        ),
        ValidationCode(
            "TK123",
            "geldig-voor-vastgesteld",
            "Een document dat volgens geldig_tot verloopt voordat het is vastgesteld.",
        ),
        ValidationCode(
            "TK124",
            "uitzondering-verlopen",
            "Een uitzondering waarvan de einddatum ('tot') vóór de peildatum ligt.",
            Severity.INFO,
        ),
        ValidationCode(
            "TK125",
            "peildatum-voor-verslagjaar",
            "Een peildatum die vóór het verslagjaar ligt.",
            Severity.WARNING,
        ),
        ValidationCode(
            "TK126",
            "peildatum-na-opstellen",
            "Een peildatum na de datum waarop het verslag is opgesteld.",
            Severity.WARNING,
        ),
        ValidationCode(
            "TK127",
            "uitzondering-op-wettelijke-plicht",
            "Een uitzondering op een wettelijke plicht: de bevinding blijft, de reden is een "
            "motivering.",
            Severity.INFO,
        ),
    )
}


def finding(
    code: str,
    span: Span,
    message_id: str,
    args: Mapping[str, Any],
    path: KeyPath = (),
    related: tuple[Span, ...] = (),
) -> Finding:
    """A finding for validation ``code``, its slug and severity taken from the table."""
    entry = VALIDATION_CODES[code]
    return Finding(
        code=code,
        slug=entry.slug,
        severity=entry.severity,
        span=span,
        message_id=message_id,
        args=args,
        path=path,
        related=related,
    )
