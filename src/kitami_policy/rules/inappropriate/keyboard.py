"""Keys walked along: the keyboard-mash reading of clause 4-9.

A token that walks along a row or a column of the keyboard (or of the JIS kana layout), recites
the alphabet or the kana table, or is Latin letters with hardly a vowel.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import Final

__all__ = ["VOWELS", "is_mash"]

# Keyboard mash: a token that walks along a keyboard row, or Latin letters without vowels.
_KEY_ROWS: Final = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    # Walks down the columns ("qazwsxedc").
    "qaz",
    "wsx",
    "edc",
    "rfv",
    "tgb",
    "yhn",
    "ujm",
    "ik",
    "ol",
    # The JIS kana layout, folded to hiragana.
    "ぬふあうえおやゆよわほへ",
    "たていすかんなにらせ",
    "ちとしはきくまのりれけむ",
    "つさそひこみもねるめろ",
    # Reciting the alphabet or the kana table in order carries no meaning either.
    "abcdefghijklmnopqrstuvwxyz",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
)
_NEIGHBOURS: Final = frozenset(
    pair for row in _KEY_ROWS for a, b in itertools.pairwise(row) for pair in (a + b, b + a)
)
_ROW_WALK_SHARE: Final = 0.7
_VOWELLESS_MIN: Final = 7
_VOWEL_SHARE: Final = 0.15
VOWELS: Final = "aeiouy"
# Longer runs are sentences whose spaces the fold removed, not a walk along the keys.
_ROW_WALK_MAX: Final = 24
# Home-row letters with hardly a vowel ("fjdksl", "jfkdlsa"): no word the city reads.
_HOME_ROW_MASH: Final = re.compile(r"[asdfghjkl]{5,}")


def is_mash(token: str) -> bool:
    """Tell whether a token walks a keyboard row or is Latin letters without vowels."""
    if token.isascii() and len(token) >= _VOWELLESS_MIN:
        vowels = sum(map(token.count, VOWELS))
        if vowels < _VOWEL_SHARE * len(token):
            return True
    if _HOME_ROW_MASH.fullmatch(token) is not None and 5 * token.count("a") < len(token):
        return True
    if len(token) > _ROW_WALK_MAX:
        return False
    pairs = sum(map(_NEIGHBOURS.__contains__, map(operator.add, token, token[1:])))
    return pairs >= _ROW_WALK_SHARE * (len(token) - 1)
