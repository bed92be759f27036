"""Clause 4-4, hate speech (``law.hate``).

A group by origin or trait told to leave, called vermin or criminals, told to be left without
help, kept from what others may do, or named by a slur; any "〇〇人" told to go home is hate by
origin. A slur is also 4-2 (:mod:`kitami_policy.rules.defamation` reads the same slur list).
黙れ said to an age group is an insult, not hate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._overlap import overlapping
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.reading.aim import self_directed
from kitami_policy.rules.reading.speech import criticises_abuse, talked_about
from kitami_policy.rules.reading.words import stands_alone
from kitami_policy.rules.unlawful.grammar import ends_in_separator, evidence_over
from kitami_policy.rules.unlawful.group_hate import said_of_a_group
from kitami_policy.rules.unlawful.lists import (
    GROUPS,
    HATE,
    HATE_EXCLUDE,
    HATE_GUARD,
    HATE_LABELS,
    HATE_NEGLECT,
    HATE_PHRASES,
    HATE_WEAK,
    POLICY_GROUPS,
    SLURS,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_hate"]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# After a hate predicate: it is denied or reported, not asserted.
_DENIED: Final = re.compile(
    rf"(?:では|じゃ)(?:ない|ありません|なく)|{_words('unlawful_hate_denied')}"
)
# After a label said of a group: the clause ends ("外国人はゴキブリだ"), not "犬を連れて".
_LABEL_END: Final = re.compile(
    r"(?:$|[だやでじ]|ども|共|ばっか|ばかり|しか|か|って|すぎ|過ぎ|w|草|に(?:しか|決ま)"
    rf"|{_words('unlawful_hate_label_end')})"
)
# A pronoun for a group named earlier, right before the label said of it ("あいつらゴキブリ").
_PRONOUN_LABELLED: Final = re.compile(
    r"(?:あいつ|こいつ|そいつ|奴|やつ)(?:ら|等|ども)(?:は|って|なんて|なんか|も)?"
    rf"{_words('unlawful_hate_all', 'unlawful_hate_after_all')}*$"
)
# A people named by origin right before a demand ("〇〇人は", "なんとか人どもは全員").
_ORIGIN: Final = re.compile(
    r"(?:[ぁ-ゖ]{2,}|〇+|[\u4e00-\u9fff]{1,3}国)(?<!の)(?<!ご)人"
    r"(?:ども|共|たち|達|ら|の連中)?(?:は|って|なんか|なんて|も|が)?"
    rf"{_words('unlawful_hate_all', 'unlawful_hate_hurry')}*$"
)
# After a group: it is the topic or the object of what follows ("外国人労働者は", "障害者なんか").
_TOPIC: Final = re.compile(r"(?:ども|共|たち|達|ら|の連中|の人)?(?:は|なんか|なんて|を|って|も|が)")
# Demands that are ordinary between two people ("黙れ", "帰れよ"): not read as hate by origin.
_PERSONAL_ORDERS: Final = frozenset(fold(term) for term in terms("unlawful_personal_orders"))
# Groups by age: told to be quiet they are being insulted (4-2), not excluded as a people.
_AGE_GROUPS: Final = frozenset(("高齢者", "老人", "年寄り"))
# How close a group and what is said of it must be, in folded characters.
_HATE_WINDOW: Final = 24
_WEAK_WINDOW: Final = 8
# How far _LABELLED is read back from a label: further than any of its matches but one made of
# a run of quantifiers ("在日の連中はみんな全員") no one writes.
_LABEL_REACH: Final = 40
# Between a group and the label said of it ("外国人は", "在日の連中はみんな", "障害者は社会の").
_LABELLED: Final = re.compile(
    r"(?:ども|共|たち|達|ら|の連中|の奴ら|のやつら)?"
    rf"(?:の{_words('unlawful_hate_nature')})?(?:は|って|なんて|なんか|が|も)?"
    rf"{_words('unlawful_hate_all', 'unlawful_hate_after_all', 'unlawful_hate_mostly')}*"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_DENIED, _LABELLED, _LABEL_END, _ORIGIN, _PRONOUN_LABELLED, _TOPIC)
WORD_LISTS: Final = (
    "unlawful_hate_denied",
    "unlawful_hate_label_end",
    "unlawful_hate_all",
    "unlawful_hate_after_all",
    "unlawful_hate_mostly",
    "unlawful_hate_nature",
    "unlawful_hate_hurry",
    "unlawful_personal_orders",
)


def _near_group(
    ctx: Context,
    said: Sequence[Match[str]],
    groups: Sequence[Match[str]],
    window: int,
    before: int = 6,
) -> list[Match[str]]:
    """The demands of *said* made near one of *groups* ("外国人...北見から追い出せ"), not denied."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in said:
        if _DENIED.match(folded, p.end):
            continue
        for g in overlapping(groups, p.start - window - 1, p.end + max(before, 0) + 1):
            if p.term in _PERSONAL_ORDERS and g.term in _AGE_GROUPS:
                continue
            if 0 <= p.start - g.end <= window or 0 <= g.start - p.end <= before:
                kept.extend((g, p))
                break
    return kept


