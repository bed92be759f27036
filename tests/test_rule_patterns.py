"""Rule patterns and their words: literals that can match, terms kept in word lists.

A pattern that runs on the folded text can only match what the fold leaves: a literal that is
not its own fold (はんまー, whose ー the fold drops; http, whose tt it shortens; a 、 it drops)
can never match there. Families split into packages expose those patterns as
``FOLDED_PATTERNS``; this module checks every literal of them, and that the terms the patterns
read come from the family's own word lists, each of which says where its terms come from.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kitami_policy._normalize import fold
from kitami_policy._wordlist import load_wordlist
from kitami_policy.rules import FAMILIES, impersonation, personal_info

WORDS = Path(__file__).parents[1] / "src" / "kitami_policy" / "data" / "words"
FOLDED_FAMILIES = [f for f in FAMILIES if hasattr(f, "FOLDED_PATTERNS")]


def _name(family: ModuleType) -> str:
    return family.__name__.rsplit(".", 1)[1]


def literals(pattern: re.Pattern[str]) -> Iterator[str]:
    """Every literal *pattern* must meet in the text: runs of literal characters, and each
    character of a character class (negated classes excluded: they only say what not to meet).

    >>> sorted(literals(re.compile(r"ab(?:c|[de])f?")))
    ['ab', 'c', 'd', 'e', 'f']
    """

    def walk(items: Any) -> Iterator[str]:
        run: list[str] = []
        for op, value in items:
            if op is sre.LITERAL:
                run.append(chr(value))
                continue
            if run:
                yield "".join(run)
                run = []
            if op is sre.IN:
                if all(member is not sre.NEGATE for member, _ in value):
                    yield from (chr(v) for member, v in value if member is sre.LITERAL)
            elif op is sre.SUBPATTERN:
                yield from walk(value[3])
            elif op is sre.BRANCH:
                for branch in value[1]:
                    yield from walk(branch)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                yield from walk(value[2])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                yield from walk(value[1])
            elif op is sre.ATOMIC_GROUP:
                yield from walk(value)
        if run:
            yield "".join(run)

    yield from walk(sre_parse.parse(pattern.pattern, pattern.flags))


class TestFoldedPatterns:
    """Every literal of a pattern that runs on the folded text is its own fold."""

    def test_the_split_families_expose_their_folded_patterns(self) -> None:
        """4-1 and 4-5 name the patterns that run on the fold, as compiled patterns."""
        assert personal_info in FOLDED_FAMILIES
        assert impersonation in FOLDED_FAMILIES
        for family in FOLDED_FAMILIES:
            patterns = family.FOLDED_PATTERNS
            assert isinstance(patterns, tuple)
            assert patterns
            assert all(isinstance(p, re.Pattern) for p in patterns)

    @pytest.mark.parametrize("family", FOLDED_FAMILIES, ids=_name)
    def test_every_literal_is_its_own_fold(self, family: ModuleType) -> None:
        """A literal the fold would change can never match: none is left in these patterns."""
        dead = {
            (i, literal)
            for i, pattern in enumerate(family.FOLDED_PATTERNS)
            for literal in literals(pattern)
            if fold(literal) != literal
        }
        assert dead == set()

    def test_the_check_finds_a_dead_literal(self) -> None:
        """The check would catch はんまー (ー dropped), http (tt shortened) and 、 (dropped)."""
        pattern = re.compile(r"はんまー|http|住所[、は]")
        assert {x for x in literals(pattern) if fold(x) != x} == {"はんまー", "http", "、"}


class TestWordListsOfTheSplitFamilies:
    """4-1 and 4-5 keep the terms their patterns read in their own word lists."""

    @pytest.mark.parametrize("family", [personal_info, impersonation], ids=_name)
    def test_every_list_says_where_its_terms_come_from(self, family: ModuleType) -> None:
        """Each word list of the family has a Source line and at least one term."""
        for name in family.WORD_LISTS:
            text = (WORDS / f"{name}.txt").read_text(encoding="utf-8")
            assert re.search(r"^# Source: \S", text, re.MULTILINE), name
            assert load_wordlist(name), name

    @pytest.mark.parametrize("family", [personal_info, impersonation], ids=_name)
    def test_patterns_read_only_the_familys_lists(self, family: ModuleType) -> None:
        """Every list a pattern of the family reads is one of the family's WORD_LISTS, so the
        automaton that gates the family's detectors matches the same terms."""
        package = Path(str(family.__file__)).parent
        read = {
            name
            for source in package.glob("*.py")
            for call in re.finditer(
                r"\b(?:pattern|terms|_words)\(([^)]*)\)", source.read_text(encoding="utf-8")
            )
            for name in re.findall(r"['\"]((?:pii|impersonation)_[a-z_]+)['\"]", call[1])
        }
        assert read
        own = set(family.WORD_LISTS)
        if family is impersonation:
            # 4-5 reads whose a number is through 4-1's attribution.
            own |= set(personal_info.WORD_LISTS)
        assert read - own == set()

    @pytest.mark.parametrize("family", [personal_info, impersonation], ids=_name)
    def test_no_alternation_of_words_is_left_in_code(self, family: ModuleType) -> None:
        """No pattern of the family spells a long alternation of kana or kanji words itself:
        such a set of terms belongs in a word list."""
        package = Path(str(family.__file__)).parent
        word = r"[ぁ-んァ-ヶ一-龥ー]{2,}"
        ladder = re.compile(rf"(?:{word}\|){{5,}}{word}")
        offenders = {
            (source.name, m[0][:40])
            for source in package.glob("*.py")
            for m in ladder.finditer(source.read_text(encoding="utf-8"))
        }
        assert offenders == set()


class TestListsKeepTheGrammar:
    """A word list inside a pattern never bypasses the grammar written around it."""

    @pytest.mark.parametrize(
        ("text", "claim"),
        [
            ("北見市役所ですか？手続きを教えてください", False),
            ("北見市役所でーす。こちらで受付します", True),
            ("市長の責任です。対応してください", False),
        ],
    )
    def test_claims_keep_their_lookaheads(self, text: str, claim: bool) -> None:
        """ですか is a question, でーす a claim, 市長の責任 not a name: whatever the lists hold."""
        from kitami_policy import Comment
        from kitami_policy.engine import Engine

        decision = Engine.default().assess(Comment(id="c", text=text))
        assert ("impersonation.claim" in decision.rules) is claim
