"""A municipality's social-media policy as one immutable value, loaded from a data file.

The Kitami policy ships as ``data/kitami.toml`` (with the policy's text beside it) and is
exposed as :data:`KITAMI`. Another municipality writes its own TOML file in the same shape and
loads it with :func:`~kitami_policy.policy_file.load_policy`; no code changes. Which policy
governs a given day is answered by :func:`policy_in_force`, which refuses days before every
policy's effective date rather than falling back to a default.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from kitami_policy import _validate as v
from kitami_policy._redact import shown_name
from kitami_policy.accounts import Account, Platform, Topic, as_platform
from kitami_policy.clauses import CLAUSE_CODES, Action, Clause, ordered_actions
from kitami_policy.errors import (
    PolicyFileError,
    PolicyNotInForceError,
    UnknownAccountError,
    UnknownClauseError,
    UnknownTopicError,
    ValidationError,
)
from kitami_policy.jst import to_jst
from kitami_policy.office_hours import OfficeHours

__all__ = [
    "KITAMI",
    "KITAMI_OFFICE_HOURS",
    "Definition",
    "OperatingRules",
    "PlatformActions",
    "Policy",
    "PublicContact",
    "ReuseTerms",
    "policy_in_force",
]

if TYPE_CHECKING:
    from pathlib import Path

    DATA_DIR: Path
    """The package's data folder: the bundled policies and word lists."""

    KITAMI: Policy
    """Kitami City's policy (北見市ソーシャルメディア運用方針), in force from 2022-04-01.

    Read from ``data/kitami.toml`` on first access and kept: a read-only value like any other.
    """

    KITAMI_OFFICE_HOURS: OfficeHours
    """Kitami City Hall's office hours (開庁時間, section 3(1)): ``KITAMI.office_hours``."""

# pathlib (with urllib.parse and ipaddress behind it) costs ~10 ms to import; the bundled data
# is read with os.path, and DATA_DIR is made a Path only when someone asks for it.
_DATA: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def __getattr__(name: str) -> Any:
    if name == "DATA_DIR":
        from pathlib import Path

        return Path(_DATA)
    if name in ("KITAMI", "KITAMI_OFFICE_HOURS"):
        _kitami()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Actions a platform itself carries out; keep and a police report need no platform feature.
_PLATFORM_ACTIONS: Final = frozenset({Action.HIDE, Action.DELETE, Action.BLOCK_ACCOUNT})


@attrs.frozen
class OperatingRules:
    """Section 3 (運用ルール): when the city posts, broadcast only, and moderation.

    Attributes:
        posts_within_office_hours: 3(1) posts go out within office hours as a rule.
        emergency_any_time: 3(1) なお書き, emergency information may go out at any time.
        broadcast_only: 3(2) the accounts only broadcast; the city does not interact.
        refused_interactions: 3(2) what the city does not do (``reply``, ``follow``, …).
        feedback_channel: 3(2) where opinions and questions go instead.
        feedback_url: the address of that channel.
        moderation_actions: 3(3) and section 4, the measures the city may take.
    """

    posts_within_office_hours: bool = attrs.field(validator=v.boolean)
    emergency_any_time: bool = attrs.field(validator=v.boolean)
    broadcast_only: bool = attrs.field(validator=v.boolean)
    refused_interactions: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(str)
    )
    feedback_channel: str = attrs.field(validator=v.non_empty_str)
    feedback_url: str = attrs.field(validator=v.non_empty_str)
    moderation_actions: tuple[Action, ...] = attrs.field(converter=ordered_actions)


@attrs.frozen
class PlatformActions:
    """What a platform lets a page do to users' comments (docs/clauses.md, "Actions")."""

    platform: Platform = attrs.field(converter=as_platform)
    actions: tuple[Action, ...] = attrs.field(converter=ordered_actions)

    def __attrs_post_init__(self) -> None:
        extra = set(self.actions) - _PLATFORM_ACTIONS
        if extra:
            raise ValidationError(
                f"platform_actions.{self.platform.value} may list only hide, delete and "
                f"block_account, got {sorted(a.value for a in extra)}"
            )


