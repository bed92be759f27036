"""Clause 4-5: 他のユーザー又は第三者等になりすますもの.

CLAUSES.md reads 4-5 as an account that is not the official one presenting itself as the city,
a city department, its staff, the mayor, or any third party — the police, a platform's support
team, another user — through a look-alike name or handle (北見市役所【公式】,
``kitamisiyakusyo_0fficial``, a Cyrillic а for a Latin a) or through what it says
("北見市役所の職員です、こちらで受付します"). It does NOT cover a citizen saying they are a
citizen, nor a comment quoting what the city said ("市役所の方が〜と言っていました").

Speaking as an office needs no name of it: a notice in an office's voice that collects personal
data or a payment through this account, a reply, a DM or a link ("献血にご協力いただいた方へ。
…このアカウントにお名前と生年月日を送っていただければお知らせします") poses as whoever would
send such a notice. So does a handle that writes an office's marker with look-alike letters
(``officiaI``, ``museurn``), whoever the office is. Such a notice is 4-5 rather than 4-6
(CLAUSES.md, "Where clauses meet"); :func:`speaks_as_office` lets the advertising rules tell.

How the author's handle is read. A handle is unique on its platform, so an author whose handle
is exactly the official handle *of the post's platform* is the city itself and is never flagged
(section 3(2) says the city does not reply, but if it ever does, that is not impersonation).
The same handle on another platform, or an official handle with look-alike letters, or one
within two edits of an official handle, is a look-alike. When the platform is unknown, an exact
official handle is given the benefit of the doubt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

import attrs

from kitami_policy._normalize import fold
from kitami_policy.accounts import Platform
from kitami_policy.findings import Span
from kitami_policy.rules.base import OPENING_BRACKETS, Context, Detector, Evidence, Trigger

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "TRIGGERS",
    "WORD_LISTS",
    "edit_distance_within",
    "skeleton",
    "speaks_as_office",
]

# --- handles ------------------------------------------------------------------------------

# Digits and letters that pass for one another in a handle, then romanisation variants, so
# that kitamishiyakusho, kitamisiyakusyo and k1tam1siyakusy0 share one skeleton. ASCII handles
# (nearly all) take a bytes.translate path: the str path costs several times more per comment.
_CONFUSABLES: Final = ("0134578l", "oieastbi")
_ASCII_TABLE: Final = bytes.maketrans(*(s.encode() for s in _CONFUSABLES))
_ASCII_DROP: Final = bytes(
    c for c in range(128) if not (0x61 <= c <= 0x7A or chr(c) in _CONFUSABLES[0])
)
_TABLE: Final = str.maketrans(*_CONFUSABLES)
_ROMAJI: Final = (
    ("rn", "m"), ("vv", "w"), ("shi", "si"), ("sh", "sy"),
    ("chi", "ti"), ("ch", "ty"), ("tsu", "tu"), ("ji", "zi"),
)  # fmt: skip
_NOT_LATIN: Final = re.compile(r"[^a-z]")
_LATIN: Final = re.compile(r"[a-z]")


def skeleton(value: str) -> str:
    """The look-alike skeleton of a handle or Latin name: what a reader's eye compares.

    >>> skeleton("@kitamisiyakusyo"), skeleton("k1tamishiyakusho_0fficial")
    ('kitamisiyakusyo', 'kitamisiyakusyoofficiai')
    >>> skeleton("kitаmishi")  # a Cyrillic а
    'kitamisi'
    """
    if value.isascii():
        out = value.lower().encode().translate(_ASCII_TABLE, _ASCII_DROP).decode()
    else:
        out = _NOT_LATIN.sub("", fold(value).translate(_TABLE))
    for old, new in _ROMAJI:
        if old in out:
            out = out.replace(old, new)
    return out


def edit_distance_within(a: str, b: str, limit: int) -> int | None:
    """The Levenshtein distance of *a* and *b* if it is at most *limit*, else ``None``.

    Only a band of width ``2 * limit + 1`` is computed, so a handle costs a few dozen steps.

    >>> edit_distance_within("kitamisi", "kitamisl", 2), edit_distance_within("abc", "xyz", 2)
    (1, None)
    """
    if abs(len(a) - len(b)) > limit:
        return None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [limit + 1] * (len(b) + 1)
        current[0] = i if i <= limit else limit + 1
        for j in range(low, high + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if min(current[max(0, low - 1) : high + 1]) > limit:
            return None
        previous = current
    return previous[len(b)] if previous[len(b)] <= limit else None


# Markers of an official account in a handle or Latin name.
_OFFICIAL_LATIN: Final = re.compile(
    r"of+ic|kou?siki|kosiki|yakusyo|yakusho|yakuba|city|kou?ho|mayor|sityo|sicho|staf|admin|"
    r"suport|jinji|kouhou|kosodate|bousai|bosai"
)


def _bare(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()


@attrs.frozen(cache_hash=True)
class _Official:
    """What an author is compared with, computed once per policy.

    Attributes:
        handles: each official handle, bare, with its platform.
        bare: the bare official handles, for a quick first look.
        skeletons: the official handles' skeletons.
        pieces: the halves of short skeletons and the thirds of long ones, as one pattern: a
            handle within one (two) edits of a skeleton holds one of its halves (thirds) whole,
            by pigeonhole, which spares most handles the edit distance.
        stem: the municipality's romaji stem (``kitami``).
        city: the municipality's name, folded (``北見市``).
    """

    handles: tuple[tuple[str, Platform], ...]
    bare: frozenset[str]
    skeletons: tuple[str, ...]
    pieces: re.Pattern[str]
    stem: str
    city: str


_LONG: Final = 10


@functools.lru_cache(maxsize=8)
def _official(accounts: tuple[tuple[str, Platform], ...], name: str, name_en: str) -> _Official:
    """The comparison data of a policy's accounts (pure, memoised: the same few policies are
    asked about for every comment)."""
    skeletons = tuple(skeleton(h) for h, _ in accounts)
    # A short skeleton is compared within one edit (halves), a long one within two (thirds).
    thirds = {
        sk[i * len(sk) // n : (i + 1) * len(sk) // n]
        for sk in skeletons
        for n in ((3,) if len(sk) >= _LONG else (2,))
        for i in range(n)
    }
    words = name_en.split()
    return _Official(
        handles=tuple((_bare(h), p) for h, p in accounts),
        bare=frozenset(_bare(h) for h, _ in accounts),
        skeletons=skeletons,
        pieces=re.compile("|".join(sorted(re.escape(t) for t in thirds if t)) or "(?!)"),
        stem=skeleton(words[0]) if words else "",
        city=fold(name),
    )


def _official_of(ctx: Context) -> _Official:
    policy = ctx.policy
    accounts = tuple((a.handle, a.platform) for a in policy.accounts)
    return _official(accounts, policy.municipality, policy.municipality_en)


def _is_the_city(platform: Platform | None, official: _Official, handle: str) -> bool:
    """Whether *handle* is exactly the official handle of the post's platform (or of any
    platform, when the platform is unknown): then the author is the city itself."""
    bare = _bare(handle)
    if bare not in official.bare:
        return False
    return any(bare == h and platform in (None, p) for h, p in official.handles)


def _handle_evidence(value: str, source: str, official: _Official) -> Evidence | None:
    """Evidence that *value* (a handle, or a display name) imitates an official handle."""
    skel = skeleton(value)
    if len(skel) < 5:
        return None
    if official.pieces.search(skel) is not None:
        for target in official.skeletons:
            distance = edit_distance_within(skel, target, 2)
            if distance is not None and (distance <= 1 or len(target) >= _LONG):
                return _all(value, source, _SAME_HANDLE if distance == 0 else _NEAR_HANDLE)
    if official.stem and official.stem in skel and _OFFICIAL_LATIN.search(skel):
        return _all(value, source, _STEM_HANDLE)
    return None


def _all(value: str, source: str, level: str) -> Evidence:
    return Evidence(spans=(Span(0, len(value)),), source=source, level=level)


# --- display names ------------------------------------------------------------------------

# Words in a display name that present it as an office rather than a person (folded).
_OFFICE_IN_NAME: Final = re.compile(
    r"公式|役所|役場|広報|市長|職員|課|係|担当|本部|oficial|ofic|せんた|窓口|事務局|運営|city|"
    r"しやくしょ|いんふぉ|info|news|にゅす|pr$"
)
# An office of the city named without the city's name: 市役所 広報課, 市長 田中. A name that
# says it is a citizen, a fan or a former member is left alone.
_CITY_OFFICE_NAME: Final = re.compile(
    r"市役所|市長|副市長|市職員|市広報|広報課|広報広聴|秘書課|市民の声をきく課|危機対策課|役場"
)
_HONEST_NAME: Final = re.compile(
    r"非公式|ふぁん|fan|好き|すき|民(?!の声)|在住|出身|応援|元|ob|愛|まにあ|研究|観察|うぉっち|見守"
)
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


# A display name can pose as the city only with the city's name in it, an office of the city
# or letters.
_CITY_NAME_GATE: Final = re.compile(r"[北きキｷ市役課]|[A-Za-zＡ-Ｚａ-ｚ\u0370-\u052f]")
# Kanji that pass for the city's own: 巿 (U+5DFF) for 市.
_KANJI_LOOKALIKES: Final = str.maketrans({"巿": "市", "朩": "木"})


def _find_lookalike_account(ctx: Context) -> Iterable[Evidence]:
    """An author whose handle or display name imitates one of the city's accounts."""
    author = ctx.comment.author
    if author is None:
        return ()
    platform = ctx.post.account.platform if ctx.post is not None else None
    return _account_verdict(author.handle or "", author.name or "", platform, _official_of(ctx))


