"""Clause 4-6: 広告・宣伝目的のもの (advertising and promotion).

CLAUSES.md reads 4-6 as selling, promotion and recruitment for private gain: shop or product
promotion, affiliate or referral links, side-job pitches (副業で月収100万), investment and crypto
pitches, "DMください / LINE追加して" solicitations and follower-for-follower requests. Selling is
4-6 whatever is sold; other families add 4-4, 4-3 or 4-7 for what the goods are.

What it does NOT cover: a citizen mentioning a local shop or event while talking about the
post's subject ("お祭りで駅前の屋台の焼きそばが美味しかった"), a question about where the city
sells something, a warning about investment fraud. So most words here are weak signals that
fire only in pairs from different groups (a sale word with a seller, a price or a call to
action); only phrases that nobody but an advertiser writes fire alone.

Precedence with 4-5: a comment that poses as an office (a look-alike of the city's account, an
office's name or disguised handle, a claim to be one, or an office's notice) and asks for a fee,
a payment, a discount's click or a DM is the impersonation it is, not an advertisement; it is
4-6 as well only when it sells goods or a service ("点検費用は5000円です"). Posing as another
user does not count: that user may well be selling.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.advertising.promotion` | ``ad.promotion``: shops, goods, services |
| :mod:`~kitami_policy.rules.advertising.solicitation` | ``ad.solicitation``: DM, LINE, follow |
| :mod:`~kitami_policy.rules.advertising.affiliate` | ``ad.affiliate``: links and codes |
| :mod:`~kitami_policy.rules.advertising.side_job` | ``ad.side_job``: easy-money pitches |
| :mod:`~kitami_policy.rules.advertising.investment` | ``ad.investment``: investment pitches |
| :mod:`~kitami_policy.rules.advertising.purpose` | other purposes: warnings, finders, offices |
| :mod:`~kitami_policy.rules.advertising.grammar` | what the readings share: prices, questions |
| :mod:`~kitami_policy.rules.advertising.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.advertising import (
    affiliate,
    investment,
    promotion,
    purpose,
    side_job,
    solicitation,
)
from kitami_policy.rules.advertising.lists import (
    AFFILIATE,
    CONSUMER,
    CTA,
    CURE,
    DEAL,
    EARN,
    ENGLISH,
    ENGLISH_PRODUCTS,
    GIVEAWAY,
    GROWTH,
    ILLICIT,
    INVEST,
    INVEST_STRONG,
    PATTERN_LISTS,
    PITCH,
    PUBLIC,
    PURPOSE,
    REFERRAL,
    SALE,
    SELLER,
    SERVICE,
    SIDEJOB,
    SIDEJOB_STRONG,
    SOLICIT,
    SOLICIT_WEAK,
    STRONG,
    VOICE,
    WARNING,
)
from kitami_policy.rules.base import Detector, Trigger

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

# Confidence levels (data/rules/advertising.toml [levels]), each named by the reading that
# gives it.
LEVELS: Final = promotion.LEVELS | side_job.LEVELS | investment.LEVELS

DETECTORS: Final[Mapping[str, Detector]] = {
    "ad.promotion": promotion.find_promotion,
    "ad.solicitation": solicitation.find_solicitation,
    "ad.affiliate": affiliate.find_affiliate,
    "ad.side_job": side_job.find_side_job,
    "ad.investment": investment.find_investment,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # A promotion list, or else a price or discount, which needs a digit in the number form
    # (a number-form digit is exactly what the "digit" signal looks for), or an offer to hand
    # over, which needs a call-to-action word (欲しい人).
    # English spam is read word by word on the original text: it needs a Latin letter.
    "ad.promotion": Trigger(words={*promotion.PROMOTION_LISTS, CTA}, signals={"digit", "latin"}),
    # A solicit list, or a LINE id on the fold: "line…" is Latin, and "らいん" is the folded
    # ライン of ad_cta (no ad_allowed word covers it). Not "digit": "らいん⑳⑳追加" folds to
    # digits that the signal does not see.
    "ad.solicitation": Trigger(words={*solicitation.SOLICIT_LISTS, CTA}, signals={"latin"}),
    # Every affiliate-link pattern holds Latin letters.
    "ad.affiliate": Trigger(words={AFFILIATE, REFERRAL}, signals={"latin"}),
    "ad.side_job": Trigger(words=side_job.SIDEJOB_LISTS),
    "ad.investment": Trigger(words=investment.INVEST_LISTS),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *affiliate.FOLDED_PATTERNS,
    *promotion.FOLDED_PATTERNS,
    *purpose.FOLDED_PATTERNS,
    *solicitation.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (
    SELLER,
    VOICE,
    SERVICE,
    SALE,
    DEAL,
    CTA,
    STRONG,
    SOLICIT,
    CURE,
    AFFILIATE,
    REFERRAL,
    SIDEJOB,
    SIDEJOB_STRONG,
    EARN,
    PITCH,
    INVEST,
    INVEST_STRONG,
    GROWTH,
    WARNING,
    PUBLIC,
    SOLICIT_WEAK,
    GIVEAWAY,
    ILLICIT,
    PURPOSE,
    CONSUMER,
    ENGLISH,
    ENGLISH_PRODUCTS,
    # The terms the readings' patterns spell out: the automaton matches them too, so the
    # family keeps one set of lists for its guards and its patterns.
    *PATTERN_LISTS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("ad_allowed",)
# The lists its English detectors read word by word (Context.latin): only these are
# matched on a comment's Latin words.
LATIN_LISTS: Final[tuple[str, ...]] = (ENGLISH, ENGLISH_PRODUCTS)
