"""Clause 4-7, fake giveaways (``tos.fake_giveaway``).

Money or prizes handed out for a follow, a repost or a message. A giveaway received and reported
or warned about, the city's own campaign, and a shop's small incentive without a draw (its
advertising, 4-6) are not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import (
    GIVEAWAY,
    GIVEAWAY_CONDITION,
    GIVEAWAY_PARTICIPANT,
)

__all__ = ["FOLDED_PATTERNS", "find_fake_giveaway"]

_GIVEAWAY_WORDS: Final = frozenset((GIVEAWAY,))
# A post that runs the city's own campaign: its readers talk about prizes and follows.
_CAMPAIGN_POST: Final = re.compile(r"プレゼント|抽選|応募|キャンペーン|当選|フォロー")
_MONEY_GIVEAWAY: Final = re.compile(
    r"お金|現金|万円|円分|円当|ぎふと|ぺいぺい|paypay|あまぎふ|配り"
)


_WEAK_GIFTS: Final = frozenset(
    fold(t) for t in ("をプレゼント", "プレゼントします", "差し上げます", "名様に", "抽選で")
)
_ENTRY: Final = re.compile(r"応募|当選|当た|全員|抽選")
# A giveaway message received and reported or warned about ("当選しましたってDMが来た、怪しい").
_GIVEAWAY_REPORTED: Final = re.compile(
    r"って(?:dm|めっせじ|めえる|めいる|連絡|電話|きた|来た)|と(?:いう|の)(?:dm|めっせじ|めえる|連絡|電話)"
    r"|怪し|あやし|詐欺|に注意|注意して|ご注意|気をつけ|気を付け|偽物|にせもの"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_ENTRY, _GIVEAWAY_REPORTED, _MONEY_GIVEAWAY)


def find_fake_giveaway(ctx: Context) -> Iterable[Evidence]:
    """Money or prizes handed out for a follow, a repost or a message: the fake giveaway."""
    words = ctx.words
    if _GIVEAWAY_WORDS.isdisjoint(words):
        return ()
    if GIVEAWAY_CONDITION not in words or GIVEAWAY_PARTICIPANT in words:
        return ()
    folded = ctx.folded
    if _GIVEAWAY_REPORTED.search(folded):
        return ()
    money = _MONEY_GIVEAWAY.search(folded) is not None
    post = ctx.post.text if ctx.post is not None else ""
    if post and _CAMPAIGN_POST.search(post) and not money:
        return ()
    # A shop's "follow us for a free drink" is its advertising (4-6); a prize becomes a
    # giveaway with a draw or an entry, or when it is money.
    gifts = ctx.matches(GIVEAWAY)
    if not money and all(m.term in _WEAK_GIFTS for m in gifts) and not _ENTRY.search(folded):
        return ()
    matches = ctx.matches(GIVEAWAY, GIVEAWAY_CONDITION)
    return (Evidence(spans=ctx.match_spans(matches)),)
