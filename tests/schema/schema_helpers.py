"""Helpers for the schema tests: YAML as a JSON-schema validator sees it."""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor


class _DatesAsText(SafeConstructor):
    """ruamel's safe constructor, but a date stays the text it was written as."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def json_data(text: str) -> Any:
    """YAML as a JSON-schema validator sees it: ruamel's safe loader, dates as ISO strings.

    Why: a YAML date is a date object in Python but a string in an editor's YAML-to-JSON view
    (YAML 1.2); the schema describes the latter (``type: string, format: date``). Keeping the
    written text, rather than converting a date object back, also keeps an impossible date
    such as ``2025-02-30`` for the schema's date check instead of failing to load.
    """
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _DatesAsText
    return yaml.load(text)
