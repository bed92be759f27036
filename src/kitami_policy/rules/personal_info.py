"""Clause 4-1: 本人の承諾なく個人情報を特定、開示、漏えいするもの.

CLAUSES.md reads 4-1 as a private person's contact and identity data put on the page without
their consent — phone number, e-mail, street address, My Number, bank or card number, licence
plate, a workplace or school tied to a named person — and the acts around it: "I found out
where X lives" (特定しました / 晒す) and asking others to dig someone's details up.

What it must NOT touch: the city's and other public institutions' published contacts (the
policy's ``public_contacts``, whatever the city's own post publishes, and a number the comment
itself attributes to a public office such as 市役所, 〇〇課, センター or 交番, or to a facility
or shop named right before it: ハッカ記念館（0157-23-6200））, postal codes
(Kitami's begin with 090 like mobile numbers), 13-digit corporate numbers (法人番号, public),
and a person mentioning their own town without contact details.

Numbers are read on ``ctx.numbers`` (full-width and kanji digits already ASCII, every dash a
``-``, one character for one), so a regex match there is a span of the original text. Words
(doxxing, workplaces) are read on the fold. Every value found is masked in excerpts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from kitami_policy._normalize import number_form
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS", "is_my_number", "luhn_valid"]

_DIGIT: Final = re.compile(r"\d")
_NON_DIGIT: Final = re.compile(r"\D")

# --- phone numbers ------------------------------------------------------------------------

# Up to two characters between digit groups: "-", " ", ".", "(", ")" in any mix, or none; also
# "の", the way numbers are read aloud and written in kanji (〇八〇の七七二一の三四〇六).
# The lookarounds refuse a number glued to more digits ("〒090-8501 0157-…" must not read
# 090-8501-0157 as a mobile number): a phone number stands on its own.
_SEP: Final = r"(?:[-.\s・･/_,、~～*=]{0,3}|の)"
_PHONE: Final = re.compile(
    r"(?<![\d+])(?<!\d[-.・･/_])"
    r"(?:(?P<intl>(?:\+\s?\(?81\)?|(?<!\d)\(?81\)?(?=[-\s)]))[-\s]?(?:\(0\)[-\s]?)?)|\(?)"
    rf"(?P<a>\d{{1,5}})\)?{_SEP}\(?(?P<b>\d{{1,4}})\)?{_SEP}(?P<c>\d{{4}})"
    r"(?!\d|[-.・･/_]\d)"
)

# Ten digits or more with separators between: what a phone number needs at the least.
_PHONE_GATE: Final = re.compile(r"[0-9][0-9\-.\s・･/_()の+,、~～*=]{8,}[0-9]")

# Digits spaced out one by one to dodge filters: 0 9 0 - 1 2 3 4 - 5 6 7 8.
_SPACED_GATE: Final = re.compile(r"\d\s\d\s\d")
_SPACED_PHONE: Final = re.compile(
    r"(?<!\d)(?<!\d[\s\-.・])0(?:[\s\-.・]{1,3}\d){9,10}(?![\s\-.・]{0,3}\d)"
)

# Mobile (070/080/090), IP phones (050) and M2M (020) have eleven digits; landlines ten.
_ELEVEN_DIGIT_PREFIXES: Final = ("070", "080", "090", "050", "020")
# Toll-free and navigation numbers belong to businesses, never to a private person.
_BUSINESS_PREFIXES: Final = ("0120", "0800", "0570", "0990", "0180")

# A number the comment attributes to a public office (CLAUSES.md 4-1, "what does NOT").
_OFFICE: Final = re.compile(
    r"市役所|役所|役場|庁舎|[^一-龥]?[一-龥]{1,6}[課係室局]|センター|交番|駐在所|警察|消防|窓口|"
    r"支所|出張所|保健所|病院|診療所|図書館|公民館|会館|ホール|体育館|学校|大学|幼稚園|保育園|"
    r"事務所|事務局|協会|組合|会議所|振興局|道庁|県庁|税務署|郵便局|駅|代表|ダイヤル|相談|"
    r"コールセンター|案内|公式|施設|ホームページ|サイト|HP"
)
# Marks of a private person inside the window: a mobile number there is that person's.
_PERSONAL_MARK: Final = re.compile(
    r"さん|くん|ちゃん|君|氏|様|個人|携帯|自宅|家|住所|こいつ|あいつ|"
    # 図書館で会った子の番号, 駅で見かけた人: a person met there, not the place
    r"(?:った|てる|てた|いた|いる|かけた|見る|の)(?:子|人|男|女)"
)
# Marks that make even a landline a person's: their home, their own phone, a person pointed at
# (環境課の田中さん（0157-…）is still the office's line; 市役所の田中さんの自宅 is not).
_HOME_MARK: Final = re.compile(r"個人|携帯|自宅|家|実家|住所|こいつ|あいつ|そいつ")
_OFFICE_AFTER: Final = re.compile(
    r"\s?[（(【\[]\s?[^）)】\]]{0,12}?(?:市役所|役所|役場|[課係]|センター|交番|警察|消防|窓口|支所|"
    r"保健所|病院|図書館|公民館|会館|協会|組合|事務所|事務局|駅)"
)
# A public facility, an office or a shop named right before the number, the number in
# brackets or after 電話/TEL/代表 (ハッカ記念館（0157-23-6200）, 〇〇動物園の電話番号は …): its
# own number, published for the public. Suffixes that also end private places (住所, 職場,
# 部屋) are spelled out as whole words.
_FACILITY_BEFORE: Final = re.compile(
    r"(?:[館園署局庁院堂寺駅港課係校店]|センター|センタ-|ホール|ホ-ル|プラザ|ホテル|旅館|温泉|"
    r"クリニック|薬局|銀行|信金|金庫|農協|JA|組合|協会|商工会|会議所|事務局|本部|支部|窓口|"
    r"大学|役所|役場|支所|出張所|事務所|営業所|事業所|研究所|案内所|診療所|保健所|駐在所|交番|"
    r"会社|神社|市場|球場|会場|斎場|スキ-場|スキー場|競技場|運動場|浄水場|教室|ステ-ション|"
    r"ステーション|ターミナル|タ-ミナル|空港|観光協会)"
    r"(?:さん)?\s?(?:[（(【\[「]|の?(?:電話番号|電話|代表番号|代表|番号|TEL|Tel|tel|℡|☎|📞)?"
    r"\s?(?:は|:|：|=|＝)?)\s?$"
    # JAきたみらい（…）, ㈱オホーツク道路（…）: a body whose kind comes first (the phone match
    # may hold the opening bracket itself)
    r"|(?:JA|株式会社|㈱|\(株\)|有限会社|㈲|合同会社|生協|医療法人|社会福祉法人|学校法人|NPO法人|"
    r"[一公]般?(?:社団|財団)法人|公益(?:社団|財団)法人)\s?[^\s（(、。]{1,12}\s?[（(]?\s?$"
)
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")
_WINDOW: Final = 14


def _window_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end."""
    window = text[max(0, start - _WINDOW) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _clause_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end or comma."""
    window = text[max(0, start - 10) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _public_digits(ctx: Context) -> frozenset[str]:
    """Digits of the numbers that are public: the policy's contacts and the post's numbers."""
    found = {_NON_DIGIT.sub("", c.value) for c in ctx.policy.public_contacts if c.kind != "email"}
    if ctx.post is not None and ctx.post.text:
        numbers = number_form(ctx.post.text)
        found.update(_NON_DIGIT.sub("", m[0]) for m in _PHONE.finditer(numbers))
        found.update(_NON_DIGIT.sub("", m[0]) for m in _DIGIT_RUN.finditer(numbers))
    found.discard("")
    return frozenset(found)


def _national(match: re.Match[str]) -> str | None:
    """The national form (leading 0) of a phone-shaped match, or None when it is no phone."""
    a, b, c = match["a"], match["b"], match["c"]
    if match["intl"] is not None:
        if a.startswith("0"):
            return None
        digits = "0" + a + b + c
    else:
        if not a.startswith("0") or a.startswith("00"):
            return None
        digits = a + b + c
    # 0800 (eleven digits) shares its start with 080 mobiles: only its own grouping tells.
    if digits.startswith(_BUSINESS_PREFIXES) and (not digits.startswith("0800") or a == "0800"):
        return None
    if len(digits) == 11:
        return digits if digits.startswith(_ELEVEN_DIGIT_PREFIXES) else None
    if len(digits) == 10 and not digits.startswith(_ELEVEN_DIGIT_PREFIXES):
        return digits
    return None


def _attributed_to_office(ctx: Context, start: int, end: int, mobile: bool) -> bool:
    """Whether the comment gives the number as a public office's, a facility's or a shop's.

    Three readings: the facility named right before it (ハッカ記念館（0157-23-6200）), an
    office in brackets right after it (0157-24-0110（北見警察署）), or an office named a few
    characters before (市役所の代表番号は …). A person marked there makes a mobile number
    theirs (市役所の田中さんの携帯); a home or a person pointed at makes any number theirs
    when it stands after the office (市役所の田中さんの自宅, こいつの店).
    """
    text = ctx.text
    window = _window_before(text, start)
    if _FACILITY_BEFORE.search(text, max(0, start - 24), start) is not None:
        clause = _clause_before(text, start)
        return not ((mobile and _PERSONAL_MARK.search(clause)) or _HOME_MARK.search(clause))
    after = _OFFICE_AFTER.match(text, end)
    offices = list(_OFFICE.finditer(window))
    if not offices and after is None:
        return False
    if mobile and _PERSONAL_MARK.search(window + (after[0] if after else "")):
        return False
    # 市役所の田中さんの自宅 0157-…: the office only says where the person works.
    last = offices[-1].end() if offices else len(window)
    return _HOME_MARK.search(window, last) is None


def _phone_candidates(numbers: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Phone-shaped matches with their national form: grouped ones, then digit by digit."""
    for match in _PHONE.finditer(numbers):
        yield match, _national(match)
    if _SPACED_GATE.search(numbers) is not None:
        for match in _SPACED_PHONE.finditer(numbers):
            digits = _NON_DIGIT.sub("", match[0])
            eleven = len(digits) == 11 and digits.startswith(_ELEVEN_DIGIT_PREFIXES)
            ten = len(digits) == 10 and not digits.startswith(_ELEVEN_DIGIT_PREFIXES)
            yield match, digits if (eleven or ten) else None


# Zero written as a circle or a letter O between digits (○九○, O9O-1234-5678): same length,
# so spans still point into the original.
_ZERO_SHAPES: Final = str.maketrans("○◯Ｏ", "000")
_LETTER_ZERO: Final = re.compile(r"(?<=\d)O(?=[\dO\-\s])|(?<![A-Za-z])O(?=[\dO]{1,3}[\-\s]?\d)")


def _phone_numbers(ctx: Context) -> str:
    """The number form with zero look-alikes read as 0 (only when there are any)."""
    numbers = ctx.numbers
    if "○" in numbers or "◯" in numbers or "Ｏ" in numbers:
        numbers = numbers.translate(_ZERO_SHAPES)
    if "O" in numbers:
        numbers = _LETTER_ZERO.sub("0", numbers)
    return numbers


def _find_phone(ctx: Context) -> Iterable[Evidence]:
    """Japanese phone numbers (mobile, IP, landline, +81) that are not public contacts."""
    numbers = ctx.numbers
    # Every phone number holds a 0 (the trunk prefix, or the 0 of 90/80/70 after +81) unless
    # its zeros are circles; most comments stop at these two membership tests.
    if "0" not in numbers and "○" not in numbers and "◯" not in numbers and "O" not in numbers:
        return ()
    numbers = _phone_numbers(ctx)
    if _PHONE_GATE.search(numbers) is None:
        return ()
    return list(_phones(ctx, numbers))


def _phones(ctx: Context, numbers: str) -> Iterator[Evidence]:
    public: frozenset[str] | None = None
    for match, national in _phone_candidates(numbers):
        # All zeros is a placeholder (○○○-○○○○-○○○○), not anyone's number.
        if national is None or not national.strip("0"):
            continue
        if public is None:
            public = _public_digits(ctx)
        if national in public:
            continue
        mobile = national.startswith(("070", "080", "090"))
        if _attributed_to_office(ctx, match.start(), match.end(), mobile):
            continue
        yield Evidence(spans=(Span(match.start(), match.end()),), mask="digits")


# --- My Number and card numbers -----------------------------------------------------------

# A run of digit groups separated by one "-" or space, standing on its own.
_DIGIT_RUN: Final = re.compile(r"(?<![\dA-Za-z])(?<!\d[-.])\d+(?:[- ]\d+)*(?![\d]|[-.]\d)")
_LONG_RUN_GATE: Final = re.compile(r"[0-9](?:[- ]?[0-9]){11}")
# Public numbers of a company or an invoice: never a card or a My Number.
_CORPORATE: Final = re.compile(
    r"法人|登録番号|事業者番号|インボイス|適格|JAN|ISBN|商品|バーコード|コード"
)
_CARD_CONTEXT: Final = re.compile(r"カード|ｶｰﾄﾞ|card|CARD|Card|クレカ|VISA|Visa|visa")
_MY_NUMBER_CONTEXT: Final = re.compile(r"マイナンバー|個人番号|マイナ")
_NOT_MY_NUMBER_CONTEXT: Final = re.compile(
    r"追跡|伝票|問い?合わ?せ番号|注文|受付番号|整理番号|法人番号|会員番号|予約番号|お客様番号|"
    r"口座|品番|型番|JAN|ISBN"
)


def is_my_number(digits: str) -> bool:
    """Tell whether twelve *digits* carry a valid My Number (個人番号) check digit.

    The weights run from the rightmost of the first eleven digits: 2..7, then 2..6; the check
    digit is ``11 - (sum mod 11)``, or 0 when ``sum mod 11`` is 0 or 1.

    >>> is_my_number("123456789018"), is_my_number("123456789012")
    (True, False)
    """
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = digits[:11]
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), 1))
    rest = total % 11
    return int(digits[11]) == (0 if rest <= 1 else 11 - rest)


