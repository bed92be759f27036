"""Typed access to the fields of a parsed JSON payload, with errors that name the field.

Every error names the field by its path (``data[2].from.id``), says what was expected and,
where it helps, how to get it (``request fields=from``). None repeats a value: payloads carry
comment texts and names, and a wrong-typed field may be a phone number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from kitami_policy.errors import KitamiPolicyError, PayloadError

# An instant written as a number this large is in milliseconds: seconds reach 10**12 only in
# the year 33658, and Meta's notifications use milliseconds in some entries' `time`.
_MILLISECONDS_FROM: Final = 10**12


def join(path: str, key: str | int) -> str:
    """The path of *key* under *path* (``data[2]`` + ``from`` → ``data[2].from``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def kind(value: object) -> str:
    """What *value* is, in words, without saying what it holds."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a value of type {type(value).__name__}"


def _missing(path: str, how: str) -> PayloadError:
    return PayloadError(f"field {path} is missing{'; ' + how if how else ''}", field=path)


def _wrong(path: str, expected: str, value: object, how: str = "") -> PayloadError:
    return PayloadError(
        f"field {path} must be {expected}, got {kind(value)}{'; ' + how if how else ''}",
        field=path,
    )


def obj(value: object, path: str, what: str = "a JSON object") -> Mapping[str, Any]:
    """*value* as a mapping, or an error naming *path* (the whole document when empty)."""
    if isinstance(value, Mapping):
        return value
    if not path:
        raise PayloadError(f"the document must be {what}, got {kind(value)}", field="")
    raise _wrong(path, "an object", value)


def required(record: Mapping[str, Any], key: str, path: str, how: str = "") -> Any:
    """``record[key]``; missing or ``null`` is an error naming the field and *how* to get it."""
    value = record.get(key)
    if value is None:
        raise _missing(join(path, key), how)
    return value


def required_obj(
    record: Mapping[str, Any], key: str, path: str, how: str = ""
) -> Mapping[str, Any]:
    """``record[key]`` as an object."""
    return obj(required(record, key, path, how), join(path, key))


def required_list(record: Mapping[str, Any], key: str, path: str, how: str = "") -> Sequence[Any]:
    """``record[key]`` as a list."""
    value = required(record, key, path, how)
    if not isinstance(value, list):
        raise _wrong(join(path, key), "a list", value)
    return value


def required_id(record: Mapping[str, Any], key: str, path: str, how: str = "") -> str:
    """An id: a non-empty string (a whole number, as some old payloads send, is read as its
    digits)."""
    value = required(record, key, path, how)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise _wrong(join(path, key), "a non-empty string id", value, how)
    return value


def optional_id(record: Mapping[str, Any], key: str, path: str) -> str | None:
    """An id when the field is there, else ``None``."""
    return None if record.get(key) is None else required_id(record, key, path)


def text(record: Mapping[str, Any], key: str, path: str, *, default: str | None = None) -> str:
    """A text field; with *default*, a missing one reads as it (a sticker-only comment)."""
    value = record.get(key)
    if value is None:
        if default is not None:
            return default
        raise _missing(join(path, key), "")
    if not isinstance(value, str):
        raise _wrong(join(path, key), "a string", value)
    return value


def optional_str(record: Mapping[str, Any], key: str, path: str) -> str | None:
    """A string field that may be absent (``None`` then); an empty string reads as absent."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong(join(path, key), "a string", value)
    return value or None


def epoch(record: Mapping[str, Any], key: str, path: str, how: str = "") -> datetime:
    """An instant given as Unix time (seconds, or milliseconds when that large), in UTC."""
    value = required(record, key, path, how)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise _wrong(join(path, key), "Unix time in seconds (a number)", value, how)
    seconds = value / 1000 if value >= _MILLISECONDS_FROM else value
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise _wrong(join(path, key), "Unix time within the years 1-9999", value) from None


def timestamp(record: Mapping[str, Any], key: str, path: str, how: str = "") -> datetime:
    """An instant given as ISO 8601 with its offset (``2024-06-01T01:00:00+0000``, ``…Z``)."""
    from kitami_policy.jst import parse_datetime

    value = required(record, key, path, how)
    if not isinstance(value, str):
        raise _wrong(join(path, key), "an ISO 8601 time string", value, how)
    try:
        return parse_datetime(value)
    except KitamiPolicyError:
        # parse_datetime's own message repeats the text; this one must not.
        raise PayloadError(
            f"field {join(path, key)} must be an ISO 8601 time with its UTC offset "
            "(e.g. 2024-06-01T01:00:00+0000)",
            field=join(path, key),
        ) from None
