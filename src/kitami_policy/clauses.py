"""The prohibited clauses of section 4 and the actions sections 3(3) and 4 allow.

Section 4 lists nine kinds of comment (4-1 … 4-9); the clause texts are policy data, verbatim
from the policy, loaded into :class:`Clause` values. Section 3(3) and the opening of section 4
name what the city may do about such a comment: hide (非表示), delete (削除), block the account
(ブロック / 拒否) and, when malicious, report to the police (警察に通報).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.errors import UnknownClauseError, ValidationError

__all__ = ["CLAUSE_CODES", "Action", "Clause", "check_clause_code", "ordered_actions"]

CLAUSE_CODES: Final = tuple(f"4-{n}" for n in range(1, 10))
"""The codes of section 4's nine prohibited clauses, in the policy's order."""

_CODE = re.compile(r"4-[1-9]")


def check_clause_code(code: object) -> str:
    """Return *code* if it names one of section 4's clauses.

    >>> check_clause_code("4-2")
    '4-2'

    Raises:
        UnknownClauseError: *code* is not one of "4-1" … "4-9".
    """
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise UnknownClauseError(
            f"unknown clause code {code!r}; section 4 defines {', '.join(CLAUSE_CODES)}"
        )
    return code


def _clause_code(inst: object, attribute: attrs.Attribute[str], value: object) -> None:
    check_clause_code(value)


@attrs.frozen
class Clause:
    """One prohibited clause of section 4.

    Attributes:
        code: ``"4-1"`` … ``"4-9"``, the library's key for the clause.
        text: the policy's Japanese wording, verbatim (including its own slips).
        gloss: a short English rendering.
        section: where the clause stands in the policy (``"4(1)"``).
    """

    code: str = attrs.field(validator=_clause_code)
    text: str = attrs.field(validator=v.non_empty_str)
    gloss: str = attrs.field(validator=v.non_empty_str)
    section: str = attrs.field(validator=v.non_empty_str)

    @property
    def number(self) -> int:
        """The clause's number within section 4 (1 … 9)."""
        return int(self.code.split("-")[1])


class Action(enum.StrEnum):
    """What the city may do about a comment, mildest first (sections 3(3) and 4).

    The order is meaningful: ``sorted(actions)`` lists them from the reversible first step to
    the gravest, and :attr:`severity` compares them.
    """

    KEEP = "keep"
    HIDE = "hide"
    DELETE = "delete"
    BLOCK_ACCOUNT = "block_account"
    REPORT_TO_POLICE = "report_to_police"

    @property
    def severity(self) -> int:
        """0 for keep up to 4 for a police report."""
        return _SEVERITY[self]

    @property
    def label_ja(self) -> str:
        """The policy's own word for the action."""
        return _LABEL_JA[self]

    @classmethod
    def ordered(
        cls, actions: frozenset[Action] | set[Action] | tuple[Action, ...]
    ) -> tuple[Action, ...]:
        """Return *actions* without duplicates, mildest first."""
        return tuple(sorted(set(actions), key=_SEVERITY.__getitem__))


def ordered_actions(values: Iterable[Action | str]) -> tuple[Action, ...]:
    """Read action names or values into a tuple without duplicates, mildest first.

    >>> ordered_actions(["delete", "hide", "delete"])
    (<Action.HIDE: 'hide'>, <Action.DELETE: 'delete'>)

    Raises:
        ValidationError: a value is not an action name.
    """
    if type(values) is tuple and len(values) == 1 and type(values[0]) is Action:
        return (values[0],)  # the common (keep,) / (hide,): nothing to sort or check
    if isinstance(values, str):
        raise ValidationError(f"expected a sequence of action names, got the string {values!r}")
    actions = set()
    for value in values:
        try:
            actions.add(Action(value))
        except ValueError:
            allowed = ", ".join(a.value for a in Action)
            raise ValidationError(f"unknown action {value!r}; expected one of: {allowed}") from None
    return tuple(sorted(actions, key=_SEVERITY.__getitem__))


_SEVERITY: Final = {a: i for i, a in enumerate(Action)}
_LABEL_JA: Final = {
    Action.KEEP: "措置なし",
    Action.HIDE: "非表示",
    Action.DELETE: "削除",
    Action.BLOCK_ACCOUNT: "アカウントのブロック",
    Action.REPORT_TO_POLICE: "警察に通報",
}
