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
- ``law.drug_use``: using, growing or inviting others to take an illegal drug ("大麻吸おうぜ").
- ``law.contraband_sale``: poached game or stolen goods offered (密猟したエゾシカ肉、売ります).
- ``law.obscene``: sexual content and boasts of sexual crimes.
- ``law.hate``: a group by origin or trait told to leave, called vermin or criminals, or
  named by a slur. A slur is also 4-2 (rules/defamation.py reads the same slur list).

Verbs of violence count in every conjugation and register (殺したる, ぶっ〇す, 刺そう), aimed
at a named person, at anything taken as their object (田中を刺す; pests, breath and the town
aside) or after a resolve ("今度会ったら刺す"). A comment that reports or quotes a threat, or
warns against a crime, is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
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
_ACCOUNT_TRADE: Final = "unlawful_account_trade"
_CONTRABAND: Final = "unlawful_contraband"
_HATE_EXCLUDE: Final = "unlawful_hate_exclude"
_GUARD: Final = "unlawful_guard"
_DRUGS: Final = "unlawful_drugs"
_DRUG_SLANG: Final = "unlawful_drug_slang"
_DRUG_USE: Final = "unlawful_drug_use"
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

# Between a person and the verb of violence aimed at them ("係長を絶対", "市長まじで", "市長、").
_OBJECT: Final = re.compile(
    r"(?:さん|ども|ら|たち|達|全員|みんな|の野郎|のやつ|の奴)?(?:を|も|なんか|は)?"
    r"(?:絶対|必ず|まじで|まじ|本気で|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|絶対に|必ずや|今度|次|明日|いつか必ず)?"
)
# Anything as the object of the verb ("田中を刺す", "あの店主をぶん殴る"); pests, breath and
# the town are set aside by unlawful_nonhuman.txt.
_ANY_OBJECT: Final = re.compile(
    r"を(?:絶対|必ず|まじで|まじ|本気で|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|絶対に|今度|次|明日)?$"
)
# Verbs that are threats only with a person named: 消す, 埋める take any object.
_TARGET_ONLY: Final = frozenset(("消す", "埋める", "沈める", "やっちまえ", "やっちゃえ", "撃つ"))
# A resolve word right before the verb: a threat even without a named object.
_RESOLVE: Final = re.compile(
    r"(?:^|絶対|必ず|本気で|まじで|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|お前|おまえ|てめ|てめえ|貴様|きさま|お前ら|おまえら|てめえら|あいつ|こいつ|そいつ"
    r"|会ったら|あったら|見かけたら|見つけたら|見つけ次第|出てきたら|来たら"
    r"|(?:包丁|ナイフ|刃物|バット|ハンマー|鉄パイプ|銃|車|ほうちょう|ないふ)で)(?:を|も|ら)?$"
)
# After the verb: the clause ends there ("市長を殺す。", "刺すから"), not "襲うクマ".
_CLAUSE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ|よ|ね|し(?!か)|w|草|かな|か|つもり|予定|日|って決め|べき|しか"
    r"|気|っ|で(?:す|しょ)|ま(?:す|しょ)|やろ|ど|ほかな|しかな|しかね)"
)
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
# After a label said of a group: the clause ends ("外国人はゴキブリだ"), not "犬を連れて".
_LABEL_END: Final = re.compile(
    r"(?:$|[だやでじ]|ども|共|ばっか|ばかり|以下|同然|と同じ|みたい|そのもの|確定|集団|の集"
    r"|w|草|しか|か|揃い|扱い|ばかり|ばっか|だらけ|って|すぎ|過ぎ|に(?:しか|決ま))"
)
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


# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.


def _spans(
    ctx: Context, matches: Sequence[Match[str]], confidence: float | None = None
) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), confidence=confidence)


def _aimed_violence(ctx: Context, m: Match[str]) -> bool:
    """True when a verb of violence is aimed at a person, not at pests, breath or an umbrella."""
    folded = ctx.folded
    if _CLAUSE_END.match(folded, m.end) is None and not _ends_in_separator(ctx, m):
        return False
    if m.term == "〇す" and folded[m.end : m.end + 1] in _NOT_AFTER_MARU:
        return False
    for n in ctx.near(m.start - 16, m.start, _NONHUMAN):
        if n.end <= m.start and _OBJECT.fullmatch(folded, n.end, m.start):
            return False
    if _RESOLVE.search(folded, max(0, m.start - 8), m.start):
        return True
    for t in ctx.near(m.start - 24, m.start, _TARGETS, _GROUPS):
        if t.end <= m.start and _OBJECT.fullmatch(folded, t.end, m.start):
            return True
    return m.term not in _TARGET_ONLY and (
        _ANY_OBJECT.search(folded, max(0, m.start - 8), m.start) is not None
    )


