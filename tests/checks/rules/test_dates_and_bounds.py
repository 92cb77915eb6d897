"""Far-off dates and huge thresholds never overflow the calendar arithmetic."""

import datetime as dt

import pytest

from tk4.checks import REGISTRY
from tk4.checks.config import Config, configure
from tk4.checks.rules._dates import add_months, is_older_than
from tk4.errors import Tk4UserError


def test_add_months_saturates_instead_of_overflowing() -> None:
    assert add_months(dt.date(2025, 1, 31), 12 * 100_000) == dt.date.max
    assert add_months(dt.date(2025, 1, 31), -12 * 100_000) == dt.date.min
    assert not is_older_than(dt.date(2021, 1, 1), 10**9, dt.date(2025, 12, 31))


@pytest.mark.parametrize(("code", "option"), [("TK501", "max_jaren"), ("TK506", "max_maanden")])
def test_absurd_thresholds_are_refused(code: str, option: str) -> None:
    config = Config(options={code: {option: 10**22}}, origin="tk4.toml")
    with pytest.raises(Tk4UserError, match=f"{code}.{option} moet"):
        configure(config, REGISTRY)
