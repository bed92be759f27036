"""Which rules an engine runs: the bundled ones, plus a user's own, minus any dropped.

Presidio's ``RecognizerRegistry`` is the model (``add_recognizer``, ``remove_recognizer``),
without its mutability: a :class:`RuleSet` is a frozen value whose :meth:`~RuleSet.add` and
:meth:`~RuleSet.remove` return new sets, and no registry is filled at import. Pass a set to
``Engine.build(rules=...)``: a municipality adds a rule of its own, or drops a bundled one,
without editing the package.

A rule (:class:`~kitami_policy.rules.Rule`) is its facts
(:class:`~kitami_policy.rules.RuleSpec`: id, clause, confidence, rationales), a detector (a
function from :class:`~kitami_policy.rules.Context` to
:class:`~kitami_policy.rules.Evidence`) and a :class:`~kitami_policy.rules.Trigger` (the word
lists and signals without which the detector cannot fire). A rule of one's own may read the
bundled word lists, the operator's NG words (``"ng_words"``) and word lists it brings along:
``add(rule, words={"town_tickets": [...]})``. The engine compiles them into its one automaton
with every other list, matched on the folded text.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping

import attrs

from kitami_policy.errors import ValidationError
from kitami_policy.rules import Rule, bundled_rules, word_lists
from kitami_policy.rules.base import NG_WORDS

__all__ = ["RuleSet"]

_Lists = tuple[tuple[str, tuple[str, ...]], ...]


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    rules = tuple(value)
    for rule in rules:
        if not isinstance(rule, Rule):
            raise ValidationError(
                f"a RuleSet holds kitami_policy.rules.Rule values, got {type(rule).__name__}; "
                "build one with Rule(spec=RuleSpec(...), detect=..., trigger=Trigger(...))"
            )
    return rules


def _terms(name: str, value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError(f"word list {name!r} must be a sequence of terms, not a string")
    terms = tuple(value)
    if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
        raise ValidationError(f"word list {name!r} must hold one or more non-empty strings")
    return terms


def _lists(value: Mapping[str, Iterable[str]] | _Lists) -> _Lists:
    pairs = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((name, _terms(name, terms)) for name, terms in pairs))


@attrs.frozen
class RuleSet:
    """The rules an engine runs, in clause order, and the word lists of the user's own rules.

    Build it with :meth:`bundled` and change it with :meth:`add` and :meth:`remove`.

    Attributes:
        rules: the rules, in clause order; ids are unique.
        own_lists: word lists the set brings besides the bundled ones, as
            ``(name, terms)`` pairs sorted by name (see :attr:`word_lists`).

    Raises:
        ValidationError: two rules share an id, a trigger names an unknown word list, or an
            own list is empty or takes the name of a bundled one.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    own_lists: _Lists = attrs.field(default=(), converter=_lists)

    def __attrs_post_init__(self) -> None:
        ids = [rule.id for rule in self.rules]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValidationError(
                f"rule id(s) {twice} appear more than once; remove the old rule first "
                "(rules.remove(id).add(rule)) to replace it"
            )
        bundled = set(word_lists())
        taken = sorted(bundled.intersection(name for name, _ in self.own_lists))
        if taken:
            raise ValidationError(
                f"word list(s) {taken} are bundled lists; give your list a name of its own, "
                "or extend a bundled list with Engine.build(extra_words=...)"
            )
        readable = bundled | {name for name, _ in self.own_lists} | {NG_WORDS}
        for rule in self.rules:
            unknown = sorted(rule.trigger.words - readable)
            if unknown:
                raise ValidationError(
                    f"rule {rule.id}: its trigger names word list(s) {unknown} that are neither "
                    "bundled nor added with it; pass them as add(rule, words={name: [...]})"
                )

    @classmethod
    def bundled(cls) -> RuleSet:
        """The rules bundled with the library, for clauses 4-1 to 4-9."""
        return cls(bundled_rules())

    @property
    def ids(self) -> tuple[str, ...]:
        """The rule ids, in order."""
        return tuple(rule.id for rule in self.rules)

    @property
    def word_lists(self) -> dict[str, tuple[str, ...]]:
        """The set's own word lists by name (the bundled lists are not included)."""
        return dict(self.own_lists)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.ids

    def __getitem__(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise ValidationError(self._unknown(rule_id))

    def add(self, rule: Rule, *, words: Mapping[str, Iterable[str]] | None = None) -> RuleSet:
        """A copy with *rule* added after the other rules of its clause.

        Args:
            rule: the rule; its id must be new to the set.
            words: word lists the rule's detector and trigger read, by name.

        Raises:
            ValidationError: the id is taken, a list is empty or bundled, or the trigger
                names a list that is neither bundled nor given here.
        """
        (rule,) = _rules([rule])
        rules = list(self.rules)
        rules.insert(sum(1 for r in rules if r.spec.clause <= rule.spec.clause), rule)
        return RuleSet(rules, own_lists={**self.word_lists, **dict(_lists(words or {}))})

    def remove(self, *rule_ids: str) -> RuleSet:
        """A copy without the rules *rule_ids* (bundled or added).

        Raises:
            ValidationError: a rule id is not in the set.
        """
        for rule_id in rule_ids:
            if rule_id not in self:
                raise ValidationError(self._unknown(rule_id))
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.id not in rule_ids))

    def _unknown(self, rule_id: object) -> str:
        near = difflib.get_close_matches(str(rule_id), self.ids, n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        return f"no rule {rule_id!r} in this set{hint} (RuleSet.ids lists them)"
