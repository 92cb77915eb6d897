"""The repository root CI paths are relative to: git first, then the GitHub workspace."""

from __future__ import annotations

from pathlib import Path

from tk4.repository import repository_root


def test_git_folder_above_the_working_directory_is_the_root(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    deep = tmp_path / "zelfevaluaties" / "2025"
    deep.mkdir(parents=True)
    assert repository_root(deep, {"GITHUB_WORKSPACE": str(deep)}) == tmp_path.resolve()


def test_git_file_of_a_worktree_or_submodule_counts_too(tmp_path: Path) -> None:
    (tmp_path / ".git").write_text("gitdir: /elders/.git/worktrees/x\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert repository_root(tmp_path / "sub", {}) == tmp_path.resolve()


def test_without_git_the_github_workspace_then_the_working_directory(tmp_path: Path) -> None:
    # tmp_path lies outside any git repository (pytest puts it under the system temp folder).
    assert repository_root(tmp_path, {"GITHUB_WORKSPACE": "/github/workspace"}) == Path(
        "/github/workspace"
    )
    assert repository_root(tmp_path, {}) == tmp_path.resolve()
