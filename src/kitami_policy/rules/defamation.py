"""Clause 4-2: 本市又は第三者の名誉、信用を傷つけ、誹謗中傷するもの (defamation and insults).

CLAUSES.md reads 4-2 as insults, slurs and contempt aimed at the city, its staff, the mayor or
any person or group (無能, 税金泥棒, バカ, 死ね, ゴミ, キモい), and unfounded accusations of crime
or corruption stated as fact. It does NOT cover reasoned criticism and complaints however blunt
("除雪が遅すぎます。改善してください"), disagreement, or sarcasm without insult: hiding those is
the worst error this library can make, so every word with an innocent reading needs context.

Three rules:

- ``abuse.insult``: words that are contempt wherever they stand (税金泥棒, 無能, クズ), and words
  that are contempt only when *aimed* (バカ, ゴミ, ボケ): a target right before them joined by a
  particle ("市長はバカ", "職員ってゴミだな"), a target right after ("バカ市長"), or the insult
  as the whole comment ("バカか") or as a sentence of its own ("黙ってろ、カス"). ゴミ aimed at
  the city's affairs ("対応がゴミ") asks for review; 駆除しろ takes its person as an object.
  Group slurs (unlawful_slurs.txt) are insults too: hate speech with an explicit slur is 4-2 as
  well as 4-4 ("Where clauses meet").
- ``abuse.death_wish``: 死ね and its spellings (氏ね, ﾀﾋね, 4ね, ｼﾈ, ＳＨＩＮＥ), くたばれ, 消えろ.
  Kana しね also occurs in ordinary Japanese (楽しいしね, むかしね, シネマ), so it counts only
  standing apart from the words before it or right after a target ("全員ｼﾈ").
- ``abuse.accusation``: a crime or corruption (賄賂, 横領, 裏金, 中抜き) pinned on a target and
  asserted, with no question, doubt or request to investigate; a claim of fact ("これは事実",
  "もらっている") makes it surer.
  Whether the claim is true cannot be known here, so findings are weak and ask for review.

Insults are also read turned round ("なまらバカだべ、この役所"), as a sentence of their own
after a person was named ("…税金使うな、生きてる価値ない"), and in romaji at a person ("baka
shichou") on an all-ASCII fold; an insult followed by とか言う / という is mentioned, not said.

Contempt is read as families too: for the mind, learning or worth (頭悪そう, 学のない,
のーみそ空っぽ, 国の犬), joined to a person past a comparison ("魚より頭悪そう") or a
qualifier ("学のない荒くれ者ばっかり"); an insult noun made a face ("間ヌケ面") or put in its
place ("ぶすのくせに"); and a person named by an occupation the target list lacks (a compound
ending in 員, 師, 士, 者, 官 or 係: "あの飼育員"). Words that are complaints of things
(汚い, 不潔, 病気) insult only a group by origin or trait ("同性愛者の血は汚い").

Repeated insults are 4-2 each time; flooding (4-7) is the terms-of-use family's business.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_INSULTS: Final = "defamation_insults"
_AIMED: Final = "defamation_aimed"
_TARGETS: Final = "defamation_targets"
_WORKS: Final = "defamation_works"
_AFFAIRS: Final = "defamation_affairs"
_DEATH: Final = "defamation_death"
_DEATH_KANA: Final = "defamation_death_kana"
_CRIMES: Final = "defamation_crimes"
_FACTS: Final = "defamation_facts"
_HEDGES: Final = "defamation_hedges"
_KATA: Final = "defamation_kata"
# Owned by the same author as this module (see rules/unlawful.py): groups by origin or trait
# are targets too, and group slurs are insults as well as hate speech.
_GROUPS: Final = "unlawful_groups"
_SLURS: Final = "unlawful_slurs"

# Insults that are also everyday words for rubbish: never compounded with what follows
# (ゴミ担当, ゴミの職員 are the rubbish service), only predicated of a target.
_NO_COMPOUND: Final = frozenset(("ごみ", "かす", "gomi", "kasu"))
# After a target, these particles make ゴミ the thing handled ("職員がゴミを", "家のゴミ").
_GARBAGE_CASES: Final = frozenset("のがもを")
# Death wishes that are also said to snow, pain or a virus ("雪よ消えろ").
_SAID_TO_THINGS: Final = frozenset((
    "消えろ", "きえろ", "くたばれ", "消え失せろ", "消えうせろ", "いなくなれ", "居なくなれ",
    "消えてくれ", "消えてしまえ", "消えちまえ", "潰れちまえ", "潰れてしまえ", "潰れろ",
    "流されちまえ", "流されてしまえ", "滅びろ", "滅べ", "消滅しろ", "この世から消えろ",
))  # fmt: skip
# Insults that take their target as an object or indirect object ("市長を駆除しろ",
# "市長には消えてほしい"), not only as a subject.
_OBJECT_OK: Final = frozenset((
    "駆除しろ", "駆除すべき", "駆除して", "駆除せよ", "抹殺しろ", "間引け",
    "消えてほしい", "消えて欲しい", "いなくなってほしい", "いなくなって欲しい",
))  # fmt: skip
_OBJECT_GAP: Final = re.compile(
    r"(?:さん|ども|ら|たち|達)?(?:を|には|に|は|も)(?:早く|さっさと|まとめて|全員)?"
)
# Insult nouns that are abuse when they stand as a sentence of their own, shouted at whoever
# the comment answers ("黙ってろ、カス", "。バカ"); ゴミ and カス only at the very end.
_VOCATIVE: Final = frozenset((
    "ばか", "馬鹿", "あほ", "阿呆", "ごみ", "かす", "ぼけ", "ぶす", "でぶ", "はげ", "くそ",
    "ざこ", "雑魚", "まぬけ", "間抜け", "間ぬけ", "ぽんこつ", "ぶた", "豚", "げす", "下衆",
    "へたれ",
))  # fmt: skip
# Said of people only: a sentence of its own after a person was named is aimed at them.
_WORTHLESS: Final = frozenset((
    "生きる価値ない", "生きる価値もない", "生きる価値がない", "生きてる価値ない",
    "生きてる価値もない", "生きてる価値がない", "害獣", "寄生虫", "ごきぶり", "害虫",
))  # fmt: skip
# Insults that a long mark turns into another word (ブース, デーブ, カースト): the fold drops ー.
_STRETCHED_WORDS: Final = frozenset(("ぶす", "でぶ", "かす", "はげ", "ぶた"))
# Insults said only of a group by origin or trait ("同性愛者の血は汚い"): of a person or a
# counter they are a complaint ("窓口が汚い").
_GROUP_ONLY: Final = frozenset(("汚い", "きたない", "不潔", "汚れてる", "汚れている", "病気"))
# After an insult noun: contempt for someone's place ("ブスのくせに態度でかい", "バカの分際で").
_OUT_OF_PLACE: Final = re.compile(r"(?:のくせ|の分際|ごときが|ふぜいが)")
# After an adjective of contempt: a noun and a predicate said of many ("頭の悪い体育会系ばかり").
_MANY: Final = re.compile(
    r"[\u3041-\u309f\u4e00-\u9fff]{1,5}?(?:ばかり|ばっか|しかいな|揃い|ぞろい|だらけ|の集まり|の集団)"
)
# After an insult: a face of it ("間ヌケ面", "ブス面"), an insult wherever it stands.
_FACE: Final = re.compile(r"(?:面|づら)")
# A person named by an occupation the target list lacks ("あの飼育員", "司書の"): a compound
# ending in a suffix for people.
_PERSON_NOUN: Final = re.compile(r"[\u4e00-\u9fff]{1,4}(?:員|師|士|者|官|係)")
# Compounds with those suffixes that are no person (定員 is a capacity).
_NOT_PERSONS: Final = frozenset((
    "定員", "満員", "欠員", "人員", "動員", "増員", "減員", "総員", "器官", "五官", "両者",
    "前者", "後者", "他者", "筆者", "武士", "兵士",
))  # fmt: skip
# Sentence punctuation: a qualifying insult does not reach across it ("泥.棒.市役所" does).
_SENTENCE_MARKS: Final = frozenset("。、，,！!？?\n…．　 ")

# What may stand between a target and the insult predicated of it, in the fold
# ("市長って本当にただの", "職員の連中は", "お前みたいな").
_CONNECT: Final = re.compile(
    r"(?:さん|さま|様|ども|共|ら|たち|達|くん|君|ちゃん|氏|の方|の人|の人たち|の連中|連中"
    r"|のやつら|の奴ら|のやつ|の奴|全員|みんな|の頭の中|の頭|の脳みそ|の脳|の性格|の中身"
    r"|の血|の血液|の体|の身体|の遺伝子|の顔|の面)?"
    r"(?:は|って|が|も|とか|なんて|なんか|こそ|だけ|みたいな|のような|のよな|みたいなの"
    r"|ってやつは|ってほんと|ってのは|のほうが|の方が|ほうが|方が|より)?"
    # A comparison ("魚より頭悪そう", "猿以下の").
    r"(?:[\u3041-\u309f\u4e00-\u9fff]{1,4}より)?"
    r"(?:本当に|本当|ほんとに|ほんと|ほんま|まじで|まじ|まさに|完全に|ただの|ただ|とても"
    r"|すごく|超|もう|やっぱり|やっぱ|やはり|所詮|しょせん|いつも|相変わらず|あいかわらず|ほんまに|なまら|めっちゃ"
    r"|真の|正真正銘の|どうしようもない|救いようのない|本物の|がちで|まるで|全員|みんな"
    r"|揃いも揃って|そろいもそろって|根っからの|筋金入りの|とんでもない|最低の|最悪の|な)*"
    # Contempt for the mind or manners before the noun ("漁師なんて学のない荒くれ者").
    r"(?:(?:学|教養|知性|常識|脳みそ|脳|頭|知恵|取り柄|とりえ|能)(?:の|が)(?:ない|無い)"
    r"|頭の(?:悪い|わるい|弱い|よわい)|(?:口|性格|態度|感じ|品)の(?:悪い|わるい))?"
    r"(?:の|な)?"
)
# What may follow an insult predicated of a target: the end, a copula, an intensifier, a
# sentence-final particle ("ゴミだな", "バカすぎ", "クズ以下"), never "を"/"袋"/"出し".
_PREDICATE: Final = re.compile(
    r"(?:$|[だや](?:$|な|ね|よ|ろ|わ|し|から|って|けど|ぞ|べ|べさ|べや|っしょ|ん)|で(?:す|しょ|しか|あ|草)"
    r"|っしょ|だべ|だっぺ|じゃけ|やけ|やで|やんけ|ちゃう"
    r"|じゃ(?:ん|ね|ない)|すぎ|過ぎ|以下|同然|ばっか|ばかり|しか|か(?:$|よ|な|ね|w)"
    r"|[ねよなわぞ](?:$|w)|w|草|ども|共|野郎|め(?:$|が)|確定|決定|丸出し|みたい|そのもの"
    r"|集団|の(?:集ま|集団|巣窟|塊|極み)|揃い|っぷり|ぶり|にも程|って|杉|やん|に見え"
    r"|にしか見え|そう|っぽ|し(?:$|か)|さ(?:$|加減))"
)
# What may stand between an insult and the target it qualifies ("バカ市長", "アホな職員").
_QUALIFY: Final = re.compile(r"(?:な|の|みたいな|すぎる|過ぎる|丸出しの)?")
# An epithet closing a comment that named someone ("農家なんて...楽してるだけのキセイチュウ").
_EPITHET: Final = re.compile(
    r"(?:だけの|ただの|ような|みたいな|同然の|以下の|並みの|てる|ている|やがる|ない|ねえ|い|な)$"
)
# After an insult: it is named or quoted, not said ("税金泥棒とか言う人いるけど").
_MENTIONED: Final = re.compile(
    r"(?:の[^とっ]{1,4})?(?:とか言|とかいう|って言|っていう|という|と言|なんて言|呼ばわり|扱い|と呼|って呼)"
)
# Before a target after the insult ("なまらバカだべ、この役所"): the sentence turned round.
_INVERTED_GAP: Final = re.compile(
    r"(?:(?:だ|や|じゃ)(?:べさ|べや|べ|な|ね|よ|わ|ぞ|っしょ|ん|ちゃう|やん)*"
    r"|(?:べさ|べや|べ|な|ね|よ|わ|ぞ|っしょ|ん|ちゃう|やん)+)(?:この|あの|その|ここの)?"
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
# A whole comment that is nothing but the insult ("バカじゃねーの", "お前アホか").
_ALONE_BEFORE: Final = re.compile(
    r"(?:お前|おまえ|てめ|てめえ|きさま|貴様|この|ほんと|まじ|まじで|本当に)*"
)
_ALONE_AFTER: Final = re.compile(
    r"(?:じゃね|じゃない|じゃん|か|かよ|だ|だな|だね|だろ|です|ですね|ね|よ|な|の|w|草|め"
    r"|が|や|やろ|やな|やん|すぎ|過ぎ|っ|ども"
    # Contempt for someone's place ("ぶすのくせに", "バカの分際で", "ザコごときが").
    r"|のくせに|のくせして|の分際で|ごときが|ごとき|ふぜいが)*"
)
# Before a kana death wish: an adverb or a target with its particle ("全員ｼﾈ", "お前らしね").
_DEATH_LEAD: Final = re.compile(
    r"(?:お前|おまえ|てめ|てめえ|きさま|貴様|あんた|こいつ|あいつ|そいつ|全員|みんな|早く|はよ"
    r"|さっさと|まじで|まじ|ほんと|一回|いっぺん|今すぐ|もう)(?:ら|ども|たち)?(?:は|も|なんか)?$"
)
_THINGS: Final = re.compile(
    r"雪|氷|つらら|霜|痛|熱|風邪|雲|霧|ういるす|ころな|虫|悩み|不安|疲れ|寒さ|暑さ"
)
_SELF: Final = re.compile(
    r"(?:私|わたし|僕|ぼく|俺|おれ|自分)(?:は|って|も|が)?(?:本当に|ほんと|まじで|超)?$"
)
_LATIN: Final = re.compile(r"[a-z0-9]+")
_JAPANESE: Final = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
# A question or a hedge in the original text (the fold drops the question mark).
_QUESTION: Final = re.compile(r"[?？]")
_KATAKANA: Final = re.compile(r"[\u30a1-\u30fc\uff66-\uff9f]+")


# Crimes that name the person ("受け子は…斉藤翔太。間違いない"): no target word is needed.
_PERSON_CRIMES: Final = frozenset(("受け子", "詐欺師", "犯罪者", "前科者"))
_WEAK_CRIMES: Final = frozenset(("不正", "便宜", "隠蔽", "改ざん", "捏造", "前科", "私物化"))

# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.


def _disjoint(matches: Iterable[Match[str]]) -> list[Match[str]]:
    """The longest matches that do not overlap, in text order (ばかやろう over ばか)."""
    kept: list[Match[str]] = []
    for m in sorted(matches, key=lambda m: (m.start, m.start - m.end)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


# How far (folded characters) a target may stand from the insult it receives: the longest
# gap _predicated accepts (16) plus the longest target term.
_REACH: Final = 24


def _ends_clause(ctx: Context, m: Match[str]) -> bool:
    """True when *m* ends a predicate: a copula or particle follows, or punctuation did.

    The fold drops punctuation, so "外国人はゴキブリ、日本から" is checked on the original.
    """
    folded = ctx.folded
    if _PREDICATE.match(folded, m.end) is not None:
        return True
    # An adjective ends its clause before a conjunction ("血は汚いから", "頭悪いので").
    if m.term.endswith("い") and (
        folded.startswith(("から", "ので", "けど", "し"), m.end) or _MANY.match(folded, m.end)
    ):
        return True
    # The fold shortens ブスすぎ to ぶすぎ: the す of すぎ merged with the insult's own.
    if folded.endswith("す", m.start, m.end) and folded.startswith("ぎ", m.end):
        return True
    return _ends_in_separator(ctx, m)


def _ends_in_separator(ctx: Context, m: Match[str]) -> bool:
    """True when punctuation, a space or a symbol follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and unicodedata.category(ctx.text[end])[0] in "PZS"


