"""Tests for kitami_policy.findings: spans, findings and decisions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import (
    Action,
    Decision,
    Finding,
    OutOfRangeError,
    UnknownClauseError,
    ValidationError,
)
from kitami_policy.findings import Span, unchecked_decision, unchecked_finding


def finding(clause: str = "4-2", start: int = 0, end: int = 2, **kw: object) -> Finding:
    fields: dict[str, object] = {
        "clause": clause,
        "rule": "abuse.insult",
        "spans": [Span(start, end)],
        "excerpt": "バカ",
        "rationale_ja": "侮辱表現です。",
        "rationale_en": "An insult.",
    }
    return Finding(**(fields | kw))  # type: ignore[arg-type]


class TestSpan:
    @pytest.mark.parametrize(("start", "end"), [(3, 3), (4, 2), (-1, 2), (0, True)])
    def test_invalid(self, start: int, end: int) -> None:
        """Spans are non-empty and non-negative."""
        with pytest.raises(ValidationError):
            Span(start, end)

    @given(st.integers(0, 100), st.integers(1, 100))
    def test_len(self, start: int, width: int) -> None:
        """len() is the number of characters covered."""
        assert len(Span(start, start + width)) == width

    @given(
        st.tuples(st.integers(0, 9), st.integers(1, 9)),
        st.tuples(st.integers(0, 9), st.integers(1, 9)),
    )
    def test_order_is_start_then_end(self, a: tuple[int, int], b: tuple[int, int]) -> None:
        """Spans compare as (start, end) tuples do."""
        x, y = Span(a[0], a[0] + a[1]), Span(b[0], b[0] + b[1])
        tx, ty = (x.start, x.end), (y.start, y.end)
        assert (x < y, x <= y, x > y, x >= y, x == y) == (
            tx < ty,
            tx <= ty,
            tx > ty,
            tx >= ty,
            tx == ty,
        )

    def test_does_not_order_against_other_types(self) -> None:
        """Comparing a span with a tuple is a TypeError, not a silent answer."""
        with pytest.raises(TypeError):
            assert Span(1, 2) < (1, 3)  # type: ignore[operator]


class TestFinding:
    def test_spans_sorted(self) -> None:
        """Evidence spans are kept in text order."""
        f = finding(spans=[Span(5, 6), Span(1, 2)])
        assert f.spans == (Span(1, 2), Span(5, 6))

    def test_needs_evidence(self) -> None:
        """A finding without a span is refused."""
        with pytest.raises(ValidationError, match="must not be empty"):
            finding(spans=[])

    def test_unknown_clause(self) -> None:
        """The clause must be one of section 4's."""
        with pytest.raises(UnknownClauseError):
            finding(clause="4-10")

    @pytest.mark.parametrize("confidence", [-0.1, 1.5])
    def test_confidence_range(self, confidence: float) -> None:
        """Confidence lies in [0, 1]."""
        with pytest.raises(OutOfRangeError, match=r"\[0, 1\]"):
            finding(confidence=confidence)

    def test_rationales_required(self) -> None:
        """Both rationales must be given."""
        with pytest.raises(ValidationError, match="rationale_en"):
            finding(rationale_en="")


class TestDecision:
    def test_keep_without_findings(self) -> None:
        """No finding: keep, and the comment is acceptable."""
        d = Decision(comment_id="c", findings=(), actions=["keep"])
        assert d.acceptable
        assert d.clauses == ()

    def test_findings_need_an_action(self) -> None:
        """A finding with keep is contradictory and refused."""
        with pytest.raises(ValidationError, match="at least one action other than keep"):
            Decision(comment_id="c", findings=[finding()], actions=["keep"])

    def test_no_findings_no_action(self) -> None:
        """Hiding a comment with no finding is refused: legitimate comments stay up."""
        with pytest.raises(ValidationError, match="must be \\(keep,\\)"):
            Decision(comment_id="c", findings=(), actions=["hide"])

    def test_police_needs_legal_basis(self) -> None:
        """A police report names its legal basis."""
        with pytest.raises(ValidationError, match="legal basis"):
            Decision(comment_id="c", findings=[finding("4-4")], actions=["report_to_police"])

    def test_clauses_are_sorted_numerically(self) -> None:
        """Clauses are listed once each, in clause order."""
        d = Decision(
            comment_id="c",
            findings=[finding("4-4"), finding("4-1"), finding("4-4", 3, 4)],
            actions=["delete", "hide"],
        )
        assert d.clauses == ("4-1", "4-4")
        assert d.actions == (Action.HIDE, Action.DELETE)
        assert d.rules == ("abuse.insult",)


class TestUnchecked:
    def test_finding_equals_the_checked_one(self) -> None:
        """The engine's unchecked finding is the finding the public constructor builds."""
        checked = finding(confidence=0.6, mask="text")
        unchecked = unchecked_finding(
            checked.clause,
            checked.rule,
            checked.spans,
            checked.excerpt,
            checked.rationale_ja,
            checked.rationale_en,
            checked.confidence,
            checked.source,
            checked.mask,
            checked.personal,
        )
        assert unchecked == checked
        assert repr(unchecked) == repr(checked)

    def test_decision_equals_the_checked_one(self) -> None:
        """The engine's unchecked decision is the decision the public constructor builds."""
        checked = Decision("c", findings=[finding()], actions=["hide"], trace=("why",))
        unchecked = unchecked_decision(
            "c", checked.findings, (Action.HIDE,), False, "", (), ("why",)
        )
        assert unchecked == checked

    def test_decision_invariant_still_checked(self) -> None:
        """Even unchecked, a decision with findings refuses to keep the comment."""
        with pytest.raises(ValidationError, match="at least one action other than keep"):
            unchecked_decision("c", (finding(),), (Action.KEEP,), False, "", (), ())
