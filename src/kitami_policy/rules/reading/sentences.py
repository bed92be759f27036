"""Sentences of a comment, in folded coordinates.

The fold drops punctuation and line breaks, so a rule working on the folded text cannot see
where one sentence ends and the next begins. This reading finds the bounds on the original
text and maps them onto the fold once per comment (:meth:`Context.derived`).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from kitami_policy.rules.base import Context

__all__ = ["SENTENCE_MARKS", "original_sentence", "sentence"]

SENTENCE_MARKS: Final = re.compile(r"[。．！!？?\n]")
"""What ends a sentence in the original text: 。 ！ ？ (either width), a full stop, a line break."""


def _starts(ctx: Context) -> tuple[int, ...]:
    return ctx.normalized().breaks(SENTENCE_MARKS)


def sentence(ctx: Context, position: int) -> tuple[int, int]:
    """The folded span ``[start, end)`` of the sentence holding folded *position*."""
    starts = ctx.derived(_starts)
    i = bisect.bisect_right(starts, position)
    return (starts[i - 1] if i else 0, starts[i] if i < len(starts) else len(ctx.folded))


def _mark_starts(ctx: Context) -> tuple[int, ...]:
    return tuple(m.start() for m in SENTENCE_MARKS.finditer(ctx.text))


def original_sentence(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The original-text span of the sentence holding original ``[start, end)``.

    It runs from the last mark before *start* (excluded) to the first mark at or after *end*
    (excluded). The marks are found once per comment, so asking for each of many words costs
    a binary search, not a scan of the text.
    """
    marks = ctx.derived(_mark_starts)
    before = bisect.bisect_left(marks, start)
    after = bisect.bisect_left(marks, end)
    return (
        marks[before - 1] + 1 if before else 0,
        marks[after] if after < len(marks) else len(ctx.text),
    )