def luhn_valid(digits: str) -> bool:
    """Tell whether *digits* pass the Luhn check that card numbers carry.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_brand(digits: str) -> bool:
    """Whether *digits* start like a card of an issuing network, with a length it uses."""
    n = len(digits)
    two, four, six = int(digits[:2]), int(digits[:4]), int(digits[:6])
    return (
        (digits[0] == "4" and n in (13, 16, 19))
        or (51 <= two <= 55 and n == 16)
        or (2221 <= four <= 2720 and n == 16)
        or (two in (34, 37) and n == 15)
        or (3528 <= four <= 3589 and 16 <= n <= 19)
        or ((300 <= int(digits[:3]) <= 305 or two in (36, 38, 39)) and 14 <= n <= 19)
        or ((four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19)
        or (622126 <= six <= 622925 and 16 <= n <= 19)
        or (two == 62 and 16 <= n <= 19)
    )


def _find_my_number(ctx: Context) -> Iterable[Evidence]:
    """Twelve digits that pass the My Number check digit, on their own."""
    if len(ctx.numbers) < 12 or _LONG_RUN_GATE.search(ctx.numbers) is None:
        return ()
    return list(_my_numbers(ctx))


def _my_numbers(ctx: Context) -> Iterator[Evidence]:
    for match in _DIGIT_RUN.finditer(ctx.numbers):
        digits = _NON_DIGIT.sub("", match[0])
        if len(digits) != 12 or _groups_not(match[0], (4, 4, 4), (12,)):
            continue
        before = ctx.text[max(0, match.start() - 12) : match.start()]
        if _NOT_MY_NUMBER_CONTEXT.search(before):
            continue
        # The engine issue fixes the reading: twelve digits that fail the check digit are not a
        # My Number, even when the comment calls them one.
        if not is_my_number(digits):
            continue
        named = _MY_NUMBER_CONTEXT.search(ctx.text, max(0, match.start() - 16), match.start())
        sure = named is not None or _MY_NUMBER_CONTEXT.search(ctx.text) is not None
        yield Evidence(
            spans=(Span(match.start(), match.end()),),
            mask="digits",
            level=None if sure else _UNNAMED_MY_NUMBER,
        )


def _groups_not(value: str, *shapes: tuple[int, ...]) -> bool:
    """True when the digit groups of *value* have none of the *shapes*."""
    groups = tuple(len(g) for g in re.split(r"[- ]", value))
    return groups not in shapes


# A card's security code or expiry given with it: the card's data is out.
_CARD_SECRET: Final = re.compile(
    r"(?:セキュリティコ-ド|セキュリティ番号|CVV2?|CVC2?)\s?(?:は|:|：|=)?\s?[0-9]{3,4}(?![0-9])"
    r"|有効期限\s?(?:は|:|：)?\s?[0-9]{1,2}\s?[/月]\s?[0-9]{2,4}",
    re.IGNORECASE,
)
_MONEY_WORDS: Final = frozenset(("pii_money_cue",))


def _find_card(ctx: Context) -> Iterable[Evidence]:
    """Card numbers: 13-19 digits in groups, Luhn-valid, with an issuing network's prefix;
    or a card's security code or expiry."""
    numbers = ctx.numbers
    found: list[Evidence] = []
    if not _MONEY_WORDS.isdisjoint(ctx.words):
        found.extend(
            Evidence(spans=(Span(*m.span()),), mask="digits")
            for m in _CARD_SECRET.finditer(numbers)
        )
    if len(numbers) >= 13 and _LONG_RUN_GATE.search(numbers) is not None:
        found.extend(_cards(ctx))
    return found


