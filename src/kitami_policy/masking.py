"""Masking of personal data for excerpts, reprs and JSON.

The library never prints, logs or stores a detected personal value in clear: a finding keeps
the span (offsets into the caller's own text) and a masked excerpt only. Masking keeps the
shape of a value (its separators, a short head and tail) so that a reviewer can tell a phone
number from a card number without learning either.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._charclass import char_class
from kitami_policy._number_form import ZERO_SHAPES, digit_form

__all__ = [
    "DIGITS",
    "KANJI_DIGITS",
    "digit_positions",
    "is_digit",
    "mask_digits",
    "mask_email",
    "mask_text",
]

_MASK = "*"

# Blocks holding the characters str.isdigit accepts besides the decimal digits \d matches:
# superscripts, subscripts, circled and parenthesised digits, dingbats, a few old scripts.
_DIGIT_BLOCKS: Final = (
    (0x00B0, 0x00BF),
    (0x1360, 0x137F),
    (0x19D0, 0x19DF),
    (0x2070, 0x209F),
    (0x2460, 0x24FF),
    (0x2770, 0x27BF),
    (0x10A40, 0x10A4F),
    (0x10E60, 0x10E7F),
    (0x11050, 0x1106F),
    (0x1F100, 0x1F10F),
)


# Kanji digits spell phone numbers too (〇九〇・一二三四・五六七八); alone they are words (一緒).
KANJI_DIGITS: Final = frozenset("〇零一二三四五六七八九")
# What may stand between the digits of one number.
_NUMBER_JOINERS: Final = "-‐・.．、,， 　ー－"


def _digits_pattern() -> re.Pattern[str]:
    extra = "".join(
        chr(code)
        for low, high in _DIGIT_BLOCKS
        for code in range(low, high + 1)
        if chr(code).isdigit()
    )
    digit = char_class(extra, decimal=True)
    digit_like = char_class(extra + "".join(KANJI_DIGITS | ZERO_SHAPES), decimal=True)
    joiner = "[" + re.escape(_NUMBER_JOINERS) + "]"
    # A run of two or more digits, kanji ones and zero circles included, or any single digit.
    return re.compile(f"{digit_like}(?:{joiner}?{digit_like})+|{digit}")


DIGITS: Final = _digits_pattern()
"""What excerpts mask around evidence: every character ``str.isdigit`` accepts (a test checks
all of Unicode), and kanji digits and zero circles (○九○) where two or more stand together as a
number. A capital O read as a zero is found by :func:`digit_positions`."""


def is_digit(ch: str) -> bool:
    """Tell whether *ch* is a digit to mask: anything ``str.isdigit`` accepts, a kanji digit
    or a zero circle (○, ◯)."""
    return ch.isdigit() or ch in KANJI_DIGITS or ch in ZERO_SHAPES


def digit_positions(value: str) -> list[int]:
    """The positions in *value* of every character a number reader takes for a digit.

    That is anything :func:`is_digit` accepts, and a capital O that stands for a zero among
    digits (``09O-2468-1357``): any character read as a digit is masked as one.

    >>> digit_positions("09O-12"), digit_positions("OK 1")
    ([0, 1, 2, 4, 5], [3])
    """
    form = digit_form(value) if "O" in value else value
    return [i for i, ch in enumerate(value) if is_digit(ch) or (ch == "O" and form[i] == "0")]


def mask_digits(value: str, keep_head: int = 3, keep_tail: int = 2) -> str:
    """Mask the digits of *value*, keeping the first *keep_head* and last *keep_tail*.

    Separators stay where they are. Values with too few digits are masked entirely.

    >>> mask_digits("090-1234-5612")
    '090-****-**12'
    >>> mask_digits("１２３４５６７８９０１２", keep_head=0, keep_tail=4)
    '********９０１２'
    >>> mask_digits("12")
    '**'

    Whatever a number reader takes for a digit counts as one (:func:`digit_positions`):

    >>> mask_digits("○九○-一二三四-五六七八"), mask_digits("09O-2468-1357")
    ('○九○-****-**七八', '09O-****-**57')
    """
    positions = digit_positions(value)
    if len(positions) <= keep_head + keep_tail:
        hidden = positions
    else:
        hidden = positions[keep_head : len(positions) - keep_tail]
    chars = list(value)
    for i in hidden:
        chars[i] = _MASK
    return "".join(chars)


def mask_email(value: str) -> str:
    """Mask an e-mail address, keeping the first character of each part and the top domain.

    >>> mask_email("taro.yamada@example.co.jp")
    't**********@e******.c*.jp'
    """
    local, sep, domain = value.partition("@")
    if not sep:
        return mask_text(value)
    labels = domain.split(".")
    masked = [
        lab if i == len(labels) - 1 and i > 0 else _keep_first(lab) for i, lab in enumerate(labels)
    ]
    return f"{_keep_first(local)}@{'.'.join(masked)}"


def mask_text(value: str, keep_head: int = 1) -> str:
    """Mask every character but the first *keep_head* non-space ones.

    >>> mask_text("北見市大通西3丁目")
    '北********'
    """
    out = []
    kept = 0
    for ch in value:
        if ch.isspace():
            out.append(ch)
        elif kept < keep_head:
            out.append(ch)
            kept += 1
        else:
            out.append(_MASK)
    return "".join(out)


def _keep_first(part: str) -> str:
    return part[:1] + _MASK * (len(part) - 1)
