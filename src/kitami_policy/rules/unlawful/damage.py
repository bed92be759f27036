"""Clause 4-4, damage and poison threatened (``law.threat``; 器物損壊, 脅迫).

Damage aimed at a thing, a place or a person: a plain form right after its object ("支所の窓も
割る"), an intent or volitional form with the thing named earlier in the same sentence ("花壇の
花、夜中に全部引っこ抜いてやる"); an animal or the weather as subject ("シカが畑を…") is no
threat. Poison put in with intent ("浄水場にドクでも入れてやろうか"), or anything harmful put
into a water or food supply ("給食に洗剤混ぜとく"). :mod:`~kitami_policy.rules.unlawful.threats`
adds these to the threats it finds.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context
from kitami_policy.rules.unlawful.grammar import (
    INTENT,
    MENTIONED,
    against_nonhuman,
    ends_in_separator,
)
from kitami_policy.rules.unlawful.lists import (
    DAMAGE,
    NONHUMAN,
    PLACES,
    POISON,
    PROPERTY,
    SUPPLY,
    TARGETS,
)

__all__ = ["FOLDED_PATTERNS", "WORD_LISTS", "damage_threats", "poison_threats"]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# After a verb of damage in the plain form: the clause ends there ("窓も割る。", "壊すぞ").
_DAMAGE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ(?!け|り)|よ|ね|し(?!か)|w|草|かな|か(?!ら|も|ど|た|ね)|つもり|気"
    r"|って決め|しかな|しかね|ど|っ)"
)
# Between a thing, place or person and the damage done to it ("窓も", "市役所を全部"): its
# object, not the owner of something else ("市長の利権を潰す" is politics).
_DAMAGE_GAP: Final = re.compile(
    rf"(?:を|も|とか|は|ごと|まで|だけ|なんか|[ぐく]らい)?{_words('unlawful_damage_how')}*$"
)
# How far (folded characters) a thing may stand before the verb of damage in the same sentence.
_DAMAGE_REACH: Final = 20
# Sentence ends in the original text: a thing named in one sentence is not the object of a verb
# in the next.
_SENTENCE_END: Final = re.compile(r"[。．！!？?\n]")
# A poison put in with intent ("毒でも入れてやろうか", "毒盛ったる", "毒流す"): what follows the
# poison or, for anything else, a water or food supply and the thing put in.
_PUT_IN: Final = (
    rf"(?:を|でも|とか|も|なんか|なんて|や)?{_words('unlawful_put_how')}?"
    # The connective form with an auxiliary of intent (やる, たる, とく, ちゃお, おく, みよ, くる).
    rf"(?:{_words('unlawful_put_in')}"
    r"(?:て|で)?(?:や[るろん]|た[るろ]|と[くこ]|ちゃお|お[くこ]|みよ|くる(?:わ|ぞ|$))"
    # The plain form, ending its clause.
    rf"|{_words('unlawful_put_in_plain')}(?:る|す|む|く)?"
    r"(?:$|ぞ|わ|から|つもり|予定|しかな|か(?:$|な)))"
)
_POISONED: Final = re.compile(_PUT_IN)
_TAINTED: Final = re.compile(
    rf"(?:に|へ|の中に|にも|の中へ)(?:[^。]{{0,6}}?){_words('unlawful_contaminants')}" + _PUT_IN
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_DAMAGE_END, _DAMAGE_GAP, _POISONED, _TAINTED)
WORD_LISTS: Final = (
    "unlawful_damage_how",
    "unlawful_put_how",
    "unlawful_put_in",
    "unlawful_put_in_plain",
    "unlawful_contaminants",
    "unlawful_damage_locative",
)
# After a thing named in a looser sentence ("花壇の花、夜中に全部引っこ抜いてやる"): it is the
# object of what follows, not where something happens ("家で料理を焼いてやる").
_OBJECT_MARKS: Final = ("を", "も", "は", "とか", "ごと", "全部", "ぜんぶ", "まで", "だけ")
# Verbs of damage whose object takes に ("壁に落書きしてやる", "車に石ぶつけたる").
_LOCATIVE_DAMAGE: Final = tuple(fold(term) for term in terms("unlawful_damage_locative"))
# A pest, an animal or the weather as the subject ("シカが畑を…", "雪が窓を…"): no threat.
_NONHUMAN_SUBJECT: Final = ("が", "も")
# The last kana of a plain verb form other than う (volitional forms end in う).
_PLAIN_ENDINGS: Final = frozenset("るすくむつぐぶぬ")


def damage_threats(ctx: Context) -> list[Match[str]]:
    """Damage threatened to a thing, place or person ("支所の窓も割る", "窓割ったる")."""
    folded = ctx.folded
    found: list[Match[str]] = []
    for m in ctx.matches(DAMAGE):
        last = m.term[-1]
        if last == "う":
            # 壊そうとした is an attempt reported, not an intent.
            if folded.startswith("と", m.end):
                continue
            loose = True
        elif last in _PLAIN_ENDINGS:
            if _DAMAGE_END.match(folded, m.end) is None and not ends_in_separator(ctx, m):
                continue
            loose = False
        elif INTENT.match(folded, m.end) is not None:
            loose = True
        else:
            continue
        if MENTIONED.search(folded, m.end, m.end + 8) or _done_by_nonhuman(ctx, m):
            continue
        if _damage_object(ctx, m, loose=loose):
            found.append(m)
    return found


def _done_by_nonhuman(ctx: Context, m: Match[str]) -> bool:
    """True when a pest, an animal or the weather is the subject of *m* ("シカが畑を荒らす")."""
    return any(
        n.end <= m.start and ctx.folded.startswith(_NONHUMAN_SUBJECT, n.end)
        for n in ctx.near(m.start - _DAMAGE_REACH, m.start, NONHUMAN)
    )


def _damage_object(ctx: Context, m: Match[str], *, loose: bool) -> bool:
    """True when a thing, place or person is the object of the verb of damage *m*.

    Right before it with a particle ("窓も割る", "市長を埋める"), or, for an intent, a thing or
    place named earlier in the same sentence as the topic ("花壇の花、夜中に全部引っこ抜いてやる").
    """
    folded = ctx.folded
    lo = m.start - _DAMAGE_REACH
    locative = any(word in m.term for word in _LOCATIVE_DAMAGE)
    for p in ctx.near(lo, m.start, PROPERTY, PLACES, TARGETS):
        # A one-character target is often part of a word (部 in 全部, 課 in 日課).
        if p.end > m.start or (p.end - p.start == 1 and p.payload == TARGETS):
            continue
        if _in_compound(folded, p):
            continue
        gap = p.end + 1 if locative and folded.startswith("に", p.end) else p.end
        if _DAMAGE_GAP.fullmatch(folded, gap, m.start):
            return not against_nonhuman(ctx, m.start)
    if not loose:
        return False
    marks = (*_OBJECT_MARKS, "に") if locative else _OBJECT_MARKS
    for p in ctx.near(lo, m.start, PROPERTY, PLACES):
        if p.end > m.start or _in_compound(folded, p) or ctx.near(p.end, m.start, NONHUMAN):
            continue
        if not (folded.startswith(marks, p.end) or ends_in_separator(ctx, p)):
            continue
        after, before = ctx.span(p.start, p.end).end, ctx.span(m.start, m.end).start
        if _SENTENCE_END.search(ctx.text, after, before) is None:
            return True
    return False


def _in_compound(folded: str, p: Match[str]) -> bool:
    """True when a one-kanji thing ends a longer word (本 in 日本, 花 in 草花)."""
    return p.end - p.start == 1 and p.start > 0 and "\u4e00" <= folded[p.start - 1] <= "\u9fff"


def poison_threats(ctx: Context) -> list[Match[str]]:
    """Poison put, or anything put into water or food, with intent ("水道に毒流してやる")."""
    folded = ctx.folded
    found = [m for m in ctx.matches(POISON) if _POISONED.match(folded, m.end)]
    found += [m for m in ctx.matches(SUPPLY) if _TAINTED.match(folded, m.end)]
    return [m for m in found if not MENTIONED.search(folded, m.end, m.end + 16)]
