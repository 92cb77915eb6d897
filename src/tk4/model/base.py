"""The one strict base every tk4 model shares."""

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """Frozen model that refuses unknown keys.

    Why: a typo in a self-report key must be an error at its line, never silently ignored;
    ``hide_input_in_errors`` keeps pydantic from echoing (possibly huge, hostile) input.
    """

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        hide_input_in_errors=True,
        validate_default=False,
    )
