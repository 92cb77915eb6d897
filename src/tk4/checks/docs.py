"""Rule documentation: parse a rule module's docstring, check it, render it as Markdown.

A rule's docstring is its only documentation. Its first line is ``CODE slug: samenvatting``,
followed by a free description and four sections, in this order, each header alone on a line
and its body indented by four spaces::

    Waarom:   why the rule exists and what it rests on
    Opties:   every option of ``RULE.options`` by name, or exactly "Geen."
    Fout:     a YAML fragment that makes the rule fire
    Goed:     a YAML fragment that keeps it quiet

The fragments are merged onto a complete, clean self-report by the test harness, so the
examples in ``docs/rules.md`` are tested code. ``docs/rules.md`` is generated from this
module (``python -m tk4 rules --format md``) and a test keeps it in sync.
"""

from __future__ import annotations

import difflib
import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from tk4.checks.base import FAMILIES, Rule
from tk4.codes import VALIDATION_CODES, ValidationCode
from tk4.errors import Tk4UserError
from tk4.findings import Severity
from tk4.loading.yaml import parse_yaml

SECTIONS = ("Waarom", "Opties", "Fout", "Goed")
"""The sections of a rule docstring, in their required order."""

NO_OPTIONS = "Geen."
"""The exact body of the *Opties* section of a rule without options."""

_HEADER = re.compile(r"^(?P<name>[A-Z][a-z]+):\s*$")
_INDENT = "    "

_SEVERITY_TEXT: Mapping[Severity, str] = {
    Severity.ERROR: (
        "de zelfevaluatie voldoet op dit punt niet; `tk4 check` eindigt met code 1, "
        "tenzij de bevinding als uitzondering is geaccepteerd."
    ),
    Severity.WARNING: ("iets om na te lopen: vaak onvolledig of verouderd; de exitcode blijft 0."),
    Severity.INFO: "een aandachtspunt of een advies; de exitcode blijft 0.",
}


@dataclass(frozen=True)
class RuleDoc:
    """The parts of a rule docstring; a part that is missing is an empty string.

    ``bad_yaml`` and ``good_yaml`` are the *Fout* and *Goed* fragments, dedented.
    """

    title: str
    description: str
    why: str
    options: str
    bad_yaml: str
    good_yaml: str


def parse_rule_doc(text: str) -> RuleDoc:
    """Split a rule docstring into its parts (lenient: see :func:`doc_problems` for checks)."""
    return _parse(text)[0]


def rule_doc(rule: Rule) -> RuleDoc:
    """The parsed documentation of ``rule``."""
    return parse_rule_doc(rule.doc)


def doc_problems(rule: Rule) -> list[str]:
    """Everything wrong with the documentation of ``rule``, in Dutch; empty when it is fine."""
    doc, problems = _parse(rule.doc)
    prefix = f"{rule.code} {rule.slug}:"
    if not doc.title.startswith(prefix) or not doc.title.removeprefix(prefix).strip():
        problems.append(f"de eerste regel moet beginnen met '{prefix} ' en een samenvatting")
    if not doc.description:
        problems.append("de beschrijving onder de eerste regel ontbreekt")
    bodies = (doc.why, doc.options, doc.bad_yaml, doc.good_yaml)
    for name, body in zip(SECTIONS, bodies, strict=True):
        if not body:
            problems.append(f"sectie '{name}:' ontbreekt of is leeg")
    if doc.options:
        problems.extend(_option_problems(rule, doc.options))
    for name, fragment in (("Fout", doc.bad_yaml), ("Goed", doc.good_yaml)):
        if fragment:
            problems.extend(_fragment_problems(rule, name, fragment))
    return problems


