"""``tk4 catalog``: browse, search and export the Toetsingskader. Formatting only.

The logic lives in :mod:`tk4.catalogue_tools` and :mod:`tk4.loading.catalogue`; heavy imports
(pydantic models, rich) happen inside the commands to keep ``tk4 --help`` fast.
"""

from __future__ import annotations

import io
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, cast

import typer

from tk4.cli import completion
from tk4.cli._common import user_errors
from tk4.errors import Tk4UserError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    from tk4.model.catalogue import Catalogue, CatalogueNode, Element, Norm, Process, SubPoint
    from tk4.model.regions import Region

app = typer.Typer(
    help="Het toetsingskader bekijken, doorzoeken en exporteren; de veiligheidsregio's.",
    no_args_is_help=True,
    add_completion=False,
)

VersionOption = Annotated[
    str | None,
    typer.Option(
        "--versie",
        help="Versie van het toetsingskader (standaard de nieuwste).",
        autocompletion=completion.complete_version,
    ),
]


class ExportFormat(StrEnum):
    """The formats ``tk4 catalog export`` writes."""

    json = "json"
    md = "md"


class ListFormat(StrEnum):
    """The formats ``tk4 catalog regios`` writes."""

    text = "text"
    json = "json"


UNWRAPPED_WIDTH = 100_000
"""Console width when stdout is not a terminal: wide enough that no text is ever wrapped."""


class _TrailingSpaceStripper(io.TextIOBase):
    """A text stream that writes each line to ``target`` without its trailing spaces."""

    def __init__(self, target: TextIO) -> None:
        self._target = target
        self._pending = ""

    def writable(self) -> bool:
        """Always: this stream only writes."""
        return True

    def write(self, text: str) -> int:
        """Write the complete lines of ``text``; keep a partial last line until it ends."""
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            self._target.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        """Write a pending partial line as is, then flush ``target``."""
        if self._pending:
            self._target.write(self._pending)
            self._pending = ""
        self._target.flush()


def _catalogue(version: str | None) -> Catalogue:
    from tk4.loading.catalogue import latest_version, load_catalogue

    return load_catalogue(version if version is not None else latest_version())


def _console() -> Console:
    """A console on stdout; when stdout is not a terminal it never wraps or pads a line.

    Why: piped into grep or a file, a phrase broken over two lines, or a line padded with
    spaces to 80 columns, is not found.
    """
    import sys

    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        return console
    return Console(
        # Why the cast: rich asks for IO[str]; a TextIOBase with write and flush is enough.
        file=cast("TextIO", _TrailingSpaceStripper(sys.stdout)),
        highlight=False,
        soft_wrap=True,
        width=UNWRAPPED_WIDTH,
    )


@app.command("list")
@user_errors
def list_command(
    depth: Annotated[
        int,
        typer.Option(
            "--depth",
            min=1,
            max=4,
            help="Hoe diep: 1 processen, 2 normen, 3 elementen, 4 subpunten.",
        ),
    ] = 3,
    versie: VersionOption = None,
) -> None:
    """Toon het toetsingskader als boom: processen, normen, elementen, subpunten."""
    from rich.text import Text
    from rich.tree import Tree

    catalogue = _catalogue(versie)
    pub = catalogue.publication
    root = Tree(Text(f"{pub.title} — {pub.subtitle} (versie {catalogue.version})", "bold"))
    for process in catalogue.processes:
        process_branch = root.add(_label(process.id, process.title, bold=True))
        if depth < 2:
            continue
        for norm in process.norms:
            norm_branch = process_branch.add(_label(norm.id, norm.statement))
            if depth < 3:
                continue
            for element in norm.elements:
                element_branch = norm_branch.add(_label(element.id, element.text))
                if depth >= 4:
                    _add_subpoints(element_branch, element.children)
    _console().print(root)


def _label(node_id: str, text: str, *, bold: bool = False) -> Text:
    from rich.text import Text

    label = Text()
    label.append(node_id, "bold")
    label.append("  ")
    label.append(text, "bold" if bold else "")
    return label


def _add_subpoints(branch: Tree, points: list[SubPoint]) -> None:
    for point in points:
        child = branch.add(_label(point.id, point.text))
        _add_subpoints(child, point.children)


@app.command("show")
@user_errors
def show_command(
    node_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="ID van een proces, norm, element of subpunt, bv. UV.A.1.a; of een regiocode "
            "zoals VR05.",
            autocompletion=completion.complete_node,
        ),
    ],
    versie: VersionOption = None,
) -> None:
    """Toon een proces, norm, element of subpunt met tekst, aspecten, grondslag en errata.

    Een regiocode (VR05) of regionaam toont de veiligheidsregio.
    """
    from tk4.catalogue_tools import find_node
    from tk4.loading.catalogue import load_regions
    from tk4.model.catalogue import Element, Norm, Process

    catalogue = _catalogue(versie)
    node = find_node(catalogue, node_id)
    if node is None:
        region = load_regions().find(node_id)
        if region is None:
            raise Tk4UserError(_unknown_id_message(catalogue, node_id))
        _show_region(_console(), region)
        return
    console = _console()
    if isinstance(node, Process):
        _show_process(console, node)
    elif isinstance(node, Norm):
        _show_norm(console, catalogue, node)
    elif isinstance(node, Element):
        _show_element(console, catalogue, node)
    else:
        _show_subpoint(console, catalogue, node)
    _print_errata(console, catalogue, node)


