"""Clause 4-6, affiliate links and referral codes (``ad.affiliate``).

An affiliate network's link (amzn.to, a8.net, ?tag=), affiliate words, and a referral or
invitation code offered with a reward or a code beside it ("招待コードが届かない" is a question).
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.advertising.grammar import evidence, regex_span
from kitami_policy.rules.advertising.lists import AFFILIATE, REFERRAL, REWARD
from kitami_policy.rules.advertising.purpose import warned
from kitami_policy.rules.base import Context, Evidence

__all__ = ["FOLDED_PATTERNS", "find_affiliate"]

_NOTHING: Final[tuple[Evidence, ...]] = ()

# Affiliate and referral links: the networks' hosts and the query keys that carry a referrer.
_AFFILIATE_URL: Final = re.compile(
    r"amzn\.(?:to|asia)/|a8\.net|afl\.rakuten|moshimo\.com|valuecommerce|accesstrade"
    r"|linksynergy|[?&](?:tag|aff|aff_id|affiliate|affiliate_id|af_id|afid|referral"
    r"|referral_code|invite|invite_code|ref_code|refcode)=",
    re.IGNORECASE,
)
# A referral code needs a reward or a code beside it ("招待コードが届かない" is a question).
_REWARD: Final = re.compile(pattern(REWARD, form="fold"))
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_REWARD,)
_CODE_TOKEN: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,}|[A-Z]{5,})"
    r"(?![A-Za-z0-9])"
)


def find_affiliate(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: affiliate links (amzn.to, a8.net, ?tag=) and referral or invitation codes."""
    words = ctx.words
    text = ctx.numbers
    # Every affiliate link holds a slash or a query: a sentence with a full stop skips the regex.
    if ("/" in text or "=" in text) and (link := regex_span(_AFFILIATE_URL, text)) is not None:
        return (Evidence(spans=(link,)),)
    if AFFILIATE in words:
        return (evidence(ctx, ctx.matches(AFFILIATE)),)
    if REFERRAL in words and not warned(ctx):
        code = regex_span(_CODE_TOKEN, text)
        if code is not None or _REWARD.search(ctx.folded):
            return (evidence(ctx, ctx.matches(REFERRAL), [code] if code else ()),)
    return _NOTHING
