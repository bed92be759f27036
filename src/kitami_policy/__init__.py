"""kitami-policy: Kitami City's social-media operation policy as code.

The public names are re-exported here; modules are named for what they hold (``accounts``,
``content``, ``clauses``, ``findings``, ``policy``, ``jst``, ``convert``, ``masking``).
"""

from __future__ import annotations

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
    PolicyFileError,
    PolicyNotInForceError,
    UnknownAccountError,
    UnknownClauseError,
    UnknownTopicError,
    ValidationError,
)
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.jst import JST, ensure_aware, parse_datetime, to_jst
from kitami_policy.masking import mask_digits, mask_email, mask_text
from kitami_policy.policy import (
    KITAMI,
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

__version__ = "0.1.0"

__all__ = [
    "CLAUSE_CODES",
    "JST",
    "KITAMI",
    "Account",
    "Action",
    "Author",
    "Clause",
    "Comment",
    "ConversionError",
    "Decision",
    "Definition",
    "Finding",
    "InvalidTextError",
    "KitamiPolicyError",
    "NaiveDatetimeError",
    "OperatingRules",
    "OutOfRangeError",
    "Platform",
    "PlatformActions",
    "Policy",
    "PolicyFileError",
    "PolicyNotInForceError",
    "Post",
    "PublicContact",
    "ReuseTerms",
    "Span",
    "Topic",
    "UnknownAccountError",
    "UnknownClauseError",
    "UnknownTopicError",
    "ValidationError",
    "__version__",
    "check_clause_code",
    "ensure_aware",
    "from_dict",
    "from_json",
    "load_policy",
    "mask_digits",
    "mask_email",
    "mask_text",
    "ordered_actions",
    "parse_datetime",
    "parse_policy",
    "policy_in_force",
    "to_dict",
    "to_json",
    "to_jst",
]
