"""Every section of the report against the content of the examples, in Markdown and HTML.

The expectations are computed from the example files themselves (through the model), so the
tests keep checking the right thing when the examples change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from html_tree import Node, parse
from render_helpers import EXAMPLES, example_peildatum, example_reports, verdict_of

from tk4.api import Outcome
from tk4.checks.improvements import is_open, is_overdue
from tk4.findings import Finding
from tk4.loading.catalogue import load_abbreviations, load_catalogue, load_regions
from tk4.model.catalogue import Catalogue
from tk4.model.report import SelfReport
from tk4.render import build_report
from tk4.render.escape import md_inline, safe_href
from tk4.render.formatting import counted, dutch_date
from tk4.render.wording import Names, reader_message

CATALOGUE: Catalogue = load_catalogue("4.0")


@dataclass(frozen=True)
class Rendered:
    """One rendered example: text, parsed HTML (for html), the model and the check outcome."""

    fmt: str
    text: str
    root: Node | None
    report: SelfReport
    outcome: Outcome
    peildatum: dt.date

    def section(self, anchor: str, md_heading: str) -> str:
        """The text of one part: by HTML id, or from a Markdown heading to the next one."""
        if self.root is not None:
            return self.root.by_id(anchor).text()
        heading = re.search(rf"\n{re.escape(md_heading)}[^\n]*\n", self.text)
        assert heading is not None, md_heading
        start = heading.start() + 1
        level = len(md_heading.split(" ", 1)[0])
        end = len(self.text)
        for marker in ("\n" + "#" * depth + " " for depth in range(1, level + 1)):
            found = self.text.find(marker, start + len(md_heading))
            if found != -1:
                end = min(end, found)
        return self.text[start:end]

    def shown(self, value: str) -> str:
        """How user text appears in this format's text."""
        return str(md_inline(value)) if self.fmt == "md" else " ".join(value.split())

    def row(self, anchor: str, md_start: str) -> str:
        """A table row: by HTML id, or the Markdown line starting with ``md_start``."""
        if self.root is not None:
            return self.root.by_id(anchor).text()
        return next(line for line in self.text.splitlines() if line.startswith(md_start))


_CACHE: dict[tuple[Path, str, Path | None], Rendered] = {}


def rendered(example: Path, fmt: str, verdict: Path | None = None) -> Rendered:
    """Render once per (example, format, verdict) for the whole module."""
    key = (example, fmt, verdict)
    if key not in _CACHE:
        peildatum = example_peildatum(example)
        outcome = build_report(example, verdict, peildatum, None, "md" if fmt == "md" else "html")
        assert outcome.text is not None
        report = outcome.outcome.results[0].report
        assert report is not None
        root = parse(outcome.text)[0] if fmt == "html" else None
        _CACHE[key] = Rendered(fmt, outcome.text, root, report, outcome.outcome, peildatum)
    return _CACHE[key]


EXAMPLE_IDS = [path.stem for path in example_reports()]
FORMATS = ["md", "html"]


@pytest.fixture(params=FORMATS)
def fmt(request: pytest.FixtureRequest) -> str:
    """Each text format."""
    return str(request.param)


@pytest.fixture(params=example_reports(), ids=EXAMPLE_IDS)
def example(request: pytest.FixtureRequest, fmt: str) -> Rendered:
    """Each example rendered in each format."""
    path: Path = request.param
    return rendered(path, fmt)


def _label(value: str | None) -> str:
    levels = CATALOGUE.scale_by_value
    return levels[value].label if value else "Niet beoordeeld"


def test_title_page_names_region_year_kind_version_and_dates(example: Rendered) -> None:
    report = example.report
    if example.root is not None:
        (header,) = example.root.all("header")
        head = header.text()
    else:
        head = example.text[: example.text.index("\n## Inhoud\n")]
    region = load_regions().by_code[report.region]
    assert f"{report.region} {region.name}" in head
    assert str(report.year) in head
    assert {"zelfevaluatie": "Zelfevaluatie", "inspectieoordeel": "Inspectieoordeel"}[
        report.kind
    ] in head
    assert "versie 4.0" in head
    assert dutch_date(report.drafted.date) in head
    assert example.shown(report.drafted.by) in head
    assert dutch_date(example.peildatum) in head


def _judgement_row(example: Rendered, norm_id: str, label: str) -> str:
    """The row of the norm's judgement table for the norm as a whole or one element."""
    anchor = f"norm-{norm_id.lower().replace('.', '-')}"
    if example.root is not None:
        (table,) = [t for t in example.root.by_id(anchor).all("table") if "oordelen" in t.classes()]
        rows = [r for r in table.all("tr") if r.all("th") and r.all("th")[0].attrs.get("scope")]
        return next(r.text() for r in rows if r.all("th")[0].text().startswith(label))
    section = example.section(anchor, f"#### Norm {norm_id}")
    return next(line for line in section.splitlines() if line.startswith(f"| **{label}**"))


