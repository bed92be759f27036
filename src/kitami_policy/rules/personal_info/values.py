"""Every personal value a string holds, read with no exemption: for masking what is shown.

The 4-1 detectors leave alone what the comment gives as public (an office's number, the post's
own contacts). A display name or a handle shown as evidence of impersonation (4-5) is another
matter: "北見市役所 090-1234-5678" claims an office, and the number in it is masked like any
other. :func:`personal_values` finds phone numbers, e-mail addresses (spelled or spaced out) and
any other run of six digits or more, reading digits as the number readers do (○, a letter O
among digits, kanji and full-width digits).
"""

from __future__ import annotations

from typing import Final

from kitami_policy._number_form import digit_form
from kitami_policy.findings import Masking, Span
from kitami_policy.rules.personal_info.email import email_values
from kitami_policy.rules.personal_info.numbers import DIGIT_RUN, NON_DIGIT
from kitami_policy.rules.personal_info.phone import phone_values

__all__ = ["LONG_NUMBER", "personal_values"]

LONG_NUMBER: Final = 6
"""A run of this many digits or more is masked in a name whatever number it is."""


def personal_values(text: str) -> tuple[tuple[Span, Masking], ...]:
    """The spans of *text* holding a phone number, an e-mail address or a long number, with how
    each is masked, sorted and without overlaps (an e-mail wins over the digits inside it).

    >>> [(s.start, s.end, how) for s, how in personal_values("北見市役所 ○九○-1234-5678")]
    [(6, 19, 'digits')]
    """
    found: list[tuple[Span, Masking]] = []
    numbers = digit_form(text)
    found.extend((span, "email") for span, _ in email_values(numbers))
    found.extend((span, "digits") for span in phone_values(numbers))
    found.extend(
        (Span(match.start(), match.end()), "digits")
        for match in DIGIT_RUN.finditer(numbers)
        if len(NON_DIGIT.sub("", match[0])) >= LONG_NUMBER
    )
    found.sort(key=lambda item: (item[0].start, -item[0].end))
    merged: list[tuple[Span, Masking]] = []
    for span, how in found:
        if merged and span.start < merged[-1][0].end:
            continue
        merged.append((span, how))
    return tuple(merged)
