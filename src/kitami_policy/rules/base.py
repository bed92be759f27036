"""What every rule is made of: its data (:class:`RuleSpec`), its detector and what it reads.

A rule has two halves kept apart on purpose. Its *facts* — the clause it serves, how sure it is,
its rationale in Japanese and English, the law a police report would cite — are data in
``data/rules/<family>.toml``, reviewed like the policy. Its *detector* is a plain function in the
family's module (``rules/defamation.py`` for 4-2), or in a reading's module when the family is a
package (``rules/personal_info/phone.py`` for 4-1), that reads a :class:`Context` and yields
:class:`Evidence`: spans into the original text and how to mask them. The engine joins the two
by the rule's id and turns each piece of evidence into a :class:`~kitami_policy.Finding`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final, TypeVar, cast

import attrs

from kitami_policy import _validate as v
from kitami_policy._automaton import Match
from kitami_policy._charclass import char_class
from kitami_policy._normalize import Normalized, normalize
from kitami_policy._number_form import DIGIT_SOURCES, number_form
from kitami_policy._phrases import Phrase, Phrases
from kitami_policy.clauses import check_clause_code
from kitami_policy.content import Comment, Post
from kitami_policy.findings import MASKINGS, SOURCES, Masking, Span, span_key
from kitami_policy.policy import Policy
from kitami_policy.rules._overlap import LONGEST_TERM, overlapping
from kitami_policy.stream import NO_PREVIOUS, Previous

__all__ = [
    "ALWAYS",
    "FOLDED_PATTERNS",
    "LONGEST_TERM",
    "MASKINGS",
    "NG_WORDS",
    "OPENING_BRACKETS",
    "SIGNALS",
    "Context",
    "Detector",
    "Evidence",
    "Masking",
    "RuleSpec",
    "Trigger",
]

NG_WORDS: Final = "ng_words"
"""The word-list name under which the operator's NG words are matched (clause 4-9)."""

T = TypeVar("T")


def _clause(inst: object, attribute: attrs.Attribute[str], value: object) -> None:
    check_clause_code(value)


@attrs.frozen
class RuleSpec:
    """The facts of one rule, as written in ``data/rules/<family>.toml``.

    Attributes:
        id: stable id, ``family.name`` (``"pii.phone"``).
        clause: the clause the rule serves (``"4-1"``).
        confidence: how sure a finding of this rule is, unless the detector says otherwise.
        rationale_ja: why, in Japanese (one sentence, no personal data).
        rationale_en: why, in English.
        police: the legal basis when a finding warrants a police report (``""`` when not).
        review: findings of this rule always ask for a person's review (4-8, meaningless text).
    """

    id: str = attrs.field(validator=v.non_empty_str)
    clause: str = attrs.field(validator=_clause)
    confidence: float = attrs.field(validator=v.unit_interval)
    rationale_ja: str = attrs.field(validator=v.non_empty_str)
    rationale_en: str = attrs.field(validator=v.non_empty_str)
    police: str = attrs.field(default="", validator=v.text)
    review: bool = attrs.field(default=False, validator=v.boolean)


def _sorted_spans(value: Iterable[Span]) -> tuple[Span, ...]:
    spans = v.to_tuple(value)
    if all(type(span) is Span for span in spans):
        # Sorting on (start, end) compares in C: evidence of a dense comment holds thousands.
        return tuple(sorted(spans, key=span_key))
    return tuple(sorted(spans))


def _one_span(value: object) -> bool:
    """Whether *value* is a tuple of one Span: nearly all evidence, taken as it is."""
    return type(value) is tuple and len(value) == 1 and type(value[0]) is Span


_SPANS: Final = v.instances_of(Span, non_empty=True)
_PERSONAL: Final = v.instances_of(Span)
_MASK: Final = attrs.validators.in_(MASKINGS)
_LEVEL: Final = attrs.validators.optional(v.non_empty_str)
_SOURCE: Final = attrs.validators.in_(SOURCES)


