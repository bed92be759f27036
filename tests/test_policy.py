"""Tests for kitami_policy.policy: the Kitami policy as data and loading other policies."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kitami_policy import (
    JST,
    KITAMI,
    Action,
    NaiveDatetimeError,
    Platform,
    PolicyFileError,
    PolicyNotInForceError,
    UnknownAccountError,
    UnknownTopicError,
    load_policy,
    policy_in_force,
)
from kitami_policy.policy import DATA_DIR
from kitami_policy.policy_file import parse_policy

FICTIONAL = Path(__file__).parent / "data" / "fictional-town.toml"


def kitami_document() -> dict[str, object]:
    return tomllib.loads((DATA_DIR / "kitami.toml").read_text(encoding="utf-8"))


class TestKitami:
    def test_headline_facts(self) -> None:
        """Effective date, department and municipality come from the policy text."""
        assert KITAMI.effective_from == date(2022, 4, 1)
        assert KITAMI.department == "北見市市民環境部市民の声をきく課"
        assert KITAMI.municipality == "北見市"
        assert "令和4年4月1日から適用" in KITAMI.source_text

    def test_operating_rules(self) -> None:
        """Section 3: office hours, broadcast only, and the four measures."""
        rules = KITAMI.operating_rules
        assert rules.posts_within_office_hours
        assert rules.emergency_any_time
        assert rules.broadcast_only
        assert set(rules.refused_interactions) == {"reply", "follow", "direct_message"}
        assert "ご意見募集・相談窓口" in rules.feedback_channel
        assert rules.moderation_actions == (
            Action.HIDE,
            Action.DELETE,
            Action.BLOCK_ACCOUNT,
            Action.REPORT_TO_POLICE,
        )

    def test_x_cannot_delete(self) -> None:
        """On X a page hides replies but cannot delete them."""
        assert Action.DELETE not in KITAMI.allowed_actions(Platform.X)
        assert Action.HIDE in KITAMI.allowed_actions(Platform.X)
        assert Action.DELETE in KITAMI.allowed_actions("facebook")
        assert Action.REPORT_TO_POLICE in KITAMI.allowed_actions("instagram")

    def test_reuse_terms(self) -> None:
        """Section 6: likes and shares are free, reposts need the source."""
        assert "いいね!" in KITAMI.reuse.free_functions
        assert KITAMI.reuse.repost_with_source
        assert "無断転載を禁じます" in KITAMI.reuse.no_reprint_markers

    def test_public_contacts(self) -> None:
        """The city hall's address, postal code and main number are listed."""
        values = {c.kind: c.value for c in KITAMI.public_contacts}
        assert values["postal_code"] == "090-8501"
        assert values["address"] == "北見市大通西3丁目1番地1"

    def test_definitions_and_disclaimers(self) -> None:
        """The definitions and the nine disclaimers of section 5 are carried as text."""
        assert {d.term for d in KITAMI.definitions} == {
            "利用者",
            "ユーザー",
            "投稿者",
            "なりすまし",
        }
        assert len(KITAMI.disclaimers) == 9
        for line in KITAMI.disclaimers:
            assert line in KITAMI.source_text

    def test_lookups(self) -> None:
        """Unknown topics and platforms raise specific lookup errors."""
        assert KITAMI.topic("emergency").emergency
        with pytest.raises(UnknownTopicError, match="event_info"):
            KITAMI.topic("sports")
        assert KITAMI.account_for("instagram").handle == "kitamisiyakusyo_official"

    def test_repr_is_short(self) -> None:
        """The repr does not dump the policy text."""
        assert len(repr(KITAMI)) < 200


