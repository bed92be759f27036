"""Issue 10: nothing in a comment file may stop a run, slow it past linear, or leak what it masks.

Every case of the issue, through the API and the CLI, in self-contained classes:

- the input and output side (issue 10 §2, §3 first bullet, §4, §6): lines that crashed the run,
  error messages that echoed values, the output file, policy files and the API's argument
  checks, and a property test over arbitrary input; helpers prefixed ``_io_``;
- the engine's side (§1, §3, §5, and issue 9 §4): linear cost and capped evidence, masking of
  names, handles and readers' digits, the privacy sweep over every output format, the corrected
  stream rule and its bounded memory; classes named ``TestEngine*``.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitami_policy import (
    JST,
    KITAMI,
    Author,
    Comment,
    ConversionError,
    InvalidTextError,
    NaiveDatetimeError,
    OutOfRangeError,
    PolicyFileError,
    Post,
    ValidationError,
    from_dict,
    from_json,
    load_policy,
    parse_datetime,
    to_json,
)
from kitami_policy._html import mask_personal, personal_spans
from kitami_policy._number_form import digit_form
from kitami_policy.cli import main
from kitami_policy.cli import status as cli_status
from kitami_policy.engine import MAX_FINDINGS, MAX_SPANS_PER_RULE, Engine
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.jst import to_jst
from kitami_policy.policy import DATA_DIR
from kitami_policy.policy_file import parse_policy
from kitami_policy.records import comment_from_record, decision_record
from kitami_policy.report import Assessment, Report
from kitami_policy.rules import Rule
from kitami_policy.rules.base import ALWAYS, Context, Evidence, RuleSpec
from kitami_policy.stream import StreamRules, load_stream_rules

_IO_PHONE = "090-1234-5678"
# The statuses a run on any input may end with: docs/cli.md's table (2 is bad usage, 128+N a
# signal; neither comes from input).
_IO_INPUT_STATUSES = {cli_status.EXIT_OK, cli_status.EXIT_REJECTED}
_IO_ROOT = Path(__file__).resolve().parent.parent
_IO_TO_STDOUT = ("-o", "/dev/stdout")


def _io_line(record: object) -> bytes:
    # ASCII JSON: a lone surrogate travels as its escape, the way JSON can carry one.
    return json.dumps(record).encode("ascii") + b"\n"


@contextlib.contextmanager
def _io_streams(
    data: bytes, *, encoding: str = "utf-8"
) -> Iterator[tuple[io.BytesIO, io.StringIO]]:
    """Standard input from *data*, standard output into bytes (strict *encoding*), stderr text."""
    saved = sys.stdin, sys.stdout, sys.stderr
    out = io.BytesIO()
    err = io.StringIO()
    stdout = io.TextIOWrapper(out, encoding=encoding, errors="strict", newline="\n")
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    sys.stdout = stdout
    sys.stderr = err
    try:
        yield out, err
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        stdout.flush()
        stdout.detach()  # keep *out* open for the caller


def _io_moderate(data: bytes, *argv: str, encoding: str = "utf-8") -> tuple[int, str, str]:
    """Run ``moderate`` in-process on *data*; (status, stdout, stderr)."""
    with _io_streams(data, encoding=encoding) as (out, err):
        code = main(["moderate", *argv])
    return code, out.getvalue().decode(encoding), err.getvalue()


def _io_run(
    args: list[str], data: bytes = b"", **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kitami_policy.cli", *args],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
        **kwargs,
    )


def _io_ok(comment_id: str) -> bytes:
    return _io_line({"id": comment_id, "text": "いつもありがとうございます"})


class TestLinesThatStoppedTheRun:
    """Issue 10 §2: each line becomes its own error line, and the run goes on."""

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            (b'{"id": "big", "text": "x", "n": ' + b"7" * 4301 + b"}\n", "4,301 digits"),
            (b'{"id": "neg", "text": "x", "n": [-' + b"7" * 5000 + b"]}\n", "5,000 digits"),
            (b"[" * 100_000 + b"]" * 100_000 + b"\n", "too deeply"),
            (b'{"id": "deep", "text": "x", "a": ' + b"[" * 50_000 + b"\n", "too deeply"),
            (b'{"id": "nan", "text": "x", "n": NaN}\n', "NaN is not a JSON value"),
        ],
    )
    def test_unreadable_json_is_an_error_line(self, line: bytes, message: str) -> None:
        """Oversized integers, deep nesting and NaN give an error line; the next line is read."""
        code, out, err = _io_moderate(_io_ok("before") + line + _io_ok("after"))
        records = [json.loads(x) for x in out.splitlines()]
        assert [r["id"] for r in records] == ["before", None, "after"]
        assert records[1]["line"] == 2
        assert message in records[1]["error"]
        assert code == cli_status.EXIT_REJECTED
        assert err == ""

    def test_integers_read_whatever_the_process_limit(self) -> None:
        """A 4,300-digit integer is read even where the process lowered int_max_str_digits."""
        before = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(640)
        try:
            code, out, _ = _io_moderate(b'{"id": "a", "text": "x", "n": ' + b"9" * 4300 + b"}\n")
        finally:
            sys.set_int_max_str_digits(before)
        assert code == cli_status.EXIT_OK
        assert json.loads(out)["id"] == "a"

    def test_api_from_json_refuses_the_same_documents(self) -> None:
        """from_json raises ConversionError, not ValueError or RecursionError."""
        for text in ('{"id": ' + "1" * 5000 + "}", "[" * 100_000, '{"id": NaN}'):
            with pytest.raises(ConversionError, match="the document"):
                from_json(Comment, text)

    def test_lone_surrogate_in_the_id(self) -> None:
        """A lone surrogate id is an error line whose id reads back exactly, in strict UTF-8."""
        code, out, err = _io_moderate(b'{"id": "\\ud800", "text": "x"}\n' + _io_ok("after"))
        first, second = (json.loads(x) for x in out.splitlines())
        assert first["id"] == "\ud800"
        assert "lone surrogate" in first["error"]
        assert second["id"] == "after"
        assert code == cli_status.EXIT_REJECTED
        assert err == ""

    def test_api_refuses_a_lone_surrogate_in_any_id(self) -> None:
        """Comment, Author and Post ids with a lone surrogate raise InvalidTextError."""
        with pytest.raises(InvalidTextError, match=r"Comment\.id"):
            Comment(id="\udc80", text="x")
        with pytest.raises(InvalidTextError, match=r"Author\.id"):
            Author(id="a\ud800")
        with pytest.raises(InvalidTextError, match=r"Post\.id"):
            Post(id="\ud800", account=KITAMI.account_for("facebook"))

    @pytest.mark.parametrize("fmt", ["table", "csv"])
    def test_text_formats_escape_what_an_id_holds(self, fmt: str) -> None:
        """In table and CSV output an id's surrogates, controls and U+2028 show as escapes."""
        data = _io_line({"id": "a\ud800\n\x1b[2J\u2028b", "text": "x"}) + _io_ok("c2")
        code, out, _ = _io_moderate(data, "--format", fmt)
        assert code == cli_status.EXIT_REJECTED
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", out)
        rows = out.splitlines()
        assert rows[-1].startswith("c2")  # the id's newline started no row of its own
        assert rows[1].startswith("a\\ud800")
        if fmt == "csv":
            assert "a\\ud800\\n\\x1b[2J\\u2028b" in out
            assert len(rows) == 3  # a header and one line per input line

    def test_jsonl_keeps_line_separators_inside_strings(self) -> None:
        """U+2028, U+2029 and NEL in an id come back exactly, on one line by any reader."""
        weird = "a\u2028b\u2029c\x85d"
        code, out, _ = _io_moderate(_io_line({"id": weird, "text": "x"}))
        assert code == cli_status.EXIT_OK
        assert len(out.splitlines()) == 1
        assert json.loads(out)["id"] == weird

    def test_created_at_in_year_one(self) -> None:
        """0001-01-01T00:00+09:00 is an error line naming the field; the run goes on."""
        data = _io_line({"id": "old", "text": "x", "created_at": "0001-01-01T00:00:00+09:00"})
        code, out, _ = _io_moderate(data + _io_ok("after"))
        first, second = (json.loads(x) for x in out.splitlines())
        assert first["id"] == "old"
        assert "field 'created_at'" in first["error"]
        assert "year 1 or 9999" in first["error"]
        assert second["id"] == "after"
        assert code == cli_status.EXIT_REJECTED

    @pytest.mark.parametrize(
        "moment",
        [datetime(1, 1, 1, tzinfo=JST), datetime(9999, 12, 31, 20, tzinfo=UTC)],
        ids=["year 1 in JST", "year 9999 in UTC"],
    )
    def test_api_refuses_instants_without_a_jst_reading(self, moment: datetime) -> None:
        """Comment and to_jst raise OutOfRangeError for an instant with no JST reading."""
        with pytest.raises(OutOfRangeError, match=r"Comment\.created_at"):
            Comment(id="c", text="x", created_at=moment)
        with pytest.raises(OutOfRangeError):
            to_jst(moment)

    def test_api_parse_datetime_refuses_year_one(self) -> None:
        """parse_datetime names what it parsed and raises OutOfRangeError, not OverflowError."""
        with pytest.raises(OutOfRangeError, match="created_at"):
            parse_datetime("0001-01-01T00:00:00+09:00", "created_at")
        assert parse_datetime("0001-01-02T00:00:00+09:00").year == 1

    def test_a_bom_at_the_start_is_skipped(self) -> None:
        """A UTF-8 BOM before the first line is skipped, as --ng-words does."""
        code, out, _ = _io_moderate(b"\xef\xbb\xbf" + _io_ok("c1") + _io_ok("c2"))
        assert code == cli_status.EXIT_OK
        assert [json.loads(x)["id"] for x in out.splitlines()] == ["c1", "c2"]

    def test_a_bom_elsewhere_is_still_an_error(self) -> None:
        """Only the start of the input may carry a BOM: one inside is an error on its line."""
        code, out, _ = _io_moderate(_io_ok("c1") + b"\xef\xbb\xbf" + _io_ok("c2"))
        records = [json.loads(x) for x in out.splitlines()]
        assert records[1]["line"] == 2
        assert "error" in records[1]
        assert code == cli_status.EXIT_REJECTED

    def test_output_that_cannot_be_encoded_is_escaped(self) -> None:
        """Under PYTHONIOENCODING=ascii the output is ASCII JSON that reads back exactly."""
        done = _io_run(
            ["moderate"],
            _io_line({"id": "北見\ud800", "text": "x"}) + _io_ok("日本"),
            env={**os.environ, "PYTHONIOENCODING": "ascii"},
        )
        assert done.returncode == cli_status.EXIT_REJECTED, done.stderr
        assert done.stdout.isascii()
        ids = [json.loads(x)["id"] for x in done.stdout.decode("ascii").splitlines()]
        assert ids == ["北見\ud800", "日本"]

    def test_internal_error_on_one_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A bug on one line is that line's error (no message text), the rest runs, exit 3."""
        real = Engine._assess

        def broken(self: Engine, comment: Comment, *args: Any, **kwargs: Any) -> Any:
            if comment.id == "boom":
                raise TypeError(f"cannot handle {comment.text}")
            return real(self, comment, *args, **kwargs)

        monkeypatch.setattr(Engine, "_assess", broken)
        data = _io_ok("c1") + _io_line({"id": "boom", "text": f"電話{_IO_PHONE}"}) + _io_ok("c3")
        code, out, err = _io_moderate(data)
        records = [json.loads(x) for x in out.splitlines()]
        assert [r["id"] for r in records] == ["c1", "boom", "c3"]
        assert records[1]["error"].startswith("internal error (TypeError in test_hostile_inputs")
        assert code == cli_status.EXIT_FAILED
        assert err.count("\n") == 1
        assert err.startswith("kitami-policy: line 2: internal error")
        assert "1234" not in out + err

    def test_internal_error_outside_a_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An exception outside any line is one stderr line without its message, exit 3."""

        def broken(*args: object, **kwargs: object) -> Engine:
            raise RuntimeError(f"secret {_IO_PHONE}")

        monkeypatch.setattr(Engine, "default", broken)
        code, out, err = _io_moderate(_io_ok("c1"))
        assert code == cli_status.EXIT_FAILED
        assert out == ""
        assert err.startswith("kitami-policy: internal error (RuntimeError")
        assert err.count("\n") == 1
        assert _IO_PHONE not in err

    @pytest.mark.parametrize(
        "argv",
        [
            ["moderate"],
            ["moderate", "-o", "/dev/full"],
            ["check-post", "--format", "jsonl"],
            ["policy"],
            ["office-hours", "2025-05-05", "--month", "2025-05"],
        ],
        ids=["moderate", "moderate -o", "check-post", "policy", "office-hours"],
    )
    def test_full_device_ends_the_run_with_one_line(self, argv: list[str]) -> None:
        """Output to /dev/full: exit 3, one line naming the failure, no traceback."""
        if not os.path.exists("/dev/full"):
            pytest.skip("this system has no /dev/full")
        data = (
            _io_ok("c1") * 3000  # more than one buffer of output
            if argv[0] == "moderate"
            else _io_line({"id": "p1", "account": "facebook", "topics": ["event_info"]}) * 3000
        )
        with open("/dev/full", "wb") as full:
            done = subprocess.run(
                [sys.executable, "-m", "kitami_policy.cli", *argv],
                input=data,
                stdout=subprocess.PIPE if "-o" in argv else full,
                stderr=subprocess.PIPE,
                check=False,
                timeout=120,
            )
        assert done.returncode == cli_status.EXIT_FAILED, done.stderr
        assert done.stderr.count(b"\n") == 1
        assert done.stderr.startswith(b"kitami-policy: cannot write")
        assert b"No space left" in done.stderr
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)

    def test_input_that_fails_to_read_is_exit_3(self) -> None:
        """An input that fails mid-read (EIO) ends the run with one line, exit 3."""

        class Failing(io.BytesIO):
            def __next__(self) -> bytes:
                if self.tell() == 0:
                    return super().__next__()
                raise OSError(errno.EIO, "Input/output error")

        saved = sys.stdin, sys.stdout, sys.stderr
        sys.stdin = io.TextIOWrapper(Failing(_io_ok("c1") + _io_ok("c2")))
        sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
        try:
            code = main(["moderate"])
            out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved
        assert code == cli_status.EXIT_FAILED
        assert [json.loads(x)["id"] for x in out.splitlines()] == ["c1"]
        assert err == "kitami-policy: cannot read standard input: Input/output error\n"

    def test_exit_statuses_are_documented(self) -> None:
        """Status 3 and the signals' 128+N are rows of STATUSES, in every command's help."""
        for command in cli_status.COMMANDS:
            codes = {s.code for s in cli_status.STATUSES if command in s.commands}
            assert {3, 129, 130, 143} <= codes, command
        assert "3 the run failed for another reason than a rejected line" in (
            cli_status.status_help("moderate")
        )
        page = (_IO_ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
        assert "<!-- generated: exit-statuses -->" in page
        assert "143 SIGTERM" in page


def _io_digits(text: str) -> str:
    """The digits *text* spells in any script (full-width, kanji, ○), as ASCII."""
    kanji = dict(zip("〇零一二三四五六七八九○◯", "00123456789" + "00", strict=True))
    out = []
    for ch in text:
        if ch in kanji:
            out.append(kanji[ch])
        elif (value := unicodedata.digit(ch, None)) is not None:
            out.append(str(value))
    return "".join(out)


class TestMessagesShowNoValues:
    """Issue 10 §3 (first bullet) and issue 11: errors name the field, never show the value."""

    @pytest.mark.parametrize(
        ("record", "field"),
        [
            ({"created_at": f"田中さんの携帯は{_IO_PHONE}です"}, "field 'created_at'"),
            ({"created_at": 9012345678}, "field 'created_at'"),
            ({"post": {"account": _IO_PHONE}}, "field 'post.account'"),
            ({"post": {"account": "facebook", "id": 9012345678}}, "field 'post.id'"),
            ({"post": {"account": "facebook", "text": {"n": _IO_PHONE}}}, "field 'post.text'"),
            ({"author": {"id": _IO_PHONE.replace("-", ""), "name": 5}}, "field 'author.name'"),
            ({"author": {"id": 9012345678}}, "field 'author.id'"),
            ({"author": f"{_IO_PHONE}"}, "field 'author'"),
            ({"text": 9012345678}, "field 'text'"),
            ({"text": f"a\ud800{_IO_PHONE}"}, "Comment.text"),
        ],
    )
    def test_error_lines_name_the_field_not_the_value(
        self, record: dict[str, Any], field: str
    ) -> None:
        """An error line names the field and shows no digit of the value."""
        code, out, err = _io_moderate(_io_line({"id": "c1", "text": "ok", **record}))
        (line,) = (json.loads(x) for x in out.splitlines())
        assert line["id"] == "c1"
        assert field in line["error"]
        assert "1234" not in _io_digits(line["error"])
        assert "9012" not in _io_digits(line["error"])
        assert code == cli_status.EXIT_REJECTED
        assert err == ""

    def test_the_shape_still_helps(self) -> None:
        """A timestamp without offset is shown by its shape, enough to see what is missing."""
        code, out, _ = _io_moderate(
            _io_line({"id": "c", "text": "x", "created_at": "2024-06-01T10:00"})
        )
        assert "'####-##-##T##:##'" in json.loads(out)["error"]
        assert "+09:00" in json.loads(out)["error"]
        assert code == cli_status.EXIT_REJECTED

    def test_check_post_errors_name_the_field_not_the_value(self) -> None:
        """check-post's error lines show no digit of an account or time holding a phone number."""
        data = (
            _io_line({"id": "p1", "account": _IO_PHONE})
            + _io_line({"id": "p2", "account": "facebook", "published_at": _IO_PHONE})
            + _io_line({"id": "p3", "account": "facebook", "topics": [_IO_PHONE]})
            + _io_line({"id": 6, "account": "facebook"})
        )
        with _io_streams(data) as (out, err):
            code = main(["check-post", "--format", "jsonl"])
        lines = [json.loads(x) for x in out.getvalue().decode().splitlines()]
        assert [x["id"] for x in lines] == ["p1", "p2", "p3", None]
        assert ["account" in lines[0]["error"], "published_at" in lines[1]["error"]] == [True, True]
        for line in lines:
            assert "1234" not in _io_digits(line["error"])
        assert code == cli_status.EXIT_REJECTED
        assert err.getvalue() == ""

    def test_types_raise_validation_error_without_the_value(self) -> None:
        """Comment(author={...}) raises ValidationError naming the field, not the dict's phone."""
        with pytest.raises(ValidationError, match=r"Comment\.author must be an Author") as info:
            Comment(id="c", text="x", author={"name": f"北見 {_IO_PHONE}"})  # type: ignore[arg-type]
        assert "1234" not in str(info.value)
        with pytest.raises(ValidationError) as info:
            Author(id=f"{_IO_PHONE}", name=9012345678)  # type: ignore[arg-type]
        assert "9012" not in str(info.value)

    @pytest.mark.parametrize(
        ("make", "hint"),
        [
            (
                lambda: Post(id="p", account="facebook"),  # type: ignore[arg-type]
                r"KITAMI\.account_for\('facebook'\)",
            ),
            (
                lambda: Comment(id="c", text="x", author="u1"),  # type: ignore[arg-type]
                r"Author\(id='u1'\)",
            ),
            (
                lambda: Comment(id="c", text="x", post="facebook"),  # type: ignore[arg-type]
                r"Post\(id='p1', account=",
            ),
        ],
    )
    def test_wrong_types_get_a_hint(self, make: Any, hint: str) -> None:
        """A platform name or a bare id where an object belongs: ValidationError with a hint."""
        with pytest.raises(ValidationError, match=hint):
            make()

    def test_naive_datetime_says_what_was_passed(self) -> None:
        """closure_reason with a naive datetime names the type and both ways to fix it."""
        hours = KITAMI.office_hours
        assert hours is not None
        with pytest.raises(NaiveDatetimeError) as info:
            hours.closure_reason(datetime(2024, 5, 3, 10))
        message = str(info.value)
        assert "naive datetime.datetime" in message
        assert "tzinfo=kitami_policy.JST" in message
        assert "datetime.date" in message
        assert "2024" not in message

    def test_ids_are_strings_in_the_api_and_the_cli(self) -> None:
        """{"id": 6} is refused, as Comment(id=6) is; a string id comes back exactly."""
        code, out, _ = _io_moderate(_io_line({"id": 6, "text": "x"}) + _io_ok(" ｃ１ "))
        first, second = (json.loads(x) for x in out.splitlines())
        assert first["id"] is None
        assert "must be a non-empty string" in first["error"]
        assert '"6"' in first["error"]
        assert second["id"] == " ｃ１ "
        assert code == cli_status.EXIT_REJECTED
        with pytest.raises(ValidationError, match="non-empty string"):
            Comment(id=6, text="x")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="non-empty string"):
            comment_from_record({"id": 6, "text": "x"}, KITAMI)

    def test_from_dict_shows_no_value(self) -> None:
        """from_dict's messages name the path; values and odd keys appear only as shapes."""
        for data in (
            {"id": "c", "text": "x", "created_at": _IO_PHONE},
            {"id": "c", "text": 9012345678},
            {"id": "c", "text": "x", _IO_PHONE: 1},
            {"id": "c", "text": "x", "author": {"id": "u", "handle": 9012345678}},
        ):
            with pytest.raises(Exception) as info:  # noqa: PT011 - the class varies, the text does not
                from_dict(Comment, data)
            assert isinstance(info.value, ConversionError | ValidationError)
            assert "1234" not in str(info.value)
            assert "9012" not in str(info.value)


