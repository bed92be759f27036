"""Meet the platforms where they are: read their comment payloads, plan the calls a decision needs.

Reading goes in, an action plan comes out; the library never calls the network itself.

* Readers turn one parsed payload into a :class:`Reading` of :class:`~kitami_policy.Comment`
  objects (id, text, author, aware ``created_at``, the post on the policy's account):
  :func:`read_facebook_comments` (Graph API ``/{post-id}/comments``),
  :func:`read_facebook_webhook` (the Page webhook's ``feed`` changes),
  :func:`read_instagram_comments` (Graph API media comments),
  :func:`read_instagram_webhook` (the ``comments`` webhook) and :func:`read_x_replies`
  (X API v2 replies, joined with ``includes.users``). A payload of the wrong shape raises
  :class:`~kitami_policy.errors.PayloadError`, naming the field and never its value.
* :func:`plan` (or ``Decision.plan(platform)``) turns a decision into a :class:`Plan`: the API
  calls with their method, path template, parameters and undo, the steps with no API, and a
  police-referral record. :func:`summarize` counts a batch's calls against the published rate
  limits. The platform facts are data: ``data/platforms.toml``.

See the documentation page "Using it with the platform APIs" for a complete loop per platform.
"""

from __future__ import annotations

from kitami_policy.errors import PayloadError
from kitami_policy.platforms.facebook import read_facebook_comments, read_facebook_webhook
from kitami_policy.platforms.facts import FACTS, PlatformFacts, RateLimit, Request, facts_for
from kitami_policy.platforms.instagram import read_instagram_comments, read_instagram_webhook
from kitami_policy.platforms.plan import (
    ManualStep,
    Operation,
    Plan,
    PoliceReferral,
    plan,
    plan_for_platform,
    plan_record,
)
from kitami_policy.platforms.rates import PlanSummary, summarize
from kitami_policy.platforms.reading import Reading
from kitami_policy.platforms.x import read_x_replies

__all__ = [
    "FACTS",
    "ManualStep",
    "Operation",
    "PayloadError",
    "Plan",
    "PlanSummary",
    "PlatformFacts",
    "PoliceReferral",
    "RateLimit",
    "Reading",
    "Request",
    "facts_for",
    "plan",
    "plan_for_platform",
    "plan_record",
    "read_facebook_comments",
    "read_facebook_webhook",
    "read_instagram_comments",
    "read_instagram_webhook",
    "read_x_replies",
    "summarize",
]
