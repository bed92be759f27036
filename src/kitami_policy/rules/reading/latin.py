"""English and romaji words: word-list terms of Latin letters that stand as whole words.

The fold glues words together (it drops spaces), so a Latin term such as ``ass`` would match
inside ``class``. CLAUSES.md: word boundaries mean nothing in Japanese, but they do for Latin
letters. A Latin match counts only when the letters just outside its original span are not
Latin letters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context

__all__ = ["is_latin", "whole_word"]

_LATIN_TERM: Final = re.compile(r"[a-z0-9' ]+")


def is_latin(term: str) -> bool:
    """True for a folded term written in Latin letters (and digits)."""
    return _LATIN_TERM.fullmatch(term) is not None


def _letter(ch: str) -> bool:
    folded = unicodedata.normalize("NFKC", ch)
    return folded.isascii() and folded.isalpha()


def whole_word(ctx: Context, m: Match[str]) -> bool:
    """True when a match is not part of a longer Latin word of the original text.

    Japanese terms always count; a Latin term counts when no Latin letter touches its
    original span on either side ("idiot" in "you idiot", not "ass" in "class").
    """
    if not is_latin(m.term):
        return True
    span = ctx.span(m.start, m.end)
    text = ctx.text
    before = span.start > 0 and _letter(text[span.start - 1])
    after = span.end < len(text) and _letter(text[span.end])
    return not (before or after)