# The same authors come back comment after comment: their verdict is a pure function of the
# name, the handle, the platform and the policy's accounts, and Evidence is immutable.
@functools.lru_cache(maxsize=4096)
def _account_verdict(
    handle: str, name: str, platform: Platform | None, official: _Official
) -> tuple[Evidence, ...]:
    return tuple(_lookalike_accounts(handle, name, platform, official))


def _lookalike_accounts(
    handle: str, name: str, platform: Platform | None, official: _Official
) -> Iterator[Evidence]:
    if handle:
        if _is_the_city(platform, official, handle):
            return
        found = _handle_evidence(handle, "author_handle", official)
        if found is not None:
            yield found
    if not name:
        return
    if not name.isascii():
        if _CITY_NAME_GATE.search(name) is None:
            return
        folded = fold(name).translate(_KANJI_LOOKALIKES)
        if folded == official.city or (
            official.city in folded
            and _OFFICE_IN_NAME.search(folded)
            and _HONEST_NAME.search(folded) is None
        ):
            yield _all(name, "author_name", _CITY_NAME)
            return
        if _CITY_OFFICE_NAME.search(folded) and _HONEST_NAME.search(folded) is None:
            yield _all(name, "author_name", _OFFICE_NAME_LEVEL)
            return
        if _LATIN.search(folded) is None:
            return
    found = _handle_evidence(name, "author_name", official)
    if found is not None:
        yield found


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


