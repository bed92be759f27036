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
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import (
    CAMPAIGN,
    ENTRY,
    GIVEAWAY,
    GIVEAWAY_CONDITION,
    GIVEAWAY_PARTICIPANT,
    MESSAGE,
    MONEY,
    WARNED,
    WEAK_GIFT,
)

__all__ = ["FOLDED_PATTERNS", "find_fake_giveaway"]

_GIVEAWAY_WORDS: Final = frozenset((GIVEAWAY,))
# A post that runs the city's own campaign: its readers talk about prizes and follows. Read on
# the post's original text.
_CAMPAIGN_POST: Final = re.compile(pattern(CAMPAIGN, form="text"))


# The patterns below run on the folded text: their words come from the family's word lists,
# spelled as the fold spells them (rules/_terms.py), and their grammar is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


_MONEY_GIVEAWAY: Final = re.compile(_words(MONEY))
_WEAK_GIFTS: Final = frozenset(fold(t) for t in terms(WEAK_GIFT))
_ENTRY: Final = re.compile(_words(ENTRY))
# A giveaway message received and reported or warned about ("当選しましたってDMが来た、怪しい").
# After って, めいる and a bare 来た count too.
_GIVEAWAY_REPORTED: Final = re.compile(
    rf"って(?:{_words(MESSAGE)}|めいる|きた|来た)|と(?:いう|の){_words(MESSAGE)}|{_words(WARNED)}"
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