@attrs.frozen
class ReuseTerms:
    """Section 6 (知的財産権): what third parties may do with the city's posts.

    Attributes:
        rights_holder: who holds the rights (北見市又は正当な権利を有する者).
        free_functions: platform functions anyone may use freely (いいね!, リツイート, …).
        repost_with_source: reposting is allowed when the source is stated.
        no_reprint_markers: notices that withdraw that permission (無断転載を禁じます, …).
        attribution_template: the source line, with ``{title}``, ``{account}``, ``{url}``.
    """

    rights_holder: str = attrs.field(validator=v.non_empty_str)
    free_functions: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(str)
    )
    repost_with_source: bool = attrs.field(validator=v.boolean)
    no_reprint_markers: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(str)
    )
    attribution_template: str = attrs.field(validator=v.non_empty_str)


@attrs.frozen
class PublicContact:
    """A published contact of the city that 4-1 must never flag (docs/clauses.md, 4-1)."""

    kind: str = attrs.field(validator=v.one_of(("address", "postal_code", "phone", "email")))
    value: str = attrs.field(validator=v.non_empty_str)
    label: str = attrs.field(validator=v.non_empty_str)


@attrs.frozen
class Definition:
    """A term from the policy's definitions (言葉の定義)."""

    term: str = attrs.field(validator=v.non_empty_str)
    meaning: str = attrs.field(validator=v.non_empty_str)


@attrs.frozen(repr=False)
class Policy:
    """A municipality's social-media operation policy, whole.

    Attributes follow the policy's sections: ``purpose`` (1), ``topics`` and ``accounts``
    (2(1)), ``department`` (2(2), with ``department_en`` its English name when the data gives
    one), ``operating_rules`` (3), ``clauses`` (4), ``disclaimers``
    (5), ``reuse`` (6), ``personal_data_ordinance`` (7), ``effective_from`` (8) and
    ``definitions``; ``source_text`` is the policy's text itself. ``office_hours`` is the
    開庁時間 of 3(1), versioned inside :class:`~kitami_policy.office_hours.OfficeHours`; it is
    ``None`` for a policy whose data has no ``[[office_hours]]`` table, which then cannot be
    checked against 3(1).
    """

    id: str = attrs.field(validator=v.non_empty_str)
    version: str = attrs.field(validator=v.non_empty_str)
    title: str = attrs.field(validator=v.non_empty_str)
    title_en: str = attrs.field(validator=v.non_empty_str)
    municipality: str = attrs.field(validator=v.non_empty_str)
    municipality_en: str = attrs.field(validator=v.non_empty_str)
    department: str = attrs.field(validator=v.non_empty_str)
    effective_from: date = attrs.field(validator=v.plain_date)
    purpose: str = attrs.field(validator=v.non_empty_str)
    topics: tuple[Topic, ...] = attrs.field(converter=v.to_tuple, validator=v.instances_of(Topic))
    accounts: tuple[Account, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(Account, non_empty=True)
    )
    clauses: tuple[Clause, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(Clause)
    )
    operating_rules: OperatingRules = attrs.field(validator=v.instance_of(OperatingRules))
    platform_actions: tuple[PlatformActions, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(PlatformActions)
    )
    reuse: ReuseTerms = attrs.field(validator=v.instance_of(ReuseTerms))
    public_contacts: tuple[PublicContact, ...] = attrs.field(
        converter=v.to_tuple, validator=v.instances_of(PublicContact)
    )
    definitions: tuple[Definition, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(Definition)
    )
    disclaimers: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )
    personal_data_ordinance: str = attrs.field(default="", validator=v.text)
    department_en: str = attrs.field(default="", validator=v.text)
    source_text: str = attrs.field(default="", validator=v.text)
    office_hours: OfficeHours | None = attrs.field(
        default=None, validator=v.optional_instance_of(OfficeHours)
    )

    def __attrs_post_init__(self) -> None:
        codes = tuple(c.code for c in self.clauses)
        if codes != CLAUSE_CODES:
            raise ValidationError(
                f"policy {self.id!r} must define clauses {', '.join(CLAUSE_CODES)} in order, "
                f"got {', '.join(codes) or 'none'}"
            )
        known = {t.code for t in self.topics}
        if len(known) != len(self.topics):
            raise ValidationError(f"policy {self.id!r} defines a topic code twice")
        for account in self.accounts:
            missing = [t for t in account.topics if t not in known]
            if missing:
                raise ValidationError(
                    f"account {account.handle} names unknown topic(s) {missing}; "
                    f"the policy defines {sorted(known)}"
                )
        handles = [a.handle for a in self.accounts]
        if len(set(handles)) != len(handles):
            raise ValidationError(f"policy {self.id!r} lists an account handle twice")
        covered = {p.platform for p in self.platform_actions}
        for account in self.accounts:
            if account.platform not in covered:
                raise ValidationError(
                    f"platform_actions has no entry for {account.platform.value}, where "
                    f"account {account.handle} lives; list what that platform allows"
                )

    def __repr__(self) -> str:
        return (
            f"Policy(id={self.id!r}, version={self.version!r}, "
            f"effective_from={self.effective_from.isoformat()!r}, "
            f"accounts={[a.handle for a in self.accounts]!r})"
        )

    def clause(self, code: str) -> Clause:
        """The clause with *code* (``"4-1"`` … ``"4-9"``).

        Raises:
            UnknownClauseError: the policy has no such clause.
        """
        for clause in self.clauses:
            if clause.code == code:
                return clause
        raise UnknownClauseError(
            f"unknown clause code {code!r}; {self.id} defines "
            f"{', '.join(c.code for c in self.clauses)}"
        )

    def topic(self, code: str) -> Topic:
        """The topic with *code*.

        Raises:
            UnknownTopicError: the policy has no such topic.
        """
        for topic in self.topics:
            if topic.code == code:
                return topic
        raise UnknownTopicError(
            f"unknown topic {shown_name(code)}; {self.id} defines "
            f"{', '.join(t.code for t in self.topics)}"
        )

    def account_for(self, platform: Platform | str) -> Account:
        """The city's account on *platform* (the first one, if the policy lists several).

        Raises:
            UnknownAccountError: the policy lists no account there.
        """
        wanted = Platform.parse(platform)
        for account in self.accounts:
            if account.platform is wanted:
                return account
        raise UnknownAccountError(f"{self.id} has no account on {wanted.value}")

    def allowed_actions(self, platform: Platform | str) -> frozenset[Action]:
        """Every action the city can take on a comment on *platform*.

        ``keep`` always; the platform's own moderation features as listed in the policy data;
        a police report when the policy provides for one (it happens off the platform).
        """
        wanted = Platform.parse(platform)
        allowed = {Action.KEEP}
        for entry in self.platform_actions:
            if entry.platform is wanted:
                allowed.update(entry.actions)
                break
        else:
            raise UnknownAccountError(f"{self.id} says nothing about moderating on {wanted.value}")
        allowed &= set(self.operating_rules.moderation_actions) | {Action.KEEP}
        if Action.REPORT_TO_POLICE in self.operating_rules.moderation_actions:
            allowed.add(Action.REPORT_TO_POLICE)
        return frozenset(allowed)

    def in_force_on(self, day: date | datetime) -> bool:
        """True from :attr:`effective_from` on (an aware datetime is read on its JST day)."""
        return _as_date(day) >= self.effective_from


