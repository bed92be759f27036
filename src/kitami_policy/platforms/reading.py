"""What a platform reader hands back: the comments of one payload, and what it passed over.

Every reader of :mod:`kitami_policy.platforms` returns a :class:`Reading`. Its comments carry
the post they answer, attached to the policy's account on that platform, so the engine knows
which actions the platform allows (X cannot delete) and the plan knows where to send them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.content import Comment

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
