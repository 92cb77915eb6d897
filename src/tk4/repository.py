"""The root of the repository a run looks at: CI annotations name files relative to it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def repository_root(start: Path, env: Mapping[str, str]) -> Path:
    """The git work tree that holds ``start``, else ``$GITHUB_WORKSPACE``, else ``start``.

    Why the git root first: GitHub annotations, SARIF results and GitLab reports attach to a
    file by its path from the repository root, also when a job runs tk4 in a subfolder
    (``working-directory:``) or the checkout sits in a subfolder of the workspace. The walk
    up looks for ``.git`` as a folder or as a file (worktrees and submodules write a file),
    without starting git, which CI images do not always have.
    """
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    workspace = env.get("GITHUB_WORKSPACE")
    return Path(workspace) if workspace else here
