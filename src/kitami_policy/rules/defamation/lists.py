"""The names of the word lists clause 4-2 reads (``data/words/<name>.txt``), and how their
overlapping matches are taken.

One set of lists for the whole family: its triggers and its detectors name the same lists.
The lists named here are the evidence and its qualifiers, which the detectors read as
matches; the vocabulary of each module's patterns and term sets (what may join a target to its
insult, the idioms that make a word no insult) is named by that module's ``WORD_LISTS``, and
the family's ``WORD_LISTS`` joins them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from kitami_policy._automaton import Match

__all__ = [
    "AFFAIRS",
    "AIMED",
    "CRIMES",
    "DEATH",
    "DEATH_KANA",
    "ENGLISH",
    "ENGLISH_TARGETS",
    "ENGLISH_TRAITS",
    "FACTS",
    "GROUPS",
    "HATE_GROUPS",
    "HEDGES",
    "INSULTS",
    "KATA",
    "PERSON",
    "SLURS",
    "TARGETS",
    "WORKS",
    "disjoint",
]

INSULTS: Final = "defamation_insults"
AIMED: Final = "defamation_aimed"
PERSON: Final = "defamation_person"
TARGETS: Final = "defamation_targets"
WORKS: Final = "defamation_works"
AFFAIRS: Final = "defamation_affairs"
DEATH: Final = "defamation_death"
DEATH_KANA: Final = "defamation_death_kana"
CRIMES: Final = "defamation_crimes"
FACTS: Final = "defamation_facts"
HEDGES: Final = "defamation_hedges"
KATA: Final = "defamation_kata"
ENGLISH: Final = "defamation_english"
ENGLISH_TRAITS: Final = "defamation_english_traits"
ENGLISH_TARGETS: Final = "defamation_english_targets"
# Owned by the same author as this module (see rules/unlawful/): groups by origin or trait
# are targets too, and group slurs are insults as well as hate speech.
GROUPS: Final = "unlawful_groups"
SLURS: Final = "unlawful_slurs"
# The peoples and groups hate speech targets (rules/unlawful/group_hate.py) are targets of
# insults too.
HATE_GROUPS: Final = "hate_groups"


def disjoint(matches: Iterable[Match[str]]) -> list[Match[str]]:
    """The longest matches that do not overlap, in text order (ばかやろう over ばか)."""
    kept: list[Match[str]] = []
    for m in sorted(matches, key=lambda m: (m.start, m.start - m.end)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
