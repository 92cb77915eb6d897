"""The rule registry: every gap rule, listed explicitly (no discovery from the filesystem)."""

from dataclasses import replace
from types import ModuleType

from tk4.checks.base import Rule
from tk4.checks.rules import (
    tk301_element_niet_beoordeeld,
    tk302_toelichting_ontbreekt,
    tk303_normoordeel_tegenstrijdig,
    tk304_normoordeel_ontbreekt,
    tk305_antwoord_niet_herbevestigd,
    tk401_oordeel_zonder_bewijs,
    tk402_bewijs_verlopen,
    tk403_bewijs_verouderd,
    tk404_document_ongebruikt,
    tk501_beleidsplan_verouderd,
    tk502_crisisplan_verouderd,
    tk503_risicoprofiel_verouderd,
    tk504_visitatie_verouderd,
    tk505_kostenevaluatie_verouderd,
    tk506_verantwoording_ontbreekt,
    tk507_systeemtest_ontbreekt,
    tk508_systeemtest_zonder_evaluatie,
    tk509_systeemtest_onvolledig,
    tk510_oefenbeleidsplan_buiten_cyclus,
    tk511_beleidsplan_risicoprofiel,
    tk512_visitatie_zonder_standpunt,
    tk513_crisisplan_niet_afgestemd,
    tk601_tijdnorm_overschreden,
    tk602_prestatieniveau_ontbreekt,
    tk603_incident_zonder_evaluatie,
    tk604_inzet_buiten_verslagjaar,
    tk605_inzet_zonder_prestaties,
    tk606_opkomsttijd_ontbreekt,
    tk607_verslag_raden_ontbreekt,
    tk701_verbeterpunt_onvolledig,
    tk702_verbeterpunt_over_termijn,
    tk703_norm_op_niveau_met_achterstand,
    tk704_rode_draad,
    tk705_verbeterpunt_inconsistent,
)

_RULE_MODULES: tuple[ModuleType, ...] = (
    tk301_element_niet_beoordeeld,
    tk302_toelichting_ontbreekt,
    tk303_normoordeel_tegenstrijdig,
    tk304_normoordeel_ontbreekt,
    tk305_antwoord_niet_herbevestigd,
    tk401_oordeel_zonder_bewijs,
    tk402_bewijs_verlopen,
    tk403_bewijs_verouderd,
    tk404_document_ongebruikt,
    tk501_beleidsplan_verouderd,
    tk502_crisisplan_verouderd,
    tk503_risicoprofiel_verouderd,
    tk504_visitatie_verouderd,
    tk505_kostenevaluatie_verouderd,
    tk506_verantwoording_ontbreekt,
    tk507_systeemtest_ontbreekt,
    tk508_systeemtest_zonder_evaluatie,
    tk509_systeemtest_onvolledig,
    tk510_oefenbeleidsplan_buiten_cyclus,
    tk511_beleidsplan_risicoprofiel,
    tk512_visitatie_zonder_standpunt,
    tk513_crisisplan_niet_afgestemd,
    tk601_tijdnorm_overschreden,
    tk602_prestatieniveau_ontbreekt,
    tk603_incident_zonder_evaluatie,
    tk604_inzet_buiten_verslagjaar,
    tk605_inzet_zonder_prestaties,
    tk606_opkomsttijd_ontbreekt,
    tk607_verslag_raden_ontbreekt,
    tk701_verbeterpunt_onvolledig,
    tk702_verbeterpunt_over_termijn,
    tk703_norm_op_niveau_met_achterstand,
    tk704_rode_draad,
    tk705_verbeterpunt_inconsistent,
)


def _registered(module: ModuleType) -> Rule:
    rule: Rule = module.RULE
    return replace(rule, module=module)


REGISTRY: dict[str, Rule] = dict(
    sorted((rule.code, rule) for rule in map(_registered, _RULE_MODULES))
)
"""Every rule by code, in code order."""
