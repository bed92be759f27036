"""Kana that spell nothing: the random-kana reading of clause 4-9.

Japanese writing uses some pairs of neighbouring kana all the time (です, ます, した); random
kana ("ぬらへしゅめこぬらへ") hardly ever form one. Keyboard mash typed in kana mode leaves Latin
letters the IME could not convert between random kana ("あｆじぇいｗｆじょいあｊｆ").
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.inappropriate.keyboard import VOWELS

__all__ = ["COMMON_KANA_PAIRS", "COMMON_PAIR_SHARE", "FOLDED_PATTERNS", "latin_kana_mash"]

# Pairs of neighbouring kana that Japanese writing uses all the time.
COMMON_KANA_PAIRS: Final = frozenset(
    [
        "です",
        "ます",
        "した",
        "して",
        "ない",
        "いる",
        "てる",
        "って",
        "から",
        "まし",
        "ので",
        "けど",
        "ある",
        "する",
        "よね",
        "だよ",
        "だね",
        "ござ",
        "がと",
        "りが",
        "とう",
        "ざい",
        "さい",
        "くだ",
        "ださ",
        "たい",
        "たの",
        "しい",
        "しみ",
        "かっ",
        "った",
        "おも",
        "もい",
        "いま",
        "すご",
        "ごい",
        "すね",
        "よろ",
        "ろし",
        "しく",
        "おね",
        "ねが",
        "がい",
        "あり",
        "おつ",
        "つか",
        "かれ",
        "れさ",
        "さま",
        "まで",
        "でし",
        "あい",
        "いう",
        "うの",
        "のは",
        "こん",
        "んに",
        "にち",
        "ちは",
        "ばん",
        "んは",
        "おは",
        "はよ",
        "よう",
        "なる",
        "るほ",
        "ほど",
        "どう",
        "そう",
        "うで",
        "でも",
        "もう",
        "いや",
        "やっ",
        "っぱ",
        "ぱり",
        "わか",
        "かる",
        "かり",
        "りま",
        "きた",
        "たよ",
        "いね",
        "のか",
        "かな",
        "だっ",
        "こと",
        "とが",
        "がで",
        "でき",
        "きる",
        "れる",
        "られ",
        "せん",
        "んで",
        "いで",
        "はい",
        "いい",
        "うれ",
        "れし",
        "たか",
        "かた",
        "ちゃ",
        "きょ",
        "ょう",
        "うは",
        "はた",
        "のし",
        "しか",
        "てい",
        "にな",
        "なっ",
        "とこ",
        "ころ",
        "まつ",
        "つり",
        "ゆき",
        "みん",
        "んな",
        "なで",
        "がん",
        "んば",
        "ばっ",
        "ばり",
        "しょ",
        "じゃ",
        "それ",
        "これ",
        "あれ",
        "その",
        "この",
        "まだ",
        "また",
        "ほん",
        "んと",
        "とに",
    ]
)
COMMON_PAIR_SHARE: Final = 0.15
_NOTHING: Final[tuple[Evidence, ...]] = ()
# The Latin runs of a kana-mode mash, and how many it needs.
_LATIN_RUN: Final = re.compile(r"[a-z]+")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_LATIN_RUN,)
_LATIN_KANA_RUNS: Final = 3


def latin_kana_mash(ctx: Context) -> tuple[Evidence, ...]:
    """Latin letters and kana mixed at random: several Latin runs, at least two without a
    vowel, and kana that hardly ever form a pair Japanese writing uses ("あｆじぇいｗｆ…")."""
    folded = ctx.folded
    latin = _LATIN_RUN.findall(folded)
    if len(latin) < _LATIN_KANA_RUNS:
        return _NOTHING
    if sum(not any(v in run for v in VOWELS) for run in latin) < 2:
        return _NOTHING
    kana = _LATIN_RUN.split(folded)
    pairs = [k[i : i + 2] for k in kana for i in range(len(k) - 1)]
    if sum(map(COMMON_KANA_PAIRS.__contains__, pairs)) > COMMON_PAIR_SHARE * len(pairs):
        return _NOTHING
    return (Evidence(spans=(ctx.span(0, len(folded)),)),)
