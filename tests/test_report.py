"""Reports on a batch of decisions: counts, records, tables, and no personal data."""

from __future__ import annotations

import json

import pytest

from kitami_policy import Action, Comment, Decision, Finding
from kitami_policy.clauses import CLAUSE_CODES
from kitami_policy.engine import Engine
from kitami_policy.errors import ValidationError
from kitami_policy.findings import Span
from kitami_policy.policy import DATA_DIR, KITAMI
from kitami_policy.records import comment_from_record
from kitami_policy.report import Assessment, Report, assess_report
from kitami_policy.text_report import display_width

PHONE = "090-1234-5678"
EMAIL = "taro.yamada@example.co.jp"


def _finding(clause: str, start: int = 0, end: int = 2) -> Finding:
    return Finding(
        clause=clause,
        rule=f"test.{clause}",
        spans=[Span(start, end)],
        excerpt="ばか",
        rationale_ja="理由",
        rationale_en="why",
    )


@pytest.fixture
def report() -> Report:
    """Three hand-made decisions: kept, 4-2, and 4-2 with 4-7 for review."""
    comments = [Comment(id=f"c{n}", text="ばかばかしい話") for n in range(3)]
    decisions = [
        Decision("c0", [], ["keep"]),
        Decision("c1", [_finding("4-2")], ["hide", "delete"]),
        Decision("c2", [_finding("4-2"), _finding("4-7")], ["hide"], needs_review=True),
    ]
    return Report.from_decisions(comments, decisions)


class TestCounts:
    def test_counts_per_clause_and_action(self, report: Report) -> None:
        """Counts cover all nine clauses and every action, in order, zeros included."""
        assert list(report.clause_counts) == list(CLAUSE_CODES)
        assert report.clause_counts["4-2"] == 2
        assert report.clause_counts["4-7"] == 1
        assert sum(report.clause_counts.values()) == 3
        assert list(report.action_counts) == [a.value for a in Action]
        assert report.action_counts == {
            "keep": 1,
            "hide": 2,
            "delete": 1,
            "block_account": 0,
            "report_to_police": 0,
        }
        assert (len(report), report.kept, report.flagged, report.review_count) == (3, 1, 2, 1)

    def test_summary_text(self, report: Report) -> None:
        """The summary names totals, clauses and actions, leaving zeros out."""
        assert report.summary().splitlines() == [
            "3 comments: 1 kept, 2 under a clause, 1 for review",
            "clauses: 4-2 2, 4-7 1",
            "actions: keep (措置なし) 1, hide (非表示) 2, delete (削除) 1",
        ]

    def test_repr_is_short(self, report: Report) -> None:
        """The repr states counts, not comments."""
        assert repr(report) == "<Report 3 comments: 2 flagged, 1 for review>"


class TestRecords:
    def test_records_are_plain(self, report: Report) -> None:
        """to_records gives JSON-able dicts with the same keys, one per comment, no text."""
        records = report.to_records()
        assert [r["id"] for r in records] == ["c0", "c1", "c2"]
        assert len({tuple(r) for r in records}) == 1
        json.dumps(records)
        assert records[2]["clauses"] == ["4-2", "4-7"]
        assert records[2]["needs_review"] is True
        assert records[0]["excerpt"] == ""
        assert all("text" not in r for r in records)

    def test_finding_records(self, report: Report) -> None:
        """finding_records gives one dict per finding."""
        rows = report.finding_records()
        assert [(r["id"], r["clause"]) for r in rows] == [
            ("c1", "4-2"),
            ("c2", "4-2"),
            ("c2", "4-7"),
        ]

    def test_pandas_accepts_records(self, report: Report) -> None:
        """A DataFrame builds from the records (when pandas is installed)."""
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame(report.to_records())
        assert list(frame["id"]) == ["c0", "c1", "c2"]


class TestBuilding:
    def test_lengths_must_match(self) -> None:
        """One decision per comment, or a ValidationError."""
        with pytest.raises(ValidationError, match="1 comments but 0 decisions"):
            Report.from_decisions([Comment(id="c1", text="x")], [])

    def test_pairs_must_match(self) -> None:
        """A decision about another comment is refused."""
        with pytest.raises(ValidationError, match="another comment"):
            Assessment(Comment(id="c1", text="x"), Decision("c2", [], ["keep"]))

    def test_only_assessments(self) -> None:
        """A report holds Assessments only."""
        with pytest.raises(ValidationError, match="Assessments"):
            Report(["nope"])  # type: ignore[list-item]

    def test_assess_report_on_the_samples(self) -> None:
        """The samples run as one stream; every decision pairs with its comment."""
        lines = (DATA_DIR / "samples" / "comments.jsonl").read_text("utf-8").splitlines()
        comments = [comment_from_record(json.loads(line), KITAMI) for line in lines]
        report = assess_report(Engine.default(), comments)
        assert len(report) == len(comments)
        assert [a.comment.id for a in report] == [d.comment_id for d in report.decisions]
        assert report.kept >= 10
        assert "<svg" in report._repr_html_()


class TestPrivacy:
    @pytest.mark.parametrize("value", [PHONE, EMAIL])
    def test_no_view_shows_personal_data(self, value: str) -> None:
        """Records, tables, summaries, reprs and HTML of a report never show the value."""
        comment = Comment(id="c1", text=f"田中さんの連絡先は{value}です")
        report = assess_report(Engine.default(), [comment])
        assert report.clause_counts["4-1"] == 1
        views = [
            json.dumps(report.to_records(), ensure_ascii=False),
            json.dumps(report.finding_records(), ensure_ascii=False),
            report.table(),
            report.summary(),
            repr(report),
            repr(report.assessments[0]),
            report.assessments[0].masked_text,
            report._repr_html_(),
        ]
        for view in views:
            assert value not in view
            assert "1234" not in view
            assert "yamada" not in view


class TestTable:
    def test_rows_fit_the_width(self, report: Report) -> None:
        """Every line of the table fits in the width asked for, wide characters counted."""
        for width in (60, 80, 100, 140):
            assert all(display_width(line) <= width for line in report.table(width).splitlines())
