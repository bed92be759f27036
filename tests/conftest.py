"""Shared fixtures and hypothesis strategies for the test suite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import strategies as st

from kitami_policy import KITAMI, Account, Author, Comment, Post
from kitami_policy.engine import Engine

ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5)), timezone(timedelta(0))]
)
aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=ZONES
)
ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12).filter(str.strip)
texts = st.text(st.characters(codec="utf-8"), max_size=80)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The default (Kitami) engine, built once for the whole run: it is immutable."""
    return Engine.default()


@pytest.fixture
def facebook() -> Account:
    """Kitami's Facebook account."""
    return KITAMI.account_for("facebook")


@pytest.fixture
def post(facebook: Account) -> Post:
    """A Kitami event post."""
    return Post(
        id="p1",
        account=facebook,
        text="北見ぼんちまつりを開催します",
        published_at=datetime(2024, 8, 1, 10, 0, tzinfo=timezone(timedelta(hours=9))),
        topics={"event_info"},
    )


@pytest.fixture
def comment(post: Post) -> Comment:
    """A comment on that post."""
    return Comment(id="c1", text="楽しみです", author=Author(id="u1", name="北見太郎"), post=post)
