"""Exit statuses of the command line: what each means, for which commands, and bad usage.

Each status is one row of :data:`STATUSES`: its code, what it means and the commands that
exit with it. A command's ``--help`` lists its own rows and ``docs/cli.md`` shows the table,
both written from these rows: a new status is one more row.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = [
    "COMMANDS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "STATUSES",
    "ExitStatus",
    "UsageError",
    "status_help",
]

EXIT_OK: Final = 0
EXIT_REJECTED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130

COMMANDS: Final = ("moderate", "demo", "office-hours", "check-post", "policy")
"""The commands, in the order ``--help`` lists them."""


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
        EXIT_INTERRUPTED, "interrupted (Ctrl-C), the file of --output left as it was", ("moderate",)
    ),
    ExitStatus(
        EXIT_INTERRUPTED, "interrupted (Ctrl-C)", tuple(c for c in COMMANDS if c != "moderate")
    ),
)
"""Every exit status, by code; a code may mean something slightly different per command."""


def status_help(command: str | None = None) -> str:
    """The exit statuses of *command*, as its ``--help`` ends; all commands' when ``None``.

    >>> status_help("demo").split("; ")[0]
    'exit status: 0 success'
    >>> [s.code for s in STATUSES if "check-post" in s.commands]
    [0, 1, 2, 130]
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