def _unknown_id_message(catalogue: Catalogue, node_id: str) -> str:
    from tk4.catalogue_tools import ID_EXAMPLES, suggest_ids
    from tk4.loading.catalogue import load_regions

    message = f"onbekend ID '{node_id}' in toetsingskader {catalogue.version}"
    suggestions = suggest_ids(catalogue, node_id)
    if suggestions:
        return f"{message}; bedoelde u {' of '.join(suggestions)}?"
    regions = [f"{r.code} ({r.name})" for r in load_regions().suggest(node_id, limit=3)]
    if regions:
        return f"{message}; bedoelde u de regio {' of '.join(regions)}?"
    return (
        f"{message}; ID's zien eruit als {ID_EXAMPLES} (tk4 catalog list toont ze), een regio "
        "als VR05 (tk4 catalog regios)"
    )


def _show_region(console: Console, region: Region) -> None:
    from rich.text import Text

    _heading(console, region.code, f"veiligheidsregio {region.name}")
    console.print(Text(f"\nNaam: {region.name}"))
    aliases = ", ".join(region.aliases) if region.aliases else "geen"
    console.print(Text(f"Alternatieve namen: {aliases}"))
    console.print(Text(f"In een zelfevaluatie: regio: {region.code}"))


def _heading(console: Console, node_id: str, kind: str, source: str | None = None) -> None:
    from rich.text import Text

    heading = Text()
    heading.append(node_id, "bold")
    heading.append(f"  {kind}")
    if source:
        heading.append(f"  (bron: {source})", "dim")
    console.print(heading)


def _show_process(console: Console, process: Process) -> None:
    from rich.text import Text

    _heading(console, process.id, f"proces: {process.title}", process.source)
    console.print(Text("\nBeschrijving (hoofdstuk 2):", "bold"))
    console.print(Text(process.description))
    console.print(Text("\nHoofdlijn (hoofdstuk 3):", "bold"))
    console.print(Text(process.statement))
    console.print(Text("\nNormen:", "bold"))
    for norm in process.norms:
        console.print(_label(norm.id, norm.statement))


def _show_norm(console: Console, catalogue: Catalogue, norm: Norm) -> None:
    from rich.text import Text

    process = catalogue.process_of_norm[norm.id]
    _heading(console, norm.id, f"norm van proces {process.id} ({process.title})", norm.source)
    console.print(Text("\nNorm (hoofdstuk 3):", "bold"))
    console.print(Text(norm.statement))
    if norm.statement_detail is not None:
        console.print(Text("\nFormulering hoofdstuk 4 (wijkt af):", "bold"))
        console.print(Text(norm.statement_detail))
    _print_legal(console, catalogue, norm.legal_basis)
    console.print(Text("\nElementen:", "bold"))
    for element in norm.elements:
        console.print(_label(element.id, element.text))


def _show_element(console: Console, catalogue: Catalogue, element: Element) -> None:
    from rich.text import Text
    from rich.tree import Tree

    norm_id = catalogue.norm_of_element[element.id]
    _heading(console, element.id, f"element van norm {norm_id}", element.source)
    console.print()
    console.print(Text(element.text))
    if element.children:
        console.print()
        tree = Tree(Text("Subpunten:", "bold"))
        _add_subpoints(tree, element.children)
        console.print(tree)
    names = {aspect.id: aspect.name for aspect in catalogue.aspects}
    aspects = ", ".join(names[a] for a in element.aspects.aspects)
    console.print(Text(f"\nAspecten (interpretatie tk4): {aspects}", "bold"))
    console.print(Text(f"Reden: {element.aspects.reason}"))
    _print_legal(console, catalogue, element.legal_basis)


def _show_subpoint(console: Console, catalogue: Catalogue, point: SubPoint) -> None:
    from rich.text import Text
    from rich.tree import Tree

    from tk4.catalogue_tools import element_id_of, node_text, parent_id

    parent = parent_id(point.id)
    element_id = element_id_of(point.id)
    assert parent is not None
    assert element_id is not None
    if parent == element_id:
        kind = f"subpunt van element {element_id}"
    else:
        kind = f"sub-subpunt van subpunt {parent} (element {element_id})"
    _heading(console, point.id, kind, point.source)
    console.print()
    console.print(Text(point.text))
    if point.children:
        console.print()
        tree = Tree(Text("Subpunten:", "bold"))
        _add_subpoints(tree, point.children)
        console.print(tree)
    parent_node = catalogue.by_id[parent]
    console.print(Text(f"\nHoort bij {parent}:", "bold"))
    console.print(Text(node_text(parent_node)))


