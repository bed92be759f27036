"""kitami_policy.platforms.plan: decisions to API calls and steps by hand, as data."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from kitami_policy import KITAMI, Action, Comment, Decision, Engine
from kitami_policy.errors import ValidationError
from kitami_policy.platforms import (
    plan,
    plan_for_platform,
    plan_record,
)
from tests.platform_payloads import PHONE, comment_on, decision_with


class TestPlan:
    def test_keep_plans_nothing(self) -> None:
        """A kept comment has an empty plan on every platform."""
        keep = Decision("c1", findings=(), actions=(Action.KEEP,))
        assert all(keep.plan(p).empty for p in ("facebook", "instagram", "x"))

    def test_decision_plan_keeps_what_it_cannot_know_as_placeholders(self) -> None:
        """Decision.plan knows the comment id only: a block still needs author and account."""
        made = decision_with((Action.HIDE, Action.BLOCK_ACCOUNT)).plan("facebook")
        assert made.operations[0].path_for() == "/c1"
        assert made.operations[1].needs == ("account_id", "author_id")
        assert made.post_id is None

    def test_plan_with_the_comment_fills_author_post_and_time(self) -> None:
        """plan(decision, comment) fills the author, the post and the referral's time."""
        decision = decision_with((Action.HIDE, Action.BLOCK_ACCOUNT, Action.REPORT_TO_POLICE))
        made = plan(decision, comment_on("facebook"))
        assert made.operations[1].needs == ("account_id",)
        assert made.referral is not None
        assert made.referral.post_id == "p1"
        assert made.referral.time == datetime(2025, 1, 12, 3, 0, tzinfo=UTC)
        assert made.referral.policy_version == "kitami-test"
        assert [m.action for m in made.manual] == [Action.REPORT_TO_POLICE]

    def test_the_plan_record_never_holds_the_comment_text(self) -> None:
        """The JSON record of a plan with a police referral carries ids, never the text."""
        decision = decision_with((Action.HIDE, Action.DELETE, Action.REPORT_TO_POLICE))
        text = json.dumps(plan_record(plan(decision, comment_on("instagram"))), ensure_ascii=False)
        assert PHONE not in text
        assert "殺すぞ" not in text
        assert "刑法第222条" in text

    def test_the_plan_record_shape(self) -> None:
        """The record fills paths as far as it can and lists what the caller must still give."""
        record = plan_record(
            plan(decision_with((Action.HIDE, Action.BLOCK_ACCOUNT)), comment_on("x"))
        )
        assert record["platform"] == "twitter"
        assert record["clauses"] == ["4-4"]
        hide, block = record["operations"]
        assert hide["path"] == "/2/tweets/c1/hidden"
        assert hide["params"] == {"hidden": True}
        assert hide["undo"]["params"] == {"hidden": False}
        assert (hide["reversible"], hide["needs"]) == (True, [])
        assert block["path"] == "/2/users/{account_id}/blocking"
        assert block["params"] == {"target_user_id": "u9"}
        assert block["needs"] == ["account_id"]
        assert block["reference"].startswith("https://docs.x.com/")

    def test_an_action_without_api_becomes_a_manual_step(self) -> None:
        """Delete on X and block on Instagram have no API: each is a step by hand, with why."""
        x = plan(decision_with((Action.HIDE, Action.DELETE), comment_id="c1"), comment_on("x"))
        assert [o.action for o in x.operations] == [Action.HIDE]
        assert "no endpoint to delete" in x.manual[0].reason
        ig = plan(decision_with((Action.HIDE, Action.BLOCK_ACCOUNT)), comment_on("instagram"))
        assert [m.action for m in ig.manual] == [Action.BLOCK_ACCOUNT]
        assert dict(ig.manual[0].values)["author_id"] == "u9"

    def test_steps_beyond_hide_wait_for_review_when_asked(self) -> None:
        """With needs_review, delete and block are marked after_review; hide is not."""
        made = plan(
            decision_with((Action.HIDE, Action.DELETE), review=True), comment_on("facebook")
        )
        assert [(o.action, o.after_review) for o in made.operations] == [
            (Action.HIDE, False),
            (Action.DELETE, True),
        ]

    def test_a_decision_about_another_comment_is_refused(self) -> None:
        """plan() refuses a decision whose comment id is not the comment's."""
        with pytest.raises(ValidationError, match="plan each decision with its own comment"):
            plan(decision_with((Action.HIDE,), comment_id="c2"), comment_on("facebook"))

    def test_a_comment_without_post_is_refused_with_the_way_out(self) -> None:
        """Without a post the platform is unknown; the message points to Decision.plan."""
        comment = Comment(id="c1", text="x")
        with pytest.raises(ValidationError, match=r"decision\.plan\(platform\)"):
            plan(decision_with((Action.HIDE,)), comment)

    def test_a_filled_path_refuses_a_missing_value_by_name(self) -> None:
        """path_for without account_id names the missing placeholder."""
        op = plan_for_platform(decision_with((Action.HIDE, Action.BLOCK_ACCOUNT)), "x").operations[
            1
        ]
        with pytest.raises(ValidationError, match="needs a value for account_id"):
            op.path_for()

    def test_every_engine_decision_plans_on_its_platform(self, engine: Engine) -> None:
        """Each sample comment's decision plans an operation or a manual step per action."""
        from kitami_policy.cli.batch import SAMPLES
        from kitami_policy.records import comment_from_record

        for line in SAMPLES.read_text(encoding="utf-8").splitlines():
            comment = comment_from_record(json.loads(line), KITAMI)
            made = plan(engine.assess(comment), comment)
            served = {o.action for o in made.operations} | {m.action for m in made.manual}
            assert served == set(made.actions) - {Action.KEEP}, comment.id
