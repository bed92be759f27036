"""The names of the word lists clause 4-6 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AFFILIATE",
    "CONSUMER",
    "CTA",
    "CURE",
    "DEAL",
    "EARN",
    "GIVEAWAY",
    "GROWTH",
    "ILLICIT",
    "INVEST",
    "INVEST_STRONG",
    "PITCH",
    "PITCHES",
    "PUBLIC",
    "PURPOSE",
    "REFERRAL",
    "SALE",
    "SELLER",
    "SERVICE",
    "SIDEJOB",
    "SIDEJOB_STRONG",
    "SOLICIT",
    "SOLICIT_WEAK",
    "STRONG",
    "VOICE",
    "WARNING",
]

SELLER: Final = "ad_seller"
VOICE: Final = "ad_voice"
SERVICE: Final = "ad_service"
SALE: Final = "ad_sale"
DEAL: Final = "ad_deal"
CTA: Final = "ad_cta"
STRONG: Final = "ad_strong"
SOLICIT: Final = "ad_solicit"
SOLICIT_WEAK: Final = "ad_solicit_weak"
AFFILIATE: Final = "ad_affiliate"
REFERRAL: Final = "ad_referral"
SIDEJOB: Final = "ad_sidejob"
SIDEJOB_STRONG: Final = "ad_sidejob_strong"
EARN: Final = "ad_earn"
PITCH: Final = "ad_pitch"
INVEST: Final = "ad_invest"
INVEST_STRONG: Final = "ad_invest_strong"
GROWTH: Final = "ad_growth"
WARNING: Final = "ad_warning"
PUBLIC: Final = "ad_public"
GIVEAWAY: Final = "ad_giveaway"
ILLICIT: Final = "ad_illicit"
CURE: Final = "ad_cure"
PURPOSE: Final = "ad_purpose"
CONSUMER: Final = "ad_consumer"
# A pitch, a call to action or a solicitation: what turns money talk into an advertisement.
PITCHES: Final = frozenset((PITCH, CTA, SOLICIT))
