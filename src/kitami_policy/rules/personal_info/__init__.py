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

One module per reading: :mod:`.phone`, :mod:`.email`, :mod:`.address`, :mod:`.numbers` (My
Number, cards, bank accounts, licence plates), :mod:`.workplace`, :mod:`.doxxing`, and
:mod:`.attribution` (whose a number is), which 4-5 reads too; :mod:`.values` reads every
personal value of a string with no exemption, for masking display names and handles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import Detector, Trigger
from kitami_policy.rules.personal_info import (
    address,
    attribution,
    doxxing,
    email,
    numbers,
    workplace,
)
from kitami_policy.rules.personal_info.address import ADDRESS_WORDS, PUBLIC_AS_HOME, find_address
from kitami_policy.rules.personal_info.doxxing import DOX_WORDS, find_doxxing
from kitami_policy.rules.personal_info.email import find_email
from kitami_policy.rules.personal_info.numbers import (
    MONEY_WORDS,
    UNNAMED_MY_NUMBER,
    find_bank_account,
    find_card,
    find_licence_plate,
    find_my_number,
    is_my_number,
    luhn_valid,
)
from kitami_policy.rules.personal_info.phone import find_phone
from kitami_policy.rules.personal_info.values import personal_values
from kitami_policy.rules.personal_info.workplace import find_workplace

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "LEVELS",
    "TRIGGERS",
    "WORD_LISTS",
    "is_my_number",
    "luhn_valid",
    "personal_values",
]

# Confidence levels (data/rules/personal_info.toml [levels]).
LEVELS: Final = frozenset((UNNAMED_MY_NUMBER, PUBLIC_AS_HOME))

DETECTORS: Final[Mapping[str, Detector]] = {
    "pii.phone": find_phone,
    "pii.email": find_email,
    "pii.my_number": find_my_number,
    "pii.card": find_card,
    "pii.bank_account": find_bank_account,
    "pii.licence_plate": find_licence_plate,
    "pii.address": find_address,
    "pii.workplace": find_workplace,
    "pii.doxxing": find_doxxing,
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
    "pii.bank_account": Trigger(words=MONEY_WORDS),
    "pii.licence_plate": Trigger(signals={"digit"}),
    # The gate needs a digit or 十 before 丁目, 番, 号, 線 or a dash.
    "pii.address": Trigger(signals={"digit"}),
    "pii.workplace": Trigger(words={"pii_workplace_cue"}),
    "pii.doxxing": Trigger(words=DOX_WORDS),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    "pii_doxxing",
    "pii_dox_cue",
    "pii_workplace_cue",
    *ADDRESS_WORDS,
    *MONEY_WORDS,
    *attribution.WORD_LISTS,
    *address.WORD_LISTS,
    *numbers.WORD_LISTS,
    *email.WORD_LISTS,
    *workplace.WORD_LISTS,
    *doxxing.WORD_LISTS,
)
#: The patterns of the family that run on the folded text: each of their literals must be its
#: own fold, or it could never match (a test checks them).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (*doxxing.FOLDED_PATTERNS,)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