def _ends_sentence(ctx: Context, m: Match[str]) -> bool:
    """True when sentence punctuation or a space follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and ctx.text[end] in _SENTENCE_MARKS


def _vocative(ctx: Context, m: Match[str]) -> bool:
    """True when an insult noun stands as its own sentence ("黙ってろ、カス", "…。バカが")."""
    if m.term not in _VOCATIVE or m.start == 0:
        return False
    folded = ctx.folded
    # The cheap checks on the fold come first: ctx.span runs the full normalisation.
    after = _ALONE_AFTER.fullmatch(folded, m.end) is not None
    if not after:
        if m.term in _NO_COMPOUND:
            return False
        if _PREDICATE.match(folded, m.end) is None and not _ends_sentence(ctx, m):
            return False
    span = ctx.span(m.start, m.end)
    return span.start > 0 and ctx.text[span.start - 1] in _SENTENCE_MARKS


def _as_object(ctx: Context, m: Match[str], targets: Sequence[Match[str]]) -> bool:
    """True for "市長を駆除しろ": a dehumanising verb whose object is a person."""
    if m.term not in _OBJECT_OK:
        return False
    return any(
        t.end <= m.start and _OBJECT_GAP.fullmatch(ctx.folded, t.end, m.start) for t in targets
    )


def _predicated(ctx: Context, m: Match[str], targets: Sequence[Match[str]]) -> bool:
    """True when a target stands before *m*, joined by a particle, and *m* ends a predicate."""
    folded = ctx.folded
    joined = False
    for t in targets:
        if t.end <= m.start and m.start - t.end <= 16:
            gap = folded[t.end : m.start]
            if _CONNECT.fullmatch(gap) and not (
                m.term in _NO_COMPOUND and gap[-1:] in _GARBAGE_CASES
            ):
                joined = True
                break
    # Only then the end of the clause, which may need the original text (slow).
    return joined and _ends_clause(ctx, m)


def _qualifies(ctx: Context, m: Match[str], targets: Sequence[Match[str]]) -> bool:
    """True when *m* qualifies a target right after it ("バカ市長", "アホな職員").

    Punctuation the fold dropped ends the phrase: "車酔いで気持ち悪い。市長は" qualifies no one.
    """
    folded = ctx.folded
    if m.term in _NO_COMPOUND:
        joined = any(t.start == m.end for t in targets)
    else:
        joined = any(
            m.end <= t.start <= m.end + 5 and _QUALIFY.fullmatch(folded, m.end, t.start)
            for t in targets
        )
    # The original text is read last: ctx.span runs the full normalisation.
    return joined and not _ends_sentence(ctx, m)


def _aim(ctx: Context, m: Match[str]) -> str | None:
    """The confidence level of an aimed insult, or ``None`` when it is not aimed at anyone."""
    folded = ctx.folded
    # Only matches around m can aim it; looking no further keeps long texts linear.
    lo, hi = m.start - _REACH, m.end + _REACH
    if m.term in _GROUP_ONLY:
        # Predicated of the group, or an adjective right before it ("汚い外国人"): 病気の外国人
        # is someone ill.
        groups = ctx.near(lo, hi, _GROUPS)
        before = m.term.endswith(("い", "る")) and any(g.start == m.end for g in groups)
        return _GROUP_TRAIT if before or _predicated(ctx, m, groups) else None
    people = ctx.near(lo, hi, _TARGETS, _GROUPS)
    people += _person_nouns(ctx, lo, hi)
    if _predicated(ctx, m, people):
        return _PREDICATED
    if _face(ctx, m):
        return _FACE_LEVEL
    if (
        m.term in _VOCATIVE
        and _OUT_OF_PLACE.match(folded, m.end)
        and not _self_deprecating(folded, m)
    ):
        return _OUT_OF_PLACE_LEVEL
    compounds = people if m.term in _NO_COMPOUND else [*people, *ctx.near(lo, hi, _WORKS)]
    if _qualifies(ctx, m, compounds):
        return _QUALIFIES
    if _ALONE_BEFORE.fullmatch(folded, 0, m.start) and _ALONE_AFTER.fullmatch(folded, m.end):
        return _ALONE_RUBBISH if m.term in _NO_COMPOUND else _ALONE
    if _as_object(ctx, m, people):
        return _AS_OBJECT
    if _vocative(ctx, m):
        return _VOCATIVE_RUBBISH if m.term in _NO_COMPOUND else _VOCATIVE_LEVEL
    if m.term in _NO_COMPOUND and _qualifies(ctx, m, ctx.near(lo, hi, _WORKS)):
        return _RUBBISH_WORK
    if _predicated(ctx, m, ctx.near(lo, hi, _WORKS, _AFFAIRS)):
        return _OF_AFFAIRS
    if (
        people
        and _EPITHET.search(folded, max(0, m.start - 4), m.start)
        and _ALONE_AFTER.fullmatch(folded, m.end)
    ):
        return _EPITHET_LEVEL
    if any(
        m.end < t.start <= m.end + 10
        and _INVERTED_GAP.fullmatch(folded, m.end, t.start)
        and (_ALONE_AFTER.fullmatch(folded, t.end) or _ends_sentence(ctx, t))
        for t in people
    ):
        return _INVERTED
    if (
        (m.term in _WORTHLESS or (m.term in _VOCATIVE and m.term not in _NO_COMPOUND))
        and any(t.end <= m.start for t in people)
        and _ALONE_AFTER.fullmatch(folded, m.end)
        and _after_sentence_mark(ctx, m)
    ):
        return _AFTER_PERSON
    return None


def _person_nouns(ctx: Context, lo: int, hi: int) -> list[Match[str]]:
    """People named by an occupation ending in 員, 師, 士, 者, 官 or 係 in folded ``[lo, hi)``."""
    folded = ctx.folded
    return [
        Match(p.start(), p.end(), p.group(), _TARGETS)
        for p in _PERSON_NOUN.finditer(folded, max(0, lo), max(0, hi))
        if p.group()[-2:] not in _NOT_PERSONS
    ]


def _face(ctx: Context, m: Match[str]) -> bool:
    """True for an insult made a face ("間ヌケ面", "ブス面") that ends its sentence."""
    if m.term not in _VOCATIVE:
        return False
    face = _FACE.match(ctx.folded, m.end)
    if face is None:
        return False
    if _ALONE_AFTER.fullmatch(ctx.folded, face.end()):
        return True
    end = ctx.span(m.start, face.end()).end
    return end < len(ctx.text) and ctx.text[end] in _SENTENCE_MARKS


def _after_sentence_mark(ctx: Context, m: Match[str]) -> bool:
    """True when *m* opens a sentence of its own ("…税金使うな、生きてる価値ない")."""
    start = ctx.span(m.start, m.end).start
    return start > 0 and ctx.text[start - 1] in _SENTENCE_MARKS


def _stretched(ctx: Context, m: Match[str]) -> bool:
    """True when the original holds a long mark inside *m*: ブース is a booth, not ブス."""
    span = ctx.span(m.start, m.end)
    return "ー" in ctx.text[span.start : span.end] or "ｰ" in ctx.text[span.start : span.end]


def _self_deprecating(folded: str, m: Match[str]) -> bool:
    """True for "私はバカなので": the writer calling themself names is no insult."""
    # _SELF ends at m.start and is at most a dozen characters long: search only there.
    return _SELF.search(folded, max(0, m.start - 16), m.start) is not None


def _find_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults, slurs and contempt aimed at the city or anyone (禁止事項4(2))."""
    words = ctx.words
    if _INSULTS not in words and _AIMED not in words and _SLURS not in words and _KATA not in words:
        return _romaji_insults(ctx) if ctx.folded.isascii() else ()
    return list(_insults(ctx))


