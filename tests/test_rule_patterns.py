"""Rule patterns and their words: every literal can match, and the terms live in word lists.

The fold drops long marks, separators and 、。, turns katakana into hiragana and shortens a run
of one letter (いい → い, ばばあ → ばあ, http → htp). A literal the fold would change can never
match folded text, so a rule holding one silently misses what it was written for. Each rule
module names the patterns it runs on ``folded`` in ``FOLDED_PATTERNS``; this module finds every
such use in the sources, so an undeclared pattern fails too. The terms the patterns read come
from the family's own word lists (tests/test_word_list_sources.py checks each says where its
terms come from).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import kitami_policy.rules
from kitami_policy import Comment
from kitami_policy._normalize import fold
from kitami_policy.engine import Engine
from kitami_policy.rules import FAMILIES, Rule, RuleSpec, impersonation, personal_info
from kitami_policy.rules.base import ALWAYS, Context, Evidence
from kitami_policy.ruleset import RuleSet


def _modules() -> list[ModuleType]:
    prefix = kitami_policy.rules.__name__ + "."
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(kitami_policy.rules.__path__, prefix)
    ]


MODULES = _modules()
DECLARING = [m for m in MODULES if hasattr(m, "FOLDED_PATTERNS")]
# NAME.search(folded, ...), NAME.match(ctx.folded, ...) and the like, or NAME given to a
# helper that runs it on the fold (unlawful/grammar.py's aimed_at_place).
_USE = re.compile(
    r"\b([A-Za-z_][A-Za-z0-9_]*)\.(?:search|match|fullmatch|finditer|findall|sub|split)"
    r"\(\s*(?:ctx\.)?folded\b|\baimed_at_place\(\s*ctx,\s*([A-Za-z_][A-Za-z0-9_]*)"
)


def _uses(source: str) -> list[str]:
    """The names of the patterns *source* runs on the folded text, in order."""
    return [m[1] or m[2] for m in _USE.finditer(source)]


def _name(module: ModuleType) -> str:
    return module.__name__.removeprefix("kitami_policy.rules.")


def literals(pattern: re.Pattern[str]) -> Iterator[str]:
    """Every literal *pattern* must meet in the text: runs of literal characters, and each
    character of a character class (negated classes only say what not to meet).

    >>> sorted(literals(re.compile(r"ab(?:c|[de])f?[^g]")))
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


def _dead(patterns: tuple[re.Pattern[str], ...]) -> set[tuple[str, str]]:
    return {
        (pattern.pattern[:30], literal)
        for pattern in patterns
        for literal in literals(pattern)
        if fold(literal) != literal
    }


class TestDeclared:
    """The patterns a module runs on the folded text are the ones it declares."""

    def test_rule_modules_declare_their_folded_patterns(self) -> None:
        """Many readings run patterns on the fold; each declares them as compiled patterns."""
        assert len(DECLARING) >= 30
        for module in DECLARING:
            patterns = module.FOLDED_PATTERNS
            assert isinstance(patterns, tuple), _name(module)
            assert patterns, _name(module)
            assert all(isinstance(p, re.Pattern) for p in patterns), _name(module)

    @pytest.mark.parametrize("module", MODULES, ids=_name)
    def test_every_pattern_used_on_the_fold_is_declared(self, module: ModuleType) -> None:
        """A pattern the source runs on ``folded`` is in some module's FOLDED_PATTERNS."""
        declared = {id(p) for m in DECLARING for p in m.FOLDED_PATTERNS}
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        undeclared = {
            name
            for name in _uses(source)
            if isinstance(getattr(module, name, None), re.Pattern)
            and id(getattr(module, name)) not in declared
        }
        assert undeclared == set()

    @pytest.mark.parametrize(
        "family", [f for f in FAMILIES if hasattr(f, "FOLDED_PATTERNS")], ids=_name
    )
    def test_a_family_joins_the_patterns_of_its_modules(self, family: ModuleType) -> None:
        """The family's FOLDED_PATTERNS hold every declared pattern of its modules."""
        joined = {id(p) for p in family.FOLDED_PATTERNS}
        members = [m for m in DECLARING if m.__name__.startswith(family.__name__ + ".")]
        assert members
        assert {
            _name(m) for m in members if not {id(p) for p in m.FOLDED_PATTERNS} <= joined
        } == set()


class TestLiteralsMatchTheFold:
    """Every literal of a declared pattern is its own fold."""

    @pytest.mark.parametrize("module", DECLARING, ids=_name)
    def test_no_literal_the_fold_would_change(self, module: ModuleType) -> None:
        """いい, ばばあ, キャンプ, ー or 、 in a folded pattern could never match."""
        assert _dead(module.FOLDED_PATTERNS) == set()

    def test_the_check_finds_dead_literals(self) -> None:
        """The check catches a shortened run, katakana, a long mark and a dropped mark."""
        pattern = re.compile(r"すればいい|キャンプ|はんまー|住所[、は]|ok")
        assert {lit for _, lit in _dead((pattern,))} == {"すればいい", "キャンプ", "はんまー", "、"}

    def test_the_scan_finds_uses_on_the_fold(self) -> None:
        """The source scan reads the call forms the rules use."""
        source = (
            "_A.search(folded, 3)\n_B.match(ctx.folded)\n_C.search(ctx.text)\nx.sub(folded)\n"
            "found += aimed_at_place(ctx, _D)"
        )
        assert _uses(source) == ["_A", "_B", "x", "_D"]


