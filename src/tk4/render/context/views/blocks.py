"""Building blocks every section of the view-model uses: badges, levels, links, findings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Badge:
    """A coloured text label (judgement, status, severity): never colour without its text.

    ``filled`` badges (a status, a difference) are a coloured block with the text on it; the
    others a small colour square beside the text, as the judgement scale is shown.
    """

    label: str
    css_class: str
    colour: str
    text_colour: str
    filled: bool = False


@dataclass(frozen=True)
class Level:
    """One level of the judgement scale as shown: value, description and badge."""

    value: str
    label: str
    description: str
    assessed: bool
    rank: int | None
    badge: Badge


@dataclass(frozen=True)
class Link:
    """A title that links to ``href`` when its reference is ``http(s)`` or relative.

    ``unsafe_reference`` holds a reference that was refused as a link target (shown as text).
    """

    text: str
    href: str | None = None
    unsafe_reference: str | None = None


@dataclass(frozen=True)
class Ref:
    """A cross-reference inside the report: its text and the anchor (HTML id) it points at.

    ``anchor`` is None for something the report names but does not show (plain text).
    """

    text: str
    anchor: str | None


@dataclass(frozen=True)
class Heading:
    """A heading of the report: HTML id, number, title and the text as shown.

    ``number`` is "3", "3.1" or "Bijlage 2", empty for the unnumbered samenvatting and
    bijlagen chapters; ``text`` is number and title together ("3.1 RB Risicobeheersing"),
    ``md_anchor`` the GitHub/GitLab anchor of that text as a Markdown heading. ``children``
    are the sub-headings; in ``view.toc`` only the numbered ones (those the table of contents
    lists).
    """

    id: str
    number: str
    title: str
    text: str
    md_anchor: str
    children: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class FindingView:
    """A finding of the toetsing as shown: rule name in words, message, code and where it is.

    ``location`` names the file(s) (without folders, so the report does not depend on where
    it was made) and line; ``origin`` says which file(s) it comes from when the report sets
    an inspectieoordeel beside the zelfevaluatie ("inspectieoordeel", "zelfevaluatie en
    inspectieoordeel"), else None. ``place`` is where in the report it is shown;
    ``place_named`` is true when the message itself already names that place, so a list
    does not add "(bij element UV.E.2)" to a message about element UV.E.2. ``rule`` and
    ``message`` are worded for the reader (:mod:`tk4.render.wording`): titles and names, no
    ids or keys of the YAML file.
    """

    code: str
    slug: str
    message_id: str
    rule: str
    severity: Badge
    message: str
    location: str
    line: int
    acknowledged: str | None
    origin: str | None
    place: Ref | None
    place_named: bool
    motivation: str | None = None
    """The region's reason for a statutory finding it cannot accept away (still counting)."""


@dataclass(frozen=True)
class LevelCount:
    """How many norms or elements got one level of the scale."""

    level: Level
    count: int
    share: str
