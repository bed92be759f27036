"""``kitami-policy check-post``: planned posts against sections 2(1) and 3(1)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Final, TextIO

from kitami_policy.cli.files import describe, json_lines, open_binary
from kitami_policy.cli.status import EXIT_OK, EXIT_REJECTED
from kitami_policy.content import Post
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import KITAMI, Policy

__all__ = ["check_posts", "post_from_record"]

_NOTHING_CHECKED: Final = {
    "ja": "確認していません: published_at (3(1)) も topics (2(1)) もありません",
    "en": "nothing was checked: the post has neither published_at (3(1)) nor topics (2(1))",
}


def post_from_record(record: object, policy: Policy) -> Post:
    from kitami_policy.jst import parse_datetime
    from kitami_policy.records import RecordError

    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    post_id, account = record.get("id"), record.get("account")
    if not isinstance(post_id, str | int) or isinstance(post_id, bool) or not str(post_id).strip():
        raise RecordError("field 'id' is required and must be a non-empty string")
    if not isinstance(account, str):
        raise RecordError("field 'account' must be one of facebook, twitter, instagram")
    when = record.get("published_at")
    if when is not None and not isinstance(when, str):
        raise RecordError("field 'published_at' must be an ISO 8601 string with an offset")
    topics = record.get("topics", [])
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise RecordError("field 'topics' must be a list of topic codes")
    for flag in ("emergency", "no_reprint"):
        if not isinstance(record.get(flag, False), bool):
            raise RecordError(f"field {flag!r} must be true or false")
    text = record.get("text", "")
    if not isinstance(text, str):
        raise RecordError("field 'text' must be a string")
    return Post(
        id=str(post_id),
        account=policy.account_for(account),
        text=text,
        published_at=parse_datetime(when) if when is not None else None,
        topics=frozenset(topics),
        emergency=record.get("emergency", False),
        no_reprint=record.get("no_reprint", False),
    )


def check_posts(args: argparse.Namespace, out: TextIO) -> int:
    from kitami_policy.publishing import check_post
    from kitami_policy.records import record_id

    ja = args.lang == "ja"
    failed = False
    source = sys.stdin.buffer if args.file == "-" else open_binary(args.file)
    try:
        for number, record, error in json_lines(source):
            if error is None:
                try:
                    post = post_from_record(record, KITAMI)
                    violations = check_post(post, KITAMI)
                except KitamiPolicyError as exc:
                    error = describe(exc)
            if error is not None:
                failed = True
                ident = record_id(record)
                if args.format == "jsonl":
                    line = {"id": ident, "line": number, "error": error}
                    print(json.dumps(line, ensure_ascii=False), file=out)
                else:
                    print(f"{ident or '-'}  line {number}  error  {error}", file=out)
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
                print(json.dumps(answer, ensure_ascii=False), file=out)
                continue
            if warning is not None:
                print(f"{post.id}  {'警告' if ja else 'warning'}  {warning}", file=out)
            elif not violations:
                print(f"{post.id}  ok", file=out)
            for v in violations:
                print(
                    f"{post.id}  {v.section}  {v.code}  {v.message_ja if ja else v.message_en}",
                    file=out,
                )
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    return EXIT_REJECTED if failed else EXIT_OK
