"""Reading and writing files safely: atomic writes, never over an input, Dutch OS errors."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tk4.errors import Tk4UserError

_REASONS = {
    errno.ENOENT: "bestand of map bestaat niet",
    errno.EACCES: "geen toegang (rechten)",
    errno.EPERM: "geen toegang (rechten)",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "naam te lang",
    errno.ENOSPC: "schijf vol",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ELOOP: "te veel symbolische links (lus?)",
    errno.EEXIST: "bestaat al",
}


def os_error_reason(error: OSError) -> str:
    """A short Dutch reason for an operating-system error (the English text as fallback)."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return error.strerror or type(error).__name__


def write_atomic(path: Path, content: str | bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write ``content`` to ``path`` via a temp file and rename, refusing to hit an input.

    Why: a report or schema written halfway (full disk, Ctrl-C) must never replace a good file,
    and ``-o`` pointing at the self-report being read must never destroy it. The new file gets
    the usual permissions (as set by the umask), not the private ones of a temp file.
    """
    try:
        target = path.resolve()
        for source in inputs:
            if source.exists() and source.resolve() == target:
                raise Tk4UserError(
                    f"{path}: dit is een invoerbestand; kies een ander uitvoerpad (-o)"
                )
        if target.is_dir():
            raise Tk4UserError(f"{path}: is een map; geef een bestandsnaam op")
        if not target.parent.is_dir():
            raise Tk4UserError(f"{path}: map {target.parent} bestaat niet")
        data = content.encode("utf-8") if isinstance(content, str) else content
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:32]}.", dir=target.parent)
    except OSError as error:
        raise Tk4UserError(
            f"{path}: kan niet worden geschreven: {os_error_reason(error)}"
        ) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        temp.chmod(_default_mode())
        temp.replace(target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise Tk4UserError(
            f"{path}: kan niet worden geschreven: {os_error_reason(error)}"
        ) from None


def _default_mode() -> int:
    """The mode a normal ``open(..., "w")`` would give a new file: 0o666 minus the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
