"""``kitami-policy check-post``: planned posts against sections 2(1) and 3(1)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Final, TextIO

from kitami_policy.cli.files import describe, json_lines, open_binary
from kitami_policy.cli.printing import LineWriter
from kitami_policy.cli.status import (
    EXIT_OK,
    EXIT_REJECTED,
    INTERNAL_ERROR,
    RunError,
    internal_error,
)
from kitami_policy.content import Post
from kitami_policy.errors import KitamiPolicyError, UnknownAccountError, ValidationError
from kitami_policy.policy import KITAMI, Policy

__all__ = ["check_posts", "post_from_record"]

_NOTHING_CHECKED: Final = {
    "ja": "確認していません: published_at (3(1)) も topics (2(1)) もありません",
    "en": "nothing was checked: the post has neither published_at (3(1)) nor topics (2(1))",
}


def post_from_record(record: object, policy: Policy) -> Post:
    """Build a planned :class:`Post` from one input record (see ``kitami-policy check-post``).

    As for comments, the id is a JSON string and messages show values only as their sketch.

    Raises:
        RecordError: a field is missing or has the wrong shape.
    """
    from kitami_policy._redact import shown_name, sketch
    from kitami_policy.jst import parse_datetime
    from kitami_policy.records import RecordError

    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {sketch(record)}")
    post_id, account = record.get("id"), record.get("account")
    if not isinstance(post_id, str) or not post_id.strip():
        raise RecordError(
            f"field 'id' is required and must be a non-empty string, got {sketch(post_id)}"
        )
    platforms = ", ".join(sorted({a.platform.value for a in policy.accounts}))
    try:
        if not isinstance(account, str):
            raise UnknownAccountError(account)
        found = policy.account_for(account)
    except (ValidationError, UnknownAccountError):
        raise RecordError(
            f"field 'account' must name a platform where {policy.id} has an account "
            f"({platforms}), got {sketch(account)}"
        ) from None
    when = record.get("published_at")
    if when is not None and not isinstance(when, str):
        raise RecordError(
            f"field 'published_at' must be an ISO 8601 string with an offset, got {sketch(when)}"
        )
    topics = record.get("topics", [])
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise RecordError(f"field 'topics' must be a list of topic codes, got {sketch(topics)}")
    known = {t.code for t in policy.topics}
    unknown = [t for t in topics if t not in known]
    if unknown:
        raise RecordError(
            f"field 'topics' names unknown topic {shown_name(unknown[0])}; {policy.id} defines "
            f"{', '.join(sorted(known))}"
        )
    for flag in ("emergency", "no_reprint"):
        if not isinstance(record.get(flag, False), bool):
            raise RecordError(f"field {flag!r} must be true or false, got {sketch(record[flag])}")
    text = record.get("text", "")
    if not isinstance(text, str):
        raise RecordError(f"field 'text' must be a string, got {sketch(text)}")
    try:
        return Post(
            id=post_id,
            account=found,
            text=text,
            published_at=None if when is None else parse_datetime(when, "field 'published_at'"),
            topics=frozenset(topics),
            emergency=record.get("emergency", False),
            no_reprint=record.get("no_reprint", False),
        )
    except RecordError:
        raise
    except KitamiPolicyError as exc:
        raise RecordError(str(exc)) from None


def check_posts(args: argparse.Namespace, out: TextIO) -> int:
    from kitami_policy.publishing import check_post
    from kitami_policy.records import record_id

    ja = args.lang == "ja"
    failed = False
    broken: list[int] = []  # lines that met an internal error
    lines = LineWriter(out, "json" if args.format == "jsonl" else "text")
    source = sys.stdin.buffer if args.file == "-" else open_binary(args.file)
    try:
        for number, record, error in json_lines(source):
            if error is None:
                try:
                    post = post_from_record(record, KITAMI)
                    violations = check_post(post, KITAMI)
                except KitamiPolicyError as exc:
                    error = describe(exc)
                except Exception as exc:  # a bug must not stop the lines after it
                    error = internal_error(exc)
                    broken.append(number)
            if error is not None:
                failed = True
                ident = record_id(record)
                if args.format == "jsonl":
                    lines.json({"id": ident, "line": number, "error": error})
                else:
                    lines.line(f"{ident or '-'}  line {number}  error  {error}")
                continue
            failed = failed or bool(violations)
            # Without a time (3(1)) and without topics (2(1)) nothing was checked: "ok"
            # would read as a pass.
            unchecked = post.published_at is None and not post.topics
            warning = _NOTHING_CHECKED[args.lang] if unchecked else None
            if args.format == "jsonl":
                found = [
                    {
                        "section": v.section,
                        "code": v.code,
                        "message": v.message_ja if ja else v.message_en,
                    }
                    for v in violations
                ]
                answer: dict[str, Any] = {"id": post.id, "violations": found}
                if warning is not None:
                    answer["warning"] = warning
                lines.json(answer)
                continue
            if warning is not None:
                lines.line(f"{post.id}  {'警告' if ja else 'warning'}  {warning}")
            elif not violations:
                lines.line(f"{post.id}  ok")
            for v in violations:
                message = v.message_ja if ja else v.message_en
                lines.line(f"{post.id}  {v.section}  {v.code}  {message}")
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    if broken:
        more = f" and {len(broken) - 1} more" if len(broken) > 1 else ""
        raise RunError(f"line {broken[0]}{more}: {INTERNAL_ERROR}; please report it")
    return EXIT_REJECTED if failed else EXIT_OK