class TestOutputFile:
    """Issue 10 §4: --output renames only onto regular files, keeps modes, cleans up on signals."""

    @pytest.fixture
    def comments(self, tmp_path: Path) -> Path:
        """Two acceptable comments."""
        path = tmp_path / "in.jsonl"
        path.write_bytes(_io_ok("c1") + _io_ok("c2"))
        return path

    @staticmethod
    def _leftovers(folder: Path) -> list[str]:
        return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))

    def test_a_device_is_written_in_place(self, tmp_path: Path, comments: Path) -> None:
        """-o on a character device (a null device node) writes to it and leaves it a device."""
        node = tmp_path / "null"
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            pytest.skip("making a device node needs root")
        code, _, err = _io_moderate(b"", str(comments), "-o", str(node))
        assert code == cli_status.EXIT_OK, err
        assert stat.S_ISCHR(node.stat().st_mode)
        assert self._leftovers(tmp_path) == []

    def test_a_fifo_is_written_in_place(self, tmp_path: Path, comments: Path) -> None:
        """-o on a FIFO writes through it to its reader and leaves it a FIFO."""
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        received: list[bytes] = []
        reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
        reader.start()
        code, _, _ = _io_moderate(b"", str(comments), "-o", str(fifo))
        reader.join(timeout=30)
        assert code == cli_status.EXIT_OK
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        assert [json.loads(x)["id"] for x in received[0].splitlines()] == ["c1", "c2"]

    def test_a_symlink_is_followed(self, tmp_path: Path, comments: Path) -> None:
        """-o on a symlink replaces the file it points to; the link stays a link."""
        real = tmp_path / "data" / "out.jsonl"
        real.parent.mkdir()
        real.write_text("old\n", encoding="utf-8")
        link = tmp_path / "link.jsonl"
        link.symlink_to(real)
        code, _, _ = _io_moderate(b"", str(comments), "-o", str(link))
        assert code == cli_status.EXIT_OK
        assert link.is_symlink()
        assert [json.loads(x)["id"] for x in real.read_text(encoding="utf-8").splitlines()] == [
            "c1",
            "c2",
        ]
        assert self._leftovers(tmp_path) == self._leftovers(real.parent) == []

    def test_a_dangling_symlink_creates_its_target(self, tmp_path: Path, comments: Path) -> None:
        """-o on a symlink to nothing yet creates the target and keeps the link."""
        link = tmp_path / "link.jsonl"
        link.symlink_to(tmp_path / "target.jsonl")
        code, _, _ = _io_moderate(b"", str(comments), "-o", str(link))
        assert code == cli_status.EXIT_OK
        assert link.is_symlink()
        assert (tmp_path / "target.jsonl").read_text(encoding="utf-8").count("\n") == 2

    def test_dev_stdout_into_a_pipe(self, comments: Path) -> None:
        """-o /dev/stdout when stdout is a pipe writes to the pipe (it has no path to rename)."""
        done = _io_run(["moderate", str(comments), "-o", "/dev/stdout"])
        assert done.returncode == cli_status.EXIT_OK, done.stderr
        assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == ["c1", "c2"]

    def test_dev_stdout_appended_by_the_shell(self, tmp_path: Path, comments: Path) -> None:
        """-o /dev/stdout with stdout opened for appending (>>) appends, replacing nothing."""
        log = tmp_path / "log.txt"
        log.write_text("previous\n", encoding="utf-8")
        with log.open("ab") as appended:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "kitami_policy.cli",
                    "moderate",
                    str(comments),
                    *_IO_TO_STDOUT,
                ],
                stdout=appended,
                stderr=subprocess.PIPE,
                check=False,
                timeout=120,
            )
        assert done.returncode == cli_status.EXIT_OK, done.stderr
        lines = log.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "previous"
        assert [json.loads(x)["id"] for x in lines[1:]] == ["c1", "c2"]
        assert self._leftovers(tmp_path) == []

    def test_a_replaced_file_keeps_its_mode(self, tmp_path: Path, comments: Path) -> None:
        """A 0600 output file is still 0600 after the run."""
        target = tmp_path / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")
        target.chmod(0o600)
        code, _, _ = _io_moderate(b"", str(comments), "-o", str(target))
        assert code == cli_status.EXIT_OK
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "c1" in target.read_text(encoding="utf-8")

    def test_a_new_file_gets_the_umask(self, tmp_path: Path, comments: Path) -> None:
        """A new output file has the mode the umask gives (0640 under umask 027)."""
        target = tmp_path / "out.jsonl"
        previous = os.umask(0o027)
        try:
            code, _, _ = _io_moderate(b"", str(comments), "-o", str(target))
        finally:
            os.umask(previous)
        assert code == cli_status.EXIT_OK
        assert stat.S_IMODE(target.stat().st_mode) == 0o640

    def test_a_directory_is_refused(self, tmp_path: Path, comments: Path) -> None:
        """-o on a directory is bad usage, one line, exit 2."""
        code, _, err = _io_moderate(b"", str(comments), "-o", str(tmp_path))
        assert code == cli_status.EXIT_USAGE
        assert err == f"kitami-policy: --output {tmp_path} is a directory; name a file\n"

    def test_a_failed_sync_keeps_the_old_file(
        self, tmp_path: Path, comments: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A disk that fills at the end: exit 3, one line, old contents kept, no temp file."""
        target = tmp_path / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        code, _, err = _io_moderate(b"", str(comments), "-o", str(target))
        assert code == cli_status.EXIT_FAILED
        assert err == f"kitami-policy: cannot write {target}: No space left on device\n"
        assert target.read_text(encoding="utf-8") == "old\n"
        assert self._leftovers(tmp_path) == []

    @pytest.mark.parametrize(
        ("signum", "status"),
        [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
        ids=["SIGTERM", "SIGHUP", "SIGINT"],
    )
    def test_signals_remove_the_temporary_file(
        self, tmp_path: Path, signum: int, status: int
    ) -> None:
        """SIGTERM, SIGHUP and SIGINT mid-run: old file kept, temp file gone, 128+N, one line."""
        target = tmp_path / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")
        process = self._start(target, tmp_path)
        process.send_signal(signum)
        _, err = process.communicate(timeout=60)
        assert process.returncode == status
        assert err.count(b"\n") == 1
        assert err.startswith(b"kitami-policy: ")
        assert target.read_text(encoding="utf-8") == "old\n"
        assert self._leftovers(tmp_path) == []

    def test_an_ignored_sighup_stays_ignored(self, tmp_path: Path) -> None:
        """Under nohup (SIGHUP ignored) a hangup does not stop the run."""
        target = tmp_path / "out.jsonl"
        process = self._start(
            target, tmp_path, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)
        )
        process.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        _, err = process.communicate(_io_ok("c2"), timeout=60)
        assert process.returncode == cli_status.EXIT_OK, err
        assert target.read_text(encoding="utf-8").count("\n") == 2

    @classmethod
    def _start(cls, target: Path, folder: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
        # One line in, stdin left open: the run waits for more with its temporary file made.
        process = subprocess.Popen(
            [sys.executable, "-m", "kitami_policy.cli", "moderate", "-o", str(target)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # Ctrl-C reaches a foreground job with SIGINT at its default.
            **kwargs,
        )
        assert process.stdin is not None
        process.stdin.write(_io_ok("c1"))
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while not cls._leftovers(folder) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cls._leftovers(folder), "the run never made its temporary file"
        time.sleep(0.3)  # let it reach the read of the next line
        return process


class TestPolicyFilesAndApi:
    """Issue 10 §6: malformed policy files are PolicyFileError; the API says what it needs."""

    @staticmethod
    def _kitami_text() -> str:
        return (DATA_DIR / "kitami.toml").read_text(encoding="utf-8")

    @classmethod
    def _folder(cls, tmp_path: Path, text: str) -> Path:
        """A policy folder: *text* as town.toml beside the policy's text."""
        folder = tmp_path / "town"
        folder.mkdir()
        (folder / "kitami-sns-policy.md").write_bytes(
            (DATA_DIR / "kitami-sns-policy.md").read_bytes()
        )
        (folder / "town.toml").write_text(text, encoding="utf-8")
        return folder / "town.toml"

    @pytest.mark.parametrize(
        ("edit", "message"),
        [
            (lambda d: d.update(policy=5), r"policy must be a table, \[policy\]; got an int"),
            (
                lambda d: d.update(platform_actions=[{"platform": "facebook"}]),
                r"platform_actions must be a table",
            ),
            (lambda d: d.update(reuse=["x"]), r"reuse must be a table"),
            (lambda d: d.update(accounts={"a": 1}), r"accounts must be an array of tables"),
            (lambda d: d.update(colour={"x": 1}), r"unknown table\(s\) 'colour'"),
            (lambda d: d["policy"].update(topics=[]), r"policy\.topics belongs in its own table"),
            (
                lambda d: d["public_contacts"][0].update(kind="fax"),
                r"public_contacts\[0\]: PublicContact\.kind must be one of address",
            ),
            (lambda d: d["accounts"].append(5), r"accounts\[3\]: expected an object"),
        ],
    )
    def test_malformed_documents(self, edit: Any, message: str) -> None:
        """Each malformed shape is a PolicyFileError naming the table or field path."""
        document = tomllib.loads(self._kitami_text())
        edit(document)
        with pytest.raises(PolicyFileError, match=message):
            parse_policy(document, origin="town.toml")

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ("policy = 5", "policy must be a table"),
            ("platform_actions = [1, 2]", "platform_actions must be a table"),
        ],
    )
    def test_malformed_files(self, tmp_path: Path, line: str, message: str) -> None:
        """The same shapes written as TOML files: PolicyFileError from load_policy."""
        with pytest.raises(PolicyFileError, match=message):
            load_policy(self._folder(tmp_path, line + "\n"))

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("5", "policy.source_text must be the name of the policy's text file"),
            ('""', "policy.source_text must be the name"),
            ('"/etc/hostname"', "leads outside it"),
            ('"../kitami-sns-policy.md"', "leads outside it"),
            ('"sub/../../kitami-sns-policy.md"', "leads outside it"),
        ],
    )
    def test_source_text_stays_in_the_folder(
        self, tmp_path: Path, value: str, message: str
    ) -> None:
        """source_text that is not a name, or leads out of the policy's folder, is refused."""
        (tmp_path / "kitami-sns-policy.md").write_text("outside", encoding="utf-8")
        text = self._kitami_text().replace(
            'source_text = "kitami-sns-policy.md"', f"source_text = {value}", 1
        )
        with pytest.raises(PolicyFileError, match=message):
            load_policy(self._folder(tmp_path, text))

    def test_source_text_symlink_out_is_refused(self, tmp_path: Path) -> None:
        """A symlink beside the file that points outside the folder is refused too."""
        (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
        path = self._folder(tmp_path, self._kitami_text())
        (path.parent / "kitami-sns-policy.md").unlink()
        (path.parent / "kitami-sns-policy.md").symlink_to(tmp_path / "secret.txt")
        with pytest.raises(PolicyFileError, match="leads outside it"):
            load_policy(path)

    def test_source_text_in_a_subfolder_is_read(self, tmp_path: Path) -> None:
        """A text in a folder below the policy file is read, relative to that file."""
        path = self._folder(tmp_path, "")
        (path.parent / "texts").mkdir()
        (path.parent / "kitami-sns-policy.md").rename(path.parent / "texts" / "policy.md")
        path.write_text(
            self._kitami_text().replace(
                'source_text = "kitami-sns-policy.md"', 'source_text = "texts/policy.md"', 1
            ),
            encoding="utf-8",
        )
        assert "令和4年4月1日" in load_policy(path).source_text

    @pytest.mark.parametrize("post", ["facebook", KITAMI.account_for("facebook"), 5])
    def test_assess_post_must_be_a_post(self, post: object) -> None:
        """assess(comment, post=...) with a non-Post: a ValidationError saying what post must be."""
        engine = Engine.default()
        comment = Comment(id="c", text="x")
        with pytest.raises(ValidationError, match=r"post must be a Post or None.*account_for"):
            engine.assess(comment, post=post)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="post must be a Post or None"):
            engine.stream().assess(comment, post=post)  # type: ignore[arg-type]

    def test_assess_with_a_post_still_works(self) -> None:
        """A real Post is taken: the check refuses only what is not one."""
        post = Post(id="p", account=KITAMI.account_for("facebook"))
        decision = Engine.default().assess(Comment(id="c", text="ありがとう"), post=post)
        assert decision.comment_id == "c"