def _find_third_party_name(ctx: Context) -> Iterable[Evidence]:
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
        return (_all(name, "author_name", _THIRD_PARTY_LEVEL),)
    if kind == _OFFICE and (_ACTING.search(ctx.folded) or _BARE_LINK.search(ctx.numbers)):
        return (_all(name, "author_name", _ACTING_OFFICE_NAME),)
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
    return _all(handle, "author_handle", _DISGUISED_MARKER)


# --- claims in the text -------------------------------------------------------------------

_COPULA: Final = (
    r"(?:です(?!か|よね|ね|よ|っけ)|でございます|と申します|ともうします|であります|だけど|やけど|"
    r"っす(?!か)|でーす|だが(?![、,]?それ)|"
    r"(?:から|より)の?(?:お知らせ|おしらせ|ご連絡|ご案内|重要|緊急|警告)(?!を|が|に|は|も|で|って|と))"
)
# Who the comment claims to be, by kind: the city, the mayor, staff, a department, the
# police, the page's operator or a platform (folded spelling: サポート is さぽと).
# After 市長の, a kanji name (市長の田中です) unless it is what the mayor has or does.
_NOT_A_NAME: Final = (
    r"責任|判断|発言|方針|考え|意見|失言|問題|仕事|役目|役割|権限|給料|給与|任期|公約|政策|責務|決断|"
    r"説明|対応|担当|所管|管轄|仕業|自宅|家|車|秘書|支持者|後援|友人|知人|親戚|家族|息子|娘|妻|夫|同級生|"
    r"関係者|会見|命令|指示|独断|失態|失策|功績|手柄|肩書|名前|本名|写真|顔|声|姿|政治|行政|采配|了承|承認|"
    r"決裁|署名|答弁|主張|判子|印|都合|趣味|好み|口癖|得意|専門|出身"
)
_OFFICE_ROLE: Final = r"(?:の(?:職員|担当者?|者|もの|係長?|課長|部長|人間|すたっふ))"
_CITY: Final = r"(?:北見市役所|北見市公式|北見市広報|北見市|市役所|きたみしやくしょ|きたみし)"
_DEPARTMENT: Final = (
    rf"(?:(?:{_CITY}の?)?(?:[一-龥]{{1,8}}部の?)?"
    rf"(?:(?:[一-龥](?:[一-龥]|(?<=[一-龥])(?![がのはをにでともやへかよ])[ぁ-ん](?=[一-龥])){{0,11}}|市民の声をきく)課{_OFFICE_ROLE}?|[一-龥]{{1,12}}(?:部|局|室|係){_OFFICE_ROLE}))"
)
_ORGANISER: Final = (
    r"(?:(?:[一-龥]{1,10}|(?:(?![はがをにでのもとや])[ぁ-ん]){2,8})?"
    rf"(?:実行委員会|委員会|事務局|主催者|運営本部|せんた|窓口){_OFFICE_ROLE}?)"
)
_PLATFORM: Final = (
    r"(?<![a-z])(?:instagram|facebok|meta|twiter|line|いんすた|ふぇいすぶっく|ついった|らいん|x|"
    r"えっくす|てぃっくとっく|tiktok|youtube|ゆちゅぶ|google|ぐぐる|apple|amazon|あまぞん|楽天)の?"
    r"(?:公式)?(?:運営事務局|運営|事務局|さぽとちむ|さぽとせんた|さぽと|suport|せきゅりてぃちむ|公式|"
    r"かすたまさぽと|安全ちむ|へるぷせんた)"
    r"|運営事務局|運営|公式あかうんと|公式|さぽとちむ|かすたまさぽと|さぽとせんた|せきゅりてぃちむ|"
    r"へるぷですく|へるぷせんた|管理人|管理者|(?:この|本)ぺじの(?:管理者|運営者|担当者?)"
)
# A company's own voice (佐川急便です, 〇〇銀行の者です): found from its last word, because a
# name of any length before it would make the pattern try every position of the text.
_COMPANY: Final = (
    r"(?:急便|運輸|郵便局?|銀行|信用金庫|信金|ゆうびん|かすたませんた|お客様せんた|お客様さぽと|"
    r"電力|ねっとばんく)(?:の(?:者|もの|担当者?|すたっふ|配達員))?"
)
_CLAIMS: Final = (
    ("city", rf"{_CITY}の?(?:公式)?(?:あかうんと)?"),
    (
        "crew",
        rf"{_CITY}の?[一-龥]{{1,6}}(?:担当|係|班|部門|ちむ|すたっふ)(?:の(?:者|もの|職員|人間|一人))?"
        r"|(?:北見)?(?:市役所|市)で(?:働いて|勤務して|勤めて)(?:い)?る(?:者|もの|職員|人間)"
        r"|(?:北見)?(?:市役所|市)の中の人",
    ),
    (
        "mayor",
        r"(?:北見)?(?:副)?市長の?(?:秘書|秘書室|付き|付)(?:の(?:者|もの|一人|[一-龥]{1,4}))?"
        rf"|(?:北見)?(?:副)?市長(?:本人|の(?!{_NOT_A_NAME})[一-龥]{{1,4}})?",
    ),
    ("staff", r"(?:北見)?(?:市役所|市)の?(?:職員|者|担当者?|人間)"),
    ("department", _DEPARTMENT),
    ("organiser", _ORGANISER),
    (
        "police",
        r"(?:北見|北海道)?(?:警察署?|署|道警|交番|消防署?|消防本部)(?:の(?:者|警察官|警官|"
        r"[一-龥]{1,4}課))?|警察官|消防士",
    ),
    ("platform", _PLATFORM),
    # A public facility's staff (図書館司書です, 記念館の職員です): only when it acts as one.
    (
        "facility",
        r"(?:[一-龥ぁ-ん]{0,8}?(?:図書館|博物館|記念館|水族館|美術館|科学館|資料館|公民館|体育館|"
        r"会館|総合支所|支所|保健所)の?(?:司書|学芸員|職員|すたっふ|係員|担当者?|者|もの)?"
        r"|司書|学芸員)",
    ),
)
_CLAIM: Final = re.compile("|".join(f"(?P<{kind}>{body}){_COPULA}" for kind, body in _CLAIMS))
_COMPANY_CLAIM: Final = re.compile(f"{_COMPANY}{_COPULA}")
# The company's name before its last word: kanji, kana or Latin letters.
_COMPANY_NAME: Final = re.compile(r"(?:[一-龥ぁ-ん]{1,8}|[a-z]{2,12})$")
# Self-introductions that may stand before the claim at the start of a sentence.
_INTRO: Final = re.compile(
    r"(?:こちら|私|わたし|わたくし|僕|ぼく|当方|我々|われわれ|はじめまして|どうも|お世話になっております|"
    r"おせわになっております|失礼します|失礼いたします|【?重要】?|お知らせ)(?:は|が)?$"
)
# A claim reported, not made: 「北見市役所です」と電話があった.
_REPORTED: Final = re.compile(
    r"と(?:言|いう|いい|いわ|いって|名乗|なの|電話|連絡|書|のこと|めえる)|って(?:言|いう|いわ|名乗|なの|電話|連絡|きた)|を名乗|と称|などと"
)
# Acting as the office: taking requests, asking for contact, sending to a link.
_ACTING: Final = re.compile(
    r"受付|受け付け|うけつけ|対応いたします|対応します|対応させて|ご連絡ください|ご連絡下さい|連絡して|"
    r"dm|だいれくとめっせじ|確認のため|ご確認|こちらから|下記|以下|url|http|りんく|ろぐいん|login|"
    r"ご入力|入力して|認証|手続き|お問い合わせ|お問合せ|返信|折り返し|お知らせします|ご案内します|"
    r"本人です|公式です|個人情報|口座|暗証|ぱすわど|pasword|送って|お送り|送付|振込|振り込|"
    r"このあかうんと|こちらのあかうんと|りぷ|めっせじ|預か|回答します|お答えします|受け取り|"
    r"支払|停止|不備|再配達|はこちら|当選|ぷれぜんと|応募|きゃんぺん|承ります|承り|お寄せ|"
    r"ふぉろ|こめんとください|ご希望の方|お申し込み|申込|身分証|暗証|ご登録"
)
# How sure each kind of claim is without and with acting as the office.
# Each kind of claim has a level as a claim alone (claim_<kind>) and one when the comment acts
# as the office would (claim_<kind>_acting): data/rules/impersonation.toml [levels].
_CLAIM_KINDS: Final = (
    "city", "mayor", "staff", "department", "organiser", "police", "platform", "company",
    "crew", "facility",
)  # fmt: skip
# Claims that say nothing alone: a librarian may comment as a citizen; one who takes bookings
# through the comments speaks for the library.
_ONLY_ACTING: Final = frozenset(("facility",))
# A bracketed tag that heads the comment as the office's own notice: 【北見市人事課】, [北見市役所].
_HEAD_TAG: Final = re.compile(
    r"\A\s*[【\[［〔(（]\s*(?:北見市|市役所|北見市役所|北見市長|市長)[^】\]］〕)）\n]{0,12}"
    r"(?:[課係部局室]|公式|広報|役所|お知らせ|重要|事務局|担当)?\s*[】\]］〕)）]"
)