def _romaji_insults(ctx: Context) -> Sequence[Evidence]:
    """Insults written in romaji at a person ("baka shichou, hayaku yamero")."""
    tokens = _ROMAJI_WORD.findall(unicodedata.normalize("NFKC", ctx.text).lower())
    if _ROMAJI_INSULTS.isdisjoint(tokens) or _ROMAJI_TARGETS.isdisjoint(tokens):
        return ()
    return (Evidence(spans=(ctx.span(0, len(ctx.folded)),), level=_ROMAJI),)


def _insults(ctx: Context) -> Iterator[Evidence]:
    for m in _disjoint(ctx.matches(_INSULTS, _SLURS, _AIMED, _KATA)):
        if _MENTIONED.match(ctx.folded, m.end):
            continue
        if m.payload == _KATA:
            span = ctx.span(m.start, m.end)
            if _KATAKANA.fullmatch(ctx.text, span.start, span.end) is None:
                continue
            yield Evidence(spans=(span,))
        elif m.payload == _AIMED:
            level = _aim(ctx, m)
            if level is None or (m.term in _STRETCHED_WORDS and _stretched(ctx, m)):
                continue
            yield Evidence(spans=(ctx.span(m.start, m.end),), level=level)
        elif not _self_deprecating(ctx.folded, m) or m.payload == _SLURS:
            yield Evidence(spans=(ctx.span(m.start, m.end),))