def test_each_norm_and_element_shows_its_judgement_and_explanation(example: Rendered) -> None:
    report = example.report
    marker = "**Oordeel: " if example.fmt == "md" else "Oordeel "
    for norm in CATALOGUE.norms.values():
        assessment = report.norms.get(norm.id)
        judgement = assessment.judgement if assessment else None
        row = _judgement_row(example, norm.id, f"Norm {norm.id} als geheel")
        assert _label(judgement) in row, norm.id
        if assessment is not None and assessment.explanation:
            block = example.section(
                f"toelichting-norm-{norm.id.lower().replace('.', '-')}",
                f"##### Norm {norm.id} als geheel",
            )
            assert f"{marker}{_label(judgement)}" in block, norm.id
            assert example.shown(assessment.explanation)[:80] in block, norm.id
        for element in norm.elements:
            item = assessment.elements.get(element.id) if assessment else None
            value = item.judgement if item else None
            assert _label(value) in _judgement_row(example, norm.id, element.id), element.id
            if item is not None and item.explanation:
                block = example.section(
                    f"element-{element.id.lower().replace('.', '-')}",
                    f"##### Element {element.id}",
                )
                assert f"{marker}{_label(value)}" in block, element.id
                assert example.shown(item.explanation)[:80] in block, element.id


def test_evidence_is_linked_when_the_reference_is_safe(example: Rendered) -> None:
    documents = {d.id: d for d in example.report.documents}
    norm_id, assessment = next((n, a) for n, a in example.report.norms.items() if a.evidence)
    document = documents[assessment.evidence[0]]
    href = safe_href(document.reference)
    assert href is not None
    anchor = f"norm-{norm_id.lower().replace('.', '-')}"
    if example.root is not None:
        links = [(a.attrs["href"], a.text()) for a in example.root.by_id(anchor).all("a")]
        assert (href, " ".join(document.title.split())) in links
    else:
        section = example.section(anchor, f"#### Norm {norm_id}")
        assert f"[{example.shown(document.title)}]({href})" in section


def _reader_text(example: Rendered, finding: Finding) -> str:
    """A finding as the report words it: titles and names of the file it comes from."""
    report = next(
        r.report for r in example.outcome.results if r.name == finding.span.file and r.report
    )
    names = Names(
        {document.id: document.title for document in report.documents},
        {deployment.id: deployment.name for deployment in report.deployments},
    )
    return reader_message(finding.message_id, finding.args, names, finding.message)


def test_every_check_finding_appears_in_the_report(example: Rendered) -> None:
    body = example.text if example.root is None else example.root.text()
    for finding in example.outcome.findings:
        assert example.shown(_reader_text(example, finding)) in body, finding.code


def test_overdue_points_are_marked_and_others_are_not(example: Rendered) -> None:
    for point in example.report.improvements:
        overdue = is_overdue(point, example.peildatum)
        row = example.row(f"verbeterpunt-{point.id}", f"| {example.shown(point.id)}:")
        assert ("termijn verstreken" in row) is overdue, point.id
        if point.owner:
            assert example.shown(point.owner) in row


def test_turnout_times_over_the_norm_are_marked(example: Rendered) -> None:
    norms = CATALOGUE.time_norm_by_id
    for deployment in example.report.deployments:
        anchor = f"inzet-{deployment.id}"
        for norm_id, minutes in deployment.turnout_minutes.items():
            label = norms[norm_id].label
            if example.root is not None:
                table = next(
                    t
                    for t in example.root.by_id(anchor).all("table")
                    if "opkomsttijden" in t.classes()
                )
                (row,) = [r.text() for r in table.all("tr") if r.all("th")[0].text() == label]
            else:
                section = example.section(anchor, f"#### {example.shown(deployment.name)}")
                (row,) = [line for line in section.splitlines() if line.startswith(f"| {label} |")]
            over = minutes > norms[norm_id].minutes
            assert ("boven norm" in row) is over, (deployment.id, norm_id)
            assert ("binnen norm" in row) is not over, (deployment.id, norm_id)
            assert ("minuten te laat" in row) is over, (deployment.id, norm_id)


def test_document_register_lists_every_document_with_its_dates(example: Rendered) -> None:
    section = example.section("kerngegevens", "## 2 Kerngegevens")
    for document in example.report.documents:
        assert example.shown(document.title) in section
        if document.adopted:
            assert dutch_date(document.adopted) in section


