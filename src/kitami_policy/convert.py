"""One converter between the library's attrs types and plain dicts / JSON.

``to_dict`` turns any value of this library into JSON-ready data (dicts, lists, strings,
numbers, booleans, ``None``); ``from_dict`` reads it back into the type, validating on the way,
so ``from_dict(type(x), to_dict(x)) == x`` for every type. Datetimes are ISO 8601 with their
offset, dates ISO dates, enums their values, tuples lists, frozensets sorted lists.

No third-party converter is used (the runtime dependencies are fixed): the type hints of the
attrs classes drive the conversion.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, cast

import attrs

from kitami_policy._redact import shown_name, sketch
from kitami_policy.errors import ConversionError, KitamiPolicyError
from kitami_policy.jst import parse_datetime

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


def to_dict(value: attrs.AttrsInstance) -> dict[str, Any]:
    """Convert an attrs value of this library to a JSON-ready dict.

    >>> from kitami_policy import Author
    >>> to_dict(Author(id="u1", name="北見太郎"))
    {'id': 'u1', 'name': '北見太郎', 'handle': None}
    """
    if not attrs.has(type(value)):
        raise ConversionError(f"to_dict expects an attrs instance, got {type(value).__name__}")
    return cast(dict[str, Any], _unstructure(value))


def to_json(value: attrs.AttrsInstance, *, indent: int | None = None) -> str:
    """Serialise *value* as JSON (UTF-8 text, Japanese kept readable)."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build a *cls* from a dict as :func:`to_dict` makes it.

    Raises:
        ConversionError: a key is missing or unknown, or a value has the wrong shape; the
            message names the path (``Post.account.platform``).
        KitamiPolicyError: the values are well-shaped but fail the type's own validation.
    """
    if not attrs.has(cls):
        raise ConversionError(f"from_dict expects an attrs class, got {cls!r}")
    return cast(T, _structure(cls, data, cls.__name__))


def from_json(cls: type[T], text: str | bytes) -> T:
    """Read *cls* back from :func:`to_json` output (bytes as UTF-8, UTF-16 or UTF-32).

    Raises:
        ConversionError: *text* is not JSON (including integers of more than 4,300 digits and
            nesting too deep to read), or does not describe *cls*.
    """
    from kitami_policy._json import JSONInputError, loads

    try:
        if isinstance(text, bytes):
            text = text.decode(json.detect_encoding(text))
        data = loads(text.removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        raise ConversionError(
            f"the document is not valid JSON: it cannot be decoded (byte {exc.start})"
        ) from None
    except JSONInputError as exc:
        raise ConversionError(f"the document {exc}") from None
    return from_dict(cls, data)


def _unstructure(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            f.alias or f.name: _unstructure(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.init
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, frozenset):
        items = [_unstructure(v) for v in value]
        return sorted(items, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
    if isinstance(value, tuple | list):
        return [_unstructure(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _unstructure(v) for k, v in value.items()}
    return value


def _structure(hint: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if data is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _structure(arg, data, path)
            except ConversionError as exc:
                errors.append(str(exc))
        raise ConversionError("; ".join(errors) or f"{path}: unexpected None")
    if origin is tuple:
        args = typing.get_args(hint)
        seq = _expect_list(data, path)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(args[0], x, f"{path}[{i}]") for i, x in enumerate(seq))
        if len(args) != len(seq):
            raise ConversionError(f"{path}: expected {len(args)} items, got {len(seq)}")
        return tuple(
            _structure(a, x, f"{path}[{i}]") for i, (a, x) in enumerate(zip(args, seq, strict=True))
        )
    if origin is frozenset:
        (arg,) = typing.get_args(hint)
        seq = _expect_list(data, path)
        return frozenset(_structure(arg, x, f"{path}[{i}]") for i, x in enumerate(seq))
    if isinstance(hint, type):
        return _structure_type(hint, data, path)
    raise ConversionError(f"{path}: cannot convert to {hint!r}")


def _structure_type(cls: type, data: Any, path: str) -> Any:
    if attrs.has(cls):
        if not isinstance(data, Mapping):
            raise ConversionError(f"{path}: expected an object, got {type(data).__name__}")
        # resolve_types evaluates the string annotations once and keeps them on the class.
        fields = {f.alias or f.name: f for f in attrs.fields(attrs.resolve_types(cls)) if f.init}
        unknown = set(data) - set(fields)
        if unknown:
            shown = ", ".join(shown_name(key) for key in sorted(unknown, key=str))
            raise ConversionError(
                f"{path}: unknown key(s) [{shown}]; {cls.__name__} takes {sorted(fields)}"
            )
        kwargs = {
            key: _structure(f.type, data[key], f"{path}.{key}")
            for key, f in fields.items()
            if key in data
        }
        try:
            return cls(**kwargs)
        except KitamiPolicyError as exc:
            # The type's own message names its field; the path says where it sits.
            raise _at(path, exc) from None
        except (TypeError, ValueError) as exc:
            raise ConversionError(f"{path}: {_attrs_message(exc)}") from None
    if issubclass(cls, enum.Enum):
        # An enum with its own lenient reader (Platform.parse takes "x") is read with it.
        parse = getattr(cls, "parse", None)
        if parse is not None:
            try:
                return parse(data)
            except KitamiPolicyError as exc:
                raise ConversionError(f"{path}: {exc}") from None
        try:
            return cls(data)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ConversionError(
                f"{path}: expected one of {allowed}, got {sketch(data)}"
            ) from None
    if cls is datetime:
        if isinstance(data, datetime):
            return data
        return parse_datetime(_expect(str, data, path), path)
    if cls is date:
        if isinstance(data, date) and not isinstance(data, datetime):
            return data
        try:
            return date.fromisoformat(_expect(str, data, path))
        except ValueError:
            raise ConversionError(
                f"{path}: expected an ISO date (YYYY-MM-DD), got {sketch(data)}"
            ) from None
    if cls is time:
        if isinstance(data, time):
            return data
        try:
            return time.fromisoformat(_expect(str, data, path))
        except ValueError:
            raise ConversionError(
                f"{path}: expected an ISO time (HH:MM), got {sketch(data)}"
            ) from None
    if cls is timedelta:
        return timedelta(seconds=_expect((int, float), data, path))
    if cls is float:
        return float(_expect((int, float), data, path))
    if cls in (str, int, bool):
        return _expect(cls, data, path)
    raise ConversionError(f"{path}: cannot convert to {cls.__name__}")


def _expect(kind: type | tuple[type, ...], data: Any, path: str) -> Any:
    # bool is an int in Python; a JSON true is never accepted where a number is meant.
    if isinstance(data, kind) and (kind is bool or not isinstance(data, bool)):
        return data
    names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
    raise ConversionError(f"{path}: expected {names}, got {sketch(data)}")


def _at(path: str, exc: KitamiPolicyError) -> KitamiPolicyError:
    """*exc* again, of the same class, its message prefixed with *path* (once)."""
    message = str(exc)
    if message.startswith(f"{path}"):
        return exc
    try:
        return type(exc)(f"{path}: {message}")
    except TypeError:  # a subclass with a constructor of its own: keep it as it is
        return exc


def _attrs_message(exc: TypeError | ValueError) -> str:
    # attrs' validators put the whole value in their message and pass the Attribute as the
    # second argument: name the field and the kind of error instead. A TypeError without one
    # (a missing argument) names no value and is kept.
    if len(exc.args) >= 2 and isinstance(exc.args[1], attrs.Attribute):
        return f"{exc.args[1].name} was refused by its validator ({type(exc).__name__})"
    return str(exc)


def _expect_list(data: Any, path: str) -> list[Any] | tuple[Any, ...]:
    if isinstance(data, list | tuple | frozenset | set):
        return list(data)
    raise ConversionError(f"{path}: expected a list, got {type(data).__name__}")
