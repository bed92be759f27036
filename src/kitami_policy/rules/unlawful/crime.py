"""Clause 4-4, crimes invited (``law.crime_solicitation``, ``law.drug_use``).

Recruiting for criminal jobs (闇バイト, 受け子, 口座売買) and inciting crimes: a crime in the
active form proposed ("盗もうぜ"), offered to partners ("一緒にやる人募集") or called easy and
not denied, and loot with a taking verb ("金目の物いただこうぜ"); passives and attempts
("空き巣に入られた", "侵入しようとした") are reports. Using, growing or inviting others to take
an illegal drug ("大麻吸おうぜ").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.grammar import close, evidence_over
from kitami_policy.rules.unlawful.lists import (
    ACCOUNT_TRADE,
    CRIME,
    DRUG_USE,
    DRUGS,
    FRAUD_JOBS,
    GUARD,
    INCITE,
    LOOT,
    RECRUIT,
    REPORT,
    SECRET,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_crime_solicitation", "find_drug_use"]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# After a volitional form: an attempt reported ("侵入しようとした"), not a proposal.
_ATTEMPT: Final = ("とし", "とす", "とする")
# After a crime in the active form: it is suffered, not done ("空き巣に入られた").
_PASSIVE: Final = ("られ", "れ")
# After a crime: let us do it ("盗もうぜ", "忍び込もう", "空き巣しようか", "盗みに行こう").
_LET_US: Final = re.compile(
    # て/で and a volitional (o-row kana + う) a few characters on: "盗んで帰ろう".
    rf"(?:{_words('unlawful_let_us')}|(?:て|で).{{1,4}}?[ろこよもおそ]う)"
    r"(?:ぜ|か|や|よ|べ|って|$|w)"
)
# Partners wanted for it ("一緒にやる人募集", "やれる奴いない", "誰か手伝って").
_TOGETHER: Final = re.compile(
    rf"{_words('unlawful_together')}{_words('unlawful_together_do')}"
    rf"|{_words('unlawful_partner_can')}{_words('unlawful_partner')}"
    rf"|仲間{_words('unlawful_partner_wanted')}|相棒(?:募集|探し)"
    rf"|(?:誰か|だれか){_words('unlawful_partner_asked')}"
)
_TOGETHER_REACH: Final = 40
# After a crime: it is easy or safe now ("盗むのも簡単そう", "忍び込むなら楽勝").
_EASE: Final = re.compile(_words("unlawful_crime_easy"))
# After the ease: it is denied ("簡単ではない", "余裕はない", "楽勝なわけない").
_NOT_SO: Final = re.compile(
    r"な(?:い|く|かった)|無い|ませ|させな|とは限|わけ(?:が|は)?な|はず(?:が|は)?な"
)
# After loot: let us take it ("金目の物いただこうぜ", "金品を奪おう", "賽銭盗もう").
_TAKE_TOGETHER: Final = re.compile(
    rf"(?:を|も|とか|だけ)?{_words('unlawful_take_all')}?{_words('unlawful_take')}"
    # The volitional (o-row kana + う), ちゃお / ちゃえ, て(い)こう, or the stem + に行こう.
    r"(?:[ころもそおよ]う|っ?ちゃ[おえ]|てい?こう|[いみり]に行こう)"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_EASE, _LET_US, _NOT_SO, _TAKE_TOGETHER, _TOGETHER)
WORD_LISTS: Final = (
    "unlawful_let_us",
    "unlawful_together",
    "unlawful_together_do",
    "unlawful_partner_can",
    "unlawful_partner",
    "unlawful_partner_wanted",
    "unlawful_partner_asked",
    "unlawful_crime_easy",
    "unlawful_take_all",
    "unlawful_take",
)


def find_crime_solicitation(ctx: Context) -> Sequence[Evidence]:
    """Recruiting for criminal jobs and inciting crimes (禁止事項4(4))."""
    words = ctx.words
    if (
        FRAUD_JOBS not in words
        and INCITE not in words
        and ACCOUNT_TRADE not in words
        and CRIME not in words
        and LOOT not in words
    ) or GUARD in words:
        return ()
    found: list[Evidence] = []
    if INCITE in words or ACCOUNT_TRADE in words:
        # "侵入しようとした" reports an attempt: the proposal is only "侵入しよう".
        incited = [
            m
            for m in ctx.matches(INCITE, ACCOUNT_TRADE)
            if not (m.term.endswith("う") and ctx.folded.startswith(_ATTEMPT, m.end))
        ]
        if incited:
            found.append(evidence_over(ctx, incited))
    if FRAUD_JOBS in words and (RECRUIT in words or SECRET in words):
        found.append(evidence_over(ctx, ctx.matches(FRAUD_JOBS)))
    # A crime invited in other words; the lists above, when they matched, already say it.
    if not found and (CRIME in words or LOOT in words) and REPORT not in words:
        folded = ctx.folded
        acts = [m for m in ctx.matches(CRIME) if _invited(ctx, m)]
        acts += [m for m in ctx.matches(LOOT) if _TAKE_TOGETHER.match(folded, m.end)]
        if acts:
            found.append(evidence_over(ctx, acts, _INVITED_ACT))
    return found


def _invited(ctx: Context, m: Match[str]) -> bool:
    """True when a crime is proposed ("盗もうぜ"), offered to partners or called easy."""
    folded = ctx.folded
    if folded.startswith(_PASSIVE, m.end):
        return False
    if _LET_US.match(folded, m.end):
        return True
    lo, hi = max(0, m.start - _TOGETHER_REACH), m.end + _TOGETHER_REACH
    if _TOGETHER.search(folded, lo, hi):
        return True
    ease = _EASE.search(folded, m.end, m.end + 16)
    return ease is not None and _NOT_SO.search(folded, ease.end(), ease.end() + 8) is None


def find_drug_use(ctx: Context) -> Sequence[Evidence]:
    """Using, growing or inviting others to take illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if DRUG_USE not in words or DRUGS not in words or GUARD in words or REPORT in words:
        return ()
    uses = ctx.matches(DRUG_USE)
    drugs = [m for m in ctx.matches(DRUGS) if close(m, uses)]
    return (evidence_over(ctx, drugs + uses, _USE_INVITED),) if drugs else ()


# Confidence levels (data/rules/unlawful.toml [levels]).
_INVITED_ACT: Final = "invited_act"
_USE_INVITED: Final = "use_invited"
LEVELS: Final = frozenset((_INVITED_ACT, _USE_INVITED))
