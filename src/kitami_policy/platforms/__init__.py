"""Meet the platforms where they are: plan the calls that carry out a decision.

:func:`plan` (or ``Decision.plan(platform)``) turns a decision into a :class:`Plan`: the API
calls with their method, path template, parameters and undo, the steps with no API, and a
police-referral record. Nothing is sent. The platform facts are data: ``data/platforms.toml``.
"""

from __future__ import annotations

from kitami_policy.errors import PayloadError
from kitami_policy.platforms.facts import FACTS, PlatformFacts, RateLimit, Request, facts_for
from kitami_policy.platforms.plan import (
    ManualStep,
    Operation,
    Plan,
    PoliceReferral,
    plan,
    plan_for_platform,
    plan_record,
)

__all__ = [
    "FACTS",
    "ManualStep",
    "Operation",
    "PayloadError",
    "Plan",
    "PlatformFacts",
    "PoliceReferral",
    "RateLimit",
    "Request",
    "facts_for",
    "plan",
    "plan_for_platform",
    "plan_record",
]
