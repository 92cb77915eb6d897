"""Fixed texts of the report: labels of kinds, teams and levels, and how registers are named."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DISCLAIMER = "Aan deze publicatie kunnen geen rechten worden ontleend."
MAIN_GAPS_SHOWN = 10
RODE_DRAAD_RULE = "TK704"
ONLY_INSPECTION = "alleen beoordeeld door de Inspectie"
ONLY_REGION = "alleen beoordeeld door de regio"
OWN_ORIGIN = "zelfevaluatie"
OTHER_ORIGIN = "inspectieoordeel"
BOTH_ORIGINS = "zelfevaluatie en inspectieoordeel"

KIND_LABELS = {"zelfevaluatie": "Zelfevaluatie", "inspectieoordeel": "Inspectieoordeel"}
DOCUMENT_KIND_LABELS: Mapping[str, str] = {
    "risicoprofiel": "Risicoprofiel",
    "beleidsplan": "Beleidsplan",
    "crisisplan": "Crisisplan",
    "oefenbeleidsplan": "Oefenbeleidsplan",
    "visitatierapport": "Visitatierapport",
    "kostenevaluatie": "Kostenevaluatie",
    "jaarverslag": "Jaarverslag",
    "evaluatie": "Evaluatie",
    "procedure": "Procedure",
    "overig": "Overig",
}
DEPLOYMENT_KINDS: Mapping[str, tuple[str, str]] = {
    "incident": ("incident", "incidenten"),
    "oefening": ("oefening", "oefeningen"),
    "systeemtest": ("systeemtest", "systeemtests"),
    "evenement": ("evenement", "evenementen"),
}
TEAM_LABELS = {
    "meldkamer": "meldkamer",
    "caco": "CaCo",
    "copi": "CoPI",
    "rot": "ROT",
    "tbz": "TBZ",
    "gbt": "GBT",
    "rbt": "RBT",
    "cmct": "CmCt",
}
LEVEL_LABELS = (("functie", "Functie"), ("team", "Team"), ("organisatie", "Organisatie"))


@dataclass(frozen=True)
class Register:
    """How the report names the main file's register: the region's or the Inspectie's points."""

    singular: str
    plural: str
    where: str
    heading: str
    caption: str
    column: str
    subject: str


REGION_REGISTER = Register(
    "verbeterpunt",
    "verbeterpunten",
    "in het register",
    "Verbeterpunten van de regio",
    "Register van verbeterpunten, aanbevelingen en good practices van de regio",
    "Verbeterpunt",
    "Het register van de regio",
)
INSPECTION_REGISTER = Register(
    "aanbeveling",
    "aanbevelingen",
    "van de Inspectie",
    "Aanbevelingen van de Inspectie",
    "Aanbevelingen en verbeterpunten van de Inspectie",
    "Aanbeveling",
    "Het inspectieoordeel",
)
