"""Clause 4-5: 他のユーザー又は第三者等になりすますもの.

CLAUSES.md reads 4-5 as an account that is not the official one presenting itself as the city,
a city department, its staff, the mayor, or any third party — the police, a platform's support
team, another user — through a look-alike name or handle (北見市役所【公式】,
``kitamisiyakusyo_0fficial``, a Cyrillic а for a Latin a) or through what it says
("北見市役所の職員です、こちらで受付します"). It does NOT cover a citizen saying they are a
citizen, nor a comment quoting what the city said ("市役所の方が〜と言っていました").

Speaking as an office needs no name of it: a notice in an office's voice that collects personal
data or a payment through this account, a reply, a DM or a link ("献血にご協力いただいた方へ。
…このアカウントにお名前と生年月日を送っていただければお知らせします") poses as whoever would
send such a notice. So does a handle that writes an office's marker with look-alike letters
(``officiaI``, ``museurn``), whoever the office is. Such a notice is 4-5 rather than 4-6
(CLAUSES.md, "Where clauses meet"); :func:`speaks_as_office` lets the advertising rules tell.

One module per reading: :mod:`.handles` (skeletons and edit distance against the official
handles), :mod:`.accounts` (look-alike accounts), :mod:`.names` (the police, a platform or an
acting office in a name; disguised markers in a handle), :mod:`.claims` (claims in the text),
:mod:`.notice` (an office's notice) and :mod:`.other_user` (posing as another user).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Context, Detector, Trigger
from kitami_policy.rules.impersonation import accounts, claims, handles, names, notice, other_user
from kitami_policy.rules.impersonation.accounts import find_lookalike_account
from kitami_policy.rules.impersonation.claims import find_claim
from kitami_policy.rules.impersonation.handles import edit_distance_within, skeleton
from kitami_policy.rules.impersonation.names import find_third_party_name
from kitami_policy.rules.impersonation.notice import NOTICE
from kitami_policy.rules.impersonation.other_user import OTHER_WORDS, find_other_user

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "LEVELS",
    "TRIGGERS",
    "WORD_LISTS",
    "edit_distance_within",
    "skeleton",
    "speaks_as_office",
]


def speaks_as_office(ctx: Context) -> bool:
    """Whether the comment poses as an office: a look-alike of the city's accounts, a name or a
    handle of the police, a platform or an acting office, a claim to be one, or its notice.

    Advertising (4-6) reads this: an impersonator's notice that asks for a fee, a payment or a
    click is 4-5, and it is also 4-6 only when it sells goods or a service (CLAUSES.md, "Where
    clauses meet"). Posing as another user does not count: that user may well be selling.
    """
    return ctx.derived(_poses_as_office)


def _poses_as_office(ctx: Context) -> bool:
    if ctx.comment.author is not None and (
        any(find_lookalike_account(ctx)) or any(find_third_party_name(ctx))
    ):
        return True
    return any(find_claim(ctx))


# Confidence levels (data/rules/impersonation.toml [levels]), by the module that names them.
LEVELS: Final = frozenset().union(
    *(module.LEVELS for module in (handles, accounts, names, claims, notice, other_user))
)

DETECTORS: Final[Mapping[str, Detector]] = {
    "impersonation.lookalike_account": find_lookalike_account,
    "impersonation.third_party_name": find_third_party_name,
    "impersonation.claim": find_claim,
    "impersonation.other_user": find_other_user,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "impersonation.lookalike_account": Trigger(signals={"author"}),
    "impersonation.third_party_name": Trigger(signals={"author"}),
    # The detector's own gate: a claim word, a 0 (an office "mobile"), a head tag (【北見市】),
    # or a notice's voice.
    "impersonation.claim": Trigger(
        words={"impersonation_claim_tail", NOTICE}, signals={"digit", "opening_bracket"}
    ),
    # A marked handle needs an author; speaking as an earlier writer needs the cue words.
    "impersonation.other_user": Trigger(words=OTHER_WORDS, signals={"author"}),
}
_READINGS: Final = (handles, accounts, names, claims, notice, other_user)
WORD_LISTS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        (
            "impersonation_claim_tail",
            "impersonation_earlier",
            NOTICE,
            *(name for module in _READINGS for name in module.WORD_LISTS),
        )
    )
)
#: The patterns of the family that run on the folded text: each of their literals must be its
#: own fold, or it could never match (a test checks them).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *accounts.FOLDED_PATTERNS,
    *names.FOLDED_PATTERNS,
    *claims.FOLDED_PATTERNS,
    *notice.FOLDED_PATTERNS,
    *other_user.FOLDED_PATTERNS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
