"""Helpers for the ``tk4 init`` tests: a filled-in report with the region's own comments."""

from __future__ import annotations

import datetime as dt

from tk4.model.catalogue import Catalogue
from tk4.model.regions import RegionRegister
from tk4.scaffold import new_scaffold

USER_COMMENTS = (
    "# eigen opmerking boven oordeel",
    "# besproken in het AB",
    "# over het beleidsplan",
    "# opmerking na de inzetten",
    "# over vp-2",
    "# nog bezig",
    "# slot van het bestand",
)
"""Comments a region wrote into ``filled_report``; all must survive ``--vanaf``."""


def filled_report_text(catalogue: Catalogue, regions: RegionRegister) -> str:
    """A 2025 scaffold that a region filled in partly, with its own comments everywhere."""
    text = new_scaffold(
        catalogue,
        regions.by_code["VR05"],
        2025,
        "zelfevaluatie",
        drafted_on=dt.date(2026, 1, 15),
        schema_ref="zelfevaluatie-4.0.schema.json",
    )
    replacements = {
        "documenten: []": """documenten:
  # over het beleidsplan
  - id: bp-2024
    soort: beleidsplan
    titel: Beleidsplan 2024-2027
  - id: eval-oef
    soort: evaluatie
    titel: Evaluatie oefening april""",
        """      RB.A.1:
        oordeel:
        toelichting:
        bewijs: []""": """      RB.A.1:
        # eigen opmerking boven oordeel
        oordeel: op niveau  # besproken in het AB
        toelichting: Vastgelegd in het beleidsplan.
        bewijs: [bp-2024]""",
        """  RB.B:
    oordeel:""": """  RB.B:
    oordeel: voor verbetering vatbaar""",
        "inzetten: []": """inzetten:
  - id: oef-1
    soort: oefening
    naam: Oefening CoPI
    datum: 2025-04-01
    evaluatie: eval-oef
  - id: inc-1
    soort: incident
    naam: Brand
    datum: 2025-05-01
# opmerking na de inzetten""",
        "verbeterpunten: []": """verbeterpunten:
  - id: vp-1
    omschrijving: Klaar
    status: afgerond
  # over vp-2
  - id: vp-2
    omschrijving: Loopt nog
    bron: oef-1
    status: open  # nog bezig
  - id: vp-3
    omschrijving: Ander punt
    bron: inc-1
    status: in uitvoering
  - id: vp-4
    omschrijving: Niet meer nodig
    status: vervallen""",
        "uitzonderingen: []": """uitzonderingen:
  - regel: TK301
    onderdeel: UV.E.2
    reden: Wordt in de visitatie beoordeeld.
# slot van het bestand""",
    }
    for old, new in replacements.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text
