"""Reading input files and writing output safely for the command line.

``output`` writes a regular file through a temporary file renamed onto it once complete, so an
interrupted run never leaves half a file; devices and FIFOs are written in place.
"""

from __future__ import annotations

import codecs
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, Final, TextIO, cast

from kitami_policy._json import JSONInputError, loads
from kitami_policy.cli.status import RunError, UsageError

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
    """The text of an error line for *exc*: what was wrong, never the value that was."""
    if isinstance(exc, UnicodeDecodeError):
        return f"the line is not valid UTF-8 (byte {exc.start})"
    if isinstance(exc, JSONInputError):
        return f"the line {exc}"
    return str(exc)


def json_lines(source: BinaryIO) -> Iterator[tuple[int, object, str | None]]:
    """``(line number, parsed value, error)`` for each non-blank line of a JSON Lines file.

    A line that is not UTF-8 or not JSON the library reads (see :func:`kitami_policy._json.loads`)
    gives ``(number, None, reason)`` and reading goes on: the batch commands answer every input
    line, in order. A UTF-8 byte order mark at the start of the input is skipped.
    """
    for number, raw in enumerate(_read(source), start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            value = loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, JSONInputError) as exc:
            yield number, None, describe(exc)
        else:
            yield number, value, None


def _read(source: BinaryIO) -> Iterator[bytes]:
    try:
        yield from source
    except OSError as exc:
        name = getattr(source, "name", None)
        what = name if isinstance(name, str) and name != "<stdin>" else "standard input"
        raise RunError(f"cannot read {what}: {exc.strerror or exc}") from None


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
