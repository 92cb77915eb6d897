"""Hostile user text renders as harmless text in both formats; only safe links are links."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from html_tree import parse
from markdown_it import MarkdownIt
from render_helpers import Render

SCRIPT = "<script>alert('x')</script>"
HOSTILE = (
    f"{SCRIPT} *vet* _schuin_ | pipe [link](javascript:alert(1)) <img src=x onerror=alert(1)> &lt;"
)
"""Text with HTML, Markdown syntax and a would-be link; it must come out exactly as written."""

UNSAFE_REFERENCES = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]
SAFE_REFERENCES = {
    "https://example.org/plan (def).pdf": "https://example.org/plan%20%28def%29.pdf",
    "bijlagen/plan.pdf": "bijlagen/plan.pdf",
}


def _report() -> dict[str, Any]:
    documents = [
        {"id": f"onveilig-{i}", "soort": "overig", "titel": f"{HOSTILE} {i}", "verwijzing": ref}
        for i, ref in enumerate(UNSAFE_REFERENCES)
    ] + [
        {"id": f"veilig-{i}", "soort": "overig", "titel": f"Veilig {i}", "verwijzing": ref}
        for i, ref in enumerate(SAFE_REFERENCES)
    ]
    evidence = [d["id"] for d in documents]
    return {
        "toetsingskader": "4.0",
        "soort": "zelfevaluatie",
        "regio": "VR05",
        "jaar": 2024,
        "opgesteld": {"datum": "2025-02-01", "door": HOSTILE},
        "documenten": documents,
        "normen": {
            "RB.A": {
                "oordeel": "op niveau",
                "toelichting": f"{HOSTILE}\n\n# geen kop\n- geen lijst",
                "bewijs": evidence,
                "elementen": {"RB.A.1": {"oordeel": "op niveau", "toelichting": HOSTILE}},
            }
        },
        "inzetten": [
            {
                "id": "inzet",
                "soort": "oefening",
                "naam": HOSTILE,
                "datum": "2024-05-01",
                "toelichting": HOSTILE,
                "prestaties": {"team": {"oordeel": "op niveau", "toelichting": HOSTILE}},
            }
        ],
        "verbeterpunten": [
            {
                "id": "vp",
                "omschrijving": HOSTILE,
                "thema": HOSTILE,
                "eigenaar": HOSTILE,
                "status": "open",
                "bron": "inzet",
            }
        ],
        "uitzonderingen": [{"regel": "TK507", "reden": HOSTILE}],
    }


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A valid report with hostile text in every free-text field (JSON is valid YAML)."""
    path = tmp_path / "vijandig.yaml"
    path.write_text(json.dumps(_report(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_html_shows_hostile_text_as_text(render: Render, hostile: Path) -> None:
    text, _ = render(hostile, "html")
    root, _ = parse(text)
    assert not root.all("script")
    assert not root.all("img")
    for node in root.iter():
        assert not [name for name in node.attrs if name.startswith("on")]
        for value in node.attrs.values():
            assert not re.match(r"\s*(javascript|data|vbscript):", value or "", re.IGNORECASE)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    body = root.all("main")[0].text()
    assert " ".join(HOSTILE.split()) in body
    assert "javascript:alert(1)" in body  # shown as text, next to the title


def test_html_links_only_safe_references(render: Render, hostile: Path) -> None:
    text, _ = render(hostile, "html")
    root, _ = parse(text)
    external = {
        a.attrs["href"] for a in root.all("a") if not (a.attrs["href"] or "#").startswith("#")
    }
    assert external == set(SAFE_REFERENCES.values())


MARKDOWN = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _tokens(markdown: str) -> list[Any]:
    flat = []
    for token in MARKDOWN.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def test_markdown_has_no_raw_html_and_only_safe_links(render: Render, hostile: Path) -> None:
    text, _ = render(hostile, "md")
    tokens = _tokens(text)
    assert not [t for t in tokens if t.type in ("html_inline", "html_block")]
    links = {str(t.attrs["href"]) for t in tokens if t.type == "link_open"}
    internal = {href for href in links if href.startswith("#")}
    assert links - internal == set(SAFE_REFERENCES.values())
    assert not [t for t in tokens if t.type in ("em_open", "strong_open") and t.markup in "_"]


def test_markdown_shows_hostile_text_literally(render: Render, hostile: Path) -> None:
    text, _ = render(hostile, "md")
    root, _ = parse(f"<div>{MARKDOWN.render(text)}</div>")
    assert " ".join(HOSTILE.split()) in root.text()
    assert "\n# geen kop" not in text
    assert "\n- geen lijst" not in text
    assert "<script>" not in text


def test_markdown_tables_keep_their_columns(render: Render, hostile: Path) -> None:
    text, _ = render(hostile, "md")
    for table in re.findall(r"(?:^\|.*\|\n)+", text, re.MULTILINE):
        rows = table.splitlines()
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, rows[:3]
