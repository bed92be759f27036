"""The readers' shared helper: which post each comment answers, and what was passed over."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kitami_policy.accounts import Platform
from kitami_policy.content import Comment, Post
from kitami_policy.errors import PayloadError, ValidationError
from kitami_policy.platforms.reading import Reading
from kitami_policy.policy import Policy


class PostIndex:
    """The posts a reader attaches comments to, and the count of what it passed over.

    Posts are those the caller knows, with their text, which the off-topic rule (4-8) reads,
    or bare ones made from the payload's id on the policy's account for the platform.
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
