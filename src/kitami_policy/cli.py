"""The ``kitami-policy`` command line (standard library :mod:`argparse`).

Commands: ``moderate`` (comments as JSON Lines → decisions), ``demo`` (the bundled samples as a
table), ``office-hours`` (section 3(1)), ``check-post`` (sections 2(1) and 3(1) for planned
posts) and ``policy`` (the policy's accounts, rules and clauses).

Exit status: 0 success; 1 some input could not be read (the rest was processed) or, for
``check-post``, some post breaks the policy; 2 bad usage, a file that cannot be opened or a
value the policy cannot answer for; 130 interrupted. Errors are one line on stderr.

Nothing printed shows a detected personal value in clear: every format prints the findings'
masked excerpts, never the comment text.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO, cast

from kitami_policy.content import Post
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import DATA_DIR, KITAMI, Policy

__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_REJECTED", "EXIT_USAGE", "main"]

EXIT_OK: Final = 0
EXIT_REJECTED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

SAMPLES: Final = DATA_DIR / "samples" / "comments.jsonl"
"""The bundled sample comments the ``demo`` command moderates."""

FORMATS: Final = ("jsonl", "table", "csv")
CSV_COLUMNS: Final = (
    "id", "line", "clauses", "actions", "needs_review", "rules", "excerpts", "error"
)  # fmt: skip
_TABLE_WIDTH: Final = 100
_PROGRESS_AFTER: Final = 1.0  # seconds before a progress line appears
_PROGRESS_EVERY: Final = 0.25

_EXIT_HELP: Final = (
    "exit status: 0 success; 1 some input line was rejected (the rest was processed) or, for "
    "check-post, some post breaks the policy; 2 bad usage, an unreadable file or a value the "
    "policy cannot answer for; 130 interrupted. Errors are one line on stderr."
)


class UsageError(Exception):
    """A command-line argument names something that cannot be used (exit status 2)."""


# -- moderate ------------------------------------------------------------------------------


class _Progress:
    """A progress line on stderr, redrawn in place, shown only for runs longer than a second."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._started = time.monotonic()
        self._last = self._started
        self._shown = False

    def update(self, lines: int, rejected: int) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._started < _PROGRESS_AFTER or now - self._last < _PROGRESS_EVERY:
            return
        self._last = now
        rate = lines / (now - self._started)
        self._stream.write(
            f"\rkitami-policy: {lines:,} lines, {rejected:,} rejected, {rate:,.0f} lines/s "
        )
        self._stream.flush()
        self._shown = True

    def done(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


class _Tally:
    """Counts per clause and action for ``--summary``."""

    def __init__(self) -> None:
        self.total = 0
        self.rejected = 0
        self.review = 0
        self.clauses: Counter[str] = Counter()
        self.actions: Counter[str] = Counter()

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            self.rejected += 1
            return
        self.total += 1
        self.review += bool(record["needs_review"])
        self.clauses.update(record["clauses"])
        self.actions.update(record["actions"])

    def lines(self) -> list[str]:
        from kitami_policy.clauses import CLAUSE_CODES, Action
        from kitami_policy.report import summary_lines

        lines = summary_lines(
            total=self.total,
            clauses={code: self.clauses[code] for code in CLAUSE_CODES},
            actions={a.value: self.actions[a.value] for a in Action},
            review=self.review,
        )
        if self.rejected:
            lines[0] += f"; {self.rejected} line{'s' if self.rejected > 1 else ''} rejected"
        return lines


def _writer(fmt: str, out: TextIO, width: int) -> Callable[[dict[str, Any]], None]:
    if fmt == "jsonl":
        return lambda record: print(json.dumps(record, ensure_ascii=False), file=out)
    if fmt == "table":
        from kitami_policy.report import table_header, table_row

        print(table_header(width), file=out)
        return lambda record: print(table_row(record, width), file=out)
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(CSV_COLUMNS)

    def write_csv(record: dict[str, Any]) -> None:
        findings = record.get("findings", [])
        rows.writerow(
            (
                record.get("id") or "",
                record.get("line", ""),
                " ".join(record.get("clauses", ())),
                " ".join(record.get("actions", ())),
                "" if "error" in record else str(record["needs_review"]).lower(),
                " ".join(dict.fromkeys(f["rule"] for f in findings)),
                " | ".join(f["excerpt"] for f in findings),
                record.get("error", ""),
            )
        )

    return write_csv


def _records(source: BinaryIO, ng_words: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line, in order (the engine issue's contract)."""
    from kitami_policy.engine import Engine
    from kitami_policy.records import comment_from_record, decision_record, record_id

    engine = Engine.default(ng_words=ng_words)
    stream = engine.stream()
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        record: object = None
        try:
            record = json.loads(raw.decode("utf-8"))
            comment = comment_from_record(record, engine.policy)
            yield decision_record(stream.assess(comment))
        except (UnicodeDecodeError, json.JSONDecodeError, KitamiPolicyError) as exc:
            yield {"id": record_id(record), "line": number, "error": _describe(exc)}


def _moderate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from kitami_policy.wordlist import read_wordlist

    ng_words: tuple[str, ...] = ()
    if args.ng_words is not None:
        try:
            ng_words = read_wordlist(_read_text(args.ng_words), source=args.ng_words)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    tally = _Tally()
    progress = _Progress(err, enabled=_is_terminal(err))
    source = sys.stdin.buffer if args.file == "-" else _open_binary(args.file)
    try:
        with _output(args.output, out) as target:
            write = _writer(args.format, target, _width(target))
            for record in _records(source, ng_words):
                write(record)
                tally.add(record)
                progress.update(tally.total + tally.rejected, tally.rejected)
    finally:
        progress.done()
        if source is not sys.stdin.buffer:
            source.close()
    if args.summary:
        err.write("\n".join(tally.lines()) + "\n")
    return EXIT_REJECTED if tally.rejected else EXIT_OK


@contextmanager
def _output(path: str | None, out: TextIO) -> Iterator[TextIO]:
    """Standard output, or a temporary file beside *path* renamed onto it once complete.

    An interrupted or failed run removes the temporary file, so *path* holds either its old
    contents or a complete new output, never half of one.
    """
    if path is None or path == "-":
        yield out
        out.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"--output {path} is a directory; name a file")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed or removed below
            "w",
            encoding="utf-8",
            newline="",
            dir=target.parent,
            prefix=f".{target.name}.",
            suffix=".tmp",
            delete=False,
        )
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        with handle:
            yield cast(TextIO, handle)  # a text-mode temporary file
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"the line is not valid UTF-8 (byte {exc.start})"
    if isinstance(exc, json.JSONDecodeError):
        return f"the line is not valid JSON: {exc.msg} at column {exc.colno}"
    return str(exc)


def _open_binary(path: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not valid UTF-8"
        raise UsageError(f"cannot read {path}: {reason}") from exc


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _width(stream: TextIO) -> int:
    if _is_terminal(stream):
        return max(60, shutil.get_terminal_size((_TABLE_WIDTH, 24)).columns)
    return _TABLE_WIDTH


# -- demo ----------------------------------------------------------------------------------


def _demo(out: TextIO) -> int:
    from kitami_policy.report import table_header, table_row

    width = _width(out)
    tally = _Tally()
    print(f"{KITAMI.title_en} ({KITAMI.version}): the bundled sample comments\n", file=out)
    print(table_header(width), file=out)
    with SAMPLES.open("rb") as source:
        for record in _records(source, ()):
            print(table_row(record, width), file=out)
            tally.add(record)
    print("", *tally.lines(), sep="\n", file=out)
    print(
        "\nExcerpts mask personal data. For your own comments:",
        "  kitami-policy moderate FILE.jsonl --format table --summary",
        sep="\n",
        file=out,
    )
    return EXIT_OK


# -- office-hours --------------------------------------------------------------------------


def _office_hours(args: argparse.Namespace, out: TextIO) -> int:
    from kitami_policy.jst import JST, parse_datetime

    hours = KITAMI.office_hours
    if hours is None:  # pragma: no cover - the bundled policy states its hours
        raise UsageError(f"{KITAMI.id} states no office hours")
    ja = args.lang == "ja"
    if args.month is not None:
        year, month = _year_month(args.month)
        print(hours.month(year, month).render(args.lang), file=out)
    texts = args.datetime or ([] if args.month is not None else ["now"])
    for text in texts:
        when: date | datetime
        if text == "now":
            when = datetime.now(JST)
        elif len(text.strip()) == len("YYYY-MM-DD"):
            when = _date(text)
        else:
            when = parse_datetime(text)
        window = hours.hours_on(when)
        if isinstance(when, datetime):
            label = when.isoformat(timespec="minutes")
            is_open = hours.is_open(when)
            start = when
        else:
            label = when.isoformat()
            is_open = window is not None
            start = datetime(when.year, when.month, when.day, tzinfo=JST)
        reason = hours.closure_reason(when)
        if is_open and window is not None:
            state, detail = ("開庁" if ja else "open"), f"{window.start:%H:%M}–{window.end:%H:%M}"
        else:
            state = "閉庁" if ja else "closed"
            detail = reason or ("開庁時間外" if ja else "outside office hours")
        line = f"{label}  {state}  {detail}"
        if args.next and is_open and isinstance(when, datetime):
            line += f"  {'次の閉庁' if ja else 'closes'} {hours.next_close(start):%Y-%m-%d %H:%M}"
        elif args.next:
            line += f"  {'次の開庁' if ja else 'opens'} {hours.next_open(start):%Y-%m-%d %H:%M}"
        print(line, file=out)
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 datetime") from exc


def _year_month(text: str) -> tuple[int, int]:
    try:
        day = date.fromisoformat(f"{text.strip()}-01")
    except ValueError as exc:
        raise UsageError(
            f"--month {text!r} is not a month; write it as YYYY-MM, e.g. 2025-05"
        ) from exc
    return day.year, day.month


# -- check-post ----------------------------------------------------------------------------


def _post_from_record(record: object, policy: Policy) -> Post:
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


def _check_post(args: argparse.Namespace, out: TextIO) -> int:
    from kitami_policy.publishing import check_post
    from kitami_policy.records import record_id

    ja = args.lang == "ja"
    failed = False
    source = sys.stdin.buffer if args.file == "-" else _open_binary(args.file)
    try:
        for number, raw in enumerate(source, start=1):
            if not raw.strip():
                continue
            record: object = None
            try:
                record = json.loads(raw.decode("utf-8"))
                post = _post_from_record(record, KITAMI)
                violations = check_post(post, KITAMI)
            except (UnicodeDecodeError, json.JSONDecodeError, KitamiPolicyError) as exc:
                failed = True
                ident = record_id(record)
                if args.format == "jsonl":
                    line = {"id": ident, "line": number, "error": _describe(exc)}
                    print(json.dumps(line, ensure_ascii=False), file=out)
                else:
                    print(f"{ident or '-'}  line {number}  error  {_describe(exc)}", file=out)
                continue
            failed = failed or bool(violations)
            if args.format == "jsonl":
                found = [
                    {
                        "section": v.section,
                        "code": v.code,
                        "message": v.message_ja if ja else v.message_en,
                    }
                    for v in violations
                ]
                print(
                    json.dumps({"id": post.id, "violations": found}, ensure_ascii=False), file=out
                )
            elif not violations:
                print(f"{post.id}  ok", file=out)
            for v in violations if args.format == "text" else ():
                print(
                    f"{post.id}  {v.section}  {v.code}  {v.message_ja if ja else v.message_en}",
                    file=out,
                )
    finally:
        if source is not sys.stdin.buffer:
            source.close()
    return EXIT_REJECTED if failed else EXIT_OK


# -- policy --------------------------------------------------------------------------------


def _print_policy(policy: Policy, out: TextIO, *, clause: str | None, lang: str) -> None:
    ja = lang == "ja"
    if clause is not None:
        c = policy.clause(clause)
        print(f"{c.code}  {c.text if ja else c.gloss}", file=out)
        return
    title = policy.title if ja else policy.title_en
    print(f"{title} ({policy.version}, effective {policy.effective_from.isoformat()})", file=out)
    print(f"{'管理' if ja else 'Managed by'}: {policy.department}", file=out)
    print(f"\n{'アカウント' if ja else 'Accounts'} (2(1)):", file=out)
    for account in policy.accounts:
        topics = ", ".join(
            policy.topic(t).name_ja if ja else policy.topic(t).name_en for t in account.topics
        )
        print(f"  {account.platform.value:<10} {account.handle:<26} {topics}", file=out)
    rules = policy.operating_rules
    print(f"\n{'運用ルール' if ja else 'Operating rules'} (3):", file=out)
    if policy.office_hours is not None:
        version = policy.office_hours.versions[-1]
        print(
            f"  3(1) {'開庁時間内に発信' if ja else 'posts within office hours'} "
            f"({version.opens:%H:%M}–{version.closes:%H:%M} JST)"
            + (
                f"; {'緊急時は随時' if ja else 'emergencies any time'}"
                if rules.emergency_any_time
                else ""
            ),
            file=out,
        )
    if rules.broadcast_only:
        broadcast = (
            "発信専用（返信・フォロー・メッセージなし）"
            if ja
            else "broadcast only: no replies, follows or messages"
        )
        print(f"  3(2) {broadcast}", file=out)
    print(f"\n{'禁止事項' if ja else 'Prohibited'} (4):", file=out)
    for c in policy.clauses:
        print(f"  {c.code}  {c.text if ja else c.gloss}", file=out)
    actions = ", ".join(a.label_ja if ja else a.value for a in rules.moderation_actions)
    print(f"\n{'措置' if ja else 'Measures'} (3(3), 4): {actions}", file=out)


# -- the parser ----------------------------------------------------------------------------


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kitami-policy",
        description="Kitami City's social-media operation policy as code.",
        epilog=_EXIT_HELP,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_mod = sub.add_parser(
        "moderate",
        help="assess comments given as JSON Lines, one decision per line",
        description=(
            "Read comments as JSON Lines (one object per line; only id and text are required) "
            "and print one decision per input line, in input order. Comments are assessed as "
            "one stream: an author's history carries across lines. A line that cannot be read "
            'gives {"id": ..., "line": N, "error": ...} and the run goes on. Blank lines are '
            "skipped."
        ),
        epilog="exit status: 0 every line was read, 1 some line was rejected, 2 bad usage, "
        "130 interrupted (with --output, FILE is then left untouched).",
    )
    p_mod.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_mod.add_argument(
        "--ng-words", metavar="FILE", help="the operator's NG words (4-9), one per line"
    )
    p_mod.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE instead of stdout (via a temporary file renamed when complete)",
    )
    p_mod.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (default: the batch contract), table (for reading) or csv",
    )
    p_mod.add_argument(
        "--summary", action="store_true", help="print counts per clause and action on stderr"
    )

    sub.add_parser(
        "demo",
        help="moderate the bundled sample comments and show a table",
        description=f"Moderate the {SAMPLES.name} sample comments bundled with the library and "
        "print a table: id, clauses, actions, review flag and the first (masked) excerpt.",
        epilog=_EXIT_HELP,
    )

    p_hours = sub.add_parser(
        "office-hours",
        help="is the city hall open? (section 3(1))",
        description="Say whether the city hall is open at each DATETIME (ISO 8601 with an "
        "offset, e.g. 2025-05-07T10:00+09:00) or on each DATE (YYYY-MM-DD), with the reason "
        "when it is closed. Without arguments: now.",
        epilog=_EXIT_HELP,
    )
    p_hours.add_argument("datetime", nargs="*", metavar="DATETIME", help="a datetime or a date")
    p_hours.add_argument(
        "--next", action="store_true", help="also print the next opening (or closing) time"
    )
    p_hours.add_argument(
        "--month", metavar="YYYY-MM", help="print the month's calendar with closures marked"
    )
    p_hours.add_argument("--lang", choices=("ja", "en"), default="ja")

    p_post = sub.add_parser(
        "check-post",
        help="check planned posts against sections 2(1) and 3(1)",
        description="Read planned posts as JSON Lines ({id, account, text, published_at, "
        "topics, emergency}; account is facebook, twitter or instagram) and print each post's "
        "violations with their sections, or 'ok'.",
        epilog="exit status: 0 every post may go out, 1 some post breaks the policy or some "
        "line was rejected, 2 bad usage.",
    )
    p_post.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_post.add_argument("--lang", choices=("ja", "en"), default="ja")
    p_post.add_argument("--format", choices=("text", "jsonl"), default="text")

    p_policy = sub.add_parser(
        "policy",
        help="print the policy's accounts, rules and clauses",
        epilog=_EXIT_HELP,
    )
    p_policy.add_argument("--clause", help="print one clause, e.g. 4-2")
    p_policy.add_argument("--lang", choices=("ja", "en"), default="ja")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "moderate":
            return _moderate(args, out, err)
        if args.command == "demo":
            return _demo(out)
        if args.command == "office-hours":
            return _office_hours(args, out)
        if args.command == "check-post":
            return _check_post(args, out)
        _print_policy(KITAMI, out, clause=args.clause, lang=args.lang)
    except (KitamiPolicyError, UsageError) as exc:
        print(f"kitami-policy: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kitami-policy: interrupted", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours. Point stdout at devnull so the
        # interpreter's final flush does not complain.
        with suppress(OSError, ValueError, io.UnsupportedOperation):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
