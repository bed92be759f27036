"""Tests for kitami_policy.office_hours and .hours: the office hours of section 3(1)."""

from __future__ import annotations

import itertools
import subprocess
import sys
import threading
import tomllib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

import holidays
import pytest
from dateutil import tz
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import JST, NaiveDatetimeError, OutOfRangeError, Policy, ValidationError
from kitami_policy.convert import from_dict, to_dict
from kitami_policy.hours import YEAR_END_LABEL, HoursVersion, SpecialDay, Weekday
from kitami_policy.office_hours import OfficeHours, Window
from kitami_policy.policy import DATA_DIR, KITAMI, KITAMI_OFFICE_HOURS
from kitami_policy.policy_file import parse_policy

HOURS = KITAMI_OFFICE_HOURS
NEW_YORK = tz.gettz("America/New_York")
assert NEW_YORK is not None
PROPERTIES = settings(database=None, deadline=None, max_examples=150)


def jst(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=JST)


def version(**changes: Any) -> HoursVersion:
    fields: dict[str, Any] = {
        "effective_from": date(2020, 1, 1),
        "opens": time(8, 45),
        "closes": time(17, 30),
    }
    return HoursVersion(**(fields | changes))


fixed_zones = st.builds(
    timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
)
zones: st.SearchStrategy[tzinfo] = (
    st.sampled_from([UTC, JST, timezone(timedelta(hours=-5)), NEW_YORK]) | fixed_zones
)
moments = st.datetimes(
    min_value=datetime(2022, 1, 1), max_value=datetime(2035, 12, 31), timezones=zones
)


@st.composite
def near_boundaries(draw: st.DrawFn) -> datetime:
    """JST instants within a few microseconds of opening, closing or midnight."""
    day = draw(st.dates(min_value=date(2022, 1, 1), max_value=date(2035, 12, 30)))
    edge = draw(st.sampled_from([time(8, 45), time(17, 30), time(0, 0)]))
    nudge = timedelta(microseconds=draw(st.integers(-3, 3)))
    return (datetime.combine(day, edge, JST) + nudge).astimezone(draw(zones))