def _stands_apart(ctx: Context, m: Match[str]) -> bool:
    """True when a kana death wish is not the tail of an ordinary word (楽しいしね, 昔ね)."""
    if _LATIN.fullmatch(m.term):
        return _JAPANESE.search(ctx.text) is not None
    if m.term.startswith("市"):
        # 市ね closes 北見市ね, 市ね as a death wish needs a lead ("全員市ね", "お前ら市ね").
        return _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start) is not None
    if m.term.startswith("〇"):
        # 〇〇ね is also a placeholder ("〇〇ね、あの店"): a circled death wish needs a target.
        return _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start) is not None or any(
            t.end <= m.start and _CONNECT.fullmatch(ctx.folded, t.end, m.start)
            for t in ctx.near(m.start - _REACH, m.start, _TARGETS, _GROUPS)
        )
    if m.start == 0 or _DEATH_LEAD.search(ctx.folded, max(0, m.start - 12), m.start):
        return ctx.folded[m.end : m.end + 1] not in ("ま", "ん", "こ")
    for t in ctx.near(m.start - _REACH, m.start, _TARGETS, _GROUPS):
        if t.end <= m.start and _CONNECT.fullmatch(ctx.folded, t.end, m.start):
            return True
    start = ctx.span(m.start, m.end).start
    before = ctx.text[start - 1] if start else " "
    follows = ctx.folded[m.end : m.end + 1]
    return unicodedata.category(before)[0] not in "LN" and follows not in ("ま", "ん", "こ")


