"""The JSON Lines record format of the batch command (``kitami-policy moderate``).

One input record per line, of which only ``id`` and ``text`` are required::

    {"id": "c1", "text": "...", "created_at": "2024-06-01T10:00:00+09:00",
     "author": {"id": "u1", "name": "…", "handle": "…"},
     "post": {"id": "p1", "account": "facebook|twitter|instagram", "text": "…"}}

and one output record per decision::

    {"id": "c1", "clauses": ["4-2"], "actions": ["hide", "delete"], "needs_review": false,
     "findings": [{"clause": "4-2", "rule": "abuse.insult", "start": 3, "end": 5,
                   "excerpt": "…"}]}

The format is the measurement contract of the engine issue: keep it exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kitami_policy.content import Author, Comment, Post
from kitami_policy.errors import KitamiPolicyError, ValidationError
from kitami_policy.findings import Decision
from kitami_policy.jst import parse_datetime
from kitami_policy.policy import Policy

__all__ = ["RecordError", "comment_from_record", "decision_record", "record_id"]


class RecordError(ValidationError):
    """An input record does not describe a comment; the message says which field and why."""


def comment_from_record(record: object, policy: Policy) -> Comment:
    """Build a :class:`Comment` from one input record.

    ``post.account`` names the platform; the post is attached to the policy's account there.

    Raises:
        RecordError: a required field is missing or a field has the wrong shape.
    """
    if not isinstance(record, Mapping):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    try:
        comment_id = _required_str(record, "id")
        text = record.get("text")
        if not isinstance(text, str):
            raise RecordError(f"field 'text' must be a string, got {_kind(text)}")
        created = record.get("created_at")
        if created is not None and not isinstance(created, str):
            raise RecordError(
                f"field 'created_at' must be an ISO 8601 string, got {_kind(created)}"
            )
        return Comment(
            id=comment_id,
            text=text,
            author=_author(record.get("author")),
            created_at=parse_datetime(created) if created is not None else None,
            post=_post(record.get("post"), policy),
        )
    except RecordError:
        raise
    except KitamiPolicyError as exc:
        raise RecordError(str(exc)) from exc


def record_id(record: object) -> str | None:
    """The record's ``id`` when it has a usable one (for error lines), else ``None``."""
    if isinstance(record, Mapping):
        value = record.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    return None


def decision_record(decision: Decision) -> dict[str, Any]:
    """The output record of one decision (masked excerpts only)."""
    return {
        "id": decision.comment_id,
        "clauses": list(decision.clauses),
        "actions": [a.value for a in decision.actions],
        "needs_review": decision.needs_review,
        "findings": [
            {
                "clause": f.clause,
                "rule": f.rule,
                "start": f.spans[0].start,
                "end": f.spans[-1].end,
                "excerpt": f.excerpt,
                **({"source": f.source} if f.source != "text" else {}),
            }
            for f in decision.findings
        ],
    }


def _required_str(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise RecordError(
            f"field {key!r} is required and must be a non-empty string, got {_kind(value)}"
        )
    return value


def _author(value: object) -> Author | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise RecordError(f"field 'author' must be an object, got {_kind(value)}")
    author_id = value.get("id")
    if isinstance(author_id, int) and not isinstance(author_id, bool):
        author_id = str(author_id)
    if not isinstance(author_id, str) or not author_id.strip():
        raise RecordError(f"field 'author.id' must be a non-empty string, got {_kind(author_id)}")
    name = value.get("name", "")
    handle = value.get("handle")
    if not isinstance(name, str):
        raise RecordError(f"field 'author.name' must be a string, got {_kind(name)}")
    if handle is not None and not isinstance(handle, str):
        raise RecordError(f"field 'author.handle' must be a string, got {_kind(handle)}")
    return Author(id=author_id, name=name, handle=handle or None)


def _post(value: object, policy: Policy) -> Post | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise RecordError(f"field 'post' must be an object, got {_kind(value)}")
    platform = value.get("account")
    if not isinstance(platform, str):
        raise RecordError(
            "field 'post.account' must be one of facebook, twitter, instagram, "
            f"got {_kind(platform)}"
        )
    post_id = value.get("id", "post")
    text = value.get("text", "")
    if not isinstance(text, str):
        raise RecordError(f"field 'post.text' must be a string, got {_kind(text)}")
    return Post(id=str(post_id), account=policy.account_for(platform), text=text)


def _kind(value: object) -> str:
    # Only the type: the value itself may be personal data (a phone number given as a number).
    return "nothing" if value is None else f"a value of type {type(value).__name__}"