class TestKitamiHours:
    def test_reachable_from_the_policy(self) -> None:
        """The exported default is the policy's own office hours."""
        assert KITAMI.office_hours is KITAMI_OFFICE_HOURS

    def test_hours_come_from_the_data(self) -> None:
        """8:45-17:30, closed Saturday, Sunday, holidays and 12/29-1/3, from the ordinance."""
        (current,) = HOURS.versions
        assert (current.opens, current.closes) == (time(8, 45), time(17, 30))
        assert current.closed_weekdays == {Weekday.SATURDAY, Weekday.SUNDAY}
        assert current.national_holidays
        assert current.year_end_closure == ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")
        assert "休日を定める条例" in current.source
        assert "地方自治法第4条の2" in current.source

    def test_range(self) -> None:
        """Known from the present city's founding (2006-03-05) to 2099."""
        assert HOURS.first_day == date(2006, 3, 5)
        assert HOURS.last_day == date(2099, 12, 31)

    def test_policy_round_trip(self) -> None:
        """from_dict(Policy, to_dict(KITAMI)) == KITAMI, office hours included."""
        assert from_dict(Policy, to_dict(KITAMI)) == KITAMI
        assert from_dict(OfficeHours, to_dict(HOURS)) == HOURS

    def test_policy_without_hours_table(self) -> None:
        """A policy file without [[office_hours]] still loads; its hours are None."""
        document = tomllib.loads((DATA_DIR / "kitami.toml").read_text(encoding="utf-8"))
        del document["office_hours"]
        assert parse_policy(document).office_hours is None

    def test_import_computes_nothing(self) -> None:
        """Importing the package neither imports jpholiday nor classifies a single day."""
        code = (
            "import sys, kitami_policy.policy as p\n"
            "assert 'jpholiday' not in sys.modules\n"
            "assert set(p.KITAMI_OFFICE_HOURS._hot[1]) == {255}\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


class TestEveryDay:
    def test_2022_to_2035_against_the_holidays_package(self) -> None:
        """Each day 2022-2035 is a business day iff it is a weekday, no holiday, not 12/29-1/3."""
        japan = holidays.country_holidays("JP", years=range(2022, 2036))
        day, wrong = date(2022, 1, 1), []
        while day.year < 2036:
            year_end = (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)
            expected = day.weekday() < 5 and day not in japan and not year_end
            if HOURS.is_business_day(day) != expected:
                wrong.append(day)
            if (HOURS.closure_reason(day) is None) != expected:
                wrong.append(day)
            day += timedelta(days=1)
        assert wrong == []


class TestBoundaries:
    @pytest.mark.parametrize(
        ("clock", "expected"),
        [
            (time(8, 44, 59, 999999), False),
            (time(8, 45), True),
            (time(17, 29, 59, 999999), True),
            (time(17, 30), False),
            (time(0, 0), False),
            (time(23, 59, 59, 999999), False),
        ],
    )
    @pytest.mark.parametrize(
        "zone", [JST, UTC, timezone(timedelta(hours=-5)), NEW_YORK], ids=["jst", "utc", "-5", "ny"]
    )
    def test_half_open_interval(self, clock: time, expected: bool, zone: Any) -> None:
        """Open in [08:45, 17:30) JST, whatever zone the same instant is given in."""
        moment = datetime.combine(date(2024, 5, 7), clock, JST).astimezone(zone)
        assert HOURS.is_open(moment) is expected
        assert HOURS._is_open_reference(moment) is expected

    def test_utc_input(self) -> None:
        """23:45Z is 08:45 JST the next day; UTC is never read as JST."""
        assert HOURS.is_open(datetime(2024, 5, 6, 23, 45, tzinfo=UTC))
        assert not HOURS.is_open(datetime(2024, 5, 7, 8, 45, tzinfo=UTC))

    def test_dst_fold_ordered_by_instant(self) -> None:
        """In New York's DST fold, 01:10 EST comes after 01:30 EDT and is treated so."""
        first = datetime(2024, 11, 3, 1, 30, tzinfo=NEW_YORK)
        later = datetime(2024, 11, 3, 1, 10, fold=1, tzinfo=NEW_YORK)
        assert later.astimezone(UTC) > first.astimezone(UTC)
        assert HOURS.windows(first, later) == ()
        assert HOURS.business_time_between(first, later) == timedelta(0)
        assert HOURS.business_time_between(later, first) == timedelta(0)

    def test_same_offset_other_tzinfo(self) -> None:
        """A +09:00 zone that is not the JST object gives the same answers."""
        other = timezone(timedelta(hours=9), "Asia/Tokyo fixed")
        assert HOURS.is_open(datetime(2024, 5, 7, 8, 45, tzinfo=other))
        assert not HOURS.is_open(datetime(2024, 5, 7, 17, 30, tzinfo=other))


class TestClosureReasons:
    @pytest.mark.parametrize(
        ("day", "reason"),
        [
            (date(2024, 5, 3), "憲法記念日"),
            (date(2024, 12, 30), YEAR_END_LABEL),
            (date(2024, 6, 2), "日曜日"),
            (date(2024, 6, 1), "土曜日"),
            (date(2024, 1, 1), "元日"),
            (date(2024, 12, 29), "年末年始"),
            (date(2024, 2, 11), "建国記念の日"),
            (date(2024, 2, 12), "建国記念の日 振替休日"),
            (date(2023, 1, 2), "元日 振替休日"),
            (date(2026, 5, 6), "憲法記念日 振替休日"),
            (date(2019, 4, 30), "国民の休日"),
            (date(2019, 5, 1), "天皇の即位の日"),
            (date(2019, 5, 2), "国民の休日"),
            (date(2024, 2, 29), None),
            (date(2024, 5, 7), None),
        ],
    )
    def test_reason(self, day: date, reason: str | None) -> None:
        """The most specific reason: holiday name, then 年末年始, then the weekday."""
        assert HOURS.closure_reason(day) == reason
        assert HOURS.is_business_day(day) is (reason is None)

    def test_all_reasons(self) -> None:
        """closure_reasons lists every rule that closes the day, most specific first."""
        assert HOURS.closure_reasons(date(2023, 1, 1)) == ("元日", "年末年始", "日曜日")
        assert HOURS.closure_reasons(date(2024, 5, 7)) == ()

    def test_datetime_read_on_its_jst_day(self) -> None:
        """2024-05-02T15:00Z is already 憲法記念日 in Kitami."""
        assert HOURS.closure_reason(datetime(2024, 5, 2, 15, tzinfo=UTC)) == "憲法記念日"
        assert HOURS.closure_reason(datetime(2024, 5, 2, 14, 59, tzinfo=UTC)) is None


class TestGoldenWeek2019:
    def test_ten_days_closed(self) -> None:
        """2019-04-27 to 05-06 were all closed, 4/30 and 5/2 as 国民の休日."""
        days = [date(2019, 4, 27) + timedelta(days=i) for i in range(10)]
        assert not any(HOURS.is_business_day(d) for d in days)
        assert HOURS.business_days(date(2019, 4, 26), date(2019, 5, 7)) == (
            date(2019, 4, 26),
            date(2019, 5, 7),
        )

    def test_national_rest_days_closed_at_noon(self) -> None:
        """Noon on 4/30 and 5/2 is outside office hours."""
        assert not HOURS.is_open(jst(2019, 4, 30, 12))
        assert not HOURS.is_open(jst(2019, 5, 2, 12))
        assert HOURS.next_open(jst(2019, 4, 26, 17, 30)) == jst(2019, 5, 7, 8, 45)


class TestLeapDays:
    def test_leap_days(self) -> None:
        """Feb 29 is an ordinary day: open on a Thursday (2024), closed on a Sunday (2032)."""
        assert HOURS.is_open(jst(2024, 2, 29, 10))
        assert HOURS.closure_reason(date(2032, 2, 29)) == "日曜日"

    def test_business_time_across_a_leap_day(self) -> None:
        """Wed 2/28 to Fri 3/1 2024 holds three full days of 8h45m."""
        between = HOURS.business_time_between(jst(2024, 2, 28), jst(2024, 3, 2))
        assert between == 3 * timedelta(hours=8, minutes=45)
        assert len(HOURS.windows(jst(2024, 2, 28), jst(2024, 3, 2))) == 3

    def test_deadline_over_a_leap_weekend(self) -> None:
        """A deadline on Saturday 2028-02-26 moves to Monday 02-28, not over the leap day."""
        assert HOURS.deadline(date(2028, 2, 26)) == date(2028, 2, 28)


class TestInstants:
    @pytest.mark.parametrize(
        ("moment", "opens", "closes"),
        [
            (jst(2024, 5, 7, 8), jst(2024, 5, 7, 8, 45), jst(2024, 5, 7, 17, 30)),
            (jst(2024, 5, 7, 12), jst(2024, 5, 7, 12), jst(2024, 5, 7, 17, 30)),
            (jst(2024, 5, 7, 17, 30), jst(2024, 5, 8, 8, 45), jst(2024, 5, 8, 17, 30)),
            (jst(2024, 5, 2, 17, 30), jst(2024, 5, 7, 8, 45), jst(2024, 5, 7, 17, 30)),
            (jst(2024, 12, 27, 18), jst(2025, 1, 6, 8, 45), jst(2025, 1, 6, 17, 30)),
        ],
    )
    def test_next_open_and_close(self, moment: datetime, opens: datetime, closes: datetime) -> None:
        """next_open is the moment itself when open; next_close ends the current or next window."""
        assert HOURS.next_open(moment) == opens
        assert HOURS.next_close(moment) == closes

    def test_results_are_jst(self) -> None:
        """An open UTC moment comes back as the same instant, in JST."""
        moment = datetime(2024, 5, 7, 3, tzinfo=UTC)
        result = HOURS.next_open(moment)
        assert result == moment
        assert result.utcoffset() == timedelta(hours=9)

    def test_windows(self) -> None:
        """Thursday noon to the next Wednesday 10:00: clipped windows, holidays skipped."""
        found = HOURS.windows(jst(2024, 5, 2, 12), jst(2024, 5, 8, 10))
        assert found == (
            Window(jst(2024, 5, 2, 12), jst(2024, 5, 2, 17, 30)),
            Window(jst(2024, 5, 7, 8, 45), jst(2024, 5, 7, 17, 30)),
            Window(jst(2024, 5, 8, 8, 45), jst(2024, 5, 8, 10)),
        )
        assert repr(found[0]) == "Window(2024-05-02T12:00:00+09:00 – 2024-05-02T17:30:00+09:00)"
        assert jst(2024, 5, 7, 9) in found[1]
        assert HOURS.windows(jst(2024, 5, 7, 9), jst(2024, 5, 7, 9)) == ()

    def test_windows_refuse_reversed_interval(self) -> None:
        """An end before the start is a mistake, not an empty answer."""
        with pytest.raises(ValidationError, match="comes before start"):
            HOURS.windows(jst(2024, 5, 8), jst(2024, 5, 7))

    def test_hours_on(self) -> None:
        """The window of a business day; None on a closed day."""
        assert HOURS.hours_on(date(2024, 5, 7)) == Window(
            jst(2024, 5, 7, 8, 45), jst(2024, 5, 7, 17, 30)
        )
        assert HOURS.hours_on(date(2024, 5, 3)) is None

    def test_business_time_between(self) -> None:
        """Thursday noon to Wednesday 10:00 of Golden Week 2024: 5h30 + 8h45 + 1h15."""
        assert HOURS.business_time_between(jst(2024, 5, 2, 12), jst(2024, 5, 8, 10)) == timedelta(
            hours=15, minutes=30
        )
        assert HOURS.business_time_between(jst(2024, 5, 8, 10), jst(2024, 5, 2, 12)) == timedelta(
            hours=-15, minutes=-30
        )

    @pytest.mark.parametrize(
        ("moment", "delta", "expected"),
        [
            (jst(2024, 5, 7, 8, 45), timedelta(hours=8, minutes=45), jst(2024, 5, 7, 17, 30)),
            (jst(2024, 5, 2, 12), timedelta(hours=8), jst(2024, 5, 7, 11, 15)),
            (jst(2024, 5, 2, 20), timedelta(0), jst(2024, 5, 2, 20)),
            (jst(2024, 5, 7, 9), timedelta(hours=-8), jst(2024, 5, 2, 9, 45)),
            (jst(2024, 5, 7, 8, 45), timedelta(hours=-8, minutes=-45), jst(2024, 5, 2, 8, 45)),
        ],
    )
    def test_add_business_time(
        self, moment: datetime, delta: timedelta, expected: datetime
    ) -> None:
        """Open time is counted forward (or back); running out at 17:30 stops at 17:30."""
        assert HOURS.add_business_time(moment, delta) == expected

    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (date(2024, 5, 3), date(2024, 5, 7)),
            (date(2023, 12, 29), date(2024, 1, 4)),
            (date(2024, 5, 7), date(2024, 5, 7)),
            (date(2019, 4, 27), date(2019, 5, 7)),
            (date(2023, 1, 2), date(2023, 1, 4)),
        ],
    )
    def test_deadline(self, day: date, expected: date) -> None:
        """A deadline on a closed day moves to the next business day (期限の特例)."""
        assert HOURS.deadline(day) == expected


