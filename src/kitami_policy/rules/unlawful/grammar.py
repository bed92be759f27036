"""The grammar the readings of clause 4-4 share.

What stands between a person and the verb aimed at them, the auxiliaries of intent, what marks
a phrase as mentioned rather than said, punctuation the fold dropped, a pest or a thing as the
object of a verb, a place right before a pattern, how near an offer stands to what it offers,
and the evidence a detector returns over its matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules._overlap import first_from
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.lists import NONHUMAN, PLACES

__all__ = [
    "FOLDED_PATTERNS",
    "INTENT",
    "MENTIONED",
    "OBJECT",
    "WORD_LISTS",
    "against_nonhuman",
    "aimed_at_place",
    "close",
    "ends_in_separator",
    "evidence_over",
]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Between a person and the verb of violence aimed at them ("係長を絶対", "市長まじで", "市長、").
OBJECT: Final = re.compile(
    r"(?:さん|ども|ら|たち|達|全員|みんな|の野郎|のやつ|の奴)?(?:を|も|なんか|は)?"
    rf"{_words('unlawful_resolve', 'unlawful_resolve_object', 'unlawful_resolve_person')}?"
)
# After a threat phrase: it is named or quoted, not made ("天誅という言葉").
MENTIONED: Final = re.compile(_words("unlawful_mentioned"))
# After the connective stem of a verb of harm: an auxiliary of intent ("殺し" + "てやろうか",
# "割っ" + "たる", "轢き" + "に行く"), not a report ("殺した", "割ってしまった").
INTENT: Final = re.compile(
    r"(?:て|で)(?:やる|やろ|やっから|やっぞ|やん(?:よ|ぞ|で|$)|こま)"
    r"|(?:た|だ)(?:る|ろ(?!うな|うね|うに|うけど))"
    r"|(?:ちゃ|じゃ)お|(?:と|ど)(?:く(?:わ|ぞ|か|$)|こ(?:う|か))"
    r"|に(?:行|い)(?:く(?!な|の|人|ひと|と|ため)|こ|った(?:る|ろ))"
    r"|(?:て|で)く(?:る(?:わ|ぞ|から)|っから)"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (INTENT, MENTIONED, OBJECT)
WORD_LISTS: Final = (
    "unlawful_resolve",
    "unlawful_resolve_object",
    "unlawful_resolve_person",
    "unlawful_mentioned",
)
# How far an offer may stand from the drug it offers ("大麻を外国人観光客に売る").
_SALE_REACH: Final = 16


def evidence_over(
    ctx: Context, matches: Sequence[Match[str]], level: str | None = None
) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), level=level)


def ends_in_separator(ctx: Context, m: Match[str]) -> bool:
    """True when punctuation, a space or a symbol follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and unicodedata.category(ctx.text[end])[0] in "PZS"


def against_nonhuman(ctx: Context, start: int) -> bool:
    """True when a pest, a thing or the town is the object of the verb at *start*."""
    folded = ctx.folded
    return any(
        n.end <= start and OBJECT.fullmatch(folded, n.end, start)
        for n in ctx.near(start - 16, start, NONHUMAN)
    )


def aimed_at_place(ctx: Context, pattern: re.Pattern[str]) -> list[Match[str]]:
    """The places that *pattern* matches right after ("市役所" + "を爆破")."""
    return [p for p in ctx.matches(PLACES) if pattern.match(ctx.folded, p.end)]


def close(m: Match[str], others: Sequence[Match[str]]) -> bool:
    """True when one of *others* (text order) is within a clause's reach of *m* (大麻…売ります)."""
    i = first_from(others, m.end - _SALE_REACH)
    return i < len(others) and others[i].start <= m.end + _SALE_REACH
