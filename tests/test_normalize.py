"""Tests for kitami_policy._normalize (the fold and its offset map) and _number_form."""

from __future__ import annotations

import pickle
import subprocess
import sys
import time
import unicodedata
from array import array
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import _normalize as normalize_module
from kitami_policy import _number_form as number_form_module
from kitami_policy._normalize import Normalized, fold, normalize
from kitami_policy._number_form import number_form
from kitami_policy.errors import InvalidTextError, OutOfRangeError

# Characters that exercise every corner of the fold: half-width kana and voiced marks, spacing
# and combining dakuten, Hangul jamo that NFKC composes, Indic vowel signs that compose with
# what precedes them, zero-width characters, emoji with modifiers, look-alikes, compatibility
# characters and digits.
_TRICKY = (
    "ｶｷｸﾞﾟﾊﾜｰーｼﾈ゛゜\u3099\u309aかがカガはばぱ\u0301\u0300\u0308\u0327eaAＡ"
    "\u1100\u1161\u11a8\u3131\u314f가각ㄱㅏ\u0b47\u0b3e\u09c7\u09be\u0dd9\u0dcf"
    "\u200b\u200d\ufe0f\u00ad😀👍\U0001f3fb ・.-_ 　あ1１ΣσςΑаА0İﬁ㈱①ℌ\u0344\u0f73@#＃"
)
_JAPANESE_LIKE = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF9F),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4F00),
    st.sampled_from("😀👍\u200b\ufe0fаοΑ①㈱"),
)
_ANY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"])),
    st.text(st.sampled_from(_TRICKY)),
    st.text(_JAPANESE_LIKE),
)


def _backward_combining() -> frozenset[str]:
    """Starters that NFC composes with the character before them (Hangul vowels, Indic signs)."""
    found = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                found.add(second)
    return frozenset(found)


class TestFold:
    """fold() undoes the evasions listed in CLAUSES.md."""

    @pytest.mark.parametrize(
        ("text", "folded"),
        [
            ("ＳＨＩＮＥ", "shine"),
            ("ｼﾈ", "しね"),
            ("シネ", "しね"),
            ("し ね", "しね"),
            ("し.ね", "しね"),
            ("死・ね", "死ね"),
            ("しねええ", "しねえ"),
            ("しねー", "しね"),
            ("しね〜〜", "しね"),
            ("し\u200bね", "しね"),
            ("kit\u0430mi", "kitami"),
            ("ﾊﾞｶ", "ばか"),
            ("ｼﾞ", "じ"),
            ("ハ゛カ", "ばか"),
            ("ばかあああ", "ばかあ"),
            ("ｗｗｗｗ", "w"),
            ("ΚΙΤΑΜΙ", "kitami"),
            ("し　ね★☆♪", "しね"),
            ("バ＿カ｜ｗ", "ばかw"),
        ],
    )
    def test_evasions(self, text: str, folded: str) -> None:
        """Each evasive spelling folds to the plain form."""
        assert fold(text) == folded

    def test_empty(self) -> None:
        """The empty text folds to the empty text."""
        assert fold("") == ""

    def test_digits_are_kept_and_never_compressed(self) -> None:
        """Digits stay digits (0 is not o) and a run of digits keeps its length."""
        assert fold("090-0000-1111") == "09000001111"
        assert fold("k1tam1 0fficial") == "k1tam10ficial"
        assert fold("１１１") == "111"

    def test_mentions_and_hashtags_survive(self) -> None:
        """@ and # stay in the fold; full-width ＃ becomes #."""
        assert fold("@kitami_city ＃北見") == "@kitamicity#北見"

    def test_emoji_and_symbols_are_dropped(self) -> None:
        """Emoji, their modifiers and joiners are dropped like other symbols."""
        assert fold("👍🏻しね😀\u200d🔥\ufe0f") == "しね"

    def test_compatibility_characters(self) -> None:
        """Squared, enclosed and letterlike characters read as what they stand for."""
        assert fold("㈱①℡") == "株1tel"

    @given(st.text(_JAPANESE_LIKE))
    def test_idempotent_on_japanese_text(self, text: str) -> None:
        """Folding folded Japanese text changes nothing."""
        once = fold(text)
        assert fold(once) == once

    @given(st.text(_JAPANESE_LIKE))
    def test_katakana_and_hiragana_fold_alike(self, text: str) -> None:
        """Swapping every hiragana for its katakana does not change the fold."""
        swapped = "".join(chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in text)
        assert fold(swapped) == fold(text)


