"""Tests for kitami_policy._automaton: Aho-Corasick matching with allowed terms."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy._automaton import Automaton, Match
from kitami_policy._normalize import fold

_ALPHABETS = ["ab", "ab1", "あい", "aあ1", "abcあ"]


def _occurrences(term: str, text: str) -> list[tuple[int, int]]:
    """Where *term* occurs in *text*, with the Latin word-boundary rule, by brute force."""
    latin = term.isascii() and term.isalnum()
    spans = []
    for start in range(len(text) - len(term) + 1):
        end = start + len(term)
        if text[start:end] != term:
            continue
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if latin and (
            (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())
        ):
            continue
        spans.append((start, end))
    return spans


def _reference(
    entries: list[tuple[str, int]], allowed: list[str], text: str
) -> list[tuple[int, int, str, int]]:
    """Every reported (start, end, term, payload), computed the slow and obvious way."""
    shields = [span for a in allowed for span in _occurrences(fold(a), text)]
    pairs = list(dict.fromkeys((fold(term), payload) for term, payload in entries))
    return sorted(
        (start, end, term, payload)
        for term, payload in pairs
        for start, end in _occurrences(term, text)
        if not any(a <= start and end <= b for a, b in shields)
    )


@st.composite
def _cases(draw: st.DrawFn) -> tuple[list[tuple[str, int]], list[str], str]:
    alphabet = draw(st.sampled_from(_ALPHABETS))
    terms = st.text(alphabet, min_size=1, max_size=4)
    entries = draw(st.lists(st.tuples(terms, st.integers(0, 3)), max_size=8))
    allowed = draw(st.lists(terms, max_size=3))
    text = draw(st.text(alphabet, max_size=40))
    return entries, allowed, text


class TestAgainstBruteForce:
    """find() agrees with a brute-force substring search."""

    @settings(max_examples=500)
    @given(_cases())
    def test_same_occurrences(self, case: tuple[list[tuple[str, int]], list[str], str]) -> None:
        """The same (start, end, term, payload) set, allowed-covered ones removed."""
        entries, allowed, text = case
        found = Automaton.build(entries, allowed).find(text)
        assert sorted((m.start, m.end, m.term, m.payload) for m in found) == _reference(
            entries, allowed, text
        )

    @settings(max_examples=200)
    @given(_cases())
    def test_ordered_by_start_then_end(
        self, case: tuple[list[tuple[str, int]], list[str], str]
    ) -> None:
        """Matches come sorted by start, then end, and each span holds its term."""
        entries, allowed, text = case
        found = Automaton.build(entries, allowed).find(text)
        assert [(m.start, m.end) for m in found] == sorted((m.start, m.end) for m in found)
        assert all(text[m.start : m.end] == m.term for m in found)

    @settings(max_examples=500)
    @given(_cases())
    def test_grouped_by_payload_as_find_reports(
        self, case: tuple[list[tuple[str, int]], list[str], str]
    ) -> None:
        """find_by_payload holds find's matches, each payload's in find's order."""
        entries, allowed, text = case
        words = Automaton.build(entries, allowed)
        found = words.find(text)
        grouped = words.find_by_payload(text)
        assert set(grouped) == {m.payload for m in found}
        for payload, matches in grouped.items():
            assert matches == [m for m in found if m.payload == payload]


class TestTraps:
    """Allowed longer words keep the CLAUSES.md traps clean."""

    @pytest.mark.parametrize(
        ("term", "allowed", "clean", "dirty"),
        [
            ("ばか", "ばかり", "できたばかりの公園です", "ばかじゃないの"),
            ("バカ", "ばかり", "ついたバカリ", "ﾊﾞｶ市長"),
            ("グロ", "マングローブ", "マングローブの森", "グロ画像"),
            ("殺", "殺菌", "しっかり殺菌しました", "殺すぞ"),
            ("殺", "殺虫", "殺虫剤をまきます", "ぶっ殺"),
            ("死ぬ", "死ぬほど美味しい", "死ぬほど美味しいラーメン", "死ぬまで許さない"),
            ("爆発", "爆発的な人気", "爆発的な人気の祭り", "庁舎を爆発させる"),
        ],
    )
    def test_allowed_word_suppresses(self, term: str, allowed: str, clean: str, dirty: str) -> None:
        """The term stays silent inside the allowed word and fires elsewhere."""
        words = Automaton.build([(term, "x")], allowed=[allowed])
        assert words.find(fold(clean)) == []
        assert [m.term for m in words.find(fold(dirty))] == [fold(term)]

    def test_only_covered_occurrences_are_suppressed(self) -> None:
        """In one comment, the covered ばか is dropped and the free one reported."""
        words = Automaton.build([("ばか", 1)], allowed=["ばかり"])
        text = fold("ばかりいうな、ばか")
        assert [(m.start, m.end) for m in words.find(text)] == [(6, 8)]

    def test_allowing_a_term_silences_it(self) -> None:
        """A term that is also allowed is never reported (its span covers itself)."""
        words = Automaton.build([("しね", 1)], allowed=["シネ"])
        assert words.find(fold("しね")) == []


