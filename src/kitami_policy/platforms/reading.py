"""What a platform reader hands back: the comments of one payload, and what it passed over.

Every reader of :mod:`kitami_policy.platforms` returns a :class:`Reading`. Its comments carry
the post they answer, attached to the policy's account on that platform, so the engine knows
which actions the platform allows (X cannot delete) and the plan knows where to send them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Platform
from kitami_policy.content import Comment, Post
from kitami_policy.errors import PayloadError, ValidationError
from kitami_policy.policy import Policy

__all__ = ["NOT_A_COMMENT", "Reading"]

NOT_A_COMMENT: Final = "not a comment"
"""How a reader counts a passed-over change that carries no comment (a reaction, a mention)."""


def _counts(value: Mapping[str, int] | Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), int(n)) for k, n in items if n))


@attrs.frozen
class Reading:
    """The comments read from one payload, in the payload's order.

    Iterating a reading iterates its comments; ``len()`` counts them.

    Attributes:
        comments: the comments to assess.
        passed_over: what was not a comment to assess, counted by reason (``remove`` and
            ``hide`` webhook verbs, ``not a comment`` for other changes), sorted by reason.
        after: the cursor for the next page (the Graph API's ``paging.cursors.after``, X's
            ``meta.next_token``), or ``None`` on the last page and for webhooks.
    """

    comments: tuple[Comment, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(Comment)
    )
    passed_over: tuple[tuple[str, int], ...] = attrs.field(default=(), converter=_counts)
    after: str | None = None

    def __iter__(self) -> Iterator[Comment]:
        return iter(self.comments)

    def __len__(self) -> int:
        return len(self.comments)

    @property
    def skipped(self) -> int:
        """How many items were passed over, whatever the reason."""
        return sum(n for _, n in self.passed_over)


class PostIndex:
    """The readers' helper: the posts comments are attached to, and what was passed over.

    Posts are those the caller knows (with their text) or bare ones made from the payload's id.

    A caller who passes the city's own posts (with their text) lets the off-topic rule (4-8)
    read what a comment answers. Internal to the readers; not exported.
    """

    def __init__(
        self, platform: Platform, policy: Policy | None = None, known: Iterable[Post] = ()
    ) -> None:
        if policy is None:
            from kitami_policy.policy import KITAMI

            policy = KITAMI
        self.account = policy.account_for(platform)
        self.platform = platform
        self._known: dict[str, Post] = {}
        for post in known:
            self._check(post)
            self._known[post.id] = post
        self.passed_over: Counter[str] = Counter()

    def _check(self, post: Post) -> None:
        if not isinstance(post, Post):
            raise ValidationError(f"expected a Post, got {type(post).__name__}")
        if post.account.platform is not self.platform:
            raise ValidationError(
                f"post {post.id!r} belongs to the {post.account.platform.value} account, but "
                f"this payload comes from {self.platform.value}"
            )

    def get(self, post_id: str) -> Post:
        """The known post with *post_id*, or a bare one on the policy's account."""
        found = self._known.get(post_id)
        return found if found is not None else Post(id=post_id, account=self.account)

    def only(self, given: Post | str | None) -> Post | None:
        """The one post a page of comments answers, from the caller's ``post`` argument."""
        if given is None:
            return None
        if isinstance(given, str):
            return self.get(given)
        self._check(given)
        return given

    def resolve(self, given: Post | None, found: str | None, path: str, how: str) -> Post:
        """The post a comment answers: the payload's (*found*, at *path*) or the caller's.

        Raises:
            PayloadError: neither names a post (*how* says how to name one), or both do and
                they differ.
        """
        if found is not None and given is not None and found != given.id:
            raise PayloadError(
                f"field {path} names another post than the one given (post=); read each "
                "post's comments with that post",
                field=path,
            )
        if given is not None:
            return given
        if found is None:
            raise PayloadError(f"field {path} is missing; {how}", field=path)
        return self.get(found)

    def reading(self, comments: Iterable[Comment], after: str | None = None) -> Reading:
        """A :class:`Reading` of *comments* with what was passed over so far."""
        return Reading(comments=tuple(comments), passed_over=self.passed_over, after=after)