def _cards(ctx: Context) -> Iterator[Evidence]:
    for match in _DIGIT_RUN.finditer(ctx.numbers):
        digits = _NON_DIGIT.sub("", match[0])
        if not (13 <= len(digits) <= 19 and _card_brand(digits) and luhn_valid(digits)):
            continue
        # Thirteen-digit cards are long gone; thirteen digits are a JAN code or 法人番号 unless
        # the comment speaks of a card.
        if len(digits) == 13 and _CARD_CONTEXT.search(ctx.text) is None:
            continue
        if _CORPORATE.search(ctx.text, max(0, match.start() - 12), match.start()) is None:
            yield Evidence(spans=(Span(match.start(), match.end()),), mask="digits")


# --- bank accounts and licence plates -----------------------------------------------------

_BANK_ACCOUNT: Final = re.compile(
    r"(?:普通|当座|貯蓄|総合|口座番号|口座)(?:預金)?(?:口座)?(?:番号)?[\s:：は、,/]{0,3}(\d{7})(?!\d)"
    r"|(?:支店|支所|店番\s?\d{3})[\s:：、,/]{0,3}(?:\d{3}[\s:：、,/]{1,3})?(\d{7})(?!\d)"
    r"|(?:ゆうちょ|記号)[^\n]{0,12}?(\d{5})[\s-]{0,2}(?:番号[\s:：]*)?(\d{6,8})(?!\d)"
)
_BANK_CONTEXT: Final = re.compile(
    r"銀行|信金|信用金庫|信用組合|労金|ゆうちょ|農協|JA|支店|口座|振込|振り込"
)

