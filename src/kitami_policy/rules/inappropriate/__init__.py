"""Clause 4-9: その他北見市が不適切と判断するもの (otherwise inappropriate).

CLAUSES.md reads 4-9 as two things. First, the operator's own NG words: a list the operator
supplies at run time, which the engine compiles into its automaton under the list name
:data:`kitami_policy.rules.base.NG_WORDS` and matches after normalisation; every match is reported.
Second, content that carries no meaning at all: keyboard mash ("asdfghjkl", "ふじこlp") and
walls of one character or emoji ("ああああああああああ", "😡😡😡😡😡😡😡😡"). Meaningless-text
rules are review-flagged: a person confirms before anything beyond ``hide``.

What it does NOT cover: anything merely unusual, short replies ("ありがとうございます", "👍",
"www", "草"), a comment with real words and a few emoji, "！！！" after a sentence. A comment
is meaningless only when the mash or the wall is (nearly) all of it.

Each reading is a module of this package; this one joins them into the family's exports:

| module | reading |
| --- | --- |
| :mod:`~kitami_policy.rules.inappropriate.ng_word` | ``ng.operator_word`` |
| :mod:`~kitami_policy.rules.inappropriate.mash` | ``meaningless.keyboard_mash`` |
| :mod:`~kitami_policy.rules.inappropriate.keyboard` | keys walked along, letters without vowels |
| :mod:`~kitami_policy.rules.inappropriate.random_kana` | kana that spell nothing |
| :mod:`~kitami_policy.rules.inappropriate.wall` | ``meaningless.wall`` |
| :mod:`~kitami_policy.rules.inappropriate.lists` | the names of the family's word lists |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy.rules.base import ALWAYS, Detector, Trigger
from kitami_policy.rules.inappropriate import mash, ng_word, random_kana, wall
from kitami_policy.rules.inappropriate.lists import MASH, NG_WORDS

__all__ = [
    "ALLOWED_LISTS",
    "DETECTORS",
    "FOLDED_PATTERNS",
    "LATIN_LISTS",
    "TRIGGERS",
    "WORD_LISTS",
]

LEVELS: Final[frozenset[str]] = frozenset()
"""This family's evidence always carries its rule's own confidence."""

DETECTORS: Final[Mapping[str, Detector]] = {
    "ng.operator_word": ng_word.find_ng_word,
    "meaningless.keyboard_mash": mash.find_keyboard_mash,
    "meaningless.wall": wall.find_wall,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "ng.operator_word": Trigger(words={NG_WORDS}),
    # ALWAYS: kana mash, repeated units ("あいあいあいあい") and small-kana walls show no signal.
    "meaningless.keyboard_mash": ALWAYS,
    # ALWAYS: a wall of one kana or emoji ("ああああああああ", "😡😡😡…") shows no signal.
    "meaningless.wall": ALWAYS,
}

# Every pattern of the family that runs on the folded text (tests/test_rule_patterns.py).
FOLDED_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    *mash.FOLDED_PATTERNS,
    *random_kana.FOLDED_PATTERNS,
)

WORD_LISTS: Final[tuple[str, ...]] = (MASH,)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
LATIN_LISTS: Final[tuple[str, ...]] = ()  # no detector reads Context.latin