def _ends_in_separator(ctx: Context, m: Match[str]) -> bool:
    """True when punctuation, a space or a symbol follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and unicodedata.category(ctx.text[end])[0] in "PZS"


def _find_threats(ctx: Context) -> Sequence[Evidence]:
    """Threats and incitement to violence (禁止事項4(4); 脅迫)."""
    words = ctx.words
    if (_THREAT not in words and _KILL not in words) or _REPORT in words:
        return ()
    found = ctx.matches(_THREAT)
    found += [m for m in ctx.matches(_KILL) if _aimed_violence(ctx, m)]
    return (_spans(ctx, found),) if found else ()


def _aimed_at_place(ctx: Context, pattern: re.Pattern[str]) -> list[Match[str]]:
    return [p for p in ctx.matches(_PLACES) if pattern.match(ctx.folded, p.end)]


def _find_bomb_threats(ctx: Context) -> Sequence[Evidence]:
    """A bombing announced or threatened (禁止事項4(4); 威力業務妨害)."""
    words = ctx.words
    if _BOMB not in words and (
        _PLACES not in words or ("爆破" not in ctx.folded and "ばく" not in ctx.folded)
    ):
        return ()
    if _REPORT in words:
        return ()
    found = ctx.matches(_BOMB)
    if _PLACES in words and ("爆破" in ctx.folded or "ばく" in ctx.folded):
        found += _aimed_at_place(ctx, _BOMB_PLACE)
    return (_spans(ctx, found),) if found else ()


def _burning(folded: str) -> bool:
    return "火" in folded or "燃や" in folded or "放火" in folded


def _find_arson(ctx: Context) -> Sequence[Evidence]:
    """A burning threatened (禁止事項4(4); 脅迫, 威力業務妨害)."""
    words = ctx.words
    if _ARSON not in words and (_PLACES not in words or not _burning(ctx.folded)):
        return ()
    if _REPORT in words:
        return ()
    found = ctx.matches(_ARSON)
    if _PLACES in words and _burning(ctx.folded):
        found += _aimed_at_place(ctx, _BURN_PLACE)
    return (_spans(ctx, found),) if found else ()


def _find_crime_solicitation(ctx: Context) -> Sequence[Evidence]:
    """Recruiting for criminal jobs and inciting crimes (禁止事項4(4))."""
    words = ctx.words
    if (_FRAUD_JOBS not in words and _INCITE not in words and _ACCOUNT_TRADE not in words) or (
        _GUARD in words
    ):
        return ()
    found: list[Evidence] = []
    if _INCITE in words or _ACCOUNT_TRADE in words:
        found.append(_spans(ctx, ctx.matches(_INCITE, _ACCOUNT_TRADE)))
    if _FRAUD_JOBS in words and (_RECRUIT in words or _SECRET in words):
        found.append(_spans(ctx, ctx.matches(_FRAUD_JOBS)))
    return found


def _close(m: Match[str], others: Sequence[Match[str]]) -> bool:
    """True when one of *others* is within a clause's reach of *m* ("大麻...売ります")."""
    return any(-_SALE_REACH <= o.start - m.end <= _SALE_REACH for o in others)


def _find_drug_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering or seeking illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if _SALE not in words or (_DRUGS not in words and _DRUG_SLANG not in words) or _GUARD in words:
        return ()
    sales = ctx.matches(_SALE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, sales)]
    if drugs:
        return (_spans(ctx, drugs),)
    if _SECRET in words:
        slang = [m for m in ctx.matches(_DRUG_SLANG) if _close(m, sales)]
        if slang:
            return (_spans(ctx, slang, 0.8),)
    return ()


