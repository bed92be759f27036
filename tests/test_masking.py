"""Tests for kitami_policy.masking."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kitami_policy.masking import DIGITS, mask_digits, mask_email, mask_text


class TestMaskDigits:
    def test_phone_keeps_prefix_and_last_two(self) -> None:
        """A mobile number keeps its carrier prefix and two last digits only."""
        assert mask_digits("090-1234-5612") == "090-****-**12"

    @given(st.text(st.sampled_from("0123456789-() "), max_size=30))
    def test_shape_kept_and_middle_hidden(self, value: str) -> None:
        """Length and separators are kept; at most five digits stay visible."""
        masked = mask_digits(value)
        assert len(masked) == len(value)
        assert [c for c in masked if not c.isdigit() and c != "*"] == [
            c for c in value if not c.isdigit()
        ]
        assert sum(c.isdigit() for c in masked) <= 5

    @given(st.text(st.sampled_from("0123456789"), min_size=6, max_size=20))
    def test_long_numbers_never_shown_whole(self, value: str) -> None:
        """Any number of six digits or more is partly masked."""
        assert "*" in mask_digits(value)
        assert mask_digits(value) != value


class TestMaskEmail:
    def test_keeps_first_letters_and_top_domain(self) -> None:
        """The local part and domain labels are masked, the top-level domain stays."""
        assert mask_email("hanako@example.jp") == "h*****@e******.jp"

    def test_without_at_sign_masks_everything(self) -> None:
        """A value without @ falls back to plain masking."""
        assert mask_email("abc") == "a**"


class TestMaskText:
    def test_keeps_spaces(self) -> None:
        """Spaces stay so the excerpt keeps its shape."""
        assert mask_text("北見 市") == "北* *"


def test_digits_pattern_covers_every_digit_of_unicode() -> None:
    """Excerpts mask what DIGITS matches: it must take every character str.isdigit accepts."""
    missed = [
        hex(code)
        for code in range(0x110000)
        if chr(code).isdigit() and DIGITS.fullmatch(chr(code)) is None
    ]
    assert missed == []


def test_kanji_digits_are_masked_like_digits() -> None:
    """A phone number spelled in kanji digits shows no more than one in ASCII digits would."""
    assert mask_digits("〇八〇-三三九一-〇二七四") == "〇八〇-****-**七四"


def test_digits_pattern_takes_kanji_numbers_but_not_lone_kanji() -> None:
    """Two or more kanji digits together are a number; one alone is a word (一緒)."""
    assert [m[0] for m in DIGITS.finditer("一緒に〇九〇・一二三四へ")] == ["〇九〇・一二三四"]
