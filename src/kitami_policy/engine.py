"""The rule engine: every comment mapped to clauses 4-1 to 4-9, with evidence and actions.

An :class:`Engine` is built once from a policy, the bundled rules and their word lists (all
compiled into one Aho-Corasick automaton, whose cost does not grow with the number of terms),
plus the operator's NG words. It is immutable and picklable, so it can be shipped to worker
processes. ``assess`` judges one comment on its own; a :class:`Stream` remembers authors, for
flooding (4-7) and escalation, and ``assess_many`` runs a fresh stream over an iterable, lazily,
one decision per comment, in order.

For one comment: fold the text and read its number form; run the automaton once; run every
rule's detector on the shared context; turn evidence into findings (spans into the original
text, masked excerpts, rationales from the rule's data); apply "where clauses meet"; plan the
actions (:mod:`kitami_policy.moderation`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, time
from typing import Final

import attrs

from kitami_policy._automaton import Automaton, Match
from kitami_policy._normalize import fold
from kitami_policy._wordlist import load_wordlist
from kitami_policy.accounts import Platform
from kitami_policy.clauses import Action
from kitami_policy.content import Comment, Post
from kitami_policy.errors import PolicyNotInForceError, ValidationError
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.jst import JST, to_jst
from kitami_policy.masking import (
    DIGITS,
    digit_positions,
    is_digit,
    mask_digits,
    mask_email,
    mask_text,
)
from kitami_policy.moderation import (
    ModerationRules,
    allowed_on,
    load_moderation_rules,
    plan_actions,
    resolve_meetings,
)
from kitami_policy.policy import KITAMI, Policy
from kitami_policy.rules import Rule, allowed_lists, bundled_rules, shield_scopes, word_lists
from kitami_policy.rules.base import (
    LONGEST_TERM,
    NG_WORDS,
    SIGNALS,
    Context,
    Detector,
    Evidence,
    RuleSpec,
    Trigger,
)
from kitami_policy.rules.personal_info import personal_values
from kitami_policy.stream import NO_PREVIOUS, Previous, Stream

__all__ = ["MAX_FINDINGS", "MAX_SPANS_PER_RULE", "NG_WORDS", "Engine", "Stream"]

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


def _words(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValidationError(f"expected a sequence of words, got the string {value!r}")
    words = tuple(value)
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise ValidationError(f"every NG word must be a non-empty string, got {word!r}")
    return words


@attrs.frozen(eq=False, repr=False)
class Engine:
    """An immutable, picklable rule engine for one policy.

    Build it with :meth:`default` (Kitami, bundled rules) or :meth:`build`.

    Attributes:
        policy: the policy whose clauses the findings cite.
        rules: the rules, in clause order.
        moderation: the action table.
        automaton: every word list (and the NG words) compiled into one matcher.
        ng_words: the operator's NG words (4-9), as given.
        shields: for each word list, the allowed-word lists that keep its traps clean.
    """

    policy: Policy
    rules: tuple[Rule, ...]
    moderation: ModerationRules
    automaton: Automaton[str]
    ng_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    shields: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    _specs: Mapping[str, RuleSpec] = attrs.field(init=False)
    _detectors: tuple[tuple[RuleSpec, Detector, Mapping[str, float]], ...] = attrs.field(init=False)
    _gate: _Gate = attrs.field(init=False)
    _effective_ts: float = attrs.field(init=False)
    _allowed_names: frozenset[str] = attrs.field(init=False)
    _allowed_actions: Mapping[Platform | None, frozenset[Action]] = attrs.field(init=False)

    @_specs.default
    def _index_specs(self) -> Mapping[str, RuleSpec]:
        return {rule.spec.id: rule.spec for rule in self.rules}

    @_detectors.default
    def _pair_detectors(self) -> tuple[tuple[RuleSpec, Detector, Mapping[str, float]], ...]:
        return tuple((rule.spec, rule.detect, dict(rule.levels)) for rule in self.rules)

    @_gate.default
    def _index_triggers(self) -> _Gate:
        return _Gate.index([rule.trigger for rule in self.rules])

    @_allowed_actions.default
    def _actions_by_platform(self) -> Mapping[Platform | None, frozenset[Action]]:
        platforms = [None, *(entry.platform for entry in self.policy.platform_actions)]
        return {platform: allowed_on(self.policy, platform) for platform in platforms}

    @_allowed_names.default
    def _collect_allowed(self) -> frozenset[str]:
        return frozenset().union(*self.shields.values())

    @_effective_ts.default
    def _effective_instant(self) -> float:
        # The policy takes effect at midnight JST of its effective date; comparing POSIX
        # timestamps avoids a time-zone conversion per comment.
        start = datetime.combine(self.policy.effective_from, time(0), tzinfo=JST)
        return start.timestamp()

    def __repr__(self) -> str:
        return (
            f"Engine(policy={self.policy.version!r}, rules={len(self.rules)}, "
            f"ng_words={len(self.ng_words)})"
        )

    @classmethod
    def default(
        cls,
        *,
        ng_words: Iterable[str] = (),
        extra_words: Mapping[str, Iterable[str]] | None = None,
    ) -> Engine:
        """Kitami's engine: the Kitami policy with the bundled rules and word lists."""
        return cls.build(KITAMI, ng_words=ng_words, extra_words=extra_words)

    @classmethod
    def build(
        cls,
        policy: Policy,
        *,
        ng_words: Iterable[str] = (),
        extra_words: Mapping[str, Iterable[str]] | None = None,
    ) -> Engine:
        """Build an engine for *policy*.

        Args:
            policy: the policy the decisions cite.
            ng_words: the operator's NG words, matched after normalisation (4-9).
            extra_words: more terms for bundled word lists, by list name
                (``{"insults": ["..."]}``).

        Raises:
            ValidationError: an NG word is empty, or *extra_words* names an unknown list.
        """
        ng = _words(ng_words)
        names = word_lists()
        extra = dict(extra_words or {})
        unknown = sorted(set(extra) - set(names))
        if unknown:
            raise ValidationError(
                f"extra_words names unknown word list(s) {unknown}; the lists are {sorted(names)}"
            )
        entries: list[tuple[str, str]] = []
        for name in names:
            terms = load_wordlist(name) + _words(extra.get(name, ()))
            entries.extend((term, name) for term in terms)
        entries.extend((term, NG_WORDS) for term in ng)
        too_long = sorted(t for t, _ in entries if len(fold(t)) > LONGEST_TERM)
        if too_long:
            raise ValidationError(
                f"word-list terms longer than {LONGEST_TERM} characters are not supported: "
                f"{too_long[:3]}; split them into shorter terms"
            )
        allowed = [(term, name) for name in allowed_lists() for term in load_wordlist(name)]
        # An allowed word that folds to a term it shields would silently switch that term off.
        # It shields only the lists of the families that declare it (shield_scopes), so a word
        # another family happens to list (カップル, a 4-1 guard word, allowed by 4-8) is fine.
        scopes = shield_scopes()
        shielded: dict[str, set[str]] = {}
        for term, name in allowed:
            shielded.setdefault(name, set()).add(fold(term))
        clash = sorted(
            {
                fold(term)
                for term, name in entries
                for scope in scopes.get(name, ())
                if fold(term) in shielded.get(scope, ())
            }
        )
        if clash:
            raise ValidationError(
                f"allowed words fold to reported terms {clash[:10]}: an allowed word must be "
                "longer than the term it shields; remove it from the allowed list"
            )
        # Allowed words are matched like any term and applied per family in _context, so one
        # family's allowed word never silences another family's term.
        automaton = Automaton.build([*entries, *allowed])
        return cls(
            policy=policy,
            rules=bundled_rules(),
            moderation=load_moderation_rules(),
            automaton=automaton,
            ng_words=ng,
            shields=scopes,
        )

    def assess(self, comment: Comment, post: Post | None = None) -> Decision:
        """Judge one comment on its own (no author history).

        Args:
            comment: the comment.
            post: the post it answers; defaults to ``comment.post``.

        Raises:
            ValidationError: *comment* is not a :class:`Comment`.
            PolicyNotInForceError: the comment predates the policy.
        """
        return self._assess(comment, post, previous=NO_PREVIOUS, violations=0, clauses=frozenset())[
            0
        ]

    def stream(self) -> Stream:
        """A new stream that remembers authors and posts across the comments it assesses
        (:mod:`kitami_policy.stream`)."""
        return Stream(self)

    def assess_many(self, comments: Iterable[Comment]) -> Iterator[Decision]:
        """Judge *comments* as one stream, lazily: one decision per comment, in order."""
        stream = self.stream()
        for comment in comments:
            yield stream.assess(comment)

    def _assess(
        self,
        comment: Comment,
        post: Post | None,
        *,
        previous: Previous,
        violations: int,
        clauses: frozenset[str],
        folded: str | None = None,
    ) -> tuple[Decision, str]:
        """The decision on *comment*, and its folded text (*folded* when the caller has it)."""
        if not isinstance(comment, Comment):
            raise ValidationError(f"expected a Comment, got {type(comment).__name__}")
        post = post if post is not None else comment.post
        created = comment.created_at
        if created is not None and created.timestamp() < self._effective_ts:
            raise PolicyNotInForceError(
                f"comment {comment.id!r} was written on {to_jst(created).date().isoformat()}, "
                f"before {self.policy.id} took effect on {self.policy.effective_from.isoformat()}"
            )
        ctx = self._context(comment, post, previous, folded)
        found = _Found(len(ctx.text))
        detectors = self._detectors
        chosen = self._gate.mask(ctx)
        while chosen:
            lowest = chosen & -chosen
            chosen ^= lowest
            spec, detect, levels = detectors[lowest.bit_length() - 1]
            found.collect(spec, levels, detect(ctx))
        findings = [self._finding(ctx, item, found) for item in found.kept] if found.kept else []
        findings.sort(key=lambda f: (f.spans[0].start, f.spans[0].end, f.clause))
        findings = _with_omitted(findings, found.omitted, found.beyond)
        resolved = resolve_meetings(findings, self.moderation)
        platform = post.account.platform if post is not None else None
        plan = plan_actions(
            resolved,
            specs=self._specs,
            rules=self.moderation,
            policy=self.policy,
            platform=platform,
            prior_violations=violations,
            prior_clauses=clauses,
            allowed=self._allowed_actions.get(platform),
        )
        decision = Decision(
            comment_id=comment.id,
            # The plan saw every kept finding; the decision shows at most MAX_FINDINGS of them.
            findings=_cap_findings(resolved),
            actions=plan.actions,
            needs_review=plan.needs_review,
            policy_version=self.policy.version,
            legal_basis=plan.legal_basis,
            trace=plan.trace,
        )
        return decision, ctx.folded

    def _context(
        self,
        comment: Comment,
        post: Post | None,
        previous: Previous = NO_PREVIOUS,
        folded: str | None = None,
    ) -> Context:
        text = comment.text
        if folded is None:
            folded = fold(text)
        words = self.automaton.find_by_payload(folded)
        if not self._allowed_names.isdisjoint(words):
            _apply_shields(words, self._allowed_names, self.shields)
        return Context(
            comment=comment,
            text=text,
            folded=folded,
            words=words,
            post=post,
            policy=self.policy,
            previous=previous,
        )

    def _finding(self, ctx: Context, item: _Kept, found: _Found) -> Finding:
        spec, evidence, confidence = item
        if evidence.source == "text":
            excerpt = _excerpt(ctx.text, evidence, found.marks)
            personal = evidence.personal
        else:
            # A display name or handle is masked like text: the phone numbers and e-mail
            # addresses in it are masked whatever the rest of the name is evidence of.
            value = ctx.author_name if evidence.source == "author_name" else ctx.author_handle
            values = personal_values(value)
            excerpt = _excerpt(_mask_values(value, values), evidence, None)
            personal = tuple(span for span, _ in values)
        return Finding(
            clause=spec.clause,
            rule=spec.id,
            spans=evidence.spans,
            excerpt=excerpt,
            rationale_ja=spec.rationale_ja,
            rationale_en=spec.rationale_en,
            confidence=confidence,
            source=evidence.source,
            mask=evidence.mask,
            personal=personal,
        )


