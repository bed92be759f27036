"""Reading input files and writing output safely for the command line.

``output`` writes a regular file through a temporary file renamed onto it once complete, so an
interrupted run never leaves half a file; devices and FIFOs are written in place.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, Final, TextIO, cast

from kitami_policy._json import JSONInputError, loads
from kitami_policy.cli.status import RunError, UsageError

__all__ = [
    "describe",
    "finish",
    "is_terminal",
    "json_lines",
    "open_binary",
    "output",
    "read_lines",
    "read_text",
    "width",
]

TABLE_WIDTH: Final = 100
_FD_FOLDER: Final = re.compile(r"/proc/(?:self|thread-self|[0-9]+)/fd")
_MAX_LINKS: Final = 40  # as the kernel's own limit on a chain of symlinks


@contextmanager
def output(path: str | None, out: TextIO) -> Iterator[TextIO]:
    """Standard output, or the stream to write *path* through.

    A regular file, or a path where nothing is yet, is written to a temporary file beside it
    (``.NAME.XXXXXXXX.tmp``), renamed onto it once complete: an interrupted or failed run
    removes the temporary file, so *path* holds its old contents or a complete new output,
    never half of one. A replaced file keeps its mode (and, where allowed, its owner); a new
    one gets the mode the umask gives. A symlink is followed: the file it points to is
    replaced and the link kept. Anything else that can be opened for writing (``/dev/null``,
    a terminal, a FIFO, a file already open as ``/dev/stdout``) is written in place, appended
    to, since renaming over a device would replace it.

    Raises:
        UsageError: *path* is a directory or cannot be written at all.
        RunError: the output could not be flushed or put in place (a full disk).
    """
    if path is None or path == "-":
        yield out
        finish(out.flush, "the output")
        return
    target, open_file = _target(path)
    if open_file:
        with _in_place(target, path) as handle:
            yield handle
        return
    try:
        found: os.stat_result | None = target.stat()
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise UsageError(f"--output {path} is a directory; name a file")
    if found is not None and not stat.S_ISREG(found.st_mode):
        with _in_place(target, path) as handle:
            yield handle
        return
    with _replacing(target, path, found) as handle:
        yield handle


def _target(path: str) -> tuple[Path, bool]:
    """Where output to *path* goes, and whether that is a file already open in this process.

    Symlinks are followed hop by hop. ``/dev/stdout``, ``/dev/fd/1`` and ``/proc/self/fd/1``
    lead through a process's fd folder to an open file description, not to a path: a pipe has
    no path at all, and a file opened with ``>>`` must be appended to, not replaced.
    """
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        folder = os.path.realpath(os.path.dirname(current))
        if _FD_FOLDER.fullmatch(folder):
            return Path(current), True
        if not os.path.islink(current):
            break
        current = os.path.normpath(os.path.join(folder, os.readlink(current)))
    return Path(os.path.realpath(current)), False


@contextmanager
def _in_place(target: Path, path: str) -> Iterator[TextIO]:
    # Append mode: it truncates nothing, which a device or a FIFO does not mind and a file
    # opened by the shell with >> needs.
    try:
        handle = open(target, "a", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        yield handle
        finish(handle.flush, path)
    finally:
        with suppress(OSError):
            handle.close()


@contextmanager
def _replacing(target: Path, path: str, old: os.stat_result | None) -> Iterator[TextIO]:
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
        yield cast(TextIO, handle)  # a text-mode temporary file
        finish(handle.flush, path)
        finish(lambda: os.fsync(handle.fileno()), path)
        finish(handle.close, path)
        if old is not None:
            # The owner first: chown may clear set-id bits that chmod then restores.
            with suppress(OSError):
                os.chown(handle.name, old.st_uid, old.st_gid)
        os.chmod(handle.name, stat.S_IMODE(old.st_mode) if old else 0o666 & ~_umask())
        finish(lambda: os.replace(handle.name, target), path)
    except BaseException:
        # Closing flushes what is buffered, which fails again on a full disk: the error that
        # stopped the run is the one to report.
        with suppress(OSError):
            handle.close()
        Path(handle.name).unlink(missing_ok=True)
        raise


def finish(step: Callable[[], object], name: str) -> None:
    """Run *step*, which writes *name*; an ``OSError`` (a full disk) is a :class:`RunError`."""
    try:
        step()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise RunError(f"cannot write {name}: {exc.strerror or exc}") from None


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


def json_lines(source: Iterable[bytes], start: int = 1) -> Iterator[tuple[int, object, str | None]]:
    """``(line number, parsed value, error)`` for each non-blank line of a JSON Lines file.

    A line that is not UTF-8 or not JSON the library reads (see :func:`kitami_policy._json.loads`)
    gives ``(number, None, reason)`` and reading goes on: the batch commands answer every input
    line, in order. *start* is the first line's number; a UTF-8 byte order mark at the start of
    the input (line 1) is skipped.

    Raises:
        RunError: the input cannot be read (an I/O error, exit status 3).
    """
    for number, raw in enumerate(read_lines(source), start=start):
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


def read_lines(source: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of *source*; an I/O error while reading is a :class:`RunError` (exit 3)."""
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
