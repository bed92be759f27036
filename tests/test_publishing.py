"""Tests for kitami_policy.publishing: which account posts what, and when (sections 2(1), 3(1))."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import (
    JST,
    KITAMI,
    Account,
    NaiveDatetimeError,
    Platform,
    PolicyFileError,
    Post,
    UnknownTopicError,
    ValidationError,
)
from kitami_policy.policy import KITAMI_OFFICE_HOURS
from kitami_policy.publishing import PostViolation, check_post, earliest_publish_time, is_emergency

from .conftest import ZONES

OPEN = datetime(2024, 5, 7, 10, tzinfo=JST)  # a Tuesday
EVENING = datetime(2024, 5, 7, 20, tzinfo=JST)
HOLIDAY = datetime(2024, 5, 3, 10, tzinfo=JST)  # 憲法記念日


def make_post(platform: str, *topics: str, at: datetime | None = OPEN, **extra: bool) -> Post:
    return Post(
        id="p1",
        account=KITAMI.account_for(platform),
        text="お知らせ",
        published_at=at,
        topics=set(topics),
        **extra,
    )


def codes(violations: tuple[PostViolation, ...]) -> list[tuple[str, str]]:
    return [(v.section, v.code) for v in violations]


class TestTopics:
    @pytest.mark.parametrize(
        ("platform", "topic"),
        [
            ("facebook", "event_info"),
            ("facebook", "policy_announcement"),
            ("x", "emergency"),
            ("x", "awareness_recruitment"),
            ("instagram", "event_report"),
            ("instagram", "project_coverage"),
        ],
    )
    def test_designated_topics_pass(self, platform: str, topic: str) -> None:
        """Each account's own 発信内容 goes out without a violation in office hours."""
        assert check_post(make_post(platform, topic)) == ()

    @pytest.mark.parametrize(
        ("platform", "topic", "carrier"),
        [
            ("facebook", "emergency", "@kitamisiyakusyo"),
            ("facebook", "event_report", "kitamisiyakusyo_official"),
            ("x", "policy_announcement", "@kitamishi"),
            ("instagram", "awareness_recruitment", "@kitamisiyakusyo"),
            ("instagram", "event_info", "@kitamishi"),
        ],
    )
    def test_other_accounts_topics_fail(self, platform: str, topic: str, carrier: str) -> None:
        """A topic the account does not carry breaks 2(1); the message names the one that does."""
        (violation,) = check_post(make_post(platform, topic))
        assert (violation.section, violation.code) == ("2(1)", "topic_not_designated")
        assert KITAMI.topic(topic).name_ja in violation.message_ja
        assert carrier in violation.message_ja
        assert "2(1)" in violation.message_en

    def test_one_violation_per_wrong_topic(self) -> None:
        """Two wrong topics give two violations, in a stable order."""
        violations = check_post(make_post("facebook", "project_coverage", "awareness_recruitment"))
        assert codes(violations) == [("2(1)", "topic_not_designated")] * 2
        assert "啓発・募集情報" in violations[0].message_ja

    def test_no_topic_declared(self) -> None:
        """A post that declares no topic gives 2(1) nothing to check."""
        assert check_post(make_post("facebook")) == ()

    def test_unknown_topic_is_an_error(self) -> None:
        """A topic code the policy does not define is a mistake, not a violation."""
        with pytest.raises(UnknownTopicError):
            check_post(make_post("facebook", "sports"))

    def test_account_topics_come_from_the_policy(self) -> None:
        """Topics written into a caller-built Account do not widen what it may carry."""
        wide = attrs.evolve(KITAMI.account_for("facebook"), topics=("emergency",))
        post = attrs.evolve(make_post("facebook", "emergency"), account=wide)
        assert codes(check_post(post)) == [("2(1)", "topic_not_designated")]

    def test_unknown_account(self) -> None:
        """An account the policy does not list is reported under 2(1)."""
        stranger = Account(Platform.X, "@not_kitami", "https://x.com/not_kitami")
        post = Post(id="p", account=stranger, published_at=OPEN, topics={"emergency"})
        (violation,) = check_post(post)
        assert (violation.section, violation.code) == ("2(1)", "unknown_account")
        assert "@not_kitami" in violation.message_ja