_IO_ODD = ["\ud800", "\udfff", "\u2028", "\x85", "\x1b", "\ufeff", "\x00", "\n", "○", "〇"]
_io_chars = st.one_of(st.characters(), st.sampled_from(_IO_ODD))
_io_strings = st.text(_io_chars, max_size=12)
_io_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _io_strings,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_io_strings, inner, max_size=3),
    max_leaves=8,
)
_io_phones = st.from_regex(r"0[789]0-[0-9]{4}-[0-9]{4}", fullmatch=True).flatmap(
    lambda phone: st.sampled_from(
        [
            phone,
            phone.replace("-", ""),
            phone.translate(str.maketrans("0123456789-", "０１２３４５６７８９－")),
            phone.translate(str.maketrans("0123456789", "〇一二三四五六七八九")),
        ]
    )
)
_io_words = st.sampled_from(
    [
        "電話は",
        "携帯",
        "田中さんの",
        "住所は北見市",
        "メール taro.yamada@example.co.jp",
        "しね",
        " ",
    ]
)
_io_texts = st.lists(st.one_of(_io_strings, _io_phones, _io_words), max_size=4).map("".join)
# Names without digits: a number in a display name is masked by the engine side of issue 10.
_io_names = st.text(st.characters(categories=["L", "Zs"]), max_size=10)
_io_good_ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=8).filter(str.strip)
_io_ids = st.one_of(_io_good_ids, st.text(_io_chars, min_size=1, max_size=8), _io_phones, _io_json)
_io_times = st.sampled_from(
    ["2024-06-01T10:00:00+09:00", "2024-06-01T10:00:00Z", "0001-01-01T00:00:00+09:00"]
)
_io_authors = st.fixed_dictionaries(
    {"id": _io_good_ids}, optional={"name": _io_names, "handle": _io_names.filter(str.strip)}
)
_io_posts = st.fixed_dictionaries(
    {"account": st.sampled_from(["facebook", "x", "instagram"])},
    optional={"id": _io_good_ids, "text": _io_texts},
)
# Records that reach the engine: a good id and text, each other field good or hostile.
_io_comments = st.fixed_dictionaries(
    {"id": _io_good_ids, "text": _io_texts},
    optional={
        "created_at": st.one_of(_io_times, _io_phones, _io_phones, _io_texts, _io_json),
        "author": st.one_of(
            _io_authors,
            _io_json,
            st.fixed_dictionaries({"id": st.one_of(_io_ids, _io_phones), "name": _io_names}),
        ),
        "post": st.one_of(
            _io_posts,
            _io_json,
            st.fixed_dictionaries({"account": _io_phones}, optional={"id": _io_ids}),
            st.fixed_dictionaries({"account": _io_phones}),
        ),
    },
)
# Records of any shape at all.
_io_records = st.fixed_dictionaries(
    {"id": _io_ids, "text": st.one_of(_io_texts, _io_json)},
    optional={"created_at": _io_json, "author": _io_json, "post": _io_json},
)


