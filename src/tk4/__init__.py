"""tk4: het Toetsingskader 4.0 Multidisciplinaire Taakuitvoering Veiligheidsregio's als code.

As a library: ``tk4.load``, ``tk4.validate`` and ``tk4.check`` (see docs/python-api.md). They
are imported on first use, so ``import tk4`` and ``tk4 --version`` load nothing else.
"""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False
"""True only for type checkers: importing ``typing`` for it would cost ``import tk4`` time."""

if TYPE_CHECKING:  # the names for type checkers and editors; at run time see __getattr__
    from typing import Any

    from tk4.library import (
        Finding,
        InvalidReportError,
        Result,
        SelfReport,
        Severity,
        check,
        load,
        validate,
    )

__all__ = [
    "Finding",
    "InvalidReportError",
    "Result",
    "SelfReport",
    "Severity",
    "__version__",
    "check",
    "load",
    "validate",
]

_LIBRARY = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """Import the library part of tk4 when one of its names is first used."""
    if name in _LIBRARY:
        from tk4 import library

        return getattr(library, name)
    raise AttributeError(f"module 'tk4' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LIBRARY])
