"""Phone numbers (4-1): mobile, IP, landline and +81 numbers that are not public contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy._number_form import digit_form, number_form
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import attributed_to_office, owner_names
from kitami_policy.rules.personal_info.numbers import DIGIT_RUN, NON_DIGIT

__all__ = ["find_phone", "phone_values"]

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


def _public_digits(ctx: Context) -> frozenset[str]:
    """Digits of the numbers that are public: the policy's contacts and the post's numbers."""
    found = {NON_DIGIT.sub("", c.value) for c in ctx.policy.public_contacts if c.kind != "email"}
    if ctx.post is not None and ctx.post.text:
        numbers = number_form(ctx.post.text)
        found.update(NON_DIGIT.sub("", m[0]) for m in _PHONE.finditer(numbers))
        found.update(NON_DIGIT.sub("", m[0]) for m in DIGIT_RUN.finditer(numbers))
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


def _phone_candidates(numbers: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Phone-shaped matches with their national form: grouped ones, then digit by digit."""
    for match in _PHONE.finditer(numbers):
        yield match, _national(match)
    if _SPACED_GATE.search(numbers) is not None:
        for match in _SPACED_PHONE.finditer(numbers):
            digits = NON_DIGIT.sub("", match[0])
            eleven = len(digits) == 11 and digits.startswith(_ELEVEN_DIGIT_PREFIXES)
            ten = len(digits) == 10 and not digits.startswith(_ELEVEN_DIGIT_PREFIXES)
            yield match, digits if (eleven or ten) else None


def phone_values(numbers: str) -> Iterator[Span]:
    """Every phone number in *numbers* (a :func:`digit_form`), public or not."""
    if _PHONE_GATE.search(numbers) is None:
        return
    for match, national in _phone_candidates(numbers):
        if national is not None and national.strip("0"):
            yield Span(match.start(), match.end())


def find_phone(ctx: Context) -> Iterable[Evidence]:
    """Japanese phone numbers (mobile, IP, landline, +81) that are not public contacts."""
    numbers = ctx.numbers
    # Every phone number holds a 0 (the trunk prefix, or the 0 of 90/80/70 after +81) unless
    # its zeros are circles; most comments stop at these two membership tests.
    if "0" not in numbers and "○" not in numbers and "◯" not in numbers and "O" not in numbers:
        return ()
    # Circles and a letter O among digits are zeros (○九○, 09O-…): the digits masking reads too.
    numbers = ctx.derived(_digit_form)
    if _PHONE_GATE.search(numbers) is None:
        return ()
    return list(_phones(ctx, numbers))


def _digit_form(ctx: Context) -> str:
    return digit_form(ctx.text)


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
        if attributed_to_office(ctx.text, match.start(), match.end(), mobile):
            continue
        span = Span(match.start(), match.end())
        names = owner_names(ctx.text, span.start, span.end)
        yield Evidence(spans=(span,), mask="digits", personal=(span, *names))
