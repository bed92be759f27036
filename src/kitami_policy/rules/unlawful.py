"""Clause 4-4: 法令や公序良俗に反するもの (against the law or public order and morals).

CLAUSES.md reads 4-4 as threats and incitement to violence (殺す, 爆破する, 放火), crime
solicitation and the sale of illegal things (drugs, weapons, fake IDs), obscene or sexual
content, and discrimination and hate speech against a group by origin, race, disability,
gender, etc. It does NOT cover legal but unpopular opinions ("移民政策には反対"), or reporting
a crime ("看板が壊されていました", "殺すぞと言われました"); nor the traps 殺菌, 殺虫, 殺到,
死ぬほど美味しい, 爆発的な人気, 爆弾低気圧, 燃やすゴミ, ストーブに火をつける, 害虫を殺す.

Rules, each with the law a police report would cite (data/rules/unlawful.toml):

- ``law.threat``: threats of violence (殺してやる, ぶん殴る, 夜道に気をつけろ) and verbs of
  violence aimed at a person ("係長を絶対ころす", "市長をさす"); 脅迫 (Penal Code art. 222).
- ``law.bomb_threat``: a bombing announced against a place; 威力業務妨害 (art. 234).
- ``law.arson``: a burning threatened ("市役所に火をつける", "燃やしてやる").
- ``law.crime_solicitation``: recruiting for criminal jobs (闇バイト, 受け子, 口座売買) and
  inciting crimes (空き巣のチャンス, 飲酒運転余裕).
- ``law.drug_sale``, ``law.weapon_sale``, ``law.forgery_sale``: offering drugs, guns or forged
  documents. Selling is also 4-6, which the advertising family adds.
- ``law.obscene``: sexual content and boasts of sexual crimes.
- ``law.hate``: a group by origin or trait told to leave, called vermin or criminals, or
  named by a slur. A slur is also 4-2 (rules/defamation.py reads the same slur list).

A comment that reports or quotes a threat, or warns against a crime, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from kitami_policy.automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence

__all__ = ["ALLOWED_LISTS", "DETECTORS", "WORD_LISTS"]

_THREAT: Final = "unlawful_threat"
_KILL: Final = "unlawful_kill"
_NONHUMAN: Final = "unlawful_nonhuman"
_BOMB: Final = "unlawful_bomb"
_ARSON: Final = "unlawful_arson"
_PLACES: Final = "unlawful_places"
_REPORT: Final = "unlawful_report"
_INCITE: Final = "unlawful_incite"
_FRAUD_JOBS: Final = "unlawful_fraud_jobs"
_RECRUIT: Final = "unlawful_recruit"
_GUARD: Final = "unlawful_guard"
_DRUGS: Final = "unlawful_drugs"
_DRUG_SLANG: Final = "unlawful_drug_slang"
_SECRET: Final = "unlawful_secret"
_SALE: Final = "unlawful_sale"
_WEAPONS: Final = "unlawful_weapons"
_FORGERY: Final = "unlawful_forgery"
_DOCUMENTS: Final = "unlawful_documents"
_OBSCENE: Final = "unlawful_obscene"
_OBSCENE_KATA: Final = "unlawful_obscene_kata"
_GROUPS: Final = "unlawful_groups"
_POLICY_GROUPS: Final = "unlawful_policy_groups"
_HATE: Final = "unlawful_hate"
_HATE_WEAK: Final = "unlawful_hate_weak"
_HATE_LABELS: Final = "unlawful_hate_labels"
_HATE_GUARD: Final = "unlawful_hate_guard"
_HATE_PHRASES: Final = "unlawful_hate_phrases"
_SLURS: Final = "unlawful_slurs"
# Owned by the same author (rules/defamation.py): the people a threat can be aimed at.
_TARGETS: Final = "defamation_targets"

# Between a person and the verb of violence aimed at them ("係長を絶対", "市長をまじで").
_OBJECT: Final = re.compile(
    r"(?:さん|ども|ら|たち|達|全員|みんな|の野郎|のやつ|の奴)?(?:を|も|なんか)"
    r"(?:絶対|必ず|まじで|まじ|本気で|がちで|今から|いつか|全員|みんな|まとめて|一人残らず)?"
)
# A resolve word right before the verb: a threat even without a named object.
_RESOLVE: Final = re.compile(
    r"(?:^|絶対|必ず|本気で|まじで|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|お前|おまえ|てめ|てめえ|貴様|きさま"
    r"|(?:包丁|ナイフ|刃物|バット|ハンマー|鉄パイプ|銃|車)で)(?:を|も)?$"
)
# After the verb: the clause ends there ("市長を殺す。", "刺すから"), not "襲うクマ".
_CLAUSE_END: Final = re.compile(r"(?:$|ぞ|から|わ|よ|ね|し|w|草|かな|か|つもり|予定|日|って決め)")
# A bombing or a burning aimed at a place ("市役所を爆破", "センターに火をつける").
_BOMB_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:爆破|ばくは|ばくぱ)(?!予告|事件|解体|しいん|しん|騒ぎ|未遂|され)"
)
_BURN_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:火を?つけ|燃や(?:す(?!ごみ)|し|そう|せ)|放火(?:す|し))"
)
# After a hate predicate: it is denied or reported, not asserted.
_DENIED: Final = re.compile(
    r"(?:では|じゃ)(?:ない|ありません|なく)|とは限らない|扱い|呼ばわり|と言う|という|なんて言|って言"
)
_KATAKANA: Final = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")
_NOT_AFTER_MARU: Final = frozenset("るれらり")
# How close a group and what is said of it must be, in folded characters.
_HATE_WINDOW: Final = 24
_WEAK_WINDOW: Final = 8
# How far an offer may stand from the drug it offers ("大麻を外国人観光客に売る").
_SALE_REACH: Final = 16
# Between a group and the label said of it ("外国人は", "在日の連中はみんな", "障害者は社会の").
_LABELLED: Final = re.compile(
    r"(?:ども|共|たち|達|ら|の連中|の奴ら|のやつら)?(?:は|って|なんて|なんか|が|も)?"
    r"(?:全員|みんな|皆|所詮|しょせん|ただの|ほぼ|大体|だいたい|ほとんど|どうせ|本当に|ほんと"
    r"|まじで|結局|やっぱり|揃って|社会の|日本の|この国の|国の|ただの)*"
)


# Early-out gates: a detector returns at once unless one of these lists matched.
_THREAT_GATE: Final = frozenset((_THREAT, _KILL))
_SOLICIT_GATE: Final = frozenset((_FRAUD_JOBS, _INCITE))
_DRUG_GATE: Final = frozenset((_DRUGS, _DRUG_SLANG))
_OBSCENE_GATE: Final = frozenset((_OBSCENE, _OBSCENE_KATA))
_HATE_GATE: Final = frozenset((_SLURS, _GROUPS, _HATE_PHRASES))


def _spans(
    ctx: Context, matches: Sequence[Match[str]], confidence: float | None = None
) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), confidence=confidence)


def _aimed_violence(ctx: Context, m: Match[str]) -> bool:
    """True when a verb of violence is aimed at a person, not at pests, breath or an umbrella."""
    folded = ctx.folded
    if _CLAUSE_END.match(folded, m.end) is None:
        return False
    if m.term == "〇す" and folded[m.end : m.end + 1] in _NOT_AFTER_MARU:
        return False
    if any(m.start - 8 <= n.end <= m.start for n in ctx.matches(_NONHUMAN)):
        return False
    if _RESOLVE.search(folded, max(0, m.start - 8), m.start):
        return True
    return any(
        t.end <= m.start and _OBJECT.fullmatch(folded, t.end, m.start)
        for t in ctx.matches(_TARGETS, _GROUPS)
    )


def _find_threats(ctx: Context) -> Iterator[Evidence]:
    """Threats and incitement to violence (禁止事項4(4); 脅迫)."""
    if _THREAT_GATE.isdisjoint(ctx.words) or _REPORT in ctx.words:
        return
    found = ctx.matches(_THREAT)
    found += [m for m in ctx.matches(_KILL) if _aimed_violence(ctx, m)]
    if found:
        yield _spans(ctx, found)


def _aimed_at_place(ctx: Context, pattern: re.Pattern[str]) -> list[Match[str]]:
    return [p for p in ctx.matches(_PLACES) if pattern.match(ctx.folded, p.end)]


def _find_bomb_threats(ctx: Context) -> Iterator[Evidence]:
    """A bombing announced or threatened (禁止事項4(4); 威力業務妨害)."""
    if (_BOMB not in ctx.words and _PLACES not in ctx.words) or _REPORT in ctx.words:
        return
    found = ctx.matches(_BOMB)
    if ctx.has(_PLACES) and ("爆破" in ctx.folded or "ばく" in ctx.folded):
        found += _aimed_at_place(ctx, _BOMB_PLACE)
    if found:
        yield _spans(ctx, found)


def _find_arson(ctx: Context) -> Iterator[Evidence]:
    """A burning threatened (禁止事項4(4); 脅迫, 威力業務妨害)."""
    if (_ARSON not in ctx.words and _PLACES not in ctx.words) or _REPORT in ctx.words:
        return
    found = ctx.matches(_ARSON)
    if ctx.has(_PLACES) and ("火" in ctx.folded or "燃や" in ctx.folded or "放火" in ctx.folded):
        found += _aimed_at_place(ctx, _BURN_PLACE)
    if found:
        yield _spans(ctx, found)


def _find_crime_solicitation(ctx: Context) -> Iterator[Evidence]:
    """Recruiting for criminal jobs and inciting crimes (禁止事項4(4))."""
    if _SOLICIT_GATE.isdisjoint(ctx.words) or _GUARD in ctx.words:
        return
    if ctx.has(_INCITE):
        yield _spans(ctx, ctx.matches(_INCITE))
    if ctx.has(_FRAUD_JOBS) and ctx.has(_RECRUIT):
        yield _spans(ctx, ctx.matches(_FRAUD_JOBS))


def _close(m: Match[str], others: Sequence[Match[str]]) -> bool:
    """True when one of *others* is within a clause's reach of *m* ("大麻...売ります")."""
    return any(-_SALE_REACH <= o.start - m.end <= _SALE_REACH for o in others)