# 地名 (kanji), class number (1-3 digits), one hiragana of those plates use, serial
# (12-34, or ・・12 / ・123 for short ones).
_PLATE: Final = re.compile(
    r"[一-龥]{1,4}\s?\d{1,3}\s?[あいうえかきくけこをさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ]"
    r"\s?(?:\d{1,2}-\d{2}|[・･.·]{1,3}\s?\d{1,3}|\d{4})(?!\d)"
    # ナンバー 12-34 / ナンバーは北見の 56-78: the serial alone, said to be a plate's
    r"|ナンバ-(?:プレ-ト)?(?:は|が|:|：)?\s?(?:[一-龥]{1,4}の?\s?\d{0,3}\s?[ぁ-ん]?\s?)?\d{1,2}-\d{2}(?!\d)"
)


_PLATE_GATE: Final = re.compile(r"[ぁ-ん]\s?(?:\d{1,2}-\d|[・･.·]|\d{4})|ナンバ-")


def _find_bank_account(ctx: Context) -> Iterable[Evidence]:
    """A bank account: a bank or branch, 普通/当座 and a seven-digit account number."""
    if _MONEY_WORDS.isdisjoint(ctx.words) or _BANK_CONTEXT.search(ctx.text) is None:
        return ()
    return [
        Evidence(spans=(Span(match.start(), match.end()),), mask="digits")
        for match in _BANK_ACCOUNT.finditer(ctx.numbers)
    ]


def _find_licence_plate(ctx: Context) -> Iterable[Evidence]:
    """A licence plate: 地名, class number, kana and serial (北見 500 あ 12-34)."""
    numbers = ctx.numbers
    if (
        "-" not in numbers
        and "・" not in numbers
        and _MONEY_WORDS.isdisjoint(ctx.words)
        and "･" not in numbers
        and "." not in numbers
    ):
        return ()
    if _PLATE_GATE.search(numbers) is None:
        return ()
    return [
        Evidence(spans=(Span(match.start(), match.end()),), mask="text")
        for match in _PLATE.finditer(numbers)
    ]


# --- street addresses ---------------------------------------------------------------------

# The numbers of an address; the place name before them is added to the span afterwards (a
# leading [一-龥]{0,8} in the pattern would make the regex backtrack at every character).
_N: Final = r"[\d十]"
_ADDRESS: Final = re.compile(
    r"(?:(?:"
    # 3丁目1番地1, 3丁目14-8, 3丁目5番12号, 一丁目二番三号, 十四番地
    rf"(?<![\d十]){_N}{{1,3}}\s?丁目\s?{_N}{{1,4}}\s?(?:番地?|[-の])\s?{_N}{{0,4}}(?:\s?号)?"
    # 常盤町3-14-8, 北5条東2-10, 端野町二区123番地
    r"|(?<=[一-龥ァ-ヶ])(?:町|通[東西南北]?|字|村|[東西南北])"
    rf"\s?{_N}{{1,4}}\s?(?:番地(?:の?{_N}{{1,4}})?|-{_N}{{1,4}}(?:-{_N}{{1,4}})?|番{_N}{{1,4}}号?)"
    rf"|(?<=[一-龥ァ-ヶ\d十])(?:条[東西南北]?|区)"
    rf"\s?{_N}{{1,4}}\s?(?:番地(?:の?{_N}{{1,4}})?|-{_N}{{1,4}}(?:-{_N}{{1,4}})?|番{_N}{{1,4}}号?)"
    # 東1線5号, 北3線東12号 (Hokkaido's 線 and 号 of the farm grid)
    rf"|(?<=[一-龥])(?<![\d十]){_N}{{1,3}}\s?線\s?[東西南北]?\s?{_N}{{1,4}}\s?号"
    # 12番地3, 5番12号, 小泉364番地 (a place name right before the number)
    rf"|(?<![\d十]){_N}{{1,4}}番地の?{_N}{{1,4}}|(?<![\d十]){_N}{{1,4}}番{_N}{{1,4}}号"
    rf"|(?<=[一-龥]){_N}{{1,4}}番地"
    # ハイツ北見203号室, コーポ泉 2-105号室: a flat's room number
    r"|(?<=[一-龥ァ-ヶ])\s?\d{1,2}-?\d{2,3}号室"
    r")"
    # 北見市三輪5-12, 端野町緋牛内123-4: block-lot numbers after a name with a town or city in it
    r"|(?P<lot>(?<=[一-龥ァ-ヶ])\d{1,4}-\d{1,4}(?:-\d{1,4})?)"
    r")(?![\d十])"
)
_ADDRESS_GATE: Final = re.compile(r"[\d十]\s?(?:丁目|番|号|線|-)")
_ADDRESS_WORDS: Final = frozenset(("pii_address_cue",))
_PLACE_NAME: Final = re.compile(r"[一-龥ァ-ヶ]{1,8}$")
_TOWN: Final = re.compile(r"[市町村区]")
# Words after an address that make it a place, not somebody's home.
_PLACE_AFTER: Final = re.compile(
    r"\s?(?:付近|周辺|辺り|あたり|前|の前|の道|の交差点|交差点|の近く|近く|先|沿い|側|の歩道|の道路|"
    r"の信号|の公園|の空き地|で事故|の工事)"
)
# Words before an address that make it a public place or a business.
_PUBLIC_PLACE_BEFORE: Final = re.compile(
    r"市役所|役所|役場|庁舎|センター|会館|ホール|公園|図書館|体育館|公民館|会場|場所|所在地|駅|"
    r"病院|学校|店|支所|交番|警察|消防|施設|事務所|[課係]"
)
_HOME_BEFORE: Final = re.compile(r"住所|自宅|家|宅|住んで|実家|在住")
_CLAUSE_END: Final = re.compile(r"[。！？!?\n、，,]")
_ADDRESS_SEPARATORS: Final = re.compile(r"\s|丁目|番地|番|号|の|-")


