"""The 25 veiligheidsregio's: one code (VR01-VR25), one display name, and known aliases.

Why codes and not names: the names vary between sources ("Fryslân"/"Friesland",
"Zuid-Limburg"/"Limburg-Zuid"); the CBS/RIVM codes do not. Names and aliases are only for
finding a region from what a person typed.
"""

from __future__ import annotations

import unicodedata
from functools import cached_property

from pydantic import Field, model_validator

from tk4.model.base import StrictModel

REGION_CODE_PATTERN = r"^VR(0[1-9]|1[0-9]|2[0-5])$"


def fold_name(text: str) -> str:
    """Case-, accent-, hyphen- and spacing-insensitive form of a region name.

    Why: "Fryslân", "fryslan" and "FRYSLAN" are the same region, and so are
    "Noord-Holland Noord" and "Noord-Holland-Noord".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace("-", " ").split())


class Region(StrictModel):
    """One veiligheidsregio."""

    code: str = Field(pattern=REGION_CODE_PATTERN)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)

    def names(self) -> list[str]:
        """The display name followed by every alias."""
        return [self.name, *self.aliases]


class RegionRegister(StrictModel):
    """All veiligheidsregio's, in code order, with the sources the list rests on."""

    sources: list[str] = Field(min_length=1)
    regions: list[Region] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> RegionRegister:
        seen_codes: set[str] = set()
        seen_names: dict[str, str] = {}
        for region in self.regions:
            if region.code in seen_codes:
                raise ValueError(f"regiocode {region.code} komt vaker voor")
            seen_codes.add(region.code)
            for name in region.names():
                key = fold_name(name)
                other = seen_names.get(key)
                if other is not None and other != region.code:
                    raise ValueError(f"naam '{name}' hoort bij zowel {other} als {region.code}")
                seen_names[key] = region.code
        return self

    @cached_property
    def by_code(self) -> dict[str, Region]:
        """Regions keyed by code (VR01-VR25)."""
        return {region.code: region for region in self.regions}

    @cached_property
    def _by_folded_name(self) -> dict[str, Region]:
        return {fold_name(name): region for region in self.regions for name in region.names()}

    def find(self, name_or_alias: str) -> Region | None:
        """The region with this code, name or alias (case- and accent-insensitive), if any."""
        code = name_or_alias.strip().upper()
        if code in self.by_code:
            return self.by_code[code]
        return self._by_folded_name.get(fold_name(name_or_alias))
