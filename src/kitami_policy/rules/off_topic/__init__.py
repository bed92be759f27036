"""Clause 4-8: 本ページの趣旨に関係のないもの (off-topic).

CLAUSES.md reads 4-8 as comments unrelated to the post and to the city's affairs: chain
messages, personal chatter ("今日の晩ごはんはカレー"), campaigning for unrelated causes and
questions about other municipalities' matters. It is read conservatively: anything touching
the post's subject, Kitami or a city service stays, even when it goes beyond the post ("will
the road be cleared of snow that day?" under a festival post). A comment is tied to the post
when it shares a content word with it: a kanji bigram, a katakana word or a Latin word.

Off-topic findings are weak by nature; their rules are review-flagged, so a person confirms
before anything beyond ``hide`` happens. 4-8 is for content no other clause covers: the engine
drops these findings when another clause applies (except a chain message, which stays beside
4-7 when it is repeated), so the detectors here need not know about the other clauses.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.off_topic.chatter` | ``offtopic.chatter`` |
| :mod:`~kitami_policy.rules.off_topic.chain` | ``offtopic.chain``: chain messages, hoaxes |
| :mod:`~kitami_policy.rules.off_topic.campaign` | ``offtopic.campaign`` |
| :mod:`~kitami_policy.rules.off_topic.other_municipality` | ``offtopic.other_municipality`` |
| :mod:`~kitami_policy.rules.off_topic.relevance` | what ties a comment to the post or the city |
| :mod:`~kitami_policy.rules.off_topic.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import ALWAYS, Detector, Trigger
from kitami_policy.rules.off_topic import campaign, chain, chatter, other_municipality, relevance
from kitami_policy.rules.off_topic.lists import (
    ADDRESSED,
    APPEAL,
    AWAY,
    BOOKS_COMMENT,
    BOOKS_POST,
    CAMPAIGN,
    CHAIN,
    CHAIN_CALL,
    CHAIN_CIRCLE,
    CHAIN_CURSE,
    CHAIN_NOUN,
    CHAIN_OBJECT,
    CHAIN_PASS,
    CHAIN_SPREAD,
    CHAIN_WARNING,
    CHATTER,
    CROWD,
    DIARY,
    DISMISS,
    ELECTION,
    ELECTION_COMMENT,
    ELECTION_POST,
    GENERIC_BIGRAMS,
    HOAX_CLAIM,
    HOAX_SCOPE,
    KITAMI,
    LIFE,
    MUSIC_COMMENT,
    MUSIC_POST,
    NATIONAL,
    NOT_AWAY,
    PASTIME,
    PHOTO_COMMENT,
    PHOTO_POST,
    PLACES,
    QUESTION,
    SERVICES,
    TRAVEL,
    WEATHER,
)

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

# Confidence levels (data/rules/off_topic.toml [levels]): with or without the post, which the
# relevance reading names, and a hoax.
LEVELS: Final = relevance.LEVELS | chain.LEVELS

DETECTORS: Final[Mapping[str, Detector]] = {
    "offtopic.chatter": chatter.find_chatter,
    "offtopic.chain": chain.find_chain,
    "offtopic.campaign": campaign.find_campaign,
    "offtopic.other_municipality": other_municipality.find_other_municipality,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "offtopic.chatter": Trigger(words={CHATTER, PASTIME, LIFE}),
    # ALWAYS: a count alone ("十人に回して…不幸") needs no word list, and 十, 百 or ⑳ are no
    # "digit" signal.
    "offtopic.chain": ALWAYS,
    "offtopic.campaign": Trigger(words={CAMPAIGN}),
    "offtopic.other_municipality": Trigger(words={PLACES}),
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *campaign.FOLDED_PATTERNS,
    *chain.FOLDED_PATTERNS,
    *chatter.FOLDED_PATTERNS,
    *other_municipality.FOLDED_PATTERNS,
    *relevance.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (
    KITAMI,
    SERVICES,
    CHATTER,
    CAMPAIGN,
    CHAIN,
    PLACES,
    AWAY,
    DISMISS,
    CHAIN_NOUN,
    PASTIME,
    LIFE,
    # The words of one reading each (lists.py).
    NATIONAL,
    CHAIN_CALL,
    CHAIN_CIRCLE,
    CHAIN_CURSE,
    CHAIN_OBJECT,
    CHAIN_PASS,
    CHAIN_SPREAD,
    CHAIN_WARNING,
    HOAX_CLAIM,
    HOAX_SCOPE,
    ADDRESSED,
    CROWD,
    DIARY,
    APPEAL,
    ELECTION,
    NOT_AWAY,
    QUESTION,
    TRAVEL,
    WEATHER,
    GENERIC_BIGRAMS,
    BOOKS_POST,
    BOOKS_COMMENT,
    PHOTO_POST,
    PHOTO_COMMENT,
    MUSIC_POST,
    MUSIC_COMMENT,
    ELECTION_POST,
    ELECTION_COMMENT,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("offtopic_allowed",)
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
