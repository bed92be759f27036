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
  as the whole comment ("バカか"). ゴミ aimed at the city's affairs ("対応がゴミ") asks for review.
  Group slurs (unlawful_slurs.txt) are insults too: hate speech with an explicit slur is 4-2 as
  well as 4-4 ("Where clauses meet").
- ``abuse.death_wish``: 死ね and its spellings (氏ね, ﾀﾋね, 4ね, ｼﾈ, ＳＨＩＮＥ), くたばれ, 消えろ.
  Kana しね also occurs in ordinary Japanese (楽しいしね, むかしね, シネマ), so it counts only
  standing apart from the words before it or right after a target ("全員ｼﾈ").
- ``abuse.accusation``: a crime or corruption (賄賂, 横領, 裏金, 中抜き) pinned on a target and
  asserted ("これは事実", "もらっている"), with no question, doubt or request to investigate.
  Whether the claim is true cannot be known here, so findings are weak and ask for review.

Repeated insults are 4-2 each time; flooding (4-7) is the terms-of-use family's business.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from kitami_policy.automaton import Match
from kitami_policy.rules.base import Context, Detector, Evidence

__all__ = ["ALLOWED_LISTS", "DETECTORS", "WORD_LISTS"]

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
_SAID_TO_THINGS: Final = frozenset(
    ("消えろ", "きえろ", "くたばれ", "消え失せろ", "消えうせろ", "いなくなれ")
)

