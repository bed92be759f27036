"""UTC offsets of aware datetimes as integers, fast for every kind of time zone.

The office-hours calendar reads a moment's JST wall clock with integer arithmetic from the
moment's own wall clock and its UTC offset. Asking the zone for that offset is one
``utcoffset()`` call: cheap for ``datetime.timezone`` and ``zoneinfo`` (C code), but ~3 µs for
dateutil's ``tzfile``, which bisects its transition list in Python on every call. For those
zones :class:`ZoneOffsets` remembers the offset of each wall-clock day on which it does not
change.

Why a day's offset can be remembered: since 1986 no tz-database zone has changed its offset
twice within a week (the shortest gap is 166 hours, America/Cambridge_Bay in 2000). So when
the offset is the same at a day's first and last instant, in both folds, it is the same all
day. A day whose ends differ (a transition day) is marked and asked about per moment.

Only dateutil's ``tzfile`` is remembered this way: its data is the tz database. A tzinfo of
any other kind is asked on every call, so a user's own tzinfo class with stranger rules is
still answered exactly.
"""

from __future__ import annotations

from array import array
from datetime import datetime, time, tzinfo
from typing import Final

__all__ = ["ZoneOffsets"]

_UNSET: Final = -(1 << 31)  # a day not asked about yet (array('i')'s smallest value)
_VARIES: Final = _UNSET + 1  # a day on which the zone changes its offset
_MAX_ZONES: Final = 64  # more distinct zones than this are asked on every call
_END_OF_DAY: Final = time(23, 59, 59, 999999)


def _remembers(zone: tzinfo) -> bool:
    kind = type(zone)
    return kind.__name__ == "tzfile" and kind.__module__.startswith("dateutil.tz")


def _seconds(moment: datetime) -> int | None:
    offset = moment.utcoffset()
    if offset is None or offset.microseconds:
        return None
    return offset.days * 86400 + offset.seconds


class ZoneOffsets:
    """Seconds east of UTC of aware datetimes whose wall-clock day lies in a range.

    A private, per-process memo (it is not pickled: a copy starts empty). Threads may fill
    the same day at once; they write the same value.
    """

    __slots__ = ("_first", "_length", "_zones")

    def __init__(self, first_ordinal: int, length: int) -> None:
        # Wall-clock days run from the day before the range's first JST day (a zone west of
        # JST is still on the previous day) to the day after its last.
        self._first = first_ordinal - 1
        self._length = length + 2
        # id(zone) -> the zone (kept alive, so that the id is not reused) and its days'
        # offsets, or None for a zone asked on every call.
        self._zones: dict[int, tuple[tzinfo, array[int] | None]] = {}

    def __getstate__(self) -> tuple[int, int]:
        return self._first, self._length

    def __setstate__(self, state: tuple[int, int]) -> None:
        self._first, self._length = state
        self._zones = {}

    def seconds(self, moment: datetime) -> int | None:
        """The UTC offset of *moment* in seconds, or ``None`` when it has none (naive).

        ``None`` too for an offset with a fraction of a second, which no tz database uses:
        the caller takes its general path then.

        Raises:
            AttributeError: *moment* is not a datetime.
        """
        zone = moment.tzinfo
        entry = self._zones.get(id(zone))
        # The identity check guards against a zone collected and its id() reused.
        if entry is None or entry[0] is not zone:
            if zone is None or len(self._zones) >= _MAX_ZONES:
                return _seconds(moment)
            entry = (zone, array("i", [_UNSET]) * self._length if _remembers(zone) else None)
            self._zones[id(zone)] = entry
        days = entry[1]
        if days is None:
            return _seconds(moment)
        index = moment.toordinal() - self._first
        if not 0 <= index < self._length:
            return _seconds(moment)
        known = days[index]
        if known == _UNSET:
            known = days[index] = self._day(moment, zone)
        return _seconds(moment) if known == _VARIES else known

    @staticmethod
    def _day(moment: datetime, zone: tzinfo) -> int:
        day = moment.date()
        ends = {
            _seconds(datetime.combine(day, clock, zone).replace(fold=fold))
            for clock in (time(0), _END_OF_DAY)
            for fold in (0, 1)
        }
        only = ends.pop() if len(ends) == 1 else None
        return _VARIES if only is None else only
