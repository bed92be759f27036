"""Clause 4-3, counterfeits (``ip.counterfeit``).

Counterfeit goods named (スーパーコピー, N級品, 偽ブランド); weaker words only on offer: those
that say "fake" outright (コピー品, 偽物), and レプリカ or 本物そっくり only of a brand. Selling
them is also 4-6, which the advertising family adds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.intellectual_property.grammar import evidence
from kitami_policy.rules.intellectual_property.lists import (
    BRANDS,
    COUNTERFEIT,
    COUNTERFEIT_SALE,
    COUNTERFEIT_WEAK,
    GUARD,
)

__all__ = ["LEVELS", "find_counterfeit"]

# Knock-off words that say "fake" outright; the others (レプリカ, 本物そっくり) need a brand.
_FAKE: Final = frozenset(
    fold(w)
    for w in (
        "偽物", "ニセモノ", "にせもの", "ニセ物", "偽もの", "パチもん", "パチモン", "パチモノ",
        "バッタもん", "バッタ物", "模倣品", "模造品", "偽造品", "コピー品", "コピー商品",
        "非正規品",
    )
)  # fmt: skip


def find_counterfeit(ctx: Context) -> Sequence[Evidence]:
    """Counterfeit goods named or offered (禁止事項4(3))."""
    words = ctx.words
    if (COUNTERFEIT not in words and COUNTERFEIT_WEAK not in words) or GUARD in words:
        return ()
    if COUNTERFEIT in words:
        return (evidence(ctx, ctx.matches(COUNTERFEIT)),)
    if COUNTERFEIT_SALE not in words:
        return ()
    weak = ctx.matches(COUNTERFEIT_WEAK)
    if BRANDS in words or any(m.term in _FAKE for m in weak):
        return (evidence(ctx, weak, _INDIRECT),)
    return ()


# Confidence level (data/rules/intellectual_property.toml [levels]).
_INDIRECT: Final = "indirect"
LEVELS: Final = frozenset((_INDIRECT,))
