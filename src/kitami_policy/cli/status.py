"""Exit statuses of the command line and the error that means bad usage."""

from __future__ import annotations

from typing import Final

__all__ = ["EXIT_HELP", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_REJECTED", "EXIT_USAGE", "UsageError"]

EXIT_OK: Final = 0
EXIT_REJECTED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

EXIT_HELP: Final = (
    "exit status: 0 success; 1 some input line was rejected (the rest was processed) or, for "
    "check-post, some post breaks the policy; 2 bad usage, an unreadable file or a value the "
    "policy cannot answer for; 130 interrupted. Errors are one line on stderr."
)


class UsageError(Exception):
    """A command-line argument names something that cannot be used (exit status 2)."""
