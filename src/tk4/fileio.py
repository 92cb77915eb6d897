"""Writing output files safely: atomically, and never over an input file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tk4.errors import Tk4UserError


def write_atomic(path: Path, content: str | bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write ``content`` to ``path`` via a temp file and rename, refusing to hit an input.

    Why: a report or schema written halfway (full disk, Ctrl-C) must never replace a good file,
    and ``-o`` pointing at the self-report being read must never destroy it.
    """
    target = path.resolve()
    for source in inputs:
        if source.exists() and source.resolve() == target:
            raise Tk4UserError(f"{path}: dit is een invoerbestand; kies een ander uitvoerpad (-o)")
    if target.is_dir():
        raise Tk4UserError(f"{path}: is een map; geef een bestandsnaam op")
    if not target.parent.is_dir():
        raise Tk4UserError(f"{path}: map {target.parent} bestaat niet")
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
        Path(temp_name).replace(target)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise Tk4UserError(f"{path}: kan niet worden geschreven: {error.strerror}") from None