class TestOfficeHours:
    def test_outside_hours_fails(self) -> None:
        """An ordinary post at 20:00 breaks 3(1) and says when the office opens next."""
        (violation,) = check_post(make_post("facebook", "event_info", at=EVENING))
        assert (violation.section, violation.code) == ("3(1)", "outside_office_hours")
        assert "2024-05-08 08:45" in violation.message_ja
        assert "08:45-17:30" in violation.message_en

    def test_holiday_names_the_reason(self) -> None:
        """On 憲法記念日 the message gives the holiday as the reason."""
        (violation,) = check_post(make_post("instagram", "event_report", at=HOLIDAY))
        assert "憲法記念日" in violation.message_ja
        assert "2024-05-07 08:45" in violation.message_ja

    @pytest.mark.parametrize("at", [EVENING, HOLIDAY, datetime(2024, 12, 31, 3, tzinfo=UTC)])
    def test_emergency_flag_goes_out_any_time(self, at: datetime) -> None:
        """Emergency information may go out outside office hours (3(1) なお書き)."""
        assert check_post(make_post("x", "awareness_recruitment", at=at, emergency=True)) == ()

    def test_emergency_topic_goes_out_any_time(self) -> None:
        """The 災害等緊急情報 topic counts as emergency information without the flag."""
        post = make_post("x", "emergency", at=EVENING)
        assert is_emergency(post)
        assert check_post(post) == ()

    def test_emergency_does_not_lift_2_1(self) -> None:
        """Emergency information lifts the time rule only, not the account's designation."""
        post = make_post("facebook", "emergency", at=EVENING)
        assert codes(check_post(post)) == [("2(1)", "topic_not_designated")]

    def test_both_sections_in_order(self) -> None:
        """A wrong topic at a wrong time gives 2(1) then 3(1)."""
        post = make_post("x", "event_info", at=EVENING)
        assert [v.section for v in check_post(post)] == ["2(1)", "3(1)"]

    def test_at_overrides_published_at(self) -> None:
        """at= checks a planned time without rebuilding the post."""
        post = make_post("facebook", "event_info", at=EVENING)
        assert check_post(post, at=OPEN) == ()
        assert check_post(make_post("facebook", "event_info"), at=EVENING) != ()

    def test_unscheduled_post(self) -> None:
        """With no time at all only 2(1) is checked."""
        assert check_post(make_post("facebook", "event_info", at=None)) == ()

    def test_boundaries(self) -> None:
        """08:45 and 17:29:59.999999 are in; 17:30 is out, as the calendar reads them."""
        day = datetime(2024, 5, 7, tzinfo=JST)
        post = make_post("facebook", "event_info")
        assert check_post(post, at=day + timedelta(hours=8, minutes=45)) == ()
        assert check_post(post, at=day + timedelta(hours=17, minutes=30, microseconds=-1)) == ()
        assert check_post(post, at=day + timedelta(hours=17, minutes=30)) != ()

    def test_naive_time_refused(self) -> None:
        """A naive at= is refused, not read as JST."""
        with pytest.raises(NaiveDatetimeError):
            check_post(make_post("facebook", "event_info"), at=datetime(2024, 5, 7, 10))

    def test_rules_switched_off(self) -> None:
        """A policy that does not limit posts to office hours never reports 3(1)."""
        rules = attrs.evolve(KITAMI.operating_rules, posts_within_office_hours=False)
        relaxed = attrs.evolve(KITAMI, operating_rules=rules)
        assert check_post(make_post("facebook", "event_info", at=EVENING), relaxed) == ()

    def test_policy_without_hours(self) -> None:
        """Without office hours in its data, a policy cannot check 3(1) and says so."""
        bare = attrs.evolve(KITAMI, office_hours=None)
        with pytest.raises(PolicyFileError, match=r"\[\[office_hours\]\]"):
            check_post(make_post("facebook", "event_info"), bare)
        assert check_post(make_post("x", "emergency"), bare) == ()

    def test_not_a_post(self) -> None:
        """Anything but a Post is refused."""
        with pytest.raises(ValidationError, match="expects a Post"):
            check_post("hello")  # type: ignore[arg-type]


class TestEarliestPublishTime:
    @pytest.mark.parametrize(
        ("now", "expected"),
        [
            (EVENING, datetime(2024, 5, 8, 8, 45, tzinfo=JST)),
            (HOLIDAY, datetime(2024, 5, 7, 8, 45, tzinfo=JST)),
            (OPEN, OPEN),
            (datetime(2024, 12, 28, 1, tzinfo=UTC), datetime(2025, 1, 6, 8, 45, tzinfo=JST)),
        ],
    )
    def test_ordinary_post_waits_for_opening(self, now: datetime, expected: datetime) -> None:
        """An ordinary post waits for the next opening (now itself when open)."""
        assert earliest_publish_time(make_post("facebook", "event_info"), now) == expected

    def test_emergency_goes_now(self) -> None:
        """Emergency information may go out at once, given back in JST."""
        now = datetime(2024, 5, 3, 20, tzinfo=UTC)
        result = earliest_publish_time(make_post("x", "emergency"), now)
        assert result == now
        assert result.utcoffset() == timedelta(hours=9)

    def test_naive_now_refused(self) -> None:
        """No hidden clock and no guessed zone: now must be aware."""
        with pytest.raises(NaiveDatetimeError):
            earliest_publish_time(make_post("facebook", "event_info"), datetime(2024, 5, 7))

    @settings(database=None, deadline=None, max_examples=100)
    @given(
        st.datetimes(
            min_value=datetime(2022, 1, 1), max_value=datetime(2035, 12, 1), timezones=ZONES
        )
    )
    def test_suggested_time_passes_the_check(self, now: datetime) -> None:
        """The suggested time is never before now and check_post accepts it."""
        post = make_post("facebook", "event_info")
        suggested = earliest_publish_time(post, now)
        assert suggested >= now
        assert check_post(post, at=suggested) == ()
        assert KITAMI_OFFICE_HOURS.windows(now, suggested) == ()


class TestPostViolation:
    def test_fields_are_validated(self) -> None:
        """An empty section or message is refused."""
        with pytest.raises(ValidationError):
            PostViolation(section="", code="x", message_ja="x", message_en="x")