def _find_death_wishes(ctx: Context) -> Sequence[Evidence]:
    """死ね and its spellings, aimed at anyone (禁止事項4(2))."""
    if _DEATH not in ctx.words and _DEATH_KANA not in ctx.words:
        return ()
    return list(_death_wishes(ctx))


def _death_wishes(ctx: Context) -> Iterator[Evidence]:
    for m in _disjoint(ctx.matches(_DEATH, _DEATH_KANA)):
        if m.payload == _DEATH_KANA and not _stands_apart(ctx, m):
            continue
        if m.term in _SAID_TO_THINGS and _THINGS.search(ctx.folded, max(0, m.start - 8), m.start):
            continue
        yield Evidence(spans=(ctx.span(m.start, m.end),))


def _find_accusations(ctx: Context) -> Sequence[Evidence]:
    """A crime or corruption pinned on someone and asserted as fact (禁止事項4(2))."""
    words = ctx.words
    if _CRIMES not in words or _HEDGES in words:
        return ()
    if _TARGETS not in words and (
        _FACTS not in words or all(c.term not in _PERSON_CRIMES for c in ctx.matches(_CRIMES))
    ):
        return ()
    if _QUESTION.search(ctx.text):
        return ()
    # A claim of fact ("これは事実", "もらっている") makes the accusation surer; without one it
    # is still asserted, since no question, doubt or request frames it.
    crimes = ctx.matches(_CRIMES)
    if _FACTS in words:
        level = None
    else:
        # 不正 alone is too common a word (不正ログイン, 不正アクセス) to accuse without a claim.
        crimes = [c for c in crimes if c.term not in _WEAK_CRIMES]
        level = _NO_CLAIM
    if not crimes:
        return ()
    return (Evidence(spans=tuple(ctx.span(c.start, c.end) for c in crimes), level=level),)


