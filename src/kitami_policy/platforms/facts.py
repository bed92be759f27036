"""What each platform's API offers to carry out a decision, as data (``data/platforms.toml``).

For every platform and every action the policy knows (hide, delete, block the account) the
data names the request that carries it out (method, path template, parameters, body encoding),
the request that undoes it, the published rate limit and the reference page the facts were read
from; or, when the platform has no API for the action, says so and why. The webhook facts (which
verbs carry a comment to assess, which are passed over) live there too. Nothing here sends a
request: :mod:`kitami_policy.platforms.plan` turns these facts into plans.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from typing import Any, Final

import attrs

from kitami_policy import _validate as v
from kitami_policy.accounts import Platform, as_platform
from kitami_policy.clauses import Action
from kitami_policy.errors import PolicyFileError, ValidationError

__all__ = [
    "FACTS",
    "POLICE_REFERRAL",
    "Endpoint",
    "ParamValue",
    "PlatformFacts",
    "RateLimit",
    "Request",
    "WebhookFacts",
    "facts_for",
    "fill",
    "load_facts",
    "placeholders",
]

ParamValue = bool | str | tuple[str, ...]
"""A request parameter: a flag, a string or a list of strings (Graph API list parameters)."""

METHODS: Final = ("GET", "POST", "PUT", "DELETE")
ENCODINGS: Final = ("form", "json")
PLATFORM_ACTIONS: Final = (Action.HIDE, Action.DELETE, Action.BLOCK_ACCOUNT)
"""The actions a platform carries out; every platform's data says how, or that it cannot."""

_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")
_PATH: Final = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def placeholders(template: str) -> tuple[str, ...]:
    """The ``{name}`` placeholders of *template*, in order, each once.

    >>> placeholders("/{account_id}/blocked/{account_id}")
    ('account_id',)
    """
    return tuple(dict.fromkeys(_PLACEHOLDER.findall(template)))


