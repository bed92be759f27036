"""Whole words: a match that is a word of its own, not a piece of a longer one.

The automaton matches word-list terms as substrings of the fold, which is right for Japanese
(CLAUSES.md: word boundaries mean nothing there) but lets short kana terms fire inside other
words: ウジ in サウジ, ばか in 比べればかなり, ぼけ in すっとぼけ. A term counts as a word of its
own when the original text around it does not continue it in the same script: a katakana term
not glued to katakana, a hiragana term not glued to hiragana other than a particle, a Latin
term not glued to Latin letters (English and romaji words keep their word bounds).
"""

from __future__ import annotations

import unicodedata
from typing import Final, Literal

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context

__all__ = ["script", "stands_alone"]

Script = Literal["hiragana", "katakana", "kanji", "latin", "digit", "other"]

# Hiragana that end or open a phrase around a noun: particles, copulas, sentence endings.
_PARTICLES_BEFORE: Final = frozenset("はがをもにのなとへやよねさかでだて")
_PARTICLES_AFTER: Final = frozenset("はがをもにのなとへやよねさかでだじすぞわっしめども")
# Hiragana terms this short are checked after as well as before (ばか in ばかり, ぼけ in ぼけっと),
# and only the commonest particles keep them apart before (や opens やばかった).
_SHORT: Final = 3
_SHORT_PARTICLES_BEFORE: Final = frozenset("はがもをにとで")
# Scripts whose letters run on into one word; kanji compounds are read by the rules.
_WORD_SCRIPTS: Final = frozenset(("hiragana", "katakana", "latin"))


def script(ch: str) -> Script:
    """The script of one character (full-width and half-width forms folded)."""
    ch = unicodedata.normalize("NFKC", ch)[:1] or ch
    if "\u3041" <= ch <= "\u309f":
        return "hiragana"
    if "\u30a1" <= ch <= "\u30fa" or ch in "ーヽヾ":
        return "katakana"
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆":
        return "kanji"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch.isdigit():
        return "digit"
    return "other"


def stands_alone(ctx: Context, m: Match[str], *, before: bool = True, after: bool = True) -> bool:
    """True when match *m* is not glued to a longer word of the same script.

    With *after* false only its start is read: a noun may head a compound (ホモカップル); with
    *before* false only its end: a word may close a compound (クソ + ニワカ).

    Kanji ends always stand (kanji compounds are read by allowed words and by the rules). A
    hiragana neighbour before the match that is a particle keeps it apart; after the match,
    only a short all-hiragana term is checked, since terms ending in kana inflect (無能すぎて).
    """
    span = ctx.span(m.start, m.end)
    text = ctx.text
    first, last = script(text[span.start]), script(text[span.end - 1])
    short_kana = span.end - span.start <= _SHORT and all(
        script(ch) == "hiragana" for ch in text[span.start : span.end]
    )
    if before and first in _WORD_SCRIPTS and span.start > 0:
        preceding = text[span.start - 1]
        particles = _SHORT_PARTICLES_BEFORE if short_kana else _PARTICLES_BEFORE
        if script(preceding) == first and not (first == "hiragana" and preceding in particles):
            return False
    if after and last in _WORD_SCRIPTS and span.end < len(text):
        following = text[span.end]
        kind = script(following)
        if following in "ーｰ":
            # A long mark stretches the word or continues it: フェラーリ is not フェラ.
            rest = text[span.end :].lstrip("ーｰ")
            kind = script(rest[0]) if rest else "other"
        if kind == last and last in ("katakana", "latin"):
            return False
        if kind == last == "hiragana" and following not in _PARTICLES_AFTER and short_kana:
            return False
    return True
