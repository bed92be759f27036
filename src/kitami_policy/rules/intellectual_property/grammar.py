"""What the readings of clause 4-3 share.

A link (also defanged), the sentence marks of the original text, a guard word left unanswered
by an admission that there was no leave, and the evidence a detector returns over its matches.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.intellectual_property.lists import NO_CONSENT, UNLICENSED

__all__ = ["LINK", "SENTENCE_END", "evidence", "guarded"]

# A link, also defanged ("site[.]xyz"): where a pirated copy is offered.
LINK: Final = re.compile(r"https?://|www\.|[a-z0-9-]+(?:\.|\[\.\]|\(\.\))[a-z]{2,}", re.IGNORECASE)
# Sentence marks of the original text: free access and the work must share a sentence.
SENTENCE_END: Final = re.compile(r"[。！!？?\n]")


def evidence(ctx: Context, matches: list[Match[str]], level: str | None = None) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), level=level)


def guarded(ctx: Context, *lists: str) -> bool:
    """True when a word of *lists* (guards, one's own photo) stands unanswered.

    An admission of no leave that overlaps a guard word and reads on past it answers it:
    "本人の許可？知らん" holds the guard 本人の許可 inside 許可知らん.
    """
    return any(
        not any(a.start < g.end for a in ctx.near(g.end, g.end + 1, NO_CONSENT, UNLICENSED))
        for g in ctx.matches(*lists)
    )
