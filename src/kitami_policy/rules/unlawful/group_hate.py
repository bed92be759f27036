"""Clause 4-4, hate speech read as a group and what is said of it (``law.hate``).

CLAUSES.md ("Reading real comments"): hate speech is a group plus contempt, exclusion or
violence, in any wording — a people, origin, gender, disability, sexuality or religion called
vermin, filth or inferior, told to leave or disappear, or wished dead or harmed; and a
stereotype stated as the nature of a group. The reading pairs, in one sentence:

- a group (hate_groups.txt, a group by immigration status in hate_status_groups.txt, or a
  slur) with
- contempt (hate_contempt.txt: 害虫, 汚物, 劣等, 嘘つき) or a trait judged as its nature
  (hate_traits.txt: ずうずうしい, 卑劣) said of it as the topic ("〇〇人は…", "女って…"), or
  qualifying it ("ゴミ民族", "汚い在日");
- an order or wish (hate_orders.txt: 出ていけ, 消えろ, 殺せ, 死ねばいい) said to it as topic or
  object, or right before it ("出ていけ〇〇人");
- an act of exclusion or violence (hate_acts.txt: 排除, 追放, 虐殺) called for against it
  ("〇〇人は追放しろ", "駆除されてほしい", "殺してもいい"); a group by immigration status
  (移民, 難民) excluded by an act is a policy opinion, not hate (CLAUSES.md: legal but
  unpopular opinions), though contempt and orders still count;
- a group said to be unwanted (hate_unwanted.txt: いらない, 邪魔) right after it as topic.

The shared readings (:mod:`kitami_policy.rules.reading`) keep talk about hate out: a quoted,
reported or news sentence, a denial ("劣等民族なんてあるわけない"), the writer's own group said
of themself, and a comment criticising discrimination. A thing named between the group and the
predicate takes the predicate ("在日は猫が嫌い" says they dislike cats).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._overlap import first_from, overlapping, position_in
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context
from kitami_policy.rules.reading.aim import DEMONSTRATIVE, self_directed
from kitami_policy.rules.reading.polarity import denied, negated
from kitami_policy.rules.reading.sentences import sentence
from kitami_policy.rules.reading.speech import criticises_abuse, talked_about
from kitami_policy.rules.reading.words import stands_alone
from kitami_policy.rules.unlawful.lists import (
    HATE_ACTS,
    HATE_CONTEMPT,
    HATE_GROUPS,
    HATE_ORDERS,
    HATE_STATUS_GROUPS,
    HATE_TRAITS,
    HATE_UNWANTED,
    SLURS,
)

__all__ = ["FOLDED_PATTERNS", "PREDICATES", "WORD_LISTS", "said_of_a_group"]

PREDICATES: Final = (HATE_CONTEMPT, HATE_TRAITS, HATE_ORDERS, HATE_ACTS, HATE_UNWANTED)
"""The lists of what hate speech says of a group."""
_TOPICAL: Final = frozenset((HATE_CONTEMPT, HATE_TRAITS, HATE_UNWANTED))

_KANJI: Final = re.compile(r"[\u4e00-\u9fff]")


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# After a group: what makes it a crowd ("在日ども", "女って奴ら", "外国人みたいなの").
_PLURAL: Final = rf"(?:ども|共|ら|たち|達|{_words('unlawful_group_crowd')})?"
# The group as the topic or subject of what is said of it ("在日どもは", "女って", "外国人なんか").
# The first particle that fits is taken: って before ってさ.
_TOPIC: Final = re.compile(
    _PLURAL + r"(?:という(?:のは|もの)|って(?:の|いうの)は|なんてのは|って|なん[てか]|など"
    r"|は|が|も|こそ|とか|ってさ)"
)
# The group as the object of an act or order ("朝鮮人を", "在日は全員", "外国人に").
_OBJECT: Final = re.compile(
    _PLURAL + r"(?:を|は|も|に|には|なんか|なんて|とか|ども|共|全員|みんな)"
)
# Topic particles that carry the group to the end of its sentence ("障害者なんて…殺せよ").
_SENTENCE_TOPICS: Final = ("は", "って", "なんて", "なんか", "ども", "共")
# Between a contempt word and the group it qualifies ("ゴミ民族", "汚い在日", "劣等な朝鮮人").
_ATTRIBUTIVE: Final = re.compile(r"(?:な|の|い|みたいな|のような|同然の|以下の)?")
# After a contempt noun: it ends its clause as a predicate (not ゴミ出し, ゴミを捨てる).
_NOUN_END: Final = re.compile(
    r"(?:$|という|とか|って|だ|や|じゃ|で|である|なの|なん|よ|ね|な(?!い|く|か)|ぞ|わ|さ|w|草|ども|共"
    r"|め|ばっか|ばかり|しか|から|なので|(?:す|過)ぎ|ってこと|っぽ|そう"
    rf"|{_words('unlawful_hate_noun_end')})"
)
# After an act: the call for it ("排除しろ", "追放すべき", "駆除されてほしい", "殺していい").
# The fold shortens いい to い and ええ to え; い then must not begin いる or いた ("している").
_OK: Final = r"(?:い(?![るたまなくてれ])|え)"
_CALL: Final = re.compile(
    rf"(?:に|を)?(?:{_words('unlawful_hate_call')}|で(?:{_OK}|ok|おけ)"
    rf"|すれば{_OK}|したら{_OK}|(?:て|で)も(?:{_OK}|構わ|許され)"
    rf"|されて(?:ほしい|欲しい|当然|{_OK}|しまえ)|しな(?:きゃ|いと)|しかない"
    rf"|しても(?:{_OK}|構わ|許され)|して{_OK}|して(?:も)?良い|せ(?:$|よ)"
    r"|ろ(?:$|よ)|れ(?:$|よ)|え(?:$|よ)|だ(?:$|な|ろ)|や(?:$|な|ろ))"
)
# After an act or order: it is told as a fact, a passive or an attempt, not called for.
_DESCRIBED: Final = re.compile(
    rf"(?:された|され(?!て(?:ほしい|欲しい|当然|{_OK}|しまえ)|ろ|るべき|ば)|られ|れた|した|してた"
    r"|ていた|てた|た(?!い|ら|れ)|ている|てる|かけ|ようとし|そうとし)"
)
# Right before an act: who of the group, or how soon ("朝鮮人は全員追放", "さっさと駆除しろ").
_ALL_OR_SOON: Final = re.compile(rf"{_words('unlawful_hate_all', 'unlawful_hate_hurry')}$")
# A subject or object particle: between a topic and a predicate, it gives the predicate its own.
_CASE_MARK: Final = re.compile("[がを]")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_ALL_OR_SOON, _ATTRIBUTIVE, _CALL, _CASE_MARK, _DESCRIBED, _NOUN_END)
WORD_LISTS: Final = (
    "unlawful_hate_all",
    "unlawful_hate_hurry",
    "unlawful_group_crowd",
    "unlawful_hate_noun_end",
    "unlawful_hate_call",
    "unlawful_anaphor_plural",
    "unlawful_one_person",
)
# Demonstratives that stand for a crowd, not one person (あいつら, ああいう連中, こういう奴).
_PLURALS: Final = tuple(fold(term) for term in terms("unlawful_anaphor_plural"))
# Before one person, not a group ("この女", "その外国人").
_ONE_PERSON: Final = tuple(fold(term) for term in terms("unlawful_one_person"))
# Hiragana an act or order may follow: a particle ("朝鮮人を殺せ", "北見から消えろ"), not a verb
# stem (褒め殺す).
_PARTICLES: Final = frozenset("をはがもにへとでやのよねかさら")
# How far a group may stand before what is said of it, in folded characters.
_REACH: Final = 40
_UNWANTED_REACH: Final = 6
# How many groups before a predicate, in its sentence, it may be said of: a comment that names
# more between a topic and what it says of it is a list, not a sentence about the first.
_NEAREST: Final = 8
_AFTER_REACH: Final = 6


def said_of_a_group(ctx: Context) -> Sequence[Match[str]]:
    """The group and the predicate of the first hate said of a group in *ctx*, or nothing."""
    words = ctx.words
    if not any(name in words for name in PREDICATES):
        return ()
    if not (HATE_GROUPS in words or HATE_STATUS_GROUPS in words or SLURS in words):
        return ()
    if criticises_abuse(ctx):
        return ()
    # The longest wins: "不法滞在の外国人" is a status, not the people 外国人.
    groups = [
        g
        for g in _longest(ctx.matches(HATE_GROUPS, HATE_STATUS_GROUPS, SLURS))
        if _is_group(ctx, g)
    ]
    if not groups:
        return ()
    groups = _with_anaphors(ctx, groups)
    folded = ctx.folded
    for p in _longest(ctx.matches(*PREDICATES)):
        inside = any(g.start <= p.start for g in overlapping(groups, p.start, p.start + 1))
        if inside or not stands_alone(ctx, p):
            continue
        if p.payload in (HATE_ACTS, HATE_ORDERS) and not _starts_apart(ctx, p, groups):
            continue
        lo, hi = sentence(ctx, p.start)
        # The groups p may be said of: the nearest before it in its sentence, and those right
        # after it (what _relates reads after a predicate is shorter than _AFTER_REACH).
        first = max(first_from(groups, lo), first_from(groups, p.start) - _NEAREST)
        near = groups[first : first_from(groups, min(hi, p.end + _AFTER_REACH))]
        related = [g for g in near if _relates(ctx, g, p)]
        if p.payload in (HATE_ACTS, HATE_UNWANTED):
            # How many a country admits is policy: only contempt and orders count for these.
            related = [g for g in related if g.payload != HATE_STATUS_GROUPS]
        if p.payload == HATE_ACTS and (
            _CALL.match(folded, p.end) is None or _DESCRIBED.match(folded, p.end)
        ):
            continue
        if not related or _asserted(ctx, p) is False:
            continue
        if p.payload in (HATE_CONTEMPT, HATE_TRAITS) and not (
            any(p.end <= g.start for g in related) or _predicative(ctx, p)
        ):
            continue
        if p.payload == HATE_ORDERS and _DESCRIBED.match(folded, p.end):
            continue
        if self_directed(ctx, related[0].start):
            continue
        return (related[0], p)
    return ()


def _with_anaphors(ctx: Context, groups: list[Match[str]]) -> list[Match[str]]:
    """The groups, and the words that take one up again after it ("…ホモカップル、キモすぎ。
    ああいう連中は北見から消えろ", "在日は…。あいつらは出ていけ"): a plural demonstrative after a
    group stands for that group."""
    if DEMONSTRATIVE not in ctx.words:
        return groups
    first = groups[0].start
    anaphors = [
        d for d in ctx.matches(DEMONSTRATIVE) if d.start > first and d.term.endswith(_PLURALS)
    ]
    return sorted([*groups, *anaphors], key=lambda m: (m.start, m.end))


def _asserted(ctx: Context, p: Match[str]) -> bool:
    """False when the predicate is quoted, reported, news, negated or denied."""
    return not (talked_about(ctx, p.start, p.end) or negated(ctx, p.end) or denied(ctx, p.end))


def _is_group(ctx: Context, g: Match[str]) -> bool:
    """True unless *g* is part of a compound (女優, 彼女) or names one person (この女)."""
    folded = ctx.folded
    if len(g.term) == 1:
        before = folded[g.start - 1 : g.start]
        after = folded[g.end : g.end + 1]
        if (before and _KANJI.match(before)) or (
            after and _KANJI.match(after) and after not in "共達"
        ):
            return False
    if g.payload == DEMONSTRATIVE:
        return True
    return not folded.endswith(_ONE_PERSON, 0, g.start) and stands_alone(ctx, g, after=False)


def _starts_apart(ctx: Context, p: Match[str], groups: Sequence[Match[str]]) -> bool:
    """True when an act or order starts a word (after a particle, a group, a quantifier or an
    adverb of haste, punctuation or the sentence start), not inside a compound verb (褒め殺す,
    見殺し)."""
    if p.start == 0 or any(g.end == p.start for g in overlapping(groups, p.start - 1, p.start)):
        return True
    if ctx.folded[p.start - 1] in _PARTICLES:
        return True
    if _ALL_OR_SOON.search(ctx.folded, max(0, p.start - 4), p.start):
        return True
    start = ctx.span(p.start, p.end).start
    return start > 0 and not ctx.text[start - 1].isalnum()


def _relates(ctx: Context, g: Match[str], p: Match[str]) -> bool:
    """True when predicate *p* is said of group *g* (its topic, object or what it qualifies)."""
    folded = ctx.folded
    if g.end <= p.start:
        if g.end == p.start:
            return True
        tail = (_TOPIC if p.payload in _TOPICAL else _OBJECT).match(folded, g.end)
        if tail is None or tail.end() > p.start:
            return False
        if p.payload == HATE_UNWANTED:
            return p.start - tail.end() <= _UNWANTED_REACH
        if p.payload in _TOPICAL and _case_marked(ctx, tail.end(), p.start):
            return False
        return p.start - g.end <= _REACH or tail.group().endswith(_SENTENCE_TOPICS)
    if p.payload in _TOPICAL and p.payload != HATE_UNWANTED:
        return _ATTRIBUTIVE.fullmatch(folded, p.end, g.start) is not None
    if p.payload == HATE_ORDERS:
        return g.start - p.end <= 2
    return False


def _case_marks(ctx: Context) -> tuple[int, ...]:
    return tuple(m.start() for m in _CASE_MARK.finditer(ctx.folded))


def _case_marked(ctx: Context, lo: int, hi: int) -> bool:
    """True when a subject or object particle (が, を) stands in folded ``[lo, hi)``."""
    return position_in(ctx.derived(_case_marks), lo, hi)


def _predicative(ctx: Context, p: Match[str]) -> bool:
    """True when a contempt word ends its clause (said of the group, not a compound)."""
    if p.term.endswith(("い", "る", "て", "く")):
        return True
    if _NOUN_END.match(ctx.folded, p.end):
        return True
    end = ctx.span(p.start, p.end).end
    return end >= len(ctx.text) or not ctx.text[end].isalnum()


def _longest(matches: Sequence[Match[str]]) -> list[Match[str]]:
    kept: list[Match[str]] = []
    for m in sorted(matches, key=lambda m: (m.start, m.start - m.end)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
