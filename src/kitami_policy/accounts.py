"""The city's social-media accounts and the kinds of content each publishes (section 2(1)).

Section 2(1) of the policy names one account per platform and the content (発信内容) each one
carries. The accounts and topics themselves are policy data (``data/kitami.toml``); this module
holds their types.
"""

from __future__ import annotations

import enum

import attrs

from kitami_policy import _validate as v
from kitami_policy._redact import sketch
from kitami_policy.errors import ValidationError

__all__ = ["Account", "Platform", "Topic", "as_platform"]


class Platform(enum.StrEnum):
    """A social-media platform the policy covers (section 2(1)).

    X is still named Twitter in the policy text; ``Platform.X`` is an alias of
    ``Platform.TWITTER`` and both parse from ``"x"`` or ``"twitter"``.
    """

    FACEBOOK = "facebook"
    TWITTER = "twitter"
    INSTAGRAM = "instagram"
    X = "twitter"

    @classmethod
    def parse(cls, name: str | Platform) -> Platform:
        """Read a platform name, case-insensitively; ``"x"`` means Twitter.

        >>> Platform.parse("X") is Platform.TWITTER
        True

        Raises:
            ValidationError: the name is not a platform the policy covers.
        """
        if isinstance(name, Platform):
            return name
        if isinstance(name, str):
            key = name.strip().casefold()
            if key == "x":
                return cls.TWITTER
            for member in cls:
                if member.value == key:
                    return member
        allowed = ", ".join(sorted({m.value for m in cls} | {"x"}))
        raise ValidationError(f"unknown platform: expected one of {allowed}, got {sketch(name)}")


@attrs.frozen
class Topic:
    """A kind of content an account publishes, as listed in section 2(1) (発信内容).

    Attributes:
        code: stable identifier used in data and JSON (``"event_info"``).
        name_ja: the policy's own wording (``"イベント開催情報"``).
        name_en: an English gloss.
        emergency: content that may go out outside office hours (section 3(1) なお書き).
    """

    code: str = attrs.field(validator=v.non_empty_str)
    name_ja: str = attrs.field(validator=v.non_empty_str)
    name_en: str = attrs.field(validator=v.non_empty_str)
    emergency: bool = attrs.field(default=False, validator=v.boolean)


def as_platform(value: str | Platform) -> Platform:
    """Converter form of :meth:`Platform.parse` (attrs converters must be plain functions)."""
    return Platform.parse(value)


def _check_url(inst: Account, attribute: attrs.Attribute[str], value: str) -> None:
    v.non_empty_str(inst, attribute, value)
    if not value.startswith("https://"):
        raise ValidationError(f"Account.url must be an https:// address, got {sketch(value)}")


@attrs.frozen
class Account:
    """One of the city's own accounts (本市アカウント, section 2(1)).

    Attributes:
        platform: where the account lives.
        handle: the account name as the policy writes it (``"@kitamishi"``).
        url: the account's public address.
        topics: codes of the topics the policy assigns to it, in the policy's order.
    """

    platform: Platform = attrs.field(converter=as_platform)
    handle: str = attrs.field(validator=v.non_empty_str)
    url: str = attrs.field(validator=_check_url)
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )

    @property
    def bare_handle(self) -> str:
        """The handle without a leading ``@``, as impersonation checks compare it."""
        return self.handle.removeprefix("@")
