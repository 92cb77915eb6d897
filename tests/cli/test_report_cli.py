"""``tk4 report`` through the CLI: formats, output files, refusals and Dutch errors."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

RunCli = Callable[..., Result]

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "vr05-twente-2025.yaml"
VERDICT = REPO / "examples" / "vr05-twente-2025-inspectieoordeel.yaml"
INVALID = REPO / "examples" / "ongeldig" / "onbekende-sleutel.yaml"

REPORT = """\
toetsingskader: "4.0"
soort: zelfevaluatie
regio: VR05
jaar: 2025
opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}
"""


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "vr05.yaml"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_markdown_goes_to_stdout_by_default(run_cli: RunCli, report: Path) -> None:
    result = run_cli("report", str(report))
    assert result.stdout.startswith("# Zelfevaluatie 2025: Veiligheidsregio Twente\n")
    assert "Aan deze publicatie kunnen geen rechten worden ontleend." in result.stdout
    assert result.stderr == ""


def test_html_is_written_atomically_to_the_output_file(
    run_cli: RunCli, report: Path, tmp_path: Path
) -> None:
    target = tmp_path / "uit" / "rapport.html"
    target.parent.mkdir()
    result = run_cli("report", str(report), "--format", "html", "-o", str(target))
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert [path.name for path in target.parent.iterdir()] == ["rapport.html"]


def test_peildatum_is_used(run_cli: RunCli, report: Path) -> None:
    result = run_cli("report", str(report), "--peildatum", "2026-03-01")
    assert "| Peildatum van de toetsing | 1 maart 2026 |" in result.stdout


def test_oordeel_puts_both_side_by_side(run_cli: RunCli) -> None:
    result = run_cli("report", str(EXAMPLE), "--oordeel", str(VERDICT))
    assert result.stdout.startswith("# Zelfevaluatie en inspectieoordeel 2025")
    assert "| Onderdeel | Zelfbeeld | Inspectie | Verschil |" in result.stdout
    assert "### 5.2 Aanbevelingen van de Inspectie" in result.stdout


def test_invalid_file_gets_its_errors_and_no_report(run_cli: RunCli) -> None:
    result = run_cli("report", str(INVALID), expect=1)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert re.fullmatch(
        rf"{re.escape(str(INVALID))}:\d+:\d+: fout TK101 \[onbekende-sleutel\] .*", lines[0]
    )
    assert lines[-1].startswith("fout: geen rapport gemaakt")


def test_missing_file_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("report", str(tmp_path / "bestaat-niet.yaml"), expect=2)
    assert "TK001" in result.stderr
    assert result.stdout == ""


def test_output_over_an_input_file_is_refused(run_cli: RunCli, report: Path) -> None:
    before = report.read_bytes()
    result = run_cli("report", str(report), "-o", str(report), expect=2)
    assert "invoerbestand" in result.stderr
    assert report.read_bytes() == before


def test_output_over_the_oordeel_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    verdict = tmp_path / "oordeel.yaml"
    verdict.write_bytes(VERDICT.read_bytes())
    before = verdict.read_bytes()
    alias = tmp_path / "." / "oordeel.yaml"
    result = run_cli("report", str(EXAMPLE), "--oordeel", str(verdict), "-o", str(alias), expect=2)
    assert "invoerbestand" in result.stderr
    assert verdict.read_bytes() == before


def test_pdf_needs_an_output_file(run_cli: RunCli, report: Path) -> None:
    result = run_cli("report", str(report), "--format", "pdf", expect=2)
    assert "fout: --format pdf schrijft naar een bestand" in result.stderr


def test_pdf_without_the_backend_asks_to_install_the_extra(
    run_cli: RunCli, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tk4.render.pdf", None)
    target = tmp_path / "rapport.pdf"
    result = run_cli("report", str(report), "-f", "pdf", "-o", str(target), expect=2)
    assert "tk4[pdf]" in result.stderr
    assert not target.exists()


def test_pdf_is_written_with_the_backend(
    run_cli: RunCli, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str, str, str]] = []

    def fake_pdf(html: str, *, title: str, running_header: str, author: str) -> bytes:
        calls.append((html[:15], title, running_header, author))
        return b"%PDF-nep"

    import tk4.render.pdf

    monkeypatch.setattr(tk4.render.pdf, "html_to_pdf", fake_pdf)
    target = tmp_path / "rapport.pdf"
    run_cli("report", str(report), "-f", "pdf", "-o", str(target))
    assert target.read_bytes() == b"%PDF-nep"
    assert calls == [
        (
            "<!DOCTYPE html>",
            "Zelfevaluatie 2025: Veiligheidsregio Twente",
            "CONCEPT · VR05 Twente · Zelfevaluatie 2025",
            "Team Kwaliteit",
        )
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "docx"], "onbekend rapportformaat 'docx'; kies uit: md, html, pdf"),
        (["--peildatum", "31-12-2025"], "--peildatum '31-12-2025' is geen geldige datum"),
        (["--template-dir", "/bestaat/niet"], "sjablonenmap bestaat niet"),
    ],
)
def test_usage_errors_are_dutch_and_exit_2(
    run_cli: RunCli, report: Path, args: list[str], message: str
) -> None:
    result = run_cli("report", str(report), *args, expect=2)
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_oordeel_of_another_region_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    verdict = tmp_path / "oordeel.yaml"
    verdict.write_text(
        VERDICT.read_text(encoding="utf-8").replace("regio: VR05", "regio: VR06"),
        encoding="utf-8",
    )
    result = run_cli("report", str(EXAMPLE), "--oordeel", str(verdict), expect=2)
    assert "regio VR06" in result.stderr
    assert "dezelfde regio en hetzelfde jaar" in result.stderr


def test_a_folder_is_not_a_report(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("report", str(tmp_path), expect=2)
    assert "is een map" in result.stderr


def test_help_is_dutch(run_cli: RunCli) -> None:
    result = run_cli("report", "--help")
    assert "Maak het rapport van een regio" in result.stdout
    assert "--template-dir" in result.stdout


def _appendix_codes(markdown: str) -> set[str]:
    """The rule codes listed in the appendix of all findings (Markdown report)."""
    appendix = markdown[markdown.index("### Bijlage 2.") : markdown.index("### Bijlage 3.")]
    return set(re.findall(r"^\| (TK\d{3}) \|", appendix, re.MULTILINE))


def test_select_and_ignore_choose_the_rules_as_for_check(run_cli: RunCli, report: Path) -> None:
    everything = _appendix_codes(run_cli("report", str(report)).stdout)
    assert {"TK301", "TK501", "TK507"} <= everything
    selected = run_cli("report", str(report), "--select", "TK301", "--select", "cycli").stdout
    assert _appendix_codes(selected) == {code for code in everything if code == "TK301"} | {
        code for code in everything if code.startswith("TK5")
    }
    ignored = run_cli("report", str(report), "--ignore", "TK301,dekking").stdout
    assert not {code for code in _appendix_codes(ignored) if code.startswith("TK3")}
    assert "Niet alle toetsregels zijn gebruikt" in ignored
    # The legal term and basis are the law's; they stay when the rule is off.
    assert (
        "| Beleidsplan | ten minste eens per 4 jaar | Wvr art. 14 | — | — | **niet getoetst** |"
        in (run_cli("report", str(report), "--select", "TK301").stdout)
    )


def test_config_file_is_the_one_check_uses(run_cli: RunCli, report: Path, tmp_path: Path) -> None:
    config = tmp_path / "tk4.toml"
    config.write_text('select = ["TK301"]\n[severity]\nTK301 = "info"\n', encoding="utf-8")
    result = run_cli("report", str(report), "--config", str(config))
    assert _appendix_codes(result.stdout) == {"TK301"}
    assert "| TK301 | melding |" in result.stdout
    missing = run_cli("report", str(report), "--config", str(tmp_path / "geen.toml"), expect=2)
    assert "instellingenbestand bestaat niet" in missing.stderr


def test_an_unknown_rule_is_a_usage_error(run_cli: RunCli, report: Path) -> None:
    result = run_cli("report", str(report), "--select", "TK3O1", expect=2)
    assert "onbekende regel of familie 'TK3O1'; bedoelde u 'TK301'?" in result.stderr


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("report.html.j2", '{% extends "report.html.j2" %}\n'),
        ("_partials/colofon.html.j2", '<p>{% include "_partials/colofon.html.j2" %}</p>\n'),
    ],
)
def test_a_template_that_refers_to_itself_is_a_dutch_error(
    run_cli: RunCli, report: Path, tmp_path: Path, name: str, source: str
) -> None:
    folder = tmp_path / "sjablonen"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(source, encoding="utf-8")
    result = run_cli("report", str(report), "-f", "html", "--template-dir", str(folder), expect=2)
    assert "Traceback" not in result.stderr
    assert "RecursionError" not in result.stderr
    assert "fout: sjablonen verwijzen in een kring naar zichzelf" in result.stderr
    assert '{% extends "default:report.html.j2" %}' in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("rapport.html", b"<!DOCTYPE html>"),
        ("rapport.HTM", b"<!DOCTYPE html>"),
        ("rapport.md", b"# Zelfevaluatie 2025"),
        ("rapport.txt", b"# Zelfevaluatie 2025"),
    ],
)
def test_without_format_the_extension_of_the_output_decides(
    run_cli: RunCli, report: Path, tmp_path: Path, name: str, start: bytes
) -> None:
    target = tmp_path / name
    run_cli("report", str(report), "-o", str(target))
    assert target.read_bytes().startswith(start)


def test_output_ending_in_pdf_is_a_pdf_without_format(
    run_cli: RunCli, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_pdf(html: str, *, title: str, running_header: str, author: str) -> bytes:
        assert html.startswith("<!DOCTYPE html>")
        return b"%PDF-nep"

    import tk4.render.pdf

    monkeypatch.setattr(tk4.render.pdf, "html_to_pdf", fake_pdf)
    target = tmp_path / "rapport.pdf"
    run_cli("report", str(report), "-o", str(target))
    assert target.read_bytes() == b"%PDF-nep"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "md", "-o", "rapport.pdf"], "de extensie .pdf hoort bij pdf, maar --format is md"),
        (["-f", "pdf", "-o", "rapport.html"], "de extensie .html hoort bij html"),
        (["-f", "pdf", "-o", "-"], "--format pdf schrijft naar een bestand"),
    ],
)
def test_a_format_against_the_output_is_refused(
    run_cli: RunCli,
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("report", str(report), *args, expect=2)
    assert message in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["vr05.yaml"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_dash_is_standard_output(
    run_cli: RunCli, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("report", str(report), "-f", fmt, "-o", "-")
    assert result.stdout.startswith("# Zelfevaluatie" if fmt == "md" else "<!DOCTYPE html>")
    assert not (tmp_path / "-").exists()


def test_switched_off_rules_are_named_and_the_law_stays_in_the_cycles(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = run_cli("report", str(EXAMPLE), "--ignore", "TK505,TK507").stdout
    method = text[text.index("### 1.2 Werkwijze") : text.index("## 2 Kerngegevens")]
    assert "TK505 (kostenevaluatie verouderd)" in method
    assert "TK507 (systeemtest ontbreekt)" in method
    summary = text[text.index("### Beeld in het kort") : text.index("### Oordelen in cijfers")]
    assert "Of de kostenevaluatie en de systeemtest op orde zijn, is niet getoetst" in summary
    assert "Niet getoetst, omdat de regel uit stond: TK505" in summary
    cycles = text[text.index("### 2.2 Wettelijke cycli") :]
    assert "| Kostenevaluatie | ten minste eens per 3 jaar | Wvr art. 56 |" in cycles
    assert "| Systeemtest | elk jaar | Bvr art. 2.5.1; toetsingskader §1.3 |" in cycles
    assert "**niet getoetst** |" in cycles


def test_help_paragraphs_are_not_broken_mid_sentence() -> None:
    import inspect

    from tk4.cli import app
    from tk4.cli.report import report_command

    result = CliRunner().invoke(app, ["report", "--help"], env={"COLUMNS": "200"})
    lines = [line.strip(" │") for line in result.stdout.splitlines()]
    doc = inspect.getdoc(report_command)
    assert doc is not None
    for paragraph in doc.split("\n\n"):
        # At 200 columns each paragraph of the help is one line, not cut where the source wraps.
        assert " ".join(paragraph.split()) in lines, paragraph


def test_relative_links_are_rewritten_for_the_output_folder(
    run_cli: RunCli, tmp_path: Path
) -> None:
    source = tmp_path / "dossier" / "vr05.yaml"
    source.parent.mkdir()
    source.write_text(
        REPORT + "documenten:\n  - {id: bp, soort: beleidsplan, titel: Beleidsplan, "
        "vastgesteld: 2024-01-10, verwijzing: bijlagen/bp.pdf}\n",
        encoding="utf-8",
    )
    target = tmp_path / "uit" / "rapport.html"
    target.parent.mkdir()
    run_cli("report", str(source), "-o", str(target))
    assert 'href="../dossier/bijlagen/bp.pdf"' in target.read_text(encoding="utf-8")