def parse_fragment(rule: Rule, section: str, fragment: str) -> dict[str, object]:
    """The YAML fragment ``section`` ("Fout" or "Goed") of ``rule`` as a mapping.

    Raises:
        ValueError: when the fragment is no YAML mapping (message in Dutch).
    """
    loaded = parse_yaml(fragment, f"{rule.code} {section}")
    if loaded.findings:
        details = "; ".join(f"{f.span}: {f.message}" for f in loaded.findings)
        raise ValueError(f"{rule.code} {section}: geen geldige YAML ({details})")
    if not isinstance(loaded.data, dict):
        raise ValueError(f"{rule.code} {section}: het voorbeeld moet een YAML-mapping zijn")
    return loaded.data


def find_code(registry: Mapping[str, Rule], query: str) -> Rule | ValidationCode:
    """The rule or validation code named by ``query``: a code (any case) or a slug.

    Raises:
        Tk4UserError: for an unknown code, with the closest codes or slugs as a suggestion.
    """
    wanted = query.strip()
    items: list[Rule | ValidationCode] = [*registry.values(), *VALIDATION_CODES.values()]
    names = {name: item for item in items for name in (item.code, item.slug)}
    folded = {name.casefold(): name for name in names}
    if wanted.casefold() in folded:
        return names[folded[wanted.casefold()]]
    close = [
        folded[match]
        for match in difflib.get_close_matches(wanted.casefold(), folded, n=2, cutoff=0.6)
    ]
    if close:
        quoted = " of ".join(f"'{name}'" for name in close)
        hint = f"; bedoelde u {quoted}?"
    else:
        hint = "; 'tk4 rules' toont alle regels"
    raise Tk4UserError(f"onbekende regel '{wanted}'{hint}")


def rule_description(rule: Rule) -> str:
    """The description of ``rule`` as one paragraph of plain text (docstring lines joined)."""
    return " ".join(rule_doc(rule).description.split())


def validation_code_description(code: ValidationCode) -> str:
    """The summary of ``code`` and what validation codes are, as one plain-text paragraph."""
    return " ".join(f"{code.summary} {_VALIDATION_INTRO}".split())


def render_validation_code_markdown(code: ValidationCode) -> str:
    """A validation code as Markdown: its summary and what validation codes are."""
    return f"# {code.code} {code.slug}\n\n**{code.summary}**\n\n{_VALIDATION_INTRO}\n"


def render_rule_markdown(rule: Rule, *, heading_level: int = 1) -> str:
    """The full documentation of ``rule`` as Markdown, its title at ``heading_level``."""
    doc = rule_doc(rule)
    top = "#" * heading_level
    sub = "#" * (heading_level + 1)
    family_prefix = FAMILIES[rule.family][0]
    lines = [
        f"{top} {rule.code} {rule.slug}",
        "",
        f"**{rule.summary}**",
        "",
        f"- Ernst: {rule.severity.value}",
        f"- Familie: {rule.family} ({family_prefix}xx)",
        f"- Grondslag: {rule.basis}",
        f"- Wettelijke plicht (niet weg te erkennen): {'ja' if rule.statutory else 'nee'}",
        f"- Ook bij `tk4 validate`: {'ja' if rule.in_validate else 'nee'}",
        f"- Sinds: tk4 {rule.since}",
        "",
        doc.description,
        "",
        f"{sub} Waarom",
        "",
        doc.why,
        "",
        f"{sub} Opties",
        "",
        *_options_markdown(rule, doc.options),
        f"{sub} Fout",
        "",
        "Dit fragment geeft, in een verder complete en foutloze zelfevaluatie, een bevinding:",
        "",
        "```yaml",
        doc.bad_yaml,
        "```",
        "",
        f"{sub} Goed",
        "",
        "Dit fragment geeft geen bevinding:",
        "",
        "```yaml",
        doc.good_yaml,
        "```",
    ]
    return "\n".join(lines) + "\n"


def render_family_markdown(
    registry: Mapping[str, Rule], family: str, *, heading_level: int = 2
) -> str:
    """The rules of ``family`` as Markdown: a heading with its description, then every rule."""
    prefix, description = FAMILIES[family]
    top = "#" * heading_level
    parts = [f"{top} {family.capitalize()} ({prefix}xx)\n\n{description}\n"]
    parts.extend(
        render_rule_markdown(rule, heading_level=heading_level + 1)
        for rule in registry.values()
        if rule.family == family
    )
    return "\n".join(parts)


