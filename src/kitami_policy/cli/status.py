"""Exit statuses of the command line, what each one means, and the errors that lead to them.

:data:`STATUSES` is the one list: the help texts and ``docs/cli.md`` are written from it.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "EXIT_FAILED",
    "EXIT_HELP",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "INTERNAL_ERROR",
    "STATUSES",
    "RunError",
    "Stopped",
    "UsageError",
    "internal_error",
    "signal_status",
]

EXIT_OK: Final = 0
EXIT_REJECTED: Final = 1
EXIT_USAGE: Final = 2
EXIT_FAILED: Final = 3
EXIT_INTERRUPTED: Final = 130

STATUSES: Final[Mapping[str, str]] = MappingProxyType(
    {
        str(EXIT_OK): "success",
        str(EXIT_REJECTED): "some input line was rejected (the rest was processed) or, for "
        "check-post, some post breaks the policy",
        str(EXIT_USAGE): "bad usage, an unreadable file or a value the policy cannot answer for",
        str(EXIT_FAILED): "the run failed for another reason: the output could not be written "
        "(a full disk), the input could not be read, or an internal error; one line on stderr "
        "says which",
        "128+N": "stopped by signal N: 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP; with "
        "--output, the output file is left as it was",
    }
)
"""Every exit status of ``kitami-policy`` and what it means, in order."""

EXIT_HELP: Final = (
    "exit status: "
    + "; ".join(f"{code} {meaning}" for code, meaning in STATUSES.items())
    + ". Errors are one line on stderr."
)

INTERNAL_ERROR: Final = "internal error"
"""How every message about an internal error (a bug, not a bad input) begins."""


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
