"""Tests for kitami_policy._phrases: Latin terms matched word by word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kitami_policy._phrases import Phrase, Phrases, words_of
from kitami_policy.findings import Span

_ENTRIES = [("ass", "rude"), ("fuck you", "rude"), ("ＩＤＩＯＴ", "insult"), ("死ね", "insult")]


class TestFind:
    def test_whole_words_only(self) -> None:
        """A term is found as whole words of the text, never inside a longer word."""
        found = Phrases.build(_ENTRIES).find("Fuck you, class. you ass")
        assert [(p.term, p.span) for p in found["rude"]] == [
            ("fuck you", Span(0, 8)),
            ("ass", Span(21, 24)),
        ]

    def test_full_width_letters(self) -> None:
        """Full-width letters are words like any other."""
        found = Phrases.build(_ENTRIES).find("市長はｉｄｉｏｔだ")
        assert [p.span for p in found["insult"]] == [Span(3, 8)]

    def test_a_text_without_letters_holds_no_lettered_term(self) -> None:
        """Japanese and digits alone find nothing when every term has a letter."""
        assert Phrases.build(_ENTRIES).find("死ね、090-1234-5678") == {}

    def test_a_term_of_digits_is_still_found_without_letters(self) -> None:
        """A term with no letter (given as a list's extra word) is found in letterless text."""
        found = Phrases.build([*_ENTRIES, ("4545", "ng")]).find("４５４５です")
        assert [p.span for p in found["ng"]] == [Span(0, 4)]

    @given(st.text(st.sampled_from("ass yu1'ＡＳ死 "), max_size=20))
    def test_same_with_or_without_digit_terms(self, text: str) -> None:
        """Indexing a term of digits changes nothing else that is found."""
        plain = Phrases.build(_ENTRIES).find(text)
        more = Phrases.build([*_ENTRIES, ("0000", "ng")]).find(text)
        more.pop("ng", None)
        assert more == plain


def _every_occurrence(entries: list[tuple[str, str]], text: str) -> dict[str, list[Phrase]]:
    """What find() must return, by brute force: every term tried at every word."""
    index = Phrases.build(entries)
    words = words_of(text)
    found: dict[str, list[Phrase]] = {}
    for i in range(len(words)):
        for first in index.by_first.values():
            for tokens, term, name in first:
                got = tuple(w for w, _, _ in words[i : i + len(tokens)])
                if got == tokens:
                    span = Span(words[i][1], words[i + len(tokens) - 1][2])
                    found.setdefault(name, []).append(Phrase(span, term, name))
    return found


class TestGate:
    """find() skips the split into words with offsets when no word of the text is a term's
    first word; it must never skip a text that holds one."""

    @given(st.text(st.sampled_from("asfuckyoIDT ,'1ＡａｓＳ\u212a\u017f死"), max_size=24))
    def test_same_as_trying_every_word(self, text: str) -> None:
        assert Phrases.build(_ENTRIES).find(text) == _every_occurrence(_ENTRIES, text)

    def test_a_sign_that_folds_to_a_letter_is_not_a_letter(self) -> None:
        """The Kelvin sign is no word character: the word after it is found."""
        assert [p.span for p in Phrases.build(_ENTRIES).find("\u212aass")["rude"]] == [Span(1, 4)]
