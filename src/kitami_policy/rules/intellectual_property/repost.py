"""Clause 4-3, unauthorised reposts (``ip.unauthorised_repost``).

The commenter reposting or passing off others' work (拾い画, 出典なしで転載しといた, 自分の名前で
出せば), using a work without leave ("公式ロゴを勝手に使って"), copying someone else's work and
then uploading, sharing or selling it ("番組録画してyoutubeに上げた"), or making a work into
goods by their own admission of no leave ("ロゴ入りTシャツ、勝手に作って売ってます"). A request,
a victim's complaint, or the same act told of someone else is not the commenter's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.intellectual_property.grammar import SENTENCE_END, evidence, guarded
from kitami_policy.rules.intellectual_property.lists import (
    CAPTURE,
    CREATIVE,
    EXPLOIT,
    GUARD,
    MATERIAL,
    OTHERS,
    REPOST,
    REQUEST,
    REUSE,
    SELF,
    SOURCE,
    SPREAD,
    SUFFERED,
    UNLICENSED,
    UPLOAD,
)

__all__ = ["LEVELS", "find_repost"]

_QUESTION: Final = re.compile(r"[?？]")
# How far a work, its copy and its upload may stand apart ("作品、全部スマホで撮ってインスタに").
_COPY_REACH: Final = 16
# How far an admission of no leave and the act may stand apart, in folded characters
# ("描いた人に無断でlineすたんぷにして販売"), and the work from either ("ろご入りtしゃつ勝手に").
_USE_REACH: Final = 16
_WORK_REACH: Final = 20
# After the act and a few kana of its ending, in the original text: it is denied, forbidden,
# asked about or allowed (使わないで, 使ってもいい, 使ったらまずい), done to the commenter
# (使われて), told of someone else (売ってる人がいる, 作ってる業者, 使ってるらしい) or said of
# the commenter by others (使ったと言われた).
_NOT_OWN_ACT: Final = re.compile(
    r"[ぁ-ん]{0,4}?\s*(?:"
    # denied, forbidden, a condition or a permission: 使わない, 使っちゃだめ, 使ったら, 使ってもいい
    r"(?<=た)ら|(?<=[てで])[もは]|ない|なかっ|ません|ちゃ(?:だめ|ダメ|駄目|いけ)|ては|たら|ても|"
    r"いい|良い|ok|OK|大丈夫|構|かま|(?<=[うくすつぬむるぐぶ])な(?:[。！!\s]|$)|"
    # suffered, or someone else's act: 使われ, 売ってる人, 作ってる業者, 使ってるらしい
    r"られ|され|人|やつ|奴|業者|店|アカ|垢|サイト|連中|の[はをが]|こと|とか|らしい|みたい|"
    r"そう[だで]|って(?:聞|本当|ほんと)|んだって|(?:と|って)(?:言われ|思われ|疑われ))"
)
# Before the admission: someone else is its subject (市が勝手に, 業者が無断で); 私が/自分が/うちが
# are the commenter.
_OTHER_SUBJECT: Final = re.compile(r"(?<![私僕俺分ちし])が\s*$")
# A reason clause after "no permission" ("許可はもらってないので…"): an explanation, not an
# admission. On the original text.
_REASON: Final = re.compile(r"\s*(?:ので|から|ため|んで|し、|ため、)")


def find_repost(ctx: Context) -> Sequence[Evidence]:
    """Others' works reposted, reused or passed off by the commenter (禁止事項4(3))."""
    words = ctx.words
    if (
        REPOST not in words
        and SOURCE not in words
        and REUSE not in words
        and CAPTURE not in words
        and UNLICENSED not in words
    ):
        return ()
    if SUFFERED in words or (GUARD in words and guarded(ctx, GUARD)):
        return ()
    if REPOST in words:
        reposted = _own_acts(ctx, ctx.matches(REPOST))
        if reposted:
            return (evidence(ctx, reposted),)
    if REQUEST in words or _QUESTION.search(ctx.text):
        return ()
    if REUSE in words and MATERIAL in words:
        reused = _own_acts(ctx, ctx.matches(REUSE))
        if reused:
            return (evidence(ctx, reused, _INDIRECT),)
    if SOURCE in words and SPREAD in words:
        return (evidence(ctx, ctx.matches(SOURCE, SPREAD), _INDIRECT),)
    if CAPTURE in words and OTHERS in words and UPLOAD in words:
        found = _copied_and_spread(ctx)
        if found:
            return found
    if UNLICENSED in words and EXPLOIT in words and CREATIVE in words:
        return _used_without_leave(ctx)
    return ()


