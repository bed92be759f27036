"""From findings to actions: sections 3(3) and 4 as docs/clauses.md reads them.

The table (``data/moderation.toml``): any finding hides the comment; clauses whose harm grows
while the comment stays up are deleted, as is any clause the author repeats; impersonation and
spam block the account, as does a third violating comment; findings whose rule names a legal
basis are reported to the police. Then two limits apply, in this order:

1. Weak evidence (a rule that always asks for review, or confidence below the threshold) marks
   the decision ``needs_review``, and what weak findings alone justify stops at ``hide``.
   Strong findings in the same comment keep their actions; the flag still asks a person to
   look at the weak part.
2. The platform: an action the comment's platform cannot carry out is never recommended. On X
   ``hide`` stands in for ``delete``. Without a known platform, only what every platform of the
   policy allows is recommended.

The city never writes to the author (section 3(2)): no action replies or messages.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Platform
from kitami_policy.clauses import Action, check_clause_code
from kitami_policy.convert import from_dict
from kitami_policy.errors import KitamiPolicyError, PolicyFileError
from kitami_policy.findings import Finding
from kitami_policy.policy import DATA_DIR, Policy
from kitami_policy.rules.base import RuleSpec

__all__ = [
    "ActionPlan",
    "ModerationRules",
    "allowed_on",
    "load_moderation_rules",
    "plan_actions",
    "resolve_meetings",
]


def _codes(value: Iterable[str]) -> frozenset[str]:
    return frozenset(check_clause_code(c) for c in v.to_tuple(value))


@attrs.frozen
class ModerationRules:
    """The action table of docs/clauses.md as data (see ``data/moderation.toml``)."""

    delete_clauses: frozenset[str] = attrs.field(converter=_codes)
    block_clauses: frozenset[str] = attrs.field(converter=_codes)
    block_after_violations: int = attrs.field(validator=attrs.validators.ge(1))
    review_below_confidence: float = attrs.field(validator=v.unit_interval)
    off_topic_kept_with: frozenset[str] = attrs.field(
        converter=v.to_frozenset, validator=v.instances_of(str)
    )


def load_moderation_rules(path: Path = DATA_DIR / "moderation.toml") -> ModerationRules:
    """Read the action table.

    Raises:
        PolicyFileError: the file is missing or malformed.
    """
    try:
        return from_dict(ModerationRules, tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, KitamiPolicyError) as exc:
        raise PolicyFileError(f"{path}: cannot read the action table: {exc}") from exc


@attrs.frozen
class ActionPlan:
    """The actions for one comment, whether a person should review, and why."""

    actions: tuple[Action, ...]
    needs_review: bool
    legal_basis: tuple[str, ...]
    trace: tuple[str, ...]


def resolve_meetings(findings: Iterable[Finding], rules: ModerationRules) -> tuple[Finding, ...]:
    """Apply docs/clauses.md "Where clauses meet" to a comment's findings.

    4-8 is for off-topic content that no other clause covers: when another clause applies, the
    4-8 findings go, except those of rules listed in ``off_topic_kept_with`` (a chain message).
    """
    found = tuple(findings)
    if any(f.clause != "4-8" for f in found):
        found = tuple(f for f in found if f.clause != "4-8" or f.rule in rules.off_topic_kept_with)
    return found


def plan_actions(
    findings: tuple[Finding, ...],
    *,
    specs: Mapping[str, RuleSpec],
    rules: ModerationRules,
    policy: Policy,
    platform: Platform | None,
    prior_violations: int = 0,
    prior_clauses: frozenset[str] = frozenset(),
    allowed: frozenset[Action] | None = None,
) -> ActionPlan:
    """Choose the actions for a comment's findings (see the module docstring for the order).

    Args:
        findings: the comment's findings, after :func:`resolve_meetings`.
        specs: rule facts by rule id (for police bases and review flags).
        rules: the action table.
        policy: the policy in force (for what each platform allows).
        platform: where the comment is, or ``None`` when unknown.
        prior_violations: the author's earlier violating comments in this stream.
        prior_clauses: the clauses of those comments.
        allowed: what *platform* allows, when the caller has it already
            (:func:`allowed_on`); worked out from *policy* when ``None``.
    """
    if not findings:
        return ActionPlan((Action.KEEP,), False, (), ())
    trace: list[str] = []
    weak: list[Finding] = []
    strong: list[Finding] = []
    for f in findings:
        (weak if _is_weak(f, specs, rules) else strong).append(f)
    wanted: set[Action] = {Action.HIDE}
    basis: dict[str, None] = {}
    for f in strong:
        if f.clause in rules.delete_clauses:
            wanted.add(Action.DELETE)
            trace.append(f"delete: {f.clause} ({f.rule}) is a clause whose harm grows while up")
        elif f.clause in prior_clauses:
            wanted.add(Action.DELETE)
            trace.append(f"delete: the author repeats {f.clause}")
        if f.clause in rules.block_clauses:
            wanted.add(Action.BLOCK_ACCOUNT)
            trace.append(f"block_account: {f.clause} ({f.rule})")
        police = specs[f.rule].police if f.rule in specs else ""
        if police:
            wanted.add(Action.REPORT_TO_POLICE)
            basis[police] = None
            trace.append(f"report_to_police: {f.rule} — {police}")
    if strong and prior_violations + 1 >= rules.block_after_violations:
        wanted.add(Action.BLOCK_ACCOUNT)
        trace.append(
            f"block_account: violating comment number {prior_violations + 1} by this author "
            f"(threshold {rules.block_after_violations})"
        )
    trace.extend(
        f"review: {f.rule} ({f.clause}) is weak evidence; it justifies hide only" for f in weak
    )
    if allowed is None:
        allowed = allowed_on(policy, platform)
    if Action.DELETE in wanted and Action.DELETE not in allowed:
        wanted.discard(Action.DELETE)
        wanted.add(Action.HIDE)
        where = platform.value if platform else "an unknown platform"
        trace.append(f"hide stands in for delete: {where} does not let a page delete comments")
    for action in sorted(wanted - allowed, key=lambda a: a.severity):
        wanted.discard(action)
        trace.append(f"{action.value} dropped: not available on this platform")
    if not wanted:
        wanted = {Action.HIDE}
    return ActionPlan(
        actions=tuple(sorted(wanted, key=lambda a: a.severity)),
        needs_review=bool(weak),
        legal_basis=tuple(basis),
        trace=tuple(trace),
    )


def _is_weak(finding: Finding, specs: Mapping[str, RuleSpec], rules: ModerationRules) -> bool:
    spec = specs.get(finding.rule)
    return (spec is not None and spec.review) or finding.confidence < rules.review_below_confidence


def allowed_on(policy: Policy, platform: Platform | None) -> frozenset[Action]:
    """What the city may do to a comment on *platform*; on an unknown one (``None``), only what
    every platform of the policy allows."""
    if platform is not None:
        return policy.allowed_actions(platform)
    # Unknown platform: only what every platform of the policy allows.
    sets = [policy.allowed_actions(p.platform) for p in policy.platform_actions]
    return frozenset.intersection(*sets) if sets else frozenset({Action.KEEP, Action.HIDE})
