"""Japan's national holidays, read from ``jpholiday`` one year at a time.

The office-hours calendar (:mod:`kitami_policy.office_hours`) closes on the holidays of the
国民の祝日に関する法律, 振替休日 and 国民の休日 included. ``jpholiday`` is imported on first use
only: its import costs ~50 ms of the package's 150 ms import budget.

Supported years are explicit. ``jpholiday`` answers for any year, but before 1986 it reports
国民の休日 on 5/4 (introduced by the 1985 amendment) and a 振替休日 on 1973-02-12 (substitute
holidays began on 1973-04-12), so earlier years are refused rather than answered wrongly. From
1986 to 2099 it agrees day for day with the independent ``holidays`` package. 春分の日 and
秋分の日 are fixed officially only in the February of the year before (官報); for later years
both sources use the astronomical forecast.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Final

from kitami_policy.errors import OutOfRangeError

__all__ = ["FIRST_YEAR", "LAST_YEAR", "national_holidays"]

FIRST_YEAR: Final = 1986
"""The first year whose national holidays the library answers for."""

LAST_YEAR: Final = 2099
"""The last year whose national holidays the library answers for."""


# A memo of a pure function of the year (jpholiday needs ~0.1 s per year, walking every
# day); it is filled on demand and never changes an answer, so it is not state in the
# sense of STYLE.md. functools.cache is thread-safe: a race computes a year twice.
@functools.cache
def national_holidays(year: int) -> Mapping[date, str]:
    """The national holidays of *year*, each with jpholiday's name for it.

    Names are jpholiday's: ``"憲法記念日"``, ``"元日 振替休日"``, ``"国民の休日"``.

    Raises:
        OutOfRangeError: *year* lies outside :data:`FIRST_YEAR` … :data:`LAST_YEAR`.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutOfRangeError(
            f"national holidays are known for {FIRST_YEAR}–{LAST_YEAR}, not for {year}"
        )
    import jpholiday

    # A private instance: jpholiday.register() on the module-level one (a user's own
    # "holidays") must not change what this library answers.
    source = jpholiday.JPHoliday()
    return MappingProxyType({h.date: h.name for h in source.year_holidays(year)})