def _own_acts(ctx: Context, acts: list[Match[str]]) -> list[Match[str]]:
    """The *acts* the commenter tells as their own: not denied, forbidden, asked about,
    suffered or told of someone else (勝手に使ってる人がいるらしい, 使ったらまずい)."""
    text = ctx.text
    own = []
    for a in acts:
        end = ctx.span(a.start, a.end).end
        if _NOT_OWN_ACT.match(text, end):
            continue
        # "許可はもらってないので載せません": no leave given as the reason not to post.
        if a.term.startswith("許可") and _REASON.match(text, end):
            continue
        own.append(a)
    return own


def _copied_and_spread(ctx: Context) -> Sequence[Evidence]:
    """Someone else's work copied and then uploaded or sold ("番組録画してyoutubeに上げた")."""
    for c in ctx.matches(CAPTURE):
        # 本を + を自炊して share their を: the work may end one character into the copy.
        before = [
            o
            for o in ctx.near(c.start - _COPY_REACH, c.start + 1, OTHERS)
            if o.start < c.start and -1 <= c.start - o.end <= _COPY_REACH
        ]
        after = [
            u
            for u in ctx.near(c.end, c.end + _COPY_REACH + 1, UPLOAD)
            if 0 <= u.start - c.end <= _COPY_REACH
        ]
        if before and after:
            return (evidence(ctx, [before[-1], c, after[0]], _INDIRECT),)
    return ()


def _used_without_leave(ctx: Context) -> Sequence[Evidence]:
    """A work made into goods, sold, handed out or posted by a commenter who admits no leave.

    "ロゴ入りTシャツ、勝手に作って売ってます": the admission (勝手に) and the act (作って売)
    stand within a sentence of each other, a work (ロゴ) close by; the act is the commenter's
    own, not denied, forbidden, asked about, suffered or told of someone else.
    """
    # One's own work or child's drawing (うちの子の絵、勝手に応募しちゃった) is the commenter's.
    if SELF in ctx.words and guarded(ctx, SELF):
        return ()
    text = ctx.text
    for a in ctx.matches(UNLICENSED):
        admission = ctx.span(a.start, a.end)
        if _OTHER_SUBJECT.search(text, max(0, admission.start - 4), admission.start):
            continue
        acts = ctx.near(a.start - _USE_REACH, a.end + _USE_REACH, EXPLOIT)
        for act in _own_acts(ctx, acts):
            done = ctx.span(act.start, act.end)
            if SENTENCE_END.search(
                text, min(admission.start, done.start), max(admission.end, done.end)
            ):
                continue
            lo, hi = min(a.start, act.start), max(a.end, act.end)
            for w in ctx.near(lo - _WORK_REACH, hi + _WORK_REACH, CREATIVE):
                work = ctx.span(w.start, w.end)
                span_lo, span_hi = min(work.start, admission.start), max(work.end, done.end)
                if len(SENTENCE_END.findall(text, span_lo, span_hi)) <= 1:
                    return (evidence(ctx, [w, a, act], _INDIRECT),)
    return ()


# Confidence level (data/rules/intellectual_property.toml [levels]).
_INDIRECT: Final = "indirect"
LEVELS: Final = frozenset((_INDIRECT,))