NEEDS_AN_INSTANT: tuple[Callable[[datetime], object], ...] = (
    HOURS.is_open,
    HOURS.next_open,
    HOURS.next_close,
    HOURS.is_business_day,
    HOURS.closure_reason,
    HOURS.deadline,
    lambda m: HOURS.windows(m, jst(2024, 6, 1)),
    lambda m: HOURS.windows(jst(2024, 5, 1), m),
    lambda m: HOURS.business_time_between(m, jst(2024, 6, 1)),
    lambda m: HOURS.add_business_time(m, timedelta(hours=1)),
)


class TestRefusals:
    naive = datetime(2024, 5, 7, 10)
    aware = jst(2024, 5, 7, 10)

    @pytest.mark.parametrize("operation", NEEDS_AN_INSTANT)
    def test_naive_datetime_refused(self, operation: Callable[[datetime], object]) -> None:
        """No operation guesses the zone of a naive datetime."""
        with pytest.raises(NaiveDatetimeError, match="no time zone"):
            operation(self.naive)

    @pytest.mark.parametrize(
        "moment",
        [jst(2006, 3, 4, 23, 59, 59), jst(2100, 1, 1), datetime(2005, 1, 1, tzinfo=UTC)],
    )
    def test_out_of_range_instants(self, moment: datetime) -> None:
        """Outside 2006-03-05 .. 2099-12-31 the calendar refuses, naming its range."""
        with pytest.raises(OutOfRangeError, match=r"2006-03-05 to 2099-12-31"):
            HOURS.is_open(moment)
        with pytest.raises(OutOfRangeError):
            HOURS.next_open(moment)

    def test_out_of_range_days(self) -> None:
        """Days outside the range raise too, and the first day answers."""
        with pytest.raises(OutOfRangeError, match="2006-03-05"):
            HOURS.closure_reason(date(1990, 1, 1))
        with pytest.raises(OutOfRangeError):
            HOURS.is_business_day(date(2100, 1, 1))
        assert HOURS.closure_reason(date(2006, 3, 5)) == "日曜日"

    def test_no_opening_before_the_end(self) -> None:
        """Searching past 2099 is refused rather than answered with a guess."""
        with pytest.raises(OutOfRangeError, match="does not open again"):
            HOURS.next_open(jst(2099, 12, 28, 18))
        with pytest.raises(OutOfRangeError):
            HOURS.deadline(date(2099, 12, 31))
        with pytest.raises(OutOfRangeError):
            HOURS.add_business_time(jst(2099, 12, 1), timedelta(days=30))

    def test_not_a_datetime(self) -> None:
        """A date where an instant is needed is a clear error."""
        with pytest.raises(ValidationError, match="aware datetime"):
            HOURS.is_open(date(2024, 5, 7))  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="timedelta"):
            HOURS.add_business_time(self.aware, 3600)  # type: ignore[arg-type]


