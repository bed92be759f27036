"""Clause 4-4 in English: threats of violence (``law.threat``).

CLAUSES.md reads comments the same way whatever the register: "I will kill you" and "I'll bomb
the city hall" are threats as 殺してやる is. The phrases (unlawful_threat_english.txt) are
matched word by word on the original text (:attr:`Context.latin
<kitami_policy.rules.base.Context.latin>`); a phrase denied ("I would never kill"), reported
("he said he'll kill") or inside quotation marks is not the writer's threat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.reading.sentences import original_sentence
from kitami_policy.rules.reading.speech import quoted_span
from kitami_policy.rules.unlawful.lists import THREAT_ENGLISH

__all__ = ["english_threats"]

# Before the phrase, in its sentence: a denial or a report of someone else's words.
_NOT_SAID: Final = re.compile(
    r"\b(?:not|n't|never|wouldn't|won't|said|says|wrote|posted|threatened|commented|reported"
    r"|claims?|claimed)\b[^.!?]{0,24}$",
    re.IGNORECASE,
)
_REACH: Final = 80


def english_threats(ctx: Context) -> Sequence[Evidence]:
    """English threats of violence, each occurrence as its own evidence."""
    phrases = ctx.latin.get(THREAT_ENGLISH, ())
    found = []
    for p in phrases:
        start, _ = original_sentence(ctx, p.span.start, p.span.end)
        # _NOT_SAID reaches less than _REACH back, so a long sentence costs no more to read.
        before = ctx.text[max(start, p.span.start - _REACH) : p.span.start]
        if quoted_span(ctx, p.span) or _NOT_SAID.search(before):
            continue
        found.append(Evidence(spans=(p.span,)))
    return found
