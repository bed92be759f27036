"""Instagram comments: Graph API media comments and the ``comments`` webhook.

Field names and shapes, as the reference pages give them:

* ``GET /{ig-media-id}/comments`` returns ``{"data": [comment, …], "paging": {…}}``; a
  comment (IG Comment) has ``id``, ``text``, ``timestamp`` (ISO 8601, ``+0000``), ``username``,
  ``from`` (``id``, ``username``), ``parent_id`` for a reply, ``media`` (``id``) and the
  ``replies`` edge
  (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment,
  https://developers.facebook.com/docs/instagram-platform/comment-moderation). Request
  ``fields=id,text,timestamp,username,from{id,username},parent_id,media{id}``; add
  ``replies{…}`` with the same fields to read replies in the same page.
* The ``comments`` (and ``live_comments``) webhook value has ``id``, ``text``, ``from``
  (``id``, ``username``), ``media`` (``id``, ``media_product_type``) and ``parent_id``
  (https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram,
  https://developers.facebook.com/docs/instagram-platform/webhooks/examples). It carries no
  time of its own: a comment read from a whole notification takes the entry's ``time`` (when
  Meta sent it); one read from a bare value has no time.

Instagram shows no display name with a comment: the author's ``name`` stays empty and the
username is the ``handle``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

from kitami_policy.accounts import Platform
from kitami_policy.content import Author, Comment, Post
from kitami_policy.platforms import _fields as f
from kitami_policy.platforms import _graph
from kitami_policy.platforms._posts import PostIndex
from kitami_policy.platforms.facts import WebhookFacts, facts_for
from kitami_policy.platforms.reading import NOT_A_COMMENT, Reading
from kitami_policy.policy import Policy

__all__ = ["read_instagram_comments", "read_instagram_webhook"]

_FIELDS_HINT: Final = (
    "request fields=id,text,timestamp,username,from{id,username},parent_id,media{id}"
)
_POST_HINT: Final = "request fields=media{id}, or pass post= (the city's IG media)"


def read_instagram_comments(
    page: object, *, post: Post | str | None = None, policy: Policy | None = None
) -> Reading:
    """Read one page of a Graph API ``/{ig-media-id}/comments`` response.

    Replies requested with the ``replies`` field are read after the comment they answer.

    Args:
        page: the parsed JSON response.
        post: the city's media these comments answer (a :class:`~kitami_policy.Post`, whose
            text the off-topic rule reads, or its id); needed unless each comment has
            ``media``.
        policy: whose Instagram account the media belongs to; Kitami's by default.

    Raises:
        PayloadError: the response or a comment lacks a field or has one of the wrong type
            (the message names it), or the response is a Graph API error.
    """
    index = PostIndex(Platform.INSTAGRAM, policy)
    given = index.only(post)
    document = f.obj(page, "", "a Graph API response object")
    _graph.refuse_error(document)
    comments: list[Comment] = []
    for i, item in enumerate(f.required_list(document, "data", "", _FIELDS_HINT)):
        _read_with_replies(
            f.obj(item, f.join("data", i)), f.join("data", i), given, index, comments
        )
    return index.reading(comments, after=_graph.after(document))


def read_instagram_webhook(
    payload: object, *, posts: Iterable[Post] = (), policy: Policy | None = None
) -> Reading:
    """Read an Instagram webhook notification, or one ``comments`` change value.

    Changes of other fields (mentions, messages) are counted in ``passed_over``.

    Args:
        payload: the parsed notification (``object``, ``entry``) or a change value.
        posts: the city's media that comments may answer, with their text; a comment on other
            media gets a bare post made from ``media.id``.
        policy: whose Instagram account the media belongs to; Kitami's by default.

    Raises:
        PayloadError: a field is missing or of the wrong type.
    """
    index = PostIndex(Platform.INSTAGRAM, policy, posts)
    webhook = _webhook()
    document = f.obj(payload, "", "a webhook notification or a comments change value")
    comments: list[Comment] = []
    if _graph.is_notification(document):
        for change in _graph.changes(document, webhook):
            if change.value is None:
                index.passed_over[NOT_A_COMMENT] += 1
            else:
                comments.append(_comment(change.value, change.path, None, index, change.sent))
    else:
        comments.append(_comment(document, "", None, index, None))
    return index.reading(comments)


def _read_with_replies(
    item: Mapping[str, Any], path: str, given: Post | None, index: PostIndex, out: list[Comment]
) -> None:
    comment = _comment(item, path, given, index, f.timestamp(item, "timestamp", path, _FIELDS_HINT))
    out.append(comment)
    if item.get("replies") is None:
        return
    replies_path = f.join(path, "replies")
    replies = f.obj(item["replies"], replies_path)
    # A reply answers the same media as its comment, whether or not it names it.
    parent_post = comment.post if given is None else given
    for j, reply in enumerate(f.required_list(replies, "data", replies_path)):
        reply_path = f.join(f.join(replies_path, "data"), j)
        out.append(
            _comment(
                f.obj(reply, reply_path),
                reply_path,
                parent_post,
                index,
                f.timestamp(f.obj(reply, reply_path), "timestamp", reply_path, _FIELDS_HINT),
            )
        )


def _comment(
    item: Mapping[str, Any],
    path: str,
    given: Post | None,
    index: PostIndex,
    created: datetime | None,
) -> Comment:
    author = f.required_obj(item, "from", path, _FIELDS_HINT)
    author_path = f.join(path, "from")
    media = item.get("media")
    media_id = None
    if media is not None:
        media_id = f.required_id(f.obj(media, f.join(path, "media")), "id", f.join(path, "media"))
    username = f.optional_str(author, "username", author_path) or f.optional_str(
        item, "username", path
    )
    return Comment(
        id=f.required_id(item, "id", path, _FIELDS_HINT),
        text=f.text(item, "text", path),
        author=Author(id=f.required_id(author, "id", author_path), handle=username),
        created_at=created,
        post=index.resolve(given, media_id, f.join(f.join(path, "media"), "id"), _POST_HINT),
    )


def _webhook() -> WebhookFacts:
    webhook = facts_for(Platform.INSTAGRAM).webhook
    assert webhook is not None, "data/platforms.toml names the Instagram webhook"
    return webhook