def _starts_sentence(ctx: Context, folded_start: int) -> bool:
    """Whether the claim (after an optional self-introduction) opens a sentence."""
    intro = _INTRO.search(ctx.folded, max(0, folded_start - 16), folded_start)
    start = intro.start() if intro is not None else folded_start
    origin = ctx.span(start, start + 1).start
    before = ctx.text[:origin].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in "「『\"“'（(")


_MOBILE_GATE: Final = re.compile(r"0[789]0")
# A city office's contact given as a mobile number: the city's divisions have no mobiles.
_OFFICE_MOBILE: Final = re.compile(
    r"(?:市役所|役場|[一-龥]課|[一-龥]係|センタ[-ー])[^。\n]{0,12}?(?<!\d)0[789]0[-\s]?\d{4}[-\s]?\d{4}(?!\d)"
)


def _find_claim(ctx: Context) -> Iterable[Evidence]:
    """Text that claims to be the city, its staff, the mayor, the police or a platform's team,
    or that speaks as an office's notice collecting data or money (see :func:`_notice`)."""
    found: list[Evidence] = []
    if (
        "impersonation_claim_tail" in ctx.words
        or "0" in ctx.numbers
        or ctx.text.lstrip()[:1] in OPENING_BRACKETS
    ):
        found.extend(_claims(ctx))
    if _NOTICE in ctx.words:
        notice = _notice(ctx)
        if notice is not None:
            found.append(notice)
    return found


