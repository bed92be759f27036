"""Clause 4-7, followers and accounts sold (``tos.account_sale``).

Selling followers, likes, views or accounts, named in words or priced ("フォロワー1000人 500円").
Selling is also 4-6: the advertising rules flag that side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import ACCOUNT_SALE, GROWTH_TARGET

__all__ = ["FOLDED_PATTERNS", "find_account_sale"]

# On the fold (katakana as hiragana, no spaces, no long marks): ﾌｫﾛﾜｰ1000人 500円.
_FOLLOWER_PRICE: Final = re.compile(
    r"(?:ふぉろわ|いね|高評価|再生回数|再生数|登録者|りついと|rt)\D{0,10}?\d+(?:人|件|回)?\D{0,6}?\d+円"
    r"|\d+円\D{0,6}?(?:で|から)?\D{0,4}?(?:ふぉろわ|いね|高評価|再生回数|再生数|登録者)\D{0,4}?\d+"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_FOLLOWER_PRICE,)
_SALE_WORDS: Final = frozenset((ACCOUNT_SALE, GROWTH_TARGET))


def find_account_sale(ctx: Context) -> Iterable[Evidence]:
    """Selling followers, likes or accounts (also 4-6: the advertising rules flag that side)."""
    words = ctx.words
    if _SALE_WORDS.isdisjoint(words):
        return ()
    found = [(m.start, m.end) for m in ctx.matches(ACCOUNT_SALE)]
    if GROWTH_TARGET in words:
        found += [m.span() for m in _FOLLOWER_PRICE.finditer(ctx.folded)]
    if not found:
        return ()
    return (Evidence(spans=tuple(sorted({ctx.span(a, b) for a, b in found}))),)
