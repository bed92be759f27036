"""How an error message speaks of a value it refuses: its type and shape, never its content.

A value handed to the library may be a phone number, a name or a whole comment, and error
messages travel further than results do (log files, bug reports, a CLI's error lines). So a
message names the field and the problem and shows at most :func:`sketch` of the value: its
type, its length, and for a string the layout of its punctuation, with every digit written
``#`` and every other character ``*``. ``####-##-##T##:##`` tells a reader a timestamp lacks
its offset; ``****###-####-####`` tells them a phone number sits where a timestamp belongs,
without showing it.
"""

from __future__ import annotations

import re
import string
from typing import Final

__all__ = ["shown_name", "sketch", "with_article"]

_SHOWN: Final = 32  # characters of a string's shape shown before "…"
# A key that looks like a field name is shown as it is: it names a place, not a person.
_FIELD_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
# Kept as they are: ASCII punctuation and the space carry a value's layout and no content;
# T and Z are ISO 8601's own letters.
_KEEP: Final = frozenset(string.punctuation + " TZ")
# Digits the masking module reads as digits besides str.isdigit: kanji ones and the circle
# that stands for zero.
_DIGIT_LIKE: Final = frozenset("〇零一二三四五六七八九○◯")


def _shape_char(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch.isdigit() or ch in _DIGIT_LIKE:
        return "#"
    return "*"


def with_article(noun: str) -> str:
    """*noun* with "a" or "an" before it, by its first letter: ``an Account``, ``a Post``."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def sketch(value: object) -> str:
    """Say what *value* is without showing it: ``'a str of 13 characters shaped "###-####"'``.

    Only the type is named for anything but a string: a number may be a phone number, and a
    container may hold anything.

    >>> sketch("090-1234-5678")
    "a str of 13 characters shaped '###-####-####'"
    >>> sketch("田中さん")
    "a str of 4 characters shaped '****'"
    >>> sketch(9012345678), sketch(None), sketch({"name": "北見太郎"})
    ('an int', 'nothing', 'a dict')
    """
    if value is None:
        return "nothing"
    if not isinstance(value, str):
        return with_article(type(value).__name__)
    if not value:
        return "an empty str"
    shape = "".join(_shape_char(ch) for ch in value[:_SHOWN])
    more = "…" if len(value) > _SHOWN else ""
    count = f"{len(value)} character{'s' if len(value) != 1 else ''}"
    return f"a str of {count} shaped '{shape}{more}'"


def shown_name(key: object) -> str:
    """A name read from input (a key, a code) as a message shows it: quoted if it looks like
    a field name, else as its :func:`sketch`.

    A misspelt key is worth showing (``'colour'``); a key that is a phone number is not.

    >>> shown_name("colour"), shown_name("090-1234-5678")
    ("'colour'", "a str of 13 characters shaped '###-####-####'")
    """
    if isinstance(key, str) and _FIELD_NAME.fullmatch(key):
        return repr(key)
    return sketch(key)
