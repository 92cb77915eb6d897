"""A region's yearly self-report (zelfevaluatie) or the Inspectie's judgement (inspectieoordeel).

Field names are English; the aliases are the Dutch keys users write in YAML (the user-facing
contract, documented in ``docs/zelfevaluatie.md``). References to the catalogue (norm and
element IDs, the judgement scale), to the region register and to the file's own documents and
inzetten are checked while validating, through a :class:`ReferenceContext` passed as pydantic
validation context, so every bad reference is reported at its own place in one pass.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, Strict, ValidationInfo
from pydantic_core import PydanticCustomError

from tk4.model.base import StrictModel
from tk4.model.catalogue import Catalogue, ScaleLevel, SubPoint
from tk4.model.regions import RegionRegister

ReportKind = Literal["zelfevaluatie", "inspectieoordeel"]
DocumentKind = Literal[
    "risicoprofiel",
    "beleidsplan",
    "crisisplan",
    "oefenbeleidsplan",
    "visitatierapport",
    "kostenevaluatie",
    "jaarverslag",
    "evaluatie",
    "procedure",
    "overig",
]
DeploymentKind = Literal["oefening", "systeemtest", "incident", "evenement"]
GripLevel = Literal[1, 2, 3, 4, 5, "Rijk"]
Team = Literal["meldkamer", "caco", "copi", "rot", "tbz", "gbt", "rbt", "cmct"]
ImprovementKind = Literal["aanbeveling", "verbeterpunt", "good practice"]
ImprovementStatus = Literal["open", "in uitvoering", "afgerond", "vervallen"]
PerformanceLevel = Literal["functie", "team", "organisatie"]

LOCAL_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"


@dataclass(frozen=True)
class ReferenceContext:
    """What references in one file may point at; passed as pydantic validation context."""

    catalogue: Catalogue
    regions: RegionRegister
    document_ids: Collection[str]
    deployment_ids: Collection[str]
    rule_codes: Collection[str]

    @cached_property
    def subpoint_ids(self) -> frozenset[str]:
        """Every sub-point (and sub-sub-point) id of the catalogue."""
        return frozenset(
            point.id
            for element in self.catalogue.elements.values()
            for point in _points(element.children)
        )

    @cached_property
    def source_ids(self) -> frozenset[str]:
        """What a verbeterpunt's ``bron`` may name: an inzet or a document of this file."""
        return frozenset({*self.deployment_ids, *self.document_ids})


def _context(info: ValidationInfo) -> ReferenceContext | None:
    context = info.context
    return context if isinstance(context, ReferenceContext) else None


def suggestions(value: str, candidates: Collection[str]) -> list[str]:
    """The closest candidates to ``value`` (case-insensitive), best first, at most three."""
    by_folded = {candidate.casefold(): candidate for candidate in candidates}
    close = difflib.get_close_matches(value.casefold(), by_folded, n=3, cutoff=0.5)
    return [by_folded[match] for match in close]


def _unknown(
    kind: str,
    value: str,
    candidates: Collection[str],
    *,
    found: list[str] | None = None,
    allowed: Collection[str] = (),
) -> PydanticCustomError:
    """An unknown reference, with the closest candidates and (for short lists) all of them."""
    return PydanticCustomError(
        f"tk4_unknown_{kind}",
        "unknown {kind}: {value}",
        {
            "kind": kind,
            "value": value,
            "suggestions": suggestions(value, candidates) if found is None else found,
            "allowed": list(allowed),
        },
    )


def _misplaced(kind: str, value: str, owner: str) -> PydanticCustomError:
    """A known ID used at the wrong level (an element as a norm, a sub-point as an element)."""
    return PydanticCustomError(
        f"tk4_{kind}", "{value} belongs under {owner}", {"value": value, "owner": owner}
    )


