"""X: API v2 responses holding a conversation's replies.

The replies to one of the city's posts are the posts whose ``conversation_id`` is that post's
id. ``GET /2/tweets/search/recent?query=conversation_id:{id}`` returns them with
``tweet.fields=author_id,created_at,conversation_id,in_reply_to_user_id`` and
``expansions=author_id&user.fields=name,username``
(https://docs.x.com/x-api/fundamentals/conversation-id). The response is
``{"data": [post, …], "includes": {"users": [user, …]}, "meta": {"result_count", "next_token"}}``;
a post has ``id``, ``text``, ``author_id``, ``created_at`` (ISO 8601, ``Z``),
``conversation_id`` and ``in_reply_to_user_id``; a user has ``id``, ``name`` and ``username``
(https://docs.x.com/x-api/fundamentals/data-dictionary). An empty result has no ``data``, only
``meta.result_count`` 0.

The conversation's own post (its id is the ``conversation_id``) is the city's: it is passed
over, not assessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from kitami_policy.accounts import Platform
from kitami_policy.content import Author, Comment, Post
from kitami_policy.errors import PayloadError
from kitami_policy.platforms import _fields as f
from kitami_policy.platforms._posts import PostIndex
from kitami_policy.platforms.reading import Reading
from kitami_policy.policy import Policy

__all__ = ["read_x_replies"]

CONVERSATION_ROOT: Final = "the conversation's own post"
_FIELDS_HINT: Final = (
    "request tweet.fields=author_id,created_at,conversation_id,in_reply_to_user_id"
)
_USERS_HINT: Final = "request expansions=author_id&user.fields=name,username"
_POST_HINT: Final = "request tweet.fields=conversation_id, or pass post= (the city's post)"


def read_x_replies(
    response: object, *, post: Post | str | None = None, policy: Policy | None = None
) -> Reading:
    """Read one page of an X API v2 response holding replies, joining each to its author.

    Args:
        response: the parsed JSON response.
        post: the city's post the replies answer (a :class:`~kitami_policy.Post`, whose text
            the off-topic rule reads, or its id); needed only when the posts lack
            ``conversation_id``, and checked against it otherwise.
        policy: whose X account the post belongs to; Kitami's by default.

    Returns:
        the replies, and ``after``, the ``next_token`` of the next page when there is one.

    Raises:
        PayloadError: a field is missing or of the wrong type, an author is not in
            ``includes.users``, or the response is an error response.
    """
    index = PostIndex(Platform.X, policy)
    given = index.only(post)
    document = f.obj(response, "", "an X API response object")
    meta = document.get("meta")
    if meta is not None:
        meta = f.obj(meta, "meta")
    if document.get("data") is None:
        if isinstance(meta, Mapping) and meta.get("result_count") == 0:
            return index.reading(())
        if "errors" in document:
            raise PayloadError(
                "the document is an X API error response, not a page of posts; check the "
                "token, its scopes and the request",
                field="errors",
            )
    posts = f.required_list(document, "data", "", _FIELDS_HINT)
    users = _users(document) if posts else {}
    comments: list[Comment] = []
    for i, raw in enumerate(posts):
        path = f.join("data", i)
        item = f.obj(raw, path)
        post_id = f.required_id(item, "id", path)
        conversation = f.optional_id(item, "conversation_id", path)
        if conversation is not None and conversation == post_id:
            index.passed_over[CONVERSATION_ROOT] += 1
            continue
        f.optional_id(item, "in_reply_to_user_id", path)
        author_id = f.required_id(item, "author_id", path, _FIELDS_HINT)
        name, username = _author(users, author_id, path)
        comments.append(
            Comment(
                id=post_id,
                text=f.text(item, "text", path),
                author=Author(id=author_id, name=name, handle=username),
                created_at=f.timestamp(item, "created_at", path, _FIELDS_HINT),
                post=index.resolve(
                    given, conversation, f.join(path, "conversation_id"), _POST_HINT
                ),
            )
        )
    after = f.optional_str(meta, "next_token", "meta") if isinstance(meta, Mapping) else None
    return index.reading(comments, after=after)


def _users(document: Mapping[str, Any]) -> dict[str, tuple[str, str | None]]:
    """Each user of ``includes.users`` by id: ``(name, username)``."""
    includes = f.required_obj(document, "includes", "", _USERS_HINT)
    listed: Sequence[Any] = f.required_list(includes, "users", "includes", _USERS_HINT)
    users: dict[str, tuple[str, str | None]] = {}
    for i, raw in enumerate(listed):
        path = f.join("includes.users", i)
        user = f.obj(raw, path)
        users[f.required_id(user, "id", path)] = (
            f.optional_str(user, "name", path) or "",
            f.optional_str(user, "username", path),
        )
    return users


def _author(
    users: Mapping[str, tuple[str, str | None]], author_id: str, path: str
) -> tuple[str, str | None]:
    try:
        return users[author_id]
    except KeyError:
        raise PayloadError(
            f"field {f.join(path, 'author_id')} names a user missing from includes.users; "
            f"{_USERS_HINT}",
            field="includes.users",
        ) from None