def _called(
    ctx: Context, labels: Sequence[Match[str]], groups: Sequence[Match[str]]
) -> list[Match[str]]:
    """The labels of *labels* said of one of *groups* itself ("外国人はゴキブリ"), not denied."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in labels:
        if _DENIED.match(folded, p.end):
            continue
        if _LABEL_END.match(folded, p.end) is None and not ends_in_separator(ctx, p):
            continue
        for g in overlapping(groups, p.start - _LABEL_REACH, p.start):
            if g.end <= p.start and _LABELLED.fullmatch(folded, g.end, p.start):
                kept.extend((g, p))
                break
        else:
            # The group named earlier and taken up by a pronoun ("在日の連中を…。あいつら
            # ゴキブリと同じ").
            hop = _PRONOUN_LABELLED.search(folded, max(0, p.start - 16), p.start)
            if hop is not None and any(
                g.end <= hop.start()
                for g in overlapping(groups, hop.start() - _HATE_WINDOW - 1, hop.start())
            ):
                kept.append(p)
    return kept


def _neglected(ctx: Context) -> list[Match[str]]:
    """A group, as topic or object, told to be left without help ("外国人は倒れても放っとけ")."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in ctx.matches(HATE_NEGLECT):
        if _DENIED.match(folded, p.end):
            continue
        for g in ctx.near(p.start - _HATE_WINDOW, p.start, GROUPS):
            if g.end <= p.start and _TOPIC.match(folded, g.end):
                kept.extend((g, p))
                break
    return kept


def _origin_told_to_leave(ctx: Context) -> Sequence[Evidence]:
    """A people named by any origin told to leave or die ("〇〇人は国に帰れ")."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in ctx.matches(HATE):
        if p.term in _PERSONAL_ORDERS or _DENIED.match(folded, p.end):
            continue
        if _ORIGIN.search(folded, max(0, p.start - 16), p.start):
            kept.append(p)
    return (evidence_over(ctx, kept, _ORIGIN_TOLD_TO_LEAVE),) if kept else ()


def find_hate(ctx: Context) -> Sequence[Evidence]:
    """Hate speech against a group by origin, race, disability, gender (禁止事項4(4))."""
    words = ctx.words
    if HATE_GUARD in words or criticises_abuse(ctx):
        return ()
    found: list[Evidence] = []
    slurs = _slurs(ctx)
    phrases = [
        m for m in ctx.matches(HATE_PHRASES) if not _DENIED.search(ctx.folded, m.end, m.end + 8)
    ]
    if slurs or phrases:
        # A phrase denied or reported ("女性は採用しないという会社") is not asserted.
        found.append(evidence_over(ctx, [*slurs, *phrases]))
    group = said_of_a_group(ctx)
    if group:
        found.append(evidence_over(ctx, group))
        return found
    if GROUPS not in words:
        return found if found else _origin_told_to_leave(ctx) if HATE in words else ()
    groups = ctx.matches(GROUPS)
    strong = _near_group(ctx, ctx.matches(HATE), groups, _HATE_WINDOW)
    strong += _called(ctx, ctx.matches(HATE_LABELS), groups)
    if HATE_NEGLECT in words:
        strong += _neglected(ctx)
    if strong:
        found.append(evidence_over(ctx, strong))
        return found
    policy = {m.term for m in ctx.matches(POLICY_GROUPS)}
    traits = [g for g in groups if g.term not in policy]
    weak = _near_group(ctx, ctx.matches(HATE_WEAK), traits, _WEAK_WINDOW, before=-1)
    weak += _near_group(ctx, ctx.matches(HATE_EXCLUDE), groups, _HATE_WINDOW, before=-1)
    if weak:
        found.append(evidence_over(ctx, weak, _WEAK_HATE))
    return found


def _slurs(ctx: Context) -> list[Match[str]]:
    """The slurs the writer uses: whole words, not quoted or reported, not said of oneself.

    A slur is hate speech on its own, whoever it is aimed at (CLAUSES.md).
    """
    if SLURS not in ctx.words:
        return []
    return [
        m
        for m in ctx.matches(SLURS)
        if stands_alone(ctx, m)
        and not talked_about(ctx, m.start, m.end, news=False)
        and not self_directed(ctx, m.start)
    ]


# Confidence levels (data/rules/unlawful.toml [levels]).
_ORIGIN_TOLD_TO_LEAVE: Final = "origin_told_to_leave"
_WEAK_HATE: Final = "weak_hate"
LEVELS: Final = frozenset((_ORIGIN_TOLD_TO_LEAVE, _WEAK_HATE))
