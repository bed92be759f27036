"""Clause 4-4, obscene content (``law.obscene``; 公序良俗).

Sexual content and boasts of sexual crimes; a child named with a lure is sexual solicitation.
Katakana-only terms count only written in katakana.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.grammar import evidence_over
from kitami_policy.rules.unlawful.lists import LURE, MINORS, OBSCENE, OBSCENE_KATA, REPORT

__all__ = ["LEVELS", "find_obscene"]

_KATAKANA: Final = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")


def find_obscene(ctx: Context) -> Sequence[Evidence]:
    """Obscene or sexual content (禁止事項4(4); 公序良俗)."""
    words = ctx.words
    if (OBSCENE not in words and OBSCENE_KATA not in words and LURE not in words) or (
        REPORT in words
    ):
        return ()
    folded = ctx.folded
    if LURE in words and MINORS in words:
        return (evidence_over(ctx, ctx.matches(MINORS, LURE, OBSCENE), _CHILD_LURE),)
    # ちんこ hides in パチンコ, which another family reports: an allowed word cannot shield it.
    found = [
        m
        for m in ctx.matches(OBSCENE)
        if m.term != "ちんこ" or folded[m.start - 1 : m.start] != "ぱ"
    ]
    for m in ctx.matches(OBSCENE_KATA):
        span = ctx.span(m.start, m.end)
        if _KATAKANA.search(ctx.text, span.start, span.end):
            found.append(m)
    return (evidence_over(ctx, found),) if found else ()


# Confidence levels (data/rules/unlawful.toml [levels]).
_CHILD_LURE: Final = "child_lure"
LEVELS: Final = frozenset((_CHILD_LURE,))