def _claims(ctx: Context) -> Iterator[Evidence]:
    if "0" in ctx.numbers and _MOBILE_GATE.search(ctx.numbers) is not None:
        mobile = _OFFICE_MOBILE.search(ctx.numbers)
        if mobile is not None and "さん" not in mobile[0]:
            yield Evidence(spans=(Span(*mobile.span()),), mask="digits", level=_OFFICE_MOBILE_LEVEL)
            return
    text = ctx.text
    if text and text.lstrip()[:1] in OPENING_BRACKETS:
        head = _HEAD_TAG.match(text)
        if head is not None:
            yield Evidence(spans=(Span(*head.span()),), level=_HEAD_TAG_LEVEL)
            return
    if "impersonation_claim_tail" not in ctx.words:
        return
    folded = ctx.folded
    for match in _CLAIM.finditer(folded):
        kind = match.lastgroup or "city"
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, match.start()):
            continue
        acting = _ACTING.search(folded) is not None
        if not acting and kind in _ONLY_ACTING:
            continue
        yield Evidence(spans=(ctx.span(match.start(), match.end()),), level=_claim(kind, acting))
        return
    for match in _COMPANY_CLAIM.finditer(folded):
        name = _COMPANY_NAME.search(folded, max(0, match.start() - 12), match.start())
        start = name.start() if name is not None else match.start()
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, start):
            continue
        acting = _ACTING.search(folded) is not None
        yield Evidence(spans=(ctx.span(start, match.end()),), level=_claim("company", acting))
        return


