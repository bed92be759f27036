"""The names of the word lists clause 4-8 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AWAY",
    "CAMPAIGN",
    "CHAIN",
    "CHAIN_NOUN",
    "CHATTER",
    "DISMISS",
    "KITAMI",
    "LIFE",
    "NATIONAL",
    "PASTIME",
    "PLACES",
    "SERVICES",
]

KITAMI: Final = "offtopic_kitami"
SERVICES: Final = "offtopic_services"
CHATTER: Final = "offtopic_chatter"
CAMPAIGN: Final = "offtopic_campaign"
CHAIN: Final = "offtopic_chain"
PLACES: Final = "offtopic_places"
AWAY: Final = "offtopic_away"
DISMISS: Final = "offtopic_dismiss"
CHAIN_NOUN: Final = "offtopic_chain_noun"
PASTIME: Final = "offtopic_pastime"
LIFE: Final = "offtopic_life"
NATIONAL: Final = "offtopic_national"
