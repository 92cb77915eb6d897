"""Write docs/img/rapport-voorbeeld.png and rapport-norm.png: the VR05 2025 report in Chromium.

The first image is the top of the report (title page, contents, summary); the second a judged
norm with its table, zelfbeeld beside the Inspectie's judgement and the explanations below it.
Usage: ``python scripts/screenshot.py [--full-page] [--output PAD] [--norm-output PAD]`` from
the repository root, with Debian's ``chromium`` (or ``TK4_CHROMIUM``) and the ``test`` extra
installed. Uses the same DevTools helper as the browser tests in ``tests/browser/headless.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "browser"))

from headless import chromium, find_chromium  # noqa: E402

EXAMPLE = REPO / "examples" / "vr05-twente-2025.yaml"
VERDICT = REPO / "examples" / "vr05-twente-2025-inspectieoordeel.yaml"
OUTPUT = REPO / "docs" / "img" / "rapport-voorbeeld.png"
NORM_OUTPUT = REPO / "docs" / "img" / "rapport-norm.png"
NORM = "#norm-uv-a"
"""The norm photographed for the second image: one the Inspectie judges differently."""


def main(argv: list[str] | None = None) -> int:
    """Render the example report, photograph it and write the PNGs; 1 when Chromium is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="doel-PNG van de bovenkant")
    parser.add_argument(
        "--norm-output", type=Path, default=NORM_OUTPUT, help="doel-PNG van de norm"
    )
    parser.add_argument("--width", type=int, default=1100, help="breedte in CSS-pixels")
    parser.add_argument("--max-height", type=int, default=1400, help="hoogte vanaf boven")
    parser.add_argument("--full-page", action="store_true", help="de hele pagina, niet afkappen")
    args = parser.parse_args(argv)

    executable = find_chromium()
    if executable is None:
        print("fout: Chromium niet gevonden (apt-get install chromium, of zet TK4_CHROMIUM)")
        return 1

    from tk4.render import build_report

    rendered = build_report(EXAMPLE, VERDICT if VERDICT.exists() else None, fmt="html")
    if rendered.text is None:
        print(f"fout: {EXAMPLE} valideert niet: {[f.message for f in rendered.refused]}")
        return 1
    with tempfile.TemporaryDirectory(prefix="tk4-screenshot-") as scratch:
        page_file = Path(scratch) / "rapport.html"
        page_file.write_text(rendered.text, encoding="utf-8")
        with chromium(executable) as browser:
            page = browser.new_page(width=args.width, height=args.max_height)
            page.goto(page_file.as_uri())
            png = page.screenshot(max_height=None if args.full_page else args.max_height)
            norm_png = page.screenshot_of(NORM, max_height=args.max_height)
    for target, image in ((args.output, png), (args.norm_output, norm_png)):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(image)
        print(f"{target}: {len(image)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
