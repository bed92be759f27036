"""Clause 4-6, solicitations (``ad.solicitation``).

Asking readers to DM, add a LINE, Telegram or Kakao account, read a profile link, subscribe to a
channel or follow back, for private gain; a LINE id is found on the fold. A pointer to a profile
or a plain follow request needs a commercial signal or the writer's handle beside it.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.advertising.grammar import evidence, prices
from kitami_policy.rules.advertising.lists import (
    DEAL,
    EARN,
    GIVEAWAY,
    ILLICIT,
    INVEST,
    INVEST_STRONG,
    PUBLIC,
    PURPOSE,
    SALE,
    SELLER,
    SERVICE,
    SIDEJOB,
    SIDEJOB_STRONG,
    SOLICIT,
    SOLICIT_WEAK,
    STRONG,
    VOICE,
)
from kitami_policy.rules.advertising.purpose import SHARER, office_notice
from kitami_policy.rules.base import Context, Evidence

__all__ = ["FOLDED_PATTERNS", "SOLICIT_LISTS", "find_solicitation"]

# What makes a profile link or a follow request commercial.
_COMMERCIAL: Final = frozenset(
    (
        SELLER,
        VOICE,
        SERVICE,
        SALE,
        DEAL,
        SIDEJOB,
        SIDEJOB_STRONG,
        EARN,
        INVEST,
        INVEST_STRONG,
        ILLICIT,
        STRONG,
    )
)
# What shows a sale even beside a prize draw or the city's name (which mention money too).
_SELLING: Final = frozenset(
    (SELLER, VOICE, SALE, ILLICIT, SIDEJOB, SIDEJOB_STRONG, INVEST_STRONG, STRONG)
)
_COMMERCIAL_BESIDE_PURPOSE: Final = _COMMERCIAL - {STRONG}
SOLICIT_LISTS: Final = frozenset((SOLICIT, SOLICIT_WEAK))
_NOTHING: Final[tuple[Evidence, ...]] = ()

# A LINE (or other messenger) id to add, on the fold: "lineyakiniku77追加してね", "line id abc".
_LINE_ID: Final = re.compile(
    r"(?:line|らいん)(?:id)?[a-z0-9]{3,}.{0,6}?追加|(?:line|らいん)id[a-z0-9]{3,}"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_LINE_ID,)
# The writer's own handle beside a follow request ("フォローお願いします @kitami_nail").
_HANDLE: Final = re.compile(r"@[A-Za-z0-9_.]{3,}")


def find_solicitation(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: a solicitation (see :func:`_solicitation`), unless it is an impersonator's notice
    that sells nothing ("新しい口座はDMでお知らせします" from a name posing as the organisers)."""
    found = _solicitation(ctx)
    return _NOTHING if found and office_notice(ctx) else found


def _solicitation(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: asking readers to DM, add a LINE, Telegram or Kakao account, read a profile link,
    subscribe to a channel or follow back.

    A pointer to the writer's profile or a plain request to follow counts only beside a
    commercial signal or the writer's own handle: an impersonator of the city writes
    "詳しくはプロフィールのリンクから" too, and that is 4-5, not advertising. A "DMください" that
    looks for a lost wallet's owner, asks for personal data (an impersonator or a phishing lure),
    campaigns or offers pirated copies for free has another purpose than private gain, unless
    something is sold as well. A prize draw that asks for a DM or a profile visit is a (fake)
    giveaway, 4-7, unless it also sells; one that names the city (市の公式LINE) passes on the
    city's channel.

    Besides the phrases of the word list, an account id given beside LINE ("LINE→ abc_77
    追加してね") is found on the fold, where spaces, arrows and underscores are gone.
    """
    words = ctx.words
    folded = ctx.folded
    line_id = ("追加" in folded or "id" in folded) and ("line" in folded or "らいん" in folded)
    if not line_id and SOLICIT_LISTS.isdisjoint(words):
        return _NOTHING
    commercial = not _COMMERCIAL.isdisjoint(words)
    if not commercial and SHARER.search(folded) is not None:
        return _NOTHING
    if (GIVEAWAY in words or PUBLIC in words) and _SELLING.isdisjoint(words):
        return _NOTHING
    if PURPOSE in words and (
        not commercial
        or (_COMMERCIAL_BESIDE_PURPOSE.isdisjoint(words) and prices(ctx.numbers)[0] is None)
    ):
        return _NOTHING
    if SOLICIT in words:
        return (evidence(ctx, ctx.matches(SOLICIT)),)
    if SOLICIT_WEAK in words and (
        commercial or _HANDLE.search(ctx.text) or prices(ctx.numbers)[0] is not None
    ):
        return (evidence(ctx, ctx.matches(SOLICIT_WEAK)),)
    if line_id:
        found = _LINE_ID.search(folded)
        if found is not None:
            # The id is a contact detail: the excerpt never shows it.
            return (Evidence(spans=(ctx.span(found.start(), found.end()),), mask="text"),)
    return _NOTHING