# --- an office's notice ----------------------------------------------------------------------

_NOTICE: Final = "impersonation_notice"
# What an office's notice collects: personal data, or a fee or payment (folded spelling).
_COLLECTED: Final = re.compile(
    r"お名前|氏名|生年月日|住所|電話番号|連絡先|利用者番号|会員番号|口座|暗証|かど情報|かど番号|"
    r"まいなんば|個人番号|保険証|身分証|免許証|参加費|会費|出品料|協賛金|反則金|登録料|振込|振り込"
)
# Where it collects them: this account, a reply, a DM, a profile or a link.
_THROUGH: Final = re.compile(
    r"このあかうんと|こちらのあかうんと|当あかうんと|本あかうんと|こめんと欄|このこめんと|"
    r"こちらで|こちらに|こちらへ|こちらから|こちらの|dm|りぷ|返信|ぷろふ|りんく|下記|以下"
)
_SEND: Final = re.compile(
    r"送って|お送り|送信|書いて|お書き|ご記入|記入|入力|返信して|返信くだ|お知らせくだ|教えてくだ|"
    r"お振込み|お振り込み|振り込んで|お支払"
)
# Not an office's notice: one reported or warned about, a finder's note to an owner, a shop's
# order (a sale is advertising, 4-6), or a question.
_NOT_NOTICE: Final = re.compile(
    r"っていう|って言|っていわ|って来|ってきた|って電話|って連絡|ってdm|ってめっせ|って書|という|"
    r"とのこと|との(?:dm|めっせ|連絡|電話|めえる)|と書|と言|と来|と電話|詐欺|注意|怪し|あやし|"
    r"気をつけ|気を付け|偽|なりすまし|騙|不審|ないで|ません|"
    r"拾|落とし物|忘れ物|販売|売|購入|注文|商品|発送|買い"
)
_ASKS: Final = re.compile(r"(?:[?？]|(?:です|ます|でしょう)か)[\s。！!…〜ー]*$")


