"""Japan Standard Time and the handling of aware datetimes.

JST is a fixed UTC+9 offset: Japan has not observed daylight saving time since 1951, so a
fixed ``timezone`` is exact and far cheaper than a tz database zone. Naive datetimes are
refused everywhere: the library never guesses which zone a wall-clock time was meant in.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Final

from kitami_policy.errors import NaiveDatetimeError, ValidationError

__all__ = ["JST", "ensure_aware", "parse_datetime", "to_jst"]

JST: Final = timezone(timedelta(hours=9), "JST")
"""Japan Standard Time, UTC+09:00 with no daylight saving."""


def ensure_aware(value: datetime, what: str = "datetime") -> datetime:
    """Return *value* unchanged if it carries a UTC offset; raise otherwise.

    Raises:
        NaiveDatetimeError: *value* has no tzinfo (or a tzinfo that gives no offset).
    """
    if not isinstance(value, datetime):
        raise ValidationError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{what} {value.isoformat()} has no time zone; attach one, e.g. "
            f"value.replace(tzinfo=kitami_policy.JST) for Japan Standard Time"
        )
    return value


def to_jst(value: datetime) -> datetime:
    """Convert an aware datetime to JST.

    >>> from datetime import datetime, timezone
    >>> to_jst(datetime(2024, 5, 1, 0, 0, tzinfo=timezone.utc)).isoformat()
    '2024-05-01T09:00:00+09:00'
    """
    return ensure_aware(value).astimezone(JST)


def parse_datetime(text: str) -> datetime:
    """Parse an ISO 8601 timestamp that states its UTC offset.

    ``Z`` and numeric offsets (``+09:00``, ``+0900``) are accepted; a timestamp without one is
    refused rather than read in an assumed zone.

    >>> parse_datetime("2024-06-01T10:00:00+09:00").isoformat()
    '2024-06-01T10:00:00+09:00'
    >>> parse_datetime("2024-06-01T01:00:00Z").astimezone(JST).hour
    10

    Raises:
        ValidationError: *text* is not an ISO 8601 timestamp.
        NaiveDatetimeError: *text* has no offset.
    """
    if not isinstance(text, str):
        raise ValidationError(f"expected an ISO 8601 string, got {type(text).__name__}")
    # dateutil.parser costs ~20 ms to import; only callers that parse strings pay for it.
    from dateutil.parser import isoparse

    try:
        parsed = isoparse(text.strip())
    except (ValueError, OverflowError) as exc:
        raise ValidationError(
            f"{text!r} is not an ISO 8601 timestamp (expected e.g. 2024-06-01T10:00:00+09:00)"
        ) from exc
    if parsed.tzinfo is None:
        raise NaiveDatetimeError(
            f"{text!r} has no UTC offset; add one, e.g. {text.strip()}+09:00 for JST"
        )
    return parsed
