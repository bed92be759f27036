"""Authors named as the police, a platform or an acting office, and handles hiding an office's
marker with look-alike letters (4-5)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.impersonation.claims import ACTING
from kitami_policy.rules.impersonation.handles import whole

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_third_party_name"]

WORD_LISTS: Final = (
    "impersonation_third_party",
    "impersonation_platform_name",
    "impersonation_platform_team",
    "impersonation_office_name",
    "impersonation_honest_office_name",
    "impersonation_name_cue",
    "impersonation_link_tld",
    "impersonation_handle_marker",
)


def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Third parties a name must not pose as whatever it says: the police, a platform or its support.
# Read on the folded words of a name: Latin runs are shortened there (facebok, suport, twiter).
_THIRD_PARTY_NAME: Final = re.compile(
    rf"{_words('impersonation_third_party')}|"
    rf"(?<![a-z]){_words('impersonation_platform_name')}"
    rf"(?![a-z])(?:.*?{_words('impersonation_platform_team')}|$)"
)
# Names of an institution or office; posing as one shows in what the comment asks readers to do.
_OFFICE_NAME: Final = re.compile(rf"{_words('impersonation_office_name')}|課$|[一-龥](?:課|庁|省)")

# What an office-like or platform-like name needs at the least; a plain personal name (宮本 香織)
# has none of it and skips the fold. Letters of any alphabet send a name down the full path.
_NAME_GATE: Final = re.compile(
    r"[A-Za-zＡ-Ｚａ-ｚ\u0370-\u052f]|[課係部局室署庁館所会隊団省便輸株社]|"
    rf"{pattern('impersonation_name_cue', form='text')}"
)
# A link written without its scheme (dcm-pay-check.com) acts like one in the original text.
_BARE_LINK: Final = re.compile(
    rf"[A-Za-z0-9-]\s?(?:\.|\[\.\])\s?{pattern('impersonation_link_tld', form='numbers')}\b"
)


def find_third_party_name(ctx: Context) -> Iterable[Evidence]:
    """An author named as the police or a platform's support, or as an office that acts as one,
    or whose handle disguises an office's marker.

    A name such as 〇〇チケットセンター or 〇〇信用金庫 相談窓口 is impersonation when the
    comment then does what the office would: takes requests, asks for messages, personal data
    or payment, points to a link. A shop or a club named as such that only talks is left alone.
    A handle that writes ``official``, ``support`` or a facility's name with look-alike letters
    (``officiaI``, ``museurn``) poses as that office whatever the comment says.
    """
    found = _third_party_name(ctx)
    handle = _disguised_handle(ctx)
    return (*found, handle) if handle is not None else found


def _third_party_name(ctx: Context) -> tuple[Evidence, ...]:
    name = ctx.author_name
    if not name:
        return ()
    kind = _name_kind(name)
    if kind == _THIRD_PARTY:
        return (whole(name, "author_name", _THIRD_PARTY_LEVEL),)
    if kind == _OFFICE and (ACTING.search(ctx.folded) or _BARE_LINK.search(ctx.numbers)):
        return (whole(name, "author_name", _ACTING_OFFICE_NAME),)
    return ()


_THIRD_PARTY, _OFFICE, _PERSON = 2, 1, 0
# What makes an office's name a person's (a fan, a former member, a regular); unlike
# _HONEST_NAME, 民 stays an office's (市民会館, 市民課).
_HONEST_OFFICE_NAME: Final = re.compile(
    rf"{_words('impersonation_honest_office_name')}|元(?!気)|(?<![a-z])ob(?![a-z])"
)
_CAPITAL_I: Final = re.compile(r"(?<=[a-z])I")


@functools.lru_cache(maxsize=4096)
def _name_kind(name: str) -> int:
    """Whether a display name is the police or a platform, an office, or neither (memoised:
    the same authors come back)."""
    if _NAME_GATE.search(name) is None:
        return _PERSON
    # Folded word by word, so that "Meta Business Support" keeps its word boundaries; a capital
    # I after a small letter is read as the l it poses as (Instagram HeIp).
    if "I" in name:
        name = _CAPITAL_I.sub("l", name)
    if _THIRD_PARTY_NAME.search(" ".join(fold(word) for word in name.split())):
        return _THIRD_PARTY
    folded = fold(name)
    # 水族館好き, 図書館ファン: a person who likes the place, not the place.
    if _OFFICE_NAME.search(folded) and _HONEST_OFFICE_NAME.search(folded) is None:
        return _OFFICE
    return _PERSON


# --- a handle that hides an office's marker ----------------------------------------------

# Words that mark a handle as an office's, a facility's or a support team's own, as handles
# spell them. A person has no reason to write one of them with a look-alike letter.
_HANDLE_MARKER: Final = re.compile(pattern("impersonation_handle_marker", form="text"))
# Look-alikes undone: a capital I after a small letter reads as l (officiaI), a 0 beside a
# letter as o (0fficial, b0usai), a 1 after a letter as l (officia1), rn as m (museurn), vv as w.
_CAPITAL_I_AS_L: Final = re.compile(r"(?<=[a-z])I")
_ZERO_AS_O: Final = re.compile(r"(?<=[a-z])0|0(?=[a-z])")
_ONE_AS_L: Final = re.compile(r"(?<=[a-z])1(?![0-9])")


def _undisguised(handle: str) -> str:
    """*handle* read as the eye reads it: look-alike letters and digits made the letters they
    pose as, other scripts' look-alikes made Latin, all in lower case.

    >>> _undisguised("yamano_suizokukan_officiaI"), _undisguised("kitami_hakka_museurn")
    ('yamano_suizokukan_official', 'kitami_hakka_museum')
    """
    value = _CAPITAL_I_AS_L.sub("l", handle)
    if not value.isascii():
        value = "".join(fold(ch) if not ch.isascii() else ch for ch in value)
    value = _ONE_AS_L.sub("l", _ZERO_AS_O.sub("o", value.lower()))
    return value.replace("rn", "m").replace("vv", "w")


@functools.lru_cache(maxsize=4096)
def _disguised_marker(handle: str) -> bool:
    """Whether *handle* spells an office's marker only once its look-alikes are undone
    (memoised: the same authors come back)."""
    plain = handle.lower()
    undone = _undisguised(handle)
    if undone == plain:
        return False
    found = {m[0] for m in _HANDLE_MARKER.finditer(undone)}
    return bool(found - {m[0] for m in _HANDLE_MARKER.finditer(plain)})


def _disguised_handle(ctx: Context) -> Evidence | None:
    """Evidence of a handle that writes an office's marker with look-alike letters (``officiaI``
    with a capital I, ``museurn`` with rn, ``0fficial`` with a zero): posing as the office,
    whoever it is (the city, a museum, an aquarium, a platform's support)."""
    handle = ctx.author_handle
    if not handle or not _disguised_marker(handle.lstrip("@")):
        return None
    return whole(handle, "author_handle", _DISGUISED_MARKER)


# Confidence levels (data/rules/impersonation.toml [levels]).
_THIRD_PARTY_LEVEL: Final = "third_party_name"
_ACTING_OFFICE_NAME: Final = "acting_office_name"
_DISGUISED_MARKER: Final = "disguised_marker"
LEVELS: Final = frozenset((_THIRD_PARTY_LEVEL, _ACTING_OFFICE_NAME, _DISGUISED_MARKER))

#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (_THIRD_PARTY_NAME, _OFFICE_NAME, _HONEST_OFFICE_NAME)
