"""The 25 veiligheidsregio's: one code (VR01-VR25), one display name, and known aliases.

Why codes and not names: the names vary between sources ("Fryslân"/"Friesland",
"Zuid-Limburg"/"Limburg-Zuid"); the CBS/RIVM codes do not. Names and aliases are only for
finding a region from what a person typed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cached_property

from pydantic import Field, model_validator

from tk4.model.base import StrictModel

REGION_CODE_PATTERN = r"^VR(0[1-9]|1[0-9]|2[0-5])$"

_CODE_WRITTEN_OTHERWISE = re.compile(r"\s*vr\s*-?\s*0*([0-9]{1,2})\s*", re.IGNORECASE)
_FILLER_WORDS = frozenset({"de", "den", "der", "het", "en", "van", "regio", "veiligheidsregio"})
"""Words that say nothing about which region is meant ("Den Haag", "Regio Twente")."""
_NAME_CUTOFF = 0.75
_WORD_CUTOFF = 0.8


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

    def suggest(self, text: str, limit: int = 5) -> list[Region]:
        """The regions a person probably means by ``text``, best first; empty if none is close.

        Tried in turn, the first step that finds something decides: an exact code, name or
        alias; a code written otherwise (``VR5``, ``vr-05``); shared words or word parts
        (``Den Haag`` → Haaglanden, ``Limburg`` → both Limburg regions, ``Brabant`` → all
        three); spelling mistakes (``Twnete`` → Twente). Case and accents never count.
        """
        exact = self.find(text)
        if exact is not None:
            return [exact]
        number = _CODE_WRITTEN_OTHERWISE.fullmatch(text)
        if number is not None:
            code = f"VR{int(number.group(1)):02d}"
            return [self.by_code[code]] if code in self.by_code else []
        words = _telling_words(text)
        scores = {
            region.code: max(
                _shared_letters(words, _telling_words(name)) for name in region.names()
            )
            for region in self.regions
        }
        best = max(scores.values())
        if best > 0:
            # Why half the best: "Noord-Limburg" means Limburg-Noord first, then Zuid-Limburg;
            # the regions that only share "noord" are noise.
            chosen = [code for code in scores if scores[code] * 2 >= best]
            chosen.sort(key=lambda code: -scores[code])
            return [self.by_code[code] for code in chosen[:limit]]
        return self._close_spellings(text, limit)

    def _close_spellings(self, text: str, limit: int) -> list[Region]:
        """Regions whose name, alias or one of their words is spelled almost like ``text``."""
        query = fold_name(text)
        query_words = [word for word in _telling_words(text) if len(word) >= 4]
        ratios: dict[str, float] = {}
        for region in self.regions:
            best = 0.0
            for name in region.names():
                folded = fold_name(name)
                ratio = difflib.SequenceMatcher(None, query, folded).ratio()
                if ratio >= _NAME_CUTOFF:
                    best = max(best, ratio)
                for word in _telling_words(name):
                    for query_word in query_words:
                        ratio = difflib.SequenceMatcher(None, query_word, word).ratio()
                        if ratio >= _WORD_CUTOFF:
                            best = max(best, ratio)
            if best > 0:
                ratios[region.code] = best
        ranked = sorted(ratios, key=lambda code: -ratios[code])
        return [self.by_code[code] for code in ranked[:limit]]


def _telling_words(text: str) -> list[str]:
    """The folded words of ``text`` that can tell regions apart (no fillers, 3+ letters)."""
    return [w for w in fold_name(text).split() if len(w) >= 3 and w not in _FILLER_WORDS]


def _shared_letters(query: list[str], name: list[str]) -> int:
    """How many letters of ``query`` a name shares, word by word, counting word parts.

    A query word inside a name word counts its length (``haag`` in ``haaglanden``); name words
    inside a query word count theirs (``zuid`` and ``limburg`` in ``zuidlimburg``).
    """
    total = 0
    parts = set(name)
    for word in query:
        inside = sum(len(part) for part in parts if part in word)
        total += max(len(word) if any(word in part for part in parts) else 0, inside)
    return total
