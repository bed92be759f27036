"""English names of the reasons the office is closed, read from ``data/closure_names.toml``.

The office-hours calendar gives its reasons in Japanese, the words a notice would use:
jpholiday's holiday names (``"憲法記念日"``, ``"元日 振替休日"``), ``"年末年始"`` and the
weekday (``"日曜日"``). :func:`english` gives each its English name: national holidays and the
year-end closure from the data file (with its source), weekdays from their English names.
A reason it does not know (an ``extra_closed`` day without ``reason_en``) is returned as is.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Final

import attrs

__all__ = ["english"]

_FILE: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data/closure_names.toml")
_WEEKDAYS: Final = dict(
    zip(
        (f"{c}曜日" for c in "月火水木金土日"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)


@attrs.frozen
class _Names:
    holidays: Mapping[str, str]
    substitute_marker: str
    substitute: str
    closures: Mapping[str, str]


# Read once, on the first English answer: the file is policy data, not state.
@functools.cache
def _names() -> _Names:
    import tomllib

    with open(_FILE, "rb") as handle:
        data = tomllib.load(handle)
    return _Names(
        holidays=data["national_holidays"],
        substitute_marker=data["substitute_holiday"]["marker"],
        substitute=data["substitute_holiday"]["english"],
        closures=data["closures"],
    )


def english(reason: str) -> str:
    """The English name of a closure reason the calendar gives in Japanese.

    >>> english("憲法記念日"), english("元日 振替休日")
    ('Constitution Day', "Substitute Holiday for New Year's Day")
    >>> english("年末年始"), english("日曜日")
    ('Year-end and New Year holidays', 'Sunday')
    >>> english("庁舎設備点検")  # not known: unchanged
    '庁舎設備点検'
    """
    names = _names()
    if reason in names.holidays:
        return names.holidays[reason]
    holiday, _, marker = reason.rpartition(" ")
    if marker == names.substitute_marker and holiday in names.holidays:
        return names.substitute.format(holiday=names.holidays[holiday])
    return names.closures.get(reason) or _WEEKDAYS.get(reason, reason)
