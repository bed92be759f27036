"""Clause 4-8, chain messages and hoaxes to pass on (``offtopic.chain``).

A chain message: two signals among a conditional threat (回さないと), a count of people to pass
it to (10人に回して), a call to spread it and a curse or promise; or a hoax to pass on, with the
call, a nationwide scope and hearsay, unrelated to the post and the city. A warning about chain
messages is not one. A chain message is 4-8 whatever its subject.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.off_topic.lists import (
    CHAIN,
    CHAIN_CALL,
    CHAIN_CIRCLE,
    CHAIN_CURSE,
    CHAIN_NOUN,
    CHAIN_OBJECT,
    CHAIN_PASS,
    CHAIN_SPREAD,
    CHAIN_WARNING,
    HOAX_CLAIM,
    HOAX_SCOPE,
)
from kitami_policy.rules.off_topic.relevance import related

__all__ = ["FOLDED_PATTERNS", "LEVELS", "find_chain"]

_NOTHING: Final[tuple[Evidence, ...]] = ()


def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Chain messages: how many people (or places) to pass it to, the call to pass it on, the curse
# or promise. The units, folded (5ヶ所 folds to 5ゖ所, 5ケ所 to 5け所), gate the detector too.
_CHAIN_UNITS: Final = ("人に", "つのぺじに", "所に", "件に")
# Substring tests run on every comment (the detector always runs): one regex of alternatives
# searches in C what a generator over the tuple would test part by part.
_CHAIN_UNIT: Final = re.compile("|".join(map(re.escape, _CHAIN_UNITS)))
# The verbs of passing it on; the count reads コピペ beside them, この…を the wider コピ
# (コピーして) and 投稿.
_PASS: Final = _words(CHAIN_PASS)
_CHAIN_COUNT: Final = re.compile(
    r"[\d一二三四五六七八九十百]+(?:人|つのぺじ|(?P<place>[かゖけ]所|箇所)|件)に.{0,8}?"
    rf"(?:{_PASS}|こぴぺ)"
    rf"|この{_words(CHAIN_OBJECT)}を.{{0,14}}?(?:{_PASS}|こぴ|投稿)"
)
# The call to spread it, as a phrase ("拡散希望", a heading's 【重要・拡散】, which folds to
# 重要拡散), or a request to pass it to the reader's circle ("友達にも回して", "家族にも教えて
# あげて").
# The phrases are spelled as the fold spells them, longest first, as rules/_terms.py does.
_CALL_PHRASES: Final = tuple(
    sorted(dict.fromkeys(fold(term) for term in terms(CHAIN_CALL)), key=lambda s: (-len(s), s))
)
_CHAIN_CALL: Final = re.compile(
    "|".join(
        (
            *map(re.escape, _CALL_PHRASES),
            rf"{_words(CHAIN_CIRCLE)}(?:にも|に){_words(CHAIN_SPREAD)}",
        )
    )
)
# Every match of _CHAIN_CALL holds a phrase or a verb of passing it on, and so one of these (a
# part holding another is left out): substring tests in C skip the regex on the comments
# (nearly all) that cannot hold a call to spread anything.
_CALLS: Final = (*_CALL_PHRASES, *(fold(term) for term in terms(CHAIN_SPREAD)))
_CHAIN_CALL_PARTS: Final = tuple(
    part for part in dict.fromkeys(_CALLS) if not any(p != part and p in part for p in _CALLS)
)
_CHAIN_CALL_PART: Final = re.compile("|".join(map(re.escape, _CHAIN_CALL_PARTS)))
_CHAIN_CURSE: Final = re.compile(_words(CHAIN_CURSE))
# A hoax to pass on ("拡散お願いします！来月から全国の銀行ATMが使えなくなるそうです"): the call
# to spread it, a nationwide or "your account" scope and hearsay or a coming change. Only when
# nothing ties it to the post or the city.
_HOAX_SCOPE: Final = re.compile(_words(HOAX_SCOPE))
_HOAX_CLAIM: Final = re.compile(_words(HOAX_CLAIM))
_CHAIN_WARNING: Final = re.compile(_words(CHAIN_WARNING))
# The patterns run on the folded text: their words come from the word lists, spelled as the fold
# spells them (rules/_terms.py), and their grammar is written out.
FOLDED_PATTERNS: Final = (
    _CHAIN_CALL,
    _CHAIN_CALL_PART,
    _CHAIN_COUNT,
    _CHAIN_CURSE,
    _CHAIN_UNIT,
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
    if not threat and CHAIN_NOUN not in words and _CHAIN_UNIT.search(folded) is None:
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
    if _CHAIN_CALL_PART.search(folded) is None:
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
