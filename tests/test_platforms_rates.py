"""kitami_policy.platforms.rates: a batch's calls against the platforms' published limits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import Action
from kitami_policy.platforms import Plan, facts_for, plan, summarize
from tests.platform_payloads import comment_on, decision_with


def _x_plans(count: int, post_id: str = "p1") -> list[Plan]:
    return [
        plan(decision_with((Action.HIDE,), comment_id=f"c{i}"), comment_on("x", f"c{i}", post_id))
        for i in range(count)
    ]


class TestRates:
    def test_x_hide_calls_are_timed_against_fifty_per_fifteen_minutes(self) -> None:
        """120 hide calls span 3 windows: the last may go out 30 minutes after the first."""
        summary = summarize(_x_plans(120))
        (load,) = summary.endpoints
        assert (load.endpoint, load.calls, load.minutes) == ("twitter.hide", 120, 30)
        assert summary.minutes == 30
        assert "3 windows" in summary.lines()[1]
        assert summary.lines()[-1] == (
            "at the published rates: the last call can go out 30 min after the first"
        )

    def test_the_conversation_cap_is_flagged(self) -> None:
        """More than 725 hides in one conversation is reported as over the cap."""
        summary = summarize(_x_plans(726))
        (conversation,) = summary.conversations
        assert (conversation.hidden, conversation.over) == (726, True)
        assert any("exceed the cap of 725" in line for line in summary.lines())

    def test_meta_calls_are_counted_not_timed(self) -> None:
        """Facebook publishes no fixed limit: its calls are counted and the summary says so."""
        made = plan(decision_with((Action.HIDE, Action.DELETE)), comment_on("facebook"))
        summary = summarize([made])
        assert [(e.endpoint, e.calls, e.minutes) for e in summary.endpoints] == [
            ("facebook.delete", 1, None),
            ("facebook.hide", 1, None),
        ]
        assert "no fixed published limit" in summary.lines()[1]
        assert summary.minutes == 0

    def test_manual_steps_are_counted(self) -> None:
        """Police reports and blocks with no API are counted as steps by hand."""
        made = plan(
            decision_with((Action.HIDE, Action.BLOCK_ACCOUNT, Action.REPORT_TO_POLICE)),
            comment_on("instagram"),
        )
        assert summarize([made]).manual == (("instagram block_account", 1), ("report_to_police", 1))

    @given(st.integers(min_value=0, max_value=3000))
    def test_windows_cover_the_calls_and_no_more(self, calls: int) -> None:
        """At 50 per window, n calls need the fewest windows that hold them all."""
        limit = facts_for("x").endpoint(Action.HIDE).limit
        assert limit is not None
        windows = limit.windows(calls)
        assert windows * 50 >= calls
        assert calls == 0 or (windows - 1) * 50 < calls
        assert limit.minutes(calls) == max(windows - 1, 0) * 15
