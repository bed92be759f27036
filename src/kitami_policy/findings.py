"""What the rule engine concludes: findings (one rule, one clause, its evidence) and decisions.

A :class:`Finding` points into the ORIGINAL comment text by offsets and carries only a masked
excerpt, so a decision can be printed, logged and stored without repeating the personal data it
found. A :class:`Decision` gathers a comment's findings with the actions they lead to and the
policy version that governed it.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.clauses import Action, check_clause_code, ordered_actions
from kitami_policy.errors import ValidationError

__all__ = ["SOURCES", "Decision", "Finding", "Span"]

SOURCES: Final = ("text", "author_name", "author_handle")
"""What a finding's spans can point into."""


def _non_negative(inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"Span.{attribute.name} must be an int >= 0, got {value!r}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the original text."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(
                f"Span end must be greater than start, got [{self.start}, {self.end})"
            )

    def __len__(self) -> int:
        return self.end - self.start


def _clause(inst: object, attribute: attrs.Attribute[str], value: object) -> None:
    check_clause_code(value)


def _sorted_spans(value: Any) -> tuple[Span, ...]:
    return tuple(sorted(v.to_tuple(value)))


@attrs.frozen
class Finding:
    """One rule's conclusion that a comment falls under one clause.

    Attributes:
        clause: the clause code (``"4-1"`` … ``"4-9"``).
        rule: the rule's stable id (``"pii.phone"``), for traces and statistics.
        spans: evidence, as offsets into the original text, sorted.
        excerpt: the evidence as a reviewer may see it: personal data masked.
        rationale_ja: why, in a sentence of Japanese.
        rationale_en: why, in a sentence of English.
        confidence: how sure the rule is, in [0, 1]; weak evidence asks for human review.
        source: what the spans point into: the comment's ``"text"`` (almost always), or the
            author's ``"author_name"`` or ``"author_handle"`` (impersonation, 4-5).
    """

    clause: str = attrs.field(validator=_clause)
    rule: str = attrs.field(validator=v.non_empty_str)
    spans: tuple[Span, ...] = attrs.field(
        converter=_sorted_spans, validator=v.instances_of(Span, non_empty=True)
    )
    excerpt: str = attrs.field(validator=v.text)
    rationale_ja: str = attrs.field(validator=v.non_empty_str)
    rationale_en: str = attrs.field(validator=v.non_empty_str)
    confidence: float = attrs.field(default=1.0, validator=v.unit_interval)
    source: str = attrs.field(default="text", validator=attrs.validators.in_(SOURCES))


@attrs.frozen
class Decision:
    """What the policy says to do about one comment.

    The invariant ties findings to actions: no finding means exactly ``(keep,)``; any finding
    means at least one action other than keep (at the very least ``hide``).

    Attributes:
        comment_id: the id of the comment assessed (never its text).
        findings: every rule's finding, in text order.
        actions: what to do, mildest first, already limited to what the platform allows.
        needs_review: a person should confirm before anything beyond ``hide`` is done.
        policy_version: the version of the policy that governed the decision.
        legal_basis: for a police report, the law it rests on (``"脅迫罪（刑法第222条）"``).
        trace: lines a reviewer can read explaining how findings became actions.
    """

    comment_id: str = attrs.field(validator=v.non_empty_str)
    findings: tuple[Finding, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(Finding)
    )
    actions: tuple[Action, ...] = attrs.field(converter=ordered_actions)
    needs_review: bool = attrs.field(default=False, validator=v.boolean)
    policy_version: str = attrs.field(default="", validator=v.text)
    legal_basis: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )
    trace: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )

    def __attrs_post_init__(self) -> None:
        if not self.findings and self.actions != (Action.KEEP,):
            raise ValidationError(
                f"Decision {self.comment_id!r} has no findings, so its actions must be "
                f"(keep,), got {tuple(a.value for a in self.actions)}"
            )
        if self.findings and (not self.actions or Action.KEEP in self.actions):
            raise ValidationError(
                f"Decision {self.comment_id!r} has findings, so it needs at least one action "
                "other than keep (hide is the mildest)"
            )
        if Action.REPORT_TO_POLICE in self.actions and not self.legal_basis:
            raise ValidationError(
                f"Decision {self.comment_id!r} recommends a police report, which must name "
                "its legal basis (legal_basis)"
            )

    @property
    def clauses(self) -> tuple[str, ...]:
        """The clause codes the comment falls under, sorted, each once."""
        return tuple(sorted({f.clause for f in self.findings}, key=lambda c: int(c[2:])))

    @property
    def acceptable(self) -> bool:
        """True when no clause applies and the comment stays up."""
        return not self.findings

    @property
    def rules(self) -> tuple[str, ...]:
        """The ids of the rules that fired, in text order, each once."""
        return tuple(dict.fromkeys(f.rule for f in self.findings))

    def _repr_html_(self) -> str:
        """Jupyter's view: clauses, actions and the findings' masked excerpts."""
        from kitami_policy.html import decision_html

        return decision_html(self)
