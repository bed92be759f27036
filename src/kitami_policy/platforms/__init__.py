"""Meet the platforms where they are: what their APIs offer to carry out a decision.

The platform facts are data: ``data/platforms.toml``, read by :mod:`.facts`.
"""

from __future__ import annotations

from kitami_policy.platforms.facts import FACTS, PlatformFacts, RateLimit, Request, facts_for

__all__ = ["FACTS", "PlatformFacts", "RateLimit", "Request", "facts_for"]
