"""kitami-policy: Kitami City's social-media operation policy as code.

The public names are re-exported here; modules are named for what they hold (``accounts``,
``content``, ``clauses``, ``findings``, ``policy``, ``jst``, ``convert``, ``masking``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kitami_policy.accounts import Account, Platform, Topic
from kitami_policy.clauses import CLAUSE_CODES, Action, Clause, check_clause_code, ordered_actions
from kitami_policy.content import Author, Comment, Post
from kitami_policy.convert import from_dict, from_json, to_dict, to_json
from kitami_policy.errors import (
    ConversionError,
    InvalidTextError,
    KitamiPolicyError,
    NaiveDatetimeError,
    OutOfRangeError,
    PayloadError,
    PolicyFileError,
    PolicyNotInForceError,
    UnknownAccountError,
    UnknownClauseError,
    UnknownTopicError,
    ValidationError,
)
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.hours import YEAR_END_LABEL, HoursVersion, SpecialDay, Weekday
from kitami_policy.jst import JST, ensure_aware, parse_datetime, to_jst
from kitami_policy.masking import mask_digits, mask_email, mask_text
from kitami_policy.office_hours import OfficeHours, Window
from kitami_policy.policy import (
    Definition,
    OperatingRules,
    PlatformActions,
    Policy,
    PublicContact,
    ReuseTerms,
    load_policy,
    parse_policy,
    policy_in_force,
)

if TYPE_CHECKING:
    from kitami_policy.engine import NG_WORDS, Engine, Stream
    from kitami_policy.interactions import Interaction, InteractionRefusal, check_interaction
    from kitami_policy.month import MonthCalendar, MonthDay, month_calendar
    from kitami_policy.policy import KITAMI, KITAMI_OFFICE_HOURS
    from kitami_policy.publishing import (
        PostViolation,
        check_post,
        earliest_publish_time,
        is_emergency,
    )
    from kitami_policy.records import RecordError, comment_from_record, decision_record
    from kitami_policy.report import Assessment, Report, assess_report
    from kitami_policy.reuse import (
        ReusePermission,
        attribution_line,
        find_no_reprint_notice,
        reuse_terms,
    )

# Modules beyond the core types, the policy and the calendar are loaded on first use, so that
# `import kitami_policy` stays cheap (the engine compiles its rules' patterns when imported).
_LAZY = {
    "KITAMI": "kitami_policy.policy",
    "KITAMI_OFFICE_HOURS": "kitami_policy.policy",
    "Interaction": "kitami_policy.interactions",
    "InteractionRefusal": "kitami_policy.interactions",
    "check_interaction": "kitami_policy.interactions",
    "PostViolation": "kitami_policy.publishing",
    "check_post": "kitami_policy.publishing",
    "earliest_publish_time": "kitami_policy.publishing",
    "is_emergency": "kitami_policy.publishing",
    "ReusePermission": "kitami_policy.reuse",
    "attribution_line": "kitami_policy.reuse",
    "find_no_reprint_notice": "kitami_policy.reuse",
    "reuse_terms": "kitami_policy.reuse",
    "Engine": "kitami_policy.engine",
    "Stream": "kitami_policy.engine",
    "NG_WORDS": "kitami_policy.engine",
    "RecordError": "kitami_policy.records",
    "comment_from_record": "kitami_policy.records",
    "decision_record": "kitami_policy.records",
    "Assessment": "kitami_policy.report",
    "Report": "kitami_policy.report",
    "assess_report": "kitami_policy.report",
    "MonthCalendar": "kitami_policy.month",
    "MonthDay": "kitami_policy.month",
    "month_calendar": "kitami_policy.month",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kitami_policy' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "CLAUSE_CODES",
    "JST",
    "KITAMI",
    "KITAMI_OFFICE_HOURS",
    "NG_WORDS",
    "YEAR_END_LABEL",
    "Account",
    "Action",
    "Assessment",
    "Author",
    "Clause",
    "Comment",
    "ConversionError",
    "Decision",
    "Definition",
    "Engine",
    "Finding",
    "HoursVersion",
    "Interaction",
    "InteractionRefusal",
    "InvalidTextError",
    "KitamiPolicyError",
    "MonthCalendar",
    "MonthDay",
    "NaiveDatetimeError",
    "OfficeHours",
    "OperatingRules",
    "OutOfRangeError",
    "PayloadError",
    "Platform",
    "PlatformActions",
    "Policy",
    "PolicyFileError",
    "PolicyNotInForceError",
    "Post",
    "PostViolation",
    "PublicContact",
    "RecordError",
    "Report",
    "ReusePermission",
    "ReuseTerms",
    "Span",
    "SpecialDay",
    "Stream",
    "Topic",
    "UnknownAccountError",
    "UnknownClauseError",
    "UnknownTopicError",
    "ValidationError",
    "Weekday",
    "Window",
    "__version__",
    "assess_report",
    "attribution_line",
    "check_clause_code",
    "check_interaction",
    "check_post",
    "comment_from_record",
    "decision_record",
    "earliest_publish_time",
    "ensure_aware",
    "find_no_reprint_notice",
    "from_dict",
    "from_json",
    "is_emergency",
    "load_policy",
    "mask_digits",
    "mask_email",
    "mask_text",
    "month_calendar",
    "ordered_actions",
    "parse_datetime",
    "parse_policy",
    "policy_in_force",
    "reuse_terms",
    "to_dict",
    "to_json",
    "to_jst",
]
