"""Tests for kitami_policy.content: authors, posts and comments."""

from __future__ import annotations

from datetime import datetime

import attrs
import pytest

from kitami_policy import (
    JST,
    Account,
    Author,
    Comment,
    InvalidTextError,
    NaiveDatetimeError,
    Post,
    ValidationError,
)


class TestAuthor:
    def test_defaults(self) -> None:
        """Only the id is required."""
        assert Author(id="u1") == Author(id="u1", name="", handle=None)

    @pytest.mark.parametrize("bad", ["", "   ", None, 5])
    def test_empty_id_refused(self, bad: object) -> None:
        """An empty or missing id is refused with the field named."""
        with pytest.raises(ValidationError, match=r"Author\.id must be a non-empty string"):
            Author(id=bad)  # type: ignore[arg-type]


class TestPost:
    def test_naive_published_at_refused(self, facebook: Account) -> None:
        """A naive publish time is refused, never assumed to be JST."""
        with pytest.raises(NaiveDatetimeError, match=r"Post\.published_at"):
            Post(id="p", account=facebook, published_at=datetime(2024, 1, 1, 9))

    def test_account_must_be_an_account(self) -> None:
        """A handle string is not an Account: the library's error, with how to get one."""
        with pytest.raises(ValidationError, match=r"account_for\('facebook'\)"):
            Post(id="p", account="@kitamishi")  # type: ignore[arg-type]

    def test_topics_become_frozenset(self, facebook: Account) -> None:
        """Topics are stored as a frozenset whatever iterable is given."""
        post = Post(id="p", account=facebook, topics=["event_info", "event_info"])
        assert post.topics == frozenset({"event_info"})

    def test_flags_must_be_bool(self, facebook: Account) -> None:
        """emergency=1 is refused: flags are real booleans."""
        with pytest.raises(ValidationError, match=r"Post\.emergency"):
            Post(id="p", account=facebook, emergency=1)  # type: ignore[arg-type]

    def test_is_frozen(self, post: Post) -> None:
        """Posts are immutable; change one with attrs.evolve."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            post.text = "x"  # type: ignore[misc]
        assert attrs.evolve(post, emergency=True).emergency

    def test_repr_is_short(self, facebook: Account) -> None:
        """The repr truncates long post texts."""
        post = Post(id="p", account=facebook, text="あ" * 200)
        assert len(repr(post)) < 150


class TestComment:
    def test_text_must_be_str(self) -> None:
        """None as text is refused with InvalidTextError."""
        with pytest.raises(InvalidTextError, match=r"Comment\.text must be a str"):
            Comment(id="c", text=None)  # type: ignore[arg-type]

    def test_lone_surrogate_refused(self) -> None:
        """Text with a lone surrogate cannot be processed and says where it is."""
        with pytest.raises(InvalidTextError, match="lone surrogate at index 1"):
            Comment(id="c", text="a\ud800b")

    def test_empty_text_allowed(self) -> None:
        """A comment may be empty (an image-only reply)."""
        assert Comment(id="c", text="").text == ""

    def test_naive_created_at_refused(self) -> None:
        """created_at must carry a zone."""
        with pytest.raises(NaiveDatetimeError):
            Comment(id="c", text="x", created_at=datetime(2024, 1, 1))

    def test_aware_created_at_accepted(self) -> None:
        """An aware created_at is kept as given."""
        when = datetime(2024, 1, 1, 9, tzinfo=JST)
        assert Comment(id="c", text="x", created_at=when).created_at == when

    def test_repr_never_shows_text(self) -> None:
        """The repr gives the text's length only: it may hold a phone number."""
        comment = Comment(id="c9", text="電話は090-1234-5678です", author=Author(id="u"))
        shown = repr(comment)
        assert "5678" not in shown
        assert "090" not in shown
        assert "<18 chars>" in shown

    def test_hashable(self, comment: Comment) -> None:
        """Frozen values can key dicts and sets."""
        assert {comment: 1}[comment] == 1
