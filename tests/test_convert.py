"""Tests for kitami_policy.convert: one converter to plain dicts and JSON, and back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import (
    KITAMI,
    Account,
    Action,
    Author,
    Comment,
    ConversionError,
    Decision,
    Finding,
    NaiveDatetimeError,
    Policy,
    Post,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from kitami_policy.findings import Span

from .conftest import aware_datetimes, ids, texts

accounts = st.sampled_from(KITAMI.accounts)
authors = st.builds(Author, id=ids, name=texts, handle=st.none() | ids)
posts = st.builds(
    Post,
    id=ids,
    account=accounts,
    text=texts,
    published_at=st.none() | aware_datetimes,
    topics=st.frozensets(st.sampled_from([t.code for t in KITAMI.topics])),
    emergency=st.booleans(),
    no_reprint=st.booleans(),
)
comments = st.builds(
    Comment,
    id=ids,
    text=texts,
    author=st.none() | authors,
    created_at=st.none() | aware_datetimes,
    post=st.none() | posts,
)


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    start = draw(st.integers(0, 50))
    return Finding(
        clause=draw(st.sampled_from([f"4-{n}" for n in range(1, 10)])),
        rule=draw(st.sampled_from(["pii.phone", "abuse.insult"])),
        spans=[Span(start, start + draw(st.integers(1, 9)))],
        excerpt=draw(texts),
        rationale_ja="理由",
        rationale_en="why",
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def decisions(draw: st.DrawFn) -> Decision:
    found = draw(st.lists(findings(), max_size=3))
    if not found:
        return Decision(comment_id=draw(ids), findings=(), actions=["keep"])
    actions = draw(st.lists(st.sampled_from(list(Action)[1:4]), min_size=1))
    return Decision(
        comment_id=draw(ids),
        findings=found,
        actions=actions,
        needs_review=draw(st.booleans()),
        policy_version=KITAMI.version,
        trace=draw(st.lists(texts, max_size=2)),
    )


def _round_trip(value: Any) -> None:
    cls = type(value)
    data = to_dict(value)
    assert from_dict(cls, data) == value
    assert from_dict(cls, json.loads(json.dumps(data))) == value
    assert from_json(cls, to_json(value)) == value


class TestRoundTrip:
    @given(authors)
    def test_author(self, value: Author) -> None:
        """Authors survive dict and JSON round-trips."""
        _round_trip(value)

    @given(posts)
    def test_post(self, value: Post) -> None:
        """Posts survive round-trips, with their zone offsets."""
        _round_trip(value)

    @given(comments)
    def test_comment(self, value: Comment) -> None:
        """Comments survive round-trips with nested authors and posts."""
        _round_trip(value)

    @given(decisions())
    def test_decision(self, value: Decision) -> None:
        """Decisions survive round-trips, findings and actions included."""
        _round_trip(value)

    def test_policy(self) -> None:
        """The whole Kitami policy survives a round-trip."""
        _round_trip(KITAMI)
        _round_trip(KITAMI.accounts[0])
        _round_trip(KITAMI.clauses[0])

    def test_datetime_keeps_offset(self, post: Post) -> None:
        """Datetimes are written with their offset."""
        assert to_dict(post)["published_at"] == "2024-08-01T10:00:00+09:00"

    def test_json_is_plain(self, comment: Comment) -> None:
        """to_dict gives only JSON types (json.dumps accepts it as is)."""
        json.dumps(to_dict(comment))
        assert "北見" in to_json(comment)


class TestErrors:
    def test_unknown_key(self) -> None:
        """An unknown key lists what the type takes."""
        with pytest.raises(ConversionError, match=r"Author: unknown key\(s\) \['nick'\]"):
            from_dict(Author, {"id": "u", "nick": "x"})

    def test_wrong_type_names_the_path(self, post: Post) -> None:
        """A wrong nested value names its path, and shows the value only as its shape."""
        data = to_dict(post)
        data["account"]["platform"] = "mixi"
        with pytest.raises(
            ConversionError, match=r"Post\.account\.platform: unknown platform"
        ) as info:
            from_dict(Post, data)
        assert "mixi" not in str(info.value)

    def test_number_for_string(self) -> None:
        """A number where text belongs is refused with the path."""
        with pytest.raises(ConversionError, match=r"Author\.name: expected str, got an int"):
            from_dict(Author, {"id": "u", "name": 3})

    def test_bool_is_not_a_number(self) -> None:
        """JSON true is not a confidence."""
        data = to_dict(
            Finding(
                clause="4-1",
                rule="r",
                spans=[Span(0, 1)],
                excerpt="*",
                rationale_ja="x",
                rationale_en="x",
            )
        )
        data["confidence"] = True
        with pytest.raises(ConversionError, match="expected int or float"):
            from_dict(Finding, data)

    def test_naive_datetime_in_json(self, comment: Comment) -> None:
        """A timestamp without offset in JSON is refused."""
        data = to_dict(comment) | {"created_at": "2024-01-01T10:00:00"}
        with pytest.raises(NaiveDatetimeError):
            from_dict(Comment, data)

    def test_missing_required(self) -> None:
        """A missing required key is reported."""
        with pytest.raises(ConversionError, match="Comment"):
            from_dict(Comment, {"id": "c"})

    def test_bad_json(self) -> None:
        """Malformed JSON is a ConversionError."""
        with pytest.raises(ConversionError, match="not valid JSON"):
            from_json(Author, "{")

    def test_not_attrs(self) -> None:
        """Only attrs values convert."""
        with pytest.raises(ConversionError):
            to_dict(datetime.now)  # type: ignore[arg-type]
        with pytest.raises(ConversionError):
            from_dict(dict, {})

    def test_policy_field_types(self) -> None:
        """Every field of every type is convertible (no hint the converter cannot read)."""
        assert from_dict(Policy, to_dict(KITAMI)).accounts[0] == KITAMI.accounts[0]
        assert isinstance(from_dict(Account, to_dict(KITAMI.accounts[1])), Account)
