"""English and romaji word-list terms, matched word by word on the original text.

The fold removes spaces, so in running English ("your mayor is an idiot" folds to
"yourmayorisanidiot") Latin terms touch and the automaton keeps them silent (a Latin term
matches only where no Latin letter touches it). CLAUSES.md reads English comments like any
other, so every word-list term written in Latin letters is also matched here, as a sequence of
whole words of the original text: "fuck you" in "Fuck you, Kitami city", never "ass" in
"class". Words are compared after NFKC and case folding (full-width letters included).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from kitami_policy.findings import Span

__all__ = ["Phrase", "Phrases", "is_latin_term", "words_of"]

_WORD: Final = re.compile(r"[A-Za-z0-9'\uff21-\uff3a\uff41-\uff5a\uff10-\uff19\uff07]+")
_LATIN_TERM: Final = re.compile(r"[a-z0-9' ]+")
# A letter of a word (_WORD), ASCII or full-width.
_LETTER: Final = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


def _norm(word: str) -> str:
    # NFKC leaves ASCII as it is, and casefold() of ASCII is lower(): most words skip NFKC.
    return word.lower() if word.isascii() else unicodedata.normalize("NFKC", word).casefold()


def is_latin_term(term: str) -> bool:
    """True for a word-list term written in Latin letters, digits, apostrophes and spaces."""
    normal = _norm(term).strip()
    return bool(normal) and _LATIN_TERM.fullmatch(normal) is not None


def words_of(text: str) -> list[tuple[str, int, int]]:
    """The Latin words of *text*, normalised, with their original offsets."""
    return [(_norm(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


@attrs.frozen
class Phrase:
    """One occurrence of a Latin term: where it is in the original text and its list."""

    span: Span
    term: str
    name: str


@attrs.frozen(eq=False)
class Phrases:
    """Latin terms indexed by their first word, for matching word by word."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], str, str], ...]]
    # Whether every term's first word holds a letter: then a text without one holds no term,
    # which spares most Japanese comments the split into words.
    _lettered: bool = attrs.field(init=False)

    @_lettered.default
    def _first_words_lettered(self) -> bool:
        return all(_LETTER.search(first) for first in self.by_first)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str]]) -> Phrases:
        """Index the Latin terms of *entries* (term, list name); other terms are skipped."""
        index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for term, name in entries:
            if not is_latin_term(term):
                continue
            tokens = tuple(_norm(term).split())
            entry = (tokens, " ".join(tokens), name)
            if entry not in index.setdefault(tokens[0], []):
                index[tokens[0]].append(entry)
        return cls({first: tuple(found) for first, found in index.items()})

    def find(self, text: str) -> dict[str, list[Phrase]]:
        """Every occurrence of an indexed term in *text*, by list name, in text order."""
        by_first = self.by_first
        if not by_first or (self._lettered and _LETTER.search(text) is None):
            return {}
        # Most texts hold no first word of a term: they are not split into words with offsets.
        if not any(_norm(w) in by_first for w in _WORD.findall(text)):
            return {}
        words = words_of(text)
        found: dict[str, list[Phrase]] = {}
        for i, (word, start, _) in enumerate(words):
            for tokens, term, name in by_first.get(word, ()):
                stop = i + len(tokens)
                if len(tokens) == 1:
                    end = words[i][2]
                elif stop <= len(words) and all(
                    words[i + k][0] == tokens[k] for k in range(1, len(tokens))
                ):
                    end = words[stop - 1][2]
                else:
                    continue
                found.setdefault(name, []).append(Phrase(Span(start, end), term, name))
        return found
