"""A minimal element tree of an HTML document, built with the standard ``html.parser``.

Why not a library: the report tests only need to walk elements, read attributes and text; the
standard library parser is enough and keeps the test dependencies small.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
"""Elements without an end tag."""


@dataclass
class Node:
    """An element: tag, attributes, children (nodes and text) and its parent."""

    tag: str
    attrs: dict[str, str | None]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        """This node and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def elements(self) -> list[Node]:
        """The element children (no text)."""
        return [child for child in self.children if isinstance(child, Node)]

    def text(self) -> str:
        """All text below this node, whitespace collapsed."""
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return " ".join(" ".join(parts).split())

    def by_id(self, element_id: str) -> Node:
        """The element with this id (fails when absent)."""
        for node in self.iter():
            if node.attrs.get("id") == element_id:
                return node
        raise AssertionError(f"geen element met id {element_id!r}")

    def all(self, tag: str) -> list[Node]:
        """Every element with this tag below (and including) this node."""
        return [node for node in self.iter() if node.tag == tag]

    def classes(self) -> set[str]:
        """The element's CSS classes."""
        return set((self.attrs.get("class") or "").split())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root
        self.declarations: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None or node.parent is None:
            raise AssertionError(f"eindtag </{tag}> zonder begintag")
        if node is not self.current:
            raise AssertionError(f"</{tag}> sluit <{self.current.tag}> niet eerst af")
        self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str) -> tuple[Node, list[str]]:
    """The document root and the declarations (``DOCTYPE``); fails on mis-nested tags."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    if builder.current is not builder.root:
        raise AssertionError(f"<{builder.current.tag}> is niet gesloten")
    return builder.root, builder.declarations
