"""Hostile and random input never crashes the reader and never escapes as an exception.

The default run tries a few hundred inputs; ``TK4_FUZZ_EXAMPLES=100000 pytest tests/loading``
fuzzes for longer on demand.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tk4.checks import REGISTRY
from tk4.loading.yaml import parse_yaml
from tk4.validation import validate_text

EXAMPLES = int(os.environ.get("TK4_FUZZ_EXAMPLES", "300"))
YAML_ALPHABET = st.sampled_from([*"ab:-[]{},&*!?|>'\"#%@`\t\n  0123456789.~", "\n  ", ": ", "- "])
yamlish = st.lists(YAML_ALPHABET, max_size=200).map("".join)
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans_are_inside(text: str, loaded_findings: list) -> None:  # type: ignore[type-arg]
    # YAML (and editors) break lines at \r\n, \r, \n and the Unicode line separators too.
    lines = len(re.split("\r\n|\r|\n|\x85|\u2028|\u2029", text)) + 1
    for finding in loaded_findings:
        assert 1 <= finding.span.line <= lines


@fuzz
@given(yamlish)
def test_reader_never_raises_on_yamlish_text(text: str) -> None:
    loaded = parse_yaml(text, "fuzz.yaml")
    _spans_are_inside(text, loaded.findings)
    for finding in loaded.findings:
        assert finding.message


@fuzz
@given(st.text(max_size=300))
def test_reader_never_raises_on_any_unicode(text: str) -> None:
    loaded = parse_yaml(text, "fuzz.yaml")
    _spans_are_inside(text, loaded.findings)


@fuzz
@given(yamlish)
def test_validation_never_raises(text: str) -> None:
    header = (
        'toetsingskader: "4.0"\nsoort: zelfevaluatie\nregio: VR05\njaar: 2025\n'
        "normen:\n  RB.A:\n    "
    )
    result = validate_text(header + text.replace("\n", "\n    "), "fuzz.yaml", REGISTRY)
    for finding in result.findings:
        assert finding.message
