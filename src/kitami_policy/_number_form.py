"""The number form: one character for each of the text's own, spelled for number rules.

Clause 4-1's readers of phone numbers, addresses and IDs, and masking, read digits however they
are written: full-width and other compatibility forms, the kanji digits, circles and a capital O
standing for zero, dashes and long marks between groups, spaces and zero-width characters
slipped in. Unlike the fold (:mod:`kitami_policy._normalize`), the number form keeps the text's
length, so a match's span is a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from kitami_policy._charclass import char_class

__all__ = ["DIGIT_SOURCES", "ZERO_SHAPES", "digit_form", "number_form"]

# Both 〇 and 零 are zero; 十, 百 and larger are left alone (no numeral parsing).
_KANJI_DIGITS: Final = str.maketrans("〇零一二三四五六七八九", "00123456789")
_DASHES: Final = "ーｰ−‐‑‒–—―﹣－"
_WHITESPACE: Final = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_ZERO_WIDTH: Final = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
)

# Blocks holding characters whose NFKC is one ASCII character (＠, ①, ⁰, 𝟘, ...).
_NUMBER_SCAN_BLOCKS: Final = (
    (0x00A0, 0x00FF),
    (0x2000, 0x209F),
    (0x2460, 0x24FF),
    (0xFE50, 0xFE6F),
    (0xFF01, 0xFF5E),
    (0x1D7CE, 0x1D7FF),
)


def _build_number_table() -> Mapping[int, str]:
    table: dict[int, str] = {}
    for low, high in _NUMBER_SCAN_BLOCKS:
        for code in range(low, high + 1):
            out = unicodedata.normalize("NFKC", chr(code))
            if len(out) == 1 and out.isascii() and out != chr(code):
                table[code] = out
    table.update((ord(c), " ") for c in _WHITESPACE + _ZERO_WIDTH)
    table.update((ord(c), "-") for c in _DASHES)
    table.update((code, chr(digit)) for code, digit in _KANJI_DIGITS.items())
    return MappingProxyType(table)


_NUMBER_TABLE: Final = _build_number_table()

#: The characters other than ASCII digits that :func:`number_form` turns into digits.
DIGIT_SOURCES: Final = frozenset(chr(c) for c, out in _NUMBER_TABLE.items() if out.isdigit())

# str.translate raises and clears a KeyError inside for every character its table lacks, and a
# Japanese comment is mostly such characters: the runs of table characters are translated
# alone (a comment holds one or two), at a third of the cost, and linear on any text.
_NUMBER_RUN: Final = re.compile(char_class(map(chr, _NUMBER_TABLE)) + "+")


def _translated(run: re.Match[str]) -> str:
    return run[0].translate(_NUMBER_TABLE)


def number_form(text: str) -> str:
    """Return *text* with one character for each of its own, spelled for number rules.

    Full-width and other compatibility digits and letters become ASCII (１→1, ＠→@, ．→.),
    the single kanji digits 〇零一二三四五六七八九 become 0-9 (十 and 百 are not parsed), dashes
    and the long mark become ``-``, and every whitespace *and zero-width* character becomes a
    plain space: a number rule that allows a space between digit groups therefore also survives
    a zero-width character slipped into the number. Everything else is left as it is. The
    result has exactly the length of *text*, so a match's span is a span of the original.

    >>> number_form("〇九〇ー１２３４ー５６７８")
    '090-1234-5678'
    >>> number_form("〒０９０\\u200b－８５０１")
    '〒090 -8501'
    """
    return _NUMBER_RUN.sub(_translated, text)


#: Circles that stand for a zero in a written number (○九○, ◯八◯).
ZERO_SHAPES: Final = frozenset("○◯")
_ZERO_SHAPE_TABLE: Final = str.maketrans(dict.fromkeys(ZERO_SHAPES, "0"))
# A capital O among digits stands for a zero (O9O-1234-5678, 09O-2468-1357); full-width Ｏ is
# already O in the number form. Elsewhere it is a letter (OK, Osaka).
_LETTER_ZERO: Final = re.compile(r"(?<=\d)O(?=[\dO\-\s])|(?<![A-Za-z])O(?=[\dO]{1,3}[\-\s]?\d)")


def digit_form(text: str) -> str:
    """Return :func:`number_form` with the zero look-alikes of written numbers read as ``0``.

    This is what the number readers of clause 4-1 take for digits, and so what masking takes
    for digits: any character read as a digit here is masked like one. Circles (○, ◯) are
    zeros wherever they stand; a capital O only among digits. The result has the length of
    *text*.

    >>> digit_form("○九○-一二三四-五六七八"), digit_form("09O-2468-1357 OK")
    ('090-1234-5678', '090-2468-1357 OK')
    """
    numbers = number_form(text)
    if "○" in numbers or "◯" in numbers:
        numbers = numbers.translate(_ZERO_SHAPE_TABLE)
    if "O" in numbers:
        numbers = _LETTER_ZERO.sub("0", numbers)
    return numbers