def fill(template: str, values: Mapping[str, str]) -> str:
    """*template* with the placeholders that *values* names filled; others are left as they are.

    >>> fill("/2/tweets/{comment_id}/hidden", {"comment_id": "42"})
    '/2/tweets/42/hidden'
    >>> fill("/{account_id}/blocked", {})
    '/{account_id}/blocked'
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _params(value: Any) -> tuple[tuple[str, ParamValue], ...]:
    if isinstance(value, tuple):
        return value
    if not isinstance(value, Mapping):
        raise ValidationError(f"Request.params must be a table, got {type(value).__name__}")
    pairs: list[tuple[str, ParamValue]] = []
    for key, item in value.items():
        if isinstance(item, list | tuple) and all(isinstance(x, str) for x in item):
            pairs.append((str(key), tuple(item)))
        elif isinstance(item, bool | str):
            pairs.append((str(key), item))
        else:
            raise ValidationError(
                f"Request.params.{key} must be true/false, a string or a list of strings"
            )
    return tuple(pairs)


@attrs.frozen
class Request:
    """One HTTP request, as a template: nothing in this library sends it.

    Attributes:
        method: ``GET``, ``POST``, ``PUT`` or ``DELETE``.
        path: the path template under the platform's base URL (``/{comment_id}``).
        params: the parameters, in order; string values may hold placeholders.
        encoding: ``form`` (query string or form fields, as the Graph API takes them) or
            ``json`` (a JSON body, as the X API takes it).
    """

    method: str = attrs.field(validator=attrs.validators.in_(METHODS))
    path: str = attrs.field(validator=v.non_empty_str)
    params: tuple[tuple[str, ParamValue], ...] = attrs.field(default=(), converter=_params)
    encoding: str = attrs.field(default="form", validator=attrs.validators.in_(ENCODINGS))

    @property
    def placeholders(self) -> tuple[str, ...]:
        """Every placeholder of the path and the parameters."""
        texts = [self.path]
        for _, value in self.params:
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, tuple):
                texts.extend(value)
        return tuple(dict.fromkeys(name for text in texts for name in placeholders(text)))


@attrs.frozen
class RateLimit:
    """A published rate limit: *calls* per *window_minutes*, counted *per* something."""

    calls: int = attrs.field(validator=attrs.validators.ge(1))
    window_minutes: int = attrs.field(validator=attrs.validators.ge(1))
    per: str = attrs.field(validator=v.non_empty_str)
    reference: str = attrs.field(validator=v.non_empty_str)

    def windows(self, calls: int) -> int:
        """How many windows *calls* calls span at this limit (0 for none).

        >>> RateLimit(50, 15, "user", "https://example.org").windows(51)
        2
        """
        return -(-calls // self.calls) if calls > 0 else 0

    def minutes(self, calls: int) -> int:
        """Minutes from the first call until the last may be sent at this limit.

        The first window's calls go out at once; each further window waits for the one before.

        >>> RateLimit(50, 15, "user", "https://example.org").minutes(120)
        30
        """
        return max(self.windows(calls) - 1, 0) * self.window_minutes


@attrs.frozen
class Endpoint:
    """How one platform carries out one action, or why it cannot.

    Attributes:
        action: the action served.
        request: the request that carries it out; ``None`` when the platform has no API for it.
        undo: the request that reverses it; ``None`` when it cannot be undone.
        reference: the reference page the facts were read from.
        note: what a caller must know (tokens, plans, preconditions).
        unavailable: why there is no API, when *request* is ``None``.
        limit: the platform's published rate limit for the request, when there is one.
    """

    action: Action = attrs.field(converter=Action)
    request: Request | None
    undo: Request | None
    reference: str = attrs.field(validator=v.non_empty_str)
    note: str = attrs.field(default="", validator=v.text)
    unavailable: str = attrs.field(default="", validator=v.text)
    limit: RateLimit | None = None

    def __attrs_post_init__(self) -> None:
        if (self.request is None) == (not self.unavailable):
            raise ValidationError(
                f"{self.action.value}: give either a request (method, path) or the reason "
                "there is none (unavailable), not both"
            )


@attrs.frozen
class WebhookFacts:
    """The shape of a platform's webhook notifications for comments.

    Attributes:
        object: the notification's ``object`` (``page``, ``instagram``).
        fields: the change fields that carry comments (``feed``; ``comments``).
        item: the change value's ``item`` for a comment, when the field carries other items.
        assess_verbs: verbs whose comment is assessed (a new or edited comment).
        pass_over_verbs: verbs passed over and counted (the comment is gone or hidden already).
        reference: the reference page.
    """

    object: str = attrs.field(validator=v.non_empty_str)
    fields: tuple[str, ...] = attrs.field(converter=v.to_tuple, validator=v.instances_of(str))
    reference: str = attrs.field(validator=v.non_empty_str)
    item: str = attrs.field(default="", validator=v.text)
    assess_verbs: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )
    pass_over_verbs: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(str)
    )


@attrs.frozen
class PlatformFacts:
    """Everything the plans need to know about one platform's API.

    Attributes:
        platform: the platform.
        name: its API's name, for people.
        base_url: where the request paths start.
        endpoints: one per action of :data:`PLATFORM_ACTIONS`.
        rate_limit: what the platform publishes about limits when it has no fixed numbers.
        rate_limit_reference: the rate-limit reference page.
        conversation_cap: at most this many hidden replies per conversation (X), or 0.
        conversation_reference: where that cap is published.
        webhook: the webhook's shape, when the library reads that platform's webhooks.
    """

    platform: Platform = attrs.field(converter=as_platform)
    name: str = attrs.field(validator=v.non_empty_str)
    base_url: str = attrs.field(validator=v.non_empty_str)
    endpoints: tuple[Endpoint, ...] = attrs.field(converter=v.to_tuple)
    rate_limit_reference: str = attrs.field(validator=v.non_empty_str)
    rate_limit: str = attrs.field(default="", validator=v.text)
    conversation_cap: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    conversation_reference: str = attrs.field(default="", validator=v.text)
    webhook: WebhookFacts | None = None

    def __attrs_post_init__(self) -> None:
        served = [e.action for e in self.endpoints]
        if sorted(served, key=lambda a: a.severity) != list(PLATFORM_ACTIONS):
            raise ValidationError(
                f"{self.platform.value}: list exactly one entry for each of "
                f"{', '.join(a.value for a in PLATFORM_ACTIONS)} (a request or the reason "
                f"there is none), got {', '.join(a.value for a in served) or 'none'}"
            )

    def endpoint(self, action: Action) -> Endpoint:
        """How this platform carries out *action*.

        Raises:
            ValidationError: *action* is not one a platform carries out (keep, police report).
        """
        for endpoint in self.endpoints:
            if endpoint.action is action:
                return endpoint
        raise ValidationError(
            f"{action.value} is not carried out on a platform; the plan handles it apart"
        )


def load_facts(path: str | os.PathLike[str] | None = None) -> tuple[tuple[PlatformFacts, ...], str]:
    """Read the platform facts and the police-referral note from *path* (the bundled file).

    Raises:
        PolicyFileError: the file is missing, is not TOML or does not describe the platforms.
    """
    where = os.fspath(path) if path is not None else os.path.join(_PATH, "platforms.toml")
    try:
        with open(where, "rb") as handle:
            document = tomllib.load(handle)
        police = document.pop("police")["unavailable"]
        return tuple(_platform(name, table) for name, table in document.items()), police
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PolicyFileError(f"cannot read the platform facts {where}: {exc}") from exc
    except KeyError as exc:
        raise PolicyFileError(f"{where}: missing key {exc.args[0]!r}") from None
    except (ValidationError, TypeError, ValueError) as exc:
        raise PolicyFileError(f"{where}: {exc}") from exc


def _platform(name: str, table: Mapping[str, Any]) -> PlatformFacts:
    limits = table.get("limits", {})
    endpoints = []
    for action, entry in table["actions"].items():
        request = undo = None
        if "method" in entry:
            request = Request(
                entry["method"],
                entry["path"],
                entry.get("params", {}),
                entry.get("encoding", "form"),
            )
        if "undo" in entry:
            undo = Request(**entry["undo"])
        limit = RateLimit(**limits[action]) if action in limits else None
        endpoints.append(
            Endpoint(
                action=action,
                request=request,
                undo=undo,
                reference=entry["reference"],
                note=entry.get("note", ""),
                unavailable=entry.get("unavailable", ""),
                limit=limit,
            )
        )
    conversation = table.get("conversation", {})
    webhook = table.get("webhook")
    return PlatformFacts(
        platform=name,
        name=table["name"],
        base_url=table["base_url"],
        endpoints=tuple(endpoints),
        rate_limit=table.get("rate_limit", ""),
        rate_limit_reference=table["rate_limit_reference"],
        conversation_cap=conversation.get("hidden_replies", 0),
        conversation_reference=conversation.get("reference", ""),
        webhook=WebhookFacts(**webhook) if webhook is not None else None,
    )


_BUNDLED: Final = load_facts()
FACTS: Final = _BUNDLED[0]
"""The bundled facts (``data/platforms.toml``), read once at import."""
POLICE_REFERRAL: Final = _BUNDLED[1]
"""Why a police report has no API, and what its record carries instead."""


def facts_for(platform: Platform | str) -> PlatformFacts:
    """The bundled facts about *platform* (``"x"`` names X).

    Raises:
        ValidationError: the platform is unknown, or the data says nothing about it.
    """
    wanted = Platform.parse(platform)
    for facts in FACTS:
        if facts.platform is wanted:
            return facts
    raise ValidationError(f"data/platforms.toml says nothing about {wanted.value}")
