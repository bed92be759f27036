"""kitami-policy: Kitami City's social-media operation policy as code.

The package exports what a user calls, builds or catches: the policy (:data:`KITAMI`,
:func:`load_policy`), comments and posts, the engine and its decisions, the office-hours
calendar, the publishing checks, conversion to plain data and the exceptions. Everything else
stays importable from the module that holds it (``kitami_policy.clauses.CLAUSE_CODES``,
``kitami_policy.masking.mask_text``, ``kitami_policy.rules.RuleSpec``, …); ``docs/api.md``
lists both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kitami_policy.accounts import Account, Platform
from kitami_policy.clauses import Action
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
from kitami_policy.findings import Decision, Finding
from kitami_policy.hours import HoursVersion, SpecialDay
from kitami_policy.jst import JST, parse_datetime
from kitami_policy.office_hours import OfficeHours
from kitami_policy.policy import Policy, policy_in_force
from kitami_policy.policy_file import load_policy

if TYPE_CHECKING:
    from kitami_policy.engine import Engine
    from kitami_policy.interactions import Interaction, check_interaction
    from kitami_policy.policy import KITAMI, KITAMI_OFFICE_HOURS
    from kitami_policy.publishing import check_post, earliest_publish_time
    from kitami_policy.report import Report, assess_report
    from kitami_policy.reuse import reuse_terms
    from kitami_policy.ruleset import RuleSet

# Modules beyond the core types, the policy and the calendar are loaded on first use, so that
# `import kitami_policy` stays cheap (the engine compiles its rules' patterns when imported).
_LAZY = {
    "KITAMI": "kitami_policy.policy",
    "KITAMI_OFFICE_HOURS": "kitami_policy.policy",
    "Interaction": "kitami_policy.interactions",
    "check_interaction": "kitami_policy.interactions",
    "check_post": "kitami_policy.publishing",
    "earliest_publish_time": "kitami_policy.publishing",
    "reuse_terms": "kitami_policy.reuse",
    "Engine": "kitami_policy.engine",
    "RuleSet": "kitami_policy.ruleset",
    "Report": "kitami_policy.report",
    "assess_report": "kitami_policy.report",
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
    "JST",
    "KITAMI",
    "KITAMI_OFFICE_HOURS",
    "Account",
    "Action",
    "Author",
    "Comment",
    "ConversionError",
    "Decision",
    "Engine",
    "Finding",
    "HoursVersion",
    "Interaction",
    "InvalidTextError",
    "KitamiPolicyError",
    "NaiveDatetimeError",
    "OfficeHours",
    "OutOfRangeError",
    "PayloadError",
    "Platform",
    "Policy",
    "PolicyFileError",
    "PolicyNotInForceError",
    "Post",
    "Report",
    "RuleSet",
    "SpecialDay",
    "UnknownAccountError",
    "UnknownClauseError",
    "UnknownTopicError",
    "ValidationError",
    "__version__",
    "assess_report",
    "check_interaction",
    "check_post",
    "earliest_publish_time",
    "from_dict",
    "from_json",
    "load_policy",
    "parse_datetime",
    "policy_in_force",
    "reuse_terms",
    "to_dict",
    "to_json",
]
