"""TK511 beleidsplan-risicoprofiel: het beleidsplan berust niet op een actueel risicoprofiel.

Het beleidsplan is mede gebaseerd op een door het bestuur vastgesteld risicoprofiel. De regel
neemt het beleidsplan dat op de peildatum gold en het risicoprofiel waarop het berust: de
risicoprofielen die het beleidsplan in ``gebaseerd_op`` noemt, of anders het nieuwste
risicoprofiel dat op of vóór de vaststelling van het beleidsplan is vastgesteld. Een melding,
bij het beleidsplan, volgt als er op de dag van vaststelling geen vastgesteld risicoprofiel was
(variant *ontbreekt*), als het genoemde risicoprofiel pas later is vastgesteld (variant *later*)
of als het toen niet meer actueel was: verlopen volgens ``geldig_tot`` (variant *verlopen*) of
ouder dan ``max_jaren`` jaar (variant *verouderd*). Zonder geldig beleidsplan zwijgt de regel
(dat meldt TK501).

Waarom:
    Bron: Wet veiligheidsregio's art. 15, eerste lid: het beleidsplan, bedoeld in artikel 14, is
    mede gebaseerd op een door het bestuur vastgesteld risicoprofiel (nagegaan in de wettekst
    BWBR0027466 van statengeneraal/laws-markdown; de actuele geconsolideerde tekst kan licht
    afwijken). Dat het risicoprofiel daarvoor niet ouder dan vier jaar mag zijn, staat niet in
    de wet: het is de praktijk van de vierjaarlijkse cyclus, waarin het risicoprofiel vóór elk
    nieuw beleidsplan wordt herzien (zie TK503). Een wettelijke plicht: een uitzondering houdt
    de bevinding in stand. Een waarschuwing, omdat de leeftijd een praktijknorm is.

Opties:
    - max_jaren (standaard 4): hoe oud het risicoprofiel bij de vaststelling van het
      beleidsplan ten hoogste mocht zijn.

Fout:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15,
         gebaseerd_op: [risicoprofiel-oud]}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06]}
      - {id: risicoprofiel-oud, soort: risicoprofiel, titel: Risicoprofiel 2018,
         vastgesteld: 2018-06-01}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01,
         standpunt_bestuur: 2022-07-07}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}

Goed:
    documenten:
      - {id: beleidsplan, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15,
         gebaseerd_op: [risicoprofiel]}
      - {id: oefenbeleidsplan, soort: oefenbeleidsplan, titel: MOTO-beleidsplan 2024-2027,
         vastgesteld: 2024-01-15}
      - {id: crisisplan, soort: crisisplan, titel: Crisisplan 2024-2027, vastgesteld: 2024-01-15,
         afgestemd_met: [VR04, VR06]}
      - {id: risicoprofiel, soort: risicoprofiel, titel: Risicoprofiel, vastgesteld: 2023-06-01}
      - {id: visitatie, soort: visitatierapport, titel: Visitatie 2022, vastgesteld: 2022-05-01,
         standpunt_bestuur: 2022-07-07}
      - {id: kostenevaluatie, soort: kostenevaluatie, titel: Kostenevaluatie,
         vastgesteld: 2024-03-01}
      - {id: jaarverslag-2024, soort: jaarverslag, titel: Jaarverslag 2024, vastgesteld: 2025-06-20,
         vastgesteld_door: algemeen bestuur}
      - {id: eval-st-2025, soort: evaluatie, titel: Evaluatie systeemtest, vastgesteld: 2025-11-15}
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any

from tk4.checks.base import CheckContext, Option, Rule, Violation
from tk4.checks.rules._current import current_document
from tk4.checks.rules._dates import age_between, is_older_than
from tk4.findings import Severity
from tk4.model.report import Document


def check(ctx: CheckContext) -> Iterator[Violation]:
    """Yield when the current beleidsplan rests on no risicoprofiel current at its adoption."""
    policy = current_document(ctx.report, "beleidsplan", ctx.reference_date)
    if policy is None:
        return
    index, plan = policy
    adopted = plan.adopted
    assert adopted is not None
    at = ("documenten", index)
    args: dict[str, Any] = {"beleidsplan": plan.id, "beleidsplan_vastgesteld": adopted}
    profile = _profile(ctx, plan, adopted)
    if profile is None:
        yield Violation(at, "TK511.ontbreekt", args, subject=plan.id)
        return
    profile_adopted = profile.adopted
    args |= {"document": profile.id}
    if profile_adopted is None or profile_adopted > adopted:
        args["vastgesteld"] = profile_adopted
        yield Violation(at, "TK511.later", args, subject=plan.id)
        return
    max_years: int = ctx.option("max_jaren")
    args["vastgesteld"] = profile_adopted
    if profile.valid_until is not None and profile.valid_until < adopted:
        args["geldig_tot"] = profile.valid_until
        yield Violation(at, "TK511.verlopen", args, subject=plan.id)
    elif is_older_than(profile_adopted, 12 * max_years, adopted):
        args |= {"leeftijd": age_between(profile_adopted, adopted), "max_jaren": max_years}
        yield Violation(at, "TK511.verouderd", args, subject=plan.id)


def _profile(ctx: CheckContext, plan: Document, adopted: dt.date) -> Document | None:
    """The risicoprofiel under the beleidsplan: the newest it names, else the newest before it."""
    documents = {document.id: document for document in ctx.report.documents}
    named = [
        documents[ref]
        for ref in plan.based_on
        if ref in documents and documents[ref].kind == "risicoprofiel"
    ]
    if named:
        return max(named, key=lambda d: d.adopted or dt.date.min)
    before = [
        d
        for d in ctx.report.documents
        if d.kind == "risicoprofiel" and d.adopted is not None and d.adopted <= adopted
    ]
    return max(before, key=lambda d: d.adopted or dt.date.min) if before else None


RULE = Rule(
    code="TK511",
    slug="beleidsplan-risicoprofiel",
    family="cycli",
    severity=Severity.WARNING,
    summary="Het beleidsplan berust niet op een risicoprofiel dat bij de vaststelling actueel was.",
    basis="Wvr art. 15 lid 1 (en art. 14); toetsingskader 4.1 A",
    check=check,
    options={
        "max_jaren": Option(
            4,
            "Hoe oud het risicoprofiel bij de vaststelling van het beleidsplan mocht zijn",
            minimum=1,
            maximum=10,
        )
    },
    statutory=True,
    since="0.2.0",
)