def _find_drug_sale(ctx: Context) -> Iterator[Evidence]:
    """Offering or seeking illegal drugs (禁止事項4(4))."""
    if _DRUG_GATE.isdisjoint(ctx.words) or _SALE not in ctx.words or _GUARD in ctx.words:
        return
    sales = ctx.matches(_SALE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, sales)]
    if drugs:
        yield _spans(ctx, drugs)
    elif _SECRET in ctx.words:
        slang = [m for m in ctx.matches(_DRUG_SLANG) if _close(m, sales)]
        if slang:
            yield _spans(ctx, slang, 0.8)


def _find_weapon_sale(ctx: Context) -> Iterator[Evidence]:
    """Offering guns and other weapons outside the licence system (禁止事項4(4))."""
    if _WEAPONS not in ctx.words or _GUARD in ctx.words:
        return
    weapons = ctx.matches(_WEAPONS)
    explicit = [w for w in weapons if w.term != "銃"]
    if (explicit and ctx.has(_SALE)) or (ctx.has(_SECRET) and ctx.has(_SALE)):
        yield _spans(ctx, weapons)


def _find_forgery_sale(ctx: Context) -> Iterator[Evidence]:
    """Offering forged documents or money (禁止事項4(4))."""
    if _FORGERY not in ctx.words or _SALE not in ctx.words or _GUARD in ctx.words:
        return
    if ctx.has(_DOCUMENTS) or any(m.term != "偽造" for m in ctx.matches(_FORGERY)):
        yield _spans(ctx, ctx.matches(_FORGERY))