class TestConfiguration:
    def test_other_hours_and_weekdays(self) -> None:
        """Hours and closed weekdays are the caller's: 9-17, closed on Sundays only."""
        hours = OfficeHours(version(opens=time(9), closes=time(17), closed_weekdays=["sunday"]))
        assert hours.is_open(jst(2024, 6, 1, 9))
        assert not hours.is_open(jst(2024, 6, 1, 8, 59))
        assert hours.closure_reason(date(2024, 6, 2)) == "日曜日"

    def test_national_holidays_can_be_ignored(self) -> None:
        """With national_holidays=False, 憲法記念日 on a Friday is a working day."""
        hours = OfficeHours(version(national_holidays=False))
        assert hours.is_business_day(date(2024, 5, 3))

    def test_extra_closed_and_open(self) -> None:
        """A one-off closure gives its reason; an election Sunday is open."""
        hours = OfficeHours(
            version(
                extra_closed=[SpecialDay(date(2024, 5, 7), "庁舎停電")],
                extra_open=[SpecialDay(date(2024, 7, 7), "選挙期日")],
            )
        )
        assert hours.closure_reason(date(2024, 5, 7)) == "庁舎停電"
        assert hours.is_open(jst(2024, 7, 7, 10))
        assert hours.closure_reasons(date(2024, 7, 7)) == ()
        assert hours.deadline(date(2024, 7, 6)) == date(2024, 7, 7)

    def test_hours_change_from_a_date(self) -> None:
        """From 2025-04-01 the office opens 8:30-17:15; before, 8:45-17:30."""
        hours = OfficeHours(version()).with_version(
            version(effective_from=date(2025, 4, 1), opens=time(8, 30), closes=time(17, 15))
        )
        assert not hours.is_open(jst(2025, 3, 31, 8, 30))
        assert hours.is_open(jst(2025, 3, 31, 17, 20))
        assert hours.is_open(jst(2025, 4, 1, 8, 30))
        assert not hours.is_open(jst(2025, 4, 1, 17, 20))
        assert hours.version_on(date(2025, 4, 1)).opens == time(8, 30)
        assert hours.next_open(jst(2025, 3, 31, 17, 30)) == jst(2025, 4, 1, 8, 30)

    def test_versions_are_sorted(self) -> None:
        """Versions may be given in any order."""
        later = version(effective_from=date(2030, 1, 1))
        assert OfficeHours([later, version()]).versions == (version(), later)

    def test_equality_ignores_the_memo(self) -> None:
        """Two equal calendars stay equal and hash alike after one of them is used."""
        used, fresh = OfficeHours(version()), OfficeHours(version())
        used.is_open(jst(2024, 5, 7, 10))
        assert used == fresh
        assert hash(used) == hash(fresh)
        assert "_hot" not in repr(used)

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"closes": time(8, 45)}, "closing must come after opening"),
            ({"opens": time(8, 45, tzinfo=JST)}, "without tzinfo"),
            ({"opens": time(8, 45, 0, 5)}, "microseconds"),
            ({"opens": "08:45"}, "wall-clock time"),
            ({"year_end_closure": ["12/29"]}, "MM-DD"),
            ({"year_end_closure": ["02-30"]}, "MM-DD"),
            ({"closed_weekdays": ["caturday"]}, "unknown weekday"),
            ({"closed_weekdays": "sunday"}, "string"),
            (
                {"extra_closed": [SpecialDay(date(2024, 1, 5), "a")] * 2},
                "more than once",
            ),
            ({"extra_open": [SpecialDay(date(2019, 1, 5), "a")]}, "before these hours"),
        ],
    )
    def test_invalid_versions(self, changes: dict[str, Any], message: str) -> None:
        """Each malformed version is refused with a message saying what to fix."""
        with pytest.raises(ValidationError, match=message):
            version(**changes)

    def test_invalid_calendars(self) -> None:
        """Duplicate dates, years without holiday data and stranded extra days are refused."""
        with pytest.raises(ValidationError, match="same day"):
            OfficeHours([version(), version()])
        with pytest.raises(OutOfRangeError, match="1986-01-01"):
            OfficeHours(version(effective_from=date(1985, 12, 31)))
        with pytest.raises(ValidationError, match="must not be empty"):
            OfficeHours([])
        stranded = version(extra_closed=[SpecialDay(date(2026, 1, 5), "a")])
        with pytest.raises(ValidationError, match="no longer apply"):
            OfficeHours([stranded, version(effective_from=date(2025, 1, 1))])

    def test_threads_agree(self) -> None:
        """Threads racing to fill the same year's table see the same answers."""
        hours = OfficeHours(version())
        probes = [jst(2031, 1, 1, 10) + timedelta(hours=7 * i) for i in range(1000)]
        expected = [HOURS.is_open(p) for p in probes]
        results: list[list[bool]] = []

        def work() -> None:
            results.append([hours.is_open(p) for p in probes])

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [expected] * 4


