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
from kitami_policy.rules.base import Context
from kitami_policy.rules.off_topic.lists import KITAMI, PLACES, SERVICES

__all__ = ["FOLDED_PATTERNS", "LEVELS", "level", "related"]

_KANJI_RUN: Final = re.compile(r"[\u4e00-\u9fff々]{2,}")
_KATAKANA_RUN: Final = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]{3,}")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{3,}")
# Bigrams too common to tie a comment to a post.
_GENERIC_BIGRAMS: Final = frozenset(
    (
        "今日",
        "明日",
        "昨日",
        "本日",
        "自分",
        "皆様",
        "皆さ",
        "私達",
        "時間",
        "最高",
        "毎日",
        "一日",
        # Years: a post's 来年度 does not tie a fan's 来年は to it.
        "今年",
        "来年",
        "去年",
        "昨年",
        "毎年",
    )
)
# Service words that other families' allowed words (ごみ袋, ごみ収集 for the insult ごみ) shield
# from every word list, so the automaton never reports them: read on the fold instead.
_SHIELDED_SERVICES: Final = re.compile(r"ごみ|収集|分別|信号")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_KANJI_RUN, _SHIELDED_SERVICES)
# One kana of okurigana between two kanji (貸し出し, 申し込み): dropped, so that 貸し出し and
# 貸出 share the bigram 貸出.
_OKURIGANA: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?![のがはをにでともやへか])[ぁ-ん](?=[\u4e00-\u9fff])"
)
# Subjects a comment and a post can share without a common word, both read on the fold: books
# and manga (a title, 全巻, 冊数 under a post on the library's manga), sights (a sunset under
# a photo contest's post, though not a pet's photo), music (a piano under a concert's). Each is
# (post cue, comment cue).
_TOPICS: Final = (
    (
        re.compile(r"漫画|まんが|図書|絵本|書籍|蔵書|本を|本の|作品|貸し?出|読書"),
        re.compile(
            r"漫画|まんが|全巻|巻|冊|図書|貸し?出|借り|読|新刊|作品|予約|人待ち|入荷|蔵書|揃え|置いて"
        ),
    ),
    (
        re.compile(r"写真|ふぉと|撮影|かめら"),
        re.compile(r"景色|夕焼け|朝焼け|夕日|虹|星空|満月|流れ星"),
    ),
    (
        re.compile(r"演奏|おけすとら|こんさと|音楽|合唱|吹奏楽"),
        re.compile(r"演奏|曲|音楽|ぴあの|ぎた|歌|楽器|合唱"),
    ),
    (
        re.compile(r"選挙|補選|投票|候補|立候補"),
        re.compile(r"選挙|補選|候補|公約|投票|票|演説|政見|当選|落選|選ぶ|選べ|入れる"),
    ),
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
    if _SHIELDED_SERVICES.search(ctx.folded):
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
