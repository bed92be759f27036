"""Action plans: the API calls that carry out a decision on one platform, as data.

A :class:`Plan` lists, for each action the decision recommends, either an :class:`Operation`
(the request that carries it out, the request that undoes it, the reference page) or a
:class:`ManualStep` when the platform has no API for it (Instagram cannot block through its
API; X cannot delete a reply). A police report is always a manual step, with a
:class:`PoliceReferral` record: the legal basis, the post and comment ids and the time, never
the comment's text. The platform facts come from ``data/platforms.toml``
(:mod:`kitami_policy.platforms.facts`), each citing its reference page.

Nothing is sent: the caller's code carries the plan out, filling in what the library cannot
know (``{account_id}``, the city's own Page or user id) with :meth:`Operation.path_for` and
:meth:`Operation.params_for`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Platform, as_platform
from kitami_policy.clauses import Action, ordered_actions
from kitami_policy.content import Comment
from kitami_policy.errors import ValidationError
from kitami_policy.findings import Decision
from kitami_policy.platforms.facts import (
    POLICE_REFERRAL,
    ParamValue,
    Request,
    facts_for,
    fill,
    placeholders,
)

__all__ = [
    "ManualStep",
    "Operation",
    "Plan",
    "PoliceReferral",
    "plan",
    "plan_for_platform",
    "plan_record",
]


def _values(value: Mapping[str, str] | tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(x)) for k, x in items))


@attrs.frozen
class Operation:
    """One API call that serves one action of a decision.

    Attributes:
        action: the action it serves.
        request: the call, as a template (method, path, parameters, body encoding).
        undo: the call that reverses it, or ``None`` when the step cannot be undone.
        values: the placeholders the plan could fill (``comment_id``, ``author_id``).
        endpoint: a stable key for the call (``twitter.hide``), for counting against limits.
        reference: the reference page the call was read from.
        note: what the caller must know (tokens, plan tiers, preconditions).
        after_review: the decision asks a person to confirm before anything beyond ``hide``.
    """

    action: Action = attrs.field(converter=Action)
    request: Request
    undo: Request | None
    values: tuple[tuple[str, str], ...] = attrs.field(converter=_values)
    endpoint: str = attrs.field(validator=v.non_empty_str)
    reference: str = attrs.field(validator=v.non_empty_str)
    note: str = attrs.field(default="", validator=v.text)
    after_review: bool = attrs.field(default=False, validator=v.boolean)

    @property
    def method(self) -> str:
        """The HTTP method."""
        return self.request.method

    @property
    def reversible(self) -> bool:
        """True when another call undoes this one (hide, block); False for a delete."""
        return self.undo is not None

    @property
    def needs(self) -> tuple[str, ...]:
        """The placeholders the caller still has to fill (``account_id``)."""
        known = dict(self.values)
        return tuple(name for name in self.request.placeholders if name not in known)

    def path_for(self, **more: str) -> str:
        """The request path with every placeholder filled: the plan's values and *more*.

        Raises:
            ValidationError: a placeholder has no value; the message names it.
        """
        return _complete(self.request.path, {**dict(self.values), **more})

    def params_for(self, **more: str) -> dict[str, Any]:
        """The request parameters with every placeholder filled (lists as lists).

        Raises:
            ValidationError: a placeholder has no value; the message names it.
        """
        values = {**dict(self.values), **more}
        return {key: _fill_param(value, values) for key, value in self.request.params}


@attrs.frozen
class ManualStep:
    """An action the platform's API cannot carry out: the city does it by hand.

    Attributes:
        action: the action.
        reason: why there is no API, and what to do instead.
        reference: where that is documented (empty for a police report).
        values: what the person needs to find the comment or its author (ids, never text).
    """

    action: Action = attrs.field(converter=Action)
    reason: str = attrs.field(validator=v.non_empty_str)
    reference: str = attrs.field(default="", validator=v.text)
    values: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_values)


@attrs.frozen
class PoliceReferral:
    """What a police report about one comment needs, as a record. No API files it.

    The comment's text is deliberately absent: it may hold the very personal data the report
    is about; the report cites the comment by platform and ids.

    Attributes:
        legal_basis: the laws the report rests on (``脅迫罪（刑法第222条）``).
        platform: where the comment is.
        comment_id: the comment's id.
        post_id: the city's post it answers, when known.
        time: when the comment was written, when known (aware).
        policy_version: the policy that governed the decision.
    """

    legal_basis: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(str, non_empty=True)
    )
    platform: Platform = attrs.field(converter=as_platform)
    comment_id: str = attrs.field(validator=v.non_empty_str)
    post_id: str | None = attrs.field(default=None, validator=v.optional_non_empty_str)
    time: datetime | None = attrs.field(default=None, validator=v.optional_aware_datetime)
    policy_version: str = attrs.field(default="", validator=v.text)


@attrs.frozen
class Plan:
    """How to carry out one decision on one platform: calls to make and steps to take by hand.

    Attributes:
        comment_id: the comment decided on.
        platform: where it is.
        post_id: the city's post it answers (on X, the conversation), when known.
        clauses: the clauses the decision found, which the actions serve.
        actions: the decision's actions, mildest first.
        needs_review: a person should confirm before anything beyond ``hide``.
        operations: the API calls, in the order of the actions.
        manual: the actions with no API, in the order of the actions.
        referral: the police-report record, when the decision recommends one.
    """

    comment_id: str = attrs.field(validator=v.non_empty_str)
    platform: Platform = attrs.field(converter=as_platform)
    post_id: str | None = attrs.field(validator=v.optional_non_empty_str)
    clauses: tuple[str, ...] = attrs.field(converter=v.to_tuple, validator=v.instances_of(str))
    actions: tuple[Action, ...] = attrs.field(converter=ordered_actions)
    needs_review: bool = attrs.field(validator=v.boolean)
    operations: tuple[Operation, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(Operation)
    )
    manual: tuple[ManualStep, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(ManualStep)
    )
    referral: PoliceReferral | None = None

    @property
    def empty(self) -> bool:
        """True when there is nothing to do (the comment is kept)."""
        return not self.operations and not self.manual


def plan(decision: Decision, comment: Comment) -> Plan:
    """The plan that carries out *decision* about *comment* on the comment's platform.

    The comment supplies what the decision alone does not know: the platform (from its post's
    account), the post, the author (whom a block targets) and the time (for a police report).

    Raises:
        ValidationError: the decision is about another comment, or the comment has no post, so
            its platform is unknown.
    """
    if decision.comment_id != comment.id:
        raise ValidationError(
            f"the decision is about comment {decision.comment_id!r}, not {comment.id!r}; "
            "plan each decision with its own comment"
        )
    if comment.post is None:
        raise ValidationError(
            f"comment {comment.id!r} has no post, so its platform is unknown; read it with a "
            "kitami_policy.platforms reader, attach a Post, or call decision.plan(platform)"
        )
    return _plan(decision, comment.post.account.platform, comment)


def plan_for_platform(decision: Decision, platform: Platform | str) -> Plan:
    """The plan for *decision* on *platform*, knowing only the comment id (``Decision.plan``).

    The author and the post are unknown: a block keeps ``{author_id}`` to fill in, and a police
    referral has no post id or time. Prefer :func:`plan` when the comment is at hand.
    """
    return _plan(decision, Platform.parse(platform), None)


def _plan(decision: Decision, platform: Platform, comment: Comment | None) -> Plan:
    facts = facts_for(platform)
    values = {"comment_id": decision.comment_id}
    if comment is not None and comment.author is not None:
        values["author_id"] = comment.author.id
    post_id = comment.post.id if comment is not None and comment.post is not None else None
    operations: list[Operation] = []
    manual: list[ManualStep] = []
    referral = None
    for action in decision.actions:
        if action is Action.KEEP:
            continue
        if action is Action.REPORT_TO_POLICE:
            referral = PoliceReferral(
                legal_basis=decision.legal_basis,
                platform=platform,
                comment_id=decision.comment_id,
                post_id=post_id,
                time=comment.created_at if comment is not None else None,
                policy_version=decision.policy_version,
            )
            # The referral record carries the ids a report needs.
            manual.append(ManualStep(action, POLICE_REFERRAL))
            continue
        endpoint = facts.endpoint(action)
        if endpoint.request is None:
            manual.append(ManualStep(action, endpoint.unavailable, endpoint.reference, values))
            continue
        operations.append(
            Operation(
                action=action,
                request=endpoint.request,
                undo=endpoint.undo,
                values=values,
                endpoint=f"{platform.value}.{action.value}",
                reference=endpoint.reference,
                note=endpoint.note,
                after_review=decision.needs_review and action.severity > Action.HIDE.severity,
            )
        )
    return Plan(
        comment_id=decision.comment_id,
        platform=platform,
        post_id=post_id,
        clauses=decision.clauses,
        actions=decision.actions,
        needs_review=decision.needs_review,
        operations=tuple(operations),
        manual=tuple(manual),
        referral=referral,
    )


def plan_record(plan: Plan) -> dict[str, Any]:
    """The plan as one JSON-ready object (the ``--format plan`` line).

    Paths and parameters are filled as far as the plan knows; ``needs`` lists what the caller
    still fills in. No comment text appears.
    """
    return {
        "id": plan.comment_id,
        "platform": plan.platform.value,
        "post": plan.post_id,
        "clauses": list(plan.clauses),
        "actions": [a.value for a in plan.actions],
        "needs_review": plan.needs_review,
        "operations": [_operation_record(op) for op in plan.operations],
        "manual": [
            {"action": step.action.value, "reason": step.reason, **dict(step.values)}
            for step in plan.manual
        ],
        "referral": _referral_record(plan.referral) if plan.referral is not None else None,
    }


def _operation_record(op: Operation) -> dict[str, Any]:
    values = dict(op.values)
    record: dict[str, Any] = {
        "action": op.action.value,
        "method": op.method,
        "path": fill(op.request.path, values),
        "params": {k: _fill_param(x, values, partial=True) for k, x in op.request.params},
        "encoding": op.request.encoding,
        "reversible": op.reversible,
    }
    if op.undo is not None:
        record["undo"] = {
            "method": op.undo.method,
            "path": fill(op.undo.path, values),
            "params": {k: _fill_param(x, values, partial=True) for k, x in op.undo.params},
        }
    record["after_review"] = op.after_review
    record["needs"] = list(op.needs)
    if op.note:
        record["note"] = op.note
    record["reference"] = op.reference
    return record


def _referral_record(referral: PoliceReferral) -> dict[str, Any]:
    return {
        "legal_basis": list(referral.legal_basis),
        "platform": referral.platform.value,
        "post": referral.post_id,
        "comment": referral.comment_id,
        "time": referral.time.isoformat() if referral.time is not None else None,
        "policy_version": referral.policy_version,
    }


def _complete(template: str, values: Mapping[str, str]) -> str:
    filled = fill(template, values)
    missing = placeholders(filled)
    if missing:
        names = ", ".join(f"{name}=" for name in missing)
        raise ValidationError(
            f"the call needs a value for {', '.join(missing)}; pass it, e.g. path_for({names}…)"
        )
    return filled


def _fill_param(
    value: ParamValue, values: Mapping[str, str], *, partial: bool = False
) -> ParamValue | list[str]:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return fill(value, values) if partial else _complete(value, values)
    return [fill(x, values) if partial else _complete(x, values) for x in value]
