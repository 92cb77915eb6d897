"""Render a region's report (zelfevaluatie, optionally beside the inspectieoordeel) as text.

:func:`build_report` is the whole operation behind ``tk4 report``: check the file(s) with
:func:`tk4.api.check_paths`, refuse when one does not validate, build the view-model
(:mod:`tk4.render.context`) and render it with the Jinja templates
(:mod:`tk4.render.environment`). :func:`render_report` renders an existing view-model.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tk4.errors import Tk4UserError
from tk4.findings import Finding, Severity

TextFormat = Literal["md", "html"]
"""The text formats rendered here; PDF is made from the HTML by :mod:`tk4.render.pdf`."""

TEMPLATES: dict[TextFormat, str] = {"md": "report.md.j2", "html": "report.html.j2"}
"""The top-level template of each format."""

ReportFormat = Literal["md", "html", "pdf"]
"""The formats of ``tk4 report``."""

FORMATS: tuple[ReportFormat, ...] = ("md", "html", "pdf")
"""The ``--format`` values of ``tk4 report``, in the order the help names them."""

EXTENSIONS: dict[str, ReportFormat] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
"""File extensions that say which format a report file is."""

STDOUT = "-"
"""``-o -``: write to standard output, as without ``-o``."""

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")

if TYPE_CHECKING:
    from tk4.api import Outcome
    from tk4.checks.config import Config
    from tk4.model.report import SelfReport
    from tk4.render.context import ReportView, RuleSetting


@dataclass(frozen=True)
class RenderOutcome:
    """The rendered report, or why there is none.

    ``text`` is None when a file does not validate; ``refused`` then holds the validation
    errors (printed like ``tk4 validate`` does). ``outcome`` is the ``tk4 check`` run the
    report rests on; ``view`` the view-model that was rendered.
    """

    text: str | None
    outcome: Outcome
    refused: list[Finding] = field(default_factory=list)
    view: ReportView | None = None

    @property
    def exit_code(self) -> int:
        """0 when a report was made; otherwise the exit code of the validation findings."""
        from tk4.findings import exit_code

        return 0 if self.text is not None else max(1, exit_code(self.refused))


def choose_format(requested: str | None, output: Path | None) -> tuple[ReportFormat, Path | None]:
    """The format of a report and the file to write it to (None: standard output).

    Without ``requested`` the format follows the extension of ``output`` (Markdown when it has
    none that tk4 knows); ``-o -`` is standard output.

    Why: ``-o rapport.pdf`` without ``-f`` must not silently write Markdown into a file
    called .pdf, and ``-f pdf -o -`` must not write a file named "-".

    Raises:
        Tk4UserError: an unknown format, a format that contradicts the extension of
            ``output``, or PDF to standard output.
    """
    target = None if output is None or str(output) == STDOUT else output
    implied = EXTENSIONS.get(target.suffix.lower()) if target is not None else None
    if requested is None:
        chosen: ReportFormat = implied or "md"
    elif requested in FORMATS:
        chosen = FORMATS[FORMATS.index(requested)]
    else:
        raise Tk4UserError(f"onbekend rapportformaat '{requested}'; kies uit: {', '.join(FORMATS)}")
    if target is not None and implied is not None and implied != chosen:
        raise Tk4UserError(
            f"{target}: de extensie {target.suffix} hoort bij {implied}, maar --format is "
            f"{chosen}; laat --format weg of kies een bestandsnaam op "
            f"{next(ext for ext, fmt in EXTENSIONS.items() if fmt == chosen)}"
        )
    if chosen == "pdf" and target is None:
        raise Tk4UserError(
            "--format pdf schrijft naar een bestand; geef het pad met -o op (niet '-')"
        )
    return chosen, target


def render_report(view: ReportView, fmt: TextFormat, template_dir: Path | None = None) -> str:
    """``view`` rendered with the ``fmt`` template (``--template-dir`` first, then built-ins).

    Raises:
        Tk4UserError: a template is missing or broken (Dutch message with file and line).
    """
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    from tk4.render.environment import DEFAULT_PREFIX, make_environment

    if template_dir is not None and not template_dir.is_dir():
        raise Tk4UserError(f"{template_dir}: sjablonenmap bestaat niet")
    environment = make_environment(template_dir)
    name = TEMPLATES[fmt]
    try:
        text = environment.get_template(name).render(view=view)
    except RecursionError:
        # A template that extends or includes itself (directly or in a ring) never ends.
        raise Tk4UserError(
            f"sjablonen verwijzen in een kring naar zichzelf (een sjabloon dat zichzelf "
            f"uitbreidt of invoegt); een eigen {name} breidt het ingebouwde uit met "
            f'{{% extends "{DEFAULT_PREFIX}:{name}" %}}, niet met {{% extends "{name}" %}}'
        ) from None
    except TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise Tk4UserError(f"{where}: fout in sjabloon: {error.message}") from None
    except TemplateNotFound as error:
        raise Tk4UserError(f"sjabloon '{error.name}' niet gevonden") from None
    except TemplateError as error:
        raise Tk4UserError(f"sjabloon {name} kan niet worden gevuld: {error.message}") from None
    return _tidy(text)


def build_report(
    path: Path,
    oordeel_path: Path | None = None,
    peildatum: dt.date | None = None,
    template_dir: Path | None = None,
    fmt: TextFormat = "md",
    *,
    config: Config | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    output: Path | None = None,
) -> RenderOutcome:
    """Check ``path`` (and ``oordeel_path``) and render the report in ``fmt``.

    A file that does not validate gives no text but its validation errors. ``peildatum``
    defaults to 31 december of the reporting year (as for ``tk4 check``); ``config``,
    ``select`` and ``ignore`` choose the rules exactly as for ``tk4 check``, so the report
    shows the findings that command gives. ``output`` is where the report will be written:
    relative evidence links are then rewritten to work from its folder (without it they
    stay relative to the zelfevaluatie's folder).

    Raises:
        Tk4UserError: ``path`` is a folder, the two files do not belong together (other
            region, year or framework version, or not zelfevaluatie + inspectieoordeel), a
            rule in ``select``/``ignore`` or the settings is unknown, or a template is
            missing or broken.
    """
    from tk4 import __version__
    from tk4.api import check_paths
    from tk4.checks.config import Config
    from tk4.checks.runner import default_reference_date
    from tk4.codes import VALIDATION_CODES
    from tk4.loading.catalogue import load_abbreviations, load_regions
    from tk4.render.context import ReportInput, build_view

    paths = [path] if oordeel_path is None else [path, oordeel_path]
    for given in paths:
        if given.is_dir():
            raise Tk4UserError(f"{given}: is een map; geef één zelfevaluatie (YAML-bestand) op")
    if oordeel_path is not None and _same_file(path, oordeel_path):
        raise Tk4UserError(f"{oordeel_path}: --oordeel is hetzelfde bestand als de zelfevaluatie")
    chosen = config or Config()
    outcome = check_paths(
        paths, config=chosen, select=select, ignore=ignore, reference_date=peildatum
    )
    refused = [
        finding
        for finding in outcome.findings
        if finding.code in VALIDATION_CODES and finding.severity is Severity.ERROR
    ]
    results = outcome.results
    main = results[0] if results else None
    inspection = results[1] if len(results) > 1 else None
    if (
        refused
        or len(results) != len(paths)
        or main is None
        or main.report is None
        or main.catalogue is None
        or (inspection is not None and inspection.report is None)
    ):
        return RenderOutcome(None, outcome, refused)
    if inspection is not None and inspection.report is not None:
        _check_pair(main.name, main.report, inspection.name, inspection.report)
    reference_date = peildatum or default_reference_date(main.report)
    rules, switched_off = _rule_settings(chosen, select, ignore)
    seen_from = (output.parent if output is not None else path.parent).resolve()

    def findings_of(name: str) -> list[Finding]:
        return [finding for finding in outcome.findings if finding.span.file == name]

    view = build_view(
        main.catalogue,
        ReportInput(main.report, findings_of(main.name), _folder(path, seen_from)),
        reference_date=reference_date,
        regions=load_regions(),
        abbreviations=load_abbreviations(),
        rules=rules,
        switched_off=switched_off,
        version=__version__,
        inspection=(
            ReportInput(
                inspection.report,
                findings_of(inspection.name),
                _folder(oordeel_path, seen_from) if oordeel_path is not None else "",
            )
            if inspection is not None and inspection.report is not None
            else None
        ),
    )
    return RenderOutcome(render_report(view, fmt, template_dir), outcome, [], view)


def _rule_settings(
    config: Config, select: Sequence[str], ignore: Sequence[str]
) -> tuple[dict[str, RuleSetting], dict[str, RuleSetting]]:
    """The rules that ran and those switched off, each with its basis and configured options.

    Why the switched-off ones too: the report names them, and keeps the legal term of a cycle
    whose rule did not run.
    """
    from tk4.checks import REGISTRY
    from tk4.checks.config import configure
    from tk4.render.context import RuleSetting

    selected = {c.rule.code for c in configure(config, REGISTRY, select, ignore)}
    ran: dict[str, RuleSetting] = {}
    switched_off: dict[str, RuleSetting] = {}
    for configured in configure(replace(config, select=(), ignore=()), REGISTRY):
        rule = configured.rule
        setting = RuleSetting(rule.basis, configured.options, rule.slug)
        (ran if rule.code in selected else switched_off)[rule.code] = setting
    return ran, switched_off


def _check_pair(main_name: str, main: SelfReport, other_name: str, other: SelfReport) -> None:
    """Refuse a zelfevaluatie and inspectieoordeel that do not belong together (Dutch error)."""
    if main.kind != "zelfevaluatie":
        raise Tk4UserError(
            f"{main_name}: met --oordeel moet het eerste bestand een zelfevaluatie zijn, "
            f"niet een {main.kind}"
        )
    if other.kind != "inspectieoordeel":
        raise Tk4UserError(
            f"{other_name}: --oordeel moet een inspectieoordeel zijn, niet een {other.kind}"
        )
    mismatches: Sequence[tuple[str, object, object]] = (
        ("regio", main.region, other.region),
        ("jaar", main.year, other.year),
        ("toetsingskader", main.catalogue_version, other.catalogue_version),
    )
    for label, own, theirs in mismatches:
        if own != theirs:
            raise Tk4UserError(
                f"{other_name}: het inspectieoordeel gaat over {label} {theirs}, de zelfevaluatie "
                f"({main_name}) over {label} {own}; beide moeten over dezelfde regio en "
                "hetzelfde jaar gaan"
            )


def _folder(report_file: Path, seen_from: Path) -> str:
    """The folder of ``report_file`` relative to ``seen_from``, as a POSIX path ("" if equal).

    Why: a relative evidence reference (``bijlagen/plan.pdf``) is relative to the report
    file; a rendered report in another folder must point one folder further to find it.
    """
    try:
        relative = Path(os.path.relpath(report_file.resolve().parent, seen_from)).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return ""
    return "" if relative == "." else relative


def _same_file(first: Path, second: Path) -> bool:
    return first.exists() and second.exists() and first.resolve() == second.resolve()


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, exactly one final newline.

    Why: Markdown and HTML output is compared in diffs and golden files; stray whitespace
    from template indentation would show up as noise.
    """
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n") + "\n"
