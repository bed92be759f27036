"""kitami_policy.platforms.instagram: Graph API media comments and the comments webhook."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kitami_policy import KITAMI, Action, Engine, Post
from kitami_policy.errors import PayloadError
from kitami_policy.platforms import plan, read_instagram_comments, read_instagram_webhook
from tests.platform_payloads import IG_MEDIA, PHONE, lines, load, replaced, without

PAGE = "instagram-comments.json"
WEBHOOK = "instagram-webhook.jsonl"


class TestComments:
    def test_reads_comments_and_their_replies_in_order(self) -> None:
        """Each comment, then its replies, becomes a Comment on the media named by media.id."""
        reading = read_instagram_comments(load(PAGE))
        assert [c.id[-1] for c in reading] == ["1", "2", "3", "4"]
        reply = reading.comments[3]
        assert reply.author is not None
        assert (reply.author.id, reply.author.name, reply.author.handle) == (
            "17840000000000004",
            "",
            "example_saburo",
        )
        assert reply.created_at == datetime(2025, 1, 11, 2, 12, tzinfo=UTC)
        assert reply.post is not None
        assert reply.post.id == IG_MEDIA
        assert reply.post.account == KITAMI.account_for("instagram")

    def test_without_next_page_there_is_no_cursor(self) -> None:
        """A page whose paging has no ``next`` is the last: ``after`` is None."""
        assert read_instagram_comments(load(PAGE)).after is None

    def test_the_post_argument_stands_in_for_media(self) -> None:
        """Without ``media`` in the comments, the ``post`` argument names the media."""
        page = load(PAGE)
        for item in page["data"]:
            del item["media"]
        post = Post(id=IG_MEDIA, account=KITAMI.account_for("instagram"), text="玉ねぎ農家さん")
        assert all(c.post is post for c in read_instagram_comments(page, post=post))

    def test_media_of_another_post_than_the_one_given_is_refused(self) -> None:
        """A comment on other media than the given post is refused, naming media.id."""
        with pytest.raises(PayloadError, match="names another post") as info:
            read_instagram_comments(load(PAGE), post="17900000000000999")
        assert info.value.field == "data[0].media.id"

    def test_round_trip_to_plans(self, engine: Engine) -> None:
        """Spam: hide and delete by API, block by hand (Instagram has no block endpoint)."""
        reading = read_instagram_comments(load(PAGE))
        plans = [plan(engine.assess(c), c) for c in reading]
        assert [
            [(o.action.value, o.method, o.path_for()) for o in p.operations] for p in plans
        ] == [
            [],
            [
                ("hide", "POST", "/17800000000000002"),
                ("delete", "DELETE", "/17800000000000002"),
            ],
            [
                ("hide", "POST", "/17800000000000003"),
                ("delete", "DELETE", "/17800000000000003"),
            ],
            [("hide", "POST", "/17800000000000004")],
        ]
        assert plans[1].operations[0].params_for() == {"hide": True}
        assert [m.action for m in plans[1].manual] == [Action.BLOCK_ACCOUNT]
        assert "no endpoint to block" in plans[1].manual[0].reason
        assert dict(plans[1].manual[0].values)["author_id"] == "17840000000000002"

    @pytest.mark.parametrize(
        ("path", "field"),
        [
            ("data.0.id", "data[0].id"),
            ("data.0.text", "data[0].text"),
            ("data.0.timestamp", "data[0].timestamp"),
            ("data.0.from", "data[0].from"),
            ("data.0.from.id", "data[0].from.id"),
            ("data.2.replies.data", "data[2].replies.data"),
            ("data.2.replies.data.0.timestamp", "data[2].replies.data[0].timestamp"),
        ],
    )
    def test_a_missing_field_is_named(self, path: str, field: str) -> None:
        """A page lacking a field is refused, naming it by its path."""
        with pytest.raises(PayloadError) as info:
            read_instagram_comments(without(load(PAGE), path))
        assert info.value.field == field
        assert f"field {field} is missing" in str(info.value)

    def test_media_missing_everywhere_asks_for_it(self) -> None:
        """No media and no post: the error names media.id and says how to supply it."""
        with pytest.raises(PayloadError, match=r"fields=media\{id\}, or pass post=") as info:
            read_instagram_comments(without(load(PAGE), "data.0.media"))
        assert info.value.field == "data[0].media.id"

    @pytest.mark.parametrize(
        ("path", "value"),
        [
            ("data.0.text", 9012345678),
            ("data.0.from.username", [PHONE]),
            ("data.0.media", PHONE),
            ("data.0.timestamp", PHONE),
            ("data.2.replies", [PHONE]),
        ],
    )
    def test_a_wrong_type_is_named_without_its_value(self, path: str, value: Any) -> None:
        """A field of the wrong type is refused by name; its value is never repeated."""
        with pytest.raises(PayloadError) as info:
            read_instagram_comments(replaced(load(PAGE), path, value))
        assert PHONE not in str(info.value)
        assert "9012345678" not in str(info.value)
        assert info.value.field


class TestWebhook:
    def test_comments_are_read_and_other_fields_passed_over(self) -> None:
        """comments changes are read; a mentions change is counted as not a comment."""
        readings = [read_instagram_webhook(doc) for doc in lines(WEBHOOK)]
        assert [[c.id for c in r] for r in readings] == [
            ["17800000000000011"],
            [],
            ["17800000000000013"],
        ]
        assert readings[1].passed_over == (("not a comment", 1),)

    def test_time_comes_from_the_notification_when_there_is_one(self) -> None:
        """A whole notification gives the entry's time; a bare value has no time."""
        readings = [read_instagram_webhook(doc) for doc in lines(WEBHOOK)]
        assert readings[0].comments[0].created_at == datetime.fromtimestamp(1736562000, UTC)
        assert readings[2].comments[0].created_at is None

    def test_the_entry_may_hold_field_and_value_itself(self) -> None:
        """Instagram's examples put field and value in the entry, without changes: read too."""
        doc = lines(WEBHOOK)[0]
        entry = doc["entry"][0]
        change = entry.pop("changes")[0]
        entry.update(change)
        assert [c.id for c in read_instagram_webhook(doc)] == ["17800000000000011"]

    def test_a_threat_is_planned_with_a_police_record(self, engine: Engine) -> None:
        """The threat's plan hides and deletes, and its referral has the notification's time."""
        comment = read_instagram_webhook(lines(WEBHOOK)[0]).comments[0]
        made = plan(engine.assess(comment), comment)
        assert [o.action for o in made.operations] == [Action.HIDE, Action.DELETE]
        assert made.referral is not None
        assert made.referral.time == datetime.fromtimestamp(1736562000, UTC)
        assert made.referral.post_id == IG_MEDIA

    @pytest.mark.parametrize(
        ("path", "field"),
        [
            ("entry.0.changes.0.value.id", "entry[0].changes[0].value.id"),
            ("entry.0.changes.0.value.from", "entry[0].changes[0].value.from"),
            ("entry.0.changes.0.value.text", "entry[0].changes[0].value.text"),
            ("entry.0.changes.0.field", "entry[0].changes[0].field"),
            ("object", "object"),
        ],
    )
    def test_a_missing_field_is_named(self, path: str, field: str) -> None:
        """A notification lacking a field is refused, naming it."""
        with pytest.raises(PayloadError) as info:
            read_instagram_webhook(without(lines(WEBHOOK)[0], path))
        assert info.value.field == field

    def test_a_facebook_notification_is_refused(self) -> None:
        """A Page notification given to the Instagram reader is refused by its object."""
        with pytest.raises(PayloadError, match='object must be "instagram"'):
            read_instagram_webhook({"object": "page", "entry": []})

    def test_a_wrong_type_is_named_without_its_value(self) -> None:
        """A text that is not a string is refused, and its value is not repeated."""
        spoiled = replaced(lines(WEBHOOK)[2], "text", {"phone": PHONE})
        with pytest.raises(
            PayloadError, match="field text must be a string, got an object"
        ) as info:
            read_instagram_webhook(spoiled)
        assert PHONE not in str(info.value)
