"""``kitami-policy moderate`` and ``demo``: the batch command, comments in, decisions out.

The default output is the engine issue's batch contract, kept exactly: one JSON object per
non-blank input line, in order; a line that cannot be read gives
``{"id": ..., "line": N, "error": ...}`` and the run goes on. Comments are one stream.
Every format prints the findings' masked excerpts, never the comment text.

``--from SHAPE`` reads platform payloads instead (``cli/payloads.py``): one decision per
comment of each document, an error line per document of the wrong shape. ``--format plan``
prints each decision's action plan and a summary of the calls against the platforms' rate
limits on stderr.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Final, TextIO

from kitami_policy.cli.files import (
    describe,
    is_terminal,
    json_lines,
    open_binary,
    output,
    read_text,
    width,
)
from kitami_policy.cli.printing import LineWriter
from kitami_policy.cli.status import (
    EXIT_OK,
    EXIT_REJECTED,
    INTERNAL_ERROR,
    RunError,
    UsageError,
    internal_error,
)
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import DATA_DIR, KITAMI, Policy

if TYPE_CHECKING:
    from kitami_policy.content import Comment
    from kitami_policy.platforms.plan import Plan

__all__ = [
    "CSV_COLUMNS",
    "CSV_COLUMN_MEANINGS",
    "FORMATS",
    "SAMPLES",
    "demo",
    "moderate",
    "records",
]

SAMPLES: Final = DATA_DIR / "samples" / "comments.jsonl"
"""The bundled sample comments the ``demo`` command moderates."""

FORMATS: Final = ("jsonl", "table", "csv", "plan")
CSV_COLUMN_MEANINGS: Final = MappingProxyType(
    {
        "id": "the comment's id (empty when an unreadable line had none)",
        "line": "the input line number, on error rows only",
        "clauses": "the clauses, space-separated (4-1 … 4-9)",
        "actions": "the actions, space-separated, as JSON names them (hide, block_account, …)",
        "needs_review": "true or false; empty on error rows",
        "rules": "the ids of the rules that found something, space-separated",
        "excerpts": "the findings' masked excerpts, separated by ' | '",
        "error": "why the line could not be read, on error rows only",
    }
)
"""The columns of ``--format csv``, in order, with what each holds (docs/cli.md lists them)."""
CSV_COLUMNS: Final = tuple(CSV_COLUMN_MEANINGS)
_PROGRESS_AFTER: Final = 1.0  # seconds before a progress line appears
_PROGRESS_EVERY: Final = 0.25


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
        self.failed: list[tuple[int, str]] = []  # (line, message) of internal errors
        self.review = 0
        self.clauses: Counter[str] = Counter()
        self.actions: Counter[str] = Counter()
        self.passed_over: Counter[str] = Counter()

    def add(self, record: dict[str, Any]) -> None:
        if "error" in record:
            if record["error"].startswith(INTERNAL_ERROR):
                self.failed.append((record["line"], record["error"]))
            else:
                self.rejected += 1
            return
        self.total += 1
        self.review += bool(record["needs_review"])
        self.clauses.update(record["clauses"])
        self.actions.update(record["actions"])

    def raise_failures(self) -> None:
        """Raise :class:`RunError` (exit 3) naming the first line an internal error met."""
        if self.failed:
            first_line, message = self.failed[0]
            more = f" and {len(self.failed) - 1} more" if len(self.failed) > 1 else ""
            raise RunError(f"line {first_line}{more}: {message}")

    def lines(self) -> list[str]:
        from kitami_policy.clauses import CLAUSE_CODES, Action
        from kitami_policy.text_report import summary_lines

        lines = summary_lines(
            total=self.total,
            clauses={code: self.clauses[code] for code in CLAUSE_CODES},
            actions={a.value: self.actions[a.value] for a in Action},
            review=self.review,
        )
        if self.rejected:
            lines[0] += f"; {self.rejected} line{'s' if self.rejected > 1 else ''} rejected"
        if self.failed:
            lines[0] += f"; {len(self.failed)} not assessed ({INTERNAL_ERROR})"
        if self.passed_over:
            counts = ", ".join(f"{why} {n}" for why, n in sorted(self.passed_over.items()))
            lines[0] += f"; {self.passed_over.total()} passed over ({counts})"
        return lines


def _writer(fmt: str, out: TextIO, columns: int, name: str) -> Callable[[dict[str, Any]], None]:
    if fmt in ("jsonl", "plan"):
        return LineWriter(out, "json", name=name).json
    lines = LineWriter(out, "text", name=name)
    if fmt == "table":
        from kitami_policy.text_report import table_header

        lines.line(table_header(columns))
        return lambda record: _table_row(lines, record, columns)
    buffer = io.StringIO()
    rows = csv.writer(buffer, lineterminator="")

    def write_row(values: Iterable[object]) -> None:
        buffer.seek(0)
        buffer.truncate()
        rows.writerow(values)
        lines.line(buffer.getvalue())

    write_row(CSV_COLUMNS)

    def write_csv(record: dict[str, Any]) -> None:
        findings = record.get("findings", [])
        write_row(
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


def _table_row(lines: LineWriter, record: dict[str, Any], columns: int) -> None:
    """Write *record* as table lines; a row may wrap over several, a value never breaks one
    (``table_row`` escapes the line breaks inside a value)."""
    from kitami_policy.text_report import table_row

    for line in table_row(record, columns).split("\n"):
        lines.line(line)


def records(
    source: BinaryIO,
    ng_words: tuple[str, ...],
    *,
    shape: str | None = None,
    post: str | None = None,
    passed_over: Counter[str] | None = None,
    plans: Callable[[Plan], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """One output record per comment, in order (the engine issue's contract for JSON Lines).

    Args:
        source: the input, JSON Lines of records or (with *shape*) platform payloads.
        ng_words: the operator's NG words (4-9).
        shape: a ``--from`` payload shape, or ``None`` for the batch contract's records.
        post: the ``--post`` id for payload pages that answer one post.
        passed_over: counts what the readers passed over (webhook verbs, other changes).
        plans: when given, each decision's plan is passed to it and the plan record is
            yielded instead of the decision record.
    """
    from kitami_policy.engine import Engine
    from kitami_policy.records import decision_record, record_id

    engine = Engine.default(ng_words=ng_words)
    stream = engine.stream()
    for number, raw, comment, error in _comments(source, engine.policy, shape, post, passed_over):
        if comment is not None:
            try:
                decision = stream.assess(comment)
                if plans is None:
                    yield decision_record(decision)
                    continue
                from kitami_policy.platforms.plan import plan, plan_record

                made = plan(decision, comment)
                plans(made)
                yield plan_record(made)
                continue
            except KitamiPolicyError as exc:
                error = describe(exc)
            except Exception as exc:  # a bug must not stop the lines after it
                error = internal_error(exc)
        yield {
            "id": comment.id if comment is not None else record_id(raw),
            "line": number,
            "error": error,
        }


def _comments(
    source: BinaryIO,
    policy: Policy,
    shape: str | None,
    post: str | None,
    passed_over: Counter[str] | None,
) -> Iterator[tuple[int, object, Comment | None, str | None]]:
    """``(line, raw document, comment, error)``: a comment to assess, or why there is none."""
    if shape is None:
        from kitami_policy.records import comment_from_record

        for number, record, error in json_lines(source):
            if error is None:
                try:
                    comment = comment_from_record(record, policy)
                except KitamiPolicyError as exc:
                    error = describe(exc)
                except Exception as exc:  # a bug must not stop the lines after it
                    error = internal_error(exc)
                else:
                    yield number, record, comment, None
                    continue
            yield number, record, None, error
        return
    from kitami_policy.cli.payloads import documents, read_payload

    for number, document, error in documents(source):
        if error is None:
            try:
                reading = read_payload(shape, document, post=post, policy=policy)
            except KitamiPolicyError as exc:
                error = describe(exc)
            except Exception as exc:  # a bug must not stop the documents after it
                error = internal_error(exc)
            else:
                if passed_over is not None:
                    passed_over.update(dict(reading.passed_over))
                for comment in reading:
                    yield number, document, comment, None
                continue
        yield number, document, None, error


def moderate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from kitami_policy._wordlist import read_wordlist

    ng_words: tuple[str, ...] = ()
    if args.ng_words is not None:
        try:
            ng_words = read_wordlist(read_text(args.ng_words), source=args.ng_words)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    options = _payload_options(args)
    counter = None
    if args.format == "plan":
        from kitami_policy.platforms.rates import PlanCounter

        counter = PlanCounter()
        options["plans"] = counter.add
    tally = _Tally()
    progress = _Progress(err, enabled=is_terminal(err))
    source = sys.stdin.buffer if args.file == "-" else open_binary(args.file)
    try:
        with output(args.output, out) as target:
            write = _writer(args.format, target, width(target), args.output or "the output")
            for record in records(source, ng_words, **options, passed_over=tally.passed_over):
                write(record)
                tally.add(record)
                progress.update(tally.total + tally.rejected + len(tally.failed), tally.rejected)
    finally:
        progress.done()
        if source is not sys.stdin.buffer:
            source.close()
    if args.summary:
        err.write("\n".join(tally.lines()) + "\n")
    if counter is not None:
        err.write("\n".join(counter.summary().lines()) + "\n")
    tally.raise_failures()
    return EXIT_REJECTED if tally.rejected else EXIT_OK


def _payload_options(args: argparse.Namespace) -> dict[str, Any]:
    """``--from`` and ``--post`` as keyword arguments of :func:`records`; bad pairs are usage
    errors, found before any input is read."""
    from kitami_policy.cli.payloads import NEEDS_POST, TAKES_POST

    shape, post = args.payload, args.post
    if post is not None and shape not in TAKES_POST:
        raise UsageError(
            f"--post applies to --from {', '.join(TAKES_POST)} (pages of one post's "
            "comments); webhook notifications and comment records name their posts"
        )
    if shape in NEEDS_POST and post is None:
        raise UsageError(
            f"--from {shape} reads Graph API /{{post-id}}/comments pages, which do not name "
            "their post: give --post POST_ID"
        )
    return {"shape": shape, "post": post}


def demo(out: TextIO) -> int:
    from kitami_policy.text_report import table_header

    columns = width(out)
    tally = _Tally()
    lines = LineWriter(out, "text")
    lines.line(f"{KITAMI.title_en} ({KITAMI.version}): the bundled sample comments")
    lines.line("")
    lines.line(table_header(columns))
    with SAMPLES.open("rb") as source:
        for record in records(source, ()):
            _table_row(lines, record, columns)
            tally.add(record)
    for line in ("", *tally.lines(), "", "Excerpts mask personal data. For your own comments:"):
        lines.line(line)
    lines.line("  kitami-policy moderate FILE.jsonl --format table --summary")
    tally.raise_failures()
    return EXIT_OK
