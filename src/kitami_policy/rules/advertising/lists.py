"""The names of the word lists clause 4-6 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AFFILIATE",
    "CONSUMER",
    "CONTACT",
    "COUNTERFEIT",
    "CTA",
    "CURE",
    "DEAL",
    "EARN",
    "ENGLISH",
    "ENGLISH_PRODUCTS",
    "GIVEAWAY",
    "GROWTH",
    "HAND_OVER",
    "ILLICIT",
    "INVEST",
    "INVEST_STRONG",
    "ON_OFFER",
    "PATTERN_LISTS",
    "PAYOUT",
    "PAY_PERIOD",
    "PITCH",
    "PITCHES",
    "PUBLIC",
    "PURPOSE",
    "REFERRAL",
    "REWARD",
    "SALE",
    "SELLER",
    "SERVICE",
    "SHARE",
    "SIDEJOB",
    "SIDEJOB_STRONG",
    "SOLD",
    "SOLICIT",
    "SOLICIT_WEAK",
    "SPENT",
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
# English spam, matched word by word (english.py).
ENGLISH: Final = "ad_english"
ENGLISH_PRODUCTS: Final = "ad_english_products"
# Terms the readings' patterns spell out (rules/_terms.py), not signals of their own: what is
# offered to hand over and how to ask for it, counterfeits on offer, money paid out or spent,
# goods sold, a finder's share, a referral's reward and earnings by period.
HAND_OVER: Final = "ad_hand_over"
CONTACT: Final = "ad_contact"
COUNTERFEIT: Final = "ad_counterfeit"
ON_OFFER: Final = "ad_on_offer"
PAYOUT: Final = "ad_payout"
SPENT: Final = "ad_spent"
SOLD: Final = "ad_sold"
SHARE: Final = "ad_sharer"
REWARD: Final = "ad_reward"
PAY_PERIOD: Final = "ad_pay_period"
PATTERN_LISTS: Final = (
    HAND_OVER,
    CONTACT,
    COUNTERFEIT,
    ON_OFFER,
    PAYOUT,
    SPENT,
    SOLD,
    SHARE,
    REWARD,
    PAY_PERIOD,
)