@attrs.frozen
class _Gate:
    """Which detectors a comment can set off, from the rules' triggers (``rules.base.Trigger``).

    Skipping a detector whose word lists did not match and whose signals are absent changes no
    decision (the trigger is a necessary condition) and saves most of the detector calls. Sets
    of rules are bit masks (bit i is rule i): a comment's selection is a few integer ORs.
    """

    always: int
    by_list: Mapping[str, int]
    by_signal: tuple[tuple[Callable[[Context], bool], int], ...]

    @classmethod
    def index(cls, triggers: Iterable[Trigger]) -> _Gate:
        by_list: dict[str, int] = {}
        by_signal: dict[str, int] = {}
        for i, trigger in enumerate(triggers):
            for name in trigger.words:
                by_list[name] = by_list.get(name, 0) | 1 << i
            for signal in trigger.signals:
                by_signal[signal] = by_signal.get(signal, 0) | 1 << i
        always = by_signal.pop("always", 0)
        return cls(
            always=always,
            by_list={name: rules & ~always for name, rules in by_list.items() if rules & ~always},
            # Signals in SIGNALS order, so that the selection never depends on set order.
            by_signal=tuple(
                (SIGNALS[name], by_signal[name] & ~always)
                for name in SIGNALS
                if by_signal.get(name, 0) & ~always
            ),
        )

    def mask(self, ctx: Context) -> int:
        """The detectors to run on *ctx*, as a bit mask."""
        chosen = self.always
        by_list = self.by_list
        for name in ctx.words:
            chosen |= by_list.get(name, 0)
        for present, rules in self.by_signal:
            if rules & ~chosen and present(ctx):
                chosen |= rules
        return chosen

    def select(self, ctx: Context) -> list[int]:
        """The indices of the detectors to run on *ctx*, in rule order."""
        chosen = self.mask(ctx)
        return [i for i in range(chosen.bit_length()) if chosen >> i & 1]


