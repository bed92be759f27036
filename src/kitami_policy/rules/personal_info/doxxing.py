"""Doxxing (4-1): 特定しました / 晒す posts and requests to dig up a person's details."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import owner_names

__all__ = ["DOX_WORDS", "FOLDED_PATTERNS", "WORD_LISTS", "find_doxxing"]

# --- doxxing ------------------------------------------------------------------------------


# Every pattern here runs on the folded text; their words come from the word lists (spelled as
# the fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written
# out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Someone whose details are dug up: a person pointed at, a kind of person, or a named one.
_TARGET: Final = (
    rf"(?:{_words('pii_dox_target')}|(?:この|あの|その)?{_words('pii_dox_person')}|"
    r"[一-龥]{1,4}(?:さん|くん|君|ちゃん|氏))"
)
# What is asked for: where someone lives or works, who they are (家, but not 家族 or 家計).
_HOME: Final = rf"(?:(?!{_words('pii_not_home')})家|{_words('pii_dox_detail')})"
# What is exposed: the same, or their school and contacts.
_INFO: Final = rf"(?:{_HOME}|{_words('pii_dox_info')})"
_DIG: Final = _words("pii_dox_dig")
_DOXXING: Final = re.compile(
    # こいつの住所知ってる人いる / 職員の自宅を特定した
    rf"{_TARGET}の?{_HOME}(?:を|が|も|は|って|とか|まで)?.{{0,4}}?{_DIG}"
    # 住所特定 / 本名を晒す / 職場突き止めた
    rf"|{_INFO}(?:を|が|も|まで)?{_words('pii_dox_expose')}"
    # こいつ特定しました
    rf"|{_TARGET}(?:の(?:こと))?(?:を|は|も)?特定(?:し|でき|完了|済|余裕|はよ|班)"
    # こいつら誰か知ってる人いる / 職員の名前わかる人いる
    rf"|{_TARGET}(?:ら|たち|の{_words('pii_name_word')})?(?:が|は|って|の)?(?:誰|だれ|どこの誰)"
    rf"(?:か|なのか)?{_words('pii_dox_know')}"
    rf"|{_TARGET}の?(?:名前|なまえ)(?:を|が|とか)?(?:知って|しって|わかる|分かる)(?:る)?"
    r"(?:人|ひと|やつ|奴)"
)
# 晒す and its forms, unless something is exposed to the weather, danger or shame.
_EXPOSE: Final = re.compile(
    r"(?:晒|さら)(?:す(?!ら)|します|しま|そう|して(?:やる|やろ|おく|おき|いく|く)|したる|しとく|"
    r"しあげ|し上げ|せ(?!ん|る|な)|されろ|したった)"
)
_EXPOSED_TO: Final = re.compile(rf"{_words('pii_exposed_to')}に$|{_words('pii_exposed_self')}を$")
_IDENTIFIED: Final = re.compile(
    rf"特定(?:{_words('pii_identified_done')}|した(?!い|ら|上|うえ|後|のは)|してみた(?!い|ら)"
    r"|された(?!い))"
)
# 特定して / 特定しろ: a request to identify, doxxing when a person or an account is the object.
_IDENTIFY_REQUEST: Final = re.compile(rf"特定{_words('pii_identify_request')}")
_PERSON_OBJECT: Final = re.compile(
    rf"{_TARGET}|{_words('pii_dox_object')}|あか(?:の|を)|書いた(?:人|やつ|奴)"
)
# What a city or a citizen legitimately identifies: a cause, a place, a fault.
_IDENTIFIED_THING: Final = re.compile(rf"{_words('pii_identified_thing')}(?:を|が|は|も)?$")
# Asking others to dig up someone's details: 住所知ってる人いる？, 本名わかったら教えて.
_ASK_OTHERS: Final = re.compile(
    rf"(?:(?:{_words('pii_name_word')}(?:と|や|とか){_words('pii_ask_with_name')}|"
    rf"{_words('pii_ask_detail')})(?:を|が|とか|も|って|は)?"
    rf"|{_words('pii_ask_who')}か?)"
    rf"{_words('pii_ask_know')}"
)
# A public place asked about is no one's home: 新庁舎の住所知ってる人.
_PUBLIC_BEFORE_ASK: Final = re.compile(rf"(?:{_words('pii_public_place')}|課)の?$")
# Someone's real name given out (本名は森田健一), not one's own nor one withheld.
_NOT_OWN: Final = "".join(f"(?<!{re.escape(fold(term))})" for term in terms("pii_self_word"))
_REAL_NAME: Final = re.compile(
    rf"{_NOT_OWN}(?:本名|ふるねむ)(?:は|って|が)"
    rf"(?!{_words('pii_name_withheld')})[一-龥ぁ-ん]{{2,}}"
)
# Someone's home placed on the map: こいつの家は美山町の青い屋根, 職員の自宅は三輪の団地.
_HOME_PLACED: Final = re.compile(
    rf"{_TARGET}の{_HOME}(?:は|って)"
    rf"(?!{_words('pii_place_withheld')})"
    rf".{{0,14}}?(?:{_words('pii_home_place')}|[一-龥]{{2}}(?:で|です|だよ|だぞ|だった|らしい))"
)

#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (
    _DOXXING,
    _EXPOSE,
    _EXPOSED_TO,
    _IDENTIFIED,
    _IDENTIFY_REQUEST,
    _PERSON_OBJECT,
    _IDENTIFIED_THING,
    _ASK_OTHERS,
    _PUBLIC_BEFORE_ASK,
    _REAL_NAME,
    _HOME_PLACED,
)
WORD_LISTS: Final = (
    "pii_dox_target",
    "pii_dox_person",
    "pii_dox_detail",
    "pii_not_home",
    "pii_dox_info",
    "pii_dox_dig",
    "pii_dox_expose",
    "pii_exposed_to",
    "pii_exposed_self",
    "pii_identified_thing",
    "pii_dox_object",
    "pii_ask_detail",
    "pii_name_word",
    "pii_ask_with_name",
    "pii_ask_who",
    "pii_ask_know",
    "pii_public_place",
    "pii_self_word",
    "pii_name_withheld",
    "pii_place_withheld",
    "pii_home_place",
    "pii_dox_know",
    "pii_identified_done",
    "pii_identify_request",
)


def find_doxxing(ctx: Context) -> Iterable[Evidence]:
    """特定しました / 晒す posts and requests to dig up a person's details."""
    if DOX_WORDS.isdisjoint(ctx.words):
        return ()
    folded = ctx.folded
    found = [(m.start, m.end) for m in ctx.matches("pii_doxxing")]
    found += [m.span() for m in _DOXXING.finditer(folded)]
    # A home placed on the map or a real name is the personal data itself: the excerpt masks it.
    exposed: list[tuple[int, int]] = []
    if "の" in folded:
        exposed += [m.span() for m in _HOME_PLACED.finditer(folded)]
    if "本名" in folded or "ふるねむ" in folded:
        exposed += [m.span() for m in _REAL_NAME.finditer(folded)]
    found += exposed
    if "晒" in folded or "さら" in folded:
        for m in _EXPOSE.finditer(folded):
            if _EXPOSED_TO.search(folded, max(0, m.start() - 4), m.start()) is None:
                found.append(m.span())
    if "特定" in folded:
        for m in _IDENTIFIED.finditer(folded):
            if _IDENTIFIED_THING.search(folded, max(0, m.start() - 6), m.start()) is None:
                found.append(m.span())
        for m in _IDENTIFY_REQUEST.finditer(folded):
            if _IDENTIFIED_THING.search(folded, max(0, m.start() - 6), m.start()) is None and (
                _PERSON_OBJECT.search(folded) is not None
            ):
                found.append(m.span())
    for m in _ASK_OTHERS.finditer(folded):
        if _PUBLIC_BEFORE_ASK.search(folded, max(0, m.start() - 8), m.start()) is None:
            found.append(m.span())
    if not found:
        return ()
    # Sorted as plain offsets (the map back to the original keeps their order): a wall of 晒す
    # gives a span per copy, and sorting Span objects would cost a Python call per comparison.
    spans = list(dict.fromkeys(ctx.span(start, end) for start, end in sorted(set(found))))
    # The person whose details are dug up is named before them (鈴木一郎の住所知ってる人いる？):
    # the name is personal data, masked wherever the comment is shown.
    names = dict.fromkeys(
        name for span in spans for name in owner_names(ctx.text, span.start, span.end)
    )
    personal = (*spans, *names) if exposed else tuple(names)
    return (Evidence(spans=tuple(spans), mask="text" if exposed else "none", personal=personal),)


DOX_WORDS: Final = frozenset(("pii_dox_cue", "pii_doxxing"))
