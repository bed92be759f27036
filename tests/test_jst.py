"""Tests for kitami_policy.jst: JST and aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given

from kitami_policy import JST, NaiveDatetimeError, ValidationError, parse_datetime
from kitami_policy.jst import ensure_aware, to_jst

from .conftest import aware_datetimes


class TestJST:
    def test_offset_is_nine_hours_all_year(self) -> None:
        """JST has no daylight saving: the offset is +9 in winter and summer alike."""
        for month in (1, 7):
            assert datetime(2024, month, 1, tzinfo=JST).utcoffset() == timedelta(hours=9)

    @given(aware_datetimes)
    def test_to_jst_keeps_the_instant(self, value: datetime) -> None:
        """Converting to JST changes the wall clock, never the instant."""
        converted = to_jst(value)
        assert converted == value
        assert converted.utcoffset() == timedelta(hours=9)

    def test_naive_is_refused(self) -> None:
        """A naive datetime is refused with a hint about how to attach JST."""
        with pytest.raises(NaiveDatetimeError, match="JST"):
            to_jst(datetime(2024, 1, 1, 9, 0))

    def test_non_datetime_is_refused(self) -> None:
        """A date string is not a datetime."""
        with pytest.raises(ValidationError, match="must be an aware datetime"):
            ensure_aware("2024-01-01")  # type: ignore[arg-type]


class TestParseDatetime:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2024-06-01T10:00:00+09:00", datetime(2024, 6, 1, 10, tzinfo=JST)),
            ("2024-06-01T01:00:00Z", datetime(2024, 6, 1, 1, tzinfo=UTC)),
            ("2024-06-01T10:00:00+0900", datetime(2024, 6, 1, 10, tzinfo=JST)),
            ("2024-05-31T20:00:00-05:00", datetime(2024, 6, 1, 10, tzinfo=JST)),
            (" 2024-06-01T10:00+09:00 ", datetime(2024, 6, 1, 10, tzinfo=JST)),
        ],
    )
    def test_parses_offsets(self, text: str, expected: datetime) -> None:
        """Any explicit offset is read; the instant is what counts."""
        assert parse_datetime(text) == expected

    def test_missing_offset_is_refused(self) -> None:
        """A timestamp without an offset is never read in an assumed zone."""
        with pytest.raises(NaiveDatetimeError, match=r"\+09:00"):
            parse_datetime("2024-06-01T10:00:00")

    @pytest.mark.parametrize("text", ["", "yesterday", "2024-13-01T00:00:00+09:00"])
    def test_garbage_is_refused(self, text: str) -> None:
        """Text that is not ISO 8601 gets a ValidationError naming the expected form."""
        with pytest.raises(ValidationError, match="ISO 8601"):
            parse_datetime(text)

    def test_non_string_is_refused(self) -> None:
        """A number is not a timestamp."""
        with pytest.raises(ValidationError, match="string"):
            parse_datetime(20240601)  # type: ignore[arg-type]

    @given(aware_datetimes)
    def test_round_trips_isoformat(self, value: datetime) -> None:
        """parse_datetime reads back what isoformat writes."""
        parsed = parse_datetime(value.isoformat())
        assert parsed == value
        assert parsed.utcoffset() == value.utcoffset()


def test_other_zone_instant_equals_jst() -> None:
    """Midnight UTC is 09:00 JST."""
    assert to_jst(datetime(2024, 1, 1, tzinfo=UTC)).hour == 9
