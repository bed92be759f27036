"""Whose a value is: a public office's, a facility's or a shop's, or a private person's.

CLAUSES.md 4-1, "what does NOT": a number the comment itself attributes to a public office (市役所,
〇〇課, センター, 交番) or to a facility or shop is published for the public, whether the office is
named before or after the number (市役所の代表番号は …, 0157-24-1234は北見市除雪センターの番号です),
unless a person is marked beside it (市役所の田中さんの携帯, こいつの店).

The same reading tells 4-5 whether a comment gives an office's number as the office would, or
passes it on: 除雪センター（080-1111-2222）に電話してください speaks *of* the centre
(:func:`relayed`), and is neither impersonation nor a leak. And it names the person a value
belongs to (:func:`owner_names`): 佐藤花子の住所は …, 鈴木一郎の自宅を特定した; that name is
masked like the value.

The word lists read here are ``pii_public_office``, ``pii_facility``, ``pii_body_kind``,
``pii_phone_label``, ``pii_personal_mark``, ``pii_home_mark``, ``pii_relay``, ``pii_detail`` and
``pii_not_a_name`` (``data/words/``).
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern, terms

__all__ = ["WORD_LISTS", "attributed_to_office", "clause_before", "owner_names", "relayed"]

WORD_LISTS: Final = (
    "pii_public_office",
    "pii_facility",
    "pii_body_kind",
    "pii_phone_label",
    "pii_personal_mark",
    "pii_home_mark",
    "pii_relay",
    "pii_detail",
    "pii_not_a_name",
    "pii_met_verb",
)

# An office named a few characters before the number; kanji ending in 課, 係, 室 or 局 are
# offices whatever their name.
_OFFICE: Final = re.compile(
    rf"{pattern('pii_public_office', form='text')}|[^一-龥]?[一-龥]{{1,6}}[課係室局]"
)
# Marks of a private person inside the window: a mobile number there is that person's.
_PERSONAL_MARK: Final = re.compile(
    rf"{pattern('pii_personal_mark', form='text')}|"
    # 図書館で会った子の番号, 駅で見かけた人: a person met there, not the place
    rf"(?:{pattern('pii_met_verb', form='text')}|の)(?:子|人|男|女)"
)
# Marks that make even a landline a person's: their home, their own phone, a person pointed at
# (環境課の田中さん（0157-…）is still the office's line; 市役所の田中さんの自宅 is not).
_HOME_MARK: Final = re.compile(pattern("pii_home_mark", form="text"))
_ASCII_OFFICES: Final = tuple(t for t in terms("pii_public_office") if t.isascii())
_OFFICE_WORD: Final = rf"(?:{pattern('pii_public_office', form='text')}|[一-龥][課係室局])"
_LABEL: Final = rf"(?:(?i:{pattern('pii_phone_label', form='text')})|[℡☎📞])"
# An office in brackets right after the number: 0157-24-0110（北見警察署）.
_OFFICE_IN_BRACKETS: Final = re.compile(rf"\s?[（(【\[]\s?[^）)】\]]{{0,12}}?{_OFFICE_WORD}")
# The number said to be an office's after it: 0157-24-1234は北見市除雪センターの番号です.
_OFFICE_NAMED_AFTER: Final = re.compile(
    rf"[)）】\]」]?\s?(?:は|が|って|も|:|：|=|＝|→)\s?[^\s。、！？!?\n]{{0,16}}?{_OFFICE_WORD}"
    rf"の?\s?{_LABEL}"
)
# A public facility, an office or a shop named right before the number, the number in
# brackets or after 電話/TEL/代表 (ハッカ記念館（0157-23-6200）, 〇〇動物園の電話番号は …): its
# own number, published for the public. A single kanji that ends such a name is read here;
# longer endings are the pii_facility list, which leaves out words that also end private
# places (住所, 職場, 部屋).
_FACILITY_BEFORE: Final = re.compile(
    rf"(?:[館園署局庁院堂寺駅港課係校店]|{pattern('pii_facility', form='text')})"
    rf"(?:さん)?\s?(?:[（(【\[「]|の?{_LABEL}?\s?(?:は|:|：|=|＝)?)\s?$"
    # JAきたみらい（…）, ㈱オホーツク道路（…）: a body whose kind comes first (the phone match
    # may hold the opening bracket itself)
    rf"|{pattern('pii_body_kind', form='text')}\s?[^\s（(、。]{{1,12}}\s?[（(]?\s?$"
)
# Characters one of which every match of _FACILITY_BEFORE holds: the suffix kanji, the last
# character of each facility word and the first of each kind of body. Windows without any (a
# wall of digits) skip the pattern.
_FACILITY_MARKS: Final = frozenset(
    "館園署局庁院堂寺駅港課係校店"
    # センター is also written センタ-: the character before a final long mark stands for it.
    + "".join(term.rstrip("ー")[-1] for term in terms("pii_facility"))
    + "".join(term[:1] for term in terms("pii_body_kind"))
)
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")
_CLAUSE_END: Final = re.compile(r"[。！？!?\n、，,]")
_WINDOW: Final = 14


def _window_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end."""
    window = text[max(0, start - _WINDOW) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def clause_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end or comma."""
    window = text[max(0, start - 10) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def attributed_to_office(text: str, start: int, end: int, mobile: bool) -> bool:
    """Whether the comment gives the number at ``text[start:end]`` as a public office's, a
    facility's or a shop's.

    Four readings: the facility named right before it (ハッカ記念館（0157-23-6200）), an office
    in brackets right after it (0157-24-0110（北見警察署）), the number said to be an office's
    after it (0157-24-1234は北見市除雪センターの番号です), or an office named a few characters
    before (市役所の代表番号は …). A person marked there makes a mobile number theirs
    (市役所の田中さんの携帯); a home or a person pointed at makes any number theirs when it
    stands after the office (市役所の田中さんの自宅, こいつの店).
    """
    window = _window_before(text, start)
    lo = max(0, start - 24)
    if not _FACILITY_MARKS.isdisjoint(text[lo:start]) and _FACILITY_BEFORE.search(text, lo, start):
        clause = clause_before(text, start)
        return not ((mobile and _PERSONAL_MARK.search(clause)) or _HOME_MARK.search(clause))
    after = _OFFICE_IN_BRACKETS.match(text, end) or _OFFICE_NAMED_AFTER.match(text, end)
    # An ASCII window (a run of numbers) names an office only with an ASCII office word (HP).
    ascii_only = window.isascii() and not any(word in window for word in _ASCII_OFFICES)
    offices = [] if ascii_only else list(_OFFICE.finditer(window))
    if not offices and after is None:
        return False
    if mobile and _PERSONAL_MARK.search(window + (after[0] if after else "")):
        return False
    # 市役所の田中さんの自宅 0157-…: the office only says where the person works.
    last = offices[-1].end() if offices else len(window)
    return _HOME_MARK.search(window, last) is None


# Passing a number on: a plain verb of calling or asking after it (に電話してください), its office
# named as the owner after it, its office's number named before it (除雪センターの番号は), or the
# number reported (…らしい, …と聞いた).
_RELAY_AFTER: Final = re.compile(
    rf"[)）】\]」』]?\s?(?:に|へ|まで|で)\s?{pattern('pii_relay', form='text')}"
)
_OWNERS_NUMBER_BEFORE: Final = re.compile(rf"の\s?{_LABEL}\s?(?:は|が|って|:|：|→)\s?[（(]?\s?$")
_REPORTED_AFTER: Final = re.compile(
    r"[^。！？!?\n]{0,16}?(?:らしい|だそう|とのこと|って(?:聞|書|言)|と(?:聞|書|言)(?:い|っ))"
)
# An office speaking of its own number: 当センターの番号は, こちらの電話番号は.
_OWN_VOICE: Final = re.compile(r"当|弊|こちら|本(?:課|係|室|局|所|センター)")


def relayed(text: str, start: int, end: int) -> bool:
    """Whether the comment passes on the number at ``text[start:end]`` rather than giving it in
    its office's own voice.

    A citizen relays an office's number (除雪センター（080-1111-2222）に電話してください,
    0157-24-1234は除雪センターの番号です, 除雪センターの番号は …らしい); an office's notice gives
    it as its own (北見市道路維持課 担当：新井 080-…（直通）, 当センターの番号は …).
    """
    if _RELAY_AFTER.match(text, end) or _OFFICE_NAMED_AFTER.match(text, end):
        return True
    if _REPORTED_AFTER.match(text, end):
        return True
    before = _window_before(text, start)
    return _OWNERS_NUMBER_BEFORE.search(before) is not None and _OWN_VOICE.search(before) is None


# A name right before what is disclosed of its bearer: 佐藤花子の住所, 田中さんの携帯, 田中の私用
# メアド. Kanji names (and 々), or katakana ones.
_OWNER: Final = re.compile(
    r"(?P<name>[一-龥々]{2,6}|[ァ-ヴ][ァ-ヴー・]{1,9})(?:さん|くん|君|ちゃん|氏|様)?の\s?"
    rf"(?:[一-龥]{{1,3}}の?)?{pattern('pii_detail', form='text')}"
)
_NOT_A_NAME: Final = re.compile(
    rf"{pattern('pii_not_a_name', form='text')}$|[市町村区課係所館店社校院園局署場]$"
)
_OWNER_REACH: Final = 16


def owner_names(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The names of the people whose details ``text[start:end]`` discloses or asks for: a name
    followed by の and a detail (住所, 自宅, 携帯, 本名 …) in the span or just around it
    (田中の携帯は090-…, 090-… が佐藤の携帯).

    Roles, relatives and places (職員の自宅, 市役所の住所, 息子の学校) are not names.

    >>> text = "鈴木一郎の住所知ってる人いる？"
    >>> [text[s.start : s.end] for s in owner_names(text, 5, 12)]
    ['鈴木一郎']
    """
    lo, hi = max(0, start - _OWNER_REACH), end + _OWNER_REACH
    if "の" not in text[lo:hi]:
        return ()
    names: list[Span] = []
    for match in _OWNER.finditer(text, lo, hi):
        name = match["name"]
        if _NOT_A_NAME.search(name) is None:
            names.append(Span(match.start("name"), match.end("name")))
    return tuple(names)