def _address_key(value: str) -> str:
    """An address reduced to its digits and names: 大通西3丁目1番地1 → 大通西3.1.1."""
    return ".".join(p for p in _ADDRESS_SEPARATORS.split(number_form(value)) if p)


def _is_public_address(ctx: Context, start: int, end: int) -> bool:
    window = _address_key(ctx.numbers[max(0, start - 8) : end])
    for contact in ctx.policy.public_contacts:
        if contact.kind == "address":
            key = _address_key(contact.value)
            if window in key or key.split("市", 1)[-1] in window:
                return True
    return ctx.post is not None and ctx.numbers[start:end] in number_form(ctx.post.text)


def _find_address(ctx: Context) -> Iterable[Evidence]:
    """A street address down to the house number that is not a public place's address."""
    numbers = ctx.numbers
    if "-" not in numbers and _ADDRESS_WORDS.isdisjoint(ctx.words):
        return ()
    if _ADDRESS_GATE.search(numbers) is None:
        return ()
    return list(_addresses(ctx, numbers))


def _addresses(ctx: Context, numbers: str) -> Iterator[Evidence]:
    for match in _ADDRESS.finditer(numbers):
        start, end = match.start(), match.end()
        name = _PLACE_NAME.search(ctx.text, max(0, start - 8), start)
        if match["lot"] is not None and (name is None or _TOWN.search(name[0]) is None):
            continue
        if name is not None:
            start = name.start()
        if _PLACE_AFTER.match(ctx.text, end):
            continue
        if _is_public_address(ctx, start, end):
            continue
        before = _clause_before(ctx.text, start)
        if _PUBLIC_PLACE_BEFORE.search(before) and not _HOME_BEFORE.search(before):
            continue
        yield Evidence(spans=(Span(start, end),), mask="text")


# --- e-mail -------------------------------------------------------------------------------

# Also the spelled-out forms that dodge filters: taro(at)example.com, taro アットマーク
# example.com, taro★gmail.com (★ を @ に), taro あっと gmail どっと com, and a free-mail
# provider written without its top-level domain (taro_k あっと gmail).
_AT: Final = (
    r"(?:\s?@\s?|\s?[(\[<{（［【「]\s?(?:at|a|アット|あっと|@)\s?[)\]>}）］】」]\s?"
    r"|\s?(?:アット|あっと)(?:マ-ク|ま-く)?\s?|\s?[◎★☆●＊*]\s?|\s(?:at)\s)"
)
_DOT: Final = (
    r"(?:\s?\.\s?|\s?[(\[{（［]\s?(?:dot|ドット|どっと|\.)\s?[)\]}）］]\s?"
    r"|\s?(?:ドット|どっと)\s?|\s(?:dot)\s|[。・])"
)
_PROVIDERS: Final = (
    r"(?:gmail|yahoo|icloud|docomo|ezweb|softbank|outlook|hotmail|i\.softbank|au)(?![A-Za-z0-9])"
)
_EMAIL: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}{_AT}"
    rf"(?:[A-Za-z0-9-]+(?:{_DOT}(?:com|net|org|jp|ne|co|or|ac|info|biz|me|io|[A-Za-z]{{2,6}}"
    rf"(?=[^A-Za-z]|$))(?![A-Za-z0-9-]))+|{_PROVIDERS})",
    re.IGNORECASE,
)
# What every match of _EMAIL holds: the core of one of _AT's spellings, without the optional
# spaces around it, and in any case as _EMAIL reads it ("taro (At) gmail"). Searching it first
# skips the costly pattern on most comments and never skips an address.
_EMAIL_GATE: Final = re.compile(
    r"[@◎★☆●＊*]|アット|あっと|\sat\s|[(\[<{（［【「]\s?at?\s?[)\]>}）］】」]", re.IGNORECASE
)
# Public bodies' domains: an address there is an office's, not a private person's.
_PUBLIC_DOMAIN: Final = re.compile(r"\.(?:lg|go|ed)\.jp$|\.pref\.[a-z]+\.jp$", re.IGNORECASE)


