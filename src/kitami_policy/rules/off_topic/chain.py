"""Clause 4-8, chain messages and hoaxes to pass on (``offtopic.chain``).

A chain message: two signals among a conditional threat (回さないと), a count of people to pass
it to (10人に回して), a call to spread it and a curse or promise; or a hoax to pass on, with the
call, a nationwide scope and hearsay, unrelated to the post and the city. A warning about chain
messages is not one. A chain message is 4-8 whatever its subject.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import CHAIN, CHAIN_NOUN
from kitami_policy.rules.off_topic.relevance import related

__all__ = ["FOLDED_PATTERNS", "LEVELS", "find_chain"]

_NOTHING: Final[tuple[Evidence, ...]] = ()

# Chain messages: how many people (or places) to pass it to, the call to pass it on, the curse
# or promise. The units, folded (5ヶ所 folds to 5ゖ所, 5ケ所 to 5け所), gate the detector too.
_CHAIN_UNITS: Final = ("人に", "つのぺじに", "所に", "件に")
_CHAIN_COUNT: Final = re.compile(
    r"[\d一二三四五六七八九十百]+(?:人|つのぺじ|(?P<place>[かゖけ]所|箇所)|件)に.{0,8}?"
    r"(?:回|まわ|送|転送|拡散|しぇあ|こぴぺ|貼)"
    r"|この(?:投稿|めっせじ|文章|文|める|手紙|書き込み|こめんと|話)を.{0,14}?"
    r"(?:回|まわ|送|転送|拡散|しぇあ|こぴ|貼|投稿)"
)
_CHAIN_CALL: Final = re.compile(
    r"拡散希望|転送希望|拡散お願|拡散して|回してくだ|回して下|まわしてくだ|回してね|回しと"
    r"|こぴぺして|転送して|送ってくだ|送ってね|貼ってくだ|貼り付けて"
    # Pass it to your circle ("友達にも回して", "家族にも教えてあげて"), or a heading that
    # asks for it ("【重要・拡散】" folds to 重要拡散).
    r"|(?:友達|友人|家族|知人|知り合い|みんな|皆|周り|周囲|親戚)(?:にも|に)"
    r"(?:回して|まわして|送って|教えてあげ|伝えて|知らせて|広めて|拡散)"
    r"|重要拡散|緊急拡散|拡散願|拡散よろ|拡散拡散|至急拡散|拡散必須"
)
# Every alternative of _CHAIN_CALL holds one of these: substring tests in C skip the regex on
# the comments (nearly all) that cannot hold a call to spread anything.
_CHAIN_CALL_PARTS: Final = (
    "拡",
    "転送",
    "回し",
    "まわし",
    "こぴぺ",
    "送って",
    "貼",
    "教えてあげ",
    "伝えて",
    "知らせて",
    "広めて",
)
_CHAIN_CURSE: Final = re.compile(
    r"不幸|不運|呪|災い|災難|悪いこと|幸せにな|幸運|金運|願いが叶|良いこと|いことが|死ぬ|死にます"
    r"|事故に|襲われ"
)
# A hoax to pass on ("拡散お願いします！来月から全国の銀行ATMが使えなくなるそうです"): the call
# to spread it, a nationwide or "your account" scope and hearsay or a coming change. Only when
# nothing ties it to the post or the city.
_HOAX_SCOPE: Final = re.compile(
    r"全国|日本中|世界中|全ての|すべての|あなたの|皆さんの|みんなの|全銀行|各銀行|銀行|atm"
    r"|政府|国民|大手|携帯各社|全員|line|らいん|ゆうちょ|郵便局|こんびに"
)
_HOAX_CLAIM: Final = re.compile(r"そうです|らしい|だそう|とのこと|なります|されます|変わり|変わる")
_CHAIN_WARNING: Final = re.compile(r"注意|気をつけ|気を付け|でま|信じないで|引っか|引っ掛か")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (
    _CHAIN_CALL,
    _CHAIN_COUNT,
    _CHAIN_CURSE,
    _CHAIN_WARNING,
    _HOAX_CLAIM,
    _HOAX_SCOPE,
)


def find_chain(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a chain message ("この投稿を10人に回さないと不幸になる", "拡散希望…回して").

    Two signals are needed among the conditional threat (回さないと), the count of people to
    pass it to (10人に回して), the call to spread it and the curse or promise; a warning about
    chain messages is not one. A chain message is 4-8 whatever its subject.
    """
    words = ctx.words
    folded = ctx.folded
    threat = words.get(CHAIN, ())
    # The count needs one of its units ("N人に", "Nか所に") or "この投稿を…" (a word of the noun
    # list): cheap tests first.
    if not threat and CHAIN_NOUN not in words and not any(u in folded for u in _CHAIN_UNITS):
        return _find_hoax(ctx)
    count = _CHAIN_COUNT.search(folded)
    if not threat and count is None:
        return _find_hoax(ctx)
    call = _CHAIN_CALL.search(folded)
    curse = _CHAIN_CURSE.search(folded)
    # Posters go up in five places on request ("5か所に貼ってください"): a count of places
    # needs the curse or the threat, not only the call.
    counted = count is not None and (curse is not None or (call is not None and not count["place"]))
    if not ((threat and (count or call or curse)) or counted):
        return _NOTHING
    if _CHAIN_WARNING.search(folded):
        return _NOTHING
    spans = {*ctx.match_spans(threat)}
    spans.update(ctx.span(m.start(), m.end()) for m in (count, call, curse) if m is not None)
    return (Evidence(spans=tuple(sorted(spans))),)


def _find_hoax(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a hoax to pass on, with no count of people ("拡散お願いします！来月から全国の銀行ATMが
    使えなくなるそうです"): the call to spread it, a nationwide scope and hearsay, unrelated to
    the post and the city."""
    folded = ctx.folded
    if not any(part in folded for part in _CHAIN_CALL_PARTS):
        return _NOTHING
    call = _CHAIN_CALL.search(folded)
    if call is None:
        return _NOTHING
    scope = _HOAX_SCOPE.search(folded)
    if scope is None or _HOAX_CLAIM.search(folded) is None or _CHAIN_WARNING.search(folded):
        return _NOTHING
    if related(ctx):
        return _NOTHING
    spans = (ctx.span(call.start(), call.end()), ctx.span(scope.start(), scope.end()))
    return (Evidence(spans=spans, level=_HOAX),)


# Confidence level (data/rules/off_topic.toml [levels]).
_HOAX: Final = "hoax"
LEVELS: Final = frozenset((_HOAX,))