@st.composite
def _io_lines(draw: st.DrawFn) -> bytes:
    """A JSON Lines input: comment-shaped records, any JSON value, any bytes, blank lines."""

    def dump(value: object) -> bytes:
        text = json.dumps(value, ensure_ascii=draw(st.booleans()))
        return text.encode("utf-8", "surrogatepass")  # a raw surrogate is invalid UTF-8

    lines = draw(
        st.lists(
            st.one_of(
                _io_comments.map(dump),
                _io_comments.map(dump),
                _io_comments.map(dump),
                _io_records.map(dump),
                _io_json.map(dump),
                st.binary(max_size=24),
                st.sampled_from([b"", b"  ", b"\r", b"\xef\xbb\xbf"]),
            ),
            min_size=1,
            max_size=10,
        )
    )
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + b"\n".join(lines) + (b"\n" if draw(st.booleans()) else b"")


def _io_expected_lines(data: bytes) -> int:
    """Output lines the contract promises: one per input line that is not blank."""
    segments = data.split(b"\n")
    if data.endswith(b"\n"):
        segments.pop()
    segments[0] = segments[0].removeprefix(b"\xef\xbb\xbf")
    return sum(1 for segment in segments if segment.strip())


_IO_JOINED = re.compile(r"[0-9](?:[-‐・.．、,， 　ー－]?[0-9])*")


