"""``kitami-policy moderate`` and ``demo``: the batch command, comments in, decisions out.

The default output is the engine issue's batch contract, kept exactly: one JSON object per
non-blank input line, in order; a line that cannot be read gives
``{"id": ..., "line": N, "error": ...}`` and the run goes on. Comments are one stream.
Every format prints the findings' masked excerpts, never the comment text.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, Final, TextIO

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
from kitami_policy.policy import DATA_DIR, KITAMI

__all__ = ["CSV_COLUMNS", "FORMATS", "SAMPLES", "demo", "moderate", "records"]

SAMPLES: Final = DATA_DIR / "samples" / "comments.jsonl"
"""The bundled sample comments the ``demo`` command moderates."""

FORMATS: Final = ("jsonl", "table", "csv")
CSV_COLUMNS: Final = (
    "id", "line", "clauses", "actions", "needs_review", "rules", "excerpts", "error"
)  # fmt: skip
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
        from kitami_policy.report import summary_lines

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
        return lines


def _writer(fmt: str, out: TextIO, columns: int, name: str) -> Callable[[dict[str, Any]], None]:
    if fmt == "jsonl":
        return LineWriter(out, "json", name=name).json
    lines = LineWriter(out, "text", name=name)
    if fmt == "table":
        from kitami_policy.report import table_header, table_row

        lines.line(table_header(columns))
        return lambda record: lines.line(table_row(record, columns))
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


def records(source: BinaryIO, ng_words: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line, in order (the engine issue's contract)."""
    from kitami_policy.engine import Engine
    from kitami_policy.records import comment_from_record, decision_record, record_id

    engine = Engine.default(ng_words=ng_words)
    stream = engine.stream()
    for number, record, error in json_lines(source):
        if error is None:
            try:
                decision = stream.assess(comment_from_record(record, engine.policy))
            except KitamiPolicyError as exc:
                error = describe(exc)
            except Exception as exc:  # a bug must not stop the lines after it
                error = internal_error(exc)
            else:
                yield decision_record(decision)
                continue
        yield {"id": record_id(record), "line": number, "error": error}


def moderate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from kitami_policy._wordlist import read_wordlist

    ng_words: tuple[str, ...] = ()
    if args.ng_words is not None:
        try:
            ng_words = read_wordlist(read_text(args.ng_words), source=args.ng_words)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    tally = _Tally()
    progress = _Progress(err, enabled=is_terminal(err))
    source = sys.stdin.buffer if args.file == "-" else open_binary(args.file)
    try:
        with output(args.output, out) as target:
            write = _writer(args.format, target, width(target), args.output or "the output")
            for record in records(source, ng_words):
                write(record)
                tally.add(record)
                progress.update(tally.total + tally.rejected + len(tally.failed), tally.rejected)
    finally:
        progress.done()
        if source is not sys.stdin.buffer:
            source.close()
    if args.summary:
        err.write("\n".join(tally.lines()) + "\n")
    tally.raise_failures()
    return EXIT_REJECTED if tally.rejected else EXIT_OK


def demo(out: TextIO) -> int:
    from kitami_policy.report import table_header, table_row

    columns = width(out)
    tally = _Tally()
    lines = LineWriter(out, "text")
    lines.line(f"{KITAMI.title_en} ({KITAMI.version}): the bundled sample comments")
    lines.line("")
    lines.line(table_header(columns))
    with SAMPLES.open("rb") as source:
        for record in records(source, ()):
            lines.line(table_row(record, columns))
            tally.add(record)
    for line in ("", *tally.lines(), "", "Excerpts mask personal data. For your own comments:"):
        lines.line(line)
    lines.line("  kitami-policy moderate FILE.jsonl --format table --summary")
    tally.raise_failures()
    return EXIT_OK
