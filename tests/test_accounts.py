"""Tests for kitami_policy.accounts: platforms, topics and the city's accounts (section 2(1))."""

from __future__ import annotations

import pytest

from kitami_policy import KITAMI, Account, Platform, ValidationError
from kitami_policy.accounts import Topic


class TestPlatform:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("facebook", Platform.FACEBOOK),
            ("Twitter", Platform.TWITTER),
            ("x", Platform.TWITTER),
            (" INSTAGRAM ", Platform.INSTAGRAM),
        ],
    )
    def test_parse(self, name: str, expected: Platform) -> None:
        """Names parse case-insensitively, and X is Twitter."""
        assert Platform.parse(name) is expected

    def test_x_is_an_alias(self) -> None:
        """Platform.X and Platform.TWITTER are the same member."""
        assert Platform["X"] is Platform["TWITTER"]
        assert [p.value for p in Platform] == ["facebook", "twitter", "instagram"]

    @pytest.mark.parametrize("name", ["mixi", "", 3])
    def test_unknown_is_refused(self, name: object) -> None:
        """An unknown platform names the ones that exist."""
        with pytest.raises(ValidationError, match="facebook, instagram, twitter, x"):
            Platform.parse(name)  # type: ignore[arg-type]


class TestAccount:
    def test_kitami_accounts_follow_section_2_1(self) -> None:
        """The three accounts, handles and topics are those of section 2(1)."""
        got = {(a.platform, a.handle, a.topics) for a in KITAMI.accounts}
        assert got == {
            (Platform.FACEBOOK, "@kitamishi", ("event_info", "policy_announcement")),
            (Platform.TWITTER, "@kitamisiyakusyo", ("emergency", "awareness_recruitment")),
            (
                Platform.INSTAGRAM,
                "kitamisiyakusyo_official",
                ("event_report", "project_coverage"),
            ),
        }

    def test_bare_handle(self) -> None:
        """The @ is dropped for comparison."""
        assert KITAMI.account_for("x").bare_handle == "kitamisiyakusyo"

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"handle": ""}, "Account.handle must be a non-empty string"),
            ({"url": "http://example.com"}, "https://"),
            ({"platform": "myspace"}, "unknown platform"),
            ({"topics": "event_info"}, "not one string"),
            ({"topics": [1]}, "must hold str"),
        ],
    )
    def test_validation(self, kwargs: dict[str, object], message: str) -> None:
        """Each field is checked and the message says which and what is expected."""
        base: dict[str, object] = {
            "platform": "facebook",
            "handle": "@a",
            "url": "https://example.com/a",
        }
        with pytest.raises(ValidationError, match=message):
            Account(**(base | kwargs))  # type: ignore[arg-type]

    def test_topics_are_policy_wording(self) -> None:
        """The topics carry the policy's Japanese wording and one is the emergency kind."""
        assert [t.name_ja for t in KITAMI.topics] == [
            "イベント開催情報",
            "施策の発表",
            "災害等緊急情報",
            "啓発・募集情報",
            "イベント開催状況",
            "各種事業取材状況",
        ]
        assert [t.code for t in KITAMI.topics if t.emergency] == ["emergency"]

    def test_topic_emergency_must_be_bool(self) -> None:
        """A truthy string is not a boolean flag."""
        with pytest.raises(ValidationError, match="True or False"):
            Topic(code="x", name_ja="x", name_en="x", emergency="yes")  # type: ignore[arg-type]
