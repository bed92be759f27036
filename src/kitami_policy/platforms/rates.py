"""How many calls a batch of plans makes per endpoint, against the platforms' published limits.

X publishes fixed limits for the calls a plan makes (hide: 50 per 15 minutes per authenticated
user; at most 725 hidden replies per conversation), so a batch's time can be worked out: the
first window's calls go out at once and each further window waits 15 minutes. Meta publishes no
fixed numbers for Pages and Instagram (Business Use Case limits scale with the account's
activity), so those calls are counted but not timed. The limits are data
(``data/platforms.toml``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import attrs

from kitami_policy.accounts import Platform
from kitami_policy.clauses import Action
from kitami_policy.platforms.facts import RateLimit, facts_for
from kitami_policy.platforms.plan import Plan

__all__ = ["ConversationLoad", "EndpointLoad", "PlanCounter", "PlanSummary", "summarize"]


@attrs.frozen
class EndpointLoad:
    """The calls a batch makes to one endpoint.

    Attributes:
        endpoint: the key (``twitter.hide``).
        method: the HTTP method.
        path: the path template.
        calls: how many calls.
        limit: the published limit, or ``None`` when the platform publishes no fixed one.
        limit_note: what the platform publishes instead, when *limit* is ``None``.
    """

    endpoint: str
    method: str
    path: str
    calls: int
    limit: RateLimit | None
    limit_note: str = ""

    @property
    def minutes(self) -> int | None:
        """Minutes from the first call until the last may go out; ``None`` when not timed."""
        return self.limit.minutes(self.calls) if self.limit is not None else None


@attrs.frozen
class ConversationLoad:
    """Hidden replies a batch adds to one conversation (X), against the per-conversation cap."""

    post_id: str | None
    hidden: int
    cap: int

    @property
    def over(self) -> bool:
        """True when the batch alone would hide more replies than the conversation allows."""
        return self.hidden > self.cap


@attrs.frozen
class PlanSummary:
    """Calls per endpoint, hidden replies per conversation and steps by hand, for a batch."""

    plans: int
    endpoints: tuple[EndpointLoad, ...]
    conversations: tuple[ConversationLoad, ...]
    manual: tuple[tuple[str, int], ...]

    @property
    def calls(self) -> int:
        """Every call of the batch."""
        return sum(e.calls for e in self.endpoints)

    @property
    def minutes(self) -> int:
        """Minutes until the last timed call may go out; endpoints' limits run side by side."""
        return max((e.minutes for e in self.endpoints if e.minutes is not None), default=0)

    def lines(self) -> list[str]:
        """The summary as lines of text for people."""
        by_hand = sum(n for _, n in self.manual)
        lines = [
            f"plan: {self.plans} comment{'s' if self.plans != 1 else ''}, {self.calls} "
            f"call{'s' if self.calls != 1 else ''}, {by_hand} step{'s' if by_hand != 1 else ''} "
            "by hand"
        ]
        for e in self.endpoints:
            head = (
                f"  {e.endpoint}  {e.method} {e.path}: {e.calls} call{'s' if e.calls != 1 else ''}"
            )
            if e.limit is None:
                lines.append(f"{head}; {e.limit_note}")
                continue
            windows = e.limit.windows(e.calls)
            lines.append(
                f"{head}; limit {e.limit.calls} per {e.limit.window_minutes} min per "
                f"{e.limit.per}: {windows} window{'s' if windows != 1 else ''}, "
                f"{_duration(e.limit.minutes(e.calls))}"
            )
        if self.conversations:
            worst = max(self.conversations, key=lambda c: c.hidden)
            lines.append(
                f"  conversations: {len(self.conversations)}; at most {worst.hidden} of "
                f"{worst.cap} hidden replies in one"
            )
            lines.extend(
                f"  conversation {c.post_id or '(unknown)'}: {c.hidden} hidden replies exceed "
                f"the cap of {c.cap}; hide no more there, delete is not available on X"
                for c in self.conversations
                if c.over
            )
        if self.manual:
            lines.append("  by hand: " + ", ".join(f"{k} {n}" for k, n in self.manual))
        lines.append(f"at the published rates: {_duration(self.minutes)}")
        return lines


class PlanCounter:
    """Counts plans one at a time, for a batch too large to hold (the command line's stream)."""

    def __init__(self) -> None:
        self._calls: Counter[tuple[str, Platform, Action, str, str]] = Counter()
        self._hidden: Counter[tuple[Platform, str | None]] = Counter()
        self._manual: Counter[str] = Counter()
        self._plans = 0

    def add(self, plan: Plan) -> None:
        """Count *plan*'s calls, hidden replies and steps by hand."""
        self._plans += 1
        for op in plan.operations:
            self._calls[(op.endpoint, plan.platform, op.action, op.method, op.request.path)] += 1
            if op.action is Action.HIDE and facts_for(plan.platform).conversation_cap:
                self._hidden[(plan.platform, plan.post_id)] += 1
        for step in plan.manual:
            where = "" if step.action is Action.REPORT_TO_POLICE else f"{plan.platform.value} "
            self._manual[f"{where}{step.action.value}"] += 1

    def summary(self) -> PlanSummary:
        """The counts so far."""
        endpoints = []
        for (key, platform, action, method, path), n in sorted(self._calls.items()):
            facts = facts_for(platform)
            endpoints.append(
                EndpointLoad(key, method, path, n, facts.endpoint(action).limit, facts.rate_limit)
            )
        conversations = tuple(
            ConversationLoad(post_id, n, facts_for(platform).conversation_cap)
            for (platform, post_id), n in sorted(self._hidden.items(), key=lambda kv: str(kv[0]))
        )
        return PlanSummary(
            self._plans, tuple(endpoints), conversations, tuple(sorted(self._manual.items()))
        )


def summarize(plans: Iterable[Plan]) -> PlanSummary:
    """Count *plans*' calls per endpoint and hidden replies per conversation.

    >>> summarize([]).lines()[-1]
    'at the published rates: every call can go out at once'
    """
    counter = PlanCounter()
    for plan in plans:
        counter.add(plan)
    return counter.summary()


def _duration(minutes: int) -> str:
    if minutes == 0:
        return "every call can go out at once"
    hours, rest = divmod(minutes, 60)
    text = f"{hours} h {rest} min" if hours else f"{rest} min"
    return f"the last call can go out {text} after the first"
