"""Clause 4-3, portraits (``ip.portrait``; 肖像権).

A face photo of someone else posted, a face posted without consent, or a photo taken secretly
(盗撮, 隠し撮り) posted. A request, a victim's complaint, a guard word left unanswered
(本人の許可) or one's own photo keeps a comment clean.
"""

from __future__ import annotations

from collections.abc import Sequence

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.intellectual_property.grammar import LINK, evidence, guarded
from kitami_policy.rules.intellectual_property.lists import (
    COVERT,
    FACE,
    FACE_STRONG,
    GUARD,
    NO_CONSENT,
    PUBLISH,
    REQUEST,
    SELF,
    SUFFERED,
    UNLICENSED,
)

__all__ = ["find_portrait"]


def find_portrait(ctx: Context) -> Sequence[Evidence]:
    """Someone's face posted without consent (禁止事項4(3); 肖像権)."""
    words = ctx.words
    if FACE not in words and FACE_STRONG not in words and COVERT not in words:
        return ()
    if PUBLISH not in words and LINK.search(ctx.numbers) is None:
        return ()
    if REQUEST in words or SUFFERED in words:
        return ()
    if (GUARD in words or SELF in words) and guarded(ctx, GUARD, SELF):
        return ()
    if FACE_STRONG in words or COVERT in words or NO_CONSENT in words or UNLICENSED in words:
        return (evidence(ctx, ctx.matches(FACE_STRONG, FACE, COVERT)),)
    return ()
