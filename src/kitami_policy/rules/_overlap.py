"""Which of a comment's matches lie around a position, found by bisection.

A detector that looks around each of many matches (a group near each predicate, a word near
each insult) must not walk every other match each time: on a long comment dense in matches
that costs the square of their number (issue 10). Matches are kept in text order, and no term
is longer than :data:`LONGEST_TERM`, so those overlapping a range start in a range one term
wider, which a bisection finds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Final

from kitami_policy._automaton import Match

__all__ = ["LONGEST_TERM", "first_from", "overlapping", "position_in"]

LONGEST_TERM: Final = 64
"""Longer word-list terms are refused when an engine is built (see :func:`overlapping`)."""


def _start(match: Match[str]) -> int:
    return match.start


def overlapping(matches: Sequence[Match[str]], lo: int, hi: int) -> Iterator[Match[str]]:
    """The matches of text-ordered *matches* that overlap folded ``[lo, hi)``, in order."""
    # Nothing starting before lo - LONGEST_TERM reaches lo.
    for i in range(bisect.bisect_left(matches, lo - LONGEST_TERM, key=_start), len(matches)):
        m = matches[i]
        if m.start >= hi:
            return
        if m.end > lo:
            yield m


def first_from(matches: Sequence[Match[str]], position: int) -> int:
    """The index of the first of text-ordered *matches* that starts at or after *position*."""
    return bisect.bisect_left(matches, position, key=_start)


def position_in(positions: Sequence[int], lo: int, hi: int) -> bool:
    """True when one of the sorted *positions* lies in ``[lo, hi)``."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi
