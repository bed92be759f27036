"""From a rule's evidence to findings: what one rule keeps, and excerpts that mask.

Issue 10 asks that a comment of any size cost time linear in its size and produce bounded
output. Each rule keeps the first :data:`MAX_SPANS_PER_RULE` spans of its evidence and counts
the rest (:attr:`Finding.omitted <kitami_policy.Finding.omitted>`); a decision shows at most
:data:`MAX_FINDINGS` findings, each rule that fired keeping one. Neither cap changes what is
decided: evidence whose confidence is not yet kept is kept beyond the cap, and the plan of
actions sees every kept finding.

Excerpts are built from a window of the text around the evidence, whatever the text's length:
the characters any evidence holds as personal are marked once per comment (:class:`Found`), so
that an excerpt never walks the other findings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from kitami_policy.findings import Finding, Span
from kitami_policy.masking import (
    DIGITS,
    digit_positions,
    is_digit,
    mask_digits,
    mask_email,
    mask_text,
)
from kitami_policy.rules.base import Evidence, RuleSpec

__all__ = [
    "MAX_FINDINGS",
    "MAX_SPANS_PER_RULE",
    "Found",
    "cap_findings",
    "excerpt_of",
    "mask_values",
    "with_omitted",
]

_EXCERPT_CONTEXT: Final = 8
_EXCERPT_MAX: Final = 80
# How far a letter O's reading as a zero looks for the digits around it.
_DIGIT_REACH: Final = 4

MAX_SPANS_PER_RULE: Final = 20
"""How many evidence spans one rule keeps per comment; the rest are counted
(:attr:`Finding.omitted <kitami_policy.Finding.omitted>`). A bound on output, not policy: it
never changes a decision's clauses, rules, actions or review flag."""

MAX_FINDINGS: Final = 50
"""How many findings one decision shows at most: each rule that fired keeps one, the rest are
counted on the rule's last finding shown. A bound on output, not policy, like
:data:`MAX_SPANS_PER_RULE`."""


Kept = tuple[RuleSpec, Evidence, float]
"""A piece of evidence the engine keeps, with its rule and its confidence."""


class Found:
    """What the detectors found in one comment, kept rule by rule up to the cap.

    Each rule keeps the first :data:`MAX_SPANS_PER_RULE` spans of its evidence and counts the
    rest (``omitted``). Beyond the cap, a piece of evidence is kept only when its confidence
    differs from every kept one of its rule, so that the cap never changes whether a person
    reviews the comment (a handful of levels at most). ``marks`` flags every character of the
    text that any evidence, kept or not, holds as personal data: excerpts mask them wherever
    they show, and ``beyond`` covers the personal spans of the evidence not kept.
    """

    __slots__ = ("_size", "beyond", "kept", "marks", "omitted")

    def __init__(self, size: int) -> None:
        self._size = size
        self.kept: list[Kept] = []
        self.marks: bytearray | None = None
        self.omitted: dict[str, int] = {}
        self.beyond: dict[str, tuple[int, int]] = {}

    def collect(
        self, spec: RuleSpec, levels: Mapping[str, float], evidence: Iterable[Evidence]
    ) -> None:
        """Keep what *spec*'s detector yielded, within the cap."""
        items = iter(evidence)
        first = next(items, _NONE_YIELDED)
        if first is _NONE_YIELDED:
            return  # most detectors that run find nothing: no bookkeeping for them
        shown = 0
        omitted = 0
        seen: set[float] = set()
        lo, hi = -1, -1  # the reach of the personal spans not kept
        kept = self.kept
        for item in itertools.chain((first,), items):
            text = item.source == "text"
            personal = item.personal
            if text and personal:
                self._mark(personal)
            confidence = spec.confidence if item.level is None else levels[item.level]
            room = MAX_SPANS_PER_RULE - shown
            if room <= 0:
                if confidence in seen:
                    # Past the cap: counted, and its personal data covered, not kept.
                    omitted += len(item.spans)
                    if text and personal:
                        start, end = personal[0].start, max(span.end for span in personal)
                        lo = start if lo < 0 else min(lo, start)
                        hi = max(hi, end)
                    continue
                room = 1
            if len(item.spans) > room or len(personal) > MAX_SPANS_PER_RULE:
                omitted += max(0, len(item.spans) - room)
                rest = personal[MAX_SPANS_PER_RULE:]
                if text and rest:
                    start, end = rest[0].start, max(span.end for span in rest)
                    lo = start if lo < 0 else min(lo, start)
                    hi = max(hi, end)
                item = attrs.evolve(
                    item, spans=item.spans[:room], personal=personal[:MAX_SPANS_PER_RULE]
                )
            kept.append((spec, item, confidence))
            seen.add(confidence)
            shown += len(item.spans)
        if omitted:
            self.omitted[spec.id] = omitted
        if lo >= 0:
            self.beyond[spec.id] = (lo, hi)

    def _mark(self, spans: tuple[Span, ...]) -> None:
        if self.marks is None:
            self.marks = bytearray(self._size)
        marks = self.marks
        for span in spans:
            start, end = span.start, span.end
            marks[start:end] = (
                _ONES[: end - start] if end - start <= _ONE_RUN else b"\x01" * (end - start)
            )


