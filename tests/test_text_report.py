"""Decisions as text: the batch command's table and the summary of counts."""

from __future__ import annotations

import pytest

from kitami_policy import Comment, Engine, assess_report
from kitami_policy.text_report import (
    _MIN_EXCERPT,
    MIN_WIDTH,
    display_width,
    fit,
    summary_lines,
    table_header,
    table_row,
    text_safe,
    wrap,
)


class TestTable:
    def test_error_rows(self) -> None:
        """An error record of the batch command is a row naming its line."""
        row = table_row({"id": None, "line": 4, "error": "the line is not valid JSON"})
        assert row.split()[:3] == ["line", "4", "-"]
        assert "line 4: the line is not valid JSON" in row

    @pytest.mark.parametrize("width", [60, 80, 100])
    def test_error_text_is_never_cut(self, width: int) -> None:
        """A long error message wraps in the last column, every word of it shown."""
        error = "field 'text' must be a string, got not a string but a number " * 3
        row = table_row({"id": "c1", "line": 3, "error": error}, width)
        assert "…" not in row
        shown = " ".join(line[MIN_WIDTH - _MIN_EXCERPT :].strip() for line in row.splitlines())
        assert shown == f"line 3: {error}".strip()
        assert all(display_width(line) <= width for line in row.splitlines())

    @pytest.mark.parametrize("value", ["c\n1", "c\x1b[2J", "c\u2028", "c\ud800", "c\r\x85"])
    def test_a_value_cannot_break_a_row_or_drive_a_terminal(self, value: str) -> None:
        """Ids, excerpts and errors show controls, separators and surrogates as escapes."""
        decision = {"id": value, "clauses": [], "actions": ["keep"], "findings": []}
        excerpt = {**decision, "findings": [{"excerpt": value}]}
        error = {"id": value, "line": 2, "error": f"bad {value}"}
        for record in (decision, excerpt, error):
            row = table_row(record)
            assert len(row.splitlines()) == 1
            assert text_safe(value) in row
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in row)
            assert not any("\ud800" <= c <= "\udfff" or c in "\u2028\u2029" for c in row)

    def test_report_table_escapes_too(self) -> None:
        """Report.table, the API's table, is as safe to print as the command's."""
        report = assess_report(Engine.default(), [Comment(id="\x1b[31m", text="ok")])
        assert "\x1b" not in report.table()
        assert "\\x1b[31m" in report.table()

    def test_actions_are_named_as_in_json(self) -> None:
        """Every action keeps its JSON name in the table; a long list wraps, uncut."""
        actions = ["hide", "delete", "block_account", "report_to_police"]
        record = {"id": "c1", "clauses": ["4-4"], "actions": actions, "needs_review": False}
        column = [line[20:37].strip() for line in table_row(record).splitlines()]
        assert "".join(column).split(",") == actions

    @pytest.mark.parametrize(
        ("text", "width", "after", "expected"),
        [
            ("a b c", 3, " ", ["a b", "c"]),
            ("abcdef", 4, " ", ["abcd", "ef"]),
            ("北見市役所", 4, " ", ["北見", "市役", "所"]),
            ("hide,delete", 8, ",", ["hide,", "delete"]),
            ("", 5, " ", [""]),
        ],
    )
    def test_wrap(self, text: str, width: int, after: str, expected: list[str]) -> None:
        """wrap breaks after the given characters, or at the edge, and drops nothing."""
        assert wrap(text, width, after=after) == expected

    def test_header(self) -> None:
        """The header names the columns."""
        assert table_header().split() == [
            "id",
            "clauses",
            "actions",
            "review",
            "excerpt",
            "/",
            "error",
        ]

    @pytest.mark.parametrize(
        ("text", "width", "expected"),
        [("abc", 5, "abc  "), ("abcdef", 4, "abc…"), ("北見市", 5, "北見…"), ("a\nb", 3, "a b")],
    )
    def test_fit(self, text: str, width: int, expected: str) -> None:
        """fit cuts with an ellipsis and pads to the exact display width."""
        assert fit(text, width) == expected
        assert display_width(fit(text, width)) == width


class TestSummary:
    def test_actions_wrap_with_their_labels(self) -> None:
        """Every action with counts keeps its JSON name and Japanese word; long lists wrap."""
        counts = {"keep": 17, "hide": 19, "delete": 8, "block_account": 3, "report_to_police": 2}
        lines = summary_lines(total=36, clauses={}, actions=counts, review=5, width=60)
        assert all(display_width(line) <= 60 for line in lines)
        text = " ".join(lines[2:])
        assert "block_account (アカウントのブロック) 3" in text
        assert "report_to_police (警察に通報) 2" in text
