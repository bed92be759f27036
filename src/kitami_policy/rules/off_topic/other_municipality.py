"""Clause 4-8, another municipality's matters (``offtopic.other_municipality``).

A question about another municipality's matters ("札幌市のごみの日はいつですか"), its weather
told as chatter, its election, or an appeal, a meal or a trip told of it. A comparison or a
request to Kitami, a move to Kitami, a mention of Kitami and a place the post itself names all
keep the comment.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import (
    APPEAL,
    AWAY,
    ELECTION,
    KITAMI,
    NOT_AWAY,
    PLACES,
    QUESTION,
    TRAVEL,
    WEATHER,
)
from kitami_policy.rules.off_topic.relevance import level, related

__all__ = ["FOLDED_PATTERNS", "find_other_municipality"]

_NOTHING: Final[tuple[Evidence, ...]] = ()


def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# On the original text: a question mark, a question ending or a word that asks.
_QUESTION: Final = re.compile(
    r"[?？]|ですか|ますか|でしょうか|いつ(?!も)|知って(?:る|い)"
    rf"|{pattern(QUESTION, form='text')}"
)
# An election elsewhere ("横浜市長選の候補者、誰に入れるか") is another municipality's matter.
_ELECTION: Final = re.compile(_words(ELECTION))
# Weather, told of another place ("東京は今日30度超えだって"), is chatter about elsewhere.
_WEATHER: Final = re.compile(_words(WEATHER))
# An appeal for a cause or a search elsewhere ("埼玉県で迷子の犬を探しています", "東京駅前でデモ
# やります、参加してください") is another municipality's matter too.
_APPEAL: Final = re.compile(_words(APPEAL))
# Food or a trip told of another place ("帯広の豚丼うまかった"): chatter about elsewhere. An appeal
# or a trip counts only when nothing ties the comment to the post or to a city service.
_TRAVEL: Final = re.compile(_words(TRAVEL))
# Away words that do not bring the comment home: a call to join (参加してください), a family home
# placed elsewhere (実家が札幌).
_NOT_AWAY_BEFORE: Final = re.compile(rf"{_words(NOT_AWAY)}$")
# The patterns run on the folded text: their words come from the word lists, spelled as the fold
# spells them (rules/_terms.py), and their grammar is written out.
FOLDED_PATTERNS: Final = (_APPEAL, _ELECTION, _NOT_AWAY_BEFORE, _TRAVEL, _WEATHER)
# A municipality suffix right after a place name (札幌市, 旭川市長).
_SUFFIXES: Final = frozenset("市町村区都府県")


def _not_away(ctx: Context, start: int, end: int) -> bool:
    """Tell whether an away word leaves the comment elsewhere: 参加してください, 実家が札幌."""
    folded = ctx.folded
    if folded[start:end] == "実家":
        return any(p.start - end <= 2 for p in ctx.near(end, end + 3, PLACES))
    return _NOT_AWAY_BEFORE.search(folded, max(0, start - 2), start) is not None


def find_other_municipality(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a question about another municipality's matters ("札幌市のごみの日はいつですか"),
    or its weather told as chatter ("東京は今日30度超えだって").

    It must name another municipality and ask about it or talk of its weather; a comparison or a
    request to Kitami ("札幌市みたいに除雪してほしい"), a move to Kitami, a mention of Kitami and
    a place the post itself names all keep the comment.
    """
    words = ctx.words
    if PLACES not in words or KITAMI in words:
        return _NOTHING
    folded = ctx.folded
    if AWAY in words and not all(_not_away(ctx, m.start, m.end) for m in words[AWAY]):
        return _NOTHING
    if (
        _QUESTION.search(ctx.text) is None
        and _WEATHER.search(folded) is None
        and _ELECTION.search(folded) is None
        and ((_APPEAL.search(folded) is None and _TRAVEL.search(folded) is None) or related(ctx))
    ):
        return _NOTHING
    post = fold(ctx.post.text) if ctx.post is not None else ""
    places = [m for m in ctx.matches(PLACES) if folded[m.start : m.end] not in post]
    if not places:
        return _NOTHING
    spans: list[Span] = []
    for m in places:
        end = m.end + 1 if m.end < len(folded) and folded[m.end] in _SUFFIXES else m.end
        spans.append(ctx.span(m.start, end))
    return (Evidence(spans=tuple(spans), level=level(ctx)),)
