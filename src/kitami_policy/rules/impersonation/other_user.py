"""An author posing as another user (4-5): a handle with other scripts' letters or a digit for
a letter, or speaking as the writer of an earlier comment."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.impersonation.handles import whole

__all__ = ["FOLDED_PATTERNS", "LEVELS", "OTHER_WORDS", "WORD_LISTS", "find_other_user"]

WORD_LISTS: Final = (
    "impersonation_earlier_when",
    "impersonation_earlier_what",
    "impersonation_earlier_did",
    "impersonation_real_account",
)

# --- another user ---------------------------------------------------------------------------

# Latin look-alikes from other scripts inside a Latin handle: kenji_watabе with a Cyrillic е.
_MIXED_SCRIPT: Final = re.compile(r"[a-zA-Z0-9_.]*[\u0370-\u052f\u0250-\u02af\u0131][a-zA-Z0-9_.]*")
# Speaking as the writer of an earlier comment: 先ほど質問した星野です, さっきのコメント撤回.
# Read on the folded text, its words from the word lists.
_EARLIER_SELF: Final = re.compile(
    rf"{pattern('impersonation_earlier_when', form='fold')}の?"
    rf"{pattern('impersonation_earlier_what', form='fold')}"
    rf"(?:を|に|で|の|は)?{pattern('impersonation_earlier_did', form='fold')}"
    # こちらが本物の星野です, 本垢はこちら, アカウントを移行しました: the real one, says a copy
    r"|本物の[^をがにでは。、]{1,8}です"
    rf"|{pattern('impersonation_real_account', form='fold')}"
)
# A letter swapped for a digit inside a word of the handle (hanak0_kitami, natsumi_h0shino):
# the mark of a copied handle. Digits at the end (yuko1991) are ordinary.
_DIGIT_FOR_LETTER: Final = re.compile(r"(?<=[a-z])[01](?=[a-z])|(?<=[a-z]{3})0(?=[_.])")
OTHER_WORDS: Final = frozenset(("impersonation_earlier",))


@functools.lru_cache(maxsize=4096)
def _handle_marks(handle: str) -> tuple[bool, bool]:
    """Whether a handle mixes in other scripts' letters, and whether it swaps a digit for a
    letter (memoised: the same authors come back)."""
    mixed = not handle.isascii() and _MIXED_SCRIPT.fullmatch(handle) is not None
    return mixed, not mixed and _DIGIT_FOR_LETTER.search(handle.casefold()) is not None


def find_other_user(ctx: Context) -> Iterable[Evidence]:
    """An author posing as another user: a handle with letters from other scripts or a digit
    for a letter, or speaking as the writer of an earlier comment (when this author has none
    in the stream) or as the real owner of a name.

    Each author is seen alone (the context holds no other author's names), so a copied display
    name is caught only through these traces; alone, the second one is weak evidence.
    """
    handle = ctx.author_handle
    mixed, swapped = _handle_marks(handle) if handle else (False, False)
    if not (mixed or swapped) and OTHER_WORDS.isdisjoint(ctx.words):
        return ()
    earlier = None
    if not ctx.previous.wrote and "impersonation_earlier" in ctx.words:
        earlier = _EARLIER_SELF.search(ctx.folded)
    if earlier is not None:
        return (
            Evidence(
                spans=(ctx.span(earlier.start(), earlier.end()),),
                level=_EARLIER_DISGUISED if mixed or swapped else _EARLIER_SELF_LEVEL,
            ),
        )
    if mixed:
        return (whole(handle, "author_handle", _MIXED_HANDLE),)
    if swapped:
        return (whole(handle, "author_handle", _SWAPPED_HANDLE),)
    return ()


# Confidence levels (data/rules/impersonation.toml [levels]).
_MIXED_HANDLE: Final = "mixed_handle"
_SWAPPED_HANDLE: Final = "swapped_handle"
_EARLIER_DISGUISED: Final = "earlier_disguised"
_EARLIER_SELF_LEVEL: Final = "earlier_self"
LEVELS: Final = frozenset((_MIXED_HANDLE, _SWAPPED_HANDLE, _EARLIER_DISGUISED, _EARLIER_SELF_LEVEL))

#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (_EARLIER_SELF,)
