"""My Numbers, card numbers, bank accounts and licence plates (4-1)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import owner_names

__all__ = [
    "DIGIT_RUN",
    "MONEY_WORDS",
    "NON_DIGIT",
    "UNNAMED_MY_NUMBER",
    "WORD_LISTS",
    "find_bank_account",
    "find_card",
    "find_licence_plate",
    "find_my_number",
    "is_my_number",
    "luhn_valid",
]

NON_DIGIT: Final = re.compile(r"\D")
WORD_LISTS: Final = (
    "pii_corporate",
    "pii_card_word",
    "pii_my_number_word",
    "pii_not_my_number",
    "pii_card_secret",
    "pii_account_kind",
    "pii_bank_word",
    "pii_plate_word",
)

# --- My Number and card numbers -----------------------------------------------------------

# A run of digit groups separated by one "-" or space, standing on its own.
DIGIT_RUN: Final = re.compile(r"(?<![\dA-Za-z])(?<!\d[-.])\d+(?:[- ]\d+)*(?![\d]|[-.]\d)")
_LONG_RUN_GATE: Final = re.compile(r"[0-9](?:[- ]?[0-9]){11}")
# Public numbers of a company or an invoice: never a card or a My Number.
_CORPORATE: Final = re.compile(pattern("pii_corporate", form="text"))
_CARD_CONTEXT: Final = re.compile(pattern("pii_card_word", form="text"), re.IGNORECASE)
_MY_NUMBER_CONTEXT: Final = re.compile(pattern("pii_my_number_word", form="text"))
_NOT_MY_NUMBER_CONTEXT: Final = re.compile(pattern("pii_not_my_number", form="text"))


def _owned(ctx: Context, start: int, end: int) -> tuple[Span, ...]:
    """The value at ``[start, end)`` and the name of the person it belongs to, if named."""
    return (Span(start, end), *owner_names(ctx.text, start, end))


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


def find_my_number(ctx: Context) -> Iterable[Evidence]:
    """Twelve digits that pass the My Number check digit, on their own."""
    if len(ctx.numbers) < 12 or _LONG_RUN_GATE.search(ctx.numbers) is None:
        return ()
    return list(_my_numbers(ctx))


def _my_numbers(ctx: Context) -> Iterator[Evidence]:
    for match in DIGIT_RUN.finditer(ctx.numbers):
        digits = NON_DIGIT.sub("", match[0])
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
            personal=_owned(ctx, match.start(), match.end()),
            level=None if sure else UNNAMED_MY_NUMBER,
        )


def _groups_not(value: str, *shapes: tuple[int, ...]) -> bool:
    """True when the digit groups of *value* have none of the *shapes*."""
    groups = tuple(len(g) for g in re.split(r"[- ]", value))
    return groups not in shapes


# A card's security code or expiry given with it: the card's data is out.
_CARD_SECRET: Final = re.compile(
    rf"{pattern('pii_card_secret', form='numbers')}\s?(?:は|:|：|=)?\s?[0-9]{{3,4}}(?![0-9])"
    r"|有効期限\s?(?:は|:|：)?\s?[0-9]{1,2}\s?[/月]\s?[0-9]{2,4}",
    re.IGNORECASE,
)
MONEY_WORDS: Final = frozenset(("pii_money_cue",))


def find_card(ctx: Context) -> Iterable[Evidence]:
    """Card numbers: 13-19 digits in groups, Luhn-valid, with an issuing network's prefix;
    or a card's security code or expiry."""
    numbers = ctx.numbers
    found: list[Evidence] = []
    if not MONEY_WORDS.isdisjoint(ctx.words):
        found.extend(
            Evidence(spans=(Span(*m.span()),), mask="digits", personal=_owned(ctx, *m.span()))
            for m in _CARD_SECRET.finditer(numbers)
        )
    if len(numbers) >= 13 and _LONG_RUN_GATE.search(numbers) is not None:
        found.extend(_cards(ctx))
    return found


