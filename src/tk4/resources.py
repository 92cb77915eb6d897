"""Where the shipped data lives: inside the wheel, or at the top of a source checkout."""

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the directory of shipped data ``name`` (``norms`` or ``templates``).

    Why: the wheel force-includes the top-level folders as ``tk4/_data/<name>``; an editable
    install or a test run from the checkout reads them from the repository root instead.
    """
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"tk4-installatie onvolledig: map '{name}' niet gevonden")