class TestPolicyInForce:
    def test_on_and_after_effective_date(self) -> None:
        """From 2022-04-01 the Kitami policy governs."""
        assert policy_in_force(date(2022, 4, 1)) is KITAMI
        assert policy_in_force(datetime(2030, 1, 1, tzinfo=JST)) is KITAMI

    def test_before_effective_date_is_an_error(self) -> None:
        """Before 2022-04-01 no policy governs: an error, not a silent default."""
        with pytest.raises(PolicyNotInForceError, match="2022-04-01"):
            policy_in_force(date(2022, 3, 31))

    def test_instant_read_on_its_jst_day(self) -> None:
        """2022-03-31T15:00Z is already 2022-04-01 in Kitami."""
        assert policy_in_force(datetime(2022, 3, 31, 15, tzinfo=UTC)) is KITAMI
        with pytest.raises(PolicyNotInForceError):
            policy_in_force(datetime(2022, 3, 31, 14, 59, tzinfo=UTC))

    def test_naive_datetime_refused(self) -> None:
        """A naive datetime has no JST day."""
        with pytest.raises(NaiveDatetimeError):
            policy_in_force(datetime(2022, 4, 1, 12))

    def test_latest_of_several(self) -> None:
        """With two versions, the latest one in force wins."""
        doc = kitami_document()
        doc["policy"] = dict(doc["policy"]) | {  # type: ignore[call-overload]
            "version": "kitami-2026-04-01",
            "effective_from": date(2026, 4, 1),
        }
        newer = parse_policy(doc)
        assert policy_in_force(date(2025, 1, 1), [KITAMI, newer]) is KITAMI
        assert policy_in_force(date(2026, 4, 1), [KITAMI, newer]) is newer

    def test_empty_list(self) -> None:
        """No policies at all is also a clear error."""
        with pytest.raises(PolicyNotInForceError):
            policy_in_force(date(2024, 1, 1), [])


class TestLoading:
    def test_fictional_town_loads_without_code(self) -> None:
        """Another municipality's policy is only a data file."""
        town = load_policy(FICTIONAL)
        assert town.id == "yumemi"
        assert town.effective_from == date(2030, 10, 1)
        assert town.account_for("x").handle == "@yumemi_town_fictional"
        assert town.allowed_actions("x") == frozenset({Action.KEEP, Action.HIDE})
        assert "fictional" in town.source_text
        with pytest.raises(UnknownAccountError):
            town.account_for("facebook")
        with pytest.raises(PolicyNotInForceError):
            policy_in_force(date(2029, 1, 1), [town])

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file names the path."""
        with pytest.raises(PolicyFileError, match="cannot read policy file"):
            load_policy(tmp_path / "nope.toml")

    def test_not_toml(self, tmp_path: Path) -> None:
        """A malformed file says it is not TOML."""
        bad = tmp_path / "bad.toml"
        bad.write_text("[policy\n", encoding="utf-8")
        with pytest.raises(PolicyFileError, match="not valid UTF-8 TOML"):
            load_policy(bad)

    def test_missing_source_text(self, tmp_path: Path) -> None:
        """A source_text file that is not beside the TOML is reported."""
        copy = tmp_path / "town.toml"
        copy.write_bytes(FICTIONAL.read_bytes())
        with pytest.raises(PolicyFileError, match=r"fictional-town\.md"):
            load_policy(copy)

    @pytest.mark.parametrize(
        ("edit", "message"),
        [
            (lambda d: d.pop("reuse"), "missing table or key 'reuse'"),
            (lambda d: d["clauses"].pop(), "must define clauses 4-1"),
            (lambda d: d["accounts"][0].update(topics=["sports"]), "unknown topic"),
            (lambda d: d["policy"].update(effective_from="soon"), "ISO date"),
            (lambda d: d["policy"].update(colour="blue"), "unknown key"),
            (lambda d: d["platform_actions"].pop("twitter"), "no entry for twitter"),
            (lambda d: d["platform_actions"].update(twitter=["report_to_police"]), "may list only"),
            (lambda d: d["accounts"].append(dict(d["accounts"][0])), "handle twice"),
        ],
    )
    def test_inconsistent_files_are_refused(self, edit: object, message: str) -> None:
        """Each inconsistency gets a PolicyFileError that says what is wrong."""
        doc = kitami_document()
        edit(doc)  # type: ignore[operator]
        with pytest.raises(PolicyFileError, match=message):
            parse_policy(doc, origin="edited.toml")