def _io_numbers(text: str) -> list[str]:
    """The numbers *text* spells (any digit script, common separators), as ASCII digits."""
    return [_io_digits(m.group()) for m in _IO_JOINED.finditer(_io_ascii_digits(text))]


def _io_ascii_digits(text: str) -> str:
    return "".join(_io_digits(ch) or ch for ch in text)


def _io_leaks(secrets: set[str], text: str) -> list[str]:
    """Runs of 6 digits of a secret number that *text* shows."""
    windows = {s[i : i + 6] for s in secrets for i in range(len(s) - 5)}
    return [w for number in _io_numbers(text) for w in windows if w in number]


class TestAnyInput:
    """Issue 10's proof: arbitrary JSON values and bytes through the command line."""

    @staticmethod
    def _detected(data: bytes, engine: Engine) -> set[str]:
        """Digits of the numbers the engine finds in the input's comments (6 or more)."""
        found: set[str] = set()
        stream = engine.stream()
        for raw in data.removeprefix(b"\xef\xbb\xbf").split(b"\n"):
            try:
                comment = comment_from_record(json.loads(raw.decode("utf-8")), KITAMI)
                decision = stream.assess(comment)
            except (ValueError, RecursionError):
                continue
            for finding in decision.findings:
                for span in finding.spans:
                    found.update(n for n in _io_numbers(comment.text[span.start : span.end]))
        return {n for n in found if len(n) >= 6}

    @staticmethod
    def _line_numbers(raw: bytes) -> set[str]:
        """Every number of 6 or more digits in one input line, outside its id."""
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError):
            record = None
        ident = record.get("id") if isinstance(record, dict) else None
        own = _io_digits(ident) if isinstance(ident, str) else ""
        return {
            number
            for number in _io_numbers(raw.decode("utf-8", "replace"))
            if len(number) >= 6 and number not in own
        }

    def _check(self, data: bytes, code: int, out: str, err: str, engine: Engine) -> None:
        assert code in _IO_INPUT_STATUSES, (code, err)
        assert "Traceback" not in out + err
        assert err == ""
        lines = out.splitlines()
        assert len(lines) == _io_expected_lines(data)
        records = [json.loads(line) for line in lines]
        assert (code == cli_status.EXIT_REJECTED) == any("error" in r for r in records)
        detected = self._detected(data, engine)
        raw_lines = data.split(b"\n")
        for record in records:
            shown = json.dumps({k: v for k, v in record.items() if k != "id"}, ensure_ascii=False)
            assert not _io_leaks(detected, shown), record
            if "error" in record:
                own = self._line_numbers(raw_lines[record["line"] - 1])
                assert not _io_leaks(own, record["error"]), record

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=_io_lines())
    def test_every_line_gets_one_answer_in_process(self, data: bytes, engine: Engine) -> None:
        """Any input: one line per non-blank line, status 0 or 1, no traceback, no number leaked."""
        code, out, err = _io_moderate(data)
        self._check(data, code, out, err, engine)

    @settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=_io_lines())
    def test_every_line_gets_one_answer_in_a_real_process(
        self, data: bytes, engine: Engine
    ) -> None:
        """The same invariants through a real process, its real stdout and stderr."""
        done = _io_run(["moderate"], data)
        self._check(
            data, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode(), engine
        )

    @pytest.mark.parametrize("fmt", ["table", "csv"])
    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=_io_lines())
    def test_text_formats_stay_printable(self, fmt: str, data: bytes) -> None:
        """Table and CSV: no control character reaches the output; CSV keeps one row per line."""
        code, out, err = _io_moderate(data, "--format", fmt)
        assert code in _IO_INPUT_STATUSES
        assert err == ""
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", out)
        if fmt == "csv":
            assert len(out.splitlines()) == 1 + _io_expected_lines(data)

    def test_the_issue_cases_in_one_real_run(self) -> None:
        """Every line issue 10 §2 names, in one file, through a real process: one answer each."""
        data = b"".join(
            [
                b"\xef\xbb\xbf" + _io_ok("first"),
                b'{"id": "big", "text": "x", "n": ' + b"1" * 4301 + b"}\n",
                b"[" * 100_000 + b"]" * 100_000 + b"\n",
                b'{"id": "\\ud800", "text": "x"}\n',
                _io_line({"id": "old", "text": "x", "created_at": "0001-01-01T00:00:00+09:00"}),
                _io_line(
                    {"id": "p01", "text": "ok", "created_at": f"田中さんの携帯は{_IO_PHONE}です"}
                ),
                _io_line({"id": "p02", "text": "ok", "post": {"account": _IO_PHONE}}),
                b"\xff\xfe\x00\n",
                _io_ok("last"),
            ]
        )
        done = _io_run(["moderate"], data)
        assert done.returncode == cli_status.EXIT_REJECTED
        assert done.stderr == b""
        records = [json.loads(x) for x in done.stdout.decode("utf-8").splitlines()]
        assert [r["id"] for r in records] == [
            "first",
            None,
            None,
            "\ud800",
            "old",
            "p01",
            "p02",
            None,
            "last",
        ]
        assert [("error" in r) for r in records] == [False] + [True] * 7 + [False]
        assert "1234" not in done.stdout.decode("utf-8")


_ENGINE = Engine.default()
_JST = timezone(timedelta(hours=9))


def _post(text: str = "除雪のお知らせです", pid: str = "p1") -> Post:
    return Post(id=pid, account=KITAMI.account_for("facebook"), text=text)


class TestEngineBoundedOutput:
    """Issue 10 §1: one rule keeps at most MAX_SPANS_PER_RULE spans and counts the rest; a
    decision shows at most MAX_FINDINGS findings; neither cap changes what is decided."""

    def test_a_rule_keeps_the_first_spans_and_counts_the_rest(self) -> None:
        """A thousand phone numbers give 20 kept spans and 980 counted on the last finding."""
        text = "".join(f"090-{1000 + i:04d}-{2000 + i:04d} " for i in range(1000))
        decision = _ENGINE.assess(Comment(id="c", text=text))
        phones = [f for f in decision.findings if f.rule == "pii.phone"]
        assert sum(len(f.spans) for f in phones) == MAX_SPANS_PER_RULE
        assert [f.omitted for f in phones] == [0] * (len(phones) - 1) + [1000 - 20]
        assert phones[0].spans[0].start == 0

    def test_the_batch_record_says_how_many_more(self) -> None:
        """The JSON Lines record carries the count on the capped rule's last finding only."""
        text = "".join(f"090-{1000 + i:04d}-{2000 + i:04d} " for i in range(30))
        record = decision_record(_ENGINE.assess(Comment(id="c", text=text)))
        phones = [f for f in record["findings"] if f["rule"] == "pii.phone"]
        assert [f.get("omitted") for f in phones] == [None] * (len(phones) - 1) + [10]
        kept = decision_record(_ENGINE.assess(Comment(id="c", text="090-1234-5678")))
        assert "omitted" not in kept["findings"][0]

    def test_an_insult_wall_keeps_20_spans(self) -> None:
        """The issue's "し ね " wall keeps 20 spans of its insult rule however long it is."""
        decision = _ENGINE.assess(Comment(id="c", text="し ね " * 5000))
        for rule in decision.rules:
            kept = [f for f in decision.findings if f.rule == rule]
            assert sum(len(f.spans) for f in kept) <= MAX_SPANS_PER_RULE + 5

    def test_mentions_in_one_piece_of_evidence_are_cut_too(self) -> None:
        """Evidence holding many spans is cut to the cap, and the rest counted."""
        decision = _ENGINE.assess(Comment(id="c", text="@taro " * 3000))
        mass = [f for f in decision.findings if f.rule == "tos.mass_mention"]
        assert len(mass) == 1
        assert len(mass[0].spans) == MAX_SPANS_PER_RULE
        assert mass[0].omitted == 3000 - MAX_SPANS_PER_RULE

    def test_beyond_the_cap_the_personal_data_is_still_masked(self) -> None:
        """Phone numbers past the cap are masked in the masked text and the HTML views."""
        numbers = [f"080-{3000 + i:04d}-{4000 + i:04d}" for i in range(60)]
        comment = Comment(id="c", text="晒す " + " ".join(numbers))
        decision = _ENGINE.assess(comment)
        masked = Assessment(comment, decision).masked_text
        html = Assessment(comment, decision)._repr_html_()
        for number in numbers:
            assert number not in masked
            assert number not in html
            assert number[4:8] + "-" + number[9:] not in masked

    def _engine_with(self, levels: list[str | None]) -> Engine:
        spec = RuleSpec(
            id="t.rule", clause="4-9", confidence=0.9, rationale_ja="テ", rationale_en="t"
        )

        def found(ctx: Context) -> Iterator[Evidence]:
            for i, level in enumerate(levels):
                yield Evidence(spans=(Span(i, i + 1),), level=level)

        rule = Rule(spec=spec, detect=found, trigger=ALWAYS, levels={"weak": 0.5})
        return attrs.evolve(Engine.default(), rules=(rule,))

    def test_the_cap_never_changes_whether_a_person_reviews(self) -> None:
        """Weak evidence found after the cap is full still asks for review."""
        engine = self._engine_with([None] * 30 + ["weak"])
        decision = engine.assess(Comment(id="c", text="x" * 40))
        assert decision.needs_review
        assert [f.confidence for f in decision.findings][-1] == 0.5
        assert sum(f.omitted for f in decision.findings) == 30 - MAX_SPANS_PER_RULE

    def test_a_decision_shows_at_most_the_cap_and_every_rule(self) -> None:
        """Many rules with many findings: at most MAX_FINDINGS shown, every rule still there."""
        text = (
            "死ね " + "090-1234-5678 " * 25 + "a@b.jp " * 25 + "北見市常盤町3-14-8 " * 25 + " ばか"
        )
        full = _ENGINE.assess(Comment(id="c", text=text))
        assert len(full.findings) <= MAX_FINDINGS
        assert {"pii.phone", "pii.email", "pii.address"} <= set(full.rules)
        spans = sum(len(f.spans) + f.omitted for f in full.findings if f.rule == "pii.email")
        assert spans == 25

    def test_outputs_say_how_many_more(self) -> None:
        """The count past the cap reaches the HTML view and the report's finding records."""
        comment = Comment(id="c", text="a@b.jp " * 100)
        decision = _ENGINE.assess(comment)
        assert "(and 80 more)" in decision._repr_html_()
        records = Report((Assessment(comment, decision),)).finding_records()
        assert sum(r["omitted"] for r in records if r["rule"] == "pii.email") == 80

    def test_json_of_a_megabyte_comment_stays_small(self) -> None:
        """A megabyte of e-mail addresses gives a decision of a few kilobytes of JSON."""
        decision = _ENGINE.assess(Comment(id="c", text="a@b.jp " * 150_000))
        assert len(to_json(decision)) < 50_000