def _find_drug_use(ctx: Context) -> Sequence[Evidence]:
    """Using, growing or inviting others to take illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if _DRUG_USE not in words or _DRUGS not in words or _GUARD in words or _REPORT in words:
        return ()
    uses = ctx.matches(_DRUG_USE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, uses)]
    return (_spans(ctx, drugs + uses, 0.8),) if drugs else ()


def _find_contraband_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering poached game or stolen goods (禁止事項4(4))."""
    words = ctx.words
    if _CONTRABAND not in words or _SALE not in words or _GUARD in words or _REPORT in words:
        return ()
    sales = ctx.matches(_SALE)
    goods = [m for m in ctx.matches(_CONTRABAND) if _close(m, sales)]
    return (_spans(ctx, goods),) if goods else ()


def _find_weapon_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering guns and other weapons outside the licence system (禁止事項4(4))."""
    words = ctx.words
    if _WEAPONS not in words or _GUARD in words or _SALE not in words:
        return ()
    weapons = ctx.matches(_WEAPONS)
    if _SECRET in words or any(w.term != "銃" for w in weapons):
        return (_spans(ctx, weapons),)
    return ()


def _find_forgery_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering forged documents or money (禁止事項4(4))."""
    words = ctx.words
    if _FORGERY not in words or _SALE not in words or _GUARD in words:
        return ()
    if _DOCUMENTS in words or any(m.term != "偽造" for m in ctx.matches(_FORGERY)):
        return (_spans(ctx, ctx.matches(_FORGERY)),)
    return ()


def _find_obscene(ctx: Context) -> Sequence[Evidence]:
    """Obscene or sexual content (禁止事項4(4); 公序良俗)."""
    words = ctx.words
    if (_OBSCENE not in words and _OBSCENE_KATA not in words) or _REPORT in words:
        return ()
    folded = ctx.folded
    # ちんこ hides in パチンコ, which another family reports: an allowed word cannot shield it.
    found = [
        m
        for m in ctx.matches(_OBSCENE)
        if m.term != "ちんこ" or folded[m.start - 1 : m.start] != "ぱ"
    ]
    for m in ctx.matches(_OBSCENE_KATA):
        span = ctx.span(m.start, m.end)
        if _KATAKANA.search(ctx.text, span.start, span.end):
            found.append(m)
    return (_spans(ctx, found),) if found else ()


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
        if _LABEL_END.match(folded, p.end) is None and not _ends_in_separator(ctx, p):
            continue
        for g in groups:
            if g.end <= p.start and _LABELLED.fullmatch(folded, g.end, p.start):
                kept.extend((g, p))
                break
    return kept


def _find_hate(ctx: Context) -> Sequence[Evidence]:
    """Hate speech against a group by origin, race, disability, gender (禁止事項4(4))."""
    words = ctx.words
    if (_GROUPS not in words and _SLURS not in words and _HATE_PHRASES not in words) or (
        _HATE_GUARD in words
    ):
        return ()
    found: list[Evidence] = []
    if _SLURS in words or _HATE_PHRASES in words:
        found.append(_spans(ctx, ctx.matches(_SLURS, _HATE_PHRASES)))
    if _GROUPS not in words:
        return found
    groups = ctx.matches(_GROUPS)
    strong = _near_group(ctx, ctx.matches(_HATE), groups, _HATE_WINDOW)
    strong += _called(ctx, ctx.matches(_HATE_LABELS), groups)
    if strong:
        found.append(_spans(ctx, strong))
        return found
    policy = {m.term for m in ctx.matches(_POLICY_GROUPS)}
    traits = [g for g in groups if g.term not in policy]
    weak = _near_group(ctx, ctx.matches(_HATE_WEAK), traits, _WEAK_WINDOW, before=-1)
    weak += _near_group(ctx, ctx.matches(_HATE_EXCLUDE), groups, _HATE_WINDOW, before=-1)
    if weak:
        found.append(_spans(ctx, weak, 0.65))
    return found


DETECTORS: Final[Mapping[str, Detector]] = {
    "law.threat": _find_threats,
    "law.bomb_threat": _find_bomb_threats,
    "law.arson": _find_arson,
    "law.crime_solicitation": _find_crime_solicitation,
    "law.drug_sale": _find_drug_sale,
    "law.drug_use": _find_drug_use,
    "law.contraband_sale": _find_contraband_sale,
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
    _ACCOUNT_TRADE,
    _CONTRABAND,
    _HATE_EXCLUDE,
    _GUARD,
    _DRUGS,
    _DRUG_SLANG,
    _DRUG_USE,
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
