"""Clause 4-2, insults, slurs and contempt (``abuse.insult``).

Words that are contempt wherever they stand (税金泥棒, 無能, クズ), group slurs
(unlawful_slurs.txt, also 4-4), katakana-only insults written in katakana, words that are
contempt only when aimed (read in :mod:`~kitami_policy.rules.defamation.aim`), and romaji at a
person ("baka shichou") on an all-ASCII fold. An insult followed by とか言う / という is
mentioned, not said; the writer calling themself names is no insult.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.defamation.aim import aim, self_deprecating
from kitami_policy.rules.defamation.lists import AIMED, INSULTS, KATA, SLURS, disjoint

__all__ = ["LEVELS", "find_insults"]

# Insults that a long mark turns into another word (ブース, デーブ, カースト): the fold drops ー.
_STRETCHED_WORDS: Final = frozenset(("ぶす", "でぶ", "かす", "はげ", "ぶた"))
# After an insult: it is named or quoted, not said ("税金泥棒とか言う人いるけど").
_MENTIONED: Final = re.compile(
    r"(?:の[^とっ]{1,4})?(?:とか言|とかいう|って言|っていう|という|と言|なんて言|呼ばわり|扱い|と呼|って呼)"
)
# Romaji comments, read on the original text split into words (the fold glues them).
_ROMAJI_WORD: Final = re.compile(r"[a-z]+")
_ROMAJI_INSULTS: Final = frozenset((
    "baka", "bakayarou", "bakayaro", "aho", "ahou", "kuzu", "kasu", "busu", "kimoi", "kimoi",
    "munou", "zeikindorobou", "kusoyarou", "boke", "kutabare", "shine", "shineyo", "gomi",
))  # fmt: skip
_ROMAJI_TARGETS: Final = frozenset((
    "shichou", "shicho", "shichoo", "shiyakusho", "yakusho", "shokuin", "giin", "kachou",
    "kacho", "omae", "omaera", "temee", "teme", "anta", "koitsu", "aitsu", "kitami", "yakunin",
))  # fmt: skip
_KATAKANA: Final = re.compile(r"[\u30a1-\u30fc\uff66-\uff9f]+")


def find_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults, slurs and contempt aimed at the city or anyone (禁止事項4(2))."""
    words = ctx.words
    if INSULTS not in words and AIMED not in words and SLURS not in words and KATA not in words:
        return _romaji_insults(ctx) if ctx.folded.isascii() else ()
    return list(_insults(ctx))


def _romaji_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults written in romaji at a person ("baka shichou, hayaku yamero")."""
    tokens = _ROMAJI_WORD.findall(unicodedata.normalize("NFKC", ctx.text).lower())
    if _ROMAJI_INSULTS.isdisjoint(tokens) or _ROMAJI_TARGETS.isdisjoint(tokens):
        return ()
    return (Evidence(spans=(ctx.span(0, len(ctx.folded)),), level=_ROMAJI),)


def _insults(ctx: Context) -> Iterator[Evidence]:
    for m in disjoint(ctx.matches(INSULTS, SLURS, AIMED, KATA)):
        if _MENTIONED.match(ctx.folded, m.end):
            continue
        if m.payload == KATA:
            span = ctx.span(m.start, m.end)
            if _KATAKANA.fullmatch(ctx.text, span.start, span.end) is None:
                continue
            yield Evidence(spans=(span,))
        elif m.payload == AIMED:
            level = aim(ctx, m)
            if level is None or (m.term in _STRETCHED_WORDS and _stretched(ctx, m)):
                continue
            yield Evidence(spans=(ctx.span(m.start, m.end),), level=level)
        elif not self_deprecating(ctx.folded, m) or m.payload == SLURS:
            yield Evidence(spans=(ctx.span(m.start, m.end),))


def _stretched(ctx: Context, m: Match[str]) -> bool:
    """True when the original holds a long mark inside *m*: ブース is a booth, not ブス."""
    span = ctx.span(m.start, m.end)
    return "ー" in ctx.text[span.start : span.end] or "ｰ" in ctx.text[span.start : span.end]


# Confidence level (data/rules/defamation.toml [levels]).
_ROMAJI: Final = "romaji"
LEVELS: Final = frozenset((_ROMAJI,))
