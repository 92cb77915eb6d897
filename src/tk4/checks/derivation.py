"""A norm's judgement derived from its elements, for norms without a judgement of their own.

Why in the checks layer: the report, a national overview and a comparison of two files must
derive the same judgement from the same elements, so they share this one function.
"""

from __future__ import annotations

from collections.abc import Mapping

from tk4.model.catalogue import Norm, ScaleLevel
from tk4.model.report import NormAssessment


def derived_norm_judgement(
    assessment: NormAssessment | None, norm: Norm, scale: Mapping[str, ScaleLevel]
) -> str | None:
    """The judgement that follows from the elements when the norm has none of its own.

    That is the one level every element of ``norm`` (from the catalogue) shares, when all of
    them are judged on ``scale`` (not *niet beoordeeld*). None when the norm has a judgement of
    its own (also an explicit *niet beoordeeld*: that is a choice), when an element is missing
    or not judged, or when the elements disagree: then nothing follows.
    """
    if assessment is None or assessment.judgement is not None or not norm.elements:
        return None
    levels = set()
    for element in norm.elements:
        judged = assessment.elements.get(element.id)
        judgement = None if judged is None else judged.judgement
        if judgement is None or judgement not in scale or not scale[judgement].assessed:
            return None
        levels.add(judgement)
    return levels.pop() if len(levels) == 1 else None