def render_rules_markdown(registry: Mapping[str, Rule]) -> str:
    """The whole of ``docs/rules.md``: introduction, overview, every rule, validation codes."""
    parts = [_introduction(), _overview(registry)]
    for family in FAMILIES:
        if any(rule.family == family for rule in registry.values()):
            parts.append(render_family_markdown(registry, family))
    parts.append(_validation_codes(VALIDATION_CODES))
    return "\n".join(parts)


# --- parsing ----------------------------------------------------------------------------


def _parse(text: str) -> tuple[RuleDoc, list[str]]:
    problems: list[str] = []
    lines = inspect.cleandoc(text).splitlines() if text.strip() else []
    if not lines:
        return RuleDoc("", "", "", "", "", ""), ["de docstring ontbreekt"]
    title, rest = lines[0].strip(), lines[1:]
    intro: list[str] = []
    bodies: dict[str, list[str]] = {}
    current: list[str] = intro
    current_name: str | None = None
    for number, line in enumerate(rest, start=2):
        header = _HEADER.match(line)
        if header and header["name"] in SECTIONS:
            name = header["name"]
            if name in bodies:
                problems.append(f"sectie '{name}:' staat er twee keer in (regel {number})")
            current_name, current = name, []
            bodies[name] = current
        elif current_name is not None and line.strip() and not line.startswith(_INDENT):
            problems.append(
                f"regel {number} in sectie '{current_name}:' moet met vier spaties inspringen"
            )
            current.append(line)
        else:
            current.append(line.removeprefix(_INDENT) if current_name is not None else line)
    if list(bodies) != [name for name in SECTIONS if name in bodies]:
        problems.append(f"secties moeten in de volgorde {', '.join(SECTIONS)} staan")
    doc = RuleDoc(
        title=title,
        description=_block(intro),
        why=_block(bodies.get("Waarom", [])),
        options=_block(bodies.get("Opties", [])),
        bad_yaml=_block(bodies.get("Fout", [])),
        good_yaml=_block(bodies.get("Goed", [])),
    )
    return doc, problems


def _block(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _option_problems(rule: Rule, body: str) -> list[str]:
    if not rule.options:
        if body.strip() != NO_OPTIONS:
            return [f"de regel heeft geen opties; 'Opties:' moet precies '{NO_OPTIONS}' zijn"]
        return []
    if body.strip() == NO_OPTIONS:
        return [f"sectie 'Opties:' zegt '{NO_OPTIONS}', maar de regel heeft opties"]
    return [
        f"optie '{name}' wordt niet genoemd in sectie 'Opties:'"
        for name in rule.options
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)
    ]


def _fragment_problems(rule: Rule, section: str, fragment: str) -> list[str]:
    try:
        parse_fragment(rule, section, fragment)
    except ValueError as error:
        return [str(error)]
    return []


# --- rendering --------------------------------------------------------------------------


def _options_markdown(rule: Rule, body: str) -> list[str]:
    if not rule.options:
        return [body, ""]
    lines = [
        "| Optie | Standaard | Toegestaan | Omschrijving |",
        "|---|---|---|---|",
        *(
            f"| `{name}` | `{option.default}` | {option.range_text() or 'elke waarde'} "
            f"| {_cell(option.description)} |"
            for name, option in rule.options.items()
        ),
        "",
        body,
        "",
        "Instellen in `tk4.toml`:",
        "",
        "```toml",
        f"[options.{rule.code}]",
        *(f"{name} = {_toml_value(option.default)}" for name, option in rule.options.items()),
        "```",
        "",
    ]
    return lines


def _toml_value(value: int | float | str) -> str:
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return repr(value)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _anchor(rule: Rule) -> str:
    return f"#{rule.code.lower()}-{rule.slug}"