def _lists_read(module: ModuleType) -> set[str]:
    """The word lists *module*'s patterns and sets read through rules/_terms.py: the arguments
    of ``pattern``, ``terms`` and the modules' ``_words`` helpers, as literals or as the names
    of the family's list constants."""
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    read: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in ("pattern", "terms", "_words", "_terms", "_pattern"):
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                read.add(arg.value)
            elif isinstance(arg, ast.Name) and isinstance(getattr(module, arg.id, None), str):
                read.add(getattr(module, arg.id))
    return read


def _family_of(module: ModuleType) -> ModuleType | None:
    return next((f for f in FAMILIES if module.__name__.startswith(f.__name__ + ".")), None)


def _code_of(module: ModuleType) -> str:
    """*module*'s source with its docstrings left out."""
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = node.body[0] if node.body else None
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                for i in range(doc.lineno - 1, doc.end_lineno or doc.lineno):
                    lines[i] = ""
    return "\n".join(lines)


_WORD = r"[ぁ-んァ-ヶ一-龥々ー]{2,}"
_LADDER = re.compile(rf"(?:{_WORD}\|){{5,}}{_WORD}")


class TestWordListsOfTheFamilies:
    """Each family keeps the terms its patterns read in its own word lists (issue 9: one set of
    lists, shared by a family's guard and its trigger)."""

    @pytest.mark.parametrize("module", [m for m in MODULES if _family_of(m) is not None], ids=_name)
    def test_patterns_read_only_the_familys_lists(self, module: ModuleType) -> None:
        """Every list a module's patterns read is one of its family's WORD_LISTS, so the
        automaton that gates the family's detectors matches the same terms."""
        family = _family_of(module)
        assert family is not None
        own = set(family.WORD_LISTS)
        if family is impersonation:
            # 4-5 reads whose a number is through 4-1's attribution.
            own |= set(personal_info.WORD_LISTS)
        assert _lists_read(module) - own == set()

    def test_the_families_read_their_lists_through_patterns(self) -> None:
        """The scan finds the lists: most families spell patterns from their lists."""
        reading = [
            f for f in FAMILIES if any(_lists_read(m) for m in MODULES if _family_of(m) is f)
        ]
        assert len(reading) >= 8

    @pytest.mark.parametrize("module", MODULES, ids=_name)
    def test_no_alternation_of_words_is_left_in_code(self, module: ModuleType) -> None:
        """No rule module spells a long alternation of kana or kanji words itself: such a set
        of terms belongs in a word list (a docstring's example output aside)."""
        assert {m[0][:40] for m in _LADDER.finditer(_code_of(module))} == set()

    def test_the_ladder_check_finds_a_ladder(self) -> None:
        """Six words in a row are a ladder; grammar endings of one kana are not words."""
        assert _LADDER.search('r"練習|部活|試合|野球|料理|教室"')
        assert not _LADDER.search('r"(?:て|で)(?:まう|もうた|こます)"')


# latin.get(NAME, ...), NAME in latin, NAME not in latin: a list read word by word.
_LATIN_READ = re.compile(
    r"\blatin\.get\(\s*([A-Za-z_][A-Za-z0-9_]*)"
    r"|\b([A-Za-z_][A-Za-z0-9_]*) (?:not )?in (?:ctx\.)?latin\b(?!\.)"
)


def _latin_read(module: ModuleType) -> set[str]:
    """The lists *module* reads through ``Context.latin``, its constants resolved."""
    names = {m[1] or m[2] for m in _LATIN_READ.finditer(_code_of(module))}
    return {getattr(module, n) for n in names if isinstance(getattr(module, n, None), str)}


class TestLatinLists:
    """The engine matches only LATIN_LISTS word by word (a Latin term elsewhere, like ``jp``
    among the top-level domains, is read by its own pattern): a detector reading any other
    list through ``Context.latin`` would silently find nothing."""

    @pytest.mark.parametrize("module", [m for m in MODULES if _family_of(m) is not None], ids=_name)
    def test_lists_read_word_by_word_are_declared(self, module: ModuleType) -> None:
        family = _family_of(module)
        assert family is not None
        assert _latin_read(module) <= set(family.LATIN_LISTS) <= set(family.WORD_LISTS)

    def test_the_scan_finds_the_english_detectors(self) -> None:
        read = {name for m in MODULES for name in _latin_read(m)}
        assert read == {name for f in FAMILIES for name in f.LATIN_LISTS}

    def test_a_rule_sets_own_list_is_matched_word_by_word(self) -> None:
        """A custom rule reading its own list through Context.latin finds its terms."""
        spec = RuleSpec(
            id="t.en", clause="4-9", confidence=0.9, rationale_ja="テ", rationale_en="t"
        )

        def found(ctx: Context) -> list[Evidence]:
            return [Evidence(spans=(p.span,)) for p in ctx.latin.get("t_words", ())]

        rule = Rule(spec=spec, detect=found, trigger=ALWAYS)
        engine = Engine.build(rules=RuleSet((rule,), own_lists={"t_words": ["rude word"]}))
        decision = engine.assess(Comment(id="c", text="What a Rude  word."))
        assert [f.rule for f in decision.findings] == ["t.en"]


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
