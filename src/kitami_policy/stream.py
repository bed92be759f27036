"""Comments read as a stream: what the engine remembers of authors and posts, and flooding.

CLAUSES.md, "Comments read as a stream": flooding (4-7) is the same normalised text posted again
by the same author within 10 minutes of the previous copy, or for the third time within 24
hours; or the same normalised text (ten characters or more) from three or more authors under
one post, from the third copy on. Without timestamps, order stands in for time: the third copy
by one author is flooding. A citizen who asks the same question again after an hour without an
answer is not flooding. An author's violation count drives escalation (delete on a repeated
clause, block from the third violating comment).

The figures are data (``data/stream.toml``, :class:`StreamRules`). A :class:`Stream` works out,
for each comment, what its history means (:class:`Previous`) before the engine judges it: rule
``tos.flood`` reads ``Context.previous``. It keeps only what the rules can still use — each
author's copies within the 24-hour window, their violations — and at most a fixed number of
authors and texts, forgetting the least recently seen first, so that its memory stays bounded
however long the stream runs.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from kitami_policy import _validate as v
from kitami_policy._normalize import fold
from kitami_policy.content import Comment, Post
from kitami_policy.errors import KitamiPolicyError, PolicyFileError, ValidationError
from kitami_policy.findings import Decision

if TYPE_CHECKING:
    from kitami_policy.engine import Engine

__all__ = [
    "NO_PREVIOUS",
    "STREAM_RULES",
    "Previous",
    "Stream",
    "StreamRules",
    "load_stream_rules",
]

_DATA: Final = Path(__file__).parent / "data" / "stream.toml"


def _positive(inst: object, attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValidationError(f"StreamRules.{attribute.name} must be a number > 0, got {value!r}")


def _count(inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"StreamRules.{attribute.name} must be an int >= 1, got {value!r}")


def _at_least_two(inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 2:
        raise ValidationError(f"StreamRules.{attribute.name} must be an int >= 2, got {value!r}")


@attrs.frozen
class StreamRules:
    """The stream rule of CLAUSES.md as data, and the bounds of a stream's memory.

    Attributes:
        repeat_within_seconds: a copy this soon after the author's previous copy is flooding.
        copies: the copy (by one author) that is flooding when the earlier ones are recent.
        copies_within_seconds: how recent the earlier copies must be.
        authors: the copy of a text that makes this many authors under one post is flooding,
            and every copy after it.
        min_length: the shortest normalised text the many-authors rule counts.
        max_authors: authors remembered at once.
        max_texts_per_author: distinct recent texts remembered per author.
        max_shared_texts: texts remembered per post, for the many-authors rule.
    """

    repeat_within_seconds: float = attrs.field(converter=float, validator=_positive)
    copies: int = attrs.field(validator=_at_least_two)
    copies_within_seconds: float = attrs.field(converter=float, validator=_positive)
    authors: int = attrs.field(validator=_at_least_two)
    min_length: int = attrs.field(validator=_count)
    max_authors: int = attrs.field(validator=_count)
    max_texts_per_author: int = attrs.field(validator=_count)
    max_shared_texts: int = attrs.field(validator=_count)


def load_stream_rules(path: Path = _DATA) -> StreamRules:
    """Read the stream rule and the memory bounds (``data/stream.toml``).

    Raises:
        PolicyFileError: the file is missing or malformed.
    """
    from kitami_policy.convert import from_dict

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        return from_dict(
            StreamRules, {**document.get("flooding", {}), **document.get("memory", {})}
        )
    except (OSError, tomllib.TOMLDecodeError, KitamiPolicyError) as exc:
        raise PolicyFileError(f"{path}: cannot read the stream rule: {exc}") from exc


STREAM_RULES: Final = load_stream_rules()
"""The bundled stream rule (``data/stream.toml``)."""


@attrs.frozen
class Previous:
    """What a stream knows of earlier comments that bears on one comment.

    Attributes:
        wrote: the author has earlier comments the stream still remembers (within the window).
        flooding: why the comment is flooding by the stream rule (``"again within 600 s"``,
            ``"copy 3 within 86400 s"``, ``"author 3 under the post"``), or ``""``.
    """

    wrote: bool = attrs.field(default=False, validator=v.boolean)
    flooding: str = attrs.field(default="", validator=v.text)


NO_PREVIOUS: Final = Previous()
"""A comment judged on its own: no earlier comments."""


def _key(value: str) -> int:
    """A stable 64-bit key for a text or an id: memory per entry stays fixed whatever its length,
    and the same under every ``PYTHONHASHSEED``."""
    data = value.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


class _Author:
    """One author's history: recent copies by text key (times, oldest first), violations."""

    __slots__ = ("clauses", "copies", "last", "violations")

    def __init__(self, violations: int = 0, clauses: frozenset[str] = frozenset()) -> None:
        self.copies: dict[int, tuple[float | None, ...]] = {}
        self.last: float | None = None
        self.violations = violations
        self.clauses = clauses