@attrs.frozen(init=False)
class Evidence:
    """What a detector found: where, and how the excerpt must be masked.

    Attributes:
        spans: offsets into the ORIGINAL text (use :meth:`Context.span` for folded offsets).
        mask: how the excerpt shows these spans; personal data is never ``"none"``.
        level: the name of a confidence level of the rule's family (``[levels]`` in its
            ``data/rules/<family>.toml``) that replaces the rule's own confidence for this
            piece of evidence; ``None`` keeps the rule's confidence. Detectors name levels and
            never hold numbers: how sure a reading is, and so whether a person reviews it, is
            policy data.
        source: what the spans point into (``"text"``, ``"author_name"``, ``"author_handle"``).
        personal: spans of the source that hold personal data, masked in every excerpt and
            view wherever they show (a doxxed person's name beside evidence shown as written);
            the evidence spans themselves when *mask* is not ``"none"`` and nothing is given.
    """

    spans: tuple[Span, ...]
    mask: Masking
    level: str | None
    source: str
    personal: tuple[Span, ...]

    def __init__(
        self,
        spans: Iterable[Span],
        mask: Masking = "none",
        level: str | None = None,
        source: str = "text",
        personal: Iterable[Span] | None = None,
    ) -> None:
        # Written out rather than generated: a dense comment makes one per match, and the one-
        # span case skips the sorting and the generic checks. The checks are attrs' own.
        if not _one_span(spans):
            spans = _sorted_spans(spans)
            _SPANS(self, attrs.fields(Evidence).spans, spans)
        if personal is None:
            personal = spans if mask != "none" else ()
        elif not _one_span(personal):
            personal = _sorted_spans(personal)
            _PERSONAL(self, attrs.fields(Evidence).personal, personal)
        if mask not in MASKINGS:
            _MASK(self, cast("attrs.Attribute[str]", attrs.fields(Evidence).mask), mask)
        if level is not None:
            _LEVEL(self, attrs.fields(Evidence).level, level)
        if source != "text":
            _SOURCE(self, attrs.fields(Evidence).source, source)
        object.__setattr__(self, "spans", spans)
        object.__setattr__(self, "mask", mask)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "personal", personal)


@attrs.define(eq=False)
class Context:
    """Everything a detector may read about one comment, computed once per comment.

    Attributes:
        comment: the comment being assessed.
        text: its original text (spans point here).
        folded: ``normalize.fold(text)``: the matching form for words.
        numbers: ``_number_form.number_form(text)`` (a property, computed on first use): same
            length as ``text``, digits and full-width forms made ASCII, for numbers, URLs and
            addresses.
        words: word-list matches on ``folded``, by list name.
        post: the post the comment answers, if known.
        policy: the policy in force.
        previous: what the stream knows of earlier comments that bears on this one
            (:class:`~kitami_policy.stream.Previous`: whether the author wrote before, and
            whether this comment is flooding by CLAUSES.md's stream rule); nothing for a
            comment judged on its own.
        phrases: the engine's Latin terms, which :attr:`latin` matches word by word.
    """

    comment: Comment
    text: str
    folded: str
    words: Mapping[str, Sequence[Match[str]]]
    post: Post | None
    policy: Policy
    previous: Previous = NO_PREVIOUS
    phrases: Phrases | None = None
    _latin: dict[str, list[Phrase]] | None = None
    _normalized: Normalized | None = None
    _numbers: str | None = None
    _derived: dict[Callable[[Context], object], object] = attrs.field(factory=dict, init=False)

    @property
    def numbers(self) -> str:
        """``_number_form.number_form(text)``, computed on first use (most comments need none)."""
        if self._numbers is None:
            self._numbers = number_form(self.text)
        return self._numbers

    @property
    def latin(self) -> Mapping[str, Sequence[Phrase]]:
        """Latin word-list terms found word by word in the original text, by list name
        (computed on first use; English and romaji in running Latin text, which the fold
        glues together, see :mod:`kitami_policy._phrases`)."""
        if self._latin is None:
            self._latin = self.phrases.find(self.text) if self.phrases is not None else {}
        return self._latin

    def derived(self, reading: Callable[[Context], T]) -> T:
        """``reading(self)``, worked out once per comment: for a reading several detectors
        share (the URLs of a comment, whether it poses as an office)."""
        if reading not in self._derived:
            self._derived[reading] = reading(self)
        return cast("T", self._derived[reading])

    def normalized(self) -> Normalized:
        """The folded text with its map back to the original, computed on first use."""
        if self._normalized is None:
            self._normalized = normalize(self.text, self.folded)
        return self._normalized

    def span(self, start: int, end: int) -> Span:
        """The original-text span behind ``folded[start:end]``."""
        return Span(*self.normalized().to_original(start, end))

    @property
    def author_name(self) -> str:
        """The author's display name, or ``""``."""
        return self.comment.author.name if self.comment.author is not None else ""

    @property
    def author_handle(self) -> str:
        """The author's handle, or ``""``."""
        author = self.comment.author
        return author.handle if author is not None and author.handle else ""

    def matches(self, *lists: str) -> list[Match[str]]:
        """Matches of the named word lists, in text order."""
        if len(lists) == 1:
            return list(self.words.get(lists[0], ()))
        found = [m for name in lists for m in self.words.get(name, ())]
        found.sort(key=_position)
        return found

    def near(self, lo: int, hi: int, *lists: str) -> list[Match[str]]:
        """Matches of the named lists that overlap folded ``[lo, hi)``, in text order.

        A bisection per list, so that a detector looking around each of many matches in a long
        text stays linear instead of scanning every match each time.
        """
        found: list[Match[str]] = []
        for name in lists:
            matches = self.words.get(name)
            if matches:
                found.extend(overlapping(matches, lo, hi))
        if len(lists) > 1:
            found.sort(key=_position)
        return found

    def any_near(self, lo: int, hi: int, *lists: str) -> bool:
        """True when a match of the named lists overlaps folded ``[lo, hi)``.

        Unlike :meth:`near` it stops at the first, so asking about a whole sentence or comment
        for each of many matches costs no more than a bisection each.
        """
        words = self.words
        return any(
            next(overlapping(words[name], lo, hi), None) is not None
            for name in lists
            if name in words
        )

    def has(self, *lists: str) -> bool:
        """True when any of the named word lists matched."""
        words = self.words
        if len(lists) == 1:
            return lists[0] in words
        return any(name in words for name in lists)

    def match_spans(self, matches: Iterable[Match[str]]) -> tuple[Span, ...]:
        """Original-text spans of word matches."""
        return tuple(self.span(m.start, m.end) for m in matches)