# Confidence levels (data/rules/defamation.toml [levels]): how sure each reading of an aimed
# insult is, romaji, and an accusation without a claim of fact.
_GROUP_TRAIT: Final = "group_trait"
_PREDICATED: Final = "predicated"
_FACE_LEVEL: Final = "face"
_OUT_OF_PLACE_LEVEL: Final = "out_of_place"
_QUALIFIES: Final = "qualifies"
_ALONE: Final = "alone"
_ALONE_RUBBISH: Final = "alone_rubbish"
_AS_OBJECT: Final = "as_object"
_VOCATIVE_LEVEL: Final = "vocative"
_VOCATIVE_RUBBISH: Final = "vocative_rubbish"
_RUBBISH_WORK: Final = "rubbish_work"
_OF_AFFAIRS: Final = "of_affairs"
_EPITHET_LEVEL: Final = "epithet"
_INVERTED: Final = "inverted"
_AFTER_PERSON: Final = "after_person"
_ROMAJI: Final = "romaji"
_NO_CLAIM: Final = "no_claim"
LEVELS: Final = frozenset(
    (
        _GROUP_TRAIT, _PREDICATED, _FACE_LEVEL, _OUT_OF_PLACE_LEVEL, _QUALIFIES, _ALONE,
        _ALONE_RUBBISH, _AS_OBJECT, _VOCATIVE_LEVEL, _VOCATIVE_RUBBISH, _RUBBISH_WORK,
        _OF_AFFAIRS, _EPITHET_LEVEL, _INVERTED, _AFTER_PERSON, _ROMAJI, _NO_CLAIM,
    )
)  # fmt: skip

DETECTORS: Final[Mapping[str, Detector]] = {
    "abuse.insult": _find_insults,
    "abuse.death_wish": _find_death_wishes,
    "abuse.accusation": _find_accusations,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Evidence comes from matches of these four lists (targets, works and affairs only qualify
    # them), or from romaji read on an all-ASCII fold, which needs a romaji insult: a letter.
    "abuse.insult": Trigger(words={_INSULTS, _AIMED, _SLURS, _KATA}, signals={"latin"}),
    "abuse.death_wish": Trigger(words={_DEATH, _DEATH_KANA}),
    # The evidence is the crime matches; targets and facts only qualify them.
    "abuse.accusation": Trigger(words={_CRIMES}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _INSULTS,
    _AIMED,
    _TARGETS,
    _WORKS,
    _AFFAIRS,
    _DEATH,
    _DEATH_KANA,
    _CRIMES,
    _FACTS,
    _HEDGES,
    _KATA,
    _GROUPS,
    _SLURS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("defamation_allowed",)
