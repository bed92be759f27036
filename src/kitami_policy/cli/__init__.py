"""The ``kitami-policy`` command line (standard library :mod:`argparse`).

Commands: ``moderate`` (comments as JSON Lines → decisions), ``demo`` (the bundled samples as a
table), ``office-hours`` (section 3(1)), ``check-post`` (sections 2(1) and 3(1) for planned
posts) and ``policy`` (the policy's accounts, rules and clauses).

Exit statuses are listed in :data:`kitami_policy.cli.status.STATUSES`: 0 success, 1 a line
rejected, 2 bad usage, 3 the run failed for another reason (output not written, internal
error), 128+N stopped by signal N. Errors are one line on stderr, and no error shows the input
value that caused it.

Nothing printed shows a detected personal value in clear: every format prints the findings'
masked excerpts, never the comment text.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, TextIO

from kitami_policy.cli.batch import FORMATS, SAMPLES, demo, moderate
from kitami_policy.cli.check_post import check_posts
from kitami_policy.cli.office_hours import office_hours
from kitami_policy.cli.printing import LineWriter
from kitami_policy.cli.show_policy import print_policy
from kitami_policy.cli.status import (
    EXIT_FAILED,
    EXIT_HELP,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    RunError,
    Stopped,
    UsageError,
    internal_error,
    signal_status,
)
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import KITAMI

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kitami-policy",
        description="Kitami City's social-media operation policy as code.",
        epilog=EXIT_HELP,
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
        "3 the run failed (the output could not be written, the input could not be read, or "
        "an internal error), 128+N stopped by signal N: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP "
        "(with --output, FILE is then left untouched).",
    )
    p_mod.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_mod.add_argument(
        "--ng-words", metavar="FILE", help="the operator's NG words (4-9), one per line"
    )
    p_mod.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE instead of stdout: a regular file through a temporary file "
        "renamed onto it when complete (its mode kept), a device or FIFO in place",
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
        epilog=EXIT_HELP,
    )

    p_hours = sub.add_parser(
        "office-hours",
        help="is the city hall open? (section 3(1))",
        description="Say whether the city hall is open at each DATETIME (ISO 8601 with an "
        "offset, e.g. 2025-05-07T10:00+09:00) or on each DATE (YYYY-MM-DD), with the reason "
        "when it is closed. Without arguments: now.",
        epilog=EXIT_HELP,
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
        "line was rejected, 2 bad usage, 3 the run failed (the output could not be written, "
        "the input could not be read, or an internal error), 128+N stopped by signal N.",
    )
    p_post.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_post.add_argument("--lang", choices=("ja", "en"), default="ja")
    p_post.add_argument("--format", choices=("text", "jsonl"), default="text")

    p_policy = sub.add_parser(
        "policy",
        help="print the policy's accounts, rules and clauses",
        epilog=EXIT_HELP,
    )
    p_policy.add_argument("--clause", help="print one clause, e.g. 4-2")
    p_policy.add_argument("--lang", choices=("ja", "en"), default="ja")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        with _signals_stop_the_run():
            return _run(args, out, err)
    except (KitamiPolicyError, UsageError) as exc:
        _error(err, str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error(err, "interrupted")
        return EXIT_INTERRUPTED
    except Stopped as exc:
        _error(err, f"stopped by {exc.name}")
        return signal_status(exc.signum)
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        _discard_stdout(out)
        return EXIT_OK
    except RunError as exc:
        _error(err, str(exc))
        _discard_stdout(out)
        return EXIT_FAILED
    except Exception as exc:  # any other exception is a bug: one line, not a traceback
        _error(err, internal_error(exc))
        return EXIT_FAILED


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "moderate":
        return moderate(args, out, err)
    if args.command == "demo":
        return demo(out)
    if args.command == "office-hours":
        return office_hours(args, out)
    if args.command == "check-post":
        return check_posts(args, out)
    print_policy(KITAMI, out, clause=args.clause, lang=args.lang)
    return EXIT_OK


def _error(err: TextIO, message: str) -> None:
    with suppress(OSError, ValueError):
        LineWriter(err, "text").line(f"kitami-policy: {message}")
        err.flush()


def _discard_stdout(out: TextIO) -> None:
    # Output that could not be written (a closed pipe, a full disk) stays in stdout's buffer,
    # and the interpreter's final flush would fail on it again, print a traceback and exit
    # 120. Point the process's own stdout at devnull so that flush succeeds quietly.
    if out is not sys.__stdout__:
        return
    with suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


@contextmanager
def _signals_stop_the_run() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Stopped`, so clean-up runs as it does for Ctrl-C.

    Only signals left at their default are taken (``nohup`` ignores SIGHUP, and it stays
    ignored), only in the main thread, and the previous handlers come back afterwards.
    """
    wanted = [getattr(signal, name, None) for name in ("SIGTERM", "SIGHUP")]
    taken: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in wanted:
            if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
                taken[signum] = signal.signal(signum, _stop)
    try:
        yield
    finally:
        for signum, handler in taken.items():
            signal.signal(signum, handler)


def _stop(signum: int, frame: object) -> None:
    # A second signal must not cut the clean-up short: ignore both until the handlers are
    # put back on the way out.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise Stopped(signum)