def _notice(ctx: Context) -> Evidence | None:
    """Evidence of a notice in an office's voice that collects personal data or money through
    the comments ("献血にご協力いただいた方へ。検査結果は、このアカウントにお名前と生年月日を
    送っていただければお知らせします", "参加登録はこちらで受付中。参加費1,000円をお振込み
    ください").

    It needs the office's first-person service (お知らせします, 受付中, 承ります) or its address
    to the people it serves (出品者の皆様へ), personal data or a payment, and a channel that
    leads to the writer; whoever the office is, the writer poses as it (CLAUSES.md, "Where
    clauses meet": an official-sounding notice is 4-5, not an advertisement).
    """
    voice = ctx.words.get(_NOTICE)
    if not voice:
        return None
    folded = ctx.folded
    collected = _COLLECTED.search(folded)
    if collected is None or _THROUGH.search(folded) is None:
        return None
    if _NOT_NOTICE.search(folded) or _ASKS.search(ctx.text):
        return None
    spans = {ctx.span(voice[0].start, voice[0].end), ctx.span(*collected.span())}
    sent = _SEND.search(folded) is not None
    return Evidence(spans=tuple(spans), level=_NOTICE_SENT if sent else _NOTICE_LEVEL)


def speaks_as_office(ctx: Context) -> bool:
    """Whether the comment poses as an office: a look-alike of the city's accounts, a name or a
    handle of the police, a platform or an acting office, a claim to be one, or its notice.

    Advertising (4-6) reads this: an impersonator's notice that asks for a fee, a payment or a
    click is 4-5, and it is also 4-6 only when it sells goods or a service (CLAUSES.md, "Where
    clauses meet"). Posing as another user does not count: that user may well be selling.
    """
    return ctx.derived(_poses_as_office)


def _poses_as_office(ctx: Context) -> bool:
    if ctx.comment.author is not None and (
        any(_find_lookalike_account(ctx)) or any(_find_third_party_name(ctx))
    ):
        return True
    return any(_find_claim(ctx))


# --- another user ---------------------------------------------------------------------------

# Latin look-alikes from other scripts inside a Latin handle: kenji_watabе with a Cyrillic е.
_MIXED_SCRIPT: Final = re.compile(r"[a-zA-Z0-9_.]*[\u0370-\u052f\u0250-\u02af\u0131][a-zA-Z0-9_.]*")
# Speaking as the writer of an earlier comment: 先ほど質問した星野です, さっきのコメント撤回.
_EARLIER_SELF: Final = re.compile(
    r"(?:先ほど|さきほど|さっき|先程|前に|前の|昨日|きのう|先日|上の|上で|うえの|上に)の?"
    r"(?:こめんと|質問|投稿|書き込み|りぷ|返信)"
    r"(?:を|に|で|の|は)?(?:した|書いた|かいた|投稿した|送った|撤回|訂正|削除|取り消|したもの|した者)"
    # こちらが本物の星野です, 本垢はこちら, アカウントを移行しました: the real one, says a copy
    r"|本物の[^をがにでは。、]{1,8}です|(?:こちら|こっち|私|わたし)が本物|本垢(?:です|はこちら|はこっち)|"
    r"本あか(?:です|はこちら)|あかうんと(?:を)?移行しました|垢移行|新しいあかうんとです|"
    r"新垢(?:です|に移行)"
)
# A letter swapped for a digit inside a word of the handle (hanak0_kitami, natsumi_h0shino):
# the mark of a copied handle. Digits at the end (yuko1991) are ordinary.
_DIGIT_FOR_LETTER: Final = re.compile(r"(?<=[a-z])[01](?=[a-z])|(?<=[a-z]{3})0(?=[_.])")
_OTHER_WORDS: Final = frozenset(("impersonation_earlier",))


@functools.lru_cache(maxsize=4096)
def _handle_marks(handle: str) -> tuple[bool, bool]:
    """Whether a handle mixes in other scripts' letters, and whether it swaps a digit for a
    letter (memoised: the same authors come back)."""
    mixed = not handle.isascii() and _MIXED_SCRIPT.fullmatch(handle) is not None
    return mixed, not mixed and _DIGIT_FOR_LETTER.search(handle.casefold()) is not None


