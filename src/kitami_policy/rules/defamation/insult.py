"""Clause 4-2, insults, slurs and contempt (``abuse.insult``).

Words that are contempt wherever they stand (税金泥棒, 無能, クズ), group slurs
(unlawful_slurs.txt, also 4-4), katakana-only insults written in katakana, words that are
contempt only when aimed (read in :mod:`~kitami_policy.rules.defamation.aim`), and romaji at a
person ("baka shichou") on an all-ASCII fold.

CLAUSES.md ("Reading real comments"): an insult needs no named target. Words said only of
people (defamation_person.txt: バカ, アホ, ブス) are abuse in any slot a person fills — said of
anyone, left at the end of a sentence, said to the person answered — and words that also name
things (ゴミ, クソ) are abuse aimed at a target or in a sentence that addresses or points at
someone (お前, こいつ). Every insult is read through the shared readings
(:mod:`kitami_policy.rules.reading`): a word glued into a longer word (サウジ's ウジ), said of
the writer, denied, quoted or reported is not abuse, and neither is a slur in a comment that
criticises discrimination.
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
from kitami_policy.rules.defamation.aim import aim, self_deprecating
from kitami_policy.rules.defamation.english import english_insults
from kitami_policy.rules.defamation.lists import (
    AIMED,
    GROUPS,
    HATE_GROUPS,
    INSULTS,
    KATA,
    PERSON,
    SLURS,
    TARGETS,
    disjoint,
)
from kitami_policy.rules.reading.aim import DEMONSTRATIVE, SECOND_PERSON, addressed, self_directed
from kitami_policy.rules.reading.polarity import negated
from kitami_policy.rules.reading.sentences import sentence
from kitami_policy.rules.reading.speech import criticises_abuse, talked_about
from kitami_policy.rules.reading.words import stands_alone

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_insults"]

WORD_LISTS: Final = (
    "defamation_stretched",
    "defamation_mentioned",
    "defamation_romaji_insults",
    "defamation_romaji_targets",
    "defamation_not_insult_after",
    "defamation_person_suffixes",
)


# The patterns below run on the folded text: their words come from the word lists, spelled as
# the fold spells them (rules/_terms.py), and their grammar is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Insults that a long mark turns into another word (ブース, デーブ, カースト): the fold drops ー.
_STRETCHED_WORDS: Final = frozenset(map(fold, terms("defamation_stretched")))
# After an insult: it is named or quoted, not said ("税金泥棒とか言う人いるけど").
_MENTIONED: Final = re.compile(rf"(?:の[^とっ]{{1,4}})?{_words('defamation_mentioned')}")
# Romaji comments, read on the original text split into words (the fold glues them): the
# lists' terms are compared as written, lowercase, with those words.
_ROMAJI_WORD: Final = re.compile(r"[a-z]+")
_ROMAJI_INSULTS: Final = frozenset(terms("defamation_romaji_insults"))
_ROMAJI_TARGETS: Final = frozenset(terms("defamation_romaji_targets"))
_KATAKANA: Final = re.compile(r"[\u30a1-\u30fc\uff66-\uff9f]+")
# Right after a word said of people: it is not the insult but an intensifier, an idiom, a verb
# or a generic reference (バカみたいに寒い, アホほど, 馬鹿にする, 馬鹿を見る, ハゲても, 老害に
# なる, バカでもわかる, 信じる馬鹿はいない).
_NOT_AN_INSULT_AFTER: Final = re.compile(
    # The word made a verb or an adjective (バカげた, ボケて, ボケちゃう), or "even" (バカでも).
    rf"(?:{_words('defamation_not_insult_after')}|でも|でさえ|ですら|ちゃ|[げてたる])"
)
_KANJI: Final = re.compile(r"[\u4e00-\u9fff]")
# The lists whose words name people: what an insult qualifies must be one of them.
_PEOPLE: Final = (TARGETS, GROUPS, HATE_GROUPS, SECOND_PERSON, DEMONSTRATIVE)
# The end of a command right before a name called at someone ("黙れ", "消えろ", "失せろよ").
_COMMAND_END: Final = re.compile(r"(?:れ|ろ|え|け|せ|な)(?:よ|や)?$")
# What may follow a name called at someone, to the end of its sentence ("カスが", "ゴミめ").
_ALONE_AFTER_NAME: Final = re.compile(r"(?:が|め|ども|共|w|草)*")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_ALONE_AFTER_NAME, _COMMAND_END, _MENTIONED, _NOT_AN_INSULT_AFTER)
# Kanji after an insult that still name people (馬鹿共, 馬鹿者, アホ面) rather than make a
# compound of a thing (馬鹿力, 馬鹿試合).
_PERSON_SUFFIXES: Final = tuple(map(fold, terms("defamation_person_suffixes")))


def find_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults, slurs and contempt aimed at the city or anyone (禁止事項4(2))."""
    words = ctx.words
    english = english_insults(ctx)
    if not any(name in words for name in (INSULTS, AIMED, PERSON, SLURS, KATA)):
        romaji = _romaji_insults(ctx) if ctx.folded.isascii() else ()
        return [*english, *romaji]
    return [*english, *_insults(ctx)]


