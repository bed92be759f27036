"""Street addresses (4-1): down to the house number, and not a public place's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy._number_form import number_form
from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import clause_before, owner_names

__all__ = ["ADDRESS_WORDS", "PUBLIC_AS_HOME", "WORD_LISTS", "find_address"]

WORD_LISTS: Final = ("pii_place_after", "pii_public_place", "pii_home_word")

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
ADDRESS_WORDS: Final = frozenset(("pii_address_cue",))
_PLACE_NAME: Final = re.compile(r"[一-龥ァ-ヶ]{1,8}$")
_TOWN: Final = re.compile(r"[市町村区]")
# Words after an address that make it a place, not somebody's home.
_PLACE_AFTER: Final = re.compile(rf"\s?{pattern('pii_place_after', form='text')}")
# Words before an address that make it a public place or a business.
_PUBLIC_PLACE_BEFORE: Final = re.compile(rf"{pattern('pii_public_place', form='text')}|[課係]")
_HOME_BEFORE: Final = re.compile(pattern("pii_home_word", form="text"))
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


def find_address(ctx: Context) -> Iterable[Evidence]:
    """A street address down to the house number that is not a public place's address."""
    numbers = ctx.numbers
    if "-" not in numbers and ADDRESS_WORDS.isdisjoint(ctx.words):
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
            # 佐藤花子の住所は北見市大通西3丁目1番地1: the city hall's address given as a named
            # person's home still says where that person is to be found; weak, a person reviews.
            names = owner_names(ctx.text, start, end)
            if names and _HOME_BEFORE.search(clause_before(ctx.text, start)):
                span = Span(start, end)
                yield Evidence(
                    spans=(span,), mask="text", personal=(span, *names), level=PUBLIC_AS_HOME
                )
            continue
        before = clause_before(ctx.text, start)
        if _PUBLIC_PLACE_BEFORE.search(before) and not _HOME_BEFORE.search(before):
            continue
        span = Span(start, end)
        names = owner_names(ctx.text, start, end)
        yield Evidence(spans=(span,), mask="text", personal=(span, *names))


# Confidence levels (data/rules/personal_info.toml [levels]).
PUBLIC_AS_HOME: Final = "public_address_as_home"
