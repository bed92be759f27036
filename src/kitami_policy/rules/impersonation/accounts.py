"""Authors whose handle or display name imitates one of the city's accounts (4-5)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.accounts import Platform
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.impersonation.handles import (
    LATIN,
    Official,
    handle_evidence,
    is_the_city,
    official_of,
    whole,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_lookalike_account"]

WORD_LISTS: Final = (
    "impersonation_office_in_name",
    "impersonation_city_office_name",
    "impersonation_honest_name",
)

# --- display names ------------------------------------------------------------------------

# Words in a display name that present it as an office rather than a person (folded).
_OFFICE_IN_NAME: Final = re.compile(rf"{pattern('impersonation_office_in_name', form='fold')}|pr$")
# An office of the city named without the city's name: 市役所 広報課, 市長 田中. A name that
# says it is a citizen, a fan or a former member is left alone.
_CITY_OFFICE_NAME: Final = re.compile(pattern("impersonation_city_office_name", form="fold"))
_HONEST_NAME: Final = re.compile(rf"{pattern('impersonation_honest_name', form='fold')}|民(?!の声)")


#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (_OFFICE_IN_NAME, _CITY_OFFICE_NAME, _HONEST_NAME)

# A display name can pose as the city only with the city's name in it, an office of the city
# or letters.
_CITY_NAME_GATE: Final = re.compile(r"[北きキｷ市役課]|[A-Za-zＡ-Ｚａ-ｚ\u0370-\u052f]")
# Kanji that pass for the city's own: 巿 (U+5DFF) for 市.
_KANJI_LOOKALIKES: Final = str.maketrans({"巿": "市", "朩": "木"})


def find_lookalike_account(ctx: Context) -> Iterable[Evidence]:
    """An author whose handle or display name imitates one of the city's accounts."""
    author = ctx.comment.author
    if author is None:
        return ()
    platform = ctx.post.account.platform if ctx.post is not None else None
    return _account_verdict(author.handle or "", author.name or "", platform, official_of(ctx))


# The same authors come back comment after comment: their verdict is a pure function of the
# name, the handle, the platform and the policy's accounts, and Evidence is immutable.
@functools.lru_cache(maxsize=4096)
def _account_verdict(
    handle: str, name: str, platform: Platform | None, official: Official
) -> tuple[Evidence, ...]:
    return tuple(_lookalike_accounts(handle, name, platform, official))


def _lookalike_accounts(
    handle: str, name: str, platform: Platform | None, official: Official
) -> Iterator[Evidence]:
    if handle:
        if is_the_city(platform, official, handle):
            return
        found = handle_evidence(handle, "author_handle", official)
        if found is not None:
            yield found
    if not name:
        return
    if not name.isascii():
        if _CITY_NAME_GATE.search(name) is None:
            return
        folded = fold(name).translate(_KANJI_LOOKALIKES)
        if folded == official.city or (
            official.city in folded
            and _OFFICE_IN_NAME.search(folded)
            and _HONEST_NAME.search(folded) is None
        ):
            yield whole(name, "author_name", _CITY_NAME)
            return
        if _CITY_OFFICE_NAME.search(folded) and _HONEST_NAME.search(folded) is None:
            yield whole(name, "author_name", _OFFICE_NAME_LEVEL)
            return
        if LATIN.search(folded) is None:
            return
    found = handle_evidence(name, "author_name", official)
    if found is not None:
        yield found


# Confidence levels (data/rules/impersonation.toml [levels]).
_CITY_NAME: Final = "city_name"
_OFFICE_NAME_LEVEL: Final = "office_name"
LEVELS: Final = frozenset((_CITY_NAME, _OFFICE_NAME_LEVEL))
