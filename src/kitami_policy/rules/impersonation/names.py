"""Authors named as the police, a platform or an acting office, and handles hiding an office's
marker with look-alike letters (4-5)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.impersonation.claims import ACTING
from kitami_policy.rules.impersonation.handles import whole

__all__ = ["LEVELS", "find_third_party_name"]

# Third parties a name must not pose as whatever it says: the police, a platform or its support.
# Latin words are spelled as the fold leaves them: runs shortened (facebok, suport, twiter).
_THIRD_PARTY_NAME: Final = re.compile(
    r"警察|道警|県警|police|交番|運営事務局|かすたまさぽと|customersuport|さぽとちむ|suportteam|helpdesk|"
    r"(?<![a-z])(?:instagram|facebok|meta|twiter|line|いんすた|ふぇいすぶっく|ついった|らいん|x)"
    r"(?![a-z])(?:.*?(?:公式|運営|事務局|さぽと|suport|help|せきゅりてぃ|security|team|ちむ|japan|jp|じゃぱん|日本|"
    r"busines|for|center|せんた)"
    r"|$)"
)
# Names of an institution or office; posing as one shows in what the comment asks readers to do.
_OFFICE_NAME: Final = re.compile(
    r"せんた|center|窓口|委員会|事務局|さぽと|suport|報道|編集部|新聞|日報|郵便|post|銀行|金庫|信金|"
    r"信用組合|農協|役所|役場|消防|本部|公式|oficial|運営|相談|協会|ちけっと|ticket|担当|課$|[一-龥]課|"
    r"じゃぱん|japan|きゃんぺん|campaign|株式会社|株|お客様|かすたま|運輸|急便|宅配|配送|でりばり|"
    r"delivery|どこも|docomo|そふとばんく|softbank|電力|ガス|水道局|[一-龥]庁|[一-龥]省|機構|年金|"
    r"税務署|ぽいんと|point|"
    # public facilities and bodies that take bookings, entries or donations
    r"(?:記念|博物|美術|水族|図書|科学|資料|文学|郷土|交流|公民|体育|文化|市民)館|会館|支所|出張所|"
    r"保健所|赤十字|社会福祉協議会|社協|協議会|財団|新聞社|放送局"
)

# What an office-like or platform-like name needs at the least; a plain personal name (宮本 香織)
# has none of it and skips the fold. Letters of any alphabet send a name down the full path.
_NAME_GATE: Final = re.compile(
    r"[A-Za-zＡ-Ｚａ-ｚ\u0370-\u052f]|[課係部局室署庁館所会隊団省便輸株社]|センタ|サポ|窓口|公式|運営|事務|警|"
    r"交番|銀行|金庫|信金|組合|農協|報道|新聞|日報|相談|担当|チケ|ｾﾝﾀ|ｻﾎﾟ|ジャパン|キャンペーン|"
    r"お客様|ドコモ|電力|ガス|機構|年金"
)
# A link written without its scheme (dcm-pay-check.com) acts like one in the original text.
_BARE_LINK: Final = re.compile(
    r"[A-Za-z0-9-]\s?(?:\.|\[\.\])\s?(?:com|net|jp|xyz|top|info|click|site|online|shop)\b"
)


def find_third_party_name(ctx: Context) -> Iterable[Evidence]:
    """An author named as the police or a platform's support, or as an office that acts as one,
    or whose handle disguises an office's marker.

    A name such as 〇〇チケットセンター or 〇〇信用金庫 相談窓口 is impersonation when the
    comment then does what the office would: takes requests, asks for messages, personal data
    or payment, points to a link. A shop or a club named as such that only talks is left alone.
    A handle that writes ``official``, ``support`` or a facility's name with look-alike letters
    (``officiaI``, ``museurn``) poses as that office whatever the comment says.
    """
    found = _third_party_name(ctx)
    handle = _disguised_handle(ctx)
    return (*found, handle) if handle is not None else found


def _third_party_name(ctx: Context) -> tuple[Evidence, ...]:
    name = ctx.author_name
    if not name:
        return ()
    kind = _name_kind(name)
    if kind == _THIRD_PARTY:
        return (whole(name, "author_name", _THIRD_PARTY_LEVEL),)
    if kind == _OFFICE and (ACTING.search(ctx.folded) or _BARE_LINK.search(ctx.numbers)):
        return (whole(name, "author_name", _ACTING_OFFICE_NAME),)
    return ()


_THIRD_PARTY, _OFFICE, _PERSON = 2, 1, 0
# What makes an office's name a person's (a fan, a former member, a regular); unlike
# _HONEST_NAME, 民 stays an office's (市民会館, 市民課).
_HONEST_OFFICE_NAME: Final = re.compile(
    r"非公式|ふぁん|fan|好き|すき|在住|出身|応援|元(?!気)|(?<![a-z])ob(?![a-z])|愛好|まにあ|"
    r"研究|観察|うぉっち|見守|常連|利用者"
)
_CAPITAL_I: Final = re.compile(r"(?<=[a-z])I")


@functools.lru_cache(maxsize=4096)
def _name_kind(name: str) -> int:
    """Whether a display name is the police or a platform, an office, or neither (memoised:
    the same authors come back)."""
    if _NAME_GATE.search(name) is None:
        return _PERSON
    # Folded word by word, so that "Meta Business Support" keeps its word boundaries; a capital
    # I after a small letter is read as the l it poses as (Instagram HeIp).
    if "I" in name:
        name = _CAPITAL_I.sub("l", name)
    if _THIRD_PARTY_NAME.search(" ".join(fold(word) for word in name.split())):
        return _THIRD_PARTY
    folded = fold(name)
    # 水族館好き, 図書館ファン: a person who likes the place, not the place.
    if _OFFICE_NAME.search(folded) and _HONEST_OFFICE_NAME.search(folded) is None:
        return _OFFICE
    return _PERSON


# --- a handle that hides an office's marker ----------------------------------------------

# Words that mark a handle as an office's, a facility's or a support team's own, as handles
# spell them. A person has no reason to write one of them with a look-alike letter.
_HANDLE_MARKER: Final = re.compile(
    r"official|offical|koushiki|kousiki|support|staff|admin|help|info|museum|library|aquarium|"
    r"center|centre|city|police|kouhou|jimukyoku|suizokukan|kinenkan|toshokan|tosyokan|"
    r"hakubutsukan|bijutsukan|shisho|sisyo|bousai|bosai|campaign|present|security"
)
# Look-alikes undone: a capital I after a small letter reads as l (officiaI), a 0 beside a
# letter as o (0fficial, b0usai), a 1 after a letter as l (officia1), rn as m (museurn), vv as w.
_CAPITAL_I_AS_L: Final = re.compile(r"(?<=[a-z])I")
_ZERO_AS_O: Final = re.compile(r"(?<=[a-z])0|0(?=[a-z])")
_ONE_AS_L: Final = re.compile(r"(?<=[a-z])1(?![0-9])")


def _undisguised(handle: str) -> str:
    """*handle* read as the eye reads it: look-alike letters and digits made the letters they
    pose as, other scripts' look-alikes made Latin, all in lower case.

    >>> _undisguised("yamano_suizokukan_officiaI"), _undisguised("kitami_hakka_museurn")
    ('yamano_suizokukan_official', 'kitami_hakka_museum')
    """
    value = _CAPITAL_I_AS_L.sub("l", handle)
    if not value.isascii():
        value = "".join(fold(ch) if not ch.isascii() else ch for ch in value)
    value = _ONE_AS_L.sub("l", _ZERO_AS_O.sub("o", value.lower()))
    return value.replace("rn", "m").replace("vv", "w")


@functools.lru_cache(maxsize=4096)
def _disguised_marker(handle: str) -> bool:
    """Whether *handle* spells an office's marker only once its look-alikes are undone
    (memoised: the same authors come back)."""
    plain = handle.lower()
    undone = _undisguised(handle)
    if undone == plain:
        return False
    found = {m[0] for m in _HANDLE_MARKER.finditer(undone)}
    return bool(found - {m[0] for m in _HANDLE_MARKER.finditer(plain)})


def _disguised_handle(ctx: Context) -> Evidence | None:
    """Evidence of a handle that writes an office's marker with look-alike letters (``officiaI``
    with a capital I, ``museurn`` with rn, ``0fficial`` with a zero): posing as the office,
    whoever it is (the city, a museum, an aquarium, a platform's support)."""
    handle = ctx.author_handle
    if not handle or not _disguised_marker(handle.lstrip("@")):
        return None
    return whole(handle, "author_handle", _DISGUISED_MARKER)


# Confidence levels (data/rules/impersonation.toml [levels]).
_THIRD_PARTY_LEVEL: Final = "third_party_name"
_ACTING_OFFICE_NAME: Final = "acting_office_name"
_DISGUISED_MARKER: Final = "disguised_marker"
LEVELS: Final = frozenset((_THIRD_PARTY_LEVEL, _ACTING_OFFICE_NAME, _DISGUISED_MARKER))
