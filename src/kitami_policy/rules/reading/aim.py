"""Who a remark is aimed at: the person addressed, someone pointed at, or the writer.

An insult needs no named target in a reply (CLAUSES.md: バカじゃないの, お前ほんとアホだな, 黙れ
カス insult the person answered); the same word said of oneself (俺はバカだから) is not abuse.
The families combine these readings with their own targets (the city, its staff, groups).
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context
from kitami_policy.rules.reading.sentences import sentence

__all__ = [
    "DEMONSTRATIVE",
    "FOLDED_PATTERNS",
    "SECOND_PERSON",
    "SELF",
    "WORD_LISTS",
    "addressed",
    "self_directed",
]

SECOND_PERSON: Final = "reading_second_person"
DEMONSTRATIVE: Final = "reading_demonstrative"
SELF: Final = "reading_self"
WORD_LISTS: Final = (SECOND_PERSON, DEMONSTRATIVE, SELF, "reading_self_adverbs")
"""The word lists this reading reads."""

# Between the writer and what they call themself ("俺はバカ", "ワイみたいなゴミ", "自分って本当に
# アホ", "私も昔はバカだった").
# The words come from a word list, spelled as the fold spells them (rules/_terms.py); the
# suffixes and particles are written out.
_SELF_GAP: Final = re.compile(
    r"(?:ら|たち|達|自身)?"
    r"(?:[はもが]|って|なん(?:か|て)|みたいな(?:の)?|のような|こそ|も昔は|は昔)?"
    rf"{pattern('reading_self_adverbs', form='fold')}?"
    r"(?:の|な)?"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_SELF_GAP,)
_SELF_REACH: Final = 20


def self_directed(ctx: Context, start: int) -> bool:
    """True when the words at folded *start* are said of the writer ("俺はバカだから")."""
    if SELF not in ctx.words:
        return False
    folded = ctx.folded
    return any(
        m.end <= start and _SELF_GAP.fullmatch(folded, m.end, start) is not None
        for m in ctx.near(start - _SELF_REACH, start, SELF)
    )


def addressed(ctx: Context, position: int) -> bool:
    """True when the sentence holding folded *position* addresses or points at someone: it
    holds the second person or a demonstrative."""
    if SECOND_PERSON not in ctx.words and DEMONSTRATIVE not in ctx.words:
        return False
    lo, hi = sentence(ctx, position)
    return ctx.any_near(lo, hi, SECOND_PERSON, DEMONSTRATIVE)
