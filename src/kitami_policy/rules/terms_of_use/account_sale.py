"""Clause 4-7, followers and accounts sold (``tos.account_sale``).

Selling followers, likes, views or accounts, named in words or priced ("フォロワー1000人 500円").
Selling is also 4-6: the advertising rules flag that side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import ACCOUNT_SALE, GROWTH_REPOST, GROWTH_TARGET

__all__ = ["FOLDED_PATTERNS", "find_account_sale"]

# On the fold (katakana as hiragana, no spaces, no long marks): ﾌｫﾛﾜｰ1000人 500円. Reposts
# are read only before their price.
_GROWTH: Final = pattern(GROWTH_TARGET, form="fold")
_FOLLOWER_PRICE: Final = re.compile(
    rf"{pattern(GROWTH_TARGET, GROWTH_REPOST, form='fold')}"
    r"\D{0,10}?\d+(?:人|件|回)?\D{0,6}?\d+円"
    rf"|\d+円\D{{0,6}}?(?:で|から)?\D{{0,4}}?{_GROWTH}\D{{0,4}}?\d+"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_FOLLOWER_PRICE,)
_GROWTH_WORDS: Final = frozenset((GROWTH_TARGET, GROWTH_REPOST))
_SALE_WORDS: Final = frozenset((ACCOUNT_SALE, *_GROWTH_WORDS))


def find_account_sale(ctx: Context) -> Iterable[Evidence]:
    """Selling followers, likes or accounts (also 4-6: the advertising rules flag that side)."""
    words = ctx.words
    if _SALE_WORDS.isdisjoint(words):
        return ()
    found = [(m.start, m.end) for m in ctx.matches(ACCOUNT_SALE)]
    if not _GROWTH_WORDS.isdisjoint(words):
        found += [m.span() for m in _FOLLOWER_PRICE.finditer(ctx.folded)]
    if not found:
        return ()
    return (Evidence(spans=tuple(sorted({ctx.span(a, b) for a, b in found}))),)
