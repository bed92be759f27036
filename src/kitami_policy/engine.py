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
from kitami_policy._evidence import (
    MAX_FINDINGS,
    MAX_SPANS_PER_RULE,
    Found,
    Kept,
    cap_findings,
    excerpt_of,
    mask_values,
    with_omitted,
)
from kitami_policy._normalize import fold
from kitami_policy._phrases import Phrases
from kitami_policy._wordlist import load_wordlist
from kitami_policy.accounts import Platform
from kitami_policy.clauses import Action
from kitami_policy.content import Comment, Post
from kitami_policy.errors import PolicyNotInForceError, ValidationError
from kitami_policy.findings import (
    Decision,
    Finding,
    span_key,
    unchecked_decision,
    unchecked_finding,
)
from kitami_policy.jst import JST, to_jst
from kitami_policy.moderation import (
    ModerationRules,
    allowed_on,
    load_moderation_rules,
    plan_actions,
    resolve_meetings,
)
from kitami_policy.policy import KITAMI, Policy
from kitami_policy.rules import Rule, allowed_lists, latin_lists, shield_scopes, word_lists
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
from kitami_policy.ruleset import RuleSet
from kitami_policy.stream import NO_PREVIOUS, Previous, Stream

__all__ = ["MAX_FINDINGS", "MAX_SPANS_PER_RULE", "NG_WORDS", "Engine"]

_KEEP: Final = (Action.KEEP,)


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

    Build it with :meth:`default` (Kitami, bundled rules) or :meth:`build` (any policy, any
    rules: see :class:`~kitami_policy.ruleset.RuleSet` to add a rule of one's own or drop a
    bundled one).

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
    phrases: Phrases = attrs.field(factory=lambda: Phrases({}))
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
        policy: Policy | None = None,
        *,
        rules: RuleSet | Iterable[Rule] | None = None,
        ng_words: Iterable[str] = (),
        extra_words: Mapping[str, Iterable[str]] | None = None,
    ) -> Engine:
        """Build an engine for *policy* running *rules*.

        Args:
            policy: the policy the decisions cite; Kitami's when ``None``.
            rules: the rules to run: a :class:`~kitami_policy.ruleset.RuleSet` (the bundled
                rules with a user's own added or some dropped, and the word lists the added
                rules read) or any sequence of :class:`~kitami_policy.rules.Rule`; the
                bundled rules when ``None``.
            ng_words: the operator's NG words, matched after normalisation (4-9).
            extra_words: more terms for word lists, bundled or the rule set's own, by list
                name (``{"defamation_insults": ["..."]}``).

        Raises:
            ValidationError: an NG word is empty, *extra_words* names an unknown list, or
                *rules* is not a valid rule set (see :class:`~kitami_policy.ruleset.RuleSet`).
        """
        policy = KITAMI if policy is None else policy
        if rules is None:
            ruleset = RuleSet.bundled()
        else:
            ruleset = rules if isinstance(rules, RuleSet) else RuleSet(rules)
        ng = _words(ng_words)
        own = ruleset.word_lists
        names = (*word_lists(), *own)
        extra = dict(extra_words or {})
        unknown = sorted(set(extra) - set(names))
        if unknown:
            raise ValidationError(
                f"extra_words names unknown word list(s) {unknown}; the lists are {sorted(names)}"
            )
        entries: list[tuple[str, str]] = []
        for name in names:
            terms = (own[name] if name in own else load_wordlist(name)) + _words(
                extra.get(name, ())
            )
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
        # Latin terms of the lists English detectors read (the bundled families' and a rule
        # set's own) are matched again word by word on the original text (_phrases.py).
        latin = {*latin_lists(), *own}
        phrases = Phrases.build((term, name) for term, name in entries if name in latin)
        return cls(
            policy=policy,
            rules=ruleset.rules,
            moderation=load_moderation_rules(),
            automaton=automaton,
            ng_words=ng,
            shields=scopes,
            phrases=phrases,
        )

    def assess(self, comment: Comment, post: Post | None = None) -> Decision:
        """Judge one comment on its own (no author history).

        Args:
            comment: the comment.
            post: the post it answers; defaults to ``comment.post``.

        Raises:
            ValidationError: *comment* is not a :class:`Comment`, or *post* not a :class:`Post`
                (a platform name is not one: see :meth:`Policy.account_for`).
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
        given: object = post  # the annotation is a promise callers do not always keep
        if given is not None and not isinstance(given, Post):
            from kitami_policy._redact import sketch

            raise ValidationError(
                f"post must be a Post or None, got {sketch(given)}; a platform name is not "
                "one: build one with Post(id='p1', account=engine.policy.account_for('facebook'))"
            )
        post = post if post is not None else comment.post
        created = comment.created_at
        if created is not None and created.timestamp() < self._effective_ts:
            raise PolicyNotInForceError(
                f"comment {comment.id!r} was written on {to_jst(created).date().isoformat()}, "
                f"before {self.policy.id} took effect on {self.policy.effective_from.isoformat()}"
            )
        ctx = self._context(comment, post, previous, folded)
        found = Found(len(ctx.text))
        detectors = self._detectors
        chosen = self._gate.mask(ctx)
        while chosen:
            lowest = chosen & -chosen
            chosen ^= lowest
            spec, detect, levels = detectors[lowest.bit_length() - 1]
            found.collect(spec, levels, detect(ctx))
        if not found.kept:
            # A clean comment: what plan_actions gives for no findings, without the plan.
            decision = unchecked_decision(comment.id, (), _KEEP, False, self.policy.version, (), ())
            return decision, ctx.folded
        findings = [self._finding(ctx, item, found) for item in found.kept]
        findings.sort(key=lambda f: (f.spans[0].start, f.spans[0].end, f.clause))
        findings = with_omitted(findings, found.omitted, found.beyond)
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
        decision = unchecked_decision(
            comment.id,
            # The plan saw every kept finding; the decision shows at most MAX_FINDINGS of them.
            cap_findings(resolved),
            plan.actions,
            plan.needs_review,
            self.policy.version,
            plan.legal_basis,
            plan.trace,
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
            phrases=self.phrases,
        )

    def _finding(self, ctx: Context, item: Kept, found: Found) -> Finding:
        spec, evidence, confidence = item
        if evidence.source == "text":
            excerpt = excerpt_of(ctx.text, evidence, found.marks)
            personal = evidence.personal
        else:
            # A display name or handle is masked like text: the phone numbers and e-mail
            # addresses in it are masked whatever the rest of the name is evidence of.
            value = ctx.author_name if evidence.source == "author_name" else ctx.author_handle
            values = personal_values(value)
            excerpt = excerpt_of(mask_values(value, values), evidence, None)
            personal = tuple(sorted((span for span, _ in values), key=span_key))
        if type(evidence) is not Evidence or not 0.0 <= confidence <= 1.0:
            # What a rule of one's own yields, or a level of its own, is checked in full.
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
        return unchecked_finding(
            spec.clause,
            spec.id,
            evidence.spans,
            excerpt,
            spec.rationale_ja,
            spec.rationale_en,
            confidence,
            evidence.source,
            evidence.mask,
            personal,
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
