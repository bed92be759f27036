"""Clause 4-2, death wishes (``abuse.death_wish``).

死ね and its spellings (氏ね, ﾀﾋね, 4ね, ｼﾈ, ＳＨＩＮＥ), くたばれ, 消えろ. Kana しね also occurs
in ordinary Japanese (楽しいしね, むかしね, シネマ), so it counts only standing apart from the
words before it or right after a target ("全員ｼﾈ"); 消えろ said to snow or pain is no wish.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.defamation.aim import CONNECT, REACH
from kitami_policy.rules.defamation.lists import DEATH, DEATH_KANA, GROUPS, TARGETS, disjoint

__all__ = ["FOLDED_PATTERNS", "WORD_LISTS", "find_death_wishes"]

WORD_LISTS: Final = (
    "defamation_death_to_things",
    "defamation_death_lead",
    "defamation_death_things",
)


# The patterns below run on the folded text: their words come from the word lists, spelled as
# the fold spells them (rules/_terms.py), and their grammar is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Death wishes that are also said to snow, pain or a virus ("雪よ消えろ"), compared with the
# folded terms of the matches.
_SAID_TO_THINGS: Final = frozenset(map(fold, terms("defamation_death_to_things")))
# Before a kana death wish: an adverb or a target with its particle ("全員ｼﾈ", "お前らしね").
_DEATH_LEAD: Final = re.compile(
    rf"{_words('defamation_death_lead')}(?:ら|ども|たち)?(?:は|も|なんか)?$"
)
_THINGS: Final = re.compile(_words("defamation_death_things"))
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_DEATH_LEAD, _THINGS)
_LATIN: Final = re.compile(r"[a-z0-9]+")
_JAPANESE: Final = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _stands_apart(ctx: Context, m: Match[str]) -> bool:
    """True when a kana death wish is not the tail of an ordinary word (楽しいしね, 昔ね)."""
    if _LATIN.fullmatch(m.term):
        return _JAPANESE.search(ctx.text) is not None
    if m.term.startswith("市"):
        # 市ね closes 北見市ね, 市ね as a death wish needs a lead ("全員市ね", "お前ら市ね").
        return _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start) is not None
    if m.term.startswith("〇"):
        # 〇〇ね is also a placeholder ("〇〇ね、あの店"): a circled death wish needs a target.
        return _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start) is not None or any(
            t.end <= m.start and CONNECT.fullmatch(ctx.folded, t.end, m.start)
            for t in ctx.near(m.start - REACH, m.start, TARGETS, GROUPS)
        )
    if m.start == 0 or _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start):
        return ctx.folded[m.end : m.end + 1] not in ("ま", "ん", "こ")
    for t in ctx.near(m.start - REACH, m.start, TARGETS, GROUPS):
        if t.end <= m.start and CONNECT.fullmatch(ctx.folded, t.end, m.start):
            return True
    start = ctx.span(m.start, m.end).start
    before = ctx.text[start - 1] if start else " "
    follows = ctx.folded[m.end : m.end + 1]
    return unicodedata.category(before)[0] not in "LN" and follows not in ("ま", "ん", "こ")


def find_death_wishes(ctx: Context) -> Sequence[Evidence]:
    """死ね and its spellings, aimed at anyone (禁止事項4(2))."""
    if DEATH not in ctx.words and DEATH_KANA not in ctx.words:
        return ()
    return list(_death_wishes(ctx))


def _death_wishes(ctx: Context) -> Iterator[Evidence]:
    for m in disjoint(ctx.matches(DEATH, DEATH_KANA)):
        if m.payload == DEATH_KANA and not _stands_apart(ctx, m):
            continue
        if m.term in _SAID_TO_THINGS and _THINGS.search(ctx.folded, max(0, m.start - 8), m.start):
            continue
        yield Evidence(spans=(ctx.span(m.start, m.end),))
