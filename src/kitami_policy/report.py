"""A batch of assessed comments, summarised: counts per clause and action, records, tables.

A :class:`Report` pairs each comment with its :class:`~kitami_policy.Decision`. It counts the
comments under each clause and each action, gives plain records that ``pandas.DataFrame``
accepts (without importing pandas), prints as a text table, and renders as HTML in Jupyter
(:mod:`kitami_policy._html`). Records and tables carry masked excerpts, never the comment text:
the text is shown only in the notebook view, with personal spans masked.

The text views (:mod:`kitami_policy.text_report`) work on the JSON records of the batch
command (:mod:`kitami_policy.records`), so ``kitami-policy moderate --format table`` and
:meth:`Report.table` print the same rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from kitami_policy.clauses import CLAUSE_CODES, Action
from kitami_policy.content import Comment
from kitami_policy.errors import ValidationError
from kitami_policy.findings import Decision
from kitami_policy.text_report import summary_lines, table_header, table_row

if TYPE_CHECKING:
    from kitami_policy.engine import Engine

__all__ = ["Assessment", "Report", "assess_report"]


@attrs.frozen(repr=False)
class Assessment:
    """One comment and the decision about it.

    Attributes:
        comment: the comment (its text stays here; reprs and records never show it).
        decision: the engine's decision about it.
    """

    comment: Comment = attrs.field(validator=attrs.validators.instance_of(Comment))
    decision: Decision = attrs.field(validator=attrs.validators.instance_of(Decision))

    def __attrs_post_init__(self) -> None:
        if self.comment.id != self.decision.comment_id:
            raise ValidationError(
                f"decision {self.decision.comment_id!r} is about another comment than "
                f"{self.comment.id!r}; pair each comment with its own decision"
            )

    @property
    def masked_text(self) -> str:
        """The comment's text with every personal span the findings name masked."""
        from kitami_policy._html import mask_personal

        return mask_personal(self.comment.text, self.decision)

    def __repr__(self) -> str:
        return f"Assessment({self.comment!r}, clauses={list(self.decision.clauses)})"

    def _repr_html_(self) -> str:
        from kitami_policy._html import assessment_html

        return assessment_html(self.comment.text, self.decision)


def _assessments(value: Iterable[Assessment]) -> tuple[Assessment, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, Assessment):
            raise ValidationError(f"a Report holds Assessments, got {type(item).__name__}")
    return items


@attrs.frozen(repr=False)
class Report:
    """Assessed comments in input order, with their counts.

    Build it with :meth:`from_decisions` or :func:`assess_report`.

    Attributes:
        assessments: each comment with its decision.
    """

    assessments: tuple[Assessment, ...] = attrs.field(converter=_assessments)

    @classmethod
    def from_decisions(cls, comments: Iterable[Comment], decisions: Iterable[Decision]) -> Report:
        """Pair *comments* with *decisions*, in order.

        Raises:
            ValidationError: the two differ in length, or a decision is about another comment.
        """
        comments, decisions = tuple(comments), tuple(decisions)
        if len(comments) != len(decisions):
            raise ValidationError(
                f"{len(comments)} comments but {len(decisions)} decisions; give one decision "
                "per comment, in the same order"
            )
        return cls(Assessment(c, d) for c, d in zip(comments, decisions, strict=True))

    def __len__(self) -> int:
        return len(self.assessments)

    def __iter__(self) -> Iterator[Assessment]:
        return iter(self.assessments)

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The decisions, in input order."""
        return tuple(a.decision for a in self.assessments)

    @property
    def clause_counts(self) -> dict[str, int]:
        """How many comments fall under each clause, for all nine clauses in order."""
        counts = Counter(c for d in self.decisions for c in d.clauses)
        return {code: counts[code] for code in CLAUSE_CODES}

    @property
    def action_counts(self) -> dict[str, int]:
        """How many comments each action is recommended for, for every action, mildest first."""
        counts = Counter(a.value for d in self.decisions for a in d.actions)
        return {action.value: counts[action.value] for action in Action}

    @property
    def kept(self) -> int:
        """How many comments fall under no clause."""
        return sum(1 for d in self.decisions if d.acceptable)

    @property
    def flagged(self) -> int:
        """How many comments fall under at least one clause."""
        return len(self) - self.kept

    @property
    def review_count(self) -> int:
        """How many decisions ask for a person's review."""
        return sum(1 for d in self.decisions if d.needs_review)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per comment, ready for ``pandas.DataFrame(report.to_records())``.

        Keys: ``id``, ``clauses``, ``actions``, ``rules`` (lists of str), ``needs_review``,
        ``acceptable`` (bool), ``findings`` (how many), ``excerpt`` (the first finding's
        masked excerpt, or ``""``), ``policy_version``. The comment text is not included.
        """
        return [
            {
                "id": d.comment_id,
                "clauses": list(d.clauses),
                "actions": [a.value for a in d.actions],
                "rules": list(d.rules),
                "needs_review": d.needs_review,
                "acceptable": d.acceptable,
                "findings": len(d.findings),
                "excerpt": d.findings[0].excerpt if d.findings else "",
                "policy_version": d.policy_version,
            }
            for d in self.decisions
        ]

    def finding_records(self) -> list[dict[str, Any]]:
        """One plain dict per finding: ``id``, ``clause``, ``rule``, ``start``, ``end``,
        ``excerpt`` (masked), ``confidence``, ``source``, ``omitted`` (how many more spans of the
        same rule the engine found than its findings show: "and N more").
        """
        return [
            {
                "id": d.comment_id,
                "clause": f.clause,
                "rule": f.rule,
                "start": f.spans[0].start,
                "end": f.spans[-1].end,
                "excerpt": f.excerpt,
                "confidence": f.confidence,
                "source": f.source,
                "omitted": f.omitted,
            }
            for d in self.decisions
            for f in d.findings
        ]

    def summary(self) -> str:
        """The counts as a few lines of text."""
        return "\n".join(
            summary_lines(
                total=len(self),
                clauses=self.clause_counts,
                actions=self.action_counts,
                review=self.review_count,
            )
        )

    def table(self, width: int = 100) -> str:
        """The decisions as a text table no wider than *width* columns (masked excerpts)."""
        from kitami_policy.records import decision_record

        rows = [table_row(decision_record(d), width) for d in self.decisions]
        return "\n".join([table_header(width), *rows])

    def __repr__(self) -> str:
        return (
            f"<Report {len(self)} comments: {self.flagged} flagged, {self.review_count} for review>"
        )

    def _repr_html_(self) -> str:
        from kitami_policy._html import report_html

        return report_html(self)


def assess_report(engine: Engine, comments: Iterable[Comment]) -> Report:
    """Assess *comments* as one stream (author history carries) and report on them."""
    items = tuple(comments)
    return Report.from_decisions(items, engine.assess_many(items))
