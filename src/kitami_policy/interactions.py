"""The city's accounts only broadcast: what section 3(2) refuses the city itself.

Section 3(2): 「本市アカウントは、専ら情報発信を行うものとし、利用者からの「フォロー」、
「リプライ」、「ダイレクトメッセージ」等の投稿やコメントへの北見市からの返信等は、原則行わない
こととします。なお、ご意見やご質問は、北見市公式ホームページ「ご意見募集・相談窓口」等を
ご利用ください。」

Read as a rule on the city's own outbound actions: it does not reply, does not follow or
follow back, and does not send direct messages; the refusal points the user to the feedback
window named in the policy data (``operating_rules.feedback_channel``). A follow back is a
follow, so it is refused whenever ``"follow"`` is (the Kitami data lists ``reply``, ``follow``
and ``direct_message``).
"""

from __future__ import annotations

import enum

import attrs

from kitami_policy import _validate as v
from kitami_policy.errors import ValidationError
from kitami_policy.policy import KITAMI, Policy

__all__ = ["Interaction", "InteractionRefusal", "check_interaction"]


class Interaction(enum.StrEnum):
    """An outbound interaction the city's account could make with a user."""

    REPLY = "reply"
    FOLLOW = "follow"
    FOLLOW_BACK = "follow_back"
    DIRECT_MESSAGE = "direct_message"

    @property
    def label_ja(self) -> str:
        """The policy's word for it (「リプライ」, 「フォロー」, …)."""
        return _LABEL_JA[self]

    @classmethod
    def parse(cls, value: Interaction | str) -> Interaction:
        """Read an interaction name, case-insensitively; ``"dm"`` means a direct message.

        >>> Interaction.parse("DM")
        <Interaction.DIRECT_MESSAGE: 'direct_message'>

        Raises:
            ValidationError: *value* names no interaction.
        """
        if isinstance(value, Interaction):
            return value
        if isinstance(value, str):
            key = value.strip().casefold().replace("-", "_").replace(" ", "_")
            key = {"dm": "direct_message", "followback": "follow_back"}.get(key, key)
            for member in cls:
                if member.value == key:
                    return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(f"unknown interaction {value!r}; expected one of: {allowed}")


def _as_interaction(value: Interaction | str) -> Interaction:
    return Interaction.parse(value)


_LABEL_JA = {
    Interaction.REPLY: "リプライ",
    Interaction.FOLLOW: "フォロー",
    Interaction.FOLLOW_BACK: "フォローバック",
    Interaction.DIRECT_MESSAGE: "ダイレクトメッセージ",
}


@attrs.frozen
class InteractionRefusal:
    """Section 3(2)'s answer to an interaction the city may not make.

    Attributes:
        interaction: what was asked for.
        section: ``"3(2)"``.
        message_ja: why not, and where opinions go instead, in Japanese.
        message_en: the same in English.
        feedback_channel: the window for opinions and questions (ご意見募集・相談窓口).
        feedback_url: its address.
    """

    interaction: Interaction = attrs.field(converter=_as_interaction)
    section: str = attrs.field(validator=v.non_empty_str)
    message_ja: str = attrs.field(validator=v.non_empty_str)
    message_en: str = attrs.field(validator=v.non_empty_str)
    feedback_channel: str = attrs.field(validator=v.non_empty_str)
    feedback_url: str = attrs.field(validator=v.non_empty_str)


def check_interaction(
    interaction: Interaction | str, policy: Policy = KITAMI
) -> InteractionRefusal | None:
    """The refusal of section 3(2) for *interaction*, or ``None`` if the policy allows it.

    Under the Kitami policy every kind is refused: the city never writes to users.

    >>> refusal = check_interaction("reply")
    >>> refusal.section, refusal.feedback_channel
    ('3(2)', '北見市公式ホームページ「ご意見募集・相談窓口」')

    Raises:
        ValidationError: *interaction* names no interaction.
    """
    kind = Interaction.parse(interaction)
    rules = policy.operating_rules
    refused = set(rules.refused_interactions)
    if Interaction.FOLLOW in refused:
        refused.add(Interaction.FOLLOW_BACK)
    if not (rules.broadcast_only and kind in refused):
        return None
    return InteractionRefusal(
        interaction=kind,
        section="3(2)",
        message_ja=(
            f"本市アカウントは専ら情報発信を行うもので、{policy.municipality}からの"
            f"「{kind.label_ja}」は行いません（運用方針3(2)）。ご意見やご質問は"
            f"{rules.feedback_channel}（{rules.feedback_url}）をご利用ください。"
        ),
        message_en=(
            f"The {policy.municipality_en} accounts only broadcast; the city does not "
            f"{_VERB_EN[kind]} (section 3(2)). Opinions and questions go to "
            f"{rules.feedback_channel} ({rules.feedback_url})."
        ),
        feedback_channel=rules.feedback_channel,
        feedback_url=rules.feedback_url,
    )


_VERB_EN = {
    Interaction.REPLY: "reply to users",
    Interaction.FOLLOW: "follow users",
    Interaction.FOLLOW_BACK: "follow users back",
    Interaction.DIRECT_MESSAGE: "send direct messages",
}
