"""Clause 4-3, piracy (``ip.piracy``).

A piracy site or pirated copy named (漫画村, ﾄﾚﾝﾄ, クラック版, 違法アップ), free access to a paid
work offered through a channel ("アニメ映画、全話ネットで見れるよ", "無料で全部見れるサイトあるよ"),
or a work named beside a host that says it holds free copies or raw scans. Free access alone is
often the city's own ("図書館で読める"), and a lawful source keeps a comment clean.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.intellectual_property.grammar import LINK, SENTENCE_END, evidence
from kitami_policy.rules.intellectual_property.lists import (
    ADULT,
    AUDIO_FORMAT,
    CHANNEL,
    FREE,
    GUARD,
    LAWFUL,
    OFFER,
    PIRACY,
    RIPPED,
    WORKS,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "find_piracy"]

# A host that names free copies or raw scans as a word of its own (anime-muryo.xyz,
# spi-pdf-free . com, manga-raw.net); "freee" or "rawson" are other words.
_PIRATE_HOST: Final = re.compile(
    r"(?<![a-z0-9._-])(?:[a-z0-9]+-)*(?:muryo|raw|kaizoku|torrent|warez|free|tada)(?:-[a-z0-9]+)*"
    r"\s?(?:\.|\[\.\]|\(\.\))\s?(?!(?:apk|exe|zip|pdf|mp3|mp4|jpg|png|html?|php)(?![a-z]))[a-z]{2,}",
    re.IGNORECASE,
)
# Copies taken out of a service: converted, recorded, downloaded (on the fold, its words from
# the word lists spelled as the fold spells them).
_RIPPED: Final = re.compile(
    rf"{pattern(AUDIO_FORMAT, form='fold')}(?:に|へ)?(?:変換|化)|{pattern(RIPPED, form='fold')}"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_RIPPED,)


def _lawful(ctx: Context) -> bool:
    """True when a lawful source is named; 非公式サイト is the opposite of 公式サイト."""
    folded = ctx.folded
    # A lawful service's works ripped and passed on ("Spotifyの有料曲をMP3に変換して配布中") are
    # pirated copies all the same.
    if OFFER in ctx.words and _RIPPED.search(folded) is not None:
        return False
    return any(folded[m.start - 1 : m.start] != "非" for m in ctx.matches(LAWFUL))


def find_piracy(ctx: Context) -> Sequence[Evidence]:
    """Pirated works linked, offered or asked for (禁止事項4(3))."""
    words = ctx.words
    if GUARD in words:
        return ()
    if PIRACY not in words and FREE not in words and CHANNEL not in words:
        return _pirate_site(ctx)
    if LAWFUL in words and _lawful(ctx):
        return ()
    if PIRACY in words:
        return (evidence(ctx, ctx.matches(PIRACY)),)
    free = _free_matches(ctx)
    if WORKS not in words:
        return ()
    works = _works(ctx)
    if not works:
        return ()
    offered = OFFER in words or LINK.search(ctx.numbers) is not None
    if (
        free
        and (offered or any(m.term.startswith("有料") for m in works))
        and _free_work(ctx, works, free)
    ):
        return (evidence(ctx, [*free, *ctx.matches(OFFER)], _OFFERED),)
    if CHANNEL in words and (offered or free):
        if all(m.term == "pdf" for m in works):
            return ()
        # An unofficial app's package ("非公式アプリ、APKはここから"), not a paid one given away:
        # a malware risk (4-7), not a pirated work.
        if "apk" in ctx.folded and all(m.term == "あぷり" for m in works):
            return ()
        return (evidence(ctx, [*ctx.matches(CHANNEL), *works], _INDIRECT),)
    return ()


def _pirate_site(ctx: Context) -> Sequence[Evidence]:
    """A work named beside a link whose host says what it is ("アニメ全話 anime-muryo.xyz",
    "問題集 … spi-pdf-free . com"): free copies or raw scans, not a lawful store."""
    numbers = ctx.numbers
    if WORKS not in ctx.words or ("." not in numbers and "。" not in numbers):
        return ()
    site = _PIRATE_HOST.search(numbers)
    if site is None or (LAWFUL in ctx.words and _lawful(ctx)):
        return ()
    works = _works(ctx)
    if not works:
        return ()
    return (evidence(ctx, works, _INDIRECT),)


def _works(ctx: Context) -> list[Match[str]]:
    """The works named, less those inside an adult video's name (裏動画 is 4-4's, not a work)."""
    works = ctx.matches(WORKS)
    if ADULT not in ctx.words:
        return works
    return [
        w
        for w in works
        if not any(a.start <= w.start and w.end <= a.end for a in ctx.near(w.start, w.end, ADULT))
    ]


def _free_matches(ctx: Context) -> list[Match[str]]:
    """The free-access words, less a price's tail ("300円で" holds "0円で", and is no gift)."""
    folded = ctx.folded
    return [
        m
        for m in ctx.matches(FREE)
        if not (m.term[0].isdigit() and m.start > 0 and folded[m.start - 1].isdigit())
    ]


def _free_work(ctx: Context, named: list[Match[str]], free: list[Match[str]]) -> bool:
    """True when free access, a work and the offer stand within two sentences of each other.

    "写真貼っときます。無料で参加できるイベント。全話見ました" names all three across three
    sentences: the original text's sentence marks, which the fold dropped, tell them apart.
    """
    text = ctx.text
    works = [ctx.span(m.start, m.end) for m in named]
    # Offered by a link or as a paid work, the offer is the work itself.
    offers = [ctx.span(m.start, m.end) for m in ctx.matches(OFFER)] or works
    for f in free:
        span = ctx.span(f.start, f.end)
        for w in works:
            for o in offers:
                lo = min(span.start, w.start, o.start)
                hi = max(span.end, w.end, o.end)
                if len(SENTENCE_END.findall(text, lo, hi)) <= 1:
                    return True
    return False


# Confidence levels (data/rules/intellectual_property.toml [levels]).
_OFFERED: Final = "offered"
_INDIRECT: Final = "indirect"
LEVELS: Final = frozenset((_OFFERED, _INDIRECT))
