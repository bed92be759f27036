"""Japan Standard Time and the handling of aware datetimes.

JST is a fixed UTC+9 offset: Japan has not observed daylight saving time since 1951, so a
fixed ``timezone`` is exact and far cheaper than a tz database zone. Naive datetimes are
refused everywhere: the library never guesses which zone a wall-clock time was meant in.
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, UTC, datetime, timedelta, timezone
from typing import Final

from kitami_policy._redact import sketch
from kitami_policy.errors import NaiveDatetimeError, OutOfRangeError, ValidationError

__all__ = ["JST", "ensure_aware", "parse_datetime", "to_jst"]

JST: Final = timezone(timedelta(hours=9), "JST")
"""Japan Standard Time, UTC+09:00 with no daylight saving."""

# Outside these years an offset of up to a day can carry an instant past datetime's range.
_MIN_SAFE_YEAR: Final = MINYEAR + 1
_MAX_SAFE_YEAR: Final = MAXYEAR - 1


def ensure_aware(value: datetime, what: str = "datetime", *, dates: bool = False) -> datetime:
    """Return *value* unchanged if it carries a UTC offset and has a JST reading; raise otherwise.

    Args:
        value: the datetime to check.
        what: how messages name it (``"Post.published_at"``, ``"day"``).
        dates: the caller also takes a plain ``date``; the message for a naive datetime says so.

    Raises:
        NaiveDatetimeError: *value* has no tzinfo (or a tzinfo that gives no offset).
        OutOfRangeError: *value* lies so near year 1 or 9999 that it has no UTC or JST reading
            (``0001-01-01T00:00+09:00`` is the last day of year 0 in UTC).
    """
    if not isinstance(value, datetime):
        raise ValidationError(f"{what} must be an aware datetime, got {sketch(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        # The message says what was passed by its type alone: the library shows no caller's
        # value back (see _redact), and the type is what tells the caller what to fix.
        zone = "tzinfo is None" if value.tzinfo is None else "its tzinfo gives no offset"
        instead = "; for a calendar day, pass a datetime.date instead" if dates else ""
        raise NaiveDatetimeError(
            f"{what} is a naive datetime.datetime: it has no time zone ({zone}), and the "
            "library never guesses one. Attach the zone it was meant in, e.g. "
            f".replace(tzinfo=kitami_policy.JST) for Japan Standard Time{instead}"
        )
    if not _MIN_SAFE_YEAR <= value.year <= _MAX_SAFE_YEAR:
        try:
            value.astimezone(UTC)
            value.astimezone(JST)
        except OverflowError:
            raise OutOfRangeError(
                f"{what} lies within a day of the ends of the calendar (year 1 or 9999), where "
                "it has no reading in UTC or JST"
            ) from None
    return value


def to_jst(value: datetime) -> datetime:
    """Convert an aware datetime to JST.

    >>> from datetime import datetime, timezone
    >>> to_jst(datetime(2024, 5, 1, 0, 0, tzinfo=timezone.utc)).isoformat()
    '2024-05-01T09:00:00+09:00'
    """
    return ensure_aware(value).astimezone(JST)


def parse_datetime(text: str, what: str = "timestamp") -> datetime:
    """Parse an ISO 8601 timestamp that states its UTC offset.

    ``Z`` and numeric offsets (``+09:00``, ``+0900``) are accepted; a timestamp without one is
    refused rather than read in an assumed zone. Messages name *what* was parsed (a field
    name) and show the text only as :func:`~kitami_policy._redact.sketch` does: it may be
    anything a caller was handed, a phone number included.

    >>> parse_datetime("2024-06-01T10:00:00+09:00").isoformat()
    '2024-06-01T10:00:00+09:00'
    >>> parse_datetime("2024-06-01T01:00:00Z").astimezone(JST).hour
    10

    Raises:
        ValidationError: *text* is not an ISO 8601 timestamp.
        NaiveDatetimeError: *text* has no offset.
        OutOfRangeError: the instant has no reading in UTC or JST (year 1 or 9999).
    """
    if not isinstance(text, str):
        raise ValidationError(f"{what} must be an ISO 8601 string, got {sketch(text)}")
    # dateutil.parser costs ~20 ms to import; only callers that parse strings pay for it.
    from dateutil.parser import isoparse

    try:
        parsed = isoparse(text.strip())
    except (ValueError, OverflowError):
        raise ValidationError(
            f"{what} is not an ISO 8601 timestamp (expected e.g. 2024-06-01T10:00:00+09:00), "
            f"got {sketch(text)}"
        ) from None
    if parsed.tzinfo is None:
        raise NaiveDatetimeError(
            f"{what} has no UTC offset; add one, e.g. +09:00 for JST (got {sketch(text)})"
        )
    return ensure_aware(parsed, what)
