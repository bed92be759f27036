"""Reading input files and writing output safely for the command line.

``output`` writes through a temporary file renamed onto the target once complete, so an
interrupted run never leaves half a file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Final, TextIO, cast

from kitami_policy.cli.status import UsageError

__all__ = [
    "describe",
    "is_terminal",
    "json_lines",
    "open_binary",
    "output",
    "read_text",
    "width",
]

TABLE_WIDTH: Final = 100


@contextmanager
def output(path: str | None, out: TextIO) -> Iterator[TextIO]:
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


def describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"the line is not valid UTF-8 (byte {exc.start})"
    if isinstance(exc, json.JSONDecodeError):
        return f"the line is not valid JSON: {exc.msg} at column {exc.colno}"
    return str(exc)


def json_lines(source: Iterable[bytes], start: int = 1) -> Iterator[tuple[int, object, str | None]]:
    """``(line number, parsed value, error)`` for each non-blank line of a JSON Lines file.

    A line that is not UTF-8 or not JSON gives ``(number, None, reason)`` and reading goes on:
    the batch commands answer every input line, in order. *start* is the first line's number.
    """
    for number, raw in enumerate(source, start=start):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield number, None, describe(exc)
        else:
            yield number, value, None


def open_binary(path: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc


def read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not valid UTF-8"
        raise UsageError(f"cannot read {path}: {reason}") from exc


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def width(stream: TextIO) -> int:
    if is_terminal(stream):
        return max(60, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    return TABLE_WIDTH