class TestProperties:
    @PROPERTIES
    @given(moments)
    def test_fast_path_agrees_with_reference(self, moment: datetime) -> None:
        """The table lookup answers as the obvious conversion does."""
        assert HOURS.is_open(moment) is HOURS._is_open_reference(moment)

    @PROPERTIES
    @given(near_boundaries())
    def test_fast_path_agrees_at_boundaries(self, moment: datetime) -> None:
        """Microseconds around 08:45, 17:30 and midnight, in any zone."""
        assert HOURS.is_open(moment) is HOURS._is_open_reference(moment)

    @PROPERTIES
    @given(moments)
    def test_next_open(self, moment: datetime) -> None:
        """next_open(x) is open, not before x, and nothing between x and it is open."""
        result = HOURS.next_open(moment)
        assert HOURS.is_open(result)
        assert result >= moment
        assert HOURS.windows(moment, result) == ()
        if result > moment:
            assert not HOURS.is_open(result - timedelta(microseconds=1))

    @PROPERTIES
    @given(moments)
    def test_next_close(self, moment: datetime) -> None:
        """next_close(x) is closed, after x, and the instant before it is open."""
        result = HOURS.next_close(moment)
        assert result > moment
        assert not HOURS.is_open(result)
        assert HOURS.is_open(result - timedelta(microseconds=1))

    @PROPERTIES
    @given(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)))
    def test_windows_sorted_and_disjoint(self, start: datetime, length: timedelta) -> None:
        """Windows lie inside [start, end), in order, apart, each open throughout."""
        end = start.astimezone(UTC) + length  # wall-clock arithmetic would skip DST gaps
        found = HOURS.windows(start, end)
        assert all(start <= w.start < w.end <= end for w in found)
        assert all(a.end < b.start for a, b in itertools.pairwise(found))
        assert all(HOURS.is_open(w.start) for w in found)
        assert all(HOURS.is_open(w.end - timedelta(microseconds=1)) for w in found)

    @PROPERTIES
    @given(moments, moments, moments)
    def test_business_time_is_additive(self, a: datetime, b: datetime, c: datetime) -> None:
        """between(a, b) + between(b, c) == between(a, c), in any order."""
        between = HOURS.business_time_between
        assert between(a, b) + between(b, c) == between(a, c)

    @PROPERTIES
    @given(
        moments,
        st.timedeltas(min_value=timedelta(hours=-300), max_value=timedelta(hours=300)),
    )
    def test_add_business_time_inverts_between(self, moment: datetime, delta: timedelta) -> None:
        """business_time_between(x, add_business_time(x, d)) == d."""
        result = HOURS.add_business_time(moment, delta)
        assert HOURS.business_time_between(moment, result) == delta

    @PROPERTIES
    @given(moments, moments)
    def test_adding_the_time_between_reaches_the_end(self, a: datetime, b: datetime) -> None:
        """Adding between(a, b) to a lands on b, or on the last closing time before it."""
        a, b = sorted((a, b), key=datetime.timestamp)
        result = HOURS.add_business_time(a, HOURS.business_time_between(a, b))
        assert result <= b
        assert HOURS.business_time_between(result, b) == timedelta(0)

    @PROPERTIES
    @given(st.dates(min_value=date(2022, 1, 1), max_value=date(2035, 12, 31)))
    def test_deadline(self, day: date) -> None:
        """deadline(d) is the first business day on or after d."""
        result = HOURS.deadline(day)
        assert HOURS.is_business_day(result)
        assert HOURS.business_days(day, result) == (result,)
