"""What the readings of clause 4-6 share.

Prices and discounts read on the number form, a comment that ends as a question, and the
evidence a detector returns over its matches and the spans its patterns found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence

__all__ = ["DIGIT", "QUESTION", "evidence", "first", "prices", "regex_span"]

DIGIT: Final = re.compile(r"\d")

# Discounts and prices, read on the number form (full-width digits and ％ made ASCII).
_DISCOUNT: Final = re.compile(
    r"\d+\s*(?:%|パ.セント)\s*(?:オフ|ｵﾌ|off|引き|引|割引)|\d+\s*割\s*(?:オフ|ｵﾌ|off|引き|引)",
    re.IGNORECASE,
)
_PRICE: Final = re.compile(r"\d[\d,]*\s*万?\s*円")
# A price list ("500円から", "3万円〜") is an offer to sell.
_PRICE_LIST: Final = re.compile(r"\d[\d,]*\s*万?\s*円\s*(?:から|〜|~|より|ぽっきり|/|／)")
# A comment that ends as a question ("ごみ袋はどこで販売していますか") asks; it does not sell.
QUESTION: Final = re.compile(
    r"(?:[?？]|(?:です|ます|でしょう|ません|ない|の)か)[\s。．!！…・〜ー]*$"
)


def first(ctx: Context, *lists: str) -> list[Match[str]]:
    """The first match of each named list that matched, in text order."""
    found = [ctx.words[name][0] for name in lists if name in ctx.words]
    found.sort(key=lambda m: (m.start, m.end))
    return found


def evidence(
    ctx: Context,
    matches: Sequence[Match[str]],
    regex_spans: Sequence[Span] = (),
    level: str | None = None,
) -> Evidence:
    spans = sorted({*ctx.match_spans(matches), *regex_spans})
    return Evidence(spans=tuple(spans), level=level)


def regex_span(pattern: re.Pattern[str], text: str) -> Span | None:
    found = pattern.search(text)
    return Span(found.start(), found.end()) if found else None


def prices(text: str) -> tuple[Span | None, Span | None]:
    """The first discount or price in *text* (the number form), and a price list if any."""
    if "円" not in text and "%" not in text and "割" not in text and "パ" not in text:
        return None, None
    if DIGIT.search(text) is None:
        return None, None
    price = regex_span(_DISCOUNT, text) or regex_span(_PRICE, text)
    price_list = regex_span(_PRICE_LIST, text) if price is not None and "円" in text else None
    return price, price_list