def _overview(registry: Mapping[str, Rule]) -> str:
    rows = [
        f"| [{rule.code}]({_anchor(rule)}) | {rule.slug} | {rule.severity.value} "
        f"| {rule.family} | {_cell(rule.basis)} |"
        for rule in registry.values()
    ]
    return "\n".join(
        [
            "## Overzicht",
            "",
            "| Code | Slug | Ernst | Familie | Grondslag |",
            "|---|---|---|---|---|",
            *rows,
            "",
        ]
    )


def _validation_codes(codes: Mapping[str, ValidationCode]) -> str:
    rows = [
        f"| {c.code} | {c.slug} | {c.severity.value} | {_cell(c.summary)} |" for c in codes.values()
    ]
    return "\n".join(
        [
            "## Validatiecodes",
            "",
            _VALIDATION_INTRO,
            "",
            "| Code | Slug | Ernst | Omschrijving |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )


_VALIDATION_INTRO = """\
Voordat de regels draaien controleert tk4 of een bestand een goed gevormde zelfevaluatie is
(`tk4 validate`, ook de eerste stap van `tk4 check`). Die controles hebben eigen codes: TK0xx
voor het lezen van het bestand en de YAML, TK1xx voor sleutels, typen, keuzes en verwijzingen.
Een bestand met een fout wordt niet verder getoetst. Een paar codes zijn geen fout maar een
opmerking over het geheel: een uitzondering waar geen bevinding bij past (TK121, na de regels),
twee bestanden voor dezelfde regio, hetzelfde jaar en dezelfde soort (TK122), een uitzondering
waarvan de einddatum verstreken is (TK124), een peildatum vóór het verslagjaar (TK125), een
peildatum na de datum van opstellen (TK126) en een uitzondering op een wettelijke plicht
(TK127).
Validatiecodes zijn niet in te stellen en niet als uitzondering te accepteren."""


def _families_table() -> str:
    rows = [
        f"| {family} | {prefix}xx | {_cell(description)} |"
        for family, (prefix, description) in FAMILIES.items()
    ]
    return "\n".join(["| Familie | Codes | Waar het om gaat |", "|---|---|---|", *rows])


def _severities_list() -> str:
    return "\n".join(f"- **{severity.value}**: {text}" for severity, text in _SEVERITY_TEXT.items())


def _introduction() -> str:
    return f"""\
<!-- Gegenereerd uit de regels in src/tk4/checks/rules/; niet met de hand bewerken.
     Bijwerken: python -m tk4 rules --format md > docs/rules.md -->

# Regels van tk4

`tk4 check` legt een zelfevaluatie langs het Toetsingskader 4.0 en meldt waar die tekortschiet:
wat niet beoordeeld of onderbouwd is, welk bewijs verouderd is, welke wettelijke cycli verlopen
zijn, hoe inzetten presteerden en of verbeterpunten worden opgevolgd. Elke bevinding draagt een
vaste code (bijvoorbeeld `TK301`) en een slug (`element-niet-beoordeeld`). Dit document beschrijft
elke regel met de reden, de opties en een fout en een goed voorbeeld. Op de opdrachtregel toont
`tk4 rules` het overzicht en `tk4 rules TK301` de uitleg van één regel.

De voorbeelden zijn fragmenten van een zelfevaluatie: ze worden in de tests over een verder
complete en foutloze zelfevaluatie gelegd (mappings worden samengevoegd, lijsten vervangen),
waarna het *Fout*-voorbeeld de regel moet laten afgaan en het *Goed*-voorbeeld niet.

## Families

De regels zijn in families ingedeeld; het eerste cijfer van de code hoort bij de familie.

{_families_table()}

## Ernst

Elke regel heeft een standaardernst:

{_severities_list()}

`tk4 validate` draait alleen de regels die bij de volledigheid van het bestand horen (zie
"Ook bij `tk4 validate`" per regel); `tk4 check` draait alle ingeschakelde regels.

## Instellen

`tk4 check` leest zijn instellingen uit het bestand dat `--config` noemt, en anders uit de
dichtstbijzijnde `tk4.toml` (of `pyproject.toml` met een tabel `[tool.tk4]`) in de huidige map of
een map erboven. Daarin staan vier instellingen:

- `select`: welke regels draaien, als codes of familienamen (standaard: alle regels; een lege
  lijst is een fout: laat `select` dan weg);
- `ignore`: codes of families die niet draaien;
- `severity`: een andere ernst (`fout`, `waarschuwing` of `info`) per regel of per familie; een
  regel die zelf genoemd wordt, gaat voor zijn familie;
- `options`: drempels per regel (zie *Opties* bij elke regel), alleen met regelcodes.

Regelcodes mogen in kleine of hoofdletters (`tk301` is `TK301`).

```toml
select = ["dekking", "cycli", "TK601"]
ignore = ["TK403"]

[severity]
bewijs = "info"                  # de hele familie
TK402 = "fout"                   # gaat voor de familie

[options.TK302]
min_tekens = 60
```

In `pyproject.toml` staat hetzelfde onder `[tool.tk4]`, `[tool.tk4.severity]` en
`[tool.tk4.options.TK302]`. Op de opdrachtregel vervangt `--select` de `select` uit het bestand
en komt `--ignore` bij de `ignore` uit het bestand. Een waarde van het verkeerde type, een
onbekende code, familie, ernst of optie en een optie buiten haar bereik (zie *Toegestaan* bij de
opties) zijn een fout (exitcode 2); de melding noemt het bestand en de instelling, of
`--select`/`--ignore`, met een suggestie. `tk4 validate` leest dezelfde instellingen voor de
regels die het draait.

Regels over termijnen en geldigheid rekenen vanaf de peildatum: standaard 31 december van het
verslagjaar, zodat een uitkomst ook jaren later hetzelfde is; `--peildatum JJJJ-MM-DD` kiest
een andere. Wat pas na de peildatum is vastgesteld, gehouden of afgerond, was er op de
peildatum nog niet: zo'n plan of bewijsstuk telt niet, zo'n systeemtest ook niet, en zo'n
verbeterpunt stond toen nog open.

## Uitzonderingen

Soms is een bevinding terecht maar bewust geaccepteerd, bijvoorbeeld omdat een plan in
herziening is. Zet haar dan in de zelfevaluatie onder `uitzonderingen`, met de code van de regel,
het onderdeel waar het om gaat (het element, de norm, het document, de inzet of het
verbeterpunt dat in de bevinding genoemd wordt) en een reden van minstens tien tekens (spaties
tellen niet mee):

```yaml
uitzonderingen:
  - regel: TK301
    onderdeel: RB.A.1
    reden: Wordt beoordeeld na de herziening van het risicoprofiel in het voorjaar.
```

Het onderdeel staat in de tekstuitvoer achter elke bevinding: `(onderdeel: RB.A.1)`. Zonder
`onderdeel` geldt de uitzondering voor alle bevindingen van die regel in het bestand. Een
geaccepteerde bevinding blijft zichtbaar in elk rapport, met de reden erbij, maar laat
`tk4 check` niet meer falen. Een uitzondering voor een regel die niet bestaat is een
validatiefout (TK120); een uitzondering voor een regel die wel draaide maar geen passende
bevinding gaf, geeft een melding (TK121), met een suggestie als het onderdeel op een gemeld
onderdeel lijkt. Met `tot: JJJJ-MM-DD` geldt een uitzondering tot en met die datum; ligt de
peildatum later, dan telt de bevinding weer mee en meldt tk4 dat de uitzondering verlopen is
(TK124).

Een bevinding over een **wettelijke plicht** (Wet of Besluit veiligheidsregio's; bij de regel
staat "Wettelijke plicht: ja") is niet weg te erkennen. Een uitzondering daarvoor houdt de
bevinding met haar ernst en de exitcode in stand; de reden staat erbij als motivering van de
regio ("door de regio gemotiveerd") en bij de uitzondering zelf staat een melding (TK127).
"""
