"""Regex character classes written as ranges, so that ``re`` searches them quickly.

``re`` compiles a character class into a bitmap only when every member lies in the Basic
Multilingual Plane. Once a class holds a character beyond it (a Brahmi number, a mathematical
digit), it is kept as the list of its members, and a search tests them one by one at every
character of the text: the class of the digits a number reader sees took 1.5 us to search a
comment of thirty characters. Written as ranges of consecutive code points, with the decimal
digits left to ``\\d``, the same class is a handful of tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["char_class"]


def char_class(chars: Iterable[str], *, decimal: bool = False) -> str:
    r"""A regex character class matching exactly *chars*, and every decimal digit (``\d``)
    when *decimal* is true (a class matching nothing when that is nothing at all).

    >>> char_class("xabc3"), char_class("〇一二3²³", decimal=True)
    ('[3a-cx]', '[\\d²-³〇一二]')
    """
    codes = sorted({ord(ch) for ch in chars if not (decimal and ch.isdecimal())})
    parts = [r"\d"] if decimal else []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        low, high = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(low if i == j else f"{low}-{high}")
        i = j + 1
    return "[" + "".join(parts) + "]" if parts else r"[^\s\S]"
