"""Clause 4-8, personal chatter (``offtopic.chatter``).

Chatter with no link to the post or the city ("推しのライブ最高だった"), or chatter that sets the
post's subject aside. A chatter word is enough; a pastime word or a word of the writer's daily
life needs the writer's own day told as a diary, or a question to the crowd, beside it.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import (
    ADDRESSED,
    CHATTER,
    CROWD,
    DIARY,
    DISMISS,
    KITAMI,
    LIFE,
    PASTIME,
)
from kitami_policy.rules.off_topic.relevance import level, related

__all__ = ["FOLDED_PATTERNS", "find_chatter"]

_NOTHING: Final[tuple[Evidence, ...]] = ()


def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Shorter than this (folded), a comment is a reply ("ありがとうございます"), never off-topic.
_MIN_LENGTH: Final = 6
# The writer's own day told as a diary or asked of the crowd: what a pastime word needs beside
# it to be chatter.
_DIARY: Final = re.compile(_words(DIARY, CROWD))
# On the original text: an emoji, or a question thrown to the crowd (行く人〜？).
_DIARY_MARK: Final = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|人[〜～ー]*[?？]")
# A request to the city, a question put to it, thanks or worry about the post's matter: the
# writer is talking to the city, not chatting. A question to the crowd (誰か, 〜人いますか) is
# still chatter.
_ADDRESSED: Final = re.compile(rf"{_words(ADDRESSED)}|(?<!教えて)(?:ください|下さい)")
_ASKED: Final = re.compile(r"ますか|ませんか|でしょうか|ですか")
_CROWD: Final = re.compile(_words(CROWD))
# The patterns run on the folded text: their words come from the word lists, spelled as the fold
# spells them (rules/_terms.py), and their grammar is written out.
FOLDED_PATTERNS: Final = (_ADDRESSED, _ASKED, _CROWD, _DIARY)


def find_chatter(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: personal chatter with no link to the post or the city ("推しのライブ最高だった"),
    or chatter that sets the post's subject aside ("分別の話はどうでもいいけど、うちの猫が…").

    A chatter word (推し, 晩ごはん) is enough. A pastime word (猫, 釣り, チョコ, 夕焼け) or
    a word of the writer's daily life (職場, 上司, 出張, 口紅, 解約) is weaker: it
    needs the writer's own day told as a diary or a question to the crowd beside it
    ("この前の日曜、家族で釣りに行ってきた🎣", "誰かバレンタインのチョコの作り方教えて"), and no
    request, question, thanks or worry addressed to the city ("犬を連れて行っても大丈夫ですか").
    """
    words = ctx.words
    if len(ctx.folded) < _MIN_LENGTH:
        return _NOTHING
    if CHATTER in words:
        # "分別の話はどうでもいいけど、うちの猫が…": the writer sets the subject aside.
        if (DISMISS in words and KITAMI not in words) or not related(ctx):
            spans = ctx.match_spans(words[CHATTER])
            return (Evidence(spans=spans, level=level(ctx)),)
        return _NOTHING
    weak = [*words.get(PASTIME, ()), *words.get(LIFE, ())]
    if weak and _told_as_diary(ctx) and not related(ctx):
        spans = ctx.match_spans(weak)
        return (Evidence(spans=spans, level=level(ctx, diary=True)),)
    return _NOTHING


def _told_as_diary(ctx: Context) -> bool:
    """Tell whether the comment tells the writer's own day or asks the crowd, not the city."""
    folded = ctx.folded
    if _DIARY.search(folded) is None and _DIARY_MARK.search(ctx.text) is None:
        return False
    if _ADDRESSED.search(folded) is not None:
        return False
    return _ASKED.search(folded) is None or _CROWD.search(folded) is not None
