"""How the command line prints a line, whatever the values in it hold.

An input value that reaches the output (a comment id, in practice) can hold anything JSON can:
a lone surrogate (``"\\ud800"``), which no UTF-8 stream can encode; control characters, which
move a terminal's cursor or start a new line; U+2028, which ``str.splitlines`` and older
JavaScript read as a line break. Every line goes through :class:`LineWriter`, which writes it
so that printing cannot fail and one record stays one line:

- ``"json"`` lines hold such characters only inside strings, so they are written as JSON's own
  ``\\uXXXX`` escapes: a reader gets the exact value back.
- ``"text"`` lines (the table, ``check-post``'s text, error messages) show them as Python-style
  escapes (``\\x1b``, ``\\n``, ``\\ud800``).

A stream whose encoding is not UTF-8 (``PYTHONIOENCODING=ascii``) gets ASCII escapes for what
it cannot encode; JSON is then written with ``ensure_ascii``.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, Final, Literal, TextIO

from kitami_policy.cli.status import RunError
from kitami_policy.text_report import text_safe

__all__ = ["GuardedOutput", "LineWriter", "json_safe"]

# Characters that may stand inside a JSON string but that a line-oriented reader or a UTF-8
# encoder cannot take raw: NEL, the two Unicode line separators and every surrogate.
_JSON_UNSAFE: Final = re.compile("[\x85\u2028\u2029\ud800-\udfff]")
_JSON_ESCAPES: Final = {
    code: f"\\u{code:04x}" for code in (0x85, 0x2028, 0x2029, *range(0xD800, 0xE000))
}


def json_safe(line: str) -> str:
    """*line* (JSON text) with what a UTF-8 line reader cannot take written as ``\\u`` escapes.

    >>> json_safe('{"id": "\\ud800\\u2028"}')
    '{"id": "\\\\ud800\\\\u2028"}'
    """
    return line.translate(_JSON_ESCAPES) if _JSON_UNSAFE.search(line) else line


class LineWriter:
    """Writes whole lines to *stream*, each made safe to print (see the module docstring)."""

    def __init__(
        self, stream: TextIO, kind: Literal["json", "text"], *, name: str = "the output"
    ) -> None:
        self.stream = stream
        self.name = name
        self._safe = json_safe if kind == "json" else text_safe
        encoding = getattr(stream, "encoding", None)
        self._encoding = codecs.lookup(encoding).name if isinstance(encoding, str) else "utf-8"
        self.utf8 = self._encoding == "utf-8"

    def line(self, text: str) -> None:
        """Write *text* and a newline."""
        text = self._safe(text)
        if not self.utf8:
            text = text.encode(self._encoding, "backslashreplace").decode(self._encoding)
        try:
            self.stream.write(text + "\n")
        except BrokenPipeError:
            raise  # the reader went away: the command line ends quietly
        except OSError as exc:
            raise RunError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def json(self, value: Any) -> None:
        """Write *value* as one JSON line."""
        self.line(json.dumps(value, ensure_ascii=not self.utf8))


class GuardedOutput:
    """Standard output as every command writes it: a write that fails is a :class:`RunError`.

    ``print`` to a full device raises ``OSError`` from wherever the buffer happened to fill;
    through this stream it is the run's one failure (exit status 3, one line), whichever
    command was printing. A closed pipe (``BrokenPipeError``) passes as it is: the reader went
    away, which is not an error of ours.
    """

    def __init__(self, stream: TextIO, name: str = "the output") -> None:
        self._stream = stream
        self._name = name
        self.encoding: str = getattr(stream, "encoding", None) or "utf-8"

    def _guard(self, exc: OSError) -> RunError:
        return RunError(f"cannot write {self._name}: {exc.strerror or exc}")

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._guard(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._guard(exc) from None

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()
