"""What the city may post, and when (sections 2(1) and 3(1)).

Section 2(1) names each of the city's accounts and its content (発信内容): Facebook carries
events and policy announcements, X emergencies and awareness/recruitment, Instagram event
reports and project coverage. Section 3(1): 「原則、開庁時間内に不定期に行います。なお、この
時間帯以外にも、緊急時・災害時の情報提供等、必要に応じて行う場合があります。」

How the two are read:

* A post is emergency information when it carries the ``emergency`` flag or a topic the policy
  marks as emergency (災害等緊急情報). That lifts the time rule of 3(1) only: the topic must
  still be one the account carries under 2(1).
* Office hours are the policy's (:attr:`Policy.office_hours`), with the calendar's boundary
  rule: open in ``[opens, closes)`` JST.
* The topics checked are those the post declares; a post that declares none has nothing for
  2(1) to check. Topic codes the policy does not define are a mistake and raise.
* The two sections are independent; violations are listed 2(1) first, then 3(1).
"""

from __future__ import annotations

from datetime import datetime

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Account
from kitami_policy.content import Post
from kitami_policy.errors import OutOfRangeError, PolicyFileError, ValidationError
from kitami_policy.jst import JST, ensure_aware
from kitami_policy.office_hours import OfficeHours
from kitami_policy.policy import KITAMI, Policy

__all__ = ["PostViolation", "check_post", "earliest_publish_time", "is_emergency"]


@attrs.frozen
class PostViolation:
    """One way a post breaks the policy's publishing rules.

    Attributes:
        section: the section it breaks (``"2(1)"``, ``"3(1)"``).
        code: a stable identifier: ``"unknown_account"``, ``"topic_not_designated"`` or
            ``"outside_office_hours"``.
        message_ja: what is wrong and what to do, in Japanese.
        message_en: the same in English.
    """

    section: str = attrs.field(validator=v.non_empty_str)
    code: str = attrs.field(validator=v.non_empty_str)
    message_ja: str = attrs.field(validator=v.non_empty_str)
    message_en: str = attrs.field(validator=v.non_empty_str)


def is_emergency(post: Post, policy: Policy = KITAMI) -> bool:
    """True when *post* is emergency or disaster information (section 3(1) なお書き).

    Raises:
        UnknownTopicError: the post names a topic the policy does not define.
    """
    return post.emergency or any(policy.topic(code).emergency for code in sorted(post.topics))


def check_post(
    post: Post, policy: Policy = KITAMI, *, at: datetime | None = None
) -> tuple[PostViolation, ...]:
    """The violations of sections 2(1) and 3(1) in publishing *post* at *at*.

    *at* defaults to ``post.published_at``; when both are ``None`` the time rule is not
    checked (use :func:`earliest_publish_time` to schedule the post). An empty tuple means
    the post may go out.

    Raises:
        NaiveDatetimeError: *at* has no time zone.
        UnknownTopicError: the post names a topic the policy does not define.
        PolicyFileError: the time must be checked but the policy states no office hours.
        OutOfRangeError: *at* lies outside the office-hours calendar's range.
    """
    if not isinstance(post, Post):
        raise ValidationError(f"check_post expects a Post, got {type(post).__name__}")
    violations = list(_check_account(post, policy))
    moment = at if at is not None else post.published_at
    if moment is not None:
        ensure_aware(moment, "at")
        if _time_rule_applies(post, policy):
            violation = _check_time(moment, _office_hours(policy))
            if violation:
                violations.append(violation)
    return tuple(violations)


def earliest_publish_time(post: Post, now: datetime, policy: Policy = KITAMI) -> datetime:
    """The earliest instant at or after *now* at which section 3(1) lets *post* go out, in JST.

    Emergency information may go out at once; anything else waits for the office to open.
    Only the time rule is considered: a topic the account does not carry (2(1)) is not
    cured by waiting, so check :func:`check_post` too.

    Raises:
        NaiveDatetimeError: *now* has no time zone.
        OutOfRangeError: the office does not open again within the calendar's range.
    """
    ensure_aware(now, "now")
    if not _time_rule_applies(post, policy):
        return now.astimezone(JST)
    return _office_hours(policy).next_open(now)


def _time_rule_applies(post: Post, policy: Policy) -> bool:
    rules = policy.operating_rules
    if not rules.posts_within_office_hours:
        return False
    return not (rules.emergency_any_time and is_emergency(post, policy))


def _office_hours(policy: Policy) -> OfficeHours:
    if policy.office_hours is None:
        raise PolicyFileError(
            f"policy {policy.id!r} states no office hours, so section 3(1) cannot be checked; "
            "add an [[office_hours]] table to its data file"
        )
    return policy.office_hours


def _listed(account: Account, policy: Policy) -> Account | None:
    for candidate in policy.accounts:
        if (candidate.platform, candidate.handle) == (account.platform, account.handle):
            return candidate
    return None


def _check_account(post: Post, policy: Policy) -> list[PostViolation]:
    account = _listed(post.account, policy)
    where = f"{post.account.handle} ({post.account.platform.value})"
    if account is None:
        return [
            PostViolation(
                section="2(1)",
                code="unknown_account",
                message_ja=(
                    f"{where}は運用方針2(1)に掲げる{policy.municipality}のアカウントではありません。"
                ),
                message_en=(
                    f"{where} is not one of the {policy.municipality_en} accounts that "
                    "section 2(1) lists."
                ),
            )
        ]
    found = []
    # The policy's own account record is authoritative, not the topics a caller built
    # into post.account.
    for topic in (policy.topic(code) for code in sorted(post.topics)):
        if topic.code in account.topics:
            continue
        carriers = [
            f"{a.handle} ({a.platform.value})" for a in policy.accounts if topic.code in a.topics
        ]
        found.append(
            PostViolation(
                section="2(1)",
                code="topic_not_designated",
                message_ja=(
                    f"「{topic.name_ja}」は{where}の発信内容ではありません（運用方針2(1)）。"
                    + (f"{'、'.join(carriers)}で発信します。" if carriers else "")
                ),
                message_en=(
                    f"{topic.name_en} is not among what {where} publishes (section 2(1))"
                    + (f"; it goes out on {', '.join(carriers)}." if carriers else ".")
                ),
            )
        )
    return found


def _check_time(moment: datetime, hours: OfficeHours) -> PostViolation | None:
    if hours.is_open(moment):
        return None
    local = moment.astimezone(JST)
    version = hours.version_on(local)
    hours_text = f"{version.opens:%H:%M}-{version.closes:%H:%M}"
    why_ja = hours.closure_reason(local) or f"開庁時間は{hours_text}"
    why_en = hours.closure_reason(local, "en") or f"the office is open {hours_text}"
    try:
        reopen = f"{hours.next_open(moment):%Y-%m-%d %H:%M}"
        next_ja, next_en = f"次の開庁は{reopen}です。", f" The office next opens at {reopen} JST."
    except OutOfRangeError:
        next_ja = next_en = ""
    return PostViolation(
        section="3(1)",
        code="outside_office_hours",
        message_ja=(
            f"{local:%Y-%m-%d %H:%M}は開庁時間外です（{why_ja}）。開庁時間外の発信は緊急時・"
            f"災害時の情報提供等に限ります（運用方針3(1)）。{next_ja}"
        ),
        message_en=(
            f"{local:%Y-%m-%d %H:%M} JST is outside office hours ({why_en}); outside them only "
            f"emergency and disaster information goes out (section 3(1)).{next_en}"
        ),
    )
