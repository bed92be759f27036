"""What is published and what is said: authors, the city's posts and users' comments.

Posts are the city's own (section 2, 3); comments are what users write under them and what
section 4 judges. Reprs are short and never show a comment's text, which may hold personal
data the engine has not yet looked at.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Account

__all__ = ["Author", "Comment", "Post"]

_PREVIEW = 24


def _preview(text: str) -> str:
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


@attrs.frozen
class Author:
    """The user who wrote a comment.

    Attributes:
        id: the platform's stable user id (what stream history is keyed on).
        name: the display name, which impersonation checks read (4-5).
        handle: the @-handle, if the platform has one.
    """

    id: str = attrs.field(validator=v.non_empty_str)
    name: str = attrs.field(default="", validator=v.text)
    handle: str | None = attrs.field(default=None, validator=v.optional_non_empty_str)


@attrs.frozen(repr=False)
class Post:
    """A post published (or planned) on one of the city's accounts.

    Attributes:
        id: the post's id.
        account: the city account that publishes it: an :class:`Account` of the policy, never
            a platform name. ``"facebook"`` is refused rather than looked up, because which
            account it means depends on the policy (``KITAMI.account_for("facebook")``, or
            another municipality's ``load_policy(...).account_for("facebook")``).
        text: the post's text.
        published_at: when it goes or went out (aware); ``None`` while not yet scheduled.
        topics: codes of the section 2(1) topics the post carries.
        emergency: emergency or disaster information, which section 3(1) lets go out any time.
        no_reprint: the post carries a notice such as 「無断転載を禁じます」 (section 6).
    """

    id: str = attrs.field(validator=v.non_empty_str)
    account: Account = attrs.field(
        validator=v.instance_of(
            Account,
            hint="a platform name is not one: get the policy's account there with "
            "KITAMI.account_for('facebook') (or your own policy's account_for)",
        )
    )
    text: str = attrs.field(default="", validator=v.text)
    published_at: datetime | None = attrs.field(default=None, validator=v.optional_aware_datetime)
    topics: frozenset[str] = attrs.field(
        default=frozenset(), converter=v.to_frozenset, validator=v.instances_of(str)
    )
    emergency: bool = attrs.field(default=False, validator=v.boolean)
    no_reprint: bool = attrs.field(default=False, validator=v.boolean)

    def __repr__(self) -> str:
        when = self.published_at.isoformat() if self.published_at else None
        return (
            f"Post(id={self.id!r}, account={self.account.handle!r}, "
            f"text={_preview(self.text)!r}, published_at={when!r})"
        )


@attrs.frozen(repr=False)
class Comment:
    """A user's comment on a post: what section 4 and the rule engine judge.

    Attributes:
        id: the comment's id.
        text: the comment as written (the engine's spans point into it).
        author: who wrote it, when known; stream history needs it.
        created_at: when it was written (aware), when known.
        post: the post it answers, when known; the off-topic rule (4-8) reads it.
    """

    id: str = attrs.field(validator=v.non_empty_str)
    text: str = attrs.field(validator=v.text)
    author: Author | None = attrs.field(
        default=None,
        validator=v.optional_instance_of(
            Author, hint="build one with Author(id='u1'), adding name= and handle= when known"
        ),
    )
    created_at: datetime | None = attrs.field(default=None, validator=v.optional_aware_datetime)
    post: Post | None = attrs.field(
        default=None,
        validator=v.optional_instance_of(
            Post, hint="build one with Post(id='p1', account=KITAMI.account_for('facebook'))"
        ),
    )

    def __repr__(self) -> str:
        # The text may hold a phone number or an address; the repr states only its length.
        author = self.author.id if self.author else None
        post = self.post.id if self.post else None
        return (
            f"Comment(id={self.id!r}, author={author!r}, post={post!r}, "
            f"text=<{len(self.text)} chars>)"
        )
