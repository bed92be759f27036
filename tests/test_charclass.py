"""Tests for kitami_policy._charclass: character classes written as ranges."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kitami_policy._charclass import char_class

# Members and probes: class syntax (- ] ^ \), decimal digits of several planes, kanji digits,
# astral numbers and neighbours of each.
_CHARS = st.characters(exclude_categories=["Cs"]) | st.sampled_from(
    list("-]^\\[ab0９〇一二²³𐩀𐩁𐩃𑁦𝟎🄀")
)


class TestCharClass:
    @given(st.sets(_CHARS, max_size=12), st.lists(_CHARS, max_size=30), st.booleans())
    def test_matches_exactly_its_characters(
        self, chars: set[str], probes: list[str], decimal: bool
    ) -> None:
        """A character matches when it is one of *chars*, or a decimal digit with *decimal*."""
        pattern = re.compile(char_class(chars, decimal=decimal))
        for ch in [*chars, *probes]:
            expected = ch in chars or (decimal and ch.isdecimal())
            assert (pattern.fullmatch(ch) is not None) is expected, (ch, pattern.pattern)

    def test_consecutive_characters_are_one_range(self) -> None:
        """Runs of consecutive code points are written as ranges, astral ones included."""
        assert char_class("abcd𐩀𐩁𐩂") == "[a-d𐩀-𐩂]"
