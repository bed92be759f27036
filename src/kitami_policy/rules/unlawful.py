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

Beyond single words, threats are read as families: a weapon carried to a place or a person
("刃物持って市役所に行く", unlawful_armed.txt), a vehicle rammed into a place, something done at
the addressee's home ("お前らの家に…してやろうか"), weapon emoji aimed at a person or place
(fold drops emoji, so they are read off the original), and romaji on an all-ASCII fold
("shichou wo korosu"). A phrase inside 「」 or followed by という is quoted, not made. Drugs
offered by emoji (❄️ 🍁 🌿) need a covert channel; a child with a lure (unlawful_minors.txt,
unlawful_lure.txt) is sexual solicitation; any "〇〇人" told to go home is hate by origin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Final

from kitami_policy.automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_THREAT: Final = "unlawful_threat"
_ARMED: Final = "unlawful_armed"
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
_MINORS: Final = "unlawful_minors"
_LURE: Final = "unlawful_lure"
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
_TARGET_ONLY: Final = frozenset(
    (
        "消す",
        "埋める",
        "沈める",
        "やっちまえ",
        "やっちゃえ",
        "撃つ",
        "消してやる",
        "消したる",
        "埋めてやる",
        "ぶっ飛ばす",
        "ぶっとばす",
        "吹っ飛ばす",
        "ぶっ飛ばします",
    )
)
# A resolve word right before the verb: a threat even without a named object.
_RESOLVE: Final = re.compile(
    r"(?:^|絶対|必ず|本気で|まじで|がちで|今から|いつか|全員|みんな|まとめて|一人残らず"
    r"|お前|おまえ|てめ|てめえ|貴様|きさま|お前ら|おまえら|てめえら|あいつ|こいつ|そいつ"
    r"|誰か|だれか|誰でも|だれでも|無差別に|片っ端から|ばあ|ばばあ|じい|じじい|くそ|糞|おっさん"
    r"|ばか|あほ|ぼけ|かす|くず|野郎"
    r"|会ったら|あったら|見かけたら|見つけたら|見つけ次第|出てきたら|来たら"
    r"|(?:包丁|ないふ|刃物|ばっと|はんまー|はんま|鉄ぱいぷ|銃|車|ほうちょう)で)(?:を|も|ら)?$"
)
# After the verb: the clause ends there ("市長を殺す。", "刺すから"), not "襲うクマ".
_CLAUSE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ|よ|ね|し(?!か)|w|草|かな|か|つもり|予定|日|って決め|べき|しか"
    r"|気|っ|で(?:す|しょ)|ま(?:す|しょ)|やろ|ど|ほかな|しかな|しかね)"
)
# After a threat phrase: it is named or quoted, not made ("天誅という言葉").
_MENTIONED: Final = re.compile(
    r"(?:という|といった|とか言|って言葉|なんて言葉|などと|と言う|と書|って書|とは|の意味)"
)
# After a weapon carried: a resolve or a destination ("包丁持って行くから待ってろ").
_ARMED_END: Final = re.compile(r"(?:行|い)?(?:く|き|っ)?(?:ぞ|からな|から待|て待|て行くぞ|てくぞ)")
# Why someone carries a knife or a bat for a good reason.
_ARMED_INNOCENT: Final = re.compile(
    r"練習|部活|試合|野球|料理|教室|研ぎ|講習|キャンプ|きゃんぷ|調理|買い"
)
# Waiting for someone somewhere, before the weapon ("会場で待ってるよ。金属バット持ってな").
_WAITING: Final = re.compile(r"待って(?:る|ろ|いる|います)|待ってるから|待ち伏せ")
_ARMED_GO: Final = re.compile(r"(?:行く|いく|行き|いき|行って|いって|来|乗り込|向か|突撃|押しかけ)")
# Drug slang rarely meant otherwise; with a second slang word and an offer, a drug sale.
_STRONG_SLANG: Final = frozenset(
    ("冷たいの", "冷たいやつ", "白い粉", "白いの", "上物", "ぶっ飛べる", "手押し")
)
# Right after a drug: it is on offer.
_IN_STOCK: Final = ("あります", "あるよ", "ある人", "入りました", "入荷")
# Emoji that stand for drugs in sales posts: snow (覚醒剤), leaves (大麻), pills.
_DRUG_EMOJI: Final = re.compile("[\u2744\U0001f341\U0001f33f\U0001f343\U0001f48a\U0001f489]")
# Something done at the addressee's home ("お前らの家にクマ放してやろうか"): a veiled threat.
_AT_YOUR_HOME: Final = re.compile(
    r"(?:お前|おまえ|てめえ|てめ|貴様|きさま|あんた)(?:ら|たち|達|ん)?(?:の|ん)?(?:家|自宅|実家|職場)"
    r"(?:に|へ|まで)[^、。]{0,14}?(?:てやる|てやろうか|たろか|たろうか|たるわ|たるから|に行くから"
    r"|行ったる|いったる|行ってやる|いってやる|ぞ)"
)
# Romaji threats, read on the all-ASCII fold (spaces gone, runs of one letter shortened).
_ROMAJI_THREAT: Final = re.compile(
    r"kor[o0]s(?:u|hi|i|e)|bukor|butkor|moyas(?:u|hi|i)|hiwotsuke|hiwotuke|hitsuke(?:ru|te)"
    r"|houka(?:su|shi|si)|bakuha(?:su|shi|si)|bakudan(?:wo)?(?:shikake|sikake|oi)"
    r"|(?:jin|zin)(?:wa|ha)?\w{0,12}(?:deteike|deteke|kaere|kuninikaere)"
    r"|nagur(?:u|ita)zo|sas(?:u|hi)zo|korosuzo|killyou|ilkil|kilyou"
)
# Weapon emoji: fold drops emoji, so they are read off the original text.
_WEAPON_EMOJI_CHARS: Final = ("\U0001f52a", "\U0001f5e1", "\U0001f52b", "\U0001f4a3", "\U0001f9e8")
_WEAPON_EMOJI: Final = re.compile("[" + "".join(_WEAPON_EMOJI_CHARS) + "]")
# The places a home threat is made at ("お前の家に…").
_HOMES: Final = frozenset(("家", "自宅"))
# A vehicle rammed into a place ("庁舎にトラックで突っ込む"), not a reported accident.
_RAM_PLACE: Final = re.compile(
    r"(?:に|へ)(?:車で|とらっくで|だんぷで|くるまで)?(?:突っ込|つっこ)"
    r"(?:む(?:ぞ|わ|から|つもり|予定|$)|んでやる|んだる|んだろ|みます|もう|んでく)"
)
# A bombing or a burning aimed at a place ("市役所を爆破", "センターに火をつける").
_BOMB_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:(?:爆破|ばくは|ばくぱ)(?!予告|事件|解体|しいん|しん|騒ぎ|未遂|され)"
    r"|(?:だいなまいとで|爆弾で|ばくだんで)?(?:吹っ飛ば|吹き飛ば|ふっとば|ふきとば)(?:す|して|そう)"
    r"|(?:何か|なにか|ある物|あるもの)を?(?:仕掛け|しかけ|置いて|おいて|設置し)"
    r"|(?:吹っ飛べ|ふっとべ|吹き飛べ|爆発しろ|爆発すれば)"
    r"|(?:爆弾|ばくだん)(?:$|を|だ|な|ね|よ|ぞ|w|落と|投げ|送))"
)
_BURN_PLACE: Final = re.compile(
    r"(?:を|に|ごと|も)?(?:火を?つけ|燃や(?:す(?!ごみ)|し|そう|せ)|放火(?:す|し)"
    r"|燃えれば|燃えろ|燃えちまえ|燃えてしまえ|燃えてなくなれ|全焼しろ|全焼すれば)"
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
# A people named by origin right before a demand ("〇〇人は", "なんとか人どもは全員").
_ORIGIN: Final = re.compile(
    r"(?:[ぁ-ゖ]{2,}|〇+|[\u4e00-\u9fff]{1,3}国)(?<!の)(?<!ご)人"
    r"(?:ども|共|たち|達|ら|の連中)?(?:は|って|なんか|なんて|も|が)?"
    r"(?:全員|みんな|皆|さっさと|とっとと|早く|はやく|今すぐ|すぐ|もう)*$"
)
# Demands that are ordinary between two people ("黙れ", "帰れよ"): not read as hate by origin.
_PERSONAL_ORDERS: Final = frozenset(("黙れ", "黙ってろ", "口出すな", "出しゃばるな", "家にいろ"))
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
    if m.term not in _TARGET_ONLY:
        for t in ctx.near(m.start - 12, m.start, _PLACES):
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
    if (
        _TARGETS not in words
        and _PLACES not in words
        and _THREAT not in words
        and _KILL not in words
        and _ARMED not in words
    ):
        return _romaji_threat(ctx) if ctx.folded.isascii() else ()
    if _REPORT in words:
        return ()
    found: list[Match[str]] = []
    if _THREAT in words or _KILL in words:
        found += [m for m in ctx.matches(_THREAT) if not _MENTIONED.match(ctx.folded, m.end)]
        found += [m for m in ctx.matches(_KILL) if _aimed_violence(ctx, m)]
    if _ARMED in words:
        found += [m for m in ctx.matches(_ARMED) if _armed_threat(ctx, m)]
    if _PLACES in words:
        if "突っ込" in ctx.folded or "つっこ" in ctx.folded:
            found += _aimed_at_place(ctx, _RAM_PLACE)
        for p in words[_PLACES]:
            if p.term in _HOMES and _AT_YOUR_HOME.search(
                ctx.folded, max(0, p.start - 9), p.end + 24
            ):
                found.append(p)
    if found and ("「" in ctx.text or "『" in ctx.text):
        found = [m for m in found if not _quoted(ctx, m)]
    if found:
        return (_spans(ctx, found),)
    return _emoji_threat(ctx)


def _quoted(ctx: Context, m: Match[str]) -> bool:
    """True when *m* stands inside 「」 or 『』: a threat quoted, reported or discussed."""
    span = ctx.span(m.start, m.end)
    text = ctx.text
    opening = max(text.rfind("「", 0, span.start), text.rfind("『", 0, span.start))
    if opening < 0:
        return False
    closing = max(text.rfind("」", 0, span.start), text.rfind("』", 0, span.start))
    return closing < opening and ("」" in text[span.end :] or "』" in text[span.end :])


def _romaji_threat(ctx: Context) -> Sequence[Evidence]:
    """Threats and hate written in romaji ("shichou wo korosu", "dete ike").

    The fold removes spaces, so romaji words touch and word-list terms stay silent; romaji
    comments are read here instead, on the folded text once it is all ASCII.
    """
    folded = ctx.folded
    hit = _ROMAJI_THREAT.search(folded)
    if hit is None:
        return ()
    return (Evidence(spans=(ctx.span(hit.start(), hit.end()),), confidence=0.75),)


def _armed_threat(ctx: Context, m: Match[str]) -> bool:
    """True when a weapon is carried to a place or person, or with a resolve after it."""
    folded = ctx.folded
    if _ARMED_END.match(folded, m.end):
        return True
    lo, hi = m.start - 20, m.end + 16
    if not ctx.near(lo, hi, _PLACES, _TARGETS) or _ARMED_INNOCENT.search(folded, max(0, lo), hi):
        return False
    return folded.startswith("って", m.end) or bool(
        _ARMED_GO.search(folded, m.end, m.end + 20) or _WAITING.search(folded, max(0, lo), m.start)
    )


def _emoji_threat(ctx: Context) -> Sequence[Evidence]:
    """Weapon emoji aimed at a person or place ("市長🔪🔪", "市役所💣")."""
    if _TARGETS not in ctx.words and _PLACES not in ctx.words:
        return ()
    text = ctx.text
    # A text without astral characters is stored narrow, where `in` fails at once: this
    # keeps the regular expression for the few comments that hold emoji.
    knife, dagger, gun, bomb, dynamite = _WEAPON_EMOJI_CHARS
    if not (knife in text or bomb in text or gun in text or dagger in text or dynamite in text):
        return ()
    hits = list(_WEAPON_EMOJI.finditer(text))
    if not hits:
        return ()
    aimed = [
        t
        for t in ctx.matches(_TARGETS, _PLACES)
        if any(0 <= h.start() - ctx.span(t.start, t.end).end <= 2 for h in hits)
    ]
    if not aimed and len(hits) < 3:
        return ()
    if not aimed:
        aimed = ctx.matches(_TARGETS, _PLACES)
    return (_spans(ctx, aimed, 0.7),)


def _aimed_at_place(ctx: Context, pattern: re.Pattern[str]) -> list[Match[str]]:
    return [p for p in ctx.matches(_PLACES) if pattern.match(ctx.folded, p.end)]


def _find_bomb_threats(ctx: Context) -> Sequence[Evidence]:
    """A bombing announced or threatened (禁止事項4(4); 威力業務妨害)."""
    words = ctx.words
    if _BOMB not in words and (_PLACES not in words or not _bombing(ctx.folded)):
        return ()
    if _REPORT in words:
        return ()
    found = [m for m in ctx.matches(_BOMB) if not _MENTIONED.match(ctx.folded, m.end)]
    if _PLACES in words and _bombing(ctx.folded):
        found += _aimed_at_place(ctx, _BOMB_PLACE)
    return (_spans(ctx, found),) if found else ()


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
    if _GUARD in words:
        return ()
    if _SALE not in words:
        return _drug_in_stock(ctx) if _DRUGS in words else ()
    if _DRUGS not in words and _DRUG_SLANG not in words:
        return _drug_emoji(ctx)
    sales = ctx.matches(_SALE)
    drugs = [m for m in ctx.matches(_DRUGS) if _close(m, sales)]
    if drugs:
        return (_spans(ctx, drugs),)
    if _SECRET in words:
        slang = [m for m in ctx.matches(_DRUG_SLANG) if _close(m, sales)]
        if slang:
            return (_spans(ctx, slang, 0.8),)
    slang = ctx.matches(_DRUG_SLANG)
    if len({m.term for m in slang}) >= 2 and any(m.term in _STRONG_SLANG for m in slang):
        return (_spans(ctx, slang, 0.75),)
    return _drug_emoji(ctx)


def _drug_in_stock(ctx: Context) -> Sequence[Evidence]:
    """A drug named and said to be in stock right after it ("MDMAあります", "大麻あるよ")."""
    folded = ctx.folded
    found = [m for m in ctx.matches(_DRUGS) if folded.startswith(_IN_STOCK, m.end)]
    return (_spans(ctx, found, 0.8),) if found else ()


def _drug_emoji(ctx: Context) -> Sequence[Evidence]:
    """Drugs named by emoji (❄️ 🍁 🌿 💊) and offered with a covert channel or several kinds."""
    found = _DRUG_EMOJI.findall(ctx.text)
    if not found or (_SECRET not in ctx.words and len(set(found)) < 2):
        return ()
    return (_spans(ctx, ctx.matches(_SALE), 0.75),)


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
    if (_OBSCENE not in words and _OBSCENE_KATA not in words and _LURE not in words) or (
        _REPORT in words
    ):
        return ()
    folded = ctx.folded
    if _LURE in words and _MINORS in words:
        return (_spans(ctx, ctx.matches(_MINORS, _LURE, _OBSCENE), 0.8),)
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


def _origin_told_to_leave(ctx: Context) -> Sequence[Evidence]:
    """A people named by any origin told to leave or die ("〇〇人は国に帰れ")."""
    folded = ctx.folded
    kept: list[Match[str]] = []
    for p in ctx.matches(_HATE):
        if p.term in _PERSONAL_ORDERS or _DENIED.match(folded, p.end):
            continue
        if _ORIGIN.search(folded, max(0, p.start - 16), p.start):
            kept.append(p)
    return (_spans(ctx, kept, 0.75),) if kept else ()


def _find_hate(ctx: Context) -> Sequence[Evidence]:
    """Hate speech against a group by origin, race, disability, gender (禁止事項4(4))."""
    words = ctx.words
    if _HATE_GUARD in words:
        return ()
    if _GROUPS not in words and _SLURS not in words and _HATE_PHRASES not in words:
        return _origin_told_to_leave(ctx) if _HATE in words else ()
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
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Threat words, a weapon carried, a place rammed or a home named; weapon emoji need a target
    # or a place (emoji have no signal, so targets stay); romaji threats on an all-ASCII fold
    # need letters.
    "law.threat": Trigger(words={_TARGETS, _PLACES, _THREAT, _KILL, _ARMED}, signals={"latin"}),
    "law.bomb_threat": Trigger(words={_BOMB, _PLACES}),
    "law.arson": Trigger(words={_ARSON, _PLACES}),
    # Recruiting fires only on a criminal job with a recruit or secret word: the job suffices.
    "law.crime_solicitation": Trigger(words={_INCITE, _ACCOUNT_TRADE, _FRAUD_JOBS}),
    # A drug in stock, or anything on sale (slang and emoji offers need the sale word).
    "law.drug_sale": Trigger(words={_DRUGS, _SALE}),
    # The rest need two lists each; the rarer one is named.
    "law.drug_use": Trigger(words={_DRUGS}),
    "law.contraband_sale": Trigger(words={_CONTRABAND}),
    "law.weapon_sale": Trigger(words={_WEAPONS}),
    "law.forgery_sale": Trigger(words={_FORGERY}),
    # A lure fires only with a minor named: the lure suffices.
    "law.obscene": Trigger(words={_OBSCENE, _OBSCENE_KATA, _LURE}),
    # A slur, a hate phrase, an origin told to leave (a hate word), or labels, weak or
    # exclusion words said of a group: those need the group, which suffices.
    "law.hate": Trigger(words={_HATE, _SLURS, _HATE_PHRASES, _GROUPS}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _THREAT,
    _ARMED,
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
    _MINORS,
    _LURE,
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
