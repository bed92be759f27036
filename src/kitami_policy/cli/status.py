"""Exit statuses of the command line: what each means, for which commands, and the errors that
lead to them.

Each status is one row of :data:`STATUSES`: its code, what it means and the commands that
exit with it. A command's ``--help`` lists its own rows and ``docs/cli.md`` shows the table,
both written from these rows: a new status is one more row.
"""

from __future__ import annotations

import os
import signal
import traceback
from typing import Final

import attrs

__all__ = [
    "COMMANDS",
    "EXIT_FAILED",
    "EXIT_HANGUP",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "INTERNAL_ERROR",
    "STATUSES",
    "ExitStatus",
    "RunError",
    "Stopped",
    "UsageError",
    "internal_error",
    "signal_status",
    "status_help",
]

EXIT_OK: Final = 0
EXIT_REJECTED: Final = 1
EXIT_USAGE: Final = 2
EXIT_FAILED: Final = 3
# A run stopped by signal N exits 128 + N, as a shell reports it: SIGHUP 1, SIGINT 2, SIGTERM 15.
EXIT_HANGUP: Final = 129
EXIT_INTERRUPTED: Final = 130
EXIT_TERMINATED: Final = 143

COMMANDS: Final = ("moderate", "demo", "office-hours", "check-post", "policy")
"""The commands, in the order ``--help`` lists them."""

_READERS: Final = ("moderate", "check-post")  # the commands that read input files
_OTHERS: Final = tuple(c for c in COMMANDS if c != "moderate")


@attrs.frozen
class ExitStatus:
    """One exit status of some commands.

    Attributes:
        code: the status.
        meaning: what it means, in a few words.
        commands: the commands that exit with it in this meaning.
    """

    code: int
    meaning: str
    commands: tuple[str, ...] = COMMANDS


STATUSES: Final = (
    ExitStatus(EXIT_OK, "success"),
    ExitStatus(
        EXIT_REJECTED, "some input line was rejected (the rest was processed)", ("moderate",)
    ),
    ExitStatus(
        EXIT_REJECTED,
        "some post breaks the policy, or some input line was rejected",
        ("check-post",),
    ),
    ExitStatus(
        EXIT_USAGE,
        "bad usage: an unknown option, a file that cannot be opened or a value the policy "
        "cannot answer for",
    ),
    ExitStatus(
        EXIT_FAILED,
        "the run failed for another reason than a rejected line: the output could not be "
        "written (a full disk), the input could not be read, or an internal error (one line "
        "on stderr says which)",
        _READERS,
    ),
    ExitStatus(
        EXIT_FAILED,
        "the run failed: the output could not be written (a full disk) or an internal error "
        "(one line on stderr says which)",
        tuple(c for c in COMMANDS if c not in _READERS),
    ),
    ExitStatus(
        EXIT_HANGUP, "stopped by SIGHUP, the file of --output left as it was", ("moderate",)
    ),
    ExitStatus(EXIT_HANGUP, "stopped by SIGHUP", _OTHERS),
    ExitStatus(
        EXIT_INTERRUPTED, "interrupted (Ctrl-C), the file of --output left as it was", ("moderate",)
    ),
    ExitStatus(EXIT_INTERRUPTED, "interrupted (Ctrl-C)", _OTHERS),
    ExitStatus(
        EXIT_TERMINATED, "stopped by SIGTERM, the file of --output left as it was", ("moderate",)
    ),
    ExitStatus(EXIT_TERMINATED, "stopped by SIGTERM", _OTHERS),
)
"""Every exit status, by code; a code may mean something slightly different per command."""

INTERNAL_ERROR: Final = "internal error"
"""How every message about an internal error (a bug, not a bad input) begins."""


def status_help(command: str | None = None) -> str:
    """The exit statuses of *command*, as its ``--help`` ends; all commands' when ``None``.

    >>> status_help("demo").split("; ")[0]
    'exit status: 0 success'
    >>> [s.code for s in STATUSES if "check-post" in s.commands]
    [0, 1, 2, 3, 129, 130, 143]
    """
    if command is None:
        shared = [s for s in STATUSES if set(s.commands) == set(COMMANDS)]
        listed = "; ".join(f"{s.code} {s.meaning}" for s in shared)
        return (
            f"exit status: {listed}; each command's --help lists the statuses of its own. "
            "Errors are one line on stderr."
        )
    rows = [s for s in STATUSES if command in s.commands]
    listed = "; ".join(f"{s.code} {s.meaning}" for s in sorted(rows, key=lambda s: s.code))
    return f"exit status: {listed}. Errors are one line on stderr."


class UsageError(Exception):
    """A command-line argument names something that cannot be used (exit status 2)."""


class RunError(Exception):
    """The run cannot go on: the output cannot be written or the input cannot be read (3)."""


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived; raised in the main thread like ``KeyboardInterrupt``.

    A ``BaseException`` for the same reason ``KeyboardInterrupt`` is one: the clean-up that runs
    on the way out (removing ``--output``'s temporary file) must run, and no ``except
    Exception`` on the way may swallow it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def signal_status(signum: int) -> int:
    """The shell's status for a process stopped by signal *signum*: ``128 + signum``."""
    return 128 + signum


def internal_error(exc: BaseException) -> str:
    """Say that *exc* is a bug, and where it was raised, without its message.

    The message of an unexpected exception may quote the value that caused it (a comment's
    text, a phone number); the type and the place are what a bug report needs.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        where = f" in {os.path.basename(frames[-1].filename)} line {frames[-1].lineno}"
    return f"{INTERNAL_ERROR} ({type(exc).__name__}{where}); please report it"
