"""Clause 4-3: 著作権、肖像権等の知的財産権を侵害するもの (copyright, portrait and other IP rights).

CLAUSES.md reads 4-3 as links to or offers of pirated works (漫画村-style sites, 無料で全話,
違法アップロード), reposting others' photos, videos or lyrics without permission (無断転載,
拾い画), counterfeit goods (スーパーコピー, 偽ブランド) and posting someone's face photo without
consent (肖像権). It does NOT cover quoting a line with attribution, sharing the city's own post
(section 6 allows likes, shares and attributed reposts), or complaining about a repost
("無断転載はやめてください"): the rules look for the commenter doing or offering it, and a
complaint, a warning or an attribution keeps a comment clean.

- ``ip.piracy``: a piracy site or pirated copy named (漫画村, ﾄﾚﾝﾄ, クラック版, 違法アップ), or
  free access to a paid work offered through a channel ("アニメ映画、全話ネットで見れるよ",
  "無料で全部見れるサイトあるよ"); free access alone is often the city's own ("図書館で読める").
- ``ip.unauthorised_repost``: the commenter reposting or passing off others' work (拾い画,
  出典なしで転載しといた, 自分の名前で出せば).
- ``ip.counterfeit``: counterfeits (スーパーコピー, N級品, 偽ブランド; コピー品 only on offer).
  Selling them is also 4-6, which the advertising family adds.
- ``ip.portrait``: a face photo of someone else posted, a face posted without consent, or a
  photo taken secretly (盗撮, 隠し撮り) posted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final

from kitami_policy.automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence

__all__ = ["ALLOWED_LISTS", "DETECTORS", "WORD_LISTS"]

_PIRACY: Final = "ip_piracy"
_FREE: Final = "ip_free"
_OFFER: Final = "ip_offer"
_WORKS: Final = "ip_works"
_LAWFUL: Final = "ip_lawful"
_REPOST: Final = "ip_repost"
_SOURCE: Final = "ip_source"
_SPREAD: Final = "ip_spread"
_GUARD: Final = "ip_guard"
_COUNTERFEIT: Final = "ip_counterfeit"
_COUNTERFEIT_WEAK: Final = "ip_counterfeit_weak"
_COUNTERFEIT_SALE: Final = "ip_counterfeit_sale"
_FACE: Final = "ip_face"
_FACE_STRONG: Final = "ip_face_strong"
_PUBLISH: Final = "ip_publish"
_NO_CONSENT: Final = "ip_no_consent"
_SELF: Final = "ip_self"
_COVERT: Final = "ip_covert"

# A link, also defanged ("site[.]xyz"): where a pirated copy is offered.
_QUESTION: Final = re.compile(r"[?？]")
_LINK: Final = re.compile(r"https?://|www\.|[a-z0-9-]+(?:\.|\[\.\]|\(\.\))[a-z]{2,}", re.IGNORECASE)


# Early-out gates: a detector returns at once unless one of these lists matched.
_PIRACY_GATE: Final = frozenset((_PIRACY, _FREE))
_COUNTERFEIT_GATE: Final = frozenset((_COUNTERFEIT, _COUNTERFEIT_WEAK))
_REPOST_GATE: Final = frozenset((_REPOST, _SOURCE))
_PORTRAIT_GATE: Final = frozenset((_FACE, _FACE_STRONG, _COVERT))


def _evidence(ctx: Context, matches: list[Match[str]], confidence: float | None = None) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), confidence=confidence)


def _find_piracy(ctx: Context) -> Iterator[Evidence]:
    """Pirated works linked or offered (禁止事項4(3))."""
    if _PIRACY_GATE.isdisjoint(ctx.words) or ctx.has(_GUARD, _LAWFUL):
        return
    if ctx.has(_PIRACY):
        yield _evidence(ctx, ctx.matches(_PIRACY))
    elif _OFFER in ctx.words and (_WORKS in ctx.words or _LINK.search(ctx.numbers)):
        yield _evidence(ctx, ctx.matches(_FREE, _OFFER), 0.85)


def _find_repost(ctx: Context) -> Iterator[Evidence]:
    """Others' works reposted or passed off by the commenter (禁止事項4(3))."""
    if _REPOST_GATE.isdisjoint(ctx.words) or _GUARD in ctx.words:
        return
    if _REPOST in ctx.words:
        yield _evidence(ctx, ctx.matches(_REPOST))
    elif _SOURCE in ctx.words and _SPREAD in ctx.words and not _QUESTION.search(ctx.text):
        yield _evidence(ctx, ctx.matches(_SOURCE, _SPREAD), 0.8)


def _find_counterfeit(ctx: Context) -> Iterator[Evidence]:
    """Counterfeit goods named or offered (禁止事項4(3))."""
    if _COUNTERFEIT_GATE.isdisjoint(ctx.words) or _GUARD in ctx.words:
        return
    if ctx.has(_COUNTERFEIT):
        yield _evidence(ctx, ctx.matches(_COUNTERFEIT))
    elif ctx.has(_COUNTERFEIT_SALE):
        yield _evidence(ctx, ctx.matches(_COUNTERFEIT_WEAK), 0.8)


def _find_portrait(ctx: Context) -> Iterator[Evidence]:
    """Someone's face posted without consent (禁止事項4(3); 肖像権)."""
    if _PORTRAIT_GATE.isdisjoint(ctx.words) or _PUBLISH not in ctx.words:
        return
    if ctx.has(_GUARD, _SELF):
        return
    if ctx.has(_FACE_STRONG, _COVERT) or ctx.has(_NO_CONSENT):
        yield _evidence(ctx, ctx.matches(_FACE_STRONG, _FACE, _COVERT))


DETECTORS: Final[Mapping[str, Detector]] = {
    "ip.piracy": _find_piracy,
    "ip.unauthorised_repost": _find_repost,
    "ip.counterfeit": _find_counterfeit,
    "ip.portrait": _find_portrait,
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _PIRACY,
    _FREE,
    _OFFER,
    _WORKS,
    _LAWFUL,
    _REPOST,
    _SOURCE,
    _SPREAD,
    _GUARD,
    _COUNTERFEIT,
    _COUNTERFEIT_WEAK,
    _COUNTERFEIT_SALE,
    _FACE,
    _FACE_STRONG,
    _PUBLISH,
    _NO_CONSENT,
    _SELF,
    _COVERT,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("ip_allowed",)
