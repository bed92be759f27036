"""kitami_policy.platforms.facts: what each platform's API offers, read from data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitami_policy import KITAMI, Action
from kitami_policy.errors import PolicyFileError
from kitami_policy.platforms.facts import FACTS, PLATFORM_ACTIONS, facts_for, load_facts

PLACEHOLDERS = {"comment_id", "author_id", "account_id"}


class TestFacts:
    def test_every_account_platform_has_facts_for_every_action(self) -> None:
        """Each platform the policy has an account on says how (or that it cannot) per action."""
        for account in KITAMI.accounts:
            facts = facts_for(account.platform)
            assert [e.action for e in facts.endpoints] == list(PLATFORM_ACTIONS)

    def test_every_call_cites_its_reference_and_uses_known_placeholders(self) -> None:
        """Each request cites an https reference page and fills only the plan's placeholders."""
        for facts in FACTS:
            for endpoint in facts.endpoints:
                assert endpoint.reference.startswith("https://")
                for request in (endpoint.request, endpoint.undo):
                    if request is not None:
                        assert set(request.placeholders) <= PLACEHOLDERS, request

    def test_the_published_x_limits_are_data(self) -> None:
        """X: 50 hide calls per 15 minutes per user, 725 hidden replies per conversation."""
        x = facts_for("x")
        limit = x.endpoint(Action.HIDE).limit
        assert limit is not None
        assert (limit.calls, limit.window_minutes) == (50, 15)
        assert x.conversation_cap == 725
        assert facts_for("facebook").endpoint(Action.HIDE).limit is None

    def test_a_platform_missing_an_action_is_refused(self, tmp_path: Path) -> None:
        """A facts file that says nothing about one action is refused, naming the platform."""
        path = tmp_path / "platforms.toml"
        path.write_text(
            '[police]\nunavailable = "by hand"\n[x]\nname = "X"\nbase_url = "https://x"\n'
            'rate_limit_reference = "https://r"\n[x.actions.hide]\nmethod = "PUT"\n'
            'path = "/{comment_id}"\nreference = "https://r"\n',
            encoding="utf-8",
        )
        with pytest.raises(PolicyFileError, match="list exactly one entry for each of"):
            load_facts(path)

    def test_an_entry_with_neither_request_nor_reason_is_refused(self, tmp_path: Path) -> None:
        """An action entry must give a request or say why there is none."""
        path = tmp_path / "platforms.toml"
        path.write_text(
            '[police]\nunavailable = "by hand"\n[x]\nname = "X"\nbase_url = "https://x"\n'
            'rate_limit_reference = "https://r"\n[x.actions.hide]\nreference = "https://r"\n',
            encoding="utf-8",
        )
        with pytest.raises(PolicyFileError, match="give either a request"):
            load_facts(path)
