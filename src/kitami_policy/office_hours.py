"""The office-hours calendar of section 3(1): when Kitami City Hall is open (開庁時間).

Section 3(1): 「ページの更新や投稿による情報発信等については、原則、開庁時間内に不定期に行います。」
Like every Japanese municipality under its 休日を定める条例 (地方自治法第4条の2), the city hall is
closed on the weekdays the ordinance names (Saturday and Sunday), on national holidays and on
its year-end days (12/29–1/3, 年末年始), and open for set hours on every other day. The hours
themselves are policy data (``[[office_hours]]`` in ``data/kitami.toml``).

Reading rules, the same for every operation:

* Times are JST wall-clock times. Any aware datetime is converted to JST first, whatever zone
  it carries; a naive datetime raises :class:`~kitami_policy.errors.NaiveDatetimeError`.
* A day's open interval is half-open, ``[opens, closes)``: with 08:45–17:30 the office is open
  at 08:45:00 and at 17:29:59.999999 and closed at 17:30:00.
* Closures have a precedence, used by :meth:`OfficeHours.closure_reason`: an ``extra_open``
  date is open whatever else holds; otherwise the reasons are, most specific first, an
  ``extra_closed`` date, a national holiday (jpholiday's name, e.g. ``"元日 振替休日"``), the
  year-end closure (``"年末年始"``) and a closed weekday (``"土曜日"``, ``"日曜日"``).
* Hours are versioned like the policy: :class:`OfficeHours` holds
  :class:`~kitami_policy.hours.HoursVersion` values, each in force from its ``effective_from``
  until the next one. Dates before the first version or after 2099 (the last year whose
  national holidays are known, see ``_holidays``) raise
  :class:`~kitami_policy.errors.OutOfRangeError` naming the range.

Lazy tables: nothing is computed when an :class:`OfficeHours` is built or this module imported
(jpholiday is not even imported). Each instance keeps a private memo, a ``bytearray`` with one
byte per day of its range, and classifies a whole year the first time a day of it is asked
about. The memo holds only what the frozen fields determine, so answers are deterministic; two
threads may classify the same year at once and write the same bytes, which is harmless.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from kitami_policy import _holidays
from kitami_policy import _validate as v
from kitami_policy._offsets import ZoneOffsets
from kitami_policy.errors import OutOfRangeError, ValidationError
from kitami_policy.hours import HoursVersion, Lang
from kitami_policy.jst import JST, ensure_aware

if TYPE_CHECKING:
    from kitami_policy.month import MonthCalendar

__all__ = ["OfficeHours", "Window"]

_DAY: Final = timedelta(days=1)
_ZERO: Final = timedelta(0)
_UNKNOWN: Final = 255  # table byte of a day whose year is not classified yet
_MAX_VERSIONS: Final = 254  # codes 1…254 name versions; 0 is closed, 255 unknown
_JST_OFFSET: Final = 9 * 3600


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


@attrs.frozen(order=True, repr=False)
class Window:
    """One open interval ``[start, end)`` of the office, in JST."""

    start: datetime = attrs.field(validator=v.aware_datetime)
    end: datetime = attrs.field(validator=v.aware_datetime)

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(f"Window end {self.end} must come after start {self.start}")

    @property
    def duration(self) -> timedelta:
        """How long the window lasts."""
        return self.end - self.start

    def __contains__(self, moment: object) -> bool:
        if not isinstance(moment, datetime):
            return False
        return self.start <= ensure_aware(moment) < self.end

    def __repr__(self) -> str:
        return f"Window({self.start.isoformat()} – {self.end.isoformat()})"


class _Layout(NamedTuple):
    first: date
    last: date
    ndays: int
    base: datetime  # JST midnight starting `first`; every offset is counted from it
    starts: tuple[date, ...]


def _to_versions(value: HoursVersion | Iterable[HoursVersion]) -> tuple[HoursVersion, ...]:
    if isinstance(value, HoursVersion):
        return (value,)
    items = v.to_tuple(value)
    if all(isinstance(x, HoursVersion) for x in items):
        return tuple(sorted(items, key=lambda x: x.effective_from))
    return items


# The first day's proleptic ordinal, one byte per day (0 closed, a version's code, or 255 not
# classified yet), each code's open interval in seconds after JST midnight, and the memo of
# UTC offsets of slow zones.
_Hot = tuple[int, bytearray, tuple[tuple[int, int], ...], ZoneOffsets]


@attrs.frozen
class OfficeHours:
    """The office-hours calendar: versions of the hours, each in force until the next.

    Build it from one :class:`HoursVersion` or several (they are sorted by date). Its range
    runs from the first version's ``effective_from`` to the end of the last year whose
    national holidays are known (2099).

    >>> hours = OfficeHours(HoursVersion(date(2024, 1, 1), time(8, 45), time(17, 30)))
    >>> hours.is_open(datetime(2024, 5, 7, 8, 45, tzinfo=JST))
    True
    >>> hours.closure_reason(date(2024, 5, 6))
    'こどもの日 振替休日'
    """

    versions: tuple[HoursVersion, ...] = attrs.field(
        converter=_to_versions, validator=v.instances_of(HoursVersion, non_empty=True)
    )
    # Private memos (see the module docstring); set once in __attrs_post_init__.
    _hot: _Hot = attrs.field(init=False, eq=False, repr=False)
    _layout: _Layout = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        starts = tuple(x.effective_from for x in self.versions)
        if len(set(starts)) != len(starts):
            raise ValidationError("two office-hours versions take effect on the same day")
        if len(starts) > _MAX_VERSIONS:
            raise ValidationError(f"at most {_MAX_VERSIONS} office-hours versions are supported")
        first, last = starts[0], date(_holidays.LAST_YEAR, 12, 31)
        if first < date(_holidays.FIRST_YEAR, 1, 1) or starts[-1] > last:
            raise OutOfRangeError(
                f"office hours must take effect between {_holidays.FIRST_YEAR}-01-01 and "
                f"{last}, the years whose national holidays are known; got "
                f"{', '.join(map(str, starts))}"
            )
        for version, until in zip(self.versions, (*starts[1:], last + _DAY), strict=True):
            late = [s.day for s in version.extra_closed + version.extra_open if s.day >= until]
            if late:
                raise ValidationError(
                    f"extra day {min(late)} is listed in the hours from "
                    f"{version.effective_from}, which no longer apply from {until}; list it "
                    "in the version in force on that day"
                )
        base = datetime.combine(first, time(0), JST)
        ndays = (last - first).days + 1
        spans = ((0, 0), *((_seconds(x.opens), _seconds(x.closes)) for x in self.versions))
        table = bytearray([_UNKNOWN]) * ndays
        offsets = ZoneOffsets(first.toordinal(), ndays)
        object.__setattr__(self, "_hot", (first.toordinal(), table, spans, offsets))
        object.__setattr__(self, "_layout", _Layout(first, last, ndays, base, starts))

    @property
    def first_day(self) -> date:
        """The first day the calendar answers for (the first version's effective date)."""
        return self._layout.first

    @property
    def last_day(self) -> date:
        """The last day the calendar answers for (2099-12-31)."""
        return self._layout.last

    def with_version(self, version: HoursVersion) -> OfficeHours:
        """A copy with *version* added, taking effect on its ``effective_from``."""
        return attrs.evolve(self, versions=(*self.versions, version))

    def version_on(self, day: date | datetime) -> HoursVersion:
        """The hours in force on *day* (a date, or an aware datetime read on its JST day).

        Raises:
            OutOfRangeError: *day* is outside :attr:`first_day` … :attr:`last_day`.
        """
        return self.versions[self._version_index(self._index(day))]

    def month(self, year: int, month: int) -> MonthCalendar:
        """The calendar of one month: each day open or closed with its reason.

        See :func:`kitami_policy.month.month_calendar`; it renders as text and in Jupyter.
        """
        from kitami_policy.month import month_calendar

        return month_calendar(self, year, month)

    # -- the hot path -----------------------------------------------------------------

    def is_open(self, moment: datetime) -> bool:
        """True when the office is open at *moment*: ``opens <= JST time < closes``.

        Fast (a few million calls a second) for every kind of aware datetime: a fixed
        ``datetime.timezone``, a ``zoneinfo.ZoneInfo``, a dateutil zone or UTC.

        Raises:
            NaiveDatetimeError: *moment* has no time zone.
            OutOfRangeError: *moment* is outside the calendar's range.
        """
        first, table, spans, offsets = self._hot
        try:
            # The moment's own wall clock and one UTC offset, then integers only: the JST
            # wall-clock second counted from the moment's own midnight, and the day's index
            # in the table. astimezone() would ask a tz-database zone again and build a
            # datetime. Every miss takes the general path, which raises the right error or
            # fills the table: a naive datetime or not a datetime at all, a year not
            # classified yet (byte 255 indexes past `spans`), a day outside the range.
            zone = moment.tzinfo
            if type(zone) is timezone:
                offset = zone.utcoffset(moment)
                shift: int | None = offset.days * 86400 + offset.seconds
                if offset.microseconds:
                    shift = None
            else:
                shift = offsets.seconds(moment)
            if shift is None:
                return self._is_open_general(moment)
            seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + _JST_OFFSET - shift
            day = moment.toordinal() - first + seconds // 86400
            if day < 0:
                return self._is_open_general(moment)
            opens, closes = spans[table[day]]
        except (AttributeError, TypeError, IndexError):
            return self._is_open_general(moment)
        return opens <= seconds % 86400 < closes

    def _is_open_general(self, moment: datetime) -> bool:
        elapsed = self._elapsed(moment)
        opens, closes = self._hot[2][self._code(elapsed.days)]
        return opens <= elapsed.seconds < closes

    def _is_open_reference(self, moment: datetime) -> bool:
        # The obvious version, kept for tests to hold the fast path against.
        local = ensure_aware(moment).astimezone(JST)
        version = self.version_on(local.date())
        if version.closure_reasons(local.date()):
            return False
        return version.opens <= local.time() < version.closes

    # -- days ---------------------------------------------------------------------------

    def is_business_day(self, day: date | datetime) -> bool:
        """True when the office opens on *day* (a date, or an aware datetime's JST day).

        >>> hours = OfficeHours(HoursVersion(date(2024, 1, 1), time(8, 45), time(17, 30)))
        >>> hours.is_business_day(date(2024, 12, 27)), hours.is_business_day(date(2024, 12, 30))
        (True, False)
        """
        return self._code(self._index(day)) != 0

    def closure_reason(self, day: date | datetime, lang: Lang = "ja") -> str | None:
        """Why the office is closed on *day*, or ``None`` when it opens.

        The most specific reason wins (see the module docstring): ``"憲法記念日"`` for
        2024-05-03, ``"年末年始"`` for 2024-12-30, ``"日曜日"`` for 2024-06-02; with
        ``lang="en"``, ``"Constitution Day"``, ``"Year-end and New Year holidays"``,
        ``"Sunday"``.
        """
        reasons = self.closure_reasons(day, lang)
        return reasons[0] if reasons else None

    def closure_reasons(self, day: date | datetime, lang: Lang = "ja") -> tuple[str, ...]:
        """Every reason the office is closed on *day*, most specific first; empty if open.

        Raises:
            ValidationError: *lang* is not ``"ja"`` or ``"en"``.
        """
        index = self._index(day)
        version = self.versions[self._version_index(index)]
        return version.closure_reasons(self._layout.first + timedelta(days=index), lang)

    def hours_on(self, day: date | datetime) -> Window | None:
        """The open window of *day*, or ``None`` on a closed day."""
        span = self._span(self._index(day))
        return Window(self._at(span[0]), self._at(span[1])) if span else None

    def business_days(self, start: date, end: date) -> tuple[date, ...]:
        """The days from *start* to *end*, both included, on which the office opens."""
        first, last = self._index(start), self._index(end)
        origin = self._layout.first
        return tuple(origin + timedelta(days=i) for i in range(first, last + 1) if self._code(i))

    def deadline(self, day: date | datetime) -> date:
        """The day a deadline falling on *day* actually expires (期限の特例).

        A deadline that falls on a day the office is closed moves to the next business day,
        as the 休日を定める条例 provide (地方自治法第4条の2第4項). An ``extra_open`` day counts
        as a business day: the office receives filings then.

        >>> hours = OfficeHours(HoursVersion(date(2023, 1, 1), time(8, 45), time(17, 30)))
        >>> hours.deadline(date(2023, 12, 29))
        datetime.date(2024, 1, 4)
        """
        index = self._index(day)
        while not self._code(index):
            index += 1
            if index >= self._layout.ndays:
                raise OutOfRangeError(
                    f"no business day between {day} and {self._layout.last}, the calendar's end"
                )
        return self._layout.first + timedelta(days=index)

    # -- instants -----------------------------------------------------------------------

    def next_open(self, moment: datetime) -> datetime:
        """The first instant at or after *moment* when the office is open, in JST.

        When the office is open at *moment* this is *moment* itself (converted to JST).

        Raises:
            OutOfRangeError: the office does not open again before the calendar's end.
        """
        return self._at(self._next_window(self._elapsed(moment), opening=True))

    def next_close(self, moment: datetime) -> datetime:
        """The next instant after *moment* at which the office closes, in JST.

        While open, the end of the current window (17:30 today); while closed, the end of the
        next window. At exactly 17:30 the office is already closed, so it is the next day's.
        """
        return self._at(self._next_window(self._elapsed(moment), opening=False))

    def windows(self, start: datetime, end: datetime) -> tuple[Window, ...]:
        """The open intervals within ``[start, end)``, clipped to it, in order, in JST.

        Raises:
            ValidationError: *end* comes before *start*.
        """
        low = self._elapsed(start, what="start", end=True)
        high = self._elapsed(end, what="end", end=True)
        if high < low:
            raise ValidationError(f"end {end.isoformat()} comes before start {start.isoformat()}")
        return tuple(Window(self._at(a), self._at(b)) for a, b in self._open_spans(low, high))

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """How long the office is open between *start* and *end*.

        Signed, so that it is additive for any three instants: negative when *end* comes
        before *start*.
        """
        # Offsets from the calendar's base, not the datetimes themselves, are compared: two
        # datetimes sharing a tzinfo compare by wall clock, which misorders a DST fold.
        low = self._elapsed(start, what="start", end=True)
        high = self._elapsed(end, what="end", end=True)
        sign = 1 if low <= high else -1
        low, high = min(low, high), max(low, high)
        return sign * sum((b - a for a, b in self._open_spans(low, high)), _ZERO)

    def add_business_time(self, moment: datetime, delta: timedelta) -> datetime:
        """The instant *delta* of open time after *moment* (before it, if *delta* < 0), in JST.

        The earliest instant ``t`` with ``business_time_between(moment, t) == delta``; for a
        negative *delta* the latest. Running out exactly at closing time gives the closing
        time, not the next opening.

        Raises:
            OutOfRangeError: the calendar ends before enough open time is found.
        """
        if not isinstance(delta, timedelta):
            raise ValidationError(f"delta must be a timedelta, got {type(delta).__name__}")
        here = self._elapsed(moment)
        remaining, index = abs(delta), here.days
        step = 1 if delta >= _ZERO else -1
        while remaining:
            if not 0 <= index < self._layout.ndays:
                raise OutOfRangeError(self._range_message(f"adding {delta} to {moment}"))
            span = self._span(index)
            if span:
                if step > 0:
                    opens, closes = max(span[0], here), span[1]
                else:
                    opens, closes = span[0], min(span[1], here)
                if opens < closes:
                    if remaining <= closes - opens:
                        return self._at(opens + remaining if step > 0 else closes - remaining)
                    remaining -= closes - opens
            index += step
        return self._at(here)

    # -- internals ------------------------------------------------------------------------

    def _range_message(self, what: object) -> str:
        first, last = self._layout.first, self._layout.last
        return (
            f"{what} is outside the office-hours calendar's range, {first} to {last} (JST): "
            f"hours are known from {first}, national holidays up to {last.year}"
        )

    def _elapsed(self, moment: datetime, *, what: str = "moment", end: bool = False) -> timedelta:
        if not isinstance(moment, datetime):
            raise ValidationError(f"{what} must be an aware datetime, got {type(moment).__name__}")
        elapsed = ensure_aware(moment, what) - self._layout.base
        limit = timedelta(days=self._layout.ndays)
        if elapsed < _ZERO or elapsed > limit or (elapsed == limit and not end):
            raise OutOfRangeError(self._range_message(moment.isoformat()))
        return elapsed

    def _open_spans(self, low: timedelta, high: timedelta) -> Iterator[tuple[timedelta, timedelta]]:
        for index in range(low.days, min(high.days, self._layout.ndays - 1) + 1):
            span = self._span(index)
            if span:
                opens, closes = max(span[0], low), min(span[1], high)
                if opens < closes:
                    yield opens, closes

    def _index(self, day: date | datetime) -> int:
        if isinstance(day, datetime):
            day = ensure_aware(day, "day", dates=True).astimezone(JST).date()
        elif not isinstance(day, date):
            raise ValidationError(f"expected a date or an aware datetime, got {type(day).__name__}")
        index = (day - self._layout.first).days
        if not 0 <= index < self._layout.ndays:
            raise OutOfRangeError(self._range_message(day.isoformat()))
        return index

    def _version_index(self, index: int) -> int:
        day = self._layout.first + timedelta(days=index)
        return bisect.bisect_right(self._layout.starts, day) - 1

    def _code(self, index: int) -> int:
        table = self._hot[1]
        code = table[index]
        if code == _UNKNOWN:
            self._classify_year(index)
            code = table[index]
        return code

    def _classify_year(self, index: int) -> None:
        layout = self._layout
        year = (layout.first + timedelta(days=index)).year
        low = max(date(year, 1, 1), layout.first)
        high = min(date(year, 12, 31), layout.last)
        codes = bytearray()
        day = low
        while day <= high:
            which = bisect.bisect_right(layout.starts, day) - 1
            codes.append(0 if self.versions[which].closure_reasons(day) else which + 1)
            day += _DAY
        offset = (low - layout.first).days
        self._hot[1][offset : offset + len(codes)] = codes

    def _span(self, index: int) -> tuple[timedelta, timedelta] | None:
        code = self._code(index)
        if not code:
            return None
        opens, closes = self._hot[2][code]
        return timedelta(days=index, seconds=opens), timedelta(days=index, seconds=closes)

    def _next_window(self, elapsed: timedelta, *, opening: bool) -> timedelta:
        for index in range(elapsed.days, self._layout.ndays):
            span = self._span(index)
            if span and elapsed < span[1]:
                return max(elapsed, span[0]) if opening else span[1]
        raise OutOfRangeError(
            f"the office does not open again before {self._layout.last}, the calendar's end"
        )

    def _at(self, elapsed: timedelta) -> datetime:
        return self._layout.base + elapsed