def _romaji_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults written in romaji at a person ("baka shichou, hayaku yamero")."""
    tokens = _ROMAJI_WORD.findall(unicodedata.normalize("NFKC", ctx.text).lower())
    if _ROMAJI_INSULTS.isdisjoint(tokens) or _ROMAJI_TARGETS.isdisjoint(tokens):
        return ()
    return (Evidence(spans=(ctx.span(0, len(ctx.folded)),), level=_ROMAJI),)


def _insults(ctx: Context) -> Iterator[Evidence]:
    criticised = SLURS in ctx.words and criticises_abuse(ctx)
    matches = disjoint(ctx.matches(INSULTS, SLURS, AIMED, PERSON, KATA))
    # Insults glued into one compound (クソ + ニワカ, ゴミ + クズ): the later one still stands.
    ends = {m.end for m in matches}
    for m in matches:
        if _MENTIONED.match(ctx.folded, m.end) or _said_apart(ctx, m, m.start in ends):
            continue
        if m.payload == KATA:
            span = ctx.span(m.start, m.end)
            if _KATAKANA.fullmatch(ctx.text, span.start, span.end) is None:
                continue
            yield Evidence(spans=(span,))
        elif m.payload in (AIMED, PERSON):
            if m.term in _STRETCHED_WORDS and _stretched(ctx, m):
                continue
            level = aim(ctx, m) or _unnamed_target(ctx, m)
            if level is not None:
                yield Evidence(spans=(ctx.span(m.start, m.end),), level=level)
        elif m.payload == SLURS:
            if not criticised:
                yield Evidence(spans=(ctx.span(m.start, m.end),))
        elif not self_deprecating(ctx.folded, m):
            yield Evidence(spans=(ctx.span(m.start, m.end),))


def _said_apart(ctx: Context, m: Match[str], compound: bool = False) -> bool:
    """True when *m* is not the writer's abuse of someone: a piece of a longer word (unless
    the word before it is an insult too, *compound*), said of the writer, denied, quoted or
    reported."""
    return (
        not stands_alone(ctx, m, before=not compound)
        or self_directed(ctx, m.start)
        or negated(ctx, m.end)
        or talked_about(ctx, m.start, m.end, news=False)
    )


def _called_after_an_order(ctx: Context, m: Match[str]) -> bool:
    """True for a name called after a command, closing its sentence ("黙れカス", "消えろゴミ")."""
    if _COMMAND_END.search(ctx.folded, max(0, m.start - 2), m.start) is None:
        return False
    _, stop = sentence(ctx, m.start)
    return _ALONE_AFTER_NAME.fullmatch(ctx.folded, m.end, stop) is not None


def _unnamed_target(ctx: Context, m: Match[str]) -> str | None:
    """The level of an insult aimed at no named target (CLAUSES.md: a reply needs none).

    A word said only of people counts in any slot a person fills, unless an intensifier,
    idiom or compound follows it; a word that also names things counts only in a sentence
    that addresses or points at someone.
    """
    if m.payload == AIMED:
        if addressed(ctx, m.start) or _called_after_an_order(ctx, m):
            return _ADDRESSED
        return None
    folded = ctx.folded
    if _NOT_AN_INSULT_AFTER.match(folded, m.end):
        return None
    after = folded[m.end : m.end + 2]
    if after and _KANJI.match(after) and not after.startswith(_PERSON_SUFFIXES):
        return None
    if folded.startswith("な", m.end) and not _qualifies_a_person(ctx, m.end + 1):
        # "馬鹿な争い", "アホな発想": the word judges a thing, not someone.
        return None
    return _ADDRESSED if addressed(ctx, m.start) else _UNNAMED


def _qualifies_a_person(ctx: Context, start: int) -> bool:
    """True when a person, a group or a pointer starts at folded *start*."""
    return any(t.start == start for t in ctx.near(start, start + 1, *_PEOPLE))


def _stretched(ctx: Context, m: Match[str]) -> bool:
    """True when the original holds a long mark inside *m*: ブース is a booth, not ブス."""
    span = ctx.span(m.start, m.end)
    return "ー" in ctx.text[span.start : span.end] or "ｰ" in ctx.text[span.start : span.end]


# Confidence levels (data/rules/defamation.toml [levels]).
_ROMAJI: Final = "romaji"
_ADDRESSED: Final = "addressed"
_UNNAMED: Final = "unnamed"
LEVELS: Final = frozenset((_ROMAJI, _ADDRESSED, _UNNAMED))