def _python_lines(text: str) -> int:
    """How many lines of Python (loop steps included) assessing *text* runs: a count of work
    that, unlike a time, is the same on every machine."""
    lines = 0

    def count(frame: Any, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += event == "line"
        return count

    sys.settrace(count)
    try:
        _ENGINE.assess(Comment(id="c", text=text))
    finally:
        sys.settrace(None)
    return lines


class TestEngineLinearWork:
    """Issue 10 §1: every input costs O(N). A detector that relates each match to every other
    (each predicate to every group, each target to every emoji) does the square of the work
    on a long comment dense in matches; four times the text must cost about four times the
    lines run, not sixteen. A bench (bench/bench_dense.py) times the same inputs."""

    @pytest.mark.parametrize(
        "unit",
        [
            "同性愛者の血は汚いから献血させるな ",  # groups and hate predicates
            "障害者は避難所に来るな。迷惑だから家にいろ ",
            "障害者に税金使うな、生きてる価値ない ",
            "外国人はゴキブリ ",
            "在日は出ていけ ",
            "you are stupid ",  # English traits and targets
            "fuck you ",
            "i will kill you ",
            "市長🔪 ",  # targets and weapon emoji
            "『葉っぱ』手押しで売るよ ",  # quotations, drugs near a sale
            "大麻売ります ",
            "ヌ ー ド 写真 エロいの撮れたよ ",  # sex words, made explicit in the sentence
            "「死ね」って書く人がいる ",
            "市長はバカなの？ ",
            "市長 バカ ",
            "a@b.jp ",
            "090-1234-5678 ",
            "北見市常盤町3-14-8 ",
            "し ね ",
            "https://example.com/a ",
            "@taro #北見 ",
        ],
    )
    def test_four_times_the_text_is_about_four_times_the_work(self, unit: str) -> None:
        assert _python_lines(unit * 400) <= 6 * _python_lines(unit * 100)


class TestEngineMasking:
    """Issue 10 §3: author names and handles, doxxed names, missed detections, partial masks."""

    def _outputs(self, comment: Comment) -> dict[str, str]:
        decision = _ENGINE.assess(comment)
        item = Assessment(comment, decision)
        report = Report((item,))
        return {
            "json": to_json(decision),
            "repr": repr(decision),
            "html": decision._repr_html_(),
            "assessment html": item._repr_html_(),
            "masked text": item.masked_text,
            "table": report.table(),
            "records": json.dumps(report.to_records(), ensure_ascii=False),
            "finding records": json.dumps(report.finding_records(), ensure_ascii=False),
            "report html": report._repr_html_(),
        }

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("北見市役所 090-1234-5678", "090-1234-5678"),
            ("北見市役所 kitami.city@gmail.com", "kitami.city@gmail.com"),
            ("北見市役所 ０８０－１１１１－２２２２", "０８０－１１１１－２２２２"),
            ("北見市役所 ○九○-一二三四-五六七八", "○九○-一二三四-五六七八"),
        ],
    )
    def test_numbers_and_addresses_in_a_display_name_are_masked(
        self, name: str, value: str
    ) -> None:
        """A 4-5 excerpt taken from a display name masks the phone number or e-mail in it."""
        comment = Comment(id="c", text="こちらで受付します", author=Author(id="u", name=name))
        outputs = self._outputs(comment)
        assert "4-5" in _ENGINE.assess(comment).clauses
        for where, out in outputs.items():
            assert value not in out, where
            for piece in ("1234", "1111", "kitami.city"):
                assert piece not in out, where

    def test_a_number_in_a_handle_is_masked(self) -> None:
        """A long number in a look-alike handle is masked in the handle's excerpt."""
        author = Author(id="u", name="", handle="kitami_city_09012345678")
        decision = _ENGINE.assess(Comment(id="c", text="お知らせします", author=author))
        handles = [f for f in decision.findings if f.source == "author_handle"]
        assert handles
        assert all("09012345678" not in f.excerpt for f in handles)
        assert any(f.personal for f in handles)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("鈴木一郎の住所知ってる人いる？", "鈴木一郎"),
            ("北見太郎の自宅を特定した", "北見太郎"),
            ("山本健太の勤務先を晒す", "山本健太"),
            ("佐藤花子の住所は北見市常盤町三丁目十四番地八号", "佐藤花子"),
            ("田中のマイナンバーは１２３４５６７８９０１８", "田中"),
        ],
    )
    def test_the_person_targeted_is_masked_everywhere(self, text: str, name: str) -> None:
        """The name of the person whose details are dug up or given is masked in every output."""
        comment = Comment(id="c", text=text)
        assert "4-1" in _ENGINE.assess(comment).clauses
        for where, out in self._outputs(comment).items():
            assert name not in out, where

    def test_roles_and_places_are_not_masked_as_names(self) -> None:
        """職員の自宅 names no one: the role stays readable in the excerpt."""
        decision = _ENGINE.assess(Comment(id="c", text="職員の自宅を特定した"))
        assert "職員" in decision.findings[0].excerpt

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("佐藤花子の住所は北見市大通西三丁目一番地一号", "三丁目一番地一号"),
            ("あいつの住所は北見市常盤町五丁目二番地三号", "五丁目二番地三号"),
            ("連絡は k a z u o @ g m a i l . c o m まで", "k a z u o @ g m a i l"),
            ("小川のアドレス t a r o . k @ y a h o o . c o . j p", "t a r o . k"),
        ],
    )
    def test_missed_detections_are_found_and_masked(self, text: str, value: str) -> None:
        """Kanji-numeral addresses and spaced-out e-mails are 4-1 and masked in every view."""
        comment = Comment(id="c", text=text)
        assert "4-1" in _ENGINE.assess(comment).clauses
        for where, out in self._outputs(comment).items():
            assert value not in out, where

    def test_the_city_halls_address_as_a_persons_home_asks_for_review(self) -> None:
        """A public address given as a named person's home is weak 4-1: hide, and review."""
        decision = _ENGINE.assess(
            Comment(id="c", text="佐藤花子の住所は北見市大通西三丁目一番地一号")
        )
        assert decision.needs_review
        assert [a.value for a in decision.actions] == ["hide"]
        kept = _ENGINE.assess(Comment(id="c", text="市役所の住所は北見市大通西3丁目1番地1です"))
        assert kept.acceptable

    @pytest.mark.parametrize(
        ("text", "excerpt"),
        [
            ("○九○-一二三四-五六七八", "○九○-****-**七八"),
            ("09O-2468-1357", "09O-****-**57"),
            ("◯八◯ー一一二二ー三三四四", "◯八◯ー****ー**四四"),
        ],
    )
    def test_any_digit_the_reader_accepts_is_masked_as_one(self, text: str, excerpt: str) -> None:
        """○ and a letter O read as zeros are masked like digits: at most five show."""
        decision = _ENGINE.assess(Comment(id="c", text=text))
        assert [f.excerpt for f in decision.findings if f.rule == "pii.phone"] == [excerpt]
        masked = mask_personal(text, decision)
        assert masked == excerpt

    def test_context_digits_include_zero_look_alikes(self) -> None:
        """Digits around other evidence are masked, zero circles and a letter O among them."""
        decision = _ENGINE.assess(Comment(id="c", text="死ね ○九○ 09O"))
        excerpt = next(f.excerpt for f in decision.findings if f.clause == "4-2")
        for shown in ("○", "九", "9O"):
            assert shown not in excerpt

    def test_personal_spans_come_from_the_finding(self) -> None:
        """The HTML masks what the finding says is personal, not what its excerpt lacks."""
        finding = Finding(
            clause="4-1",
            rule="pii.email",
            spans=[Span(0, 6)],
            excerpt="a@b.jp",
            rationale_ja="メール",
            rationale_en="e-mail",
            mask="email",
        )
        decision = Decision("c", [finding], ["hide"])
        assert personal_spans("a@b.jp", decision) == (Span(0, 6),)
        shown = Finding(
            clause="4-2",
            rule="abuse.insult",
            spans=[Span(0, 2)],
            excerpt="**",
            rationale_ja="侮辱",
            rationale_en="insult",
        )
        assert personal_spans("ばか", Decision("c", [shown], ["hide"])) == ()

    def test_cli_outputs_mask_display_names_and_doxxed_names(self, tmp_path: Path) -> None:
        """moderate's JSONL, table and CSV outputs mask a name's number and a doxxed name."""
        records = [
            {
                "id": "a",
                "text": "こちらで受付します",
                "author": {"id": "u1", "name": "北見市役所 090-1234-5678"},
            },
            {"id": "b", "text": "鈴木一郎の住所知ってる人いる？"},
        ]
        path = tmp_path / "in.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        for form in ("jsonl", "table", "csv"):
            out = tmp_path / f"out.{form}"
            assert main(["moderate", str(path), "--format", form, "-o", str(out)]) == 0
            written = out.read_text("utf-8")
            assert "1234" not in written, form
            assert "鈴木一郎" not in written, form


