"""``OfficeHours.is_open``'s fast path for every kind of time zone, and the offsets memo.

The fast path reads a moment's JST wall clock from one UTC offset and integer arithmetic
(``kitami_policy._offsets``). It is held against the straightforward check the benchmark
compares it with (``bench/bench_is_open.py``): dateutil's ``Asia/Tokyo`` and ``jpholiday`` on
every call.
"""

from __future__ import annotations

import functools
import pickle
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as clock
from zoneinfo import ZoneInfo, available_timezones

import jpholiday
from dateutil import tz
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy._offsets import ZoneOffsets
from kitami_policy.jst import JST
from kitami_policy.policy import KITAMI_OFFICE_HOURS as HOURS

PROPERTIES = settings(database=None, deadline=None, max_examples=300)
# Zones with DST, half-hour and 45-minute offsets, a 30-minute DST shift (Lord Howe) and
# transitions at 00:01 (St John's before 2011).
NAMES = (
    "Asia/Tokyo",
    "Europe/Paris",
    "America/New_York",
    "America/St_Johns",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Kolkata",
)
TOKYO = tz.gettz("Asia/Tokyo")
YEAR_END = {(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)}


def _dateutil(name: str) -> tzinfo:
    zone = tz.gettz(name)
    assert zone is not None, name
    return zone


# zoneinfo needs the system's tz database (or the tzdata package); dateutil brings its own.
ZONEINFO = [ZoneInfo(n) for n in NAMES if n in available_timezones()]
DATEUTIL = [_dateutil(n) for n in NAMES]
fixed = st.builds(
    timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
)
zones: st.SearchStrategy[tzinfo] = st.one_of(
    fixed,
    st.just(UTC),
    st.sampled_from(DATEUTIL),
    *([st.sampled_from(ZONEINFO)] if ZONEINFO else []),
)


def straightforward(moment: datetime) -> bool:
    """Kitami's hours the obvious way: dateutil's Asia/Tokyo and jpholiday on every call."""
    local = moment.astimezone(TOKYO)
    day = local.date()
    if day.weekday() >= 5 or (day.month, day.day) in YEAR_END or jpholiday.is_holiday(day):
        return False
    return clock(8, 45) <= local.time().replace(tzinfo=None) < clock(17, 30)


TZ_DATABASE = [*DATEUTIL, *ZONEINFO]


@functools.cache
def _transition_days(which: int, year: int) -> tuple[date, ...]:
    zone = TZ_DATABASE[which]  # by index: dateutil zones cannot be hashed
    day, found = date(year, 1, 1), []
    while day.year == year:
        start = datetime.combine(day, clock(0), zone).utcoffset()
        end = datetime.combine(day, clock(23, 59, 59), zone).utcoffset()
        if start != end:
            found.append(day)
        day += timedelta(days=1)
    return tuple(found)


@st.composite
def on_transition_days(draw: st.DrawFn) -> datetime:
    """Any wall-clock time, either fold, on a day on which a DST zone changes its offset."""
    which = draw(st.integers(0, len(TZ_DATABASE) - 1))
    zone = TZ_DATABASE[which]
    days = _transition_days(which, draw(st.integers(2007, 2099)))
    if not days:  # Asia/Tokyo and Asia/Kolkata keep one offset all year
        return datetime(2024, 5, 7, 10, tzinfo=zone)
    wall = datetime.combine(draw(st.sampled_from(days)), draw(st.times()), zone)
    return wall.replace(fold=draw(st.integers(0, 1)))


