"""Clause 4-8, campaigning (``offtopic.campaign``).

Campaigning for a cause unrelated to the post and the city (署名, 投票, 布教), and for national
politics even under a city election's post. A petition or a vote about the city's own affairs is
civic speech and stays.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import CAMPAIGN, KITAMI, NATIONAL
from kitami_policy.rules.off_topic.relevance import level, related

__all__ = ["FOLDED_PATTERNS", "find_campaign"]

_NOTHING: Final[tuple[Evidence, ...]] = ()

# Campaigning for national politics ("衆院選は〇〇党に一票を") is off-topic under a city
# election's post too: its link to the post (選挙, 一票) does not keep it, only Kitami does.
_NATIONAL: Final = re.compile(rf"{pattern(NATIONAL, form='fold')}|党(?:に|へ|を)")
# The patterns run on the folded text: their words come from the word lists, spelled as the fold
# spells them (rules/_terms.py), and their grammar is written out.
FOLDED_PATTERNS: Final = (_NATIONAL,)


def find_campaign(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: campaigning for a cause unrelated to the post and the city (署名, 投票, 布教).

    A petition or a vote about the city's own affairs is civic speech and stays.
    """
    words = ctx.words
    if CAMPAIGN not in words:
        return _NOTHING
    national = KITAMI not in words and _NATIONAL.search(ctx.folded) is not None
    if national or not related(ctx):
        spans = ctx.match_spans(words[CAMPAIGN])
        return (Evidence(spans=spans, level=level(ctx)),)
    return _NOTHING