class TestEngineStreamRule:
    """Issue 10 §5 and issue 9 §4: CLAUSES.md's corrected stream rule, and bounded memory."""

    @staticmethod
    def _at(minutes: float) -> datetime:
        return datetime(2025, 1, 10, 9, 0, tzinfo=_JST) + timedelta(minutes=minutes)

    def _run(
        self,
        items: Iterable[tuple[str, str, float | None]],
        post: Post | None = None,
        engine: Engine = _ENGINE,
    ) -> list[Decision]:
        stream = engine.stream()
        return [
            stream.assess(
                Comment(
                    id=f"c{i}",
                    text=text,
                    author=Author(id=author),
                    created_at=None if minutes is None else self._at(minutes),
                    post=post,
                )
            )
            for i, (author, text, minutes) in enumerate(items)
        ]

    def _floods(self, decisions: list[Decision]) -> list[bool]:
        return ["tos.flood" in d.rules for d in decisions]

    def test_again_within_ten_minutes_is_flooding(self) -> None:
        """The same text by the same author within 10 minutes of the previous copy is 4-7."""
        text = "除雪はいつ来ますか"
        decisions = self._run([("u", text, 0), ("u", text, 9)])
        assert self._floods(decisions) == [False, True]

    def test_asking_again_after_an_hour_is_not_flooding(self) -> None:
        """A citizen asking the same question again after an hour is not flooding."""
        text = "除雪はいつ来ますか"
        decisions = self._run([("u", text, 0), ("u", text, 60)])
        assert self._floods(decisions) == [False, False]
        assert decisions[1].acceptable

    def test_the_third_copy_within_a_day_is_flooding(self) -> None:
        """A third copy within 24 hours is 4-7 even when the copies are hours apart."""
        text = "除雪はいつ来ますか"
        decisions = self._run([("u", text, 0), ("u", text, 120), ("u", text, 600)])
        assert self._floods(decisions) == [False, False, True]

    def test_a_third_copy_spread_over_days_is_not(self) -> None:
        """Copies a day or more apart never make a third copy within 24 hours."""
        text = "除雪はいつ来ますか"
        days = [0, 60 * 25, 60 * 50]
        decisions = self._run([("u", text, m) for m in days])
        assert self._floods(decisions) == [False, False, False]

    def test_without_timestamps_order_stands_in_for_time(self) -> None:
        """Without times, one author's second copy is not flooding and the third is."""
        text = "除雪はいつ来ますか"
        decisions = self._run([("u", text, None)] * 4)
        assert self._floods(decisions) == [False, False, True, True]

    def test_three_authors_under_one_post_flood_from_the_third_copy(self) -> None:
        """The same text of ten characters or more from a third author under one post is 4-7."""
        text = "今すぐ市長は辞任しろと言いたい"
        post = _post()
        decisions = self._run(
            [("a", text, 0), ("b", text, 60), ("a", text, 120), ("c", text, 180), ("d", text, 240)],
            post,
        )
        assert self._floods(decisions) == [False, False, False, True, True]

    def test_short_texts_and_other_posts_do_not_count(self) -> None:
        """Texts under ten characters from many authors, or one text under several posts, are
        not flooding; ten characters are counted (ありがとうございます is exactly ten)."""
        short = self._run([(f"u{i}", "ありがとうござい", i * 60) for i in range(5)], _post())
        assert not any(self._floods(short))
        ten = self._run([(f"u{i}", "ありがとうございます", i * 60) for i in range(3)], _post())
        assert self._floods(ten) == [False, False, True]
        stream = _ENGINE.stream()
        text = "今すぐ市長は辞任しろと言いたい"
        spread = [
            stream.assess(
                Comment(id=f"c{i}", text=text, author=Author(id=f"u{i}"), post=_post(pid=f"p{i}"))
            )
            for i in range(4)
        ]
        assert not any(self._floods(spread))

    def test_the_windows_are_data(self) -> None:
        """The stream rule's figures come from data/stream.toml, as CLAUSES.md gives them."""
        rules = load_stream_rules()
        assert (rules.repeat_within_seconds, rules.copies, rules.copies_within_seconds) == (
            600,
            3,
            86400,
        )
        assert (rules.authors, rules.min_length) == (3, 10)

    def _small(self, **changes: int) -> StreamRules:
        return attrs.evolve(load_stream_rules(), **changes)

    def test_remembered_authors_are_capped_least_recent_first(self) -> None:
        """Past the cap the least recently seen author is forgotten: their repeat starts anew."""
        from kitami_policy.stream import Stream

        stream = Stream(_ENGINE, self._small(max_authors=3))
        text = "除雪はいつ来ますか"
        for author in ("a", "b", "c", "d"):  # "a" is forgotten when "d" comes
            for _ in range(2):
                stream.assess(Comment(id="x", text=text, author=Author(id=author)))
        assert len(stream._authors) + len(stream._offenders) <= 3
        third_a = stream.assess(Comment(id="y", text=text, author=Author(id="a")))
        third_d = stream.assess(Comment(id="z", text=text, author=Author(id="d")))
        assert "tos.flood" not in third_a.rules
        assert "tos.flood" in third_d.rules

    def test_authors_are_pruned_by_time(self) -> None:
        """An author silent for longer than the window is dropped from memory."""
        from kitami_policy.stream import Stream

        stream = Stream(_ENGINE)
        for i in range(50):
            stream.assess(
                Comment(
                    id=f"c{i}", text="こんにちは", author=Author(id=f"u{i}"), created_at=self._at(i)
                )
            )
        stream.assess(
            Comment(
                id="late", text="こんにちは", author=Author(id="late"), created_at=self._at(60 * 25)
            )
        )
        assert len(stream._authors) == 1

    def test_violations_outlive_the_window(self) -> None:
        """An author's violations count across days: the third violating comment blocks."""
        texts = ["バカ市長", "無能な職員ども", "税金泥棒の市役所"]
        decisions = self._run([("u", t, 60 * 24 * 3 * i) for i, t in enumerate(texts)], _post())
        assert all("4-2" in d.clauses for d in decisions)
        assert "block_account" in [a.value for a in decisions[2].actions]

    def test_memory_stays_bounded_with_many_authors(self) -> None:
        """Ten thousand authors under a cap of 100 leave at most 100 remembered."""
        from kitami_policy.stream import Stream

        stream = Stream(_ENGINE, self._small(max_authors=100, max_shared_texts=100))
        post = _post()
        for i in range(10_000):
            stream.assess(
                Comment(
                    id=f"c{i}", text=f"除雪の要望です番号{i}", author=Author(id=f"u{i}"), post=post
                )
            )
        assert len(stream._authors) + len(stream._offenders) <= 100
        assert len(stream._shared) <= 100


class TestEngineOfficeAttribution:
    """Issue 9 §4: a number named as an office's is public whichever side the office is on, and
    passing on a centre's number is not impersonation."""

    @pytest.mark.parametrize(
        "text",
        [
            "0157-24-1234は北見市除雪センターの番号です",
            "090-1111-2222は北見市除雪センターの番号です",
            "080-3333-4444が道路維持課の直通番号です",
            "0157-24-0110（北見警察署）に聞いてください",
            "北見市除雪センターの番号は090-1111-2222です",
            "除雪センター（080-1111-2222）に電話してください",
            "除雪センター 080-1111-2222 に連絡したらすぐ来てくれました",
        ],
    )
    def test_an_offices_number_is_neither_4_1_nor_4_5(self, text: str) -> None:
        """A number the comment gives as an office's, before or after it, is kept."""
        decision = _ENGINE.assess(Comment(id="c", text=text, post=_post()))
        assert "4-1" not in decision.clauses
        assert "4-5" not in decision.clauses

    @pytest.mark.parametrize(
        "text",
        [
            "090-5555-1212は市役所の田中さんの携帯です",
            "市役所の田中さんの携帯 090-5555-1212 に直接言え",
            "0157-22-3344は田中の自宅の番号です",
        ],
    )
    def test_a_persons_number_beside_an_office_is_still_4_1(self, text: str) -> None:
        """A person marked beside the office makes the number theirs."""
        assert "4-1" in _ENGINE.assess(Comment(id="c", text=text, post=_post())).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "除雪の件で話がある人はこの番号へ。北見市道路維持課 担当：新井 "
            "０８０－２２１７－６６０５（直通）",
            "【北見市除雪センター】当センターの番号は090-1111-2222です。こちらで受付します",
        ],
    )
    def test_an_office_giving_a_mobile_in_its_own_voice_is_still_4_5(self, text: str) -> None:
        """An office's mobile given as the office would give it is impersonation."""
        assert "4-5" in _ENGINE.assess(Comment(id="c", text=text, post=_post())).clauses


