"""Clause 4-7: 該当するソーシャルメディアの利用規約に反するもの.

CLAUSES.md reads 4-7 as what the platforms' own terms forbid and no other clause covers: spam
and flooding (the same text again and again), mass @-mentions, hashtag stuffing, phishing and
malware links, URL shorteners that hide their target (a shortener *always* makes 4-7), fake
giveaways, and selling followers or accounts (also 4-6, which the advertising rules flag).

It does NOT cover one ordinary link to a reputable site, nor a question asked again in other
words or by another author. Flooding is read as the stream rule says: an author's comment whose
folded text equals one of that author's earlier ones; the first comment is judged on its own.

URLs are read off ``ctx.numbers`` with one regex (full-width ｈｔｔｐｓ：／／ is already ASCII
there); the shortener and reputable domain lists are word-list files, compared label by label
in their folded form.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.terms_of_use.spam` | flooding, mass mentions, hashtag stuffing |
| :mod:`~kitami_policy.rules.terms_of_use.shortener` | ``tos.url_shortener`` |
| :mod:`~kitami_policy.rules.terms_of_use.phishing` | ``tos.phishing`` |
| :mod:`~kitami_policy.rules.terms_of_use.giveaway` | ``tos.fake_giveaway`` |
| :mod:`~kitami_policy.rules.terms_of_use.account_sale` | ``tos.account_sale`` |
| :mod:`~kitami_policy.rules.terms_of_use.urls` | a comment's URLs and the domain lists |
| :mod:`~kitami_policy.rules.terms_of_use.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Detector, Trigger
from kitami_policy.rules.terms_of_use import account_sale, giveaway, phishing, shortener, spam
from kitami_policy.rules.terms_of_use.lists import (
    ACCOUNT_SALE,
    GIVEAWAY,
    GIVEAWAY_CONDITION,
    GIVEAWAY_PARTICIPANT,
    GROWTH_REPOST,
    GROWTH_TARGET,
    LINK_CUE,
    PATTERN_LISTS,
    PHISHING_LURE,
)
from kitami_policy.rules.terms_of_use.urls import find_urls

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
    "find_urls",
]

LEVELS: Final[frozenset[str]] = frozenset()
"""This family's evidence always carries its rule's own confidence."""

DETECTORS: Final[Mapping[str, Detector]] = {
    "tos.flood": spam.find_flood,
    "tos.mass_mention": spam.find_mass_mention,
    "tos.hashtag_stuffing": spam.find_hashtag_stuffing,
    "tos.url_shortener": shortener.find_url_shortener,
    "tos.phishing": phishing.find_phishing,
    "tos.fake_giveaway": giveaway.find_fake_giveaway,
    "tos.account_sale": account_sale.find_account_sale,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Only an author with earlier comments in the stream can repeat one.
    "tos.flood": Trigger(signals={"previous"}),
    # Three "@" in the number form; its only sources (@ ＠ ﹫) all fold to "@".
    "tos.mass_mention": Trigger(signals={"at"}),
    # The detector itself first asks for four "#" in the folded text.
    "tos.hashtag_stuffing": Trigger(signals={"hash"}),
    # A URL needs a top-level domain of two letters ([a-z]{2,}); the first of them keeps a
    # Latin letter in the fold (no combining mark can follow it), full-width letters included.
    "tos.url_shortener": Trigger(signals={"latin"}),
    # Every link path (a URL, an http(s):// IP link) needs Latin letters; without a link only
    # a lure (with a link cue) fires.
    "tos.phishing": Trigger(words={PHISHING_LURE}, signals={"latin"}),
    # Needs a giveaway word and a condition; the giveaway list is the rarer of the two.
    "tos.fake_giveaway": Trigger(words={GIVEAWAY}),
    "tos.account_sale": Trigger(words={ACCOUNT_SALE, GROWTH_TARGET, GROWTH_REPOST}),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *account_sale.FOLDED_PATTERNS,
    *giveaway.FOLDED_PATTERNS,
    *phishing.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (
    PHISHING_LURE,
    LINK_CUE,
    GIVEAWAY,
    GIVEAWAY_CONDITION,
    GIVEAWAY_PARTICIPANT,
    ACCOUNT_SALE,
    GROWTH_TARGET,
    GROWTH_REPOST,
    # The terms the readings' patterns spell out: the automaton matches them too, so the
    # family keeps one set of lists for its guards and its patterns.
    *PATTERN_LISTS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
