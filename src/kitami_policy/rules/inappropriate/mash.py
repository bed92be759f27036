"""Clause 4-9, keyboard mash (``meaningless.keyboard_mash``).

Keyboard mash ("asdfghjkl", "ふじこlp"), small kana alone ("っっっっっ"), a short unit typed
over and over ("あいあいあいあいあい") and random kana ("ぬらへしゅめこぬらへ"), read through
:mod:`~kitami_policy.rules.inappropriate.keyboard` and
:mod:`~kitami_policy.rules.inappropriate.random_kana`. The mash must be nearly all of the
comment; links, mentions and hashtags are never mash.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.inappropriate.keyboard import is_mash
from kitami_policy.rules.inappropriate.lists import MASH
from kitami_policy.rules.inappropriate.random_kana import (
    COMMON_KANA_PAIRS,
    COMMON_PAIR_SHARE,
    latin_kana_mash,
)
from kitami_policy.rules.inappropriate.wall import visible

__all__ = ["FOLDED_PATTERNS", "find_keyboard_mash"]

_MASH_TOKEN_MIN: Final = 5
# Latin runs of three letters count towards the mash ("ああｓｄｆｊｋｌ；あｓｄｆ"), kana runs
# of five; one mash token must be at least _MASH_TOKEN_MIN long.
_TOKEN: Final = re.compile(r"(?<![@#a-z0-9])[a-z]{3,}(?![a-z0-9])|[ぁ-ゖ]{5,}")
# Mash must make up this share of the folded comment: "asdf" in a sentence is not meaningless.
_MASH_SHARE: Final = 0.6
# Small kana alone ("っっっっっ", "ぁぁぁぁ") fold to one character and spell nothing.
_SMALL_KANA_CHARS: Final = "ぁぃぅぇぉっゃゅょゎ"
_SMALL_KANA_MIN: Final = 4
# A short unit typed again and again ("あいあいあいあい", "ぱぴぷぺぽぱぴぷぺぽ", "asas asas"):
# the fold has shortened runs of one character, so these are the walls it leaves.
_REPEATED_UNIT: Final = re.compile(r"(.{2,5}?)\1{3,}")
_REPEAT_SHARE: Final = 0.8
_REPEAT_MIN: Final = 10
# Random kana ("ぬらへしゅめこぬらへ"): a long run of hiragana in which hardly a pair of
# neighbours is one that Japanese writing uses all the time.
_KANA_RUN: Final = re.compile(r"[ぁ-ゖ]{10,}")
_NOTHING: Final[tuple[Evidence, ...]] = ()
# Keyboard mash typed in kana mode: Latin letters the IME could not convert between random
# kana ("あｆじぇいｗｆじょいあｊｆ"). Nothing but Latin letters and hiragana, switching often.
_LATIN_KANA_ONLY: Final = re.compile(r"[a-zぁ-ゖ]{8,}")
_KANJI: Final = re.compile(r"[\u4e00-\u9fff]")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_KANJI, _LATIN_KANA_ONLY, _REPEATED_UNIT, _TOKEN)
_URL: Final = re.compile(r"https?://|www\.|\.(?:com|net|jp|to|ly|me)\b", re.IGNORECASE)


def find_keyboard_mash(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: keyboard mash ("asdfghjkl", "ふじこlp", "っっっっっ", random letters), a short
    unit typed over and over ("あいあいあいあいあい") and random kana ("ぬらへしゅめこぬらへ").

    The mash must be nearly all of the comment; links, mentions and hashtags are never mash.
    """
    words = ctx.words
    if MASH in words:
        return (Evidence(spans=ctx.match_spans(words[MASH])),)
    folded = ctx.folded
    if folded and not folded.strip(_SMALL_KANA_CHARS):
        seen = visible(ctx.text)
        if len(seen) >= _SMALL_KANA_MIN:
            return (Evidence(spans=(Span(seen[0][0], seen[-1][0] + 1),)),)
        return _NOTHING
    if len(folded) < _MASH_TOKEN_MIN or _KANJI.search(folded) is not None:
        return _NOTHING  # mash is typed letter by letter: a kanji means a converted, real word
    middle = folded[len(folded) // 2]
    # A wall of repeats or a run of kana covers the middle of the comment: test it first.
    if len(folded) >= _REPEAT_MIN and (
        middle in folded[len(folded) // 2 + 2 : len(folded) // 2 + 6] or "ぁ" <= middle <= "ゖ"
    ):
        found = _repeated_or_random(ctx)
        if found is not None:
            return (Evidence(spans=(found,)),)
    if _LATIN_KANA_ONLY.fullmatch(folded) is not None:
        mixed = latin_kana_mash(ctx)
        if mixed:
            return mixed
    # Cheap first: the tokens as strings, in C, before any per-token work.
    if sum(map(len, _TOKEN.findall(folded))) < _MASH_SHARE * len(folded):
        return _NOTHING
    if _URL.search(ctx.numbers):
        return _NOTHING
    mash = [m for m in _TOKEN.finditer(folded) if is_mash(m[0])]
    covered = sum(len(m[0]) for m in mash)
    if any(len(m[0]) >= _MASH_TOKEN_MIN for m in mash) and covered >= _MASH_SHARE * len(folded):
        return (Evidence(spans=tuple(ctx.span(m.start(), m.end()) for m in mash)),)
    return _NOTHING


def _repeated_or_random(ctx: Context) -> Span | None:
    """A short unit repeated over nearly all the comment, or a long run of random kana."""
    folded = ctx.folded
    # The repeats cover nearly all the comment, so they start within its first fifth: a few
    # anchored tries instead of a search that would try every position of a long text.
    for start in range(int(len(folded) * (1 - _REPEAT_SHARE)) + 1):
        found = _REPEATED_UNIT.match(folded, start)
        if found is not None and found.end() - start >= _REPEAT_SHARE * len(folded):
            return ctx.span(start, found.end())
    # Read on the original: katakana words fold to hiragana but are words all the same.
    run = _KANA_RUN.search(ctx.text)
    if run is not None and len(run[0]) >= _MASH_SHARE * len(folded):
        kana = run[0]
        common = sum(kana[i : i + 2] in COMMON_KANA_PAIRS for i in range(len(kana) - 1))
        if common <= COMMON_PAIR_SHARE * (len(kana) - 1):
            return Span(run.start(), run.end())
    return None