def _position(match: Match[str]) -> tuple[int, int]:
    return match.start, match.end


Detector = Callable[[Context], Iterable[Evidence]]
"""A rule's detector: reads a context, yields evidence (nothing when the rule does not apply)."""


# --- triggers: when a detector can fire at all -------------------------------------------------

# Any character number_form reads as an ASCII digit, any Unicode decimal digit (\d), and 十,
# which street addresses use as a digit (十四番地).
_DIGIT: Final = re.compile(char_class(["十", *DIGIT_SOURCES], decimal=True))

OPENING_BRACKETS: Final = frozenset("【[［〔(（")
"""Brackets that open a heading tag such as 【北見市】 (the ``opening_bracket`` signal)."""
_LATIN: Final = re.compile("[a-z]")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_LATIN,)


def _has_digit(ctx: Context) -> bool:
    return _DIGIT.search(ctx.text) is not None


def _has_latin(ctx: Context) -> bool:
    return _LATIN.search(ctx.folded) is not None


def _has_at(ctx: Context) -> bool:
    return "@" in ctx.folded


def _has_hash(ctx: Context) -> bool:
    return "#" in ctx.folded


def _opens_with_bracket(ctx: Context) -> bool:
    return ctx.text.lstrip()[:1] in OPENING_BRACKETS


def _has_author(ctx: Context) -> bool:
    author = ctx.comment.author
    return author is not None and bool(author.name or author.handle)


def _has_post(ctx: Context) -> bool:
    return ctx.post is not None


def _has_previous(ctx: Context) -> bool:
    return bool(ctx.previous.flooding)


def _always(ctx: Context) -> bool:
    return True


SIGNALS: Final[Mapping[str, Callable[[Context], bool]]] = MappingProxyType(
    {
        "always": _always,
        "digit": _has_digit,
        "latin": _has_latin,
        "at": _has_at,
        "hash": _has_hash,
        "opening_bracket": _opens_with_bracket,
        "author": _has_author,
        "post": _has_post,
        "previous": _has_previous,
    }
)
"""What a comment may show, by name, for :class:`Trigger`.

- ``digit``: a character :func:`~kitami_policy._number_form.number_form` reads as a digit, any
  Unicode decimal digit, or 十;
- ``latin``: a Latin letter in the folded text (full-width and look-alike letters included);
- ``at`` and ``hash``: ``@`` or ``#`` in the folded text (＠ and ＃ included);
- ``opening_bracket``: the text opens (after spaces) with one of :data:`OPENING_BRACKETS`;
- ``author``: the comment has an author with a name or handle;
- ``post``: the post is known;
- ``previous``: the stream found this comment to repeat earlier ones (flooding, CLAUSES.md's
  stream rule);
- ``always``: every comment.
"""


def _signal_names(inst: object, attribute: attrs.Attribute[frozenset[str]], value: object) -> None:
    unknown = sorted(set(value) - set(SIGNALS)) if isinstance(value, frozenset) else None
    if unknown is None or unknown:
        raise ValueError(
            f"{attribute.name} must be a frozenset of signal names from {sorted(SIGNALS)}, "
            f"got unknown {unknown if unknown else value!r}"
        )


def _names(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise TypeError(f"expected a collection of names, got the string {value!r}")
    return frozenset(value)


@attrs.frozen
class Trigger:
    """When a detector can fire at all: a promise that lets the engine skip it.

    The engine runs a detector only on comments where one of its word lists matched or one of
    its signals (:data:`SIGNALS`) is present. A trigger must be a necessary condition of the
    detector yielding anything: a test runs every corpus comment through an engine that skips
    nothing and checks that the decisions are the same.

    Attributes:
        words: word lists, any of whose matches may lead the detector to fire.
        signals: signal names, any of which may lead the detector to fire.
    """

    words: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    signals: frozenset[str] = attrs.field(
        default=frozenset(), converter=_names, validator=_signal_names
    )

    @words.validator
    def _check_words(self, attribute: attrs.Attribute[frozenset[str]], value: object) -> None:
        if not self.signals and not value:
            raise ValueError(
                "a trigger with neither words nor signals would never run its detector; "
                "give signals={'always'} for a detector that must run on every comment"
            )


ALWAYS: Final = Trigger(signals={"always"})
"""The trigger of a detector that runs on every comment."""
