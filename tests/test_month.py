"""A month of the office-hours calendar: days, closures, text and layout."""

from __future__ import annotations

from datetime import date, time

import pytest

from kitami_policy.errors import OutOfRangeError, ValidationError
from kitami_policy.hours import HoursVersion, SpecialDay
from kitami_policy.month import MonthCalendar, month_calendar
from kitami_policy.office_hours import OfficeHours
from kitami_policy.policy import KITAMI_OFFICE_HOURS as HOURS


class TestDays:
    def test_every_day_with_its_status(self) -> None:
        """May 2025: 31 days; Golden Week and weekends closed, with the calendar's reasons."""
        may = HOURS.month(2025, 5)
        assert isinstance(may, MonthCalendar)
        assert [d.day.day for d in may.days] == list(range(1, 32))
        for d in may.days:
            assert d.reason == HOURS.closure_reason(d.day)
            assert d.is_open == HOURS.is_business_day(d.day)
            assert d.window == HOURS.hours_on(d.day)
        assert [(d.day.day, d.reason) for d in may.closures if d.notable] == [
            (3, "憲法記念日"),
            (4, "みどりの日"),
            (5, "こどもの日"),
            (6, "みどりの日 振替休日"),
        ]
        assert len(may.open_days) == 20

    def test_year_end_closure_is_notable(self) -> None:
        """12/29–12/31 are listed as 年末年始, weekends are not listed."""
        december = month_calendar(HOURS, 2024, 12)
        notable = [d.day.day for d in december.closures if d.notable]
        assert notable == [29, 30, 31]

    def test_extra_days_of_another_town(self) -> None:
        """An extra closure is notable; an extra open Sunday is open."""
        town = OfficeHours(
            HoursVersion(
                effective_from=date(2024, 4, 1),
                opens=time(8, 30),
                closes=time(17, 15),
                extra_closed=[SpecialDay(date(2024, 8, 13), "庁舎設備点検")],
                extra_open=[SpecialDay(date(2024, 7, 7), "町長選挙の投票日")],
            )
        )
        july, august = town.month(2024, 7), town.month(2024, 8)
        assert july.days[6].is_open
        assert [(d.day.day, d.reason) for d in august.closures if d.notable] == [
            (11, "山の日"),
            (12, "山の日 振替休日"),
            (13, "庁舎設備点検"),
        ]
        assert "08:30–17:15" in july.render("en")


class TestLayout:
    def test_weeks_start_on_sunday(self) -> None:
        """Weeks are rows of seven, Sunday first, padded with None."""
        weeks = HOURS.month(2025, 5).weeks()
        assert all(len(week) == 7 for week in weeks)
        assert weeks[0][:4] == (None, None, None, None)  # 2025-05-01 is a Thursday
        first = weeks[0][4]
        assert first is not None
        assert first.day == date(2025, 5, 1)

    def test_text_rendering(self) -> None:
        """The text calendar has a heading, weekday names, marks and the notable reasons."""
        text = str(HOURS.month(2025, 5))
        lines = text.splitlines()
        assert lines[0] == "2025年5月　開庁 08:45–17:30"
        assert lines[1].split() == list("日月火水木金土")
        assert lines[2].endswith(" 3*")
        assert "  5/6 みどりの日 振替休日" in lines
        english = HOURS.month(2025, 5).render("en")
        assert english.splitlines()[1].split() == ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]
        assert "  May 3 Constitution Day" in english.splitlines()
        assert "  May 6 Substitute Holiday for Greenery Day" in english.splitlines()


class TestRefused:
    @pytest.mark.parametrize("month", [0, 13, "5", True])
    def test_bad_month(self, month: object) -> None:
        """A month outside 1–12 (or not an int) is refused."""
        with pytest.raises(ValidationError, match="month"):
            month_calendar(HOURS, 2025, month)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("year", "month"), [(2005, 1), (2006, 3), (2100, 1)])
    def test_outside_the_range(self, year: int, month: int) -> None:
        """A month not wholly inside the calendar's range is refused, naming the range."""
        with pytest.raises(OutOfRangeError, match="range"):
            month_calendar(HOURS, year, month)

    def test_bad_language(self) -> None:
        """Only ja and en are rendered."""
        with pytest.raises(ValidationError, match="lang"):
            HOURS.month(2025, 5).render("fr")  # type: ignore[arg-type]
