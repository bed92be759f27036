"""The names of the word lists clause 4-7 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCOUNT_SALE",
    "BRAND_DOMAINS",
    "GIVEAWAY",
    "GIVEAWAY_CONDITION",
    "GIVEAWAY_PARTICIPANT",
    "GROWTH_TARGET",
    "LINK_CUE",
    "PHISHING_LURE",
    "REPUTABLE_DOMAINS",
    "SHORTENER_DOMAINS",
]

PHISHING_LURE: Final = "tos_phishing_lure"
LINK_CUE: Final = "tos_link_cue"
GIVEAWAY: Final = "tos_giveaway"
GIVEAWAY_CONDITION: Final = "tos_giveaway_condition"
GIVEAWAY_PARTICIPANT: Final = "tos_giveaway_participant"
ACCOUNT_SALE: Final = "tos_account_sale"
GROWTH_TARGET: Final = "tos_growth_target"
# Domain lists, read as written by rules/terms_of_use/urls.py rather than through the automaton.
SHORTENER_DOMAINS: Final = "tos_shorteners"
REPUTABLE_DOMAINS: Final = "tos_reputable"
BRAND_DOMAINS: Final = "tos_brands"
