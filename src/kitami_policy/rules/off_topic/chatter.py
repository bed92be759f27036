"""Clause 4-8, personal chatter (``offtopic.chatter``).

Chatter with no link to the post or the city ("推しのライブ最高だった"), or chatter that sets the
post's subject aside. A chatter word is enough; a pastime word or a word of the writer's daily
life needs the writer's own day told as a diary, or a question to the crowd, beside it.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import CHATTER, DISMISS, KITAMI, LIFE, PASTIME
from kitami_policy.rules.off_topic.relevance import level, related

__all__ = ["FOLDED_PATTERNS", "find_chatter"]

_NOTHING: Final[tuple[Evidence, ...]] = ()

# Shorter than this (folded), a comment is a reply ("ありがとうございます"), never off-topic.
_MIN_LENGTH: Final = 6
# The writer's own day told as a diary or asked of the crowd: what a pastime word needs beside
# it to be chatter (on the fold: no punctuation, katakana as hiragana, no long marks).
_DIARY: Final = re.compile(
    r"最近|この前|こないだ|この間|先週|先日|週末|日曜|土曜|連休|年末|年始|昨日|今日|今朝|今夜|"
    r"今年は|家族で|友達と|誰か|人いる|人いな|人いま|方いま|行く人|教えて|だろう|始めました|始めた|"
    r"てきた|てきました|だった|すごかった|買った|買いました|作った|名前は|にした|はまって|"
    r"今日から|明日から|萎え|最悪|頑張ります|がんばります|やる気|緊張|ていこう|でしたっけ|だっけ"
)
# On the original text: an emoji, or a question thrown to the crowd (行く人〜？).
_DIARY_MARK: Final = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|人[〜～ー]*[?？]")
# A request to the city, a question put to it, thanks or worry about the post's matter: the
# writer is talking to the city, not chatting. A question to the crowd (誰か, 〜人いますか) is
# still chatter.
_ADDRESSED: Final = re.compile(
    r"ほしい|欲しい|(?<!教えて)ください|(?<!教えて)下さい|お願い|ありがと|市|役所|職員|注意|気をつけ|"
    r"気を付け|心配|危な|怖|大丈夫"
)
_ASKED: Final = re.compile(r"ますか|ませんか|でしょうか|ですか")
_CROWD: Final = re.compile(r"誰か|人いま|人いませ|方いま|方いませ")
# The patterns run on the folded text; each literal in them is its own fold.
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