def policy_in_force(day: date | datetime, policies: Iterable[Policy] | None = None) -> Policy:
    """The policy that governs *day*: the latest one whose effective date is not after it.

    Pass a date, or an aware datetime (read on its JST calendar day; naive ones are refused).
    *policies* defaults to ``(KITAMI,)``.

    >>> policy_in_force(date(2024, 1, 1)).id
    'kitami'

    Raises:
        PolicyNotInForceError: every policy took effect after *day*.
    """
    candidates = tuple(policies) if policies is not None else (_kitami(),)
    target = _as_date(day)
    in_force = [p for p in candidates if p.effective_from <= target]
    if not in_force:
        earliest = min((p.effective_from for p in candidates), default=None)
        since = f"; the earliest takes effect on {earliest.isoformat()}" if earliest else ""
        raise PolicyNotInForceError(f"no policy was in force on {target.isoformat()}{since}")
    return max(in_force, key=lambda p: p.effective_from)


def _require_office_hours(policy: Policy) -> OfficeHours:
    if policy.office_hours is None:
        raise PolicyFileError(f"policy {policy.id!r} has no [[office_hours]] table")
    return policy.office_hours


def _as_date(day: date | datetime) -> date:
    if isinstance(day, datetime):
        # An instant belongs to the JST calendar day on which it falls in Kitami.
        return to_jst(day).date()
    if isinstance(day, date):
        return day
    raise ValidationError(f"expected a date or datetime, got {type(day).__name__}")


def _kitami() -> Policy:
    # Built on first use and kept: reading and validating the TOML costs ~10 ms that callers
    # who bring their own policy, or only need the types, should not pay at import.
    policy = globals().get("KITAMI")
    if policy is None:
        from kitami_policy.policy_file import load_bundled

        policy = load_bundled("kitami")
        globals()["KITAMI"] = policy
        globals()["KITAMI_OFFICE_HOURS"] = _require_office_hours(policy)
    return cast(Policy, policy)
