"""Clause 4-6, investment pitches (``ad.investment``).

Investment and crypto pitches (仮想通貨で資産倍増, FXで稼ぐ, 投資グループ招待). Talk about the
city's budget ("インフラへの投資") and warnings about fraud are not pitches.
"""

from __future__ import annotations

from typing import Final

from kitami_policy.rules.advertising.grammar import evidence, first
from kitami_policy.rules.advertising.lists import (
    CTA,
    GROWTH,
    INVEST,
    INVEST_STRONG,
    PITCH,
    PITCHES,
    PUBLIC,
    SOLICIT,
)
from kitami_policy.rules.advertising.purpose import warned
from kitami_policy.rules.base import Context, Evidence

__all__ = ["INVEST_LISTS", "LEVELS", "find_investment"]

INVEST_LISTS: Final = frozenset((INVEST, INVEST_STRONG))
_NOTHING: Final[tuple[Evidence, ...]] = ()


def find_investment(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: investment and crypto pitches (仮想通貨で資産倍増, FXで稼ぐ, 投資グループ招待).

    An investment word with a promise of growth and a pitch or call to action, an investment
    word with a contact channel (DM, LINE, Telegram), or a phrase that is a pitch on its own.
    Talk about the city's budget ("インフラへの投資") and warnings about fraud are not pitches.
    """
    words = ctx.words
    if INVEST_LISTS.isdisjoint(words) or warned(ctx):
        return _NOTHING
    if INVEST_STRONG in words:
        return (evidence(ctx, ctx.matches(INVEST_STRONG)),)
    if PUBLIC in words and SOLICIT not in words:
        return _NOTHING
    if (GROWTH in words and not PITCHES.isdisjoint(words)) or SOLICIT in words:
        found = first(ctx, INVEST, GROWTH, PITCH, CTA, SOLICIT)
        return (evidence(ctx, found, (), _PITCHED),)
    return _NOTHING


# Confidence level (data/rules/advertising.toml [levels]).
_PITCHED: Final = "pitched"
LEVELS: Final = frozenset((_PITCHED,))