class TestLatinBoundaries:
    """Latin terms need word boundaries; kana and kanji match as substrings."""

    @pytest.mark.parametrize(
        ("text", "fires"),
        [
            ("shine", True),
            ("Ｓ Ｈ Ｉ Ｎ Ｅ", True),
            ("死ねshine!", True),
            ("sunshine", False),
            ("shine2", False),
            ("you shine", False),
        ],
    )
    def test_shine(self, text: str, fires: bool) -> None:
        """'shine' fires only where no ASCII letter or digit touches it."""
        words = Automaton.build([("shine", 1)])
        assert bool(words.find(fold(text))) is fires

    def test_mixed_terms_are_substrings(self) -> None:
        """A term with kana in it (4ね) needs no boundary."""
        words = Automaton.build([("4ね", 1)])
        assert [m.start for m in words.find(fold("お前4ねよ14ね"))] == [2, 6]


class TestBuild:
    """build() folds terms, pools payloads and refuses empty terms."""

    def test_terms_are_folded(self) -> None:
        """Raw terms are folded, so one entry catches every spelling."""
        words = Automaton.build([("ｼﾈ", "4-2")])
        assert words.terms == ("しね",)
        assert [m.payload for m in words.find(fold("シネ・し ね"))] == ["4-2", "4-2"]

    def test_duplicate_terms_pool_payloads(self) -> None:
        """Terms that fold alike share payloads; an equal payload is kept once."""
        words = Automaton.build([("ばか", "4-2"), ("バカ", "4-2"), ("ﾊﾞｶ", "4-9")])
        assert words.find("ばか") == [Match(0, 2, "ばか", "4-2"), Match(0, 2, "ばか", "4-9")]

    def test_overlapping_terms_are_all_found(self) -> None:
        """Nested and overlapping occurrences are each reported."""
        words = Automaton.build([("税金", 1), ("税金泥棒", 2), ("泥棒", 3)])
        found = [(m.start, m.end, m.payload) for m in words.find(fold("税金泥棒"))]
        assert found == [(0, 2, 1), (0, 4, 2), (2, 4, 3)]

    @pytest.mark.parametrize("term", ["", " ", "・ー☆", "\u200b"])
    def test_empty_term_is_refused(self, term: str) -> None:
        """A term that folds to nothing would match everywhere and is refused by name."""
        with pytest.raises(ValueError, match="folds to the empty string") as info:
            Automaton.build([(term, 1)])
        assert repr(term) in str(info.value)

    def test_empty_allowed_term_is_refused(self) -> None:
        """The same holds for allowed terms."""
        with pytest.raises(ValueError, match="allowed term"):
            Automaton.build([("ばか", 1)], allowed=["ー"])

    def test_single_string_as_allowed_is_refused(self) -> None:
        """allowed='ばかり' (a string, not a list) would allow each kana; it is refused."""
        with pytest.raises(TypeError, match="not a single string"):
            Automaton.build([("ばか", 1)], allowed="ばかり")

    def test_empty_automaton(self) -> None:
        """An automaton without terms finds nothing, even in empty text."""
        words: Automaton[int] = Automaton.build([])
        assert words.find("ばかしね") == []
        assert words.find("") == []
        assert words.terms == ()

    def test_properties_and_repr(self) -> None:
        """terms and allowed list the folded terms; the repr gives counts."""
        words = Automaton.build([("ばか", 1), ("殺", 2)], allowed=["ばかり"])
        assert words.terms == ("ばか", "殺")
        assert words.allowed == ("ばかり",)
        assert repr(words).startswith("<Automaton 2 terms, 1 allowed, ")


class TestPickling:
    """An automaton survives pickling unchanged."""

    def test_round_trip(self) -> None:
        """The unpickled automaton finds exactly what the original finds."""
        words = Automaton.build(
            [("ばか", "4-2"), ("殺す", "4-4"), ("shine", "4-2")], allowed=["ばかり"]
        )
        text = fold("ばかりかバカ、殺すぞ shine")
        restored = pickle.loads(pickle.dumps(words))
        assert restored.find(text) == words.find(text)
        assert restored.find(text) != []


class TestScale:
    """Thousands of terms build and match correctly."""

    def test_many_terms(self) -> None:
        """Each of 3,000 distinct terms is found where it was planted."""
        terms = [f"語{i:04d}番" for i in range(3000)]
        words = Automaton.build((t, i) for i, t in enumerate(terms))
        text = "".join(terms[::100])
        assert [m.payload for m in words.find(text)] == list(range(0, 3000, 100))
