"""Clause 4-2, accusations (``abuse.accusation``).

A crime or corruption (賄賂, 横領, 裏金, 中抜き) pinned on a target and asserted, with no
question, doubt or request to investigate; a claim of fact ("これは事実", "もらっている") makes
it surer. Whether the claim is true cannot be known here, so findings are weak and ask for
review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules._terms import terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.defamation.lists import CRIMES, FACTS, HEDGES, TARGETS

__all__ = ["LEVELS", "WORD_LISTS", "find_accusations"]

WORD_LISTS: Final = ("defamation_person_crimes", "defamation_weak_crimes")

# A question or a hedge in the original text (the fold drops the question mark).
_QUESTION: Final = re.compile(r"[?？]")
# Crimes that name the person ("受け子は…斉藤翔太。間違いない"): no target word is needed.
# Both sets are compared with the folded terms of CRIMES matches.
_PERSON_CRIMES: Final = frozenset(map(fold, terms("defamation_person_crimes")))
# Words of wrongdoing too common to accuse anyone without a claim of fact.
_WEAK_CRIMES: Final = frozenset(map(fold, terms("defamation_weak_crimes")))


def find_accusations(ctx: Context) -> Sequence[Evidence]:
    """A crime or corruption pinned on someone and asserted as fact (禁止事項4(2))."""
    words = ctx.words
    if CRIMES not in words or HEDGES in words:
        return ()
    if TARGETS not in words and (
        FACTS not in words or all(c.term not in _PERSON_CRIMES for c in ctx.matches(CRIMES))
    ):
        return ()
    if _QUESTION.search(ctx.text):
        return ()
    # A claim of fact ("これは事実", "もらっている") makes the accusation surer; without one it
    # is still asserted, since no question, doubt or request frames it.
    crimes = ctx.matches(CRIMES)
    if FACTS in words:
        level = None
    else:
        # 不正 alone is too common a word (不正ログイン, 不正アクセス) to accuse without a claim.
        crimes = [c for c in crimes if c.term not in _WEAK_CRIMES]
        level = _NO_CLAIM
    if not crimes:
        return ()
    return (Evidence(spans=tuple(ctx.span(c.start, c.end) for c in crimes), level=level),)


# Confidence level (data/rules/defamation.toml [levels]).
_NO_CLAIM: Final = "no_claim"
LEVELS: Final = frozenset((_NO_CLAIM,))