# xxx@xxx.xx and the like: a shape shown as an example, no one's address.
_PLACEHOLDER: Final = re.compile(r"x+\s?@\s?x+\.|.*@example\.(?:com|org|net)$")


def _find_email(ctx: Context) -> Iterable[Evidence]:
    """E-mail addresses, also spelled out, that are not a public body's."""
    if _EMAIL_GATE.search(ctx.numbers) is None:
        return ()
    return list(_emails(ctx))


def _emails(ctx: Context) -> Iterator[Evidence]:
    public = {c.value.casefold() for c in ctx.policy.public_contacts if c.kind == "email"}
    post = ctx.post.text.casefold() if ctx.post is not None else ""
    for match in _EMAIL.finditer(ctx.numbers):
        value = match[0].casefold()
        if (
            _PLACEHOLDER.match(value)
            or value in public
            or (post and value in post)
            or _PUBLIC_DOMAIN.search(value)
        ):
            continue
        yield Evidence(spans=(Span(match.start(), match.end()),), mask="email")


# --- workplace and school -----------------------------------------------------------------

# A named person: 田中さん, 吉岡ゆいちゃん, or a full name right after the workplace or school.
_NAMED: Final = r"(?:[一-龥]{1,4}[ぁ-ん一-龥]{0,3}|[ァ-ヶ][ァ-ヶ\-]{1,6})(?:さん|くん|君|ちゃん|氏)"
# Words that stand where a name would but are a role or a relative (息子はJAで働いてる).
_NOT_A_NAME: Final = (
    r"職員|市長|店員|社員|担当|先生|家族|息子|娘|妻|夫|父|母|兄|姉|弟|妹|友人|知人|彼女|彼氏|主人|旦那|"
    r"嫁|親|子供|子ども|孫|祖父|祖母|自分|本人|上司|部下|同僚|後輩|先輩|仲間"
)
_FULL_NAME: Final = r"[一-龥々]{2,3}[一-龥々ぁ-ん]{1,3}"
# On the number form, where the long mark of katakana is "-" (オホ-ツク).
_ORGANISATION: Final = (
    r"[一-龥ァ-ヶA-Za-z0-9〇○](?:[一-龥ァ-ヶA-Za-z0-9〇○\-]|の(?=[一-龥ァ-ヶ])){0,14}"
)
_SCHOOL_GRADE: Final = r"(?:小学校|中学校|高校|高等学校|小|中|高|大学|大)の?\s?\d\s?年生?"
# A school by its name (北見北斗高校, 常呂中, 北見工業大学) and a pupil of it (の子, の女の子).
_SCHOOL: Final = (
    rf"{_ORGANISATION}(?:高等学校|高校|中学校|中学|小学校|大学|高専|学園|学院|[小中高大])"
)
_PUPIL: Final = r"(?:の\s?\d\s?年)?の(?:子|女の子|男の子|女子|男子|生徒|学生|娘|息子)"
# A name given out (名前は宮崎さくら), not withheld (名前は知らない, 名前は書かないけど) nor
# one's own (私の名前は).
_NAME_CUE: Final = (
    r"(?<!私の)(?<!僕の)(?<!俺の)(?<!自分の)(?<!うちの)(?:名前|本名|フルネ-ム)(?:は|って|:|：|→)\s?"
    r"(?!非公開|秘密|出さ|出し|わから|分から|知ら|不明|書|載せ|言え|言わ|伏せ|聞い|忘れ|覚え|ない|無い)"
)
_GIVEN_NAME: Final = r"[一-龥々ァ-ヶぁ-ん]{2,}"
# A person pointed at in a photo or a thread (この人, こいつ): tied to a school or a workplace,
# they are identified as surely as by name.
_POINTED: Final = (
    r"(?:こいつ|あいつ|そいつ|この人|あの人|その人|この男|この女|この子|あの子|この方|あの方)"
)
_WORKS_AT: Final = (
    r"(?:で(?:働いて|勤務して|バイトして|パートして)|"
    r"に(?:勤めて|勤務して|通って|在籍して|就職し|入社し)|"
    r"の(?:社員|店員|従業員|店長|生徒|学生|看護師|事務員|スタッフ|パート))"
)
_JOB: Final = (
    r"の(?:社員|店員|従業員|店長|支店長|社長|部長|課長|係長|主任|看護師|介護士|保育士|薬剤師|"
    r"事務員|スタッフ|パ-ト|バイト|運転手|ドライバ-|生徒|学生)"
)
_WORKPLACE: Final = re.compile(
    # 〇〇運送で働いてる斉藤翔太, 常呂小4年の吉岡ゆいちゃん
    rf"{_ORGANISATION}(?:で(?:働いて(?:る|いる)?|勤務して(?:る|いる)?|バイトして(?:る|いる)?)|"
    rf"に(?:勤めて(?:る|いる)?|勤務して(?:る|いる)?|通って(?:る|いる)?|在籍して(?:る|いる)?)|"
    rf"{_SCHOOL_GRADE}|の(?:社員|店員|従業員|店長|生徒|学生))の?\s?(?:{_NAMED}|{_FULL_NAME})"
    # 田中さんは〇〇高校に通ってる, 佐藤くんって〇〇で働いてる, 同僚の佐藤は〇〇で働いてる
    rf"|(?:{_NAMED}|{_POINTED}|(?<=の)(?!{_NOT_A_NAME})[一-龥]{{2,4}}(?=は|って))"
    rf"(?:は|って|が|、|も)?\s?{_ORGANISATION}(?:{_WORKS_AT}|{_SCHOOL_GRADE})"
    # 市長の娘、〇〇高校の2年: a relative of someone pointed at or named
    rf"|(?:{_POINTED}|{_NAMED}|市長|副市長|議員|職員|課長|部長|係長|社長|店長|先生)の(?:娘|息子|子供|子ども|孫|嫁|妻|奥さん|旦那|夫|彼女|彼氏|母親|父親)"
    rf"(?:は|って|、|も)?\s?{_ORGANISATION}(?:{_WORKS_AT}|{_SCHOOL_GRADE})"
    # 〇〇信用金庫の支店長だよ。名前は岡田: a job at a named place, then the name
    rf"|{_ORGANISATION}{_JOB}[^。\n]{{0,6}}[。、,\s]\s?(?:名前|本名)は\s?[一-龥ァ-ヶぁ-ん]{{2,}}"
    # 北見北斗高校の子、名前は宮崎さくら: a pupil of a named school, then the name
    rf"|{_SCHOOL}{_PUPIL}[^。\n]{{0,8}}?{_NAME_CUE}{_GIVEN_NAME}"
    # 名前は宮崎さくら、北見北斗高校の2年 / 宮崎さくら（北見北斗高校2年）: the name, up to the
    # first comma or bracket, then the school
    rf"|{_NAME_CUE}[一-龥々ァ-ヶぁ-ん]{{2,8}}?[、,\s（(]\s?{_SCHOOL}(?:の?\s?\d\s?年|の(?:生徒|学生))"
    rf"|{_FULL_NAME}(?:さん|ちゃん|くん|君)?[（(]\s?{_SCHOOL}の?\s?\d\s?年"
    # 田中さんの勤務先は〇〇建設, この人の職場、〇〇病院
    rf"|(?:{_NAMED}|{_POINTED})の(?:勤務先|勤め先|職場|会社|勤務地|バイト先|パ-ト先|学校|所属)"
    rf"(?:は|って|:|：|、|→)\s?{_ORGANISATION}"
)