def _find_other_user(ctx: Context) -> Iterable[Evidence]:
    """An author posing as another user: a handle with letters from other scripts or a digit
    for a letter, or speaking as the writer of an earlier comment (when this author has none
    in the stream) or as the real owner of a name.

    Each author is seen alone (the context holds no other author's names), so a copied display
    name is caught only through these traces; alone, the second one is weak evidence.
    """
    handle = ctx.author_handle
    mixed, swapped = _handle_marks(handle) if handle else (False, False)
    if not (mixed or swapped) and _OTHER_WORDS.isdisjoint(ctx.words):
        return ()
    earlier = None
    if not ctx.previous and "impersonation_earlier" in ctx.words:
        earlier = _EARLIER_SELF.search(ctx.folded)
    if earlier is not None:
        return (
            Evidence(
                spans=(ctx.span(earlier.start(), earlier.end()),),
                level=_EARLIER_DISGUISED if mixed or swapped else _EARLIER_SELF_LEVEL,
            ),
        )
    if mixed:
        return (_all(handle, "author_handle", _MIXED_HANDLE),)
    if swapped:
        return (_all(handle, "author_handle", _SWAPPED_HANDLE),)
    return ()


def _claim(kind: str, acting: bool) -> str:
    return f"claim_{kind}_acting" if acting else f"claim_{kind}"


# Confidence levels (data/rules/impersonation.toml [levels]).
_SAME_HANDLE: Final = "same_handle"
_NEAR_HANDLE: Final = "near_handle"
_STEM_HANDLE: Final = "stem_handle"
_CITY_NAME: Final = "city_name"
_OFFICE_NAME_LEVEL: Final = "office_name"
_THIRD_PARTY_LEVEL: Final = "third_party_name"
_ACTING_OFFICE_NAME: Final = "acting_office_name"
_DISGUISED_MARKER: Final = "disguised_marker"
_MIXED_HANDLE: Final = "mixed_handle"
_SWAPPED_HANDLE: Final = "swapped_handle"
_OFFICE_MOBILE_LEVEL: Final = "office_mobile"
_HEAD_TAG_LEVEL: Final = "head_tag"
_NOTICE_SENT: Final = "notice_sent"
_NOTICE_LEVEL: Final = "notice"
_EARLIER_DISGUISED: Final = "earlier_disguised"
_EARLIER_SELF_LEVEL: Final = "earlier_self"
LEVELS: Final = frozenset(
    (
        _SAME_HANDLE, _NEAR_HANDLE, _STEM_HANDLE, _CITY_NAME, _OFFICE_NAME_LEVEL,
        _THIRD_PARTY_LEVEL, _ACTING_OFFICE_NAME, _DISGUISED_MARKER, _MIXED_HANDLE, _SWAPPED_HANDLE,
        _OFFICE_MOBILE_LEVEL, _HEAD_TAG_LEVEL, _NOTICE_SENT, _NOTICE_LEVEL, _EARLIER_DISGUISED,
        _EARLIER_SELF_LEVEL,
        *(_claim(kind, True) for kind in _CLAIM_KINDS),
        *(_claim(kind, False) for kind in _CLAIM_KINDS if kind not in _ONLY_ACTING),
    )
)  # fmt: skip

DETECTORS: Final[Mapping[str, Detector]] = {
    "impersonation.lookalike_account": _find_lookalike_account,
    "impersonation.third_party_name": _find_third_party_name,
    "impersonation.claim": _find_claim,
    "impersonation.other_user": _find_other_user,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "impersonation.lookalike_account": Trigger(signals={"author"}),
    "impersonation.third_party_name": Trigger(signals={"author"}),
    # The detector's own gate: a claim word, a 0 (an office "mobile"), a head tag (【北見市】),
    # or a notice's voice.
    "impersonation.claim": Trigger(
        words={"impersonation_claim_tail", _NOTICE}, signals={"digit", "opening_bracket"}
    ),
    # A marked handle needs an author; speaking as an earlier writer needs the cue words.
    "impersonation.other_user": Trigger(words=_OTHER_WORDS, signals={"author"}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    "impersonation_claim_tail",
    "impersonation_earlier",
    _NOTICE,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
