"""Validation cases as data: ``cases/<name>/input.yaml`` → ``expected.yaml``.

Refresh with ``pytest --update-golden``.

Each expected finding lists code, line, column and the exact Dutch message, so a change in a
position or a wording shows up as a diff a reviewer can read.
"""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tk4.checks import REGISTRY
from tk4.findings import Severity
from tk4.validation import validate_file

CASES = Path(__file__).parent / "cases"


def _observed(case: Path) -> list[dict[str, object]]:
    result = validate_file(case / "input.yaml", REGISTRY)
    return [
        {
            "code": f.code,
            "regel": f.span.line,
            "kolom": f.span.column,
            "bericht": f.message,
        }
        for f in sorted(result.findings, key=lambda f: f.sort_key())
        if f.severity is Severity.ERROR
    ]


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()), ids=str)
def test_case(case: str, update_golden: bool) -> None:
    directory = CASES / case
    expected_file = directory / "expected.yaml"
    observed = _observed(directory)
    yaml = YAML(typ="safe", pure=True)
    if update_golden:
        yaml.default_flow_style = False
        yaml.width = 200
        yaml.allow_unicode = True
        with expected_file.open("w", encoding="utf-8") as handle:
            yaml.dump(observed, handle)
    expected = yaml.load(expected_file.read_text(encoding="utf-8"))
    assert observed == expected