def _find_workplace(ctx: Context) -> Iterable[Evidence]:
    """A named private person tied to their workplace or school (weak: a person reviews)."""
    if "pii_workplace_cue" not in ctx.words:
        return ()
    return [
        Evidence(spans=(Span(match.start(), match.end()),), mask="text")
        for match in _WORKPLACE.finditer(ctx.numbers)
    ]


# --- doxxing ------------------------------------------------------------------------------

# Someone whose details are dug up: a person pointed at, or a named one (folded spelling).
_TARGET: Final = (
    r"(?:こいつ|あいつ|そいつ|こやつ|この人|あの人|その人|このひと|あのひと|この方|あの方|"
    r"(?:この|あの|その)?(?:職員|担当者?|店員|男|女|おばさん|おじさん|がき|かっぷる|夫婦|親子)|"
    r"投稿者|このあか|この垢|中の人|なかのひと|奴|やつ|市長|議員|"
    r"[一-龥]{1,4}(?:さん|くん|君|ちゃん|氏))"
)
# What is asked for: where someone lives or works, who they are.
_HOME: Final = (
    r"(?:住所|自宅|家(?!族|庭|事|計|具|賃|電|屋)|実家|住んでる(?:所|ところ|場所)|住まい|本名|"
    r"ふるねむ|身元|素性|勤務先|勤め先|職場|顔写真|個人情報)"
)
# What is exposed: the same, or their school and contacts.
_INFO: Final = rf"(?:{_HOME}|学校|電話番号|携帯番号|連絡先)"
_DIG: Final = (
    r"(?:知って|しって|知ら|しら|わかる|分かる|わかり|分かり|教えて|おしえて|調べ|しらべ|特定|晒|"
    r"さらし|さらせ|さらす|突き止め|つきとめ|割り出|わりだ|割れ|われて|割った|探し|さがし|暴)"
)
_DOXXING: Final = re.compile(
    # こいつの住所知ってる人いる / 職員の自宅を特定した
    rf"{_TARGET}の?{_HOME}(?:を|が|も|は|って|とか|まで)?.{{0,4}}?{_DIG}"
    # 住所特定 / 本名を晒す / 職場突き止めた
    rf"|{_INFO}(?:を|が|も|まで)?(?:特定|晒|さらし|さらす|さらせ|突き止め|つきとめ|割り出|わりだし|"
    r"割った|割れ|暴い|拡散し|ばらま|ネットに|ねっとに)"
    # こいつ特定しました
    rf"|{_TARGET}(?:の(?:こと))?(?:を|は|も)?特定(?:し|でき|完了|済|余裕|はよ|班)"
    # こいつら誰か知ってる人いる / 職員の名前わかる人いる
    rf"|{_TARGET}(?:ら|たち|の名前|のなまえ|の本名)?(?:が|は|って|の)?(?:誰|だれ|どこの誰)(?:か|なのか)?"
    r"(?:知って|しって|わかる|分かる|わかります|分かります|教えて|特定)"
    rf"|{_TARGET}の?(?:名前|なまえ)(?:を|が|とか)?(?:知って|しって|わかる|分かる)(?:る)?(?:人|ひと|やつ|奴)"
)
# 晒す and its forms, unless something is exposed to the weather, danger or shame.
_EXPOSE: Final = re.compile(
    r"(?:晒|さら)(?:す(?!ら)|します|しま|そう|して(?:やる|やろ|おく|おき|いく|く)|したる|しとく|"
    r"しあげ|し上げ|せ(?!ん|る|な)|されろ|したった)"
)
_EXPOSED_TO: Final = re.compile(
    r"(?:危険|危機|日光|日|風雨|雨風|風|寒さ|寒風|冷気|外気|脅威|批判|非難|水|冷水|流水|空気|熱|雪|"
    r"リスク|りすく|目)に$|(?:恥|醜態|無様|姿|身|素肌|肌|屍|生き恥|本性|正体)を$"
)
_IDENTIFIED: Final = re.compile(
    r"特定(?:しました|した(?!い|ら|上|うえ|後|のは)|してみた(?!い|ら)|してみました|しちゃった|"
    r"しておいた|できた|できました|出来た|完了|済|いたしました|"
    r"してやった|したぞ|したわ|しといた|されて|された(?!い))"
)
# 特定して / 特定しろ: a request to identify, doxxing when a person or an account is the object.
_IDENTIFY_REQUEST: Final = re.compile(
    r"特定(?:して(?:やる|やろ|晒|さら|ほしい|欲しい|くれ|ください|下さい|みて|よ)|しろ|しよう|しようぜ|"
    r"求む|お願い|おねがい|よろ|頼|はよ|できる人|できるひと|できない|可能|いけ)"
)
_PERSON_OBJECT: Final = re.compile(
    rf"{_TARGET}|あかうんと|垢|あか(?:の|を)|投稿者|書き込んだ|書いた(?:人|やつ|奴)|誰|だれ|犯人"
)
# What a city or a citizen legitimately identifies: a cause, a place, a fault.
_IDENTIFIED_THING: Final = re.compile(
    r"(?:原因|箇所|個所|場所|要因|問題|故障|区間|範囲|ルート|経路|発生源|感染源|菌|ウイルス|不具合|"
    r"理由|対象|種類|品種|地点|位置|犯人|車両|業者|個体|品目|期間|地域|区域|日時|時間)(?:を|が|は|も)?$"
)
# Asking others to dig up someone's details: 住所知ってる人いる？, 本名わかったら教えて.
_ASK_OTHERS: Final = re.compile(
    r"(?:(?:(?:名前|なまえ|本名)(?:と|や|とか)(?:学校|住所|職場|勤務先|家|連絡先)|"
    r"住所|自宅|実家|本名|勤務先|勤め先|職場|素性|身元)(?:を|が|とか|も|って|、|は)?"
    r"|(?:どこに住んで(?:る|いる)|どこ住み|どこの人|どこのだれ|どこの誰|何者|なにもの|誰なの|だれなの)か?)"
    r"(?:知ってる人|知ってるひと|しってる人|知っている人|知ってる方|知っている方|わかる人|分かる人|"
    r"わかるひと|わかる方|分かる方|知ってたら|わかったら|分かったら|わかる奴|知ってる奴|"
    r"情報求む|情報ください|情報下さい|調べて|しらべて|探して|さがして|突き止めて|知らない|"
    r"しらない|知りませんか)"
)
# A public place asked about is no one's home: 新庁舎の住所知ってる人.
_PUBLIC_BEFORE_ASK: Final = re.compile(
    r"(?:市役所|役所|役場|庁舎|会場|店|せんた|施設|駅|病院|公園|事務所|課|窓口|交番|図書館|"
    r"体育館|会館|ほる|選挙事務所|避難所|給水所)の?$"
)
# Someone's home placed on the map: こいつの家は美山町の青い屋根, 職員の自宅は三輪の団地.
# 本名は森田健一: someone's real name given out.
_REAL_NAME: Final = re.compile(
    r"(?<!私の)(?<!僕の)(?<!俺の)(?<!自分の)(?:本名|ふるねむ)(?:は|って|が|:|→)"
    r"(?!非公開|秘密|出さ|出し|わから|分から|知ら|不明|書|載せ|言え|伏せ)[一-龥ぁ-ん]{2,}"
)
_HOME_PLACED: Final = re.compile(
    rf"{_TARGET}の(?:住所|自宅|家|実家|住まい|本名|勤務先|勤め先|職場)(?:は|って|:|、|→)"
    r"(?!どこ|わから|分から|知ら|関係|公開|非公開|秘密|教え|聞|ない|無い|ありません|[?？])"
    r".{0,14}?(?:[町村区条]|丁目|番地|団地|まんしょん|あぱと|こぽ|はいつ|の近く|の裏|の隣|の向かい|"
    r"さんち|[一-龥]{2}(?:で|です|だよ|だぞ|だった|らしい))"
)


