"""Tests for kitami_policy.moderation: from findings to actions (sections 3(3) and 4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import KITAMI, Action, Finding, Platform
from kitami_policy.findings import Span
from kitami_policy.moderation import (
    ModerationRules,
    load_moderation_rules,
    plan_actions,
    resolve_meetings,
)
from kitami_policy.rules.base import RuleSpec

RULES = load_moderation_rules()
SPECS = {
    "x.plain": RuleSpec(
        id="x.plain", clause="4-2", confidence=0.9, rationale_ja="j", rationale_en="e"
    ),
    "x.threat": RuleSpec(
        id="x.threat",
        clause="4-4",
        confidence=0.9,
        rationale_ja="j",
        rationale_en="e",
        police="脅迫罪（刑法第222条）",
    ),
    "x.review": RuleSpec(
        id="x.review", clause="4-9", confidence=0.9, rationale_ja="j", rationale_en="e", review=True
    ),
    "offtopic.chain": RuleSpec(
        id="offtopic.chain", clause="4-8", confidence=0.9, rationale_ja="j", rationale_en="e"
    ),
}


def f(clause: str, rule: str = "x.plain", confidence: float = 0.9) -> Finding:
    return Finding(
        clause=clause,
        rule=rule,
        spans=[Span(0, 1)],
        excerpt="*",
        rationale_ja="j",
        rationale_en="e",
        confidence=confidence,
    )


def plan(
    *findings: Finding, platform: Platform | None = Platform.FACEBOOK, **kw: object
) -> tuple[Action, ...]:
    return plan_actions(
        findings,
        specs=SPECS,
        rules=RULES,
        policy=KITAMI,
        platform=platform,
        **kw,  # type: ignore[arg-type]
    ).actions


H, D, B, P = Action.HIDE, Action.DELETE, Action.BLOCK_ACCOUNT, Action.REPORT_TO_POLICE


class TestTable:
    def test_no_finding_keeps(self) -> None:
        """No clause applies: keep, and nothing else."""
        assert plan() == (Action.KEEP,)

    @pytest.mark.parametrize(
        ("clause", "expected"),
        [
            ("4-1", (H, D)),
            ("4-2", (H,)),
            ("4-3", (H, D)),
            ("4-4", (H, D)),
            ("4-5", (H, B)),
            ("4-6", (H, D)),
            ("4-7", (H, D, B)),
        ],
    )
    def test_clause_actions_on_facebook(self, clause: str, expected: tuple[Action, ...]) -> None:
        """Each clause leads to the actions of CLAUSES.md's table."""
        assert plan(f(clause)) == expected

    def test_police_needs_a_rule_with_a_legal_basis(self) -> None:
        """A finding whose rule names a legal basis is reported, and the basis is given."""
        result = plan_actions(
            (f("4-4", "x.threat"),),
            specs=SPECS,
            rules=RULES,
            policy=KITAMI,
            platform=Platform.FACEBOOK,
        )
        assert result.actions == (H, D, P)
        assert result.legal_basis == ("脅迫罪（刑法第222条）",)

    def test_repeat_of_a_clause_deletes(self) -> None:
        """An author repeating a clause gets that comment deleted."""
        assert plan(f("4-2"), prior_violations=1, prior_clauses=frozenset({"4-2"})) == (H, D)

    def test_third_violation_blocks(self) -> None:
        """The third violating comment blocks the account."""
        assert B not in plan(f("4-2"), prior_violations=1)
        assert B in plan(f("4-2"), prior_violations=2)


class TestLimits:
    def test_x_hides_instead_of_deleting(self) -> None:
        """On X delete is impossible: hide stands in, and the trace says so."""
        result = plan_actions(
            (f("4-1"),), specs=SPECS, rules=RULES, policy=KITAMI, platform=Platform.X
        )
        assert result.actions == (H,)
        assert any("hide stands in for delete" in line for line in result.trace)

    def test_unknown_platform_uses_what_all_allow(self) -> None:
        """Without a platform, delete (impossible on X) is not recommended."""
        assert plan(f("4-7"), platform=None) == (H, B)

    def test_review_rule_stops_at_hide(self) -> None:
        """A rule that always asks for review justifies hide only."""
        result = plan_actions(
            (f("4-9", "x.review"),),
            specs=SPECS,
            rules=RULES,
            policy=KITAMI,
            platform=Platform.FACEBOOK,
        )
        assert result.actions == (H,)
        assert result.needs_review

    def test_weak_evidence_stops_at_hide(self) -> None:
        """Low confidence asks for review and caps that finding at hide."""
        result = plan_actions(
            (f("4-4", "x.threat", confidence=0.5),),
            specs=SPECS,
            rules=RULES,
            policy=KITAMI,
            platform=Platform.FACEBOOK,
        )
        assert result.actions == (H,)
        assert result.needs_review
        assert result.legal_basis == ()

    def test_strong_findings_keep_their_actions_beside_weak_ones(self) -> None:
        """A strong threat is still reported when a weak finding sits beside it."""
        result = plan_actions(
            (f("4-4", "x.threat"), f("4-9", "x.review")),
            specs=SPECS,
            rules=RULES,
            policy=KITAMI,
            platform=Platform.FACEBOOK,
        )
        assert P in result.actions
        assert result.needs_review

    @given(
        st.lists(
            st.tuples(
                st.sampled_from([f"4-{n}" for n in range(1, 10)]), st.sampled_from(sorted(SPECS))
            ),
            min_size=1,
            max_size=4,
        ),
        st.sampled_from([Platform.FACEBOOK, Platform.X, Platform.INSTAGRAM, None]),
        st.integers(0, 5),
    )
    def test_never_beyond_the_platform(
        self, pairs: list[tuple[str, str]], platform: Platform | None, prior: int
    ) -> None:
        """Whatever the findings, every action is one the platform allows, and hide is there."""
        findings = tuple(f(clause, rule) for clause, rule in pairs)
        actions = plan(*findings, platform=platform, prior_violations=prior)
        allowed = (
            KITAMI.allowed_actions(platform)
            if platform
            else KITAMI.allowed_actions("x") & KITAMI.allowed_actions("facebook")
        )
        assert set(actions) <= allowed
        assert H in actions
        assert Action.KEEP not in actions


class TestMeetings:
    def test_off_topic_yields_to_other_clauses(self) -> None:
        """4-8 goes when another clause covers the comment."""
        assert [x.clause for x in resolve_meetings([f("4-8"), f("4-6")], RULES)] == ["4-6"]

    def test_chain_message_stays_beside_flooding(self) -> None:
        """A repeated chain message is 4-8 and 4-7."""
        kept = resolve_meetings([f("4-8", "offtopic.chain"), f("4-7")], RULES)
        assert sorted(x.clause for x in kept) == ["4-7", "4-8"]

    def test_off_topic_alone_stays(self) -> None:
        """4-8 with nothing else stays."""
        assert len(resolve_meetings([f("4-8")], RULES)) == 1


def test_table_is_data() -> None:
    """The action table is read from data and validated."""
    assert isinstance(RULES, ModerationRules)
    assert RULES.delete_clauses == frozenset({"4-1", "4-3", "4-4", "4-6", "4-7"})
    assert RULES.block_after_violations == 3
