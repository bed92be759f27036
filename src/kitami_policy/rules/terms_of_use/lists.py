"""The names of the word lists clause 4-7 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCOUNT_SALE",
    "BRAND_DOMAINS",
    "CAMPAIGN",
    "CHEAP_TLDS",
    "COMMON_TLDS",
    "ENTRY",
    "FILE_SUFFIXES",
    "GIVEAWAY",
    "GIVEAWAY_CONDITION",
    "GIVEAWAY_PARTICIPANT",
    "GROWTH_REPOST",
    "GROWTH_TARGET",
    "LINK_CUE",
    "MENTION_PUSH",
    "MESSAGE",
    "MONEY",
    "PATTERN_LISTS",
    "PHISHING_LURE",
    "REPUTABLE_DOMAINS",
    "SHORTENER_DOMAINS",
    "SPAM_TAG",
    "SPENT",
    "WARNED",
    "WEAK_GIFT",
]

PHISHING_LURE: Final = "tos_phishing_lure"
LINK_CUE: Final = "tos_link_cue"
GIVEAWAY: Final = "tos_giveaway"
GIVEAWAY_CONDITION: Final = "tos_giveaway_condition"
GIVEAWAY_PARTICIPANT: Final = "tos_giveaway_participant"
ACCOUNT_SALE: Final = "tos_account_sale"
GROWTH_TARGET: Final = "tos_growth_target"
GROWTH_REPOST: Final = "tos_growth_repost"
# Terms the readings' patterns and sets spell out (rules/_terms.py), not gates of their own.
CAMPAIGN: Final = "tos_campaign"
MONEY: Final = "tos_money"
WEAK_GIFT: Final = "tos_weak_gift"
ENTRY: Final = "tos_entry"
MESSAGE: Final = "tos_message"
WARNED: Final = "tos_warned"
SPENT: Final = "tos_spent"
SPAM_TAG: Final = "tos_spam_tag"
MENTION_PUSH: Final = "tos_mention_push"
PATTERN_LISTS: Final = (
    CAMPAIGN,
    MONEY,
    WEAK_GIFT,
    ENTRY,
    MESSAGE,
    WARNED,
    SPENT,
    SPAM_TAG,
    MENTION_PUSH,
)
# Domain lists, read as written by rules/terms_of_use/urls.py rather than through the automaton.
SHORTENER_DOMAINS: Final = "tos_shorteners"
REPUTABLE_DOMAINS: Final = "tos_reputable"
BRAND_DOMAINS: Final = "tos_brands"
CHEAP_TLDS: Final = "tos_cheap_tlds"
COMMON_TLDS: Final = "tos_common_tlds"
FILE_SUFFIXES: Final = "tos_file_suffixes"