def _find_doxxing(ctx: Context) -> Iterable[Evidence]:
    """特定しました / 晒す posts and requests to dig up a person's details."""
    if _DOX_WORDS.isdisjoint(ctx.words):
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
    spans = sorted({ctx.span(start, end) for start, end in found})
    return (Evidence(spans=tuple(spans), mask="text" if exposed else "none"),)


_DOX_WORDS: Final = frozenset(("pii_dox_cue", "pii_doxxing"))


# Confidence levels (data/rules/personal_info.toml [levels]).
_UNNAMED_MY_NUMBER: Final = "unnamed_my_number"
LEVELS: Final = frozenset((_UNNAMED_MY_NUMBER,))

DETECTORS: Final[Mapping[str, Detector]] = {
    "pii.phone": _find_phone,
    "pii.email": _find_email,
    "pii.my_number": _find_my_number,
    "pii.card": _find_card,
    "pii.bank_account": _find_bank_account,
    "pii.licence_plate": _find_licence_plate,
    "pii.address": _find_address,
    "pii.workplace": _find_workplace,
    "pii.doxxing": _find_doxxing,
}
# Numbers are read on ctx.numbers, whose digits are exactly what the "digit" signal sees.
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Zero look-alikes (○, ◯, O) read as 0, but a number needs a digit other than 0 too.
    "pii.phone": Trigger(signals={"digit"}),
    # A domain ends in Latin letters (a TLD or a provider), and every character that number_form
    # turns into a letter, or that [a-z] matches case-insensitively (K, ſ), folds to one.
    "pii.email": Trigger(signals={"latin"}),
    "pii.my_number": Trigger(signals={"digit"}),
    "pii.card": Trigger(signals={"digit"}),
    "pii.bank_account": Trigger(words=_MONEY_WORDS),
    "pii.licence_plate": Trigger(signals={"digit"}),
    # The gate needs a digit or 十 before 丁目, 番, 号, 線 or a dash.
    "pii.address": Trigger(signals={"digit"}),
    "pii.workplace": Trigger(words={"pii_workplace_cue"}),
    "pii.doxxing": Trigger(words=_DOX_WORDS),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    "pii_doxxing",
    "pii_dox_cue",
    "pii_workplace_cue",
    "pii_address_cue",
    "pii_money_cue",
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