_Kept = tuple[RuleSpec, Evidence, float]
"""A piece of evidence the engine keeps, with its rule and its confidence."""


class _Found:
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
        self.kept: list[_Kept] = []
        self.marks: bytearray | None = None
        self.omitted: dict[str, int] = {}
        self.beyond: dict[str, tuple[int, int]] = {}

    def collect(
        self, spec: RuleSpec, levels: Mapping[str, float], evidence: Iterable[Evidence]
    ) -> None:
        """Keep what *spec*'s detector yielded, within the cap."""
        shown = 0
        omitted = 0
        seen: set[float] = set()
        lo, hi = -1, -1  # the reach of the personal spans not kept
        kept = self.kept
        for item in evidence:
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


_ONE_RUN: Final = 256
_ONES: Final = b"\x01" * _ONE_RUN


def _with_omitted(
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


def _cap_findings(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
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
    return tuple(_with_omitted(shown, omitted, beyond))


def _excerpt(text: str, evidence: Evidence, marks: bytearray | None) -> str:
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
        chars[span.start - start : stop - start] = masked
        for pos in range(span.start - start, stop - start):
            inside[pos] = max(inside[pos], how)
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
    excerpt = ("…" if start > 0 else "") + "".join(chars) + ("…" if end < len(text) else "")
    return excerpt if len(excerpt) <= _EXCERPT_MAX else excerpt[: _EXCERPT_MAX - 1] + "…"


def _mask_values(value: str, values: Iterable[tuple[Span, str]]) -> str:
    """*value* with each of *values* masked as it says (same length, so spans still hold)."""
    chars = list(value)
    for span, how in values:
        chars[span.start : span.end] = _mask(value[span.start : span.end], how)
    return "".join(chars)


def _apply_shields(
    words: dict[str, list[Match[str]]],
    allowed_names: frozenset[str],
    shields: Mapping[str, frozenset[str]],
) -> None:
    """Drop, list by list, the matches lying inside an allowed word of that list's families."""
    spans = {name: words.pop(name) for name in allowed_names.intersection(words)}
    for name in list(words):
        scope = shields.get(name)
        if not scope or scope.isdisjoint(spans):
            continue
        covering = sorted((m.start, m.end) for a in scope if a in spans for m in spans[a])
        starts = [start for start, _ in covering]
        reach = list(itertools.accumulate((end for _, end in covering), max))
        kept = [
            m
            for m in words[name]
            if (i := bisect.bisect_right(starts, m.start) - 1) < 0 or reach[i] < m.end
        ]
        if kept:
            words[name] = kept
        else:
            del words[name]


def _mask(value: str, how: str) -> str:
    if how == "digits":
        return mask_digits(value)
    if how == "email":
        return mask_email(value)
    if how == "text":
        return mask_text(value)
    return value
