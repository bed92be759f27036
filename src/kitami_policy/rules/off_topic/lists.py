"""The names of the word lists clause 4-8 reads (``data/words/<name>.txt``).

One set of lists for the whole family: its triggers and its detectors name the same lists.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESSED",
    "APPEAL",
    "AWAY",
    "BOOKS_COMMENT",
    "BOOKS_POST",
    "CAMPAIGN",
    "CHAIN",
    "CHAIN_CALL",
    "CHAIN_CIRCLE",
    "CHAIN_CURSE",
    "CHAIN_NOUN",
    "CHAIN_OBJECT",
    "CHAIN_PASS",
    "CHAIN_SPREAD",
    "CHAIN_WARNING",
    "CHATTER",
    "CROWD",
    "DIARY",
    "DISMISS",
    "ELECTION",
    "ELECTION_COMMENT",
    "ELECTION_POST",
    "GENERIC_BIGRAMS",
    "HOAX_CLAIM",
    "HOAX_SCOPE",
    "KITAMI",
    "LIFE",
    "MUSIC_COMMENT",
    "MUSIC_POST",
    "NATIONAL",
    "NOT_AWAY",
    "PASTIME",
    "PHOTO_COMMENT",
    "PHOTO_POST",
    "PLACES",
    "QUESTION",
    "SERVICES",
    "TRAVEL",
    "WEATHER",
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
# The words of one reading each, which its patterns and sets read: campaign.py,
NATIONAL: Final = "offtopic_national"
# chain.py,
CHAIN_CALL: Final = "offtopic_chain_call"
CHAIN_CIRCLE: Final = "offtopic_chain_circle"
CHAIN_CURSE: Final = "offtopic_chain_curse"
CHAIN_OBJECT: Final = "offtopic_chain_object"
CHAIN_PASS: Final = "offtopic_chain_pass"
CHAIN_SPREAD: Final = "offtopic_chain_spread"
CHAIN_WARNING: Final = "offtopic_chain_warning"
HOAX_CLAIM: Final = "offtopic_hoax_claim"
HOAX_SCOPE: Final = "offtopic_hoax_scope"
# chatter.py,
ADDRESSED: Final = "offtopic_addressed"
CROWD: Final = "offtopic_crowd"
DIARY: Final = "offtopic_diary"
# other_municipality.py,
APPEAL: Final = "offtopic_appeal"
ELECTION: Final = "offtopic_election"
NOT_AWAY: Final = "offtopic_not_away"
QUESTION: Final = "offtopic_question"
TRAVEL: Final = "offtopic_travel"
WEATHER: Final = "offtopic_weather"
# and relevance.py (the subjects a post and a comment share: post cue, comment cue).
GENERIC_BIGRAMS: Final = "offtopic_generic_bigrams"
BOOKS_POST: Final = "offtopic_books_post"
BOOKS_COMMENT: Final = "offtopic_books_comment"
PHOTO_POST: Final = "offtopic_photo_post"
PHOTO_COMMENT: Final = "offtopic_photo_comment"
MUSIC_POST: Final = "offtopic_music_post"
MUSIC_COMMENT: Final = "offtopic_music_comment"
ELECTION_POST: Final = "offtopic_election_post"
ELECTION_COMMENT: Final = "offtopic_election_comment"
