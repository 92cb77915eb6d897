"""Configuration (tk4.toml / [tool.tk4]): types, codes in any case, families, ranges, blame."""

from __future__ import annotations

from pathlib import Path

import pytest

from tk4.checks import REGISTRY
from tk4.checks.config import Config, configure, load_config
from tk4.errors import Tk4UserError
from tk4.findings import Severity


def _load(tmp_path: Path, text: str, name: str = "tk4.toml") -> Config:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def _severities(config: Config) -> dict[str, Severity]:
    return {c.rule.code: c.severity for c in configure(config, REGISTRY)}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            'severity = "fout"\n',
            "'severity' moet een tabel ([severity]) zijn, niet de tekst 'fout'",
        ),
        ("options = 5\n", "'options' moet een tabel ([options]) zijn, niet het getal 5"),
        ("[options]\nTK302 = 5\n", "'options.TK302' moet een tabel met opties zijn"),
        ("select = [1, 2]\n", "'select' moet een lijst van regelcodes of families zijn"),
        ('ignore = "TK301"\n', "'ignore' moet een lijst van regelcodes of families zijn"),
        ("[severity]\nTK301 = 3\n", "'severity.TK301' moet een ernst zijn"),
        ("select = []\n", "select is leeg; laat het weg om alle regels te draaien"),
    ],
)
def test_a_wrong_type_names_the_file_and_the_key(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(Tk4UserError) as raised:
        _load(tmp_path, text)
    assert str(raised.value).startswith(f"{tmp_path / 'tk4.toml'}: ")
    assert problem in str(raised.value)


def test_pyproject_keys_are_named_with_their_table(tmp_path: Path) -> None:
    with pytest.raises(Tk4UserError, match=r"'tool\.tk4\.severity' moet een tabel"):
        _load(tmp_path, '[tool.tk4]\nseverity = "fout"\n', "pyproject.toml")
    with pytest.raises(Tk4UserError, match=r"'tool\.tk4' moet een tabel"):
        _load(tmp_path, "[tool]\ntk4 = 5\n", "pyproject.toml")


def test_a_family_sets_the_severity_of_its_rules_and_a_code_wins(tmp_path: Path) -> None:
    for text in (
        '[severity]\ncycli = "info"\nTK501 = "fout"\n',
        '[severity]\ntk501 = "fout"\nCycli = "info"\n',
    ):
        severities = _severities(_load(tmp_path, text))
        assert severities["TK501"] is Severity.ERROR
        assert severities["TK502"] is Severity.INFO
        assert severities["TK507"] is Severity.INFO
        assert severities["TK601"] is REGISTRY["TK601"].severity


def test_codes_are_accepted_in_any_case(tmp_path: Path) -> None:
    config = _load(
        tmp_path,
        'select = ["Cycli", "tk601"]\nignore = ["tk502"]\n'
        '[severity]\ntk501 = "info"\n[options.tk302]\nmin_tekens = 60\n',
    )
    configured = {c.rule.code: c for c in configure(config, REGISTRY)}
    cycles = {f"TK5{n:02d}" for n in (1, *range(3, 14))}
    assert set(configured) == {*cycles, "TK601"}
    assert configured["TK501"].severity is Severity.INFO
    options = {c.rule.code: c.options for c in configure(config, REGISTRY, select=["tk302"])}
    assert options["TK302"] == {"min_tekens": 60}


def test_options_take_rule_codes_only(tmp_path: Path) -> None:
    config = _load(tmp_path, "[options.cycli]\nmax_jaren = 5\n")
    with pytest.raises(Tk4UserError) as raised:
        configure(config, REGISTRY)
    assert "[options]: 'cycli' is een familie" in str(raised.value)
    assert "schrijf een regelcode, bv. [options.TK501]" in str(raised.value)


def test_a_close_family_is_suggested_not_the_input_itself(tmp_path: Path) -> None:
    config = _load(tmp_path, '[severity]\ncyclus = "info"\n')
    with pytest.raises(
        Tk4UserError, match="onbekende regel of familie 'cyclus'; bedoelde u 'cycli'"
    ):
        configure(config, REGISTRY)


@pytest.mark.parametrize(
    ("code", "option", "value", "allowed"),
    [
        ("TK302", "min_tekens", -1, "0 tot en met 20000"),
        ("TK403", "max_jaren", 0, "1 tot en met 100"),
        ("TK501", "max_jaren", 0, "1 tot en met 100"),
        ("TK506", "max_maanden", 0, "1 tot en met 1200"),
        ("TK603", "min_grip", 7, "1 tot en met 6"),
        ("TK603", "min_grip", 0, "1 tot en met 6"),
        ("TK704", "min_jaren", 1, "2 tot en met 100"),
        ("TK704", "min_bronnen", 1, "2 tot en met 100"),
    ],
)
def test_option_values_out_of_range_are_refused(
    code: str, option: str, value: int, allowed: str
) -> None:
    config = Config(options={code: {option: value}}, origin="tk4.toml")
    with pytest.raises(Tk4UserError) as raised:
        configure(config, REGISTRY)
    assert str(raised.value) == (
        f"tk4.toml: optie {code}.{option} moet {allowed} zijn, niet {value}"
    )


def test_the_edges_of_a_range_are_allowed() -> None:
    config = Config(options={"TK603": {"min_grip": 6}, "TK704": {"min_jaren": 2}})
    assert configure(config, REGISTRY)


class TestBlame:
    """An unknown code says where it was given, and echoes it as typed."""

    def test_select_on_the_command_line(self) -> None:
        config = Config(origin="tk4.toml")
        with pytest.raises(Tk4UserError) as raised:
            configure(config, REGISTRY, select=["tk3o1"])
        assert str(raised.value).startswith(
            "--select: onbekende regel of familie 'tk3o1'; bedoelde u 'TK301'?"
        )

    def test_ignore_on_the_command_line(self) -> None:
        with pytest.raises(Tk4UserError, match=r"^--ignore: onbekende regel of familie 'lerne'"):
            configure(Config(), REGISTRY, ignore=["lerne"])

    def test_select_in_the_file(self) -> None:
        config = Config(select=("TK999",), origin="tk4.toml")
        with pytest.raises(Tk4UserError, match=r"^tk4\.toml: select: onbekende regel"):
            configure(config, REGISTRY)
