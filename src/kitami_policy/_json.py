"""Reading JSON from untrusted sources: every failure is one :class:`JSONInputError`.

:func:`json.loads` can fail in more ways than :class:`json.JSONDecodeError`: an integer literal
longer than Python's conversion limit raises a bare ``ValueError``, a document nested some
thousand levels deep a ``RecursionError``. A batch run that reads each line with it stops at the
first such line. :func:`loads` turns every way a document can be unreadable into one error
whose message names the problem and never quotes the document, so each caller handles one
exception and can print its message as it is.
"""

from __future__ import annotations

import json
from typing import Any, Final, NoReturn

__all__ = ["MAX_INT_DIGITS", "JSONInputError", "loads"]

MAX_INT_DIGITS: Final = 4300
"""The longest integer literal read: Python's default limit on converting digits to ``int``."""
_ALWAYS_CONVERTIBLE: Final = 640  # the lowest limit sys.set_int_max_str_digits accepts


class JSONInputError(ValueError):
    """A document is not JSON the library reads.

    The message is a predicate to put after the document's name ("the line …"): it says what
    is wrong and shows no part of the document.
    """


def _integer(literal: str) -> int:
    digits = literal.removeprefix("-")
    if len(digits) > MAX_INT_DIGITS:
        raise JSONInputError(
            f"holds an integer of {len(digits):,} digits; at most {MAX_INT_DIGITS:,} are read"
        )
    if len(digits) <= _ALWAYS_CONVERTIBLE:
        return int(literal)
    # The conversion limit can be lowered per process (sys.set_int_max_str_digits, down to
    # 640); read in pieces it always allows, so the answer never depends on that setting.
    value = 0
    for start in range(0, len(digits), _ALWAYS_CONVERTIBLE):
        piece = digits[start : start + _ALWAYS_CONVERTIBLE]
        value = value * 10 ** len(piece) + int(piece)
    return -value if literal.startswith("-") else value


def _constant(name: str) -> NoReturn:
    raise JSONInputError(f"is not valid JSON: {name} is not a JSON value")


def loads(text: str) -> Any:
    """Parse one JSON document.

    ``NaN`` and ``Infinity``, which Python's reader accepts but JSON does not, are refused.

    >>> loads('{"id": "c1", "n": 12}')
    {'id': 'c1', 'n': 12}

    Raises:
        JSONInputError: *text* is not JSON, holds an integer of more than
            :data:`MAX_INT_DIGITS` digits or nests too deeply to read.
    """
    try:
        return json.loads(text, parse_int=_integer, parse_constant=_constant)
    except JSONInputError:
        raise
    except json.JSONDecodeError as exc:
        # The decoder's own messages ("Expecting value", "Unterminated string starting at")
        # are fixed texts; only the position is added.
        raise JSONInputError(f"is not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise JSONInputError("nests arrays or objects too deeply to read") from None