def _print_errata(console: Console, catalogue: Catalogue, node: CatalogueNode) -> None:
    """The errata about the node, or about the sub-points or elements shown with it."""
    from rich.text import Text

    from tk4.catalogue_tools import errata_of
    from tk4.model.catalogue import Element, Norm, Process

    shown = [node.id]
    if isinstance(node, Norm):
        shown += [element.id for element in node.elements]
    elif not isinstance(node, Process):
        point_ids = [n.id for n in catalogue.nodes() if n.id.startswith(node.id + ".")]
        shown += point_ids if isinstance(node, Element) or node.children else []
    errata = errata_of(catalogue, shown)
    if not errata:
        return
    console.print(
        Text("\nErrata (onvolkomenheden in de brontekst, zie tk4 catalog export):", "bold")
    )
    for erratum in errata:
        console.print(
            Text(
                f"- {erratum.id} ({erratum.kind}; {erratum.location}): zoals gedrukt "
                f"'{erratum.as_printed}'. Lezing tk4: {erratum.tk4_reading}"
            )
        )


def _print_legal(console: Console, catalogue: Catalogue, ids: list[str]) -> None:
    from rich.text import Text

    if not ids:
        return
    console.print(Text("\nWettelijke grondslag:", "bold"))
    for basis_id in ids:
        basis = catalogue.legal_by_id[basis_id]
        console.print(Text(f"- {basis.law} art. {basis.article} ({basis.id}): {basis.summary}"))


@app.command("search")
@user_errors
def search_command(
    words: Annotated[
        list[str], typer.Argument(metavar="WOORD...", help="Zoekwoorden (alle moeten voorkomen).")
    ],
    versie: VersionOption = None,
) -> None:
    """Zoek in processen, normen, elementen en subpunten (hoofdletters en accenten tellen niet).

    Doorzocht worden de titel, hoofdlijn en beschrijving van elk proces, de formulering van
    elke norm (hoofdstuk 3 en 4) en de tekst van elk element en subpunt. Alle woorden moeten
    in dezelfde tekst staan.
    """
    from rich.text import Text

    from tk4.catalogue_tools import search

    if not any(word.strip() for word in words):
        raise Tk4UserError("geef minstens één zoekwoord op, bv. tk4 catalog search informatie")
    catalogue = _catalogue(versie)
    hits = search(catalogue, words)
    console = _console()
    if not hits:
        console.print(Text(f"Niets gevonden in het toetsingskader met: {' '.join(words)}"))
        return
    for hit in hits:
        about = [hit.kind]
        if hit.where:
            about.append(hit.where)
        if hit.norm_id is not None and hit.norm_id != hit.node_id:
            about.append(f"norm {hit.norm_id}")
        line = Text()
        line.append(hit.node_id, "bold")
        line.append(f"  ({', '.join(about)})  ", "dim")
        body = Text(hit.text)
        for start, end in hit.spans:
            body.stylize("bold reverse", start, end)
        line.append_text(body)
        console.print(line)
    console.print(Text(f"\n{len(hits)} treffer(s)."))


@app.command("regios")
@user_errors
def regions_command(
    format_: Annotated[
        ListFormat,
        typer.Option("--format", "-f", help="text (tabel, standaard) of json."),
    ] = ListFormat.text,
) -> None:
    """Toon de 25 veiligheidsregio's: code, naam en alternatieve namen.

    In een zelfevaluatie staat de code (regio: VR05); tk4 init --regio neemt ook de naam.
    """
    from tk4.loading.catalogue import load_regions

    register = load_regions()
    if format_ is ListFormat.json:
        import json

        from tk4.catalogue_tools import regions_to_json

        typer.echo(json.dumps(regions_to_json(register), ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table("Code", "Naam", "Alternatieve namen")
    for region in register.regions:
        table.add_row(region.code, region.name, ", ".join(region.aliases))
    _console().print(table)


@app.command("export")
@user_errors
def export_command(
    format_: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="json (volledige data) of md (leesbaar document)."),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Schrijf naar dit bestand in plaats van naar de uitvoer."
        ),
    ] = None,
    versie: VersionOption = None,
) -> None:
    """Exporteer het hele toetsingskader als JSON of Markdown."""
    import json

    from tk4.catalogue_tools import catalogue_to_json, catalogue_to_markdown

    catalogue = _catalogue(versie)
    if format_ is ExportFormat.json:
        text = json.dumps(catalogue_to_json(catalogue), ensure_ascii=False, indent=2) + "\n"
    else:
        text = catalogue_to_markdown(catalogue)
    if output is None:
        typer.echo(text, nl=False)
        return
    from tk4.fileio import write_atomic

    write_atomic(output, text)
    typer.echo(f"geschreven: {output}", err=True)