# What may stand between a target and the insult predicated of it, in the fold
# ("市長って本当にただの", "職員の連中は", "お前みたいな").
_CONNECT: Final = re.compile(
    r"(?:さん|さま|様|ども|共|ら|たち|達|くん|君|ちゃん|氏|の方|の人|の人たち|の連中|連中"
    r"|のやつら|の奴ら|のやつ|の奴|全員|みんな)?"
    r"(?:は|って|が|も|とか|なんて|なんか|こそ|だけ|みたいな|のような|のよな|みたいなの"
    r"|ってやつは|ってほんと|ってのは)?"
    r"(?:本当に|本当|ほんとに|ほんと|ほんま|まじで|まじ|まさに|完全に|ただの|ただ|とても"
    r"|すごく|超|もう|やっぱり|やっぱ|やはり|所詮|しょせん|いつも|相変わらず|あいかわらず"
    r"|真の|正真正銘の|どうしようもない|救いようのない|本物の|がちで|まるで|全員|みんな"
    r"|揃いも揃って|そろいもそろって|根っからの|筋金入りの|とんでもない|最低の|最悪の|な)*"
    r"(?:の|な)?"
)
# What may follow an insult predicated of a target: the end, a copula, an intensifier, a
# sentence-final particle ("ゴミだな", "バカすぎ", "クズ以下"), never "を"/"袋"/"出し".
_PREDICATE: Final = re.compile(
    r"(?:$|[だや](?:$|な|ね|よ|ろ|わ|し|から|って|けど|ぞ)|で(?:す|しょ|しか|あ|草)"
    r"|じゃ(?:ん|ね|ない)|すぎ|過ぎ|以下|同然|ばっか|ばかり|しか|か(?:$|よ|な|ね|w)"
    r"|[ねよなわぞ](?:$|w)|w|草|ども|共|野郎|め(?:$|が)|確定|決定|丸出し|みたい|そのもの"
    r"|集団|の(?:集ま|集団|巣窟|塊|極み)|揃い|っぷり|ぶり|にも程|って|杉|やん|に見え"
    r"|にしか見え|そう|っぽ|し(?:$|か)|さ(?:$|加減))"
)
# What may stand between an insult and the target it qualifies ("バカ市長", "アホな職員").
_QUALIFY: Final = re.compile(r"(?:な|の|みたいな|すぎる|過ぎる|丸出しの)?")
# An epithet closing a comment that named someone ("農家なんて...楽してるだけのキセイチュウ").
_EPITHET: Final = re.compile(
    r"(?:だけの|ただの|ような|みたいな|同然の|以下の|並みの|てる|ている|やがる)$"
)
# A whole comment that is nothing but the insult ("バカじゃねーの", "お前アホか").
_ALONE_BEFORE: Final = re.compile(
    r"(?:お前|おまえ|てめ|てめえ|きさま|貴様|この|ほんと|まじ|まじで|本当に)*"
)
_ALONE_AFTER: Final = re.compile(
    r"(?:じゃね|じゃない|じゃん|か|かよ|だ|だな|だね|だろ|です|ですね|ね|よ|な|の|w|草|め"
    r"|が|や|やろ|やな|やん|すぎ|過ぎ|っ|ども)*"
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


# Early-out gates: a detector returns at once unless one of these lists matched.
_INSULT_GATE: Final = frozenset((_INSULTS, _AIMED, _SLURS))
_DEATH_GATE: Final = frozenset((_DEATH, _DEATH_KANA))


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
    if _PREDICATE.match(ctx.folded, m.end) is not None:
        return True
    return _ends_in_separator(ctx, m)


def _ends_in_separator(ctx: Context, m: Match[str]) -> bool:
    """True when punctuation, a space or a symbol follows *m* in the original text."""
    end = ctx.span(m.start, m.end).end
    return end < len(ctx.text) and unicodedata.category(ctx.text[end])[0] in "PZS"


def _predicated(ctx: Context, m: Match[str], targets: Sequence[Match[str]]) -> bool:
    """True when a target stands before *m*, joined by a particle, and *m* ends a predicate."""
    folded = ctx.folded
    if not _ends_clause(ctx, m):
        return False
    for t in targets:
        if t.end <= m.start and m.start - t.end <= 16:
            gap = folded[t.end : m.start]
            if _CONNECT.fullmatch(gap) and not (
                m.term in _NO_COMPOUND and gap[-1:] in _GARBAGE_CASES
            ):
                return True
    return False


def _qualifies(ctx: Context, m: Match[str], targets: Sequence[Match[str]]) -> bool:
    """True when *m* qualifies a target right after it ("バカ市長", "アホな職員").

    Punctuation the fold dropped ends the phrase: "車酔いで気持ち悪い。市長は" qualifies no one.
    """
    folded = ctx.folded
    if not any(m.end <= t.start <= m.end + 5 for t in targets) or _ends_in_separator(ctx, m):
        return False
    if m.term in _NO_COMPOUND:
        return any(t.start == m.end for t in targets)
    return any(
        m.end <= t.start <= m.end + 5 and _QUALIFY.fullmatch(folded, m.end, t.start)
        for t in targets
    )


def _aim(ctx: Context, m: Match[str]) -> float | None:
    """How sure an aimed insult is, or ``None`` when it is not aimed at anyone."""
    folded = ctx.folded
    # Only matches around m can aim it; looking no further keeps long texts linear.
    lo, hi = m.start - _REACH, m.end + _REACH
    people = ctx.near(lo, hi, _TARGETS, _GROUPS)
    if _predicated(ctx, m, people):
        return 0.9
    compounds = people if m.term in _NO_COMPOUND else [*people, *ctx.near(lo, hi, _WORKS)]
    if _qualifies(ctx, m, compounds):
        return 0.9
    if _ALONE_BEFORE.fullmatch(folded, 0, m.start) and _ALONE_AFTER.fullmatch(folded, m.end):
        return 0.6 if m.term in _NO_COMPOUND else 0.85
    if m.term in _NO_COMPOUND and _qualifies(ctx, m, ctx.near(lo, hi, _WORKS)):
        return 0.75
    if _predicated(ctx, m, ctx.near(lo, hi, _WORKS, _AFFAIRS)):
        return 0.65
    if (
        people
        and _EPITHET.search(folded, max(0, m.start - 4), m.start)
        and _ALONE_AFTER.fullmatch(folded, m.end)
    ):
        return 0.8
    return None


def _self_deprecating(folded: str, m: Match[str]) -> bool:
    """True for "私はバカなので": the writer calling themself names is no insult."""
    # _SELF ends at m.start and is at most a dozen characters long: search only there.
    return _SELF.search(folded, max(0, m.start - 16), m.start) is not None


def _find_insults(ctx: Context) -> Iterator[Evidence]:
    """Insults, slurs and contempt aimed at the city or anyone (禁止事項4(2))."""
    if _INSULT_GATE.isdisjoint(ctx.words):
        return
    for m in _disjoint(ctx.matches(_INSULTS, _SLURS, _AIMED)):
        if m.payload == _AIMED:
            confidence = _aim(ctx, m)
            if confidence is None:
                continue
            yield Evidence(spans=(ctx.span(m.start, m.end),), confidence=confidence)
        elif not _self_deprecating(ctx.folded, m) or m.payload == _SLURS:
            yield Evidence(spans=(ctx.span(m.start, m.end),))


def _stands_apart(ctx: Context, m: Match[str]) -> bool:
    """True when a kana death wish is not the tail of an ordinary word (楽しいしね, 昔ね)."""
    if _LATIN.fullmatch(m.term):
        return _JAPANESE.search(ctx.text) is not None
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


def _find_death_wishes(ctx: Context) -> Iterator[Evidence]:
    """死ね and its spellings, aimed at anyone (禁止事項4(2))."""
    if _DEATH_GATE.isdisjoint(ctx.words):
        return
    for m in _disjoint(ctx.matches(_DEATH, _DEATH_KANA)):
        if m.payload == _DEATH_KANA and not _stands_apart(ctx, m):
            continue
        if m.term in _SAID_TO_THINGS and _THINGS.search(ctx.folded, max(0, m.start - 8), m.start):
            continue
        yield Evidence(spans=(ctx.span(m.start, m.end),))


def _find_accusations(ctx: Context) -> Iterator[Evidence]:
    """A crime or corruption pinned on someone and asserted as fact (禁止事項4(2))."""
    if _CRIMES not in ctx.words or _FACTS not in ctx.words or _HEDGES in ctx.words:
        return
    if _TARGETS not in ctx.words or _QUESTION.search(ctx.text):
        return
    crimes = ctx.matches(_CRIMES)
    facts = ctx.matches(_FACTS)
    spans = [ctx.span(c.start, c.end) for c in crimes if any(f.end > c.start for f in facts)]
    if spans:
        yield Evidence(spans=tuple(spans))


DETECTORS: Final[Mapping[str, Detector]] = {
    "abuse.insult": _find_insults,
    "abuse.death_wish": _find_death_wishes,
    "abuse.accusation": _find_accusations,
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
    _GROUPS,
    _SLURS,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("defamation_allowed",)
