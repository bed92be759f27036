"""``moderate --from``: platform payloads in, comments out, through the platform readers.

A file holds either one JSON document per line (webhook notifications as a receiver logs them,
or compact API responses) or one whole response, pretty-printed over many lines. Which one is
told from the first non-blank line: if it is a JSON document by itself the file is JSON Lines.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO, Final

from kitami_policy._json import JSONInputError, loads
from kitami_policy.cli.files import json_lines, read_lines
from kitami_policy.errors import ValidationError

if TYPE_CHECKING:
    from kitami_policy.platforms.reading import Reading
    from kitami_policy.policy import Policy

__all__ = ["NEEDS_POST", "SHAPES", "TAKES_POST", "documents", "read_payload"]

SHAPES: Final = ("facebook", "facebook-webhook", "instagram", "instagram-webhook", "x")
"""The payload shapes ``--from`` reads, each with its reader in :mod:`kitami_policy.platforms`."""
TAKES_POST: Final = ("facebook", "instagram", "x")
"""Shapes whose pages answer one post, which ``--post`` names."""
NEEDS_POST: Final = ("facebook",)
"""Shapes whose pages never name their post: ``--post`` is required."""


def read_payload(shape: str, document: object, *, post: str | None, policy: Policy) -> Reading:
    """Read one document of *shape* with its platform reader.

    The readers are imported here, on first use, so that the other commands start without them.

    Raises:
        PayloadError: the document does not have the shape's fields (the message names one).
        ValidationError: a Facebook comments page is read without its post.
    """
    from kitami_policy import platforms

    if shape == "facebook":
        if post is None:
            raise ValidationError(
                "a Graph API comments page does not name its post: give --post POST_ID"
            )
        return platforms.read_facebook_comments(document, post=post, policy=policy)
    if shape == "facebook-webhook":
        return platforms.read_facebook_webhook(document, policy=policy)
    if shape == "instagram":
        return platforms.read_instagram_comments(document, post=post, policy=policy)
    if shape == "instagram-webhook":
        return platforms.read_instagram_webhook(document, policy=policy)
    if shape == "x":
        return platforms.read_x_replies(document, post=post, policy=policy)
    raise ValidationError(f"unknown payload shape; expected one of {', '.join(SHAPES)}")


def documents(source: BinaryIO) -> Iterator[tuple[int, object, str | None]]:
    """``(line number, document, error)`` for each document of *source*.

    JSON Lines give one per non-blank line, as the batch contract reads them; a whole
    response gives one document numbered by its first line. A file that is neither is read
    line by line, so each line that is not JSON gets its own error. Documents are read as
    :func:`~kitami_policy.cli.files.json_lines` reads lines (:func:`kitami_policy._json.loads`,
    a byte order mark at the start skipped), so no document can stop the run.
    """
    lines = read_lines(source)
    head: list[bytes] = []
    for raw in lines:
        head.append(raw.removeprefix(codecs.BOM_UTF8) if not head else raw)
        if raw.strip():
            break
    if not head or not head[-1].strip():
        return
    first = len(head)
    try:
        value = loads(head[-1].decode("utf-8"))
    except (UnicodeDecodeError, JSONInputError):
        pass
    else:
        yield first, value, None
        yield from json_lines(lines, start=first + 1)
        return
    whole = b"".join([*head, *lines])
    try:
        value = loads(whole.decode("utf-8"))
    except (UnicodeDecodeError, JSONInputError):
        yield from json_lines(io.BytesIO(whole))
        return
    yield first, value, None