class Stream:
    """A moderation session over a stream of comments: it remembers authors and posts.

    Each comment is judged in the light of what came before it (CLAUSES.md, "Comments read as
    a stream"): flooding (4-7, rule ``tos.flood``) and escalation (delete on a repeated clause,
    block from the author's third violating comment). Comments without an author are judged on
    their own. A stream is mutable by nature; the engine it runs is not.
    """

    __slots__ = ("_authors", "_now", "_offenders", "_shared", "engine", "rules")

    def __init__(self, engine: Engine, rules: StreamRules = STREAM_RULES) -> None:
        self.engine = engine
        self.rules = rules
        self._authors: OrderedDict[int, _Author] = OrderedDict()
        # Authors whose copies all fell out of the window but whose violations still count.
        self._offenders: OrderedDict[int, tuple[int, frozenset[str]]] = OrderedDict()
        self._shared: OrderedDict[int, tuple[int, ...]] = OrderedDict()
        self._now: float | None = None

    def assess(self, comment: Comment, post: Post | None = None) -> Decision:
        """Judge *comment* in the light of the stream so far, then remember it."""
        if not isinstance(comment, Comment):
            raise ValidationError(f"expected a Comment, got {type(comment).__name__}")
        folded = fold(comment.text)
        if comment.author is None:
            decision, _ = self.engine._assess(
                comment,
                post,
                previous=NO_PREVIOUS,
                violations=0,
                clauses=frozenset(),
                folded=folded,
            )
            return decision
        when = comment.created_at.timestamp() if comment.created_at is not None else None
        if when is not None and (self._now is None or when > self._now):
            self._now = when
            self._forget_stale(when)
        author = _key(comment.author.id)
        record = self._authors.get(author)
        if record is None:
            violations, clauses = self._offenders.pop(author, (0, frozenset()))
            record = _Author(violations, clauses)
        text = _key(folded) if folded else None
        flooding = ""
        if text is not None:
            flooding = self._repeats(record, text, when)
            on = post if post is not None else comment.post
            if not flooding and on is not None and len(folded) >= self.rules.min_length:
                flooding = self._shared_by(on, text, author)
        decision, _ = self.engine._assess(
            comment,
            post,
            previous=Previous(wrote=author in self._authors, flooding=flooding),
            violations=record.violations,
            clauses=record.clauses,
            folded=folded,
        )
        self._remember(author, record, text, when, decision)
        return decision

    def _repeats(self, record: _Author, text: int, when: float | None) -> str:
        """Why this copy of *text* by the author is flooding, or ``""``."""
        times = record.copies.get(text)
        if not times:
            return ""
        rules = self.rules
        previous = times[-1]
        if (
            when is not None
            and previous is not None
            and abs(when - previous) <= rules.repeat_within_seconds
        ):
            return f"again within {rules.repeat_within_seconds:g} s"
        recent = sum(
            1
            for t in times
            if t is None or when is None or abs(when - t) <= rules.copies_within_seconds
        )
        if recent + 1 >= rules.copies:
            return f"copy {rules.copies} within {rules.copies_within_seconds:g} s"
        return ""

    def _shared_by(self, post: Post, text: int, author: int) -> str:
        """Count *author* among those of *text* under *post*; why it is flooding, or ``""``."""
        key = _key(post.id) << 64 | text
        authors = self._shared.pop(key, ())
        if author not in authors and len(authors) < self.rules.authors:
            authors = (*authors, author)
        self._shared[key] = authors
        while len(self._shared) > self.rules.max_shared_texts:
            self._shared.popitem(last=False)
        if len(authors) >= self.rules.authors:
            return f"author {self.rules.authors} under the post"
        return ""

    def _remember(
        self, author: int, record: _Author, text: int | None, when: float | None, decision: Decision
    ) -> None:
        rules = self.rules
        if text is not None:
            times = record.copies.pop(text, ())
            record.copies[text] = (*times, when)[-(rules.copies - 1) :]
            while len(record.copies) > rules.max_texts_per_author:
                del record.copies[next(iter(record.copies))]
        if when is not None:
            record.last = when
        if decision.findings:
            record.violations += 1
            record.clauses = record.clauses | frozenset(decision.clauses)
        self._authors.pop(author, None)
        self._authors[author] = record
        while len(self._authors) + len(self._offenders) > rules.max_authors:
            if self._offenders:
                self._offenders.popitem(last=False)
            else:
                self._authors.popitem(last=False)

    def _forget_stale(self, now: float) -> None:
        """Drop the authors none of whose copies can count any more; keep offenders' counts."""
        window = self.rules.copies_within_seconds
        authors = self._authors
        while authors:
            key, record = next(iter(authors.items()))
            if record.last is None or now - record.last <= window:
                break
            del authors[key]
            if record.violations:
                self._offenders[key] = (record.violations, record.clauses)

    def __repr__(self) -> str:
        return f"<Stream authors={len(self._authors)} engine={self.engine!r}>"
