"""The ``kitami-policy`` command line: moderate, demo, office-hours, check-post, policy."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import kitami_policy
from kitami_policy.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kitami_policy.cli import batch as cli_batch
from kitami_policy.cli import status as cli_status
from kitami_policy.cli.status import COMMANDS, STATUSES, ExitStatus, status_help
from kitami_policy.policy import KITAMI
from kitami_policy.text_report import display_width

PHONE = "090-1234-5678"
EMAIL = "taro.yamada@example.co.jp"
COMMENTS = [
    {"id": "c1", "text": f"田中さんの電話は{PHONE}です"},
    {"id": "c2", "text": "いつも情報ありがとうございます。"},
    {"id": "c3", "text": f"連絡は {EMAIL} まで"},
]
RECORD_KEYS = {"id", "clauses", "actions", "needs_review", "findings"}
FINDING_KEYS = {"clause", "rule", "start", "end", "excerpt"}


def _jsonl(records: list[dict[str, Any]], *extra: str) -> str:
    return "".join([*(json.dumps(r, ensure_ascii=False) + "\n" for r in records), *extra])


@pytest.fixture
def comments_file(tmp_path: Path) -> Path:
    """Three comments: a phone number, a thank-you and an e-mail address."""
    path = tmp_path / "comments.jsonl"
    path.write_text(_jsonl(COMMENTS), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _no_personal_data(text: str) -> None:
    assert PHONE not in text
    assert "1234" not in text
    assert EMAIL not in text
    assert "yamada" not in text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestModerate:
    def test_default_output_keeps_the_batch_contract(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path
    ) -> None:
        """Default output: one JSON object per line, in input order, with the contract's keys."""
        code, out, err = _run(capsys, "moderate", str(comments_file))
        assert code == EXIT_OK
        assert err == ""
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["id"] for r in records] == ["c1", "c2", "c3"]
        for record in records:
            assert set(record) == RECORD_KEYS
            for finding in record["findings"]:
                assert set(finding) >= FINDING_KEYS
        assert "4-1" in records[0]["clauses"]
        assert records[1] == {
            "id": "c2",
            "clauses": [],
            "actions": ["keep"],
            "needs_review": False,
            "findings": [],
        }
        _no_personal_data(out)

    def test_unreadable_line_is_reported_and_the_run_goes_on(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A bad line gives an error record with its line number; exit 1; later lines still run."""
        path = tmp_path / "in.jsonl"
        path.write_text(
            _jsonl(COMMENTS[:1], "not json\n", '{"id": "x"}\n', "\n") + _jsonl(COMMENTS[1:2]),
            encoding="utf-8",
        )
        code, out, _ = _run(capsys, "moderate", str(path))
        assert code == EXIT_REJECTED
        records = [json.loads(line) for line in out.splitlines()]
        assert records[1] == {"id": None, "line": 2, "error": records[1]["error"]}
        assert records[2]["id"] == "x"
        assert records[2]["line"] == 3
        assert [r["id"] for r in records] == ["c1", None, "x", "c2"]

    def test_reads_standard_input(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``-`` (and no file at all) reads the comments from stdin."""
        data = _jsonl(COMMENTS).encode()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code, out, _ = _run(capsys, "moderate")
        assert code == EXIT_OK
        assert len(out.splitlines()) == 3

    @pytest.mark.parametrize(
        "argv",
        [
            ("moderate", "/nonexistent/comments.jsonl"),
            ("moderate", "--ng-words", "/nonexistent/ng.txt"),
        ],
    )
    def test_missing_file_is_one_line_and_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
    ) -> None:
        """A file that cannot be opened: exit 2 and one line on stderr."""
        code, out, err = _run(capsys, *argv)
        assert code == EXIT_USAGE
        assert out == ""
        assert err.startswith("kitami-policy: cannot ")
        assert err.count("\n") == 1

    def test_unknown_format_is_bad_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """argparse refuses an unknown --format with exit 2."""
        with pytest.raises(SystemExit) as info:
            main(["moderate", "--format", "xml"])
        assert info.value.code == EXIT_USAGE
        assert "--format" in capsys.readouterr().err

    def test_table_masks_personal_data(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path
    ) -> None:
        """The table shows ids, clauses and masked excerpts, never the phone or e-mail."""
        code, out, _ = _run(capsys, "moderate", str(comments_file), "--format", "table")
        assert code == EXIT_OK
        lines = out.splitlines()
        assert lines[0].split()[:4] == ["id", "clauses", "actions", "review"]
        assert [line.split()[0] for line in lines[1:]] == ["c1", "c2", "c3"]
        assert all(display_width(line) <= 100 for line in lines)
        _no_personal_data(out)

    def test_csv_masks_personal_data(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path
    ) -> None:
        """CSV has a header and one row per input line, with masked excerpts only."""
        code, out, _ = _run(capsys, "moderate", str(comments_file), "--format", "csv")
        assert code == EXIT_OK
        rows = list(csv.DictReader(io.StringIO(out)))
        assert list(rows[0]) == list(cli_batch.CSV_COLUMNS)
        assert [r["id"] for r in rows] == ["c1", "c2", "c3"]
        assert "4-1" in rows[0]["clauses"].split()
        assert rows[1]["actions"] == "keep"
        _no_personal_data(out)

    def test_summary_goes_to_stderr_and_leaves_stdout_alone(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path
    ) -> None:
        """--summary adds counts per clause and action on stderr; stdout is unchanged."""
        _, plain, _ = _run(capsys, "moderate", str(comments_file))
        code, out, err = _run(capsys, "moderate", str(comments_file), "--summary")
        assert code == EXIT_OK
        assert out == plain
        assert err.startswith("3 comments: 1 kept, 2 under a clause")
        assert "clauses: 4-1 2" in err
        assert "actions:" in err

    def test_output_file_is_written_whole(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path, tmp_path: Path
    ) -> None:
        """--output writes the same lines as stdout would, and leaves no temporary file."""
        _, plain, _ = _run(capsys, "moderate", str(comments_file))
        target = tmp_path / "out" / "decisions.jsonl"
        target.parent.mkdir()
        code, out, _ = _run(capsys, "moderate", str(comments_file), "--output", str(target))
        assert code == EXIT_OK
        assert out == ""
        assert target.read_text(encoding="utf-8") == plain
        assert [p.name for p in target.parent.iterdir()] == ["decisions.jsonl"]

    def test_interrupted_run_leaves_no_half_file(
        self,
        capsys: pytest.CaptureFixture[str],
        comments_file: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """An interrupt mid-run keeps the old output file and removes the temporary one."""
        target = tmp_path / "decisions.jsonl"
        target.write_text("previous run\n", encoding="utf-8")
        real = cli_batch.records

        def interrupted(
            source: Any, ng_words: tuple[str, ...], **options: Any
        ) -> Iterator[dict[str, Any]]:
            records = real(source, ng_words, **options)
            yield next(records)
            raise KeyboardInterrupt

        monkeypatch.setattr(cli_batch, "records", interrupted)
        code, _, err = _run(capsys, "moderate", str(comments_file), "-o", str(target))
        assert code == EXIT_INTERRUPTED
        assert err == "kitami-policy: interrupted\n"
        assert target.read_text(encoding="utf-8") == "previous run\n"
        assert [p.name for p in tmp_path.iterdir()] == sorted(["comments.jsonl", target.name])

    def test_output_into_a_missing_directory_is_bad_usage(
        self, capsys: pytest.CaptureFixture[str], comments_file: Path, tmp_path: Path
    ) -> None:
        """--output in a directory that does not exist: exit 2, one line."""
        target = tmp_path / "missing" / "out.jsonl"
        code, _, err = _run(capsys, "moderate", str(comments_file), "-o", str(target))
        assert code == EXIT_USAGE
        assert err.startswith("kitami-policy: cannot write")

    def test_progress_line_only_on_a_terminal(
        self, comments_file: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A progress line is drawn on stderr when it is a terminal, and never otherwise."""
        monkeypatch.setattr(cli_batch, "_PROGRESS_AFTER", 0.0)
        monkeypatch.setattr(cli_batch, "_PROGRESS_EVERY", 0.0)
        monkeypatch.setattr(sys, "stdout", io.StringIO())
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        assert main(["moderate", str(comments_file)]) == EXIT_OK
        assert "kitami-policy: 3 lines, 0 rejected" in terminal.getvalue()
        assert terminal.getvalue().endswith("\r\x1b[K")
        piped = io.StringIO()
        monkeypatch.setattr(sys, "stderr", piped)
        assert main(["moderate", str(comments_file)]) == EXIT_OK
        assert piped.getvalue() == ""


class TestDemo:
    def test_demo_shows_a_table_of_the_samples(self, capsys: pytest.CaptureFixture[str]) -> None:
        """demo: a row per bundled sample (at least 30), a summary, within 100 columns."""
        code, out, err = _run(capsys, "demo")
        assert code == EXIT_OK
        assert err == ""
        rows = [line for line in out.splitlines() if line[:1] == "s" and line[1:3].isdigit()]
        assert len(rows) >= 30
        assert any(re.match(r"\d+ comments: \d+ kept", line) for line in out.splitlines())
        assert all(display_width(line) <= 100 for line in out.splitlines())

    def test_samples_cover_every_clause(self) -> None:
        """The bundled samples' labels cover all nine clauses and many acceptable comments."""
        expected = json.loads((cli_batch.SAMPLES.parent / "expected.json").read_text("utf-8"))
        lines = cli_batch.SAMPLES.read_text("utf-8").splitlines()
        assert len(lines) == len(expected) >= 30
        assert {c for labels in expected.values() for c in labels} == {
            f"4-{n}" for n in range(1, 10)
        }
        assert sum(1 for labels in expected.values() if not labels) >= 10


class TestOfficeHours:
    def test_closed_day_names_its_reason(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A national holiday is closed, with the holiday's name."""
        code, out, _ = _run(capsys, "office-hours", "2025-05-03")
        assert code == EXIT_OK
        assert out == "2025-05-03  閉庁  憲法記念日\n"

    def test_open_and_closed_instants(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Instants inside and outside the hours, in English, with the next change."""
        code, out, _ = _run(
            capsys,
            "office-hours",
            "2025-05-07T10:00+09:00",
            "2025-05-07T09:00Z",
            "--next",
            "--lang",
            "en",
        )
        assert code == EXIT_OK
        first, second = out.splitlines()
        assert first == "2025-05-07T10:00+09:00  open  08:45–17:30  closes 2025-05-07 17:30"
        assert second.startswith("2025-05-07T09:00+00:00  closed  outside office hours")
        assert second.endswith("opens 2025-05-08 08:45")

    def test_english_names_holidays_and_the_year_end(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--lang en names national holidays, substitute holidays and 年末年始 in English."""
        code, out, _ = _run(
            capsys, "office-hours", "2025-05-03", "2025-05-06", "2025-01-02", "--lang", "en"
        )
        assert code == EXIT_OK
        assert out.splitlines() == [
            "2025-05-03  closed  Constitution Day",
            "2025-05-06  closed  Substitute Holiday for Greenery Day",
            "2025-01-02  closed  Year-end and New Year holidays",
        ]

    def test_english_month(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The English month names its closures in English."""
        code, out, _ = _run(capsys, "office-hours", "--month", "2025-01", "--lang", "en")
        assert code == EXIT_OK
        assert "  Jan 1 New Year's Day" in out
        assert "  Jan 2 Year-end and New Year holidays" in out
        assert not any("\u3040" <= ch <= "\u9fff" for ch in out)

    def test_month_calendar(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--month prints the month with Golden Week's closures marked and named."""
        code, out, _ = _run(capsys, "office-hours", "--month", "2025-05")
        assert code == EXIT_OK
        assert out.startswith("2025年5月")
        assert " 3*" in out
        assert "5/3 憲法記念日" in out

    def test_without_arguments_it_answers_for_now(self, capsys: pytest.CaptureFixture[str]) -> None:
        """No DATETIME: one line about the present moment."""
        code, out, _ = _run(capsys, "office-hours")
        assert code == EXIT_OK
        assert len(out.splitlines()) == 1

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (("2025-05-07T10:00",), "no UTC offset"),
            (("yesterday",), "ISO 8601"),
            (("--month", "2025-13"), "YYYY-MM"),
            (("1999-01-01",), "outside"),
        ],
    )
    def test_bad_values_are_one_line_and_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
    ) -> None:
        """A naive datetime, a non-date, a bad month or a date out of range: exit 2, one line."""
        code, _, err = _run(capsys, "office-hours", *argv)
        assert code == EXIT_USAGE
        assert message in err
        assert err.count("\n") == 1


class TestCheckPost:
    def test_violations_with_their_sections(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Each planned post: its violations with sections, or ok; exit 1 when any breaks."""
        posts = [
            {
                "id": "p1",
                "account": "facebook",
                "text": "ぼんちまつり",
                "published_at": "2024-05-07T20:00:00+09:00",
                "topics": ["event_info"],
            },
            {
                "id": "p2",
                "account": "twitter",
                "text": "大雪警報",
                "published_at": "2024-05-04T20:00:00+09:00",
                "topics": ["emergency"],
            },
            {"id": "p3", "account": "instagram", "topics": ["emergency"]},
        ]
        path = tmp_path / "posts.jsonl"
        path.write_text(_jsonl(posts), encoding="utf-8")
        code, out, _ = _run(capsys, "check-post", str(path), "--lang", "en")
        assert code == EXIT_REJECTED
        lines = out.splitlines()
        assert lines[0].startswith("p1  3(1)  outside_office_hours  ")
        assert lines[1] == "p2  ok"
        assert lines[2].startswith("p3  2(1)  topic_not_designated  ")

    def test_all_clear_exits_0_and_jsonl(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Posts that may go out: exit 0; --format jsonl gives one object per post."""
        post = {"id": "p1", "account": "facebook", "published_at": "2024-05-07T10:00+09:00"}
        path = tmp_path / "posts.jsonl"
        path.write_text(_jsonl([post]), encoding="utf-8")
        code, out, _ = _run(capsys, "check-post", str(path), "--format", "jsonl")
        assert code == EXIT_OK
        assert json.loads(out) == {"id": "p1", "violations": []}

    @pytest.mark.parametrize(("lang", "word"), [("en", "warning"), ("ja", "警告")])
    def test_nothing_to_check_is_a_warning(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, word: str
    ) -> None:
        """A post with neither a time nor topics is not 'ok': nothing was checked."""
        path = tmp_path / "posts.jsonl"
        path.write_text(_jsonl([{"id": "p1", "account": "x"}]), encoding="utf-8")
        code, out, _ = _run(capsys, "check-post", str(path), "--lang", lang)
        assert code == EXIT_OK
        assert out.startswith(f"p1  {word}  ")
        assert "published_at" in out
        assert "ok" not in out
        code, out, _ = _run(capsys, "check-post", str(path), "--format", "jsonl")
        record = json.loads(out)
        assert record["violations"] == []
        assert "published_at" in record["warning"]

    def test_help_names_accounts_and_topic_codes(self, capsys: pytest.CaptureFixture[str]) -> None:
        """check-post --help lists every account, x as twitter's alias, and every topic code."""
        with pytest.raises(SystemExit):
            main(["check-post", "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "facebook, twitter (or its alias x) or instagram" in out
        for topic in KITAMI.topics:
            assert topic.code in out

    def test_unreadable_post_is_reported(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A line that is not a post names its line and the problem; exit 1."""
        path = tmp_path / "posts.jsonl"
        path.write_text('{"id": "p1", "account": "myspace"}\n[]\n', encoding="utf-8")
        code, out, _ = _run(capsys, "check-post", str(path))
        assert code == EXIT_REJECTED
        first, second = out.splitlines()
        assert first.startswith("p1  line 1  error  ")
        assert second.startswith("-  line 2  error  expected a JSON object")


class TestPolicy:
    def test_one_clause(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--clause prints one clause in the chosen language."""
        code, out, _ = _run(capsys, "policy", "--clause", "4-2", "--lang", "en")
        assert code == EXIT_OK
        assert out.startswith("4-2  ")

    def test_whole_policy(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --clause: accounts, operating rules and all nine clauses."""
        code, out, _ = _run(capsys, "policy")
        assert code == EXIT_OK
        assert "@kitamisiyakusyo" in out
        assert "3(1)" in out
        assert all(f"4-{n}  " in out for n in range(1, 10))

    def test_topic_codes_are_shown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each account lists its topic codes; each code is shown beside its name."""
        code, out, _ = _run(capsys, "policy", "--lang", "en")
        assert code == EXIT_OK
        assert re.search(r"facebook +@kitamishi +event_info, policy_announcement", out)
        for topic in KITAMI.topics:
            assert re.search(rf"^  {topic.code} +{re.escape(topic.name_en)}", out, re.M)

    def test_english_names_the_managing_office(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en gives the office's English name from the data; ja its own."""
        _, out, _ = _run(capsys, "policy", "--lang", "en")
        assert f"Managed by: {KITAMI.department_en}\n" in out
        assert KITAMI.department_en.endswith("Kitami City")
        _, out, _ = _run(capsys, "policy")
        assert f"管理: {KITAMI.department}\n" in out

    def test_measures_name_actions_as_json_does(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Measures are the action values, the policy's words beside."""
        _, out, _ = _run(capsys, "policy")
        assert "hide (非表示), delete (削除), block_account (アカウントのブロック)" in out

    def test_unknown_clause_is_exit_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown clause code: one line on stderr, exit 2."""
        code, _, err = _run(capsys, "policy", "--clause", "5-1")
        assert code == EXIT_USAGE
        assert err.startswith("kitami-policy: unknown clause code")


class TestHelp:
    def test_help_documents_the_exit_status(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help lists the commands and the statuses every command shares."""
        with pytest.raises(SystemExit) as info:
            main(["--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        for command in COMMANDS:
            assert command in out
        assert "exit status: 0 success" in " ".join(out.split())

    @pytest.mark.parametrize("command", COMMANDS)
    def test_each_command_lists_only_its_own_statuses(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        """A command's --help names exactly the statuses STATUSES gives it, in their words."""
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        epilog = out[out.index("exit status: ") : out.index(". Errors are one line")]
        listed = set(epilog.removeprefix("exit status: ").split("; "))
        assert listed == {f"{s.code} {s.meaning}" for s in STATUSES if command in s.commands}
        if command in ("office-hours", "policy", "demo"):
            assert "rejected" not in epilog

    def test_a_new_status_is_one_row(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Adding a row to STATUSES is all it takes for the commands it names to list it."""
        extra = ExitStatus(99, "an example status", ("moderate",))
        monkeypatch.setattr(cli_status, "STATUSES", (*STATUSES, extra))
        assert "99 an example status" in status_help("moderate")
        assert "an example status" not in status_help("policy")

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the library's version and exits 0."""
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert info.value.code == 0
        assert capsys.readouterr().out == f"kitami-policy {kitami_policy.__version__}\n"

    @pytest.mark.parametrize("module", ["kitami_policy", "kitami_policy.cli"])
    def test_runs_as_a_module(self, module: str) -> None:
        """``python -m kitami_policy`` (and ``.cli``) is the same command line."""
        done = subprocess.run(
            [sys.executable, "-m", module, "policy", "--clause", "4-1"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0
        assert done.stdout.startswith("4-1  ")
