"""Rule sets: an engine runs the bundled rules, a user's own added, some dropped."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from kitami_policy import Comment, ValidationError
from kitami_policy.engine import Engine
from kitami_policy.rules import Context, Evidence, Rule, RuleSpec, Trigger, bundled_rules
from kitami_policy.ruleset import RuleSet

RESALE_WORDS = {"town_tickets": ["チケット", "観覧券"], "town_resale": ["転売", "定価以上"]}
RESALE_TEXT = "ぼんちまつりのチケット、定価以上で譲ります"
CHATTER_TEXT = "今日の晩ごはんはカレーでした。推しの配信見ながら食べてます"


def ticket_resale(ctx: Context) -> Iterator[Evidence]:
    """Festival tickets offered for resale: both words in one comment."""
    tickets, resale = ctx.matches("town_tickets"), ctx.matches("town_resale")
    if tickets and resale:
        yield Evidence(spans=ctx.match_spans([tickets[0], resale[0]]))


def spec(rule_id: str = "town.ticket_resale", clause: str = "4-6") -> RuleSpec:
    return RuleSpec(
        id=rule_id,
        clause=clause,
        confidence=0.9,
        rationale_ja="禁止事項4(6)：まつりのチケットを転売するものです。",
        rationale_en="Clause 4(6): the comment resells festival tickets.",
    )


RESALE = Rule(spec=spec(), detect=ticket_resale, trigger=Trigger(words={"town_tickets"}))


@pytest.fixture(scope="module")
def town_engine() -> Engine:
    """The bundled rules, the resale rule added and off-topic chatter dropped."""
    rules = RuleSet.bundled().add(RESALE, words=RESALE_WORDS).remove("offtopic.chatter")
    return Engine.build(rules=rules)


class TestBundled:
    """The default set is the bundled rules, as Engine.default runs them."""

    def test_bundled_is_what_the_default_engine_runs(self, engine: Engine) -> None:
        """RuleSet.bundled() holds exactly the default engine's rules, in order."""
        assert RuleSet.bundled().rules == engine.rules == bundled_rules()
        assert Engine.build().rules == engine.rules

    def test_lookup(self) -> None:
        """Rules are found by id; an unknown id names the nearest ones."""
        rules = RuleSet.bundled()
        assert "pii.phone" in rules
        assert rules["pii.phone"].spec.clause == "4-1"
        with pytest.raises(ValidationError, match=r"did you mean pii\.phone"):
            rules["pii.phon"]


class TestAddAndRemove:
    """add and remove return new sets; the engine built from one decides by it."""

    def test_added_rule_fires_with_its_own_words(self, town_engine: Engine) -> None:
        """The town's rule finds its clause with its own word lists, cited and explained."""
        decision = town_engine.assess(Comment(id="c1", text=RESALE_TEXT))
        assert decision.clauses == ("4-6",)
        assert decision.rules == ("town.ticket_resale",)
        assert decision.findings[0].rationale_en.startswith("Clause 4(6)")
        assert Engine.default().assess(Comment(id="c1", text=RESALE_TEXT)).acceptable

    def test_dropped_rule_no_longer_fires(self, town_engine: Engine, engine: Engine) -> None:
        """Without offtopic.chatter, diary chatter is kept; the default engine still hides it."""
        assert engine.assess(Comment(id="c2", text=CHATTER_TEXT)).rules == ("offtopic.chatter",)
        assert town_engine.assess(Comment(id="c2", text=CHATTER_TEXT)).acceptable

    def test_added_rule_sits_with_its_clause(self) -> None:
        """A 4-6 rule goes after the bundled 4-6 rules and before 4-7's."""
        rules = RuleSet.bundled().add(RESALE, words=RESALE_WORDS)
        at = rules.ids.index("town.ticket_resale")
        assert rules.rules[at - 1].spec.clause == "4-6"
        assert rules.rules[at + 1].spec.clause == "4-7"
        assert len(rules) == len(RuleSet.bundled()) + 1

    def test_sets_are_values(self) -> None:
        """add and remove leave the set they start from as it was."""
        bundled = RuleSet.bundled()
        bundled.add(RESALE, words=RESALE_WORDS).remove("pii.phone")
        assert bundled == RuleSet.bundled()

    def test_a_plain_sequence_of_rules(self) -> None:
        """Engine.build also takes any sequence of rules (bundled lists only)."""
        only = [r for r in bundled_rules() if r.spec.clause == "4-2"]
        engine = Engine.build(rules=only)
        assert {r.spec.clause for r in engine.rules} == {"4-2"}
        assert engine.assess(Comment(id="c", text="市長は無能。税金泥棒")).clauses == ("4-2",)

    def test_extra_words_reach_own_lists(self) -> None:
        """extra_words extends a rule set's own list as it does a bundled one."""
        rules = RuleSet.bundled().add(RESALE, words=RESALE_WORDS)
        engine = Engine.build(rules=rules, extra_words={"town_resale": ["お譲りします"]})
        text = "チケットをお譲りします"
        assert engine.assess(Comment(id="c", text=text)).rules == ("town.ticket_resale",)

    def test_engine_with_own_rules_pickles(self, town_engine: Engine) -> None:
        """A module-level detector travels to worker processes with the engine."""
        copy = pickle.loads(pickle.dumps(town_engine))
        comment = Comment(id="c1", text=RESALE_TEXT)
        assert copy.assess(comment) == town_engine.assess(comment)


class TestRefused:
    """Mistakes are refused when the set is built, each with what to do instead."""

    def test_duplicate_id(self) -> None:
        """An id already in the set is refused; remove the old rule to replace it."""
        taken = Rule(spec=spec("pii.phone", "4-1"), detect=ticket_resale, trigger=RESALE.trigger)
        with pytest.raises(ValidationError, match="remove the old rule first"):
            RuleSet.bundled().add(taken, words=RESALE_WORDS)

    def test_unknown_id_to_remove(self) -> None:
        """Removing an id the set does not hold names the nearest ids it does hold."""
        with pytest.raises(ValidationError, match=r"did you mean offtopic\.chatter"):
            RuleSet.bundled().remove("offtopic.chat")

    def test_trigger_on_an_unknown_list(self) -> None:
        """A trigger that names a list nobody gave is refused, pointing to add(words=...)."""
        with pytest.raises(ValidationError, match=r"town_tickets.*add\(rule, words="):
            RuleSet.bundled().add(RESALE)

    @pytest.mark.parametrize(
        ("words", "message"),
        [
            ({"defamation_insults": ["x"]}, "bundled lists"),
            ({"town_tickets": []}, "one or more"),
            ({"town_tickets": "チケット"}, "not a string"),
            ({"town_tickets": ["", "x"]}, "non-empty"),
        ],
    )
    def test_bad_word_lists(self, words: dict[str, object], message: str) -> None:
        """Own lists must be new names holding non-empty terms."""
        with pytest.raises(ValidationError, match=message):
            RuleSet.bundled().add(RESALE, words=words)  # type: ignore[arg-type]

    def test_not_a_rule(self) -> None:
        """Only Rule values go in a set."""
        with pytest.raises(ValidationError, match="Rule values"):
            RuleSet([ticket_resale])  # type: ignore[list-item]
