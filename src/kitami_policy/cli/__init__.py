"""The ``kitami-policy`` command line (standard library :mod:`argparse`).

Commands: ``moderate`` (comments as JSON Lines → decisions), ``demo`` (the bundled samples as a
table), ``office-hours`` (section 3(1)), ``check-post`` (sections 2(1) and 3(1) for planned
posts) and ``policy`` (the policy's accounts, topics, rules and clauses). ``--version`` prints
the library's version; ``python -m kitami_policy`` runs the same command line.

Exit statuses are data (:mod:`kitami_policy.cli.status`): each command's ``--help`` lists
its own. Errors are one line on stderr, and no error shows the input value that caused it.

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
from typing import Any, TextIO, cast

from kitami_policy.cli.batch import FORMATS, SAMPLES, demo, moderate
from kitami_policy.cli.check_post import check_posts
from kitami_policy.cli.office_hours import office_hours
from kitami_policy.cli.payloads import SHAPES
from kitami_policy.cli.printing import GuardedOutput, LineWriter
from kitami_policy.cli.show_policy import print_policy
from kitami_policy.cli.status import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    RunError,
    Stopped,
    UsageError,
    internal_error,
    signal_status,
    status_help,
)
from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import KITAMI, Policy

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]


class _Paragraphs(argparse.HelpFormatter):
    """argparse's help, with the paragraphs of a description or epilog kept apart."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        fill = super()._fill_text
        return "\n\n".join(fill(paragraph, width, indent) for paragraph in text.split("\n\n"))


def _accounts(policy: Policy) -> str:
    names = [a.platform.value for a in policy.accounts]
    named = [f"{n} (or its alias x)" if n == "twitter" else n for n in names]
    return ", ".join(named[:-1]) + f" or {named[-1]}" if len(named) > 1 else named[0]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command; each command's help ends with its own exit statuses."""
    from kitami_policy import __version__

    parser = argparse.ArgumentParser(
        prog="kitami-policy",
        description="Kitami City's social-media operation policy as code.",
        epilog=status_help(),
        formatter_class=_Paragraphs,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_mod = sub.add_parser(
        "moderate",
        help="assess comments given as JSON Lines, one decision per line",
        description=(
            "Read comments as JSON Lines (one object per line; only id and text are required) "
            "and print one decision per input line, in input order. Comments are assessed as "
            "one stream: an author's history carries across lines. A line that cannot be read "
            'gives {"id": ..., "line": N, "error": ...} and the run goes on. Blank lines are '
            "skipped. With --from, read the platform's own payloads instead (one JSON document "
            "per line, or one whole response): one decision per comment, an error line per "
            "document that lacks a field, webhook changes that are not comments to assess "
            "(remove, hide, reactions) passed over and counted in --summary.\n\n"
            "A comment without a post (or whose post names no account) is on an unknown "
            "platform: only what every platform allows is recommended, so never delete."
        ),
        epilog=status_help("moderate"),
        formatter_class=_Paragraphs,
    )
    p_mod.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_mod.add_argument(
        "--from",
        dest="payload",
        choices=SHAPES,
        metavar="SHAPE",
        help="read platform payloads: facebook (Graph API /{post-id}/comments pages), "
        "facebook-webhook (Page feed notifications), instagram (media comments pages), "
        "instagram-webhook (comments notifications) or x (API v2 replies with includes.users)",
    )
    p_mod.add_argument(
        "--post",
        metavar="ID",
        help="the city's post the pages answer: required with --from facebook, optional with "
        "instagram and x (whose comments may name it)",
    )
    p_mod.add_argument(
        "--ng-words", metavar="FILE", help="the operator's NG words (4-9), one per line"
    )
    p_mod.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE instead of stdout: a regular file through a temporary file "
        "renamed onto it when complete (its mode kept), a device, FIFO or /dev/stdout in place",
    )
    p_mod.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (default: the batch contract), table (for reading), csv, or plan (each "
        "decision's API calls as JSON, and on stderr the calls per endpoint against the "
        "platforms' rate limits)",
    )
    p_mod.add_argument(
        "--summary", action="store_true", help="print counts per clause and action on stderr"
    )

    sub.add_parser(
        "demo",
        help="moderate the bundled sample comments and show a table",
        description=f"Moderate the {SAMPLES.name} sample comments bundled with the library and "
        "print a table: id, clauses, actions, review flag and the first (masked) excerpt.",
        epilog=status_help("demo"),
        formatter_class=_Paragraphs,
    )

    p_hours = sub.add_parser(
        "office-hours",
        help="is the city hall open? (section 3(1))",
        description="Say whether the city hall is open at each DATETIME (ISO 8601 with an "
        "offset, e.g. 2025-05-07T10:00+09:00) or on each DATE (YYYY-MM-DD), with the reason "
        "when it is closed. Without arguments: now.",
        epilog=status_help("office-hours"),
        formatter_class=_Paragraphs,
    )
    p_hours.add_argument("datetime", nargs="*", metavar="DATETIME", help="a datetime or a date")
    p_hours.add_argument(
        "--next", action="store_true", help="also print the next opening (or closing) time"
    )
    p_hours.add_argument(
        "--month", metavar="YYYY-MM", help="print the month's calendar with closures marked"
    )
    p_hours.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the answers (ja)"
    )

    topics = ", ".join(t.code for t in KITAMI.topics)
    p_post = sub.add_parser(
        "check-post",
        help="check planned posts against sections 2(1) and 3(1)",
        description="Read planned posts as JSON Lines ({id, account, text, published_at, "
        "topics, emergency, no_reprint}) and print each post's violations with their "
        "sections, or 'ok'. A post with neither published_at nor topics gives a warning that "
        "nothing was checked.",
        epilog=f"account: {_accounts(KITAMI)}.\n\n"
        f"topics: topic codes of the policy: {topics}. "
        "`kitami-policy policy` shows which account carries which.\n\n" + status_help("check-post"),
        formatter_class=_Paragraphs,
    )
    p_post.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    p_post.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the messages (ja)"
    )
    p_post.add_argument("--format", choices=("text", "jsonl"), default="text")

    p_policy = sub.add_parser(
        "policy",
        help="print the policy's accounts, topics, rules and clauses",
        description="Print the policy's accounts with the topic codes each carries (2(1)), "
        "its operating rules (3), its prohibited clauses (4) and the measures it allows.",
        epilog=status_help("policy"),
        formatter_class=_Paragraphs,
    )
    p_policy.add_argument("--clause", help="print one clause, e.g. 4-2")
    p_policy.add_argument(
        "--lang", choices=("ja", "en"), default="ja", help="language of the names (ja)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    stdout, err = sys.stdout, sys.stderr
    out = cast(TextIO, GuardedOutput(stdout))
    try:
        with _signals_stop_the_run():
            code = _run(args, out, err)
            out.flush()
            return code
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
        _discard_stdout(stdout)
        return EXIT_OK
    except RunError as exc:
        _error(err, str(exc))
        _discard_stdout(stdout)
        return EXIT_FAILED
    except Exception as exc:  # any other exception is a bug: one line, not a traceback
        _error(err, internal_error(exc))
        _discard_stdout(stdout)
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
