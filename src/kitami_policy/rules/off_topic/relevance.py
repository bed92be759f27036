"""What ties a comment to the post it answers or to the city, which every 4-8 reading asks.

A comment is related when it names Kitami or a city service of Kitami's (not another
municipality's), or shares a content word with the post: a kanji bigram, a katakana word, a
Latin word, or a subject such as books, sights, music or an election. How sure a finding is
depends on whether the post was known at all.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context
from kitami_policy.rules.off_topic.lists import (
    BOOKS_COMMENT,
    BOOKS_POST,
    ELECTION_COMMENT,
    ELECTION_POST,
    GENERIC_BIGRAMS,
    KITAMI,
    MUSIC_COMMENT,
    MUSIC_POST,
    PHOTO_COMMENT,
    PHOTO_POST,
    PLACES,
    SERVICES,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "level", "related"]

_KANJI_RUN: Final = re.compile(r"[\u4e00-\u9fff々]{2,}")
_KATAKANA_RUN: Final = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]{3,}")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{3,}")
# Bigrams too common to tie a comment to a post.
_GENERIC_BIGRAMS: Final = frozenset(fold(term) for term in terms(GENERIC_BIGRAMS))
# One kana of okurigana between two kanji (貸し出し, 申し込み): dropped, so that 貸し出し and
# 貸出 share the bigram 貸出.
_OKURIGANA: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?![のがはをにでともやへか])[ぁ-ん](?=[\u4e00-\u9fff])"
)
# Subjects a comment and a post can share without a common word, both read on the fold: books
# and manga (a title, 全巻, 冊数 under a post on the library's manga), sights (a sunset under
# a photo contest's post, though not a pet's photo), music (a piano under a concert's) and an
# election. Each is (post cue, comment cue).
_TOPICS: Final = tuple(
    (re.compile(pattern(post, form="fold")), re.compile(pattern(comment, form="fold")))
    for post, comment in (
        (BOOKS_POST, BOOKS_COMMENT),
        (PHOTO_POST, PHOTO_COMMENT),
        (MUSIC_POST, MUSIC_COMMENT),
        (ELECTION_POST, ELECTION_COMMENT),
    )
)
# The patterns run on the folded text: their words come from the word lists, spelled as the fold
# spells them (rules/_terms.py), and each literal of the others is its own fold.
FOLDED_PATTERNS: Final = (
    _KANJI_RUN,
    *(cue for cues in _TOPICS for cue in cues),
)


def _bigrams(folded: str) -> set[str]:
    folded = _OKURIGANA.sub("", folded)
    grams = {run[i : i + 2] for run in _KANJI_RUN.findall(folded) for i in range(len(run) - 1)}
    return grams - _GENERIC_BIGRAMS


def _shares_words_with_post(ctx: Context) -> bool:
    """Tell whether the comment shares a content word with the post it answers."""
    if ctx.post is None or not ctx.post.text:
        return False
    post = fold(ctx.post.text)
    if _bigrams(ctx.folded) & _bigrams(post):
        return True
    for post_cue, comment_cue in _TOPICS:
        if post_cue.search(post) and comment_cue.search(ctx.folded):
            return True
    for run in _KATAKANA_RUN.findall(ctx.text):
        word = fold(run)
        if len(word) >= 2 and word in post:
            return True
    return any(w.casefold() in post for w in _LATIN_WORD.findall(ctx.numbers))


def _elsewhere(ctx: Context, start: int) -> bool:
    """Tell whether the word at *start* belongs to another municipality (札幌駅, 旭川市役所)."""
    for place in ctx.near(start - 3, start, PLACES):
        gap = ctx.folded[place.end : start]
        if gap in ("", "市", "町", "村", "区", "の", "市の", "町の"):
            return True
    return False


def related(ctx: Context) -> bool:
    """Tell whether the comment touches Kitami, a city service or the post's subject.

    A service of another municipality (札幌駅前, 横浜市長選) does not tie a comment to Kitami.
    """
    words = ctx.words
    if KITAMI in words:
        return True
    services = words.get(SERVICES)
    if services:
        if PLACES not in words:
            return True
        if any(not _elsewhere(ctx, m.start) for m in services):
            return True
    return _shares_words_with_post(ctx)


def level(ctx: Context, *, diary: bool = False) -> str:
    # Without a post the comment is judged against the city's affairs only: weaker still. A
    # diary told beside a pastime word is weaker than a chatter word.
    if diary:
        return _DIARY_WITH_POST if ctx.post is not None else _DIARY_WITHOUT_POST
    return _WITH_POST if ctx.post is not None else _WITHOUT_POST


# Confidence levels (data/rules/off_topic.toml [levels]).
_WITH_POST: Final = "with_post"
_WITHOUT_POST: Final = "without_post"
_DIARY_WITH_POST: Final = "diary_with_post"
_DIARY_WITHOUT_POST: Final = "diary_without_post"
LEVELS: Final = frozenset((_WITH_POST, _WITHOUT_POST, _DIARY_WITH_POST, _DIARY_WITHOUT_POST))
