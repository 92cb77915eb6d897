"""The region register and the abbreviation list."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tk4.loading.catalogue import load_abbreviations, load_regions
from tk4.model.reference import AbbreviationList
from tk4.model.regions import Region, RegionRegister, fold_name


def test_twenty_five_regions_in_code_order() -> None:
    register = load_regions()
    assert [r.code for r in register.regions] == [f"VR{n:02d}" for n in range(1, 26)]
    assert len(register.by_code) == 25
    assert register.sources


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("VR01", "Groningen"),
        ("VR02", "Fryslân"),
        ("VR05", "Twente"),
        ("VR10", "Noord-Holland Noord"),
        ("VR13", "Amsterdam-Amstelland"),
        ("VR18", "Zuid-Holland Zuid"),
        ("VR24", "Zuid-Limburg"),
        ("VR25", "Flevoland"),
    ],
)
def test_known_names(code: str, name: str) -> None:
    assert load_regions().by_code[code].name == name


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Friesland", "VR02"),
        ("fryslan", "VR02"),
        ("FRYSLÂN", "VR02"),
        ("Noord-Holland-Noord", "VR10"),
        ("noord holland noord", "VR10"),
        ("Zuid-Holland-Zuid", "VR18"),
        ("Limburg-Zuid", "VR24"),
        ("limburg zuid", "VR24"),
        ("twente", "VR05"),
        ("vr07", "VR07"),
        ("  Gooi en Vechtstreek ", "VR14"),
    ],
)
def test_find_by_name_alias_or_code(query: str, code: str) -> None:
    region = load_regions().find(query)
    assert region is not None
    assert region.code == code


@pytest.mark.parametrize("query", ["Atlantis", "VR26", "VR00", "", "Limburg"])
def test_find_unknown(query: str) -> None:
    assert load_regions().find(query) is None


def test_fold_name() -> None:
    assert fold_name("Fryslân") == fold_name("FRYSLAN") == "fryslan"
    assert fold_name("Noord-Holland  Noord") == "noord holland noord"


@pytest.mark.parametrize("code", ["VR00", "VR26", "VR1", "vr01", "VR100"])
def test_region_code_pattern(code: str) -> None:
    with pytest.raises(ValidationError):
        Region(code=code, name="X")


def test_duplicate_code_or_alias_is_rejected() -> None:
    with pytest.raises(ValidationError, match="VR01 komt vaker voor"):
        RegionRegister(
            sources=["t"], regions=[Region(code="VR01", name="A"), Region(code="VR01", name="B")]
        )
    with pytest.raises(ValidationError, match="hoort bij zowel VR01 als VR02"):
        RegionRegister(
            sources=["t"],
            regions=[
                Region(code="VR01", name="Fryslân"),
                Region(code="VR02", name="B", aliases=["fryslan"]),
            ],
        )


REQUIRED_TERMS = [
    "GRIP", "CoPI", "ROT", "GBT", "RBT", "TBZ", "CmCt", "CaCo", "Wvr", "Bvr", "MOTO", "WAS",
    "NL-Alert", "GHOR", "IM", "AB", "RRP", "OvD", "HOvD", "AC", "LCMS", "NIPV",
]  # fmt: skip


def test_abbreviations_cover_the_domain() -> None:
    terms = [a.term for a in load_abbreviations().abbreviations]
    assert [t for t in REQUIRED_TERMS if t not in terms] == []
    assert terms == sorted(terms, key=str.casefold)
    assert all(a.meaning.strip() for a in load_abbreviations().abbreviations)


def test_duplicate_abbreviation_is_rejected() -> None:
    with pytest.raises(ValidationError, match="komt vaker voor"):
        AbbreviationList.model_validate(
            {"abbreviations": [{"term": "ROT", "meaning": "a"}, {"term": "rot", "meaning": "b"}]}
        )


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("Twente", ["VR05"]),
        ("VR5", ["VR05"]),
        ("vr-05", ["VR05"]),
        ("Den Haag", ["VR15"]),
        ("den haag", ["VR15"]),
        ("Limburg", ["VR23", "VR24"]),
        ("LIMBURG", ["VR23", "VR24"]),
        ("Noord-Limburg", ["VR23", "VR24"]),
        ("zuidlimburg", ["VR24", "VR23"]),
        ("Brabant", ["VR20", "VR21", "VR22"]),
        ("Gelderland", ["VR06", "VR07", "VR08"]),
        ("Veiligheidsregio Utrecht", ["VR09"]),
        ("Rotterdam", ["VR17"]),
        ("Gooi", ["VR14"]),
        ("Fryslan", ["VR02"]),
        ("Twnete", ["VR05"]),
        ("Haaglandn", ["VR15"]),
        ("Drente", ["VR03"]),
        ("Limbrug", ["VR23", "VR24"]),
        ("Zéland", ["VR19"]),
        ("xq", []),
        ("VR26", []),
        ("", []),
        ("Atlantis", []),
    ],
)
def test_suggest(query: str, codes: list[str]) -> None:
    assert [region.code for region in load_regions().suggest(query)] == codes


def test_suggest_respects_the_limit() -> None:
    assert [r.code for r in load_regions().suggest("Noord", limit=2)] == ["VR06", "VR10"]