def test_cycle_status_follows_the_cycle_rules(example: Rendered) -> None:
    section = example.section("kerngegevens", "## 2 Kerngegevens")
    cycle_codes = {f.code for f in example.outcome.findings if f.code.startswith("TK50")}
    labels = ("Beleidsplan", "Crisisplan", "Risicoprofiel", "Visitatie", "Kostenevaluatie")
    codes = ("TK501", "TK502", "TK503", "TK504", "TK505", "TK506", "TK507")
    rows = [*labels, "Jaarverslag (verantwoording)", "Systeemtest"]
    for label, code in zip(rows, codes, strict=True):
        if example.root is not None:
            table = next(t for t in example.root.all("table") if "cycli" in t.classes())
            row = next(r.text() for r in table.all("tr") if r.all("th")[0].text().startswith(label))
        else:
            row = next(line for line in section.splitlines() if line.startswith(f"| {label} |"))
        ok = "op orde" in row
        assert ok is (code not in cycle_codes), (label, row)


def test_summary_counts_match_the_report(example: Rendered) -> None:
    section = example.section("samenvatting", "## Samenvatting")
    counts: dict[str, int] = {}
    for norm_id in CATALOGUE.norms:
        assessment = example.report.norms.get(norm_id)
        value = assessment.judgement if assessment and assessment.judgement else "niet beoordeeld"
        counts[value] = counts.get(value, 0) + 1
    for level in CATALOGUE.scale:
        row = f"| {level.label} | {counts.get(level.value, 0)} |"
        if example.root is not None:
            row = f"{level.label} {counts.get(level.value, 0)} "
        assert row in section, level.value
    open_points = [p for p in example.report.improvements if is_open(p, example.peildatum)]
    assert f"{len(open_points)} van {len(example.report.improvements)}" in section
    assert section.index("Beeld in het kort") < section.index("Oordelen in cijfers")


def test_rode_draden_come_from_tk704(example: Rendered) -> None:
    section = example.section("rode-draden", "### 5.2 Rode draden")
    rode = [f for f in example.outcome.findings if f.code == "TK704"]
    for finding in rode:
        assert example.shown(_reader_text(example, finding)) in section
    if not rode:
        assert "Geen rode draden zonder belegde opvolging" in section


def test_conclusion_has_matrix_and_aspect_coverage(example: Rendered) -> None:
    section = example.section("eindconclusie", "## 6 Eindconclusie en overzicht scores")
    for norm_id in CATALOGUE.norms:
        assert norm_id in section
    for aspect in CATALOGUE.aspects:
        assert aspect.name in section


def test_appendices_hold_the_framework_errata_abbreviations_and_colophon(
    example: Rendered,
) -> None:
    section = example.section("bijlagen", "## Bijlagen")
    for node in CATALOGUE.nodes():
        assert node.id in section, node.id
    for erratum in CATALOGUE.errata:
        assert erratum.id in section
    for abbreviation in load_abbreviations().abbreviations:
        assert example.shown(abbreviation.term) in section
    body = example.text if example.root is None else example.root.text()
    assert "Aan deze publicatie kunnen geen rechten worden ontleend." in body
    assert "gegenereerd met tk4 0.1.0" in body


SELF = EXAMPLES / "vr05-twente-2025.yaml"


@pytest.mark.skipif(verdict_of(SELF) is None, reason="voorbeeld met inspectieoordeel ontbreekt")
def test_side_by_side_shows_both_judgements_and_marks_differences(fmt: str) -> None:
    verdict = verdict_of(SELF)
    page = rendered(SELF, fmt, verdict)
    other = next(r.report for r in page.outcome.results[1:] if r.report is not None)
    differing = 0
    for norm_id in CATALOGUE.norms:
        own = page.report.norms.get(norm_id)
        theirs = other.norms.get(norm_id)
        own_value = own.judgement if own else None
        their_value = theirs.judgement if theirs else None
        row = _judgement_row(page, norm_id, f"Norm {norm_id} als geheel")
        assert _label(own_value) in row
        assert _label(their_value) in row
        # Only two given judgements can differ; "niet beoordeeld" on one side is no difference.
        differs = own_value is not None and their_value is not None and own_value != their_value
        assert ("inspectie oordeelt" in row) is differs, norm_id
        assert ("verschil" in row) is differs, norm_id
        differing += differs
    summary = page.section("samenvatting", "## Samenvatting")
    shown = counted(differing, "norm", "normen")
    assert f"Verschillen met de Inspectie{':' if fmt == 'md' else ''} {shown}" in summary
    assert "Normen (inspectie)" in summary
    for point in other.improvements:
        row = page.row(f"inspectiepunt-{point.id}", f"| {page.shown(point.id)}:")
        # The column says "Aanbeveling", so the text does not repeat it.
        text = re.sub(r"^Aanbeveling: (.)", lambda m: m.group(1).upper(), point.description)
        assert page.shown(text)[:60] in row
        assert "Aanbeveling:" not in row