def _cards(ctx: Context) -> Iterator[Evidence]:
    for match in DIGIT_RUN.finditer(ctx.numbers):
        digits = NON_DIGIT.sub("", match[0])
        if not (13 <= len(digits) <= 19 and _card_brand(digits) and luhn_valid(digits)):
            continue
        # Thirteen-digit cards are long gone; thirteen digits are a JAN code or 法人番号 unless
        # the comment speaks of a card.
        if len(digits) == 13 and _CARD_CONTEXT.search(ctx.text) is None:
            continue
        if _CORPORATE.search(ctx.text, max(0, match.start() - 12), match.start()) is None:
            yield Evidence(
                spans=(Span(match.start(), match.end()),),
                mask="digits",
                personal=_owned(ctx, match.start(), match.end()),
            )


# --- bank accounts and licence plates -----------------------------------------------------

_BANK_ACCOUNT: Final = re.compile(
    rf"{pattern('pii_account_kind', form='numbers')}(?:預金)?(?:口座)?(?:番号)?"
    r"[\s:：は、,/]{0,3}(\d{7})(?!\d)"
    r"|(?:支店|支所|店番\s?\d{3})[\s:：、,/]{0,3}(?:\d{3}[\s:：、,/]{1,3})?(\d{7})(?!\d)"
    r"|(?:ゆうちょ|記号)[^\n]{0,12}?(\d{5})[\s-]{0,2}(?:番号[\s:：]*)?(\d{6,8})(?!\d)"
)
_BANK_CONTEXT: Final = re.compile(pattern("pii_bank_word", form="text"))

# 地名 (kanji), class number (1-3 digits), one hiragana of those plates use, serial
# (12-34, or ・・12 / ・123 for short ones).
_PLATE: Final = re.compile(
    r"[一-龥]{1,4}\s?\d{1,3}\s?[あいうえかきくけこをさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ]"
    r"\s?(?:\d{1,2}-\d{2}|[・･.·]{1,3}\s?\d{1,3}|\d{4})(?!\d)"
    # ナンバー 12-34 / ナンバーは北見の 56-78: the serial alone, said to be a plate's
    rf"|{pattern('pii_plate_word', form='numbers')}(?:は|が|:|：)?\s?"
    r"(?:[一-龥]{1,4}の?\s?\d{0,3}\s?[ぁ-ん]?\s?)?\d{1,2}-\d{2}(?!\d)"
)


_PLATE_GATE: Final = re.compile(
    rf"[ぁ-ん]\s?(?:\d{{1,2}}-\d|[・･.·]|\d{{4}})|{pattern('pii_plate_word', form='numbers')}"
)


def find_bank_account(ctx: Context) -> Iterable[Evidence]:
    """A bank account: a bank or branch, 普通/当座 and a seven-digit account number."""
    if MONEY_WORDS.isdisjoint(ctx.words) or _BANK_CONTEXT.search(ctx.text) is None:
        return ()
    return [
        Evidence(
            spans=(Span(match.start(), match.end()),),
            mask="digits",
            personal=_owned(ctx, match.start(), match.end()),
        )
        for match in _BANK_ACCOUNT.finditer(ctx.numbers)
    ]


def find_licence_plate(ctx: Context) -> Iterable[Evidence]:
    """A licence plate: 地名, class number, kana and serial (北見 500 あ 12-34)."""
    numbers = ctx.numbers
    if (
        "-" not in numbers
        and "・" not in numbers
        and MONEY_WORDS.isdisjoint(ctx.words)
        and "･" not in numbers
        and "." not in numbers
    ):
        return ()
    if _PLATE_GATE.search(numbers) is None:
        return ()
    return [
        Evidence(
            spans=(Span(match.start(), match.end()),),
            mask="text",
            personal=_owned(ctx, match.start(), match.end()),
        )
        for match in _PLATE.finditer(numbers)
    ]


# Confidence levels (data/rules/personal_info.toml [levels]).
UNNAMED_MY_NUMBER: Final = "unnamed_my_number"