class TestAgainstTheStraightforwardCheck:
    """is_open answers as dateutil's Asia/Tokyo plus jpholiday do, whatever the zone."""

    @PROPERTIES
    @given(st.datetimes(datetime(2007, 1, 1), datetime(2099, 12, 30), timezones=zones))
    def test_any_zone(self, moment: datetime) -> None:
        """Fixed offsets (even with seconds), UTC, zoneinfo and dateutil zones agree."""
        assert HOURS.is_open(moment) is straightforward(moment)

    @PROPERTIES
    @given(on_transition_days())
    def test_transition_days(self, moment: datetime) -> None:
        """On DST transition days, both folds, in and around the gap, they agree."""
        assert HOURS.is_open(moment) is straightforward(moment)

    @PROPERTIES
    @given(
        st.dates(date(2007, 1, 1), date(2099, 12, 30)),
        st.sampled_from([clock(8, 45), clock(17, 30), clock(0)]),
        st.integers(-2, 2),
        zones,
    )
    def test_boundaries(self, day: date, edge: clock, nudge: int, zone: tzinfo) -> None:
        """A microsecond either side of opening, closing and midnight, in any zone."""
        moment = datetime.combine(day, edge, JST) + timedelta(microseconds=nudge)
        assert HOURS.is_open(moment.astimezone(zone)) is straightforward(moment)


class _MinuteZone(tzinfo):
    """A zone of its own: +09:00 in even minutes, +10:00 in odd ones."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=10 if dt is not None and dt.minute % 2 else 9)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "minute"


class TestZoneOffsets:
    """The memo remembers whole days of dateutil zones only, and never a stale answer."""

    def memo(self) -> ZoneOffsets:
        return ZoneOffsets(date(2020, 1, 1).toordinal(), 3000)

    def test_dateutil_day_is_remembered(self) -> None:
        """A dateutil zone's offset on a plain day comes from the memo, equal to utcoffset()."""
        offsets, paris = self.memo(), _dateutil("Europe/Paris")
        moment = datetime(2024, 5, 7, 10, tzinfo=paris)
        assert offsets.seconds(moment) == 7200
        assert offsets.seconds(moment.replace(hour=23)) == 7200
        assert offsets._zones[id(paris)][1] is not None

    def test_transition_day_asks_every_moment(self) -> None:
        """On the day Paris leaves DST, 02:30 is +02:00 in fold 0 and +01:00 in fold 1."""
        offsets = self.memo()
        moment = datetime(2024, 10, 27, 2, 30, tzinfo=_dateutil("Europe/Paris"))
        assert offsets.seconds(moment) == 7200
        assert offsets.seconds(moment.replace(fold=1)) == 3600
        assert offsets.seconds(moment.replace(hour=12)) == 3600

    def test_other_zones_are_asked_every_call(self) -> None:
        """A tzinfo of the caller's own, with any rule, is answered exactly."""
        offsets, zone = self.memo(), _MinuteZone()
        assert offsets.seconds(datetime(2024, 5, 7, 10, 0, tzinfo=zone)) == 9 * 3600
        assert offsets.seconds(datetime(2024, 5, 7, 10, 1, tzinfo=zone)) == 10 * 3600
        assert HOURS.is_open(datetime(2024, 5, 7, 9, 45, tzinfo=zone))  # 08:45 JST
        assert not HOURS.is_open(datetime(2024, 5, 7, 8, 45, tzinfo=zone))  # 07:45 JST

    def test_naive_and_outside_the_range(self) -> None:
        """A naive datetime has no offset; a day outside the range is asked directly."""
        offsets = self.memo()
        assert offsets.seconds(datetime(2024, 5, 7, 10)) is None
        far = datetime(2200, 7, 1, tzinfo=_dateutil("America/New_York"))
        assert offsets.seconds(far) == far.utcoffset().total_seconds()  # type: ignore[union-attr]

    def test_a_pickled_copy_starts_empty(self) -> None:
        """Ids mean nothing in another process: the copy of the memo remembers no zone."""
        offsets = self.memo()
        offsets.seconds(datetime(2024, 5, 7, 10, tzinfo=_dateutil("Europe/Paris")))
        copy = pickle.loads(pickle.dumps(offsets))
        assert copy._zones == {}
        assert copy.seconds(datetime(2024, 5, 7, 10, tzinfo=_dateutil("Europe/Paris"))) == 7200
