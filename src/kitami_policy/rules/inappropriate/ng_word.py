"""Clause 4-9, the operator's NG words (``ng.operator_word``).

A list the operator supplies at run time, which the engine compiles into its automaton under the
list name :data:`kitami_policy.rules.base.NG_WORDS` and matches after normalisation; every match
is reported.
"""

from __future__ import annotations

from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.inappropriate.lists import NG_WORDS

__all__ = ["find_ng_word"]

_NOTHING: Final[tuple[Evidence, ...]] = ()


def find_ng_word(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: each occurrence of one of the operator's NG words (matched after normalisation)."""
    matches = ctx.words.get(NG_WORDS)
    if not matches:
        return _NOTHING
    return tuple(Evidence(spans=(ctx.span(m.start, m.end),)) for m in matches)
