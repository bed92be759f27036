"""Tests for kitami_policy.interactions: the city only broadcasts (section 3(2))."""

from __future__ import annotations

import attrs
import pytest

from kitami_policy import KITAMI, ValidationError
from kitami_policy.interactions import Interaction, InteractionRefusal, check_interaction


class TestInteraction:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("reply", Interaction.REPLY),
            ("Follow", Interaction.FOLLOW),
            ("follow back", Interaction.FOLLOW_BACK),
            ("follow-back", Interaction.FOLLOW_BACK),
            ("DM", Interaction.DIRECT_MESSAGE),
            ("direct_message", Interaction.DIRECT_MESSAGE),
        ],
    )
    def test_parse(self, text: str, kind: Interaction) -> None:
        """Names are read case-insensitively, with the usual spellings."""
        assert Interaction.parse(text) is kind

    def test_unknown_name(self) -> None:
        """An unknown kind lists the ones that exist."""
        with pytest.raises(ValidationError, match="direct_message"):
            Interaction.parse("like")

    def test_labels(self) -> None:
        """Labels are the policy's words."""
        assert Interaction.DIRECT_MESSAGE.label_ja == "ダイレクトメッセージ"


class TestCheckInteraction:
    @pytest.mark.parametrize("kind", list(Interaction))
    def test_every_outbound_interaction_refused(self, kind: Interaction) -> None:
        """Reply, follow, follow back and DM are all refused under 3(2)."""
        refusal = check_interaction(kind)
        assert isinstance(refusal, InteractionRefusal)
        assert refusal.section == "3(2)"
        assert refusal.interaction is kind
        assert kind.label_ja in refusal.message_ja
        assert "3(2)" in refusal.message_en

    def test_points_to_the_feedback_window(self) -> None:
        """Opinions are sent to the official site's ご意見募集・相談窓口."""
        refusal = check_interaction("reply")
        assert refusal is not None
        assert refusal.feedback_channel == KITAMI.operating_rules.feedback_channel
        assert refusal.feedback_url == KITAMI.operating_rules.feedback_url
        assert "ご意見募集・相談窓口" in refusal.message_ja
        assert refusal.feedback_url in refusal.message_en

    def test_follow_back_is_a_follow(self) -> None:
        """Where the data refuses follows, a follow back is refused too."""
        rules = attrs.evolve(KITAMI.operating_rules, refused_interactions=("follow",))
        policy = attrs.evolve(KITAMI, operating_rules=rules)
        assert check_interaction("follow_back", policy) is not None
        assert check_interaction("reply", policy) is None

    def test_a_policy_that_interacts(self) -> None:
        """A policy that is not broadcast-only refuses nothing."""
        rules = attrs.evolve(KITAMI.operating_rules, broadcast_only=False)
        policy = attrs.evolve(KITAMI, operating_rules=rules)
        assert all(check_interaction(kind, policy) is None for kind in Interaction)
