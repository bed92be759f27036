"""Clause 4-6, side-job pitches (``ad.side_job``).

Side-job, network-business and easy-money pitches (副業で月収100万, スマホだけで稼げる,
権利収入を得ませんか): a side-job word with earnings and a pitch, a call to action, a contact or
an amount, or a phrase that is a pitch on its own.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.advertising.grammar import DIGIT, QUESTION, evidence, first, regex_span
from kitami_policy.rules.advertising.lists import (
    EARN,
    GIVEAWAY,
    PAY_PERIOD,
    PITCH,
    PITCHES,
    PUBLIC,
    PURPOSE,
    SIDEJOB,
    SIDEJOB_STRONG,
    SOLICIT,
)
from kitami_policy.rules.advertising.purpose import warned
from kitami_policy.rules.base import Context, Evidence

__all__ = ["LEVELS", "SIDEJOB_LISTS", "find_side_job"]

SIDEJOB_LISTS: Final = frozenset((SIDEJOB, SIDEJOB_STRONG))
_NOTHING: Final[tuple[Evidence, ...]] = ()

# Earnings with an amount, on the number form: 月収100万, 日給5万円, 1日5分で3万.
_AMOUNT: Final = re.compile(
    rf"(?:{pattern(PAY_PERIOD, form='numbers')}|月|日|週|分で)"
    r"\s*\+?\s*\d[\d,.]*\s*(?:万|千円|円)"
)


def find_side_job(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: side-job, network-business and easy-money pitches (副業で月収100万, スマホだけで稼げる,
    権利収入を得ませんか).

    A side-job word with an earning word is not enough ("職員が副業で稼いでいる" is a
    complaint): a pitch, a call to action, a contact channel or an amount must stand beside
    them. A warning about such pitches (詐欺, 注意), a question or the city's own job offer
    (市の職員募集) is not one.
    """
    words = ctx.words
    if SIDEJOB_LISTS.isdisjoint(words) or warned(ctx):
        return _NOTHING
    if SIDEJOB_STRONG in words:
        return (evidence(ctx, ctx.matches(SIDEJOB_STRONG)),)
    amount = regex_span(_AMOUNT, ctx.numbers) if DIGIT.search(ctx.numbers) else None
    pitched = not PITCHES.isdisjoint(words)
    if PUBLIC in words or GIVEAWAY in words or PURPOSE in words:
        return _NOTHING
    if not (amount or pitched) and QUESTION.search(ctx.text):
        return _NOTHING
    if ((EARN in words or amount) and (amount or pitched)) or SOLICIT in words:
        found = first(ctx, SIDEJOB, EARN, PITCH, SOLICIT)
        return (evidence(ctx, found, [amount] if amount else (), _PITCHED),)
    return _NOTHING


# Confidence level (data/rules/advertising.toml [levels]).
_PITCHED: Final = "pitched"
LEVELS: Final = frozenset((_PITCHED,))
