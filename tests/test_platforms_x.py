"""kitami_policy.platforms.x: X API v2 conversation replies joined with includes.users."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import KITAMI, Action, Engine, Post
from kitami_policy.errors import PayloadError
from kitami_policy.platforms import plan, read_x_replies
from tests.conftest import texts
from tests.platform_payloads import PHONE, X_CONVERSATION, load, replaced, without

RESPONSE = "x-replies.json"


class TestRead:
    def test_reads_replies_joined_with_their_authors(self) -> None:
        """Each reply becomes a Comment whose author comes from includes.users."""
        reading = read_x_replies(load(RESPONSE))
        assert [c.id[-3:] for c in reading] == ["101", "102", "103", "104"]
        first = reading.comments[0]
        assert first.author is not None
        assert (first.author.id, first.author.name, first.author.handle) == (
            "1900000000000000001",
            "架空 次郎",
            "fictional_jiro",
        )
        assert first.created_at == datetime(2025, 1, 12, 3, 0, tzinfo=UTC)
        assert first.post is not None
        assert first.post.id == X_CONVERSATION
        assert first.post.account == KITAMI.account_for("x")

    def test_the_conversations_own_post_is_passed_over(self) -> None:
        """The post whose id is the conversation_id is the city's: counted, not assessed."""
        reading = read_x_replies(load(RESPONSE))
        assert reading.passed_over == (("the conversation's own post", 1),)
        assert X_CONVERSATION not in {c.id for c in reading}

    def test_next_token_is_the_cursor(self) -> None:
        """``after`` is meta.next_token."""
        assert read_x_replies(load(RESPONSE)).after == "NEXT_TOKEN_1"

    def test_an_empty_result_reads_as_no_comments(self) -> None:
        """A response with result_count 0 and no data is an empty reading, not an error."""
        reading = read_x_replies({"meta": {"result_count": 0}})
        assert len(reading) == 0
        assert reading.after is None

    def test_a_given_post_is_attached_and_checked(self) -> None:
        """A given post with the conversation's id is attached; another id is refused."""
        post = Post(id=X_CONVERSATION, account=KITAMI.account_for("x"), text="大雪警報")
        assert all(c.post is post for c in read_x_replies(load(RESPONSE), post=post))
        with pytest.raises(PayloadError, match="names another post") as info:
            read_x_replies(load(RESPONSE), post="1880000000000000999")
        assert info.value.field == "data[0].conversation_id"

    def test_round_trip_to_plans(self, engine: Engine) -> None:
        """X plans hide by PUT with a JSON body, never delete, and block with a note."""
        reading = read_x_replies(load(RESPONSE))
        plans = [plan(engine.assess(c), c) for c in reading]
        calls = [[(o.action.value, o.method, o.request.path) for o in p.operations] for p in plans]
        hide = ("hide", "PUT", "/2/tweets/{comment_id}/hidden")
        block = ("block_account", "POST", "/2/users/{account_id}/blocking")
        assert calls == [[hide], [hide], [hide, block], []]
        assert plans[0].operations[0].path_for() == "/2/tweets/1880000000000000101/hidden"
        hide_op = plans[0].operations[0]
        assert (hide_op.request.encoding, hide_op.params_for()) == ("json", {"hidden": True})
        assert hide_op.undo is not None
        assert hide_op.undo.params == (("hidden", False),)
        assert "conversation the city's account started" in hide_op.note
        assert all(o.action is not Action.DELETE for p in plans for o in p.operations)
        block_op = plans[2].operations[1]
        assert block_op.path_for(account_id="1000000000000000001") == (
            "/2/users/1000000000000000001/blocking"
        )
        assert block_op.params_for() == {"target_user_id": "1900000000000000003"}
        assert "Enterprise" in block_op.note
        assert plans[1].referral is not None
        assert plans[1].referral.post_id == X_CONVERSATION
        assert plans[3].empty

    @pytest.mark.parametrize(
        ("path", "field"),
        [
            ("data", "data"),
            ("data.0.id", "data[0].id"),
            ("data.0.text", "data[0].text"),
            ("data.0.author_id", "data[0].author_id"),
            ("data.0.created_at", "data[0].created_at"),
            ("includes", "includes"),
            ("includes.users", "includes.users"),
            ("includes.users.0", "includes.users"),
            ("includes.users.1.id", "includes.users[1].id"),
        ],
    )
    def test_a_missing_field_is_named(self, path: str, field: str) -> None:
        """A response lacking a field (or an author's user) is refused, naming it."""
        with pytest.raises(PayloadError) as info:
            read_x_replies(without(load(RESPONSE), path))
        assert info.value.field == field
        assert field in str(info.value)

    def test_a_missing_conversation_id_asks_for_it(self) -> None:
        """Without conversation_id and without post=, the error says how to name the post."""
        spoiled = without(load(RESPONSE), "data.0.conversation_id")
        with pytest.raises(PayloadError, match=r"tweet\.fields=conversation_id, or pass post="):
            read_x_replies(spoiled)
        assert read_x_replies(spoiled, post=X_CONVERSATION).comments[0].post is not None

    @pytest.mark.parametrize(
        ("path", "value"),
        [
            ("data.0.text", 9012345678),
            ("data.0.author_id", [PHONE]),
            ("data.0.created_at", PHONE),
            ("data.0.in_reply_to_user_id", {"id": PHONE}),
            ("includes.users.0.name", 9012345678),
            ("meta", PHONE),
        ],
    )
    def test_a_wrong_type_is_named_without_its_value(self, path: str, value: Any) -> None:
        """A field of the wrong type is refused by name; its value is never repeated."""
        with pytest.raises(PayloadError) as info:
            read_x_replies(replaced(load(RESPONSE), path, value))
        assert PHONE not in str(info.value)
        assert "9012345678" not in str(info.value)
        assert info.value.field

    def test_an_error_response_is_refused_without_its_detail(self) -> None:
        """An X error response (errors, no data) is named as such; its detail is not repeated."""
        error = {"errors": [{"title": "Unauthorized", "detail": f"user {PHONE}"}]}
        with pytest.raises(PayloadError, match="X API error response") as info:
            read_x_replies(error)
        assert PHONE not in str(info.value)