# What no detector yields: it tells an empty detector from one that found something.
_NONE_YIELDED: Final = Evidence(spans=(Span(0, 1),))
_ONE_RUN: Final = 256
_ONES: Final = b"\x01" * _ONE_RUN
_MASKED: Final = b"\x02"


def with_omitted(
    findings: list[Finding], omitted: Mapping[str, int], beyond: Mapping[str, tuple[int, int]]
) -> list[Finding]:
    """*findings* with each capped rule's count of omitted spans on its last finding, whose
    personal spans also cover the personal data of the evidence not kept."""
    if not omitted and not beyond:
        return findings
    last = {f.rule: i for i, f in enumerate(findings)}
    for rule, i in last.items():
        count, reach = omitted.get(rule, 0), beyond.get(rule)
        if count or reach:
            findings[i] = _add_omitted(findings[i], count, reach)
    return findings


def _add_omitted(finding: Finding, count: int, reach: tuple[int, int] | None) -> Finding:
    personal = finding.personal
    if reach is not None and finding.source == "text":
        personal = (*personal, Span(*reach))
    return attrs.evolve(finding, omitted=finding.omitted + count, personal=personal)


def cap_findings(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """At most :data:`MAX_FINDINGS` findings: each rule's first, then the rest in text order.

    Every rule that fired keeps a finding, so the clauses and rules a decision names never
    change; what is left out is counted on the rule's last finding shown (``omitted``).
    """
    if len(findings) <= MAX_FINDINGS:
        return findings
    keep = set({f.rule: i for i, f in reversed(list(enumerate(findings)))}.values())
    for i in range(len(findings)):
        if len(keep) >= MAX_FINDINGS:
            break
        keep.add(i)
    omitted: dict[str, int] = {}
    beyond: dict[str, tuple[int, int]] = {}
    for i, f in enumerate(findings):
        if i in keep:
            continue
        omitted[f.rule] = omitted.get(f.rule, 0) + len(f.spans) + f.omitted
        if f.personal and f.source == "text":
            lo, hi = f.personal[0].start, max(span.end for span in f.personal)
            if f.rule in beyond:
                lo, hi = min(lo, beyond[f.rule][0]), max(hi, beyond[f.rule][1])
            beyond[f.rule] = (lo, hi)
    shown = [f for i, f in enumerate(findings) if i in keep]
    return tuple(with_omitted(shown, omitted, beyond))


def excerpt_of(text: str, evidence: Evidence, marks: bytearray | None) -> str:
    """The evidence with a little context, with nothing personal shown in clear.

    The evidence itself is masked as it says. Around it, any character some evidence holds as
    personal (*marks*) is masked, and every digit of the context is masked too — anything a
    number reader takes for a digit (kanji digits, ○, a letter O among digits): a number next
    to an insult may be a phone number no rule recognised. The work is bounded by the window,
    whatever the length of *text*.
    """
    first, last = evidence.spans[0].start, evidence.spans[-1].end
    start = max(0, first - _EXCERPT_CONTEXT)
    # The excerpt is cut at _EXCERPT_MAX anyway: never build more than that of a long span.
    end = min(len(text), last + _EXCERPT_CONTEXT, start + _EXCERPT_MAX + _EXCERPT_CONTEXT)
    shown = text[start:end]
    # Most findings show their evidence as written with nothing around it to mask: the window
    # as it is, without the character-by-character pass.
    if (
        evidence.mask != "none"
        or (marks is not None and marks.find(1, start, end) >= 0)
        or DIGITS.search(text, start, end) is not None
        or "O" in shown
    ):
        shown = _masked_window(text, evidence, marks, start, end)
    excerpt = ("…" if start > 0 else "") + shown + ("…" if end < len(text) else "")
    return excerpt if len(excerpt) <= _EXCERPT_MAX else excerpt[: _EXCERPT_MAX - 1] + "…"


def _masked_window(
    text: str, evidence: Evidence, marks: bytearray | None, start: int, end: int
) -> str:
    """``text[start:end]`` with the evidence masked as it says, and around it the personal
    characters (*marks*) and every digit."""
    chars = list(text[start:end])
    # 1: evidence shown as written; 2: evidence masked by its own masking.
    inside = bytearray(end - start)
    how = 1 if evidence.mask == "none" else 2
    for span in evidence.spans:
        if span.start >= end:
            break
        stop = min(span.end, end)
        if span.end <= end:
            masked = _mask(text[span.start : span.end], evidence.mask)
        else:
            # Only the part in the window is shown; a cut value is masked whole.
            part = text[span.start : end]
            masked = part if evidence.mask == "none" else _mask(part, "text")
        if len(masked) != stop - span.start:
            masked = "*" * (stop - span.start)
        lo, hi = span.start - start, stop - start
        chars[lo:hi] = masked
        # Each position keeps the stronger of the two marks: slices keep this off a loop.
        inside[lo:hi] = _MASKED * (hi - lo) if how == 2 else inside[lo:hi].replace(b"\x00", b"\x01")
    if marks is not None:
        window = marks[start:end]
        pos = window.find(1)
        while pos >= 0:
            if inside[pos] != 2 and not chars[pos].isspace():
                chars[pos] = "*"
            pos = window.find(1, pos + 1)
    for number in DIGITS.finditer(text, start, end):
        for pos in range(number.start() - start, number.end() - start):
            if not inside[pos] and is_digit(chars[pos]):
                chars[pos] = "*"
    if "O" in text[start:end]:
        # A letter O among digits is read as a zero (09O-…): masked like the digit it is.
        lo = max(0, start - _DIGIT_REACH)
        for pos in digit_positions(text[lo : min(len(text), end + _DIGIT_REACH)]):
            pos += lo - start
            if 0 <= pos < end - start and chars[pos] == "O" and not inside[pos]:
                chars[pos] = "*"
    return "".join(chars)


def mask_values(value: str, values: Iterable[tuple[Span, str]]) -> str:
    """*value* with each of *values* masked as it says (same length, so spans still hold)."""
    chars = list(value)
    for span, how in values:
        chars[span.start : span.end] = _mask(value[span.start : span.end], how)
    return "".join(chars)


def _mask(value: str, how: str) -> str:
    if how == "digits":
        return mask_digits(value)
    if how == "email":
        return mask_email(value)
    if how == "text":
        return mask_text(value)
    return value
