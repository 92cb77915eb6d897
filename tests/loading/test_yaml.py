"""The C-backed YAML reader: data, positions, and every problem as a finding."""

import datetime as dt
from pathlib import Path

import pytest

from tk4.loading.yaml import Limits, load_yaml, parse_yaml, resolve_plain_scalar
from tk4.source import Span


def codes(text: str, **limits: int) -> list[tuple[str, int, int]]:
    loaded = parse_yaml(text, "f.yaml", limits=Limits(**limits))
    return [(f.code, f.span.line, f.span.column) for f in loaded.findings]


def test_data_and_positions() -> None:
    loaded = parse_yaml("a: 1\nb:\n  - x\n  - {c: 2025-01-31}\n", "f.yaml")
    assert loaded.data == {"a": 1, "b": ["x", {"c": dt.date(2025, 1, 31)}]}
    assert loaded.source.lookup(("b", 1, "c")) == Span("f.yaml", 4, 9, 4, 19)
    assert loaded.source.key(("b", 1, "c")) == Span("f.yaml", 4, 6, 4, 7)
    assert loaded.source.key(("a",)) == Span("f.yaml", 1, 1, 1, 2)


def test_lookup_falls_back_to_nearest_ancestor() -> None:
    loaded = parse_yaml("a:\n  b: 1\n", "f.yaml")
    assert loaded.source.lookup(("a", "missing", "deeper")).line == 2
    assert loaded.source.lookup(("nothing",)) == loaded.source.lookup(())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("true", True),
        ("False", False),
        ("no", "no"),  # YAML 1.2 core: no Norway problem
        ("on", "on"),
        ("42", 42),
        ("-7", -7),
        ("0x1f", 31),
        ("2.75", 2.75),
        ("4.0", 4.0),
        ("2025-02-14", dt.date(2025, 2, 14)),
        ("2025-02-30", "2025-02-30"),  # not a date: left for validation to report
        ("1" * 5000, "1" * 5000),  # no int() on huge digit strings
        ("VR05", "VR05"),
    ],
)
def test_plain_scalar_resolution(text: str, expected: object) -> None:
    assert resolve_plain_scalar(text) == expected


def test_quoted_scalars_stay_strings() -> None:
    assert parse_yaml("a: '2025'\nb: \"true\"\n", "f.yaml").data == {"a": "2025", "b": "true"}


def test_syntax_error_has_position() -> None:
    loaded = parse_yaml("a: [1, 2\nb: 3\n", "f.yaml")
    assert loaded.data is None
    [finding] = loaded.findings
    assert finding.code == "TK010"
    assert (finding.span.line, finding.span.column) == (2, 2)
    assert "lijst niet gesloten" in finding.message


def test_tab_indentation() -> None:
    assert codes("a:\n\tb: 1\n") == [("TK011", 2, 1)]


def test_duplicate_key_keeps_first_and_names_both_lines() -> None:
    loaded = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert loaded.data == {"a": 1, "b": 2}
    [finding] = loaded.findings
    assert (finding.code, finding.span.line) == ("TK012", 3)
    assert "eerder op regel 1" in finding.message


def test_duplicate_key_positions_do_not_overwrite_the_first() -> None:
    loaded = parse_yaml("a:\n  x: 1\na:\n  x: 2\n", "f.yaml")
    assert loaded.source.lookup(("a", "x")).line == 2


def test_multiple_documents_refused() -> None:
    assert codes("a: 1\n---\nb: 2\n") == [("TK013", 2, 1)]


def test_python_tag_is_refused_and_never_constructed() -> None:
    loaded = parse_yaml("a: !!python/object/apply:os.system ['echo hacked']\n", "f.yaml")
    assert [f.code for f in loaded.findings] == ["TK014"]
    assert "!!python/object/apply:os.system" in loaded.findings[0].message
    assert loaded.data == {"a": ["echo hacked"]}  # plain data, nothing executed


def test_anchors_and_aliases_are_refused() -> None:
    assert codes("a: &x 1\nb: *x\n") == [("TK015", 1, 4), ("TK015", 2, 4)]


def test_billion_laughs_does_not_expand() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    loaded = parse_yaml("\n".join(lines) + "\n", "bomb.yaml")
    assert all(f.code == "TK015" for f in loaded.findings)
    assert len(str(loaded.data)) < 10_000


@pytest.mark.parametrize("text", ["[" * 100_000, "- " * 50_000 + "x", "{a: " * 10_000])
def test_deep_nesting_is_bounded(text: str) -> None:
    loaded = parse_yaml(text, "deep.yaml")
    assert loaded.data is None
    assert [f.code for f in loaded.findings] == ["TK016"]


def test_node_count_is_bounded() -> None:
    assert codes("[" + "1, " * 100 + "1]", max_nodes=50)[0][0] == "TK017"


def test_complex_key_refused() -> None:
    assert codes("? [a, b]\n: 1\n")[0][0] == "TK018"


def test_control_character_is_a_finding() -> None:
    loaded = parse_yaml("a: b\x07\n", "f.yaml")
    assert [(f.code, f.span.line, f.span.column) for f in loaded.findings] == [("TK010", 1, 5)]


def test_file_size_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * 2000 + b"\n")
    loaded = load_yaml(big, limits=Limits(max_bytes=1000))
    assert [f.code for f in loaded.findings] == ["TK002"]


def test_invalid_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"))
    [finding] = load_yaml(path).findings
    assert (finding.code, finding.span.line, finding.span.column) == ("TK003", 2, 7)


def test_missing_file_is_an_io_finding(tmp_path: Path) -> None:
    [finding] = load_yaml(tmp_path / "nope.yaml").findings
    assert finding.code == "TK001"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load_yaml(path).data == {"a": 1}


def test_alias_as_key_is_refused_not_crashing() -> None:
    loaded = parse_yaml("a: &x k\n{*x : 1}\n", "f.yaml")
    assert {f.code for f in loaded.findings} <= {"TK015", "TK010"}
    flow = parse_yaml("m: {*a : 1}\n", "f.yaml")
    assert [f.code for f in flow.findings] == ["TK015"]


@pytest.mark.parametrize(
    ("text", "character"),
    [
        ('a: "x\\u202ey"\n', "U+202E"),  # right-to-left override, escaped
        ("a: x\u202ey\n", "U+202E"),  # ... and written raw
        ('a: "\\u0007"\n', "U+0007"),
        ('a: "\\x1b[31m"\n', "U+001B"),
        ("a: \u2066geïsoleerd\u2069\n", "U+2066"),
    ],
)
def test_hidden_characters_are_refused(text: str, character: str) -> None:
    [finding] = parse_yaml(text, "f.yaml").findings
    assert finding.code == "TK019"
    assert character in finding.message


def test_ordinary_text_with_tabs_and_accents_is_fine() -> None:
    assert parse_yaml('a: "gewoon\\ttab, é en ü"\n', "f.yaml").findings == []
