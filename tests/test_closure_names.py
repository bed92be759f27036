"""English names of closure reasons (``data/closure_names.toml``), against their source."""

from __future__ import annotations

import tomllib
from datetime import date, time

import holidays
import jpholiday
import pytest

from kitami_policy._closure_names import english
from kitami_policy.errors import ValidationError
from kitami_policy.hours import HoursVersion, SpecialDay
from kitami_policy.policy import DATA_DIR, KITAMI_OFFICE_HOURS

DATA = tomllib.loads((DATA_DIR / "closure_names.toml").read_text(encoding="utf-8"))
# The data file gives the second ceremony of 2019 a name of its own (see its header).
OWN_NAMES = {date(2019, 10, 22): "Enthronement Ceremony"}


class TestAgainstTheSource:
    """The names are the `holidays` package's English names, day by day, 1986-2099."""

    def test_every_holiday_day_by_day(self) -> None:
        """Each national holiday jpholiday names has the English name `holidays` gives it."""
        source = holidays.country_holidays("JP", years=range(1986, 2100), language="en_US")
        wrong = []
        for day, expected in sorted(source.items()):
            name = jpholiday.is_holiday_name(day)
            ours = english(name) if name else None
            if expected == "Substitute Holiday":
                ok = ours is not None and ours.startswith("Substitute Holiday for ")
            else:
                ok = ours == OWN_NAMES.get(day, expected)
            if not ok:
                wrong.append((day, name, expected, ours))
        assert wrong == []

    def test_the_file_states_its_source(self) -> None:
        """The data file names where its names come from."""
        header = (DATA_DIR / "closure_names.toml").read_text(encoding="utf-8").split("[")[0]
        assert "Source:" in header
        assert "holidays" in header


class TestEnglish:
    """english() for each kind of reason."""

    @pytest.mark.parametrize(
        ("reason", "expected"),
        [
            ("憲法記念日", "Constitution Day"),
            ("元日 振替休日", "Substitute Holiday for New Year's Day"),
            ("国民の休日", "National Holiday"),
            ("年末年始", "Year-end and New Year holidays"),
            ("土曜日", "Saturday"),
            ("庁舎設備点検", "庁舎設備点検"),
            ("未知の日 振替休日", "未知の日 振替休日"),
        ],
    )
    def test_names(self, reason: str, expected: str) -> None:
        """Holidays, substitutes, the year end and weekdays are named; others kept as given."""
        assert english(reason) == expected


class TestClosureReasonsInEnglish:
    """closure_reason(s) and HoursVersion answer in either language."""

    def test_office_hours(self) -> None:
        """Every reason of a day, most specific first, in English."""
        assert KITAMI_OFFICE_HOURS.closure_reasons(date(2023, 1, 1), "en") == (
            "New Year's Day",
            "Year-end and New Year holidays",
            "Sunday",
        )
        assert KITAMI_OFFICE_HOURS.closure_reason(date(2024, 5, 7), "en") is None

    def test_extra_closed_day_in_english(self) -> None:
        """An extra closure gives its reason_en in English, its reason when there is none."""
        hours = HoursVersion(
            date(2024, 1, 1),
            time(8, 45),
            time(17, 30),
            extra_closed=[
                SpecialDay(date(2024, 8, 13), "庁舎設備点検", reason_en="Building inspection"),
                SpecialDay(date(2024, 8, 14), "臨時休業"),
            ],
        )
        assert hours.closure_reasons(date(2024, 8, 13), "en") == ("Building inspection",)
        assert hours.closure_reasons(date(2024, 8, 13)) == ("庁舎設備点検",)
        assert hours.closure_reasons(date(2024, 8, 14), "en") == ("臨時休業",)

    def test_unknown_language(self) -> None:
        """Only ja and en are answered."""
        with pytest.raises(ValidationError, match="lang"):
            KITAMI_OFFICE_HOURS.closure_reason(date(2024, 5, 3), "fr")  # type: ignore[arg-type]