def _check_region(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is not None and value not in context.regions.by_code:
        found = [f"{r.code} ({r.name})" for r in context.regions.suggest(value, limit=3)]
        raise _unknown("region", value, context.regions.by_code, found=found)
    return value


def _check_norm(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is None or value in context.catalogue.norms:
        return value
    catalogue = context.catalogue
    if value in catalogue.elements:
        raise _misplaced("element_as_norm", value, catalogue.norm_of_element[value])
    raise _unknown("norm", value, catalogue.norms, allowed=catalogue.norms)


def _check_element(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is None or value in context.catalogue.elements:
        return value
    catalogue = context.catalogue
    element_of_point = {
        point.id: element.id
        for element in catalogue.elements.values()
        for point in _points(element.children)
    }
    if value in element_of_point:
        raise _misplaced("subpoint_as_element", value, element_of_point[value])
    raise _unknown("element", value, catalogue.elements)


def _check_subpoint(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is None or value in context.subpoint_ids:
        return value
    raise _unknown("subpoint", value, context.subpoint_ids)


def _points(points: list[SubPoint]) -> list[SubPoint]:
    return [p for point in points for p in (point, *_points(point.children))]


def _check_level(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is not None and value not in context.catalogue.scale_by_value:
        scale = context.catalogue.scale_by_value
        raise _unknown("level", value, scale, allowed=scale)
    return value


def _check_document(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is not None and value not in context.document_ids:
        raise _unknown("document", value, context.document_ids)
    return value


def _check_source(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is not None and value not in context.source_ids:
        raise _unknown("source", value, context.source_ids)
    return value


def _check_time_norm(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if context is not None and value not in context.catalogue.time_norm_by_id:
        norms = context.catalogue.time_norm_by_id
        raise _unknown("time_norm", value, norms, allowed=norms)
    return value


def _check_rule(value: str, info: ValidationInfo) -> str:
    """A rule code in any case ("tk502"), as the registry writes it ("TK502")."""
    context = _context(info)
    if context is None or value.upper() in context.rule_codes:
        return value.upper()
    if VALIDATION_CODE.fullmatch(value.upper()):
        raise PydanticCustomError(
            "tk4_validation_code_acknowledged", "{value} is a validation code", {"value": value}
        )
    raise _unknown("rule", value, context.rule_codes)


VALIDATION_CODE = re.compile(r"TK[0-2][0-9]{2}")
"""Codes of validation findings (TK0xx-TK2xx): a broken file cannot be accepted as an exception."""

REASON_MIN_CHARACTERS = 10
"""How many characters other than spaces the reason of an acknowledgement needs at least."""

MAX_TURNOUT_MINUTES = 24 * 60
"""The largest measured time tk4 accepts: a day; more is a typing error, not a turn-out time."""


def _check_reason(value: str) -> str:
    """Refuse a reason with fewer than :data:`REASON_MIN_CHARACTERS` non-space characters.

    Why: a reason of only spaces (or "zie boven") passes a length check but explains nothing.
    """
    visible = len("".join(value.split()))
    if visible < REASON_MIN_CHARACTERS:
        raise PydanticCustomError(
            "tk4_too_short",
            "too short: {length} < {minimum}",
            {"length": visible, "minimum": REASON_MIN_CHARACTERS},
        )
    return value


def _version_text(value: Any) -> Any:
    """Accept ``toetsingskader: 4.0`` (a YAML float) as the version string "4.0"."""
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}.0"
    return value


RegionCode = Annotated[str, AfterValidator(_check_region)]
NormId = Annotated[str, AfterValidator(_check_norm)]
ElementId = Annotated[str, AfterValidator(_check_element)]
SubPointId = Annotated[str, AfterValidator(_check_subpoint)]
Judgement = Annotated[str, AfterValidator(_check_level)]
DocumentRef = Annotated[str, AfterValidator(_check_document)]
SourceRef = Annotated[str, AfterValidator(_check_source)]
TimeNormId = Annotated[str, AfterValidator(_check_time_norm)]
RuleCode = Annotated[str, AfterValidator(_check_rule)]
Reason = Annotated[str, Field(max_length=2000), AfterValidator(_check_reason)]
Minutes = Annotated[float, Field(ge=0, le=MAX_TURNOUT_MINUTES)]
LocalId = Annotated[str, Field(pattern=LOCAL_ID_PATTERN)]
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
Date = Annotated[dt.date, Strict(False), Field(ge=EARLIEST_DATE, le=LATEST_DATE)]
"""A date: unquoted (a YAML date) or quoted ("2025-03-31"), both as JJJJ-MM-DD.

Why: the models are strict (``jaar: "2025"`` is an error), but a quoted date is still the same
date to a reader and to the JSON Schema, so dates alone accept ISO text. Dates outside
1900-2100 are typing errors (and would overflow calendar arithmetic in the rules)."""
Text = Annotated[str, Field(min_length=1, max_length=20_000)]


class Drafted(StrictModel):
    """When and by whom the report was drawn up."""

    date: Date = Field(alias="datum", description="Datum waarop het rapport is opgesteld")
    by: Text = Field(alias="door", description="Wie het rapport heeft opgesteld (team of functie)")


class Document(StrictModel):
    """An entry of the evidence register: a plan, report or procedure, referred to by ``id``."""

    id: LocalId = Field(description="Korte, unieke naam waarmee naar dit document wordt verwezen")
    kind: DocumentKind = Field(alias="soort", description="Soort document")
    title: Text = Field(alias="titel", description="Titel van het document")
    adopted: Date | None = Field(
        default=None, alias="vastgesteld", description="Datum van vaststelling"
    )
    adopted_by: Text | None = Field(
        default=None,
        alias="vastgesteld_door",
        description="Wie het vaststelde (bv. algemeen bestuur)",
    )
    valid_until: Date | None = Field(
        default=None, alias="geldig_tot", description="Einde van de geldigheid (optioneel)"
    )
    reference: Text | None = Field(
        default=None, alias="verwijzing", description="URL of relatief pad naar het document"
    )
    based_on: list[DocumentRef] = Field(
        default_factory=list,
        alias="gebaseerd_op",
        description=(
            "Id's van documenten waarop dit document berust, bv. het risicoprofiel onder het "
            "beleidsplan (Wvr art. 15)"
        ),
    )
    board_position: Date | None = Field(
        default=None,
        alias="standpunt_bestuur",
        description=(
            "Bij een visitatierapport: datum waarop het bestuur zijn standpunt over het rapport "
            "vaststelde (Wvr art. 56)"
        ),
    )
    aligned_with: list[RegionCode] = Field(
        default_factory=list,
        alias="afgestemd_met",
        description=(
            "Bij een crisisplan: codes van de aangrenzende veiligheidsregio's waarmee het is "
            "afgestemd (Wvr art. 16)"
        ),
    )
    aligned_with_states: list[Text] = Field(
        default_factory=list,
        alias="afgestemd_met_buurlanden",
        description=(
            "Bij een crisisplan: aangrenzende staten of hun deelgebieden waarmee het is "
            "afgestemd (Wvr art. 16), bv. 'Provincie Limburg (BE)'"
        ),
    )


class SubPointAssessment(StrictModel):
    """A judgement or note on one sub-point of an element (e.g. UV.A.1.d heralarmering).

    Why: some elements bundle several duties (UV.A.1 has six); the Inspectie can say which one
    falls short without splitting the element's own judgement.
    """

    judgement: Judgement | None = Field(
        default=None, alias="oordeel", description="Oordeel over dit subpunt (optioneel)"
    )
    explanation: Text | None = Field(
        default=None, alias="toelichting", description="Toelichting of notitie bij dit subpunt"
    )


class Assessment(StrictModel):
    """What a norm and an element have in common: judgement, explanation, evidence."""

    judgement: Judgement | None = Field(
        default=None, alias="oordeel", description="Oordeel volgens de schaal van de catalogus"
    )
    explanation: Text | None = Field(
        default=None, alias="toelichting", description="Onderbouwing van het oordeel"
    )
    evidence: list[DocumentRef] = Field(
        default_factory=list, alias="bewijs", description="Id's van documenten uit 'documenten'"
    )
    reconfirm: bool = Field(
        default=False,
        alias="te_herbevestigen",
        description="Overgenomen van vorig jaar; zet op false (of verwijder) na herbevestiging",
    )


class ElementAssessment(Assessment):
    """The judgement of one element of a norm, optionally per sub-point."""

    subpoints: dict[SubPointId, SubPointAssessment] = Field(
        default_factory=dict,
        alias="subpunten",
        description="Optioneel: oordeel of notitie per subpunt van dit element (bv. UV.A.1.d)",
    )


class NormAssessment(Assessment):
    """The judgement of a norm and of its elements."""

    elements: dict[ElementId, ElementAssessment] = Field(
        default_factory=dict, alias="elementen", description="Oordeel per element van de norm"
    )


class LevelJudgement(StrictModel):
    """Performance at one level (functie, team or organisatie) in one inzet."""

    judgement: Judgement = Field(alias="oordeel", description="Oordeel over de prestatie")
    explanation: Text | None = Field(default=None, alias="toelichting", description="Toelichting")


class Performance(StrictModel):
    """Performance per level, as the framework asks (source text §1.3)."""

    function: LevelJudgement | None = Field(
        default=None,
        alias="functie",
        description="Prestatie op het niveau van de functie (individu)",
    )
    team: LevelJudgement | None = Field(
        default=None, alias="team", description="Prestatie op het niveau van het team"
    )
    organisation: LevelJudgement | None = Field(
        default=None,
        alias="organisatie",
        description="Prestatie op het niveau van de organisatie als geheel",
    )

    def judged_levels(self, scale: Mapping[str, ScaleLevel]) -> set[PerformanceLevel]:
        """The levels whose oordeel is a real judgement on ``scale`` (not 'niet beoordeeld').

        Why the scale is passed: the model does not know which levels of the catalogue's scale
        are judgements; an oordeel not on ``scale`` does not count either.
        """
        given: dict[PerformanceLevel, LevelJudgement | None] = {
            "functie": self.function,
            "team": self.team,
            "organisatie": self.organisation,
        }
        return {
            level
            for level, judged in given.items()
            if judged is not None and judged.judgement in scale and scale[judged.judgement].assessed
        }


class Deployment(StrictModel):
    """An exercise, system test, event or GRIP incident of the reporting year."""

    id: LocalId = Field(description="Korte, unieke naam van de inzet")
    kind: DeploymentKind = Field(alias="soort", description="Soort inzet")
    name: Text = Field(alias="naam", description="Korte omschrijving")
    date: Date = Field(alias="datum", description="Datum (van aanvang)")
    grip: GripLevel | None = Field(default=None, description="Hoogste GRIP-niveau (1-5 of Rijk)")
    teams: list[Team] = Field(default_factory=list, description="Ingezette onderdelen")
    turnout_minutes: dict[TimeNormId, Minutes] = Field(
        default_factory=dict,
        alias="opkomst_minuten",
        description="Gerealiseerde tijden in minuten, per tijdnorm van het Bvr",
    )
    performance: Performance | None = Field(
        default=None, alias="prestaties", description="Oordeel per niveau"
    )
    evaluation: DocumentRef | None = Field(
        default=None, alias="evaluatie", description="Id van het evaluatierapport"
    )
    explanation: Text | None = Field(default=None, alias="toelichting", description="Toelichting")
    council_report: DocumentRef | None = Field(
        default=None,
        alias="verslag_raden",
        description=(
            "Bij GRIP 4 of hoger: id van het schriftelijk verslag van de voorzitter aan de raden "
            "van de getroffen gemeenten (Wvr art. 40)"
        ),
    )


class ImprovementPoint(StrictModel):
    """An improvement point, recommendation or good practice, and its follow-up."""

    id: LocalId = Field(description="Unieke naam; houd hem gelijk over de jaren")
    description: Text = Field(alias="omschrijving", description="Wat moet er verbeteren")
    kind: ImprovementKind = Field(default="verbeterpunt", alias="soort", description="Soort")
    source: SourceRef | None = Field(
        default=None, alias="bron", description="Id van de inzet of het document waaruit het volgt"
    )
    norms: list[NormId] = Field(
        default_factory=list, alias="normen", description="Betrokken normen"
    )
    theme: Text | None = Field(
        default=None, alias="thema", description="Thema, voor het herkennen van rode draden"
    )
    owner: Text | None = Field(default=None, alias="eigenaar", description="Eigenaar (een rol)")
    deadline: Date | None = Field(default=None, alias="termijn", description="Uiterste datum")
    status: ImprovementStatus = Field(description="Stand van zaken")
    completed: Date | None = Field(
        default=None, alias="afgerond_op", description="Datum van afronding"
    )
    evidence: list[DocumentRef] = Field(
        default_factory=list, alias="bewijs", description="Documenten die de opvolging tonen"
    )


class Acknowledgement(StrictModel):
    """A finding the region knowingly accepts, with its reason: visible, never silent."""

    rule: RuleCode = Field(alias="regel", description="Code van de regel, bv. TK511")
    subject: Text | None = Field(
        default=None,
        alias="onderdeel",
        description=(
            "Waar het om gaat (norm, element, document, inzet of verbeterpunt); leeg = overal"
        ),
    )
    reason: Reason = Field(
        alias="reden",
        description="Waarom (minstens 10 tekens, spaties niet meegeteld)",
        json_schema_extra={
            "minLength": REASON_MIN_CHARACTERS,
            "pattern": rf"(\S\s*){{{REASON_MIN_CHARACTERS}}}",
        },
    )
    until: Date | None = Field(
        default=None,
        alias="tot",
        description="Laatste dag waarop de uitzondering geldt; daarna telt de bevinding weer",
    )

    def applies_on(self, reference_date: dt.date) -> bool:
        """Whether the acknowledgement still holds at ``reference_date``."""
        return self.until is None or reference_date <= self.until


class SelfReport(StrictModel):
    """A whole zelfevaluatie or inspectieoordeel for one region and year."""

    catalogue_version: Annotated[str, BeforeValidator(_version_text)] = Field(
        alias="toetsingskader", description='Versie van het toetsingskader, bv. "4.0"'
    )
    kind: ReportKind = Field(alias="soort", description="zelfevaluatie of inspectieoordeel")
    region: RegionCode = Field(
        alias="regio", description="Code van de veiligheidsregio (VR01-VR25)"
    )
    year: int = Field(alias="jaar", ge=2018, le=2100, description="Verslagjaar")
    drafted: Drafted = Field(alias="opgesteld", description="Wanneer en door wie opgesteld")
    documents: list[Document] = Field(
        default_factory=list, alias="documenten", description="Register van bewijsstukken"
    )
    norms: dict[NormId, NormAssessment] = Field(
        default_factory=dict, alias="normen", description="Oordeel per norm en element"
    )
    deployments: list[Deployment] = Field(
        default_factory=list, alias="inzetten", description="Oefeningen en incidenten van het jaar"
    )
    improvements: list[ImprovementPoint] = Field(
        default_factory=list, alias="verbeterpunten", description="Verbeterpunten en opvolging"
    )
    acknowledgements: list[Acknowledgement] = Field(
        default_factory=list,
        alias="uitzonderingen",
        description="Bevindingen die bewust worden geaccepteerd, met reden",
    )

    def element(self, element_id: str, norm_id: str) -> ElementAssessment | None:
        """The assessment of ``element_id`` (under ``norm_id``), if present."""
        norm = self.norms.get(norm_id)
        return None if norm is None else norm.elements.get(element_id)
