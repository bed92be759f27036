"""Clause 4-2 in English: insults and profanity aimed at a person (``abuse.insult``).

CLAUSES.md ("Reading real comments"): the clauses read the same way whatever the register,
English included ("you're an idiot"). English terms are matched word by word on the original
text (:attr:`Context.latin <kitami_policy.rules.base.Context.latin>`):

- a noun or phrase of abuse (defamation_english.txt: idiot, loser, scum, fuck you, shut up)
  counts wherever it stands, unless the writer says it of themself ("I'm such an idiot") or
  denies it ("not an idiot");
- an adjective of contempt (defamation_english_traits.txt: stupid, pathetic) counts said of a
  person: after a copula or intensifier with someone named in the sentence ("your mayor is
  stupid", "you are so dumb"), or right before a person ("stupid mayor"); "a stupid rule" and
  "sorry for the stupid question" are left alone.

Quoted words (inside quotation marks) are named, not said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._phrases import Phrase
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.defamation.lists import ENGLISH, ENGLISH_TARGETS, ENGLISH_TRAITS
from kitami_policy.rules.reading.sentences import original_sentence
from kitami_policy.rules.reading.speech import quoted_span

__all__ = ["LEVELS", "english_insults"]

# Before the words, in their sentence: the writer speaking of themself.
_SELF: Final = re.compile(
    r"\b(?:i'?m|i am|me|my|myself|sorry for (?:the|my|a))\b[^.!?]{0,20}$", re.IGNORECASE
)
# Right before the words: a denial ("not an idiot", "isn't stupid", "never").
_DENIED: Final = re.compile(
    r"\b(?:not|n't|never|no)\s+(?:an?\s+|so\s+|that\s+|such\s+an?\s+)?$", re.IGNORECASE
)
# Right before an adjective: it is predicated of someone ("is stupid", "are so dumb").
_PREDICATED: Final = re.compile(
    r"(?:\b(?:is|are|was|were|be|so|such\s+an?|too|really|very|fucking|damn)|'re|'s)\s+$",
    re.IGNORECASE,
)

_ASCII_LETTER: Final = re.compile("[A-Za-z]")
# How far back in its sentence a word is read: further than any match of the patterns above
# but one stretched by a run of spaces ("not" and 60 spaces before "an idiot" is not read).
_REACH: Final = 64


def english_insults(ctx: Context) -> Sequence[Evidence]:
    """English abuse aimed at a person, each occurrence as its own evidence."""
    if not ctx.text.isascii() and not _has_latin(ctx):
        return ()
    latin = ctx.latin
    if ENGLISH not in latin and ENGLISH_TRAITS not in latin:
        return ()
    target_starts = [t.span.start for t in latin.get(ENGLISH_TARGETS, ())]
    found = []
    for p in [*latin.get(ENGLISH, ()), *latin.get(ENGLISH_TRAITS, ())]:
        if quoted_span(ctx, p.span):
            continue
        start, end = original_sentence(ctx, p.span.start, p.span.end)
        # The patterns read less than _REACH back, so a long sentence costs no more to read.
        before = ctx.text[max(start, p.span.start - _REACH) : p.span.start]
        if _SELF.search(before) or _DENIED.search(before):
            continue
        if p.name == ENGLISH_TRAITS:
            # The targets in the sentence, and the first after the word (a list is in text order).
            first = bisect.bisect_left(target_starts, start)
            named = first < len(target_starts) and target_starts[first] < end
            after = bisect.bisect_right(target_starts, p.span.end)
            next_at = target_starts[after] if after < len(target_starts) else end
            if not _said_of_a_person(ctx, p, before, named, next_at if next_at < end else None):
                continue
        found.append(Evidence(spans=(p.span,), level=_ENGLISH))
    return found


def _has_latin(ctx: Context) -> bool:
    return _ASCII_LETTER.search(ctx.text) is not None


def _said_of_a_person(
    ctx: Context, p: Phrase, before: str, named: bool, next_target: int | None
) -> bool:
    """True when an adjective qualifies a person right after it, or is predicated of someone
    named in its sentence.

    *named* says whether the sentence names a target; *next_target* is where the first target
    after the adjective in its sentence starts (``None`` when there is none).
    """
    right_after = next_target is not None and next_target - p.span.end in (1, 2)
    if right_after and ctx.text[p.span.end : p.span.end + 1] == " ":
        return True
    return named and _PREDICATED.search(before) is not None


# Confidence level (data/rules/defamation.toml [levels]).
_ENGLISH: Final = "english"
LEVELS: Final = frozenset((_ENGLISH,))
