"""Handles and Latin names that imitate an official account (4-5): skeletons, edit distance.

How the author's handle is read. A handle is unique on its platform, so an author whose handle
is exactly the official handle *of the post's platform* is the city itself and is never flagged
(section 3(2) says the city does not reply, but if it ever does, that is not impersonation).
The same handle on another platform, or an official handle with look-alike letters, or one
within two edits of an official handle, is a look-alike. When the platform is unknown, an exact
official handle is given the benefit of the doubt.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from kitami_policy._normalize import fold
from kitami_policy.accounts import Platform
from kitami_policy.findings import Span
from kitami_policy.rules._terms import terms
from kitami_policy.rules.base import Context, Evidence

__all__ = [
    "LATIN",
    "LEVELS",
    "WORD_LISTS",
    "Official",
    "edit_distance_within",
    "handle_evidence",
    "is_the_city",
    "official_of",
    "skeleton",
    "whole",
]

WORD_LISTS: Final = ("impersonation_official_latin",)

# --- handles ------------------------------------------------------------------------------

# Digits and letters that pass for one another in a handle, then romanisation variants, so
# that kitamishiyakusho, kitamisiyakusyo and k1tam1siyakusy0 share one skeleton. ASCII handles
# (nearly all) take a bytes.translate path: the str path costs several times more per comment.
_CONFUSABLES: Final = ("0134578l", "oieastbi")
_ASCII_TABLE: Final = bytes.maketrans(*(s.encode() for s in _CONFUSABLES))
_ASCII_DROP: Final = bytes(
    c for c in range(128) if not (0x61 <= c <= 0x7A or chr(c) in _CONFUSABLES[0])
)
_TABLE: Final = str.maketrans(*_CONFUSABLES)
_ROMAJI: Final = (
    ("rn", "m"), ("vv", "w"), ("shi", "si"), ("sh", "sy"),
    ("chi", "ti"), ("ch", "ty"), ("tsu", "tu"), ("ji", "zi"),
)  # fmt: skip
_NOT_LATIN: Final = re.compile(r"[^a-z]")
LATIN: Final = re.compile(r"[a-z]")


def skeleton(value: str) -> str:
    """The look-alike skeleton of a handle or Latin name: what a reader's eye compares.

    >>> skeleton("@kitamisiyakusyo"), skeleton("k1tamishiyakusho_0fficial")
    ('kitamisiyakusyo', 'kitamisiyakusyoofficiai')
    >>> skeleton("kitаmishi")  # a Cyrillic а
    'kitamisi'
    """
    if value.isascii():
        out = value.lower().encode().translate(_ASCII_TABLE, _ASCII_DROP).decode()
    else:
        out = _NOT_LATIN.sub("", fold(value).translate(_TABLE))
    for old, new in _ROMAJI:
        if old in out:
            out = out.replace(old, new)
    return out


def edit_distance_within(a: str, b: str, limit: int) -> int | None:
    """The Levenshtein distance of *a* and *b* if it is at most *limit*, else ``None``.

    Only a band of width ``2 * limit + 1`` is computed, so a handle costs a few dozen steps.

    >>> edit_distance_within("kitamisi", "kitamisl", 2), edit_distance_within("abc", "xyz", 2)
    (1, None)
    """
    if abs(len(a) - len(b)) > limit:
        return None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [limit + 1] * (len(b) + 1)
        current[0] = i if i <= limit else limit + 1
        for j in range(low, high + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if min(current[max(0, low - 1) : high + 1]) > limit:
            return None
        previous = current
    return previous[len(b)] if previous[len(b)] <= limit else None


# Markers of an official account in a handle or Latin name.
# Read on a skeleton, so the list's terms are spelled as skeletons too.
_OFFICIAL_LATIN: Final = re.compile(
    "of+ic|"
    + "|".join(
        sorted(
            {re.escape(skeleton(term)) for term in terms("impersonation_official_latin")},
            key=lambda t: (-len(t), t),
        )
    )
)


def _bare(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()


@attrs.frozen(cache_hash=True)
class Official:
    """What an author is compared with, computed once per policy.

    Attributes:
        handles: each official handle, bare, with its platform.
        bare: the bare official handles, for a quick first look.
        skeletons: the official handles' skeletons.
        pieces: the halves of short skeletons and the thirds of long ones, as one pattern: a
            handle within one (two) edits of a skeleton holds one of its halves (thirds) whole,
            by pigeonhole, which spares most handles the edit distance.
        stem: the municipality's romaji stem (``kitami``).
        city: the municipality's name, folded (``北見市``).
    """

    handles: tuple[tuple[str, Platform], ...]
    bare: frozenset[str]
    skeletons: tuple[str, ...]
    pieces: re.Pattern[str]
    stem: str
    city: str


_LONG: Final = 10


@functools.lru_cache(maxsize=8)
def _official(accounts: tuple[tuple[str, Platform], ...], name: str, name_en: str) -> Official:
    """The comparison data of a policy's accounts (pure, memoised: the same few policies are
    asked about for every comment)."""
    skeletons = tuple(skeleton(h) for h, _ in accounts)
    # A short skeleton is compared within one edit (halves), a long one within two (thirds).
    thirds = {
        sk[i * len(sk) // n : (i + 1) * len(sk) // n]
        for sk in skeletons
        for n in ((3,) if len(sk) >= _LONG else (2,))
        for i in range(n)
    }
    words = name_en.split()
    return Official(
        handles=tuple((_bare(h), p) for h, p in accounts),
        bare=frozenset(_bare(h) for h, _ in accounts),
        skeletons=skeletons,
        pieces=re.compile("|".join(sorted(re.escape(t) for t in thirds if t)) or "(?!)"),
        stem=skeleton(words[0]) if words else "",
        city=fold(name),
    )


def official_of(ctx: Context) -> Official:
    policy = ctx.policy
    accounts = tuple((a.handle, a.platform) for a in policy.accounts)
    return _official(accounts, policy.municipality, policy.municipality_en)


def is_the_city(platform: Platform | None, official: Official, handle: str) -> bool:
    """Whether *handle* is exactly the official handle of the post's platform (or of any
    platform, when the platform is unknown): then the author is the city itself."""
    bare = _bare(handle)
    if bare not in official.bare:
        return False
    return any(bare == h and platform in (None, p) for h, p in official.handles)


def handle_evidence(value: str, source: str, official: Official) -> Evidence | None:
    """Evidence that *value* (a handle, or a display name) imitates an official handle."""
    skel = skeleton(value)
    if len(skel) < 5:
        return None
    if official.pieces.search(skel) is not None:
        for target in official.skeletons:
            distance = edit_distance_within(skel, target, 2)
            if distance is not None and (distance <= 1 or len(target) >= _LONG):
                return whole(value, source, _SAME_HANDLE if distance == 0 else _NEAR_HANDLE)
    if official.stem and official.stem in skel and _OFFICIAL_LATIN.search(skel):
        return whole(value, source, _STEM_HANDLE)
    return None


def whole(value: str, source: str, level: str) -> Evidence:
    return Evidence(spans=(Span(0, len(value)),), source=source, level=level)


# Confidence levels (data/rules/impersonation.toml [levels]).
_SAME_HANDLE: Final = "same_handle"
_NEAR_HANDLE: Final = "near_handle"
_STEM_HANDLE: Final = "stem_handle"
LEVELS: Final = frozenset((_SAME_HANDLE, _NEAR_HANDLE, _STEM_HANDLE))
