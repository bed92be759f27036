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

from kitami_policy._redact import sketch
from kitami_policy.content import Author, Comment, Post
from kitami_policy.errors import KitamiPolicyError, UnknownAccountError, ValidationError
from kitami_policy.findings import Decision
from kitami_policy.jst import parse_datetime
from kitami_policy.policy import Policy

__all__ = ["RecordError", "comment_from_record", "decision_record", "record_id"]


class RecordError(ValidationError):
    """An input record does not describe a comment; the message says which field and why."""


def comment_from_record(record: object, policy: Policy) -> Comment:
    """Build a :class:`Comment` from one input record.

    ``post.account`` names the platform; the post is attached to the policy's account there.
    Ids (``id``, ``author.id``, ``post.id``) are JSON strings, echoed exactly; a number is
    refused rather than turned into a string that would come back different.

    Error messages name the field and what is wrong with it, and show the value at most as
    its type and shape (:func:`kitami_policy._redact.sketch`): a field can hold anything, a
    phone number included.

    Raises:
        RecordError: a required field is missing or a field has the wrong shape.
    """
    if not isinstance(record, Mapping):
        raise RecordError(f"expected a JSON object, got {sketch(record)}")
    try:
        comment_id = _id(record.get("id"), "id")
        text = record.get("text")
        if not isinstance(text, str):
            raise RecordError(f"field 'text' must be a string, got {sketch(text)}")
        created = record.get("created_at")
        if created is not None and not isinstance(created, str):
            raise RecordError(
                f"field 'created_at' must be an ISO 8601 string, got {sketch(created)}"
            )
        return Comment(
            id=comment_id,
            text=text,
            author=_author(record.get("author")),
            created_at=None if created is None else parse_datetime(created, "field 'created_at'"),
            post=_post(record.get("post"), policy),
        )
    except RecordError:
        raise
    except KitamiPolicyError as exc:
        raise RecordError(str(exc)) from None


def record_id(record: object) -> str | None:
    """The record's ``id`` exactly as given when it is a string (for error lines), else ``None``."""
    if isinstance(record, Mapping):
        value = record.get("id")
        if isinstance(value, str):
            return value
    return None


def decision_record(decision: Decision) -> dict[str, Any]:
    """The output record of one decision (masked excerpts only). A finding says ``omitted``
    when its rule found more evidence than it keeps, and ``source`` when it is not the text."""
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
                # Evidence past the rule's cap (engine.MAX_SPANS_PER_RULE): "and N more".
                **({"omitted": f.omitted} if f.omitted else {}),
            }
            for f in decision.findings
        ],
    }


def _id(value: object, field: str) -> str:
    if isinstance(value, str) and value.strip():
        return value
    hint = ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Numbers would come back as strings (or lose digits past 2**53 in JavaScript).
        hint = '; write a number as a string, e.g. "6" for 6'
    raise RecordError(
        f"field {field!r} is required and must be a non-empty string, got {sketch(value)}{hint}"
    )


def _author(value: object) -> Author | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise RecordError(f"field 'author' must be an object, got {sketch(value)}")
    author_id = _id(value.get("id"), "author.id")
    name = value.get("name", "")
    handle = value.get("handle")
    if not isinstance(name, str):
        raise RecordError(f"field 'author.name' must be a string, got {sketch(name)}")
    if handle is not None and not isinstance(handle, str):
        raise RecordError(f"field 'author.handle' must be a string, got {sketch(handle)}")
    return Author(id=author_id, name=name, handle=handle or None)


def _post(value: object, policy: Policy) -> Post | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise RecordError(f"field 'post' must be an object, got {sketch(value)}")
    platforms = ", ".join(sorted({a.platform.value for a in policy.accounts}))
    if "twitter" in platforms:
        platforms += " or x"
    platform = value.get("account")
    if not isinstance(platform, str):
        raise RecordError(
            f"field 'post.account' must name a platform ({platforms}), got {sketch(platform)}"
        )
    try:
        account = policy.account_for(platform)
    except (ValidationError, UnknownAccountError):
        raise RecordError(
            f"field 'post.account' must name a platform where {policy.id} has an account "
            f"({platforms}), got {sketch(platform)}"
        ) from None
    post_id = _id(value.get("id", "post"), "post.id")
    text = value.get("text", "")
    if not isinstance(text, str):
        raise RecordError(f"field 'post.text' must be a string, got {sketch(text)}")
    return Post(id=post_id, account=account, text=text)
