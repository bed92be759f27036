"""kitami_policy.platforms.facebook: Graph API comment pages and the Page webhook."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kitami_policy import KITAMI, Engine, Platform, Post
from kitami_policy.errors import PayloadError, ValidationError
from kitami_policy.platforms import plan, read_facebook_comments, read_facebook_webhook
from tests.platform_payloads import FB_POST, PHONE, lines, load, replaced, without

PAGE = "facebook-comments.json"
WEBHOOK = "facebook-webhook.jsonl"


class TestComments:
    def test_reads_every_comment_with_its_author_time_and_post(self) -> None:
        """Each comment of the page becomes a Comment with id, text, author, aware time, post."""
        reading = read_facebook_comments(load(PAGE), post=FB_POST)
        assert [c.id[-2:] for c in reading] == ["01", "02", "03", "04", "05"]
        first = reading.comments[0]
        assert first.author is not None
        assert first.text == "いつも除雪の情報ありがとうございます。助かります。"
        assert (first.author.id, first.author.name) == ("5000000000000001", "テスト 花子")
        assert first.created_at == datetime(2025, 1, 10, 0, 15, tzinfo=UTC)
        assert first.post is not None
        assert first.post.id == FB_POST
        assert first.post.account == KITAMI.account_for("facebook")

    def test_next_page_cursor_is_given_only_when_there_is_a_next_page(self) -> None:
        """``after`` is paging.cursors.after while paging.next exists, else None."""
        assert read_facebook_comments(load(PAGE), post=FB_POST).after == "AFTER_CURSOR_1"
        last = without(load(PAGE), "paging.next")
        assert read_facebook_comments(last, post=FB_POST).after is None

    def test_a_sticker_comment_reads_as_empty_text(self) -> None:
        """A comment without ``message`` (a sticker or photo) is read with empty text."""
        assert read_facebook_comments(load(PAGE), post=FB_POST).comments[4].text == ""

    def test_a_given_post_is_attached_with_its_text(self) -> None:
        """A Post passed as ``post`` is attached as given, so 4-8 can read its text."""
        post = Post(id=FB_POST, account=KITAMI.account_for("facebook"), text="除雪のお知らせ")
        reading = read_facebook_comments(load(PAGE), post=post)
        assert all(c.post is post for c in reading)

    def test_a_post_of_another_platform_is_refused(self) -> None:
        """A Post on the X account cannot hold Facebook comments."""
        post = Post(id=FB_POST, account=KITAMI.account_for("x"))
        with pytest.raises(ValidationError, match="twitter account"):
            read_facebook_comments(load(PAGE), post=post)

    def test_round_trip_to_plans(self, engine: Engine) -> None:
        """Fixture → reader → assess → plan gives the expected calls per comment."""
        reading = read_facebook_comments(load(PAGE), post=FB_POST)
        plans = {c.id[-2:]: plan(engine.assess(c), c) for c in reading}
        calls = {
            k: [(o.action.value, o.method, o.path_for()) for o in p.operations]
            for k, p in plans.items()
        }
        phone, threat = "200000000000001_300000000000002", "200000000000001_300000000000003"
        assert calls == {
            "01": [],
            "02": [("hide", "POST", f"/{phone}"), ("delete", "DELETE", f"/{phone}")],
            "03": [("hide", "POST", f"/{threat}"), ("delete", "DELETE", f"/{threat}")],
            "04": [],
            "05": [],
        }
        hide = plans["02"].operations[0]
        assert hide.params_for() == {"is_hidden": True}
        assert hide.reversible
        assert not plans["02"].operations[1].reversible
        referral = plans["03"].referral
        assert referral is not None
        assert (referral.post_id, referral.comment_id) == (FB_POST, threat)
        assert referral.time == datetime(2025, 1, 10, 0, 30, tzinfo=UTC)
        assert "刑法第222条" in referral.legal_basis[0]

    @pytest.mark.parametrize(
        ("path", "field"),
        [
            ("data", "data"),
            ("data.1.id", "data[1].id"),
            ("data.1.from", "data[1].from"),
            ("data.1.from.id", "data[1].from.id"),
            ("data.2.created_time", "data[2].created_time"),
        ],
    )
    def test_a_missing_field_is_named(self, path: str, field: str) -> None:
        """A page lacking a required field is refused, naming the field and how to get it."""
        with pytest.raises(PayloadError) as info:
            read_facebook_comments(without(load(PAGE), path), post=FB_POST)
        assert info.value.field == field
        assert f"field {field} is missing" in str(info.value)
        if field != "data[1].from.id":
            assert "request fields=" in str(info.value)

    @pytest.mark.parametrize(
        ("path", "value", "field"),
        [
            ("data", {"0": 1}, "data"),
            ("data.0", ["x"], "data[0]"),
            ("data.1.message", ["a", PHONE], "data[1].message"),
            ("data.1.from", PHONE, "data[1].from"),
            ("data.1.id", True, "data[1].id"),
            ("data.1.created_time", 1736467200, "data[1].created_time"),
            ("data.1.created_time", f"call {PHONE}", "data[1].created_time"),
            ("data.1.created_time", "2025-01-10T00:20:00", "data[1].created_time"),
        ],
    )
    def test_a_wrong_type_is_named_without_its_value(
        self, path: str, value: Any, field: str
    ) -> None:
        """A field of the wrong type is refused by name; the message never repeats the value."""
        with pytest.raises(PayloadError) as info:
            read_facebook_comments(replaced(load(PAGE), path, value), post=FB_POST)
        assert info.value.field == field
        assert field in str(info.value)
        assert PHONE not in str(info.value)
        assert "1736467200" not in str(info.value)

    def test_an_error_response_is_refused_without_its_message(self) -> None:
        """A Graph API error response is named as such; its own message is not repeated."""
        error = {
            "error": {"message": f"bad token for {PHONE}", "type": "OAuthException", "code": 190}
        }
        with pytest.raises(PayloadError, match="Graph API error response") as info:
            read_facebook_comments(error, post=FB_POST)
        assert PHONE not in str(info.value)

    def test_a_document_that_is_not_an_object_is_refused(self) -> None:
        """A list or a string is not a Graph API response."""
        with pytest.raises(PayloadError, match="must be a Graph API response object, got a list"):
            read_facebook_comments([], post=FB_POST)


class TestWebhook:
    def test_assessed_and_passed_over_changes(self) -> None:
        """add and edited comments are read; remove, hide and reactions are counted, not read."""
        readings = [read_facebook_webhook(doc) for doc in lines(WEBHOOK)]
        assert [[c.id[-2:] for c in r] for r in readings] == [["11"], ["13"], [], [], ["16"]]
        assert [r.passed_over for r in readings] == [
            (("not a comment", 1),),
            (),
            (("remove", 1),),
            (("hide", 1),),
            (),
        ]
        assert sum(r.skipped for r in readings) == 3

    def test_a_comment_value_is_read_whole(self) -> None:
        """The value's author, epoch-second time and post id make the Comment."""
        comment = read_facebook_webhook(lines(WEBHOOK)[0]).comments[0]
        assert comment.author is not None
        assert (comment.author.id, comment.author.name) == ("5000000000000011", "架空 商店")
        assert comment.created_at == datetime.fromtimestamp(1736470795, UTC)
        assert comment.post is not None
        assert comment.post.id == FB_POST
        assert comment.post.account.platform is Platform.FACEBOOK

    def test_known_posts_are_attached(self) -> None:
        """A post passed in ``posts`` is attached to comments on it."""
        post = Post(id=FB_POST, account=KITAMI.account_for("facebook"), text="雪まつりのお知らせ")
        comment = read_facebook_webhook(lines(WEBHOOK)[4], posts=[post]).comments[0]
        assert comment.post is post

    def test_round_trip_to_plans(self, engine: Engine) -> None:
        """The spam comment's plan hides, deletes and blocks its author on the Page."""
        comment = read_facebook_webhook(lines(WEBHOOK)[1]).comments[0]
        made = plan(engine.assess(comment), comment)
        assert [(o.action.value, o.method, o.request.path) for o in made.operations] == [
            ("hide", "POST", "/{comment_id}"),
            ("delete", "DELETE", "/{comment_id}"),
            ("block_account", "POST", "/{account_id}/blocked"),
        ]
        block = made.operations[2]
        assert block.needs == ("account_id",)
        assert block.path_for(account_id="100000000000001") == "/100000000000001/blocked"
        assert block.params_for(account_id="100000000000001") == {"user": ["5000000000000013"]}
        assert block.undo is not None
        assert block.undo.method == "DELETE"

    def test_an_unknown_verb_is_refused(self) -> None:
        """A verb neither assessed nor passed over is refused, listing the verbs known."""
        spoiled = replaced(lines(WEBHOOK)[0], "entry.0.changes.0.value.verb", "frobnicate")
        with pytest.raises(PayloadError, match="verb this reader does not know") as info:
            read_facebook_webhook(spoiled)
        assert info.value.field == "entry[0].changes[0].value.verb"
        assert "frobnicate" not in str(info.value)
        assert "remove, hide" in str(info.value)

    @pytest.mark.parametrize(
        ("path", "field"),
        [
            ("entry", "entry"),
            ("entry.0.changes.0.value", "entry[0].changes[0].value"),
            ("entry.0.changes.0.value.verb", "entry[0].changes[0].value.verb"),
            ("entry.0.changes.0.value.comment_id", "entry[0].changes[0].value.comment_id"),
            ("entry.0.changes.0.value.post_id", "entry[0].changes[0].value.post_id"),
            ("entry.0.changes.0.value.from", "entry[0].changes[0].value.from"),
            ("entry.0.changes.0.value.created_time", "entry[0].changes[0].value.created_time"),
        ],
    )
    def test_a_missing_field_is_named(self, path: str, field: str) -> None:
        """A notification lacking a field is refused, naming it by its path."""
        with pytest.raises(PayloadError) as info:
            read_facebook_webhook(without(lines(WEBHOOK)[0], path))
        assert info.value.field == field
        assert f"field {field} is missing" in str(info.value)

    @pytest.mark.parametrize(
        ("path", "value", "field"),
        [
            ("entry.0.changes.0.value.created_time", "2025-01-10T00:59:55+0000", "created_time"),
            ("entry.0.changes.0.value.created_time", -5, "created_time"),
            ("entry.0.changes.0.value.message", 9012345678, "message"),
            ("entry.0.changes.0.value.from.name", ["x"], "from.name"),
            ("entry.0.changes", {"field": "feed"}, "changes"),
            ("object", "instagram", "object"),
        ],
    )
    def test_a_wrong_type_is_named(self, path: str, value: Any, field: str) -> None:
        """A field of the wrong type or value is refused by name, never by value."""
        with pytest.raises(PayloadError) as info:
            read_facebook_webhook(replaced(lines(WEBHOOK)[0], path, value))
        assert info.value.field.endswith(field)
        assert "9012345678" not in str(info.value)
        assert "2025-01-10T00:59:55" not in str(info.value)

    def test_a_bare_value_of_another_item_is_passed_over(self) -> None:
        """A bare change value for a reaction is counted as not a comment."""
        reaction = lines(WEBHOOK)[0]["entry"][0]["changes"][1]["value"]
        assert read_facebook_webhook(reaction).passed_over == (("not a comment", 1),)
