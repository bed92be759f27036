"""Field validators and converters shared by the domain types.

They raise the library's own exceptions with the class and field named, so a caller sees
``Comment.id must be a non-empty string, got ''`` rather than a bare attrs ``TypeError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import attrs

from kitami_policy.errors import InvalidTextError, OutOfRangeError, ValidationError
from kitami_policy.jst import ensure_aware


def _where(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def non_empty_str(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with at least one non-space character."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            f"{_where(inst, attribute)} must be a non-empty string, got {value!r}"
        )


def text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a ``str`` that can be encoded (no lone surrogates); it may be empty."""
    if not isinstance(value, str):
        raise InvalidTextError(
            f"{_where(inst, attribute)} must be a str, got {type(value).__name__}"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidTextError(
            f"{_where(inst, attribute)} holds a lone surrogate at index {exc.start}; "
            "decode the source with errors='replace' or fix its encoding"
        ) from None


def optional_non_empty_str(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Allow ``None`` or a non-empty string."""
    if value is not None:
        non_empty_str(inst, attribute, value)


def aware_datetime(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an aware datetime (naive ones are refused, never assumed to be JST)."""
    if not isinstance(value, datetime):
        raise ValidationError(
            f"{_where(inst, attribute)} must be an aware datetime, got {type(value).__name__}"
        )
    ensure_aware(value, _where(inst, attribute))


def optional_aware_datetime(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Allow ``None`` or an aware datetime."""
    if value is not None:
        aware_datetime(inst, attribute, value)


def plain_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a ``date`` that is not a ``datetime`` (a day, not an instant)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            f"{_where(inst, attribute)} must be a datetime.date, got {type(value).__name__}"
        )


def boolean(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a real ``bool`` (not 0/1 or a string)."""
    if not isinstance(value, bool):
        raise ValidationError(f"{_where(inst, attribute)} must be True or False, got {value!r}")


def unit_interval(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a float in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{_where(inst, attribute)} must be a number, got {value!r}")
    if not 0.0 <= value <= 1.0:
        raise OutOfRangeError(f"{_where(inst, attribute)} must lie in [0, 1], got {value!r}")


def instances_of(kind: type | tuple[type, ...], *, non_empty: bool = False) -> Callable[..., None]:
    """Validate that every member of a tuple/frozenset is an instance of *kind*."""

    names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)

    def check(inst: object, attribute: attrs.Attribute[Any], value: Iterable[object]) -> None:
        for item in value:
            if not isinstance(item, kind):
                raise ValidationError(
                    f"{_where(inst, attribute)} must hold {names} values, got {item!r}"
                )
        if non_empty and not value:
            raise ValidationError(f"{_where(inst, attribute)} must not be empty")

    return check


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Convert any iterable except a string to a tuple (a lone string is a common slip)."""
    if isinstance(value, str | bytes):
        raise ValidationError(f"expected a sequence of values, got the string {value!r}")
    return tuple(value)


def to_frozenset(value: Iterable[Any]) -> frozenset[Any]:
    """Convert any iterable except a string to a frozenset."""
    if isinstance(value, str | bytes):
        raise ValidationError(f"expected a collection of values, got the string {value!r}")
    return frozenset(value)
