"""What Facebook and Instagram payloads share: Graph API error responses and paging, and the
envelope of Meta's webhook notifications.

A notification is ``{"object": …, "entry": [{"id", "time", "changes": [{"field", "value"}]}]}``
(https://developers.facebook.com/docs/graph-api/webhooks,
https://developers.facebook.com/docs/graph-api/webhooks/getting-started); Instagram's examples
also show ``field`` and ``value`` in the entry itself
(https://developers.facebook.com/docs/instagram-platform/webhooks/examples): both are read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, NamedTuple

from kitami_policy.errors import PayloadError
from kitami_policy.platforms import _fields as f
from kitami_policy.platforms.facts import WebhookFacts


class Change(NamedTuple):
    """One change of a notification: where it is, its value (``None`` when its field carries
    no comments) and the notification's time, when the entry gives one."""

    path: str
    value: Mapping[str, Any] | None
    sent: datetime | None


def is_notification(document: Mapping[str, Any]) -> bool:
    """True for a whole notification, False for a bare change value."""
    return "entry" in document or "object" in document


def changes(document: Mapping[str, Any], webhook: WebhookFacts) -> Iterator[Change]:
    """Every change of a notification, in order.

    Raises:
        PayloadError: the notification is for another object, or a field is missing or of the
            wrong type.
    """
    if f.required(document, "object", "") != webhook.object:
        raise PayloadError(
            f'field object must be "{webhook.object}" for this reader; give each platform\'s '
            "notifications to its own reader",
            field="object",
        )
    for i, raw in enumerate(f.required_list(document, "entry", "")):
        entry_path = f.join("entry", i)
        entry = f.obj(raw, entry_path)
        sent = f.epoch(entry, "time", entry_path) if entry.get("time") is not None else None
        if "changes" in entry:
            listed = f.required_list(entry, "changes", entry_path)
            items = [
                (f.join(f.join(entry_path, "changes"), j), f.obj(c, f"{entry_path}.changes[{j}]"))
                for j, c in enumerate(listed)
            ]
        else:
            items = [(entry_path, entry)]
        for path, change in items:
            if f.text(change, "field", path) not in webhook.fields:
                yield Change(path, None, sent)
            else:
                yield Change(f.join(path, "value"), f.required_obj(change, "value", path), sent)


def refuse_error(document: Mapping[str, Any]) -> None:
    """Refuse a Graph API error response (``{"error": …}``) by what it means, not what it says.

    Raises:
        PayloadError: *document* is an error response.
    """
    if "error" in document and "data" not in document:
        raise PayloadError(
            "the document is a Graph API error response, not a page of comments; check the "
            "access token, its permissions and the request",
            field="error",
        )


def after(document: Mapping[str, Any]) -> str | None:
    """The cursor of the next page: ``paging.cursors.after`` when ``paging.next`` says there is
    one (the last page still has cursors, but no ``next``)."""
    paging = document.get("paging")
    if not isinstance(paging, Mapping) or "next" not in paging:
        return None
    cursors = paging.get("cursors")
    cursor = cursors.get("after") if isinstance(cursors, Mapping) else None
    return cursor if isinstance(cursor, str) and cursor else None
