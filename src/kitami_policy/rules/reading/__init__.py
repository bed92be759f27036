"""Readings every rule family shares: sentences, who a remark is aimed at, talk about abuse,
negation and questions, and the Latin words of a comment.

Real commenters rarely write the tidy sentences of a style guide (CLAUSES.md, "Reading real
comments"). What a word means depends on its place: an insult said of the person answered is
abuse, the same word said of oneself, quoted, reported or denied is not. These readings are
written once, here, and the families combine them with their own vocabulary; they hold
structure, and their words are lists in ``data/words/reading_*.txt`` with their sources.

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.reading.sentences` | the sentence a position of the fold lies in |
| :mod:`~kitami_policy.rules.reading.aim` | the second person, a demonstrative, the writer |
| :mod:`~kitami_policy.rules.reading.speech` | quotation, reported speech, news, meta-talk |
| :mod:`~kitami_policy.rules.reading.polarity` | negation and questions |
| :mod:`~kitami_policy.rules.reading.latin` | English and romaji words, with word bounds |

A family that reads any of these adds :data:`WORD_LISTS` to its own ``WORD_LISTS``, so that
the engine's automaton matches them.
"""

from __future__ import annotations

from typing import Final

from kitami_policy.rules.reading import aim
from kitami_policy.rules.reading.speech import META, NEWS, REPORT

__all__ = ["WORD_LISTS"]

WORD_LISTS: Final[tuple[str, ...]] = (*aim.WORD_LISTS, REPORT, NEWS, META)
"""The word lists the shared readings read."""