@given(text=texts, author=st.from_regex(r"[1-9][0-9]{0,18}", fullmatch=True))
def test_any_reply_text_and_author_survive_the_reader(text: str, author: str) -> None:
    """Whatever a reply says and whoever wrote it, the reader keeps both unchanged."""
    response = {
        "data": [
            {
                "id": "1880000000000000201",
                "text": text,
                "author_id": author,
                "created_at": "2025-01-12T03:00:00.000Z",
                "conversation_id": X_CONVERSATION,
            }
        ],
        "includes": {"users": [{"id": author, "name": "テスト", "username": "test"}]},
    }
    (comment,) = read_x_replies(response)
    assert comment.text == text
    assert comment.author is not None
    assert comment.author.id == author


_DIGITS = st.from_regex(r"0[0-9]{9,10}", fullmatch=True)
# Values no reader accepts at these fields: each must be refused without being repeated.
_SECRETS = st.one_of(
    st.integers(min_value=10**9, max_value=10**12).map(lambda n: (n, str(n))),
    _DIGITS.map(lambda d: ([d], d)),
    _DIGITS.map(lambda d: ({"phone": d}, d)),
)
_FIELDS = st.sampled_from(
    ["data.0.created_at", "data.0.text", "data.0.author_id", "includes.users.0.username"]
)


@given(secret=_SECRETS, path=_FIELDS)
def test_errors_never_repeat_a_field_value(secret: tuple[Any, str], path: str) -> None:
    """Whatever a field holds in place of its value, the refusal never repeats its digits."""
    value, digits = secret
    with pytest.raises(PayloadError) as info:
        read_x_replies(replaced(load(RESPONSE), path, value))
    assert digits not in str(info.value)
