"""Clause 4-2, what an insult is aimed at (``abuse.insult``).

Words that are contempt only when *aimed* (バカ, ゴミ, ボケ) need a target: right before them
joined by a particle ("市長はバカ", "職員ってゴミだな"), right after ("バカ市長"), the insult as
the whole comment ("バカか") or as a sentence of its own ("黙ってろ、カス"), turned round
("なまらバカだべ、この役所"), or a sentence of its own after a person was named. ゴミ aimed at
the city's affairs ("対応がゴミ") asks for review; 駆除しろ takes its person as an object. A
person is also named by an occupation the target list lacks (a compound ending in 員, 師, 士,
者, 官 or 係: "あの飼育員"); words that are complaints of things (汚い, 不潔, 病気) insult only a
group by origin or trait. Each reading gives its own confidence level.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context
from kitami_policy.rules.defamation.lists import AFFAIRS, GROUPS, HATE_GROUPS, TARGETS, WORKS

__all__ = [
    "CONNECT",
    "FOLDED_PATTERNS",
    "LEVELS",
    "REACH",
    "WORD_LISTS",
    "aim",
    "self_deprecating",
]

WORD_LISTS: Final = (
    "defamation_rubbish",
    "defamation_as_object",
    "defamation_vocative",
    "defamation_worthless",
    "defamation_group_only",
    "defamation_not_persons",
    "defamation_many",
    "defamation_their_people",
    "defamation_their_parts",
    "defamation_intensifiers",
    "defamation_wits",
    "defamation_manners",
    "defamation_predicate_nouns",
    "defamation_mass",
    "defamation_alone_before",
    "defamation_self",
)


# The patterns below run on the folded text: their words come from the word lists, spelled as
# the fold spells them (rules/_terms.py), and their grammar is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# The term sets below are compared with the folded terms of matches, so their terms are folded
# too.
# Insults that are also everyday words for rubbish: never compounded with what follows
# (ゴミ担当, ゴミの職員 are the rubbish service), only predicated of a target.
_NO_COMPOUND: Final = frozenset(map(fold, terms("defamation_rubbish")))
# After a target, these particles make ゴミ the thing handled ("職員がゴミを", "家のゴミ").
_GARBAGE_CASES: Final = frozenset("のがもを")
# Insults that take their target as an object or indirect object ("市長を駆除しろ",
# "市長には消えてほしい"), not only as a subject.
_OBJECT_OK: Final = frozenset(map(fold, terms("defamation_as_object")))
_OBJECT_GAP: Final = re.compile(
    r"(?:さん|ども|ら|たち|達)?(?:を|には|に|は|も)(?:早く|さっさと|まとめて|全員)?"
)
# Insult nouns that are abuse when they stand as a sentence of their own, shouted at whoever
# the comment answers ("黙ってろ、カス", "。バカ"); ゴミ and カス only at the very end.
_VOCATIVE: Final = frozenset(map(fold, terms("defamation_vocative")))
# Said of people only: a sentence of its own after a person was named is aimed at them.
_WORTHLESS: Final = frozenset(map(fold, terms("defamation_worthless")))
# Insults said only of a group by origin or trait ("同性愛者の血は汚い"): of a person or a
# counter they are a complaint ("窓口が汚い").
_GROUP_ONLY: Final = frozenset(map(fold, terms("defamation_group_only")))
# After an insult noun: contempt for someone's place ("ブスのくせに態度でかい", "バカの分際で").
_OUT_OF_PLACE: Final = re.compile(r"(?:のくせ|の分際|ごときが|ふぜいが)")
# After an adjective of contempt: a noun and a predicate said of many ("頭の悪い体育会系ばかり").
_MANY: Final = re.compile(
    r"[\u3041-\u309f\u4e00-\u9fff]{1,5}?"
    rf"(?:ばかり|ばっか|しかいな|だらけ|{_words('defamation_many')})"
)
# After an insult: a face of it ("間ヌケ面", "ブス面"), an insult wherever it stands.
_FACE: Final = re.compile(r"(?:面|づら)")
# A person named by an occupation the target list lacks ("あの飼育員", "司書の"): a compound
# ending in a suffix for people.
_PERSON_NOUN: Final = re.compile(r"[\u4e00-\u9fff]{1,4}(?:員|師|士|者|官|係)")
# Compounds with those suffixes that are no person (定員 is a capacity).
_NOT_PERSONS: Final = frozenset(map(fold, terms("defamation_not_persons")))
# Sentence punctuation: a qualifying insult does not reach across it ("泥.棒.市役所" does).
_SENTENCE_MARKS: Final = frozenset("。、，,！!？?\n…．　 ")
# What may stand between a target and the insult predicated of it, in the fold
# ("市長って本当にただの", "職員の連中は", "お前みたいな").
CONNECT: Final = re.compile(
    # An honorific or a plural, the people of the target or a part of them ("市長の頭").
    r"(?:さん|さま|様|ども|共|ら|たち|達|くん|君|ちゃん|氏|連中|全員|みんな"
    rf"|の{_words('defamation_their_people')}|の{_words('defamation_their_parts')})?"
    # A particle: the topic, an example, a likeness or a comparison.
    r"(?:[はがも]|って(?:やつは|ほんと|のは)?|とか|なん(?:て|か)|こそ|だけ|みたいな(?:の)?"
    r"|のよう?な|の?(?:ほう|方)が|より)?"
    # A comparison ("魚より頭悪そう", "猿以下の").
    r"(?:[\u3041-\u309f\u4e00-\u9fff]{1,4}より)?"
    rf"(?:{_words('defamation_intensifiers')}|な)*"
    # Contempt for the mind or manners before the noun ("漁師なんて学のない荒くれ者").
    rf"(?:{_words('defamation_wits')}(?:の|が)(?:ない|無い)"
    rf"|頭の(?:悪い|わるい|弱い|よわい)|{_words('defamation_manners')}の(?:悪い|わるい))?"
    r"(?:の|な)?"
)
# What may follow an insult predicated of a target: the end, a copula, an intensifier, a
# sentence-final particle ("ゴミだな", "バカすぎ", "クズ以下"), never "を"/"袋"/"出し".
_PREDICATE: Final = re.compile(
    r"(?:$|[だや](?:$|な|ね|よ|ろ|わ|し|から|って|けど|ぞ|べ|べさ|べや|っしょ|ん)|で(?:す|しょ|しか|あ|草)"
    # Dialect copulas and endings (だべ, だっぺ, じゃけ, やで, やんけ, ちゃう).
    r"|っしょ|だ(?:べ|っぺ)|じゃけ|や(?:け|で|んけ|ん)|ちゃう|じゃ(?:ん|ね|ない)"
    # Too much, only, a question, an exclamation or a laugh ("バカすぎ", "クズかよ", "ゴミw").
    r"|すぎ|過ぎ|杉|ばっか|ばかり|しか|か(?:$|よ|な|ね|w)|[ねよなわぞ](?:$|w)|w|草"
    # A plural, a curse, a likeness or a manner ("クズども", "バカめ", "アホみたい", "バカっぷり").
    r"|ども|共|め(?:$|が)|みたい|そう|っぽ|(?:っぷ|ぶ)り|って|に(?:しか)?見え|にも程"
    r"|し(?:$|か)|さ(?:$|加減)"
    # A noun closing the predicate ("バカ確定", "クズ以下"), or what it is the mass of.
    rf"|{_words('defamation_predicate_nouns')}|の{_words('defamation_mass')})"
)
# What may stand between an insult and the target it qualifies ("バカ市長", "アホな職員").
_QUALIFY: Final = re.compile(r"(?:な|の|みたいな|すぎる|過ぎる|丸出しの)?")
# An epithet closing a comment that named someone ("農家なんて...楽してるだけのキセイチュウ").
_EPITHET: Final = re.compile(
    r"(?:(?:ただ|同然|以下|並み)の|だけの|(?:よう|みたい)な|てい?る|やがる|ない|ねえ|い|な)$"
)
# Before a target after the insult ("なまらバカだべ、この役所"): the sentence turned round.
_INVERTED_GAP: Final = re.compile(
    r"(?:(?:だ|や|じゃ)(?:べさ|べや|べ|な|ね|よ|わ|ぞ|っしょ|ん|ちゃう|やん)*"
    r"|(?:べさ|べや|べ|な|ね|よ|わ|ぞ|っしょ|ん|ちゃう|やん)+)(?:この|あの|その)?"
)
# A whole comment that is nothing but the insult ("バカじゃねーの", "お前アホか").
_ALONE_BEFORE: Final = re.compile(rf"(?:{_words('defamation_alone_before')}|この)*")
_ALONE_AFTER: Final = re.compile(
    r"(?:じゃね|じゃない|じゃん|か|かよ|だ|だな|だね|だろ|です|ですね|ね|よ|な|の|w|草|め"
    r"|が|や|やろ|やな|やん|すぎ|過ぎ|っ|ども"
    # Contempt for someone's place ("ぶすのくせに", "バカの分際で", "ザコごときが").
    r"|の(?:くせ(?:に|して)|分際で)|ごとき(?:が)?|ふぜいが)*"
)
_SELF: Final = re.compile(
    rf"{_words('defamation_self')}(?:は|って|も|が)?(?:本当に|ほんと|まじで|超)?$"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (
    CONNECT,
    _ALONE_AFTER,
    _ALONE_BEFORE,
    _EPITHET,
    _FACE,
    _INVERTED_GAP,
    _MANY,
    _OBJECT_GAP,
    _OUT_OF_PLACE,
    _PERSON_NOUN,
    _PREDICATE,
    _QUALIFY,
    _SELF,
)
# How far (folded characters) a target may stand from the insult it receives: the longest
# gap _predicated accepts (16) plus the longest target term.
REACH: Final = 24


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
            if CONNECT.fullmatch(gap) and not (
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


def aim(ctx: Context, m: Match[str]) -> str | None:
    """The confidence level of an aimed insult, or ``None`` when it is not aimed at anyone."""
    folded = ctx.folded
    # Only matches around m can aim it; looking no further keeps long texts linear.
    lo, hi = m.start - REACH, m.end + REACH
    if m.term in _GROUP_ONLY:
        # Predicated of the group, or an adjective right before it ("汚い外国人"): 病気の外国人
        # is someone ill.
        groups = ctx.near(lo, hi, GROUPS, HATE_GROUPS)
        before = m.term.endswith(("い", "る")) and any(g.start == m.end for g in groups)
        return _GROUP_TRAIT if before or _predicated(ctx, m, groups) else None
    people = ctx.near(lo, hi, TARGETS, GROUPS, HATE_GROUPS)
    people += _person_nouns(ctx, lo, hi)
    if _predicated(ctx, m, people):
        return _PREDICATED
    if _face(ctx, m):
        return _FACE_LEVEL
    if (
        m.term in _VOCATIVE
        and _OUT_OF_PLACE.match(folded, m.end)
        and not self_deprecating(folded, m)
    ):
        return _OUT_OF_PLACE_LEVEL
    compounds = people if m.term in _NO_COMPOUND else [*people, *ctx.near(lo, hi, WORKS)]
    if _qualifies(ctx, m, compounds):
        return _QUALIFIES
    if _ALONE_BEFORE.fullmatch(folded, 0, m.start) and _ALONE_AFTER.fullmatch(folded, m.end):
        return _ALONE_RUBBISH if m.term in _NO_COMPOUND else _ALONE
    if _as_object(ctx, m, people):
        return _AS_OBJECT
    if _vocative(ctx, m):
        return _VOCATIVE_RUBBISH if m.term in _NO_COMPOUND else _VOCATIVE_LEVEL
    if m.term in _NO_COMPOUND and _qualifies(ctx, m, ctx.near(lo, hi, WORKS)):
        return _RUBBISH_WORK
    if _predicated(ctx, m, ctx.near(lo, hi, WORKS, AFFAIRS)):
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
        Match(p.start(), p.end(), p.group(), TARGETS)
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


def self_deprecating(folded: str, m: Match[str]) -> bool:
    """True for "私はバカなので": the writer calling themself names is no insult."""
    # _SELF ends at m.start and is at most a dozen characters long: search only there.
    return _SELF.search(folded, max(0, m.start - 16), m.start) is not None


# Confidence levels (data/rules/defamation.toml [levels]): how sure each reading of an aimed
# insult is.
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
LEVELS: Final = frozenset(
    (
        _GROUP_TRAIT, _PREDICATED, _FACE_LEVEL, _OUT_OF_PLACE_LEVEL, _QUALIFIES, _ALONE,
        _ALONE_RUBBISH, _AS_OBJECT, _VOCATIVE_LEVEL, _VOCATIVE_RUBBISH, _RUBBISH_WORK,
        _OF_AFFAIRS, _EPITHET_LEVEL, _INVERTED, _AFTER_PERSON,
    )
)  # fmt: skip
