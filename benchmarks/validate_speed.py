"""Speed of ``tk4 validate`` against alternatives, on many generated self-reports.

Run by hand (not in the test suite; these machines are shared and noisy, so compare the
ratios printed within one run, not absolute seconds):

    .venv/bin/python benchmarks/validate_speed.py [--files 200] [--kb 55]

It writes N fictional self-reports of about the given size to a temp folder, then times:
  * tk4's validation API (libyaml events + pydantic, what ``tk4 validate`` runs),
  * the same plus every gap rule (what ``tk4 check`` runs),
  * ruamel.yaml's round-trip loader alone (no validation at all) for comparison,
  * check-jsonschema against tk4's schema, when it is installed (``pip install check-jsonschema``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tk4.api import check_paths, validate_paths
from tk4.loading.catalogue import load_catalogue

REPO = Path(__file__).resolve().parent.parent


def make_report(index: int, target_bytes: int) -> str:
    """A valid self-report padded with long explanations up to about ``target_bytes``."""
    catalogue = load_catalogue("4.0")
    lines = [
        'toetsingskader: "4.0"',
        "soort: zelfevaluatie",
        f"regio: VR{index % 25 + 1:02d}",
        "jaar: 2025",
        "opgesteld: {datum: 2026-02-14, door: Team Kwaliteit}",
        "documenten:",
        "  - {id: bp, soort: beleidsplan, titel: Beleidsplan 2024-2027, vastgesteld: 2024-01-15}",
        "normen:",
    ]
    element_count = len(catalogue.elements)
    sentence = (
        "De regio onderbouwt dit oordeel met verslagen, evaluaties en afspraken met partners. "
    )
    per_element = max(1, (target_bytes // element_count) // len(sentence))
    for norm in catalogue.norms.values():
        lines += [f"  {norm.id}:", "    oordeel: op niveau", "    elementen:"]
        for element in norm.elements:
            lines += [
                f"      {element.id}:",
                "        oordeel: in de basis op orde",
                "        toelichting: >-",
                *(f"          {sentence}" for _ in range(per_element)),
                "        bewijs: [bp]",
            ]
    return "\n".join(lines) + "\n"


def timed(label: str, action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"{label:<42} {elapsed:8.2f} s", flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--kb", type=int, default=55)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        for index in range(args.files):
            (folder / f"r{index:04d}.yaml").write_text(make_report(index, args.kb * 1024))
        files = sorted(folder.glob("*.yaml"))
        size = sum(f.stat().st_size for f in files) / len(files) / 1024
        print(f"{len(files)} bestanden van gemiddeld {size:.0f} KB\n")

        outcome = None

        def run_tk4() -> None:
            nonlocal outcome
            outcome = validate_paths(files)

        base = timed("tk4 validatie (API)", run_tk4)
        if outcome is None or outcome.exit_code != 0:
            raise SystemExit("benchmarkgegevens zijn niet geldig; controleer make_report()")

        timed("tk4 check (validatie + alle regels)", lambda: check_paths(files))

        def run_ruamel() -> None:
            from ruamel.yaml import YAML

            yaml = YAML(typ="rt")
            for file in files:
                yaml.load(file.read_text())

        ruamel = timed("ruamel round-trip laden (zonder validatie)", run_ruamel)
        print(f"{'  verhouding t.o.v. tk4':<42} {ruamel / base:8.1f} x")

        checker = shutil.which("check-jsonschema")
        schema = REPO / "schemas" / "zelfevaluatie-4.0.schema.json"
        if checker and schema.is_file():
            command = [checker, "--schemafile", str(schema), *map(str, files)]
            other = timed(
                "check-jsonschema",
                lambda: subprocess.run(command, capture_output=True, check=False),
            )
            print(f"{'  verhouding t.o.v. tk4':<42} {other / base:8.1f} x")
        else:
            print(
                "check-jsonschema niet gevonden of schema ontbreekt: overgeslagen", file=sys.stderr
            )


if __name__ == "__main__":
    main()
