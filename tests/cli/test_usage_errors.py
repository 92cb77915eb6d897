"""Parser errors reach the user in Dutch through the console-script entry point, with exit 2."""

from __future__ import annotations

import pytest

from tk4.cli import main


def run_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["tk4", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return int(exit_info.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("validate", "--bogus"), "fout: onbekende optie --bogus"),
        (("valdate",), "fout: onbekend commando 'valdate'. bedoelde u 'validate'?"),
        (("validate",), "fout: argument 'paths' ontbreekt."),
        (("catalog", "list", "--depth", "9"), "moet kleiner dan of gelijk aan 4 zijn"),
        (("init", "--jaar", "x"), "ongeldige waarde voor '--jaar': moet een geheel getal zijn"),
        (("check", "x.yaml", "--peildatum"), "optie '--peildatum' heeft een waarde nodig."),
    ],
)
def test_usage_errors_are_dutch(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    expected: str,
) -> None:
    code, err = run_main(monkeypatch, capsys, *args)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert "Error" not in err


def test_usage_line_and_help_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, err = run_main(monkeypatch, capsys, "validate", "--bogus")
    assert err.startswith("Gebruik: tk4 validate")
    assert "Zie 'tk4 validate --help'." in err


def test_group_without_command_shows_help_and_exits_two(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["tk4", "catalog"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert "catalog" in capsys.readouterr().out


def test_success_exits_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run_main(monkeypatch, capsys, "--version")
    assert code == 0


def test_missing_required_option_is_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_main(monkeypatch, capsys, "catalog", "export")
    assert code == 2
    assert "fout: optie '--format' / '-f' ontbreekt. Kies uit:" in err
