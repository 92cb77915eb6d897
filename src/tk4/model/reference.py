"""Small reference lists shipped with tk4: the abbreviations used in the domain."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field, model_validator

from tk4.model.base import StrictModel


class Abbreviation(StrictModel):
    """One abbreviation and its Dutch expansion."""

    term: str = Field(min_length=1)
    meaning: str = Field(min_length=1)


class AbbreviationList(StrictModel):
    """The abbreviation list (``norms/afkortingen.yaml``), alphabetical, each term once."""

    abbreviations: list[Abbreviation] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_terms(self) -> AbbreviationList:
        seen: set[str] = set()
        for item in self.abbreviations:
            key = item.term.casefold()
            if key in seen:
                raise ValueError(f"afkorting '{item.term}' komt vaker voor")
            seen.add(key)
        return self

    @cached_property
    def by_term(self) -> dict[str, Abbreviation]:
        """Abbreviations keyed by their term, case-insensitively (casefolded)."""
        return {item.term.casefold(): item for item in self.abbreviations}
