"""Field validators and converters shared by the domain types.

They raise the library's own exceptions with the class and field named, so a caller sees
``Comment.id must be a non-empty string, got an empty str`` rather than a bare attrs
``TypeError``. A message never shows the value itself, which may be personal data: only its
type and shape (:func:`kitami_policy._redact.sketch`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import attrs

from kitami_policy._redact import sketch, with_article
from kitami_policy.errors import InvalidTextError, OutOfRangeError, ValidationError
from kitami_policy.jst import ensure_aware


def _where(inst: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def non_empty_str(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with at least one non-space character and no lone surrogates."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            f"{_where(inst, attribute)} must be a non-empty string, got {sketch(value)}"
        )
    text(inst, attribute, value)


def text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a ``str`` that can be encoded (no lone surrogates); it may be empty."""
    if not isinstance(value, str):
        raise InvalidTextError(f"{_where(inst, attribute)} must be a str, got {sketch(value)}")
    if value.isascii():
        return
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
    ensure_aware(value, _where(inst, attribute))  # type: ignore[arg-type]


def optional_aware_datetime(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Allow ``None`` or an aware datetime."""
    if value is not None:
        aware_datetime(inst, attribute, value)


def plain_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a ``date`` that is not a ``datetime`` (a day, not an instant)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            f"{_where(inst, attribute)} must be a datetime.date, got {sketch(value)}"
        )


def boolean(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a real ``bool`` (not 0/1 or a string)."""
    if not isinstance(value, bool):
        raise ValidationError(
            f"{_where(inst, attribute)} must be True or False, got {sketch(value)}"
        )


def unit_interval(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a float in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{_where(inst, attribute)} must be a number, got {sketch(value)}")
    if not 0.0 <= value <= 1.0:
        # A confidence is the library's own number, not a caller's data: it is shown.
        raise OutOfRangeError(f"{_where(inst, attribute)} must lie in [0, 1], got {value!r}")


def instances_of(kind: type | tuple[type, ...], *, non_empty: bool = False) -> Callable[..., None]:
    """Validate that every member of a tuple/frozenset is an instance of *kind*."""

    names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)

    def check(inst: object, attribute: attrs.Attribute[Any], value: Iterable[object]) -> None:
        for item in value:
            if not isinstance(item, kind):
                raise ValidationError(
                    f"{_where(inst, attribute)} must hold {names} values, got {sketch(item)}"
                )
        if non_empty and not value:
            raise ValidationError(f"{_where(inst, attribute)} must not be empty")

    return check


def instance_of(kind: type, *, hint: str = "") -> Callable[..., None]:
    """Require an instance of *kind*; *hint* says how to make one from what was likely passed.

    attrs' own ``instance_of`` raises a ``TypeError`` whose message holds the whole value.
    """

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(
                f"{_where(inst, attribute)} must be {with_article(kind.__name__)}, "
                f"got {sketch(value)}" + (f"; {hint}" if hint else "")
            )

    return check


def optional_instance_of(kind: type, *, hint: str = "") -> Callable[..., None]:
    """Allow ``None`` or an instance of *kind* (see :func:`instance_of`)."""
    required = instance_of(kind, hint=hint)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            required(inst, attribute, value)

    return check


def one_of(choices: Iterable[str]) -> Callable[..., None]:
    """Require one of the strings *choices*; the message lists them."""
    allowed = tuple(choices)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise ValidationError(
                f"{_where(inst, attribute)} must be one of {', '.join(allowed)}, "
                f"got {sketch(value)}"
            )

    return check


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Convert any iterable except a string to a tuple (a lone string is a common slip)."""
    if isinstance(value, str | bytes):
        raise ValidationError(
            f"expected a sequence of values, not one string (got {sketch(value)})"
        )
    return tuple(value)


def to_frozenset(value: Iterable[Any]) -> frozenset[Any]:
    """Convert any iterable except a string to a frozenset."""
    if isinstance(value, str | bytes):
        raise ValidationError(
            f"expected a collection of values, not one string (got {sketch(value)})"
        )
    return frozenset(value)