def _find_obscene(ctx: Context) -> Iterator[Evidence]:
    """Obscene or sexual content (禁止事項4(4); 公序良俗)."""
    if _OBSCENE_GATE.isdisjoint(ctx.words) or _REPORT in ctx.words:
        return
    found = ctx.matches(_OBSCENE)
    for m in ctx.matches(_OBSCENE_KATA):
        span = ctx.span(m.start, m.end)
        if _KATAKANA.search(ctx.text, span.start, span.end):
            found.append(m)
    if found:
        yield _spans(ctx, found)


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
        for g in groups:
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
        for g in groups:
            if g.end <= p.start and _LABELLED.fullmatch(folded, g.end, p.start):
                kept.extend((g, p))
                break
    return kept


def _find_hate(ctx: Context) -> Iterator[Evidence]:
    """Hate speech against a group by origin, race, disability, gender (禁止事項4(4))."""
    if _HATE_GATE.isdisjoint(ctx.words) or _HATE_GUARD in ctx.words:
        return
    if ctx.has(_SLURS, _HATE_PHRASES):
        yield _spans(ctx, ctx.matches(_SLURS, _HATE_PHRASES))
    if _GROUPS not in ctx.words:
        return
    groups = ctx.matches(_GROUPS)
    strong = _near_group(ctx, ctx.matches(_HATE), groups, _HATE_WINDOW)
    strong += _called(ctx, ctx.matches(_HATE_LABELS), groups)
    if strong:
        yield _spans(ctx, strong)
        return
    policy = {m.term for m in ctx.matches(_POLICY_GROUPS)}
    traits = [g for g in groups if g.term not in policy]
    weak = _near_group(ctx, ctx.matches(_HATE_WEAK), traits, _WEAK_WINDOW, before=-1)
    if weak:
        yield _spans(ctx, weak, 0.65)


DETECTORS: Final[Mapping[str, Detector]] = {
    "law.threat": _find_threats,
    "law.bomb_threat": _find_bomb_threats,
    "law.arson": _find_arson,
    "law.crime_solicitation": _find_crime_solicitation,
    "law.drug_sale": _find_drug_sale,
    "law.weapon_sale": _find_weapon_sale,
    "law.forgery_sale": _find_forgery_sale,
    "law.obscene": _find_obscene,
    "law.hate": _find_hate,
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _THREAT,
    _KILL,
    _NONHUMAN,
    _BOMB,
    _ARSON,
    _PLACES,
    _REPORT,
    _INCITE,
    _FRAUD_JOBS,
    _RECRUIT,
    _GUARD,
    _DRUGS,
    _DRUG_SLANG,
    _SECRET,
    _SALE,
    _WEAPONS,
    _FORGERY,
    _DOCUMENTS,
    _OBSCENE,
    _OBSCENE_KATA,
    _GROUPS,
    _POLICY_GROUPS,
    _HATE,
    _HATE_WEAK,
    _HATE_LABELS,
    _HATE_GUARD,
    _HATE_PHRASES,
    _SLURS,
    _TARGETS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("unlawful_allowed",)
