"""Clause 4-4, obscene content (``law.obscene``; 公序良俗).

CLAUSES.md ("Reading real comments"): explicit descriptions of sexual acts or genitals, sexual
remarks about a real person and any sexualisation of children are 4-4; a passing, non-explicit
mention (a film "has some erotic scenes") is not. So:

- explicit acts, solicitation, voyeurism and boasts of sexual crimes (unlawful_obscene.txt)
  count on their own;
- a word that mentions sex (unlawful_sexual_words.txt: セックス, パパ活; unlawful_obscene_kata.txt:
  エロ, written in katakana) or a sexual part of
  the body (unlawful_sexual_body.txt: おっぱい) counts with a sexual act, a request or an
  offer in the same sentence (unlawful_sexual_acts.txt: 揉んだ, しゃぶ, 見せて, 売ります), or
  with a child named anywhere in the comment (unlawful_minors.txt); a body word or an
  evaluation (エロい) with a person in its sentence (defamation_targets.txt: 職員さん, お姉さん)
  is a sexual remark about a real person;
- a child named with a lure is sexual solicitation.

Whole words only (パチンコ holds ちんこ).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.reading.sentences import sentence
from kitami_policy.rules.reading.speech import talked_about
from kitami_policy.rules.reading.words import stands_alone
from kitami_policy.rules.unlawful.grammar import evidence_over
from kitami_policy.rules.unlawful.lists import (
    LURE,
    MINORS,
    OBSCENE,
    OBSCENE_KATA,
    REPORT,
    SEXUAL_ACTS,
    SEXUAL_BODY,
    SEXUAL_WORDS,
    TARGETS,
)

__all__ = ["LEVELS", "find_obscene"]

_KATAKANA: Final = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")


def find_obscene(ctx: Context) -> Sequence[Evidence]:
    """Obscene or sexual content (禁止事項4(4); 公序良俗)."""
    words = ctx.words
    if not any(name in words for name in (OBSCENE, OBSCENE_KATA, LURE, SEXUAL_WORDS, SEXUAL_BODY)):
        return ()
    if REPORT in words:
        return ()
    if LURE in words and MINORS in words:
        return (evidence_over(ctx, ctx.matches(MINORS, LURE, OBSCENE), _CHILD_LURE),)
    found = [m for m in ctx.matches(OBSCENE) if stands_alone(ctx, m)]
    found += _explicit_mentions(ctx)
    found = [m for m in found if not talked_about(ctx, m.start, m.end)]
    return (evidence_over(ctx, found),) if found else ()


def _explicit_mentions(ctx: Context) -> list[Match[str]]:
    """Words of sex or the body made explicit by an act in their sentence, a child named in
    the comment, or an offer or request."""
    words = ctx.words
    if SEXUAL_WORDS not in words and SEXUAL_BODY not in words and OBSCENE_KATA not in words:
        return []
    child = MINORS in words
    found: list[Match[str]] = []
    for m in ctx.matches(SEXUAL_WORDS, SEXUAL_BODY, OBSCENE_KATA):
        if not stands_alone(ctx, m) or (m.payload == OBSCENE_KATA and not _in_katakana(ctx, m)):
            continue
        # An act makes a body word explicit anywhere in the comment, a mention in its sentence.
        lo, hi = (0, len(ctx.folded)) if m.payload == SEXUAL_BODY else sentence(ctx, m.start)
        made_explicit = child or ctx.any_near(lo, hi, SEXUAL_ACTS, LURE)
        said_of_someone = m.payload != SEXUAL_WORDS and ctx.any_near(lo, hi, TARGETS)
        if made_explicit or said_of_someone:
            found.append(m)
    return found


def _in_katakana(ctx: Context, m: Match[str]) -> bool:
    """True when *m* is written in katakana (エロ, not the えろ of 帰ろう)."""
    span = ctx.span(m.start, m.end)
    return _KATAKANA.search(ctx.text, span.start, span.end) is not None


# Confidence levels (data/rules/unlawful.toml [levels]).
_CHILD_LURE: Final = "child_lure"
LEVELS: Final = frozenset((_CHILD_LURE,))
