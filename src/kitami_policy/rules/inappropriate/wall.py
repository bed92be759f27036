"""Clause 4-9, walls of one character (``meaningless.wall``).

A wall of one character or emoji ("ああああああああああ", "😡😡😡😡😡😡😡😡"), a longer run of a few
mixed, emoji and symbols alone once they run long, and a kana held down after a syllable or two
("じょぼぼぼぼぼぼぼぼ"). A short laugh, "！！！" after a sentence or one word among emoji is no
wall.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence

__all__ = ["find_wall", "visible"]

# A wall: at least this many of one character, making up this share of the comment.
_WALL_MIN: Final = 8
_WALL_SHARE: Final = 0.8
# A longer wall may mix a few characters ("😂😂🤣🤣…", "ああああ😡😡😡😡"): the fold has already
# shown that it holds no word.
_MIXED_WALL_MIN: Final = 10
_MIXED_WALL_KINDS: Final = 3
# Invisible parts of emoji sequences, which do not count as characters of a wall.
_INVISIBLE: Final = frozenset("\u200d\ufe0e\ufe0f\u20e3") | frozenset(
    chr(c) for c in range(0x1F3FB, 0x1F400)
)
# Symbols and emoji alone may mix a few more kinds in a wall ("！？！？…", "。、。、…").
_SYMBOL_WALL_MIN: Final = 12
_SYMBOL_WALL_KINDS: Final = 4
_NOTHING: Final[tuple[Evidence, ...]] = ()
# One kana held down for most of a short comment after a syllable or two ("じょぼぼぼぼぼ…").
_KANA_STRETCH: Final = re.compile(r"([ぁ-ゖァ-ヺｦ-ﾝ])\1{9,}")
_STRETCH_FOLDED_MAX: Final = 4
_STRETCH_SHARE: Final = 0.7


def visible(text: str) -> list[tuple[int, str]]:
    """The characters of *text* a reader sees, with their offsets (no spaces, no joiners)."""
    return [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and ch not in _INVISIBLE]


def find_wall(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: a wall of one character or emoji ("ああああああああああ", "ｗｗｗｗｗｗｗｗ").

    The fold shortens runs and drops emoji, so a wall folds to a character or two; the run
    lengths are then read on the original text: one character repeated, or a longer run of a
    few mixed ("😂😂🤣🤣…"). A short laugh ("www"), "！！！" after a sentence or one word
    among emoji ("祝🎉🎉🎉…") is no wall.
    """
    if len(ctx.text) < _WALL_MIN:
        return _NOTHING
    if len(ctx.folded) > 2:
        return _stretched_wall(ctx)
    text = ctx.text
    # Counter and the regexes run in C: a megabyte-long wall costs milliseconds.
    counts = Counter(text)
    for ch in [ch for ch in counts if ch.isspace() or ch in _INVISIBLE]:
        del counts[ch]
    seen = sum(counts.values())
    if seen < _WALL_MIN:
        return _NOTHING
    top = counts.most_common(1)[0][1]
    one = top >= _WALL_MIN and top >= _WALL_SHARE * seen
    if any(counts[ch] < 2 and ch.isalnum() for ch in counts):
        return _NOTHING  # a lone letter is a word ("祝🎉🎉🎉…", "草🤣🤣🤣…"), not part of a wall
    mixed = seen >= _MIXED_WALL_MIN and len(counts) <= _MIXED_WALL_KINDS
    # Emoji and symbols alone, however many kinds ("🙃🧦🛸🧂🦷🪣🧦🛸…"), once they run long.
    if not ctx.folded and seen >= _MIXED_WALL_MIN:
        mixed = True
    if not ctx.folded and seen >= _SYMBOL_WALL_MIN and len(counts) <= _SYMBOL_WALL_KINDS:
        mixed = True
    if one or mixed:
        first = _first_visible(text)
        last = len(text) - _first_visible(text[::-1])
        return (Evidence(spans=(Span(first, last),)),)
    return _NOTHING


def _stretched_wall(ctx: Context) -> tuple[Evidence, ...]:
    """A kana held down after a syllable or two ("じょぼぼぼぼぼぼぼぼ", "ぐわああああああああ")."""
    if len(ctx.folded) > _STRETCH_FOLDED_MAX:
        return _NOTHING
    run = _KANA_STRETCH.search(ctx.text)
    if run is None or len(run[0]) < _STRETCH_SHARE * len(visible(ctx.text)):
        return _NOTHING
    first = _first_visible(ctx.text)
    return (Evidence(spans=(Span(first, run.end()),)),)


def _first_visible(text: str) -> int:
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in _INVISIBLE:
            return i
    return len(text)  # pragma: no cover - callers know a visible character exists
