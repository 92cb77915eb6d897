"""The archive: digests of valid reports, grouped by region, year and kind once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tk4.api import check_paths
from tk4.archive import Archive, ArchiveChanged, ArchiveKey

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def archive_folder(tmp_path: Path) -> Path:
    for name in (
        "vr05-twente-2024.yaml",
        "vr05-twente-2025.yaml",
        "vr05-twente-2025-inspectieoordeel.yaml",
        "vr15-haaglanden-2025.yaml",
        "vr24-zuid-limburg-2025.yaml",
    ):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def archive(archive_folder: Path) -> Archive:
    return check_paths([archive_folder]).archive


def test_every_valid_report_has_a_digest_with_its_key(archive: Archive) -> None:
    keys = sorted(digest.key for digest in archive.digests)
    assert keys == [
        ArchiveKey("VR05", 2024, "zelfevaluatie"),
        ArchiveKey("VR05", 2025, "inspectieoordeel"),
        ArchiveKey("VR05", 2025, "zelfevaluatie"),
        ArchiveKey("VR15", 2025, "zelfevaluatie"),
        ArchiveKey("VR24", 2025, "zelfevaluatie"),
    ]


def test_grid_years_and_regions(archive: Archive) -> None:
    assert archive.years() == (2024, 2025)
    assert archive.years("inspectieoordeel") == (2025,)
    assert archive.latest_year() == 2025
    assert list(archive.grid(2025, "zelfevaluatie")) == ["VR05", "VR15", "VR24"]
    assert list(archive.grid(2025, "inspectieoordeel")) == ["VR05"]
    assert archive.regions() == ("VR05", "VR15", "VR24")


def test_history_is_the_same_region_and_kind_before_a_year(archive: Archive) -> None:
    earlier = archive.history("VR05", "zelfevaluatie", 2025)
    assert [digest.year for digest in earlier] == [2024]
    assert archive.history("VR05", "inspectieoordeel", 2025) == ()
    previous = archive.previous("VR05", "zelfevaluatie", 2026)
    assert previous is not None
    assert previous.year == 2025
    assert archive.previous("VR15", "zelfevaluatie", 2025) is None


def test_digest_holds_judgements_improvements_and_finding_counts(archive: Archive) -> None:
    digest = archive.get("VR24", 2025, "zelfevaluatie")
    assert digest is not None
    result = archive.load(digest)
    assert result.report is not None
    norm_id, norm = next(iter(result.report.norms.items()))
    assert digest.judgement(norm_id) == norm.judgement
    assert [point.id for point in digest.improvements] == [
        point.id for point in result.report.improvements
    ]
    outcome = check_paths([Path(digest.name)])
    codes = [finding.code for finding in outcome.findings]
    assert digest.finding_counts == tuple(sorted((c, codes.count(c)) for c in set(codes)))
    assert sum(count for _, count in digest.finding_counts) > 0


def test_a_second_file_for_a_key_is_a_duplicate_not_an_answer(archive_folder: Path) -> None:
    shutil.copy(archive_folder / "vr15-haaglanden-2025.yaml", archive_folder / "zz-kopie.yaml")
    outcome = check_paths([archive_folder])
    [(first, later)] = outcome.archive.duplicates()
    assert Path(first.name).name == "vr15-haaglanden-2025.yaml"
    assert Path(later.name).name == "zz-kopie.yaml"
    answer = outcome.archive.get("VR15", 2025, "zelfevaluatie")
    assert answer is first
    assert "TK122" in {finding.code for finding in outcome.findings}


def test_catalogue_versions_are_grouped(archive: Archive) -> None:
    assert list(archive.catalogue_versions()) == ["4.0"]
    assert len(archive.catalogue_versions()["4.0"]) == len(archive)


def test_load_refuses_a_file_changed_since_the_scan(archive: Archive, archive_folder: Path) -> None:
    digest = archive.get("VR15", 2025, "zelfevaluatie")
    assert digest is not None
    path = archive_folder / "vr15-haaglanden-2025.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# later bijgewerkt\n", encoding="utf-8")
    with pytest.raises(ArchiveChanged, match="gewijzigd"):
        archive.load(digest)


def test_invalid_files_stay_out_of_the_archive(archive_folder: Path) -> None:
    (archive_folder / "kapot.yaml").write_text("soort: zelfevaluatie\n", encoding="utf-8")
    outcome = check_paths([archive_folder])
    assert len(outcome.archive) == 5
    assert all(Path(d.name).name != "kapot.yaml" for d in outcome.archive.digests)