class TestSurrogates:
    """Lone surrogates are refused with a clear message, never folded."""

    @pytest.mark.parametrize("text", ["\ud800", "あ\udfffい", "abc\udc80"])
    def test_fold_refuses(self, text: str) -> None:
        """fold() raises a ValueError naming the surrogate."""
        with pytest.raises(InvalidTextError, match="lone surrogate"):
            fold(text)

    def test_normalize_refuses(self) -> None:
        """normalize() raises the same error, which is a ValueError."""
        with pytest.raises(ValueError, match="index 1"):
            normalize("あ\ud800")


class TestNormalize:
    """normalize() gives fold()'s text and maps it back to the original."""

    @settings(max_examples=500)
    @given(_ANY_TEXT)
    def test_agrees_with_fold(self, text: str) -> None:
        """The slow path with offsets and the fast path give the same text."""
        assert normalize(text).text == fold(text)

    @settings(max_examples=1000)
    @given(_ANY_TEXT)
    def test_table_path_agrees_with_the_general_loop(self, text: str) -> None:
        """The quick offsets for one-to-one texts are the general loop's, offset by offset."""
        quick = normalize_module._normalize_by_table(text)
        if quick is not None:
            slow = normalize_module._normalize_general(text)
            assert quick == slow
            assert list(quick._starts) == list(slow._starts)
            assert list(quick._ends) == list(slow._ends)

    @settings(max_examples=1000)
    @given(_ANY_TEXT)
    def test_the_fold_given_changes_nothing(self, text: str) -> None:
        """Given fold(text), normalize() gives the same text and offsets as without it."""
        given_fold, alone = normalize(text, fold(text)), normalize(text)
        assert given_fold == alone
        assert list(given_fold._starts) == list(alone._starts)
        assert list(given_fold._ends) == list(alone._ends)

    @pytest.mark.parametrize("text", ["ばかあああ！", "あ・あ・あ", "し ね!", "090-0000", "ｼﾈ", ""])
    def test_table_path_takes_ordinary_texts(self, text: str) -> None:
        """Texts of one-to-one characters take the quick path (and agree with the loop)."""
        assert normalize_module._normalize_by_table(text) is not None

    @pytest.mark.parametrize("text", ["ﾊﾞカ", "x㍻y", "ß", "\u0301あ"])
    def test_general_loop_takes_the_rest(self, text: str) -> None:
        """Characters off the table or folding to several go down the general loop."""
        assert normalize_module._normalize_by_table(text) is None

    @settings(max_examples=300)
    @given(_ANY_TEXT)
    def test_spans_are_ordered_and_cover_their_source(self, text: str) -> None:
        """Each folded character comes from an in-order span whose own fold holds it."""
        n = normalize(text)
        previous = (0, 0)
        for i, ch in enumerate(n.text):
            start, end = n.to_original(i, i + 1)
            assert 0 <= start < end <= len(text)
            assert (start, end) >= previous
            assert ch in fold(text[start:end])
            previous = (start, end)

    def test_span_covers_dropped_separators(self) -> None:
        """A span over two folded characters also covers the separators between them."""
        n = normalize("あ、し ・ね！")
        assert n.text == "あしね"
        assert n.to_original(1, 3) == (2, 6)

    def test_composed_and_compressed_characters(self) -> None:
        """ｶﾞ maps to both original characters, a stretched vowel to the whole run."""
        n = normalize("ｶﾞｶﾞかあああ")
        assert n.text == "がかあ"
        assert n.to_original(0, 1) == (0, 4)
        assert n.to_original(2, 3) == (5, 8)

    def test_multi_character_fold(self) -> None:
        """Characters that fold to several map each of them to the one original."""
        n = normalize("x㍻y")
        assert n.text == "x平成y"
        assert [n.to_original(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (1, 2), (2, 3)]

    @pytest.mark.parametrize(("start", "end"), [(0, 0), (2, 1), (-1, 1), (0, 4), (3, 4)])
    def test_bad_spans_are_refused(self, start: int, end: int) -> None:
        """Empty, reversed and out-of-range spans raise a ValueError saying what is allowed."""
        with pytest.raises(OutOfRangeError, match="folded text of length 3"):
            normalize("しね!!よ").to_original(start, end)

    def test_empty_text(self) -> None:
        """The empty text normalises to an empty text with no span to ask for."""
        n = normalize("")
        assert n.text == ""
        with pytest.raises(ValueError, match="empty"):
            n.to_original(0, 0)

    def test_repr_hides_the_text(self) -> None:
        """The repr gives lengths only, never the comment."""
        assert repr(normalize("090-1234-5678")) == "<Normalized 13 chars folded to 11>"

    def test_value_semantics(self) -> None:
        """Equal originals give equal, hashable values that survive pickling."""
        n = normalize("ｼﾈ")
        assert n == normalize("ｼﾈ")
        assert hash(n) == hash(normalize("ｼﾈ"))
        restored = pickle.loads(pickle.dumps(n))
        assert restored == n
        assert restored.to_original(0, 2) == (0, 2)

    def test_inconsistent_construction_is_refused(self) -> None:
        """Building a Normalized by hand needs one span per folded character."""
        with pytest.raises(ValueError, match="one start and one end"):
            Normalized("ab", "ab", starts=array("i", [0]), ends=array("i", [1]))


class TestLargeTexts:
    """A megabyte of text folds in linear time and bounded memory."""

    def test_one_character_repeated(self) -> None:
        """'あ' * 10**6 folds to one 'あ' spanning the whole text."""
        text = "あ" * 10**6
        assert fold(text) == "あ"
        n = normalize(text)
        assert n.text == "あ"
        assert n.to_original(0, 1) == (0, 10**6)

    def test_megabyte_of_mixed_text(self) -> None:
        """A 1 MB mix of kana, kanji, half-width, emoji and marks stays within seconds."""
        unit = "北見市の除雪、いつも遅すぎます！ｼﾞﾊﾞｶ😀ＳＨＩＮＥ e\u0301 090-1234\u200b "
        text = (unit * (10**6 // len(unit) + 1))[: 10**6]
        begin = time.perf_counter()
        folded = fold(text)
        fold_seconds = time.perf_counter() - begin
        begin = time.perf_counter()
        n = normalize(text)
        normalize_seconds = time.perf_counter() - begin
        assert n.text == folded
        # Generous bounds: the point is linear time, not a benchmark (see bench/).
        assert fold_seconds < 5
        assert normalize_seconds < 30


class TestNumberForm:
    """number_form() spells numbers in ASCII without changing the length."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("〇九〇ー１２３４ー５６７８", "090-1234-5678"),
            ("零一二三四五六七八九十百", "0123456789十百"),
            ("０９０−１２３４‐５６７８", "090-1234-5678"),
            ("090―1234–5678—9", "090-1234-5678-9"),
            ("〒０９０　８５０１", "〒090 8501"),
            ("090\u200b1234\ufeff5678", "090 1234 5678"),
            ("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ（代表）", "info@example.jp(代表)"),
            ("ﾃﾞﾝﾜ ｰ", "ﾃﾞﾝﾜ -"),
        ],
    )
    def test_examples(self, text: str, expected: str) -> None:
        """Digits, dashes, spaces and full-width symbols come out in ASCII."""
        assert number_form(text) == expected

    @given(st.text())
    def test_length_is_kept(self, text: str) -> None:
        """Every character becomes exactly one (surrogates included), so spans need no map."""
        assert len(number_form(text)) == len(text)

    @settings(max_examples=500)
    @given(
        st.text(
            st.characters(exclude_categories=["Cs"])
            | st.sampled_from(sorted(map(chr, number_form_module._NUMBER_TABLE)))
        )
    )
    def test_is_the_table_applied_to_each_character(self, text: str) -> None:
        """Translating the runs of table characters alone is translating the whole text."""
        assert number_form(text) == text.translate(number_form_module._NUMBER_TABLE)

    @given(st.text(st.characters(max_codepoint=0x7F)))
    def test_ascii_is_left_alone_except_whitespace(self, text: str) -> None:
        """ASCII text only sees its tabs and newlines turned into spaces."""
        expected = "".join(" " if c.isspace() else c for c in text)
        assert number_form(text) == expected


class TestTables:
    """The precomputed tables are immutable, cheap to build and safe for offsets."""

    def test_tables_are_read_only(self) -> None:
        """The module's tables cannot be changed at run time."""
        for table in (normalize_module._FOLD_TABLE, number_form_module._NUMBER_TABLE):
            assert isinstance(table, MappingProxyType)
            with pytest.raises(TypeError):
                table[0x41] = "x"  # type: ignore[index]

    def test_table_output_never_merges_with_what_precedes(self) -> None:
        """Everything the table produces is a self-folding starter no composition reaches."""
        table = normalize_module._FOLD_TABLE
        backward = _backward_combining()
        produced = {chr(v) for v in table.values() if isinstance(v, int)}
        produced |= {c for v in table.values() if isinstance(v, str) for c in v}
        for ch in produced:
            assert unicodedata.combining(ch) == 0, ch
            assert ch not in backward, ch
            assert unicodedata.normalize("NFKC", ch) == ch, ch
            assert table.get(ord(ch)) == ord(ch), ch

    def test_whitespace_table_is_complete(self) -> None:
        """Every Unicode whitespace character becomes a space in the number form."""
        spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
        assert number_form("".join(spaces)) == " " * len(spaces)

    def test_import_is_cheap(self) -> None:
        """Importing the module stays far from scanning all of Unicode (bench/ has the figure)."""
        code = (
            "import time, kitami_policy.errors; t = time.perf_counter(); "
            "import kitami_policy._normalize; print(time.perf_counter() - t)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert float(out.stdout) < 0.2
