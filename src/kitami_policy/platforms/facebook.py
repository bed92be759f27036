"""Facebook Page comments: Graph API pages of ``/{post-id}/comments`` and the Page webhook.

Field names and shapes, as the reference pages give them:

* ``GET /{object-id}/comments`` returns ``{"data": [comment, …], "paging": {"cursors":
  {"before", "after"}, "next"}}``
  (https://developers.facebook.com/docs/graph-api/reference/object/comments). A comment has
  ``id``, ``message``, ``from`` (``id``, ``name``), ``created_time`` (ISO 8601 with a ``+0000``
  offset) and, for a reply, ``parent``
  (https://developers.facebook.com/docs/graph-api/reference/comment/). ``from`` is returned
  only with a Page access token, and the ``id`` of a Page post's comments only to an app that
  can moderate the Page; request ``fields=id,message,from,created_time,parent``.
* The Page webhook sends ``{"object": "page", "entry": [{"id", "time", "changes": [{"field":
  "feed", "value": {…}}]}]}``; a comment's value has ``item: "comment"``, ``verb``,
  ``comment_id``, ``post_id``, ``parent_id``, ``from`` (``id``, ``name``), ``message`` and
  ``created_time`` in Unix seconds
  (https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed,
  https://developers.facebook.com/docs/pages-api/webhooks-for-pages). Which verbs are assessed
  and which passed over is data (``data/platforms.toml``).

A comment with only a sticker or a photo has no ``message``: it is read as empty text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from kitami_policy.accounts import Platform
from kitami_policy.content import Author, Comment, Post
from kitami_policy.errors import PayloadError
from kitami_policy.platforms import _fields as f
from kitami_policy.platforms import _graph
from kitami_policy.platforms._posts import PostIndex
from kitami_policy.platforms.facts import WebhookFacts, facts_for
from kitami_policy.platforms.reading import NOT_A_COMMENT, Reading
from kitami_policy.policy import Policy

__all__ = ["read_facebook_comments", "read_facebook_webhook"]

_FIELDS_HINT: Final = "request fields=id,message,from,created_time,parent with a Page access token"


def read_facebook_comments(
    page: object, *, post: Post | str, policy: Policy | None = None
) -> Reading:
    """Read one page of a Graph API ``/{post-id}/comments`` response.

    Args:
        page: the parsed JSON response.
        post: the post whose comments these are (the response does not name it): the city's
            :class:`~kitami_policy.Post`, whose text the off-topic rule reads, or its id.
        policy: whose Facebook account the post belongs to; Kitami's by default.

    Returns:
        the comments, and ``after``, the cursor of the next page when there is one.

    Raises:
        PayloadError: the response, or one of its comments, lacks a field or has one of the
            wrong type (the message names it), or is a Graph API error response.
    """
    index = PostIndex(Platform.FACEBOOK, policy)
    target = index.only(post)
    if target is None:
        raise PayloadError("post= is required: a comments page does not name its post")
    document = f.obj(page, "", "a Graph API response object")
    _graph.refuse_error(document)
    comments = [
        _comment(f.obj(item, f.join("data", i)), f.join("data", i), target)
        for i, item in enumerate(f.required_list(document, "data", "", _FIELDS_HINT))
    ]
    return index.reading(comments, after=_graph.after(document))


def read_facebook_webhook(
    payload: object, *, posts: Iterable[Post] = (), policy: Policy | None = None
) -> Reading:
    """Read a Page webhook notification, or one ``feed`` change value, for comments.

    Changes that are not comments (reactions, posts, other fields) and the verbs the platform
    data passes over (``remove``, ``hide``) are counted in ``passed_over``, not assessed.

    Args:
        payload: the parsed notification (``object``, ``entry``) or a change value (``item``,
            ``verb``, …).
        posts: the city's posts that comments may answer, with their text; a comment on
            another post gets a bare post made from its ``post_id``.
        policy: whose Facebook account the posts belong to; Kitami's by default.

    Raises:
        PayloadError: a field is missing or of the wrong type, or a verb is unknown.
    """
    index = PostIndex(Platform.FACEBOOK, policy, posts)
    webhook = _webhook()
    document = f.obj(payload, "", "a webhook notification or a feed change value")
    comments: list[Comment] = []
    if _graph.is_notification(document):
        for change in _graph.changes(document, webhook):
            if change.value is None:
                index.passed_over[NOT_A_COMMENT] += 1
            else:
                _change(change.value, change.path, webhook, index, comments)
    else:
        _change(document, "", webhook, index, comments)
    return index.reading(comments)


def _change(
    value: Mapping[str, Any],
    path: str,
    webhook: WebhookFacts,
    index: PostIndex,
    out: list[Comment],
) -> None:
    item = f.text(value, "item", path)
    if item != webhook.item:
        index.passed_over[NOT_A_COMMENT] += 1
        return
    verb = f.text(value, "verb", path)
    if verb in webhook.pass_over_verbs:
        index.passed_over[verb] += 1
        return
    if verb not in webhook.assess_verbs:
        where = f.join(path, "verb")
        raise PayloadError(
            f"field {where} holds a verb this reader does not know; expected "
            f"{', '.join(webhook.assess_verbs)} (assessed) or "
            f"{', '.join(webhook.pass_over_verbs)} (passed over)",
            field=where,
        )
    author = f.required_obj(value, "from", path)
    post_id = f.required_id(value, "post_id", path)
    out.append(
        Comment(
            id=f.required_id(value, "comment_id", path),
            text=f.text(value, "message", path, default=""),
            author=Author(
                id=f.required_id(author, "id", f.join(path, "from")),
                name=f.optional_str(author, "name", f.join(path, "from")) or "",
            ),
            created_at=f.epoch(value, "created_time", path),
            post=index.get(post_id),
        )
    )


def _comment(item: Mapping[str, Any], path: str, post: Post) -> Comment:
    author = f.required_obj(item, "from", path, _FIELDS_HINT)
    return Comment(
        id=f.required_id(item, "id", path, _FIELDS_HINT),
        text=f.text(item, "message", path, default=""),
        author=Author(
            id=f.required_id(author, "id", f.join(path, "from")),
            name=f.optional_str(author, "name", f.join(path, "from")) or "",
        ),
        created_at=f.timestamp(item, "created_time", path, _FIELDS_HINT),
        post=post,
    )


def _webhook() -> WebhookFacts:
    webhook = facts_for(Platform.FACEBOOK).webhook
    assert webhook is not None, "data/platforms.toml names the Facebook webhook"
    return webhook
