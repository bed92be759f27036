"""kitami-policy: Kitami City's social-media operation policy as code.

The public names are re-exported here; modules are named for what they hold (``accounts``,
``content``, ``clauses``, ``findings``, ``policy``, ``jst``, ``convert``, ``masking``).
"""

from __future__ import annotations

from kitami_policy.accounts import Account, Platform, Topic
from kitami_policy.calendar import OfficeHours, Window
from kitami_policy.clauses import CLAUSE_CODES, Action, Clause, check_clause_code, ordered_actions
from kitami_policy.content import Author, Comment, Post
from kitami_policy.convert import from_dict, from_json, to_dict, to_json
from kitami_policy.errors import (
    ConversionError,
    InvalidTextError,
    KitamiPolicyError,
    NaiveDatetimeError,
    OutOfRangeError,
    PolicyFileError,
    PolicyNotInForceError,
    UnknownAccountError,
    UnknownClauseError,
    UnknownTopicError,
    ValidationError,
)
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.hours import YEAR_END_LABEL, HoursVersion, SpecialDay, Weekday
from kitami_policy.interactions import Interaction, InteractionRefusal, check_interaction
from kitami_policy.jst import JST, ensure_aware, parse_datetime, to_jst
from kitami_policy.masking import mask_digits, mask_email, mask_text
from kitami_policy.policy import (
    KITAMI,
    KITAMI_OFFICE_HOURS,
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
from kitami_policy.publishing import PostViolation, check_post, earliest_publish_time, is_emergency
from kitami_policy.reuse import (
    ReusePermission,
    attribution_line,
    find_no_reprint_notice,
    reuse_terms,
)

__version__ = "0.1.0"

__all__ = [
    "CLAUSE_CODES",
    "JST",
    "KITAMI",
    "KITAMI_OFFICE_HOURS",
    "YEAR_END_LABEL",
    "Account",
    "Action",
    "Author",
    "Clause",
    "Comment",
    "ConversionError",
    "Decision",
    "Definition",
    "Finding",
    "HoursVersion",
    "Interaction",
    "InteractionRefusal",
    "InvalidTextError",
    "KitamiPolicyError",
    "NaiveDatetimeError",
    "OfficeHours",
    "OperatingRules",
    "OutOfRangeError",
    "Platform",
    "PlatformActions",
    "Policy",
    "PolicyFileError",
    "PolicyNotInForceError",
    "Post",
    "PostViolation",
    "PublicContact",
    "ReusePermission",
    "ReuseTerms",
    "Span",
    "SpecialDay",
    "Topic",
    "UnknownAccountError",
    "UnknownClauseError",
    "UnknownTopicError",
    "ValidationError",
    "Weekday",
    "Window",
    "__version__",
    "attribution_line",
    "check_clause_code",
    "check_interaction",
    "check_post",
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
    "ordered_actions",
    "parse_datetime",
    "parse_policy",
    "policy_in_force",
    "reuse_terms",
    "to_dict",
    "to_json",
    "to_jst",
]