_SWEEP: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    # (text, author name, author handle, the personal values it holds)
    ("田中さんの携帯は090-1234-5678です", "", None, ("090-1234-5678", "田中")),
    (
        "山田さんの番号は０８０－２２３３－４４５５だよ",
        "",
        None,
        ("０８０－２２３３－４４５５", "山田"),
    ),
    (
        "佐々木の携帯〇九〇・一二三四・五六七八に電話して文句言え",
        "",
        None,
        ("〇九〇・一二三四・五六七八", "佐々木"),
    ),
    ("こいつの電話番号○九○-一二三四-五六七八", "", None, ("○九○-一二三四-五六七八",)),
    ("あいつの番号は09O-2468-1357", "", None, ("09O-2468-1357",)),
    ("自宅は0157-22-3344です、夜なら出ます", "", None, ("0157-22-3344",)),
    ("+81 90-3456-7890 が佐藤の携帯", "", None, ("+81 90-3456-7890",)),
    ("鈴木さんの番号 ０９０ １２３４ ５６７８", "", None, ("０９０ １２３４ ５６７８", "鈴木")),
    ("吉田さんの番号 0 9 0 - 3 3 4 4 - 5 5 6 6", "", None, ("0 9 0 - 3 3 4 4 - 5 5 6 6", "吉田")),
    ("伊藤の携帯は〇八〇の七七二一の三四〇六", "", None, ("〇八〇の七七二一の三四〇六", "伊藤")),
    (
        "田中の私用メアド taro.yamada@example.co.jp",
        "",
        None,
        ("taro.yamada@example.co.jp", "taro.yamada"),
    ),
    (
        "小川のアドレス k a z u o @ g m a i l . c o m に送って",
        "",
        None,
        ("k a z u o @ g m a i l", "kazuo"),
    ),
    ("佐藤花子のアドレスは hanako.sato(at)gmail.com", "", None, ("hanako.sato", "佐藤花子")),
    (
        "森さんのメール ｙｕｋｉ．ｍｏｒｉ＠ｙａｈｏｏ．ｃｏ．ｊｐ",
        "",
        None,
        ("ｙｕｋｉ．ｍｏｒｉ",),
    ),
    (
        "渡辺のメール kenji_watanabe あっと docomo どっと ne どっと jp",
        "",
        None,
        ("kenji_watanabe", "渡辺"),
    ),
    (
        "佐藤花子の住所は北見市常盤町三丁目十四番地八号",
        "",
        None,
        ("常盤町三丁目十四番地八号", "佐藤花子"),
    ),
    ("あいつの家は北見市三輪5丁目12番3号だ", "", None, ("三輪5丁目12番3号",)),
    ("鈴木の自宅 北見市端野町二区123番地", "", None, ("端野町二区123番地",)),
    ("犯人の家、北見市北5条東2-10-7らしい", "", None, ("北5条東2-10-7",)),
    (
        "佐藤花子の住所は北見市大通西三丁目一番地一号",
        "",
        None,
        ("大通西三丁目一番地一号", "佐藤花子"),
    ),
    ("俺のマイナンバー 1234 5678 9018 です", "", None, ("1234 5678 9018",)),
    (
        "田中のマイナンバーは１２３４５６７８９０１８",
        "",
        None,
        ("１２３４５６７８９０１８", "田中"),
    ),
    ("カード番号 4111 1111 1111 1111 有効期限 12/27", "", None, ("4111 1111 1111 1111",)),
    ("クレカ 5555-5555-5555-4444 を使って", "", None, ("5555-5555-5555-4444",)),
    ("JCBのカード 3530111333300000 です", "", None, ("3530111333300000",)),
    ("鈴木一郎の住所知ってる人いる？", "", None, ("鈴木一郎",)),
    ("北見太郎の自宅を特定した", "", None, ("北見太郎",)),
    ("山本健太の勤務先を晒す", "", None, ("山本健太",)),
    ("高橋美咲の本名と学校知ってる人いたら教えて", "", None, ("高橋美咲",)),
    ("小林の実家特定完了", "", None, ("小林",)),
    ("除雪の件はこちらで受付します", "北見市役所 090-1234-5678", None, ("090-1234-5678",)),
    ("お問い合わせはDMでお願いします", "北見市役所 kitami.city@gmail.com", None, ("kitami.city",)),
    ("市役所です。お知らせします", "", "kitami_city_09012345678", ("09012345678",)),
    (
        "こちらで受付します",
        "市役所 広報課 ０８０－１１１１－２２２２",
        None,
        ("０８０－１１１１－２２２２",),
    ),
    ("We will reply by DM", "Kitami City Official 080 9876 5432", None, ("080 9876 5432",)),
    ("市役所の田中さんの携帯 090-5555-1212 に直接言え", "", None, ("090-5555-1212",)),
    ("ゆうちょ 記号12345 番号67891234 に振り込んで", "", None, ("67891234",)),
    ("北洋銀行 北見支店 普通口座 1234567 に振込", "", None, ("1234567",)),
    ("死ね 090-8765-4321 に電話してやる", "", None, ("090-8765-4321",)),
    (
        "ばか 田中の携帯 ０９０ー８７６５ー４３２１",
        "",
        None,
        ("０９０ー８７６５ー４３２１", "田中"),
    ),
    (
        "佐藤さんの電話 080-2345-6789、メール sato.k@example.ne.jp",
        "",
        None,
        ("080-2345-6789", "sato.k@"),
    ),
    (
        "090-1111-2222 090-3333-4444 090-5555-6666 全部あいつの番号",
        "",
        None,
        ("090-1111-2222", "090-3333-4444", "090-5555-6666"),
    ),
    ("晒す " + "070-4321-8765 " * 40, "", None, ("070-4321-8765",)),
)

# What may stand between the digits of one number when the output is scanned for digit runs.
_JOINERS = r"[\d\-‐ー－\s.．、,・の]"


class TestEnginePrivacySweep:
    """Issue 10 "Proof": every output format of a fixed set of comments holding personal data in
    many forms shows none of it: not the values, and no run of six or more of their digits."""

    @staticmethod
    def _digits(value: str) -> str:
        return re.sub(r"\D", "", digit_form(value))

    def _leaks(self, output: str, values: tuple[str, ...]) -> list[str]:
        found = [value for value in values if value in output]
        numbers = [d for d in map(self._digits, values) if len(d) >= 6]
        # Full-width, kanji, ○ and a letter O among digits are read as the digits they are.
        for run in re.finditer(rf"\d{_JOINERS}*\d", digit_form(output)):
            digits = re.sub(r"\D", "", run[0])
            found.extend(
                f"digits {digits[i : i + 6]}"
                for i in range(len(digits) - 5)
                if any(digits[i : i + 6] in number for number in numbers)
            )
        return found

    def _comments(self) -> list[Comment]:
        post = _post()
        return [
            Comment(
                id=f"s{i:02d}",
                text=text,
                author=Author(id=f"u{i}", name=name, handle=handle),
                post=post,
            )
            for i, (text, name, handle, _) in enumerate(_SWEEP)
        ]

    def test_the_sweep_is_forty_comments_or_more(self) -> None:
        """The sweep covers at least 40 comments, each with personal data the engine finds."""
        assert len(_SWEEP) >= 40
        for comment in self._comments():
            assert not _ENGINE.assess(comment).acceptable, comment.id

    def test_api_outputs_show_no_personal_data(self) -> None:
        """JSON, repr, both HTML views, masked text, the report's table, records and HTML."""
        comments = self._comments()
        decisions = [_ENGINE.assess(c) for c in comments]
        report = Report.from_decisions(comments, decisions)
        for comment, decision, (_, _, _, values) in zip(comments, decisions, _SWEEP, strict=True):
            item = Assessment(comment, decision)
            outputs = {
                "json": to_json(decision),
                "repr": repr(decision),
                "html": decision._repr_html_(),
                "assessment html": item._repr_html_(),
                "assessment repr": repr(item),
                "masked text": item.masked_text,
                "table": Report((item,)).table(width=200),
                "records": json.dumps(Report((item,)).to_records(), ensure_ascii=False),
                "findings": json.dumps(Report((item,)).finding_records(), ensure_ascii=False),
            }
            for where, output in outputs.items():
                assert self._leaks(output, values) == [], (comment.id, where)
        everything = report.table(width=200) + report._repr_html_() + repr(report)
        for _, _, _, values in _SWEEP:
            assert self._leaks(everything, values) == []

    def test_cli_outputs_show_no_personal_data(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """moderate's JSONL, table, CSV and summary, run in-process, show no personal data."""
        path = tmp_path / "sweep.jsonl"
        lines = []
        for i, (text, name, handle, _) in enumerate(_SWEEP):
            author = {"id": f"u{i}", "name": name, **({"handle": handle} if handle else {})}
            record = {"id": f"s{i:02d}", "text": text, "author": author}
            record["post"] = {"id": "p1", "account": "facebook", "text": "除雪のお知らせです"}
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        path.write_text("".join(lines), encoding="utf-8")
        values = tuple(v for *_, vs in _SWEEP for v in vs)
        for form in ("jsonl", "table", "csv"):
            code = main(["moderate", str(path), "--format", form, "--summary"])
            captured = capsys.readouterr()
            assert code == 0, captured.err
            assert self._leaks(captured.out + captured.err, values) == [], form
            if form == "jsonl":
                assert len(captured.out.splitlines()) == len(_SWEEP)
            if form == "csv":
                rows = list(csv.reader(io.StringIO(captured.out)))
                assert len(rows) == len(_SWEEP) + 1

    @settings(max_examples=60, deadline=None)
    @given(
        st.sampled_from([v for *_, vs in _SWEEP for v in vs if sum(c.isdigit() for c in v) >= 6]),
        st.sampled_from(["死ね", "ばか", "晒す", "拡散希望 #北見"]),
        st.text(st.sampled_from("、 。北見市の"), max_size=4),
    )
    def test_a_number_near_other_evidence_never_shows(
        self, value: str, word: str, gap: str
    ) -> None:
        """A personal number beside any evidence shows no six-digit run in any excerpt."""
        comment = Comment(id="c", text=f"{word}{gap}{value}{gap}{word}")
        decision = _ENGINE.assess(comment)
        for finding in decision.findings:
            assert self._leaks(finding.excerpt, (value,)) == []
