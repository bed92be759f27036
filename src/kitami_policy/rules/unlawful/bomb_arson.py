"""Clause 4-4, bombings and burnings threatened (``law.bomb_threat``, ``law.arson``).

A bombing announced against a place (威力業務妨害, art. 234) and a burning threatened against a
place or a thing ("市役所に火をつける", "重機燃やすから"). A report word (訓練, 事件) leaves only
the hits the comment still makes as its own threat, with a first-person intent right after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.grammar import MENTIONED, aimed_at_place, evidence_over
from kitami_policy.rules.unlawful.lists import ARSON, BOMB, PLACES, PROPERTY, REPORT

__all__ = ["FOLDED_PATTERNS", "WORD_LISTS", "find_arson", "find_bomb_threats"]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# A threat with its own first-person intent right after it ("爆弾を置いてくから",
# "火事にしてやるよ"), not followed by a report of it ("…してやると言われた", "…ぞという予告").
_OWN_INTENT: Final = re.compile(
    rf".{{0,12}}?{_words('unlawful_own_intent')}(?:よ|ぞ|わ|からな|から|な)?"
    rf"(?!と|って|という|とか|{_words('unlawful_hearsay')})"
)
_OWN_INTENT_REACH: Final = 16
# Things burnt with intent ("現場の重機燃やすから", "車に火をつけてやる"); a plain form with
# から only at the end: "タイヤを燃やすから煙が出る" explains.
_BURN_THING: Final = re.compile(
    r"(?:を|も|ごと|に)?(?:全部|ぜんぶ|まとめて|今夜|夜中に)?"
    r"(?:燃やす(?:ぞ|わ|からな|から$|$)|燃やしてやる|燃やしたる|燃やしたろ|燃やしてくる|燃やそう(?:ぜ|か)"
    r"|火を?つけ(?:る(?:ぞ|わ|からな|から$|$)|てやる|たる|たろ|てくる))"
)
WORD_LISTS: Final = (
    "unlawful_own_intent",
    "unlawful_hearsay",
    "unlawful_bombing_told",
    "unlawful_burn_wish",
)
# A bombing or a burning aimed at a place ("市役所を爆破", "センターに火をつける").
_BOMB_PLACE: Final = re.compile(
    rf"(?:を|に|ごと|も)?(?:(?:爆破|ばくは|ばくぱ)(?!{_words('unlawful_bombing_told')}|され)"
    r"|(?:だいなまいとで|爆弾で|ばくだんで)?(?:吹っ飛ば|吹き飛ば|ふっとば|ふきとば)(?:す|して|そう)"
    r"|(?:何か|なにか|ある物|あるもの)を?(?:仕掛け|しかけ|置いて|おいて|設置し)"
    r"|(?:吹っ飛べ|ふっとべ|吹き飛べ|爆発しろ|爆発すれば)"
    r"|(?:爆弾|ばくだん)(?:$|を|だ|な|ね|よ|ぞ|w|落と|投げ|送))"
)
_BURN_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:火を?つけ|燃や(?:す(?!ごみ)|し|そう|せ)|放火(?:す|し)"
    rf"|{_words('unlawful_burn_wish')})"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_BOMB_PLACE, _BURN_PLACE, _BURN_THING, _OWN_INTENT)


def find_bomb_threats(ctx: Context) -> Sequence[Evidence]:
    """A bombing announced or threatened (禁止事項4(4); 威力業務妨害)."""
    words = ctx.words
    if BOMB not in words and (PLACES not in words or not _bombing(ctx.folded)):
        return ()
    found = [m for m in ctx.matches(BOMB) if not MENTIONED.match(ctx.folded, m.end)]
    if PLACES in words and _bombing(ctx.folded):
        found += aimed_at_place(ctx, _BOMB_PLACE)
    if REPORT in words:
        found = _own_intent(ctx, found)
    return (evidence_over(ctx, found),) if found else ()


def _bombing(folded: str) -> bool:
    return (
        "爆" in folded
        or "ばく" in folded
        or "とば" in folded
        or "飛" in folded
        or "ふっとべ" in folded
        or "しかけ" in folded
        or "仕掛け" in folded
        or "置いて" in folded
        or "おいて" in folded
        or "設置" in folded
    )


def _burning(folded: str) -> bool:
    return "火" in folded or "燃" in folded or "放火" in folded or "全焼" in folded


def find_arson(ctx: Context) -> Sequence[Evidence]:
    """A burning threatened (禁止事項4(4); 脅迫, 威力業務妨害)."""
    words = ctx.words
    burning = _burning(ctx.folded)
    if ARSON not in words and not (burning and (PLACES in words or PROPERTY in words)):
        return ()
    found = ctx.matches(ARSON)
    if burning and PLACES in words:
        found += aimed_at_place(ctx, _BURN_PLACE)
    if burning and PROPERTY in words:
        folded = ctx.folded
        found += [p for p in ctx.matches(PROPERTY) if _BURN_THING.match(folded, p.end)]
    if REPORT in words:
        found = _own_intent(ctx, found)
    return (evidence_over(ctx, found),) if found else ()


def _own_intent(ctx: Context, found: list[Match[str]]) -> list[Match[str]]:
    """The hits a comment with a report word still makes as its own threat.

    A report word (訓練, 捕まえ, 事件) usually means a threat is told about, but a hit followed
    at once by a first-person intent that is not itself quoted ("訓練なんて生ぬるい。…本物の爆弾を
    置いてくから") is made, not reported.
    """
    folded = ctx.folded
    return [m for m in found if _OWN_INTENT.match(folded, m.start, m.end + _OWN_INTENT_REACH)]
