"""``kitami-policy moderate --from SHAPE`` and ``--format plan`` (cli/payloads.py, cli/batch.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from kitami_policy.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kitami_policy.cli.payloads import documents
from tests.platform_payloads import DATA, FB_POST, PHONE, X_CONVERSATION, lines, load, without


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[Any], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert PHONE not in captured.out + captured.err
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def _jsonl(path: Path, documents: list[Any]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), "utf-8")
    return path


class TestFrom:
    def test_x_response_gives_one_decision_per_reply(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A whole X response, pretty-printed: one decision per reply, in order; exit 0."""
        code, records, err = _run(capsys, "moderate", "--from", "x", str(DATA / "x-replies.json"))
        assert code == EXIT_OK
        assert err == ""
        assert [r["id"][-3:] for r in records] == ["101", "102", "103", "104"]
        assert records[0]["clauses"] == ["4-1"]
        assert records[0]["actions"] == ["hide"]
        assert records[3]["actions"] == ["keep"]

    def test_facebook_pages_need_the_post(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--from facebook without --post is bad usage, said in one line before reading."""
        code, records, err = _run(
            capsys, "moderate", "--from", "facebook", str(DATA / "facebook-comments.json")
        )
        assert (code, records) == (EXIT_USAGE, [])
        assert err == (
            "kitami-policy: --from facebook reads Graph API /{post-id}/comments pages, which "
            "do not name their post: give --post POST_ID\n"
        )

    def test_facebook_pages_with_the_post(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With --post, each comment of the page is decided."""
        code, records, _ = _run(
            capsys,
            "moderate",
            "--from",
            "facebook",
            "--post",
            FB_POST,
            str(DATA / "facebook-comments.json"),
        )
        assert code == EXIT_OK
        assert [r["actions"] for r in records][:3] == [
            ["keep"],
            ["hide", "delete"],
            ["hide", "delete", "report_to_police"],
        ]

    @pytest.mark.parametrize("argv", [("--from", "facebook-webhook"), ()])
    def test_post_is_refused_where_payloads_name_their_posts(
        self, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
    ) -> None:
        """--post with webhooks, or without --from, is bad usage."""
        code, _, err = _run(capsys, "moderate", *argv, "--post", "p1", str(DATA / "x-replies.json"))
        assert code == EXIT_USAGE
        assert err.startswith("kitami-policy: --post applies to --from facebook, instagram, x")

    def test_webhook_verbs_passed_over_are_counted_in_the_summary(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """remove, hide and a reaction are passed over and counted in --summary."""
        code, records, err = _run(
            capsys,
            "moderate",
            "--from",
            "facebook-webhook",
            str(DATA / "facebook-webhook.jsonl"),
            "--summary",
        )
        assert code == EXIT_OK
        assert [r["id"][-2:] for r in records] == ["11", "13", "16"]
        assert err.splitlines()[0] == (
            "3 comments: 1 kept, 2 under a clause, 0 for review; "
            "3 passed over (hide 1, not a comment 1, remove 1)"
        )

    def test_a_document_missing_a_field_is_an_error_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A document lacking a field gives an error line naming it; the others are decided."""
        docs = lines("facebook-webhook.jsonl")
        docs[1] = without(docs[1], "entry.0.changes.0.value.from")
        path = _jsonl(tmp_path / "feed.jsonl", docs)
        code, records, _ = _run(capsys, "moderate", "--from", "facebook-webhook", str(path))
        assert code == EXIT_REJECTED
        assert records[1] == {
            "id": None,
            "line": 2,
            "error": "field entry[0].changes[0].value.from is missing",
        }
        assert [r.get("id") for r in records] == [
            "200000000000001_300000000000011",
            None,
            "200000000000001_300000000000016",
        ]

    def test_an_unknown_verb_is_an_error_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A webhook verb neither assessed nor passed over is a rejected line, exit 1."""
        value = lines("facebook-webhook.jsonl")[4]
        value["verb"] = "mystery"
        path = _jsonl(tmp_path / "feed.jsonl", [value])
        code, records, _ = _run(capsys, "moderate", "--from", "facebook-webhook", str(path))
        assert code == EXIT_REJECTED
        assert records[0]["id"] is None
        assert "field verb holds a verb this reader does not know" in records[0]["error"]
        assert "mystery" not in records[0]["error"]

    def test_instagram_comments_name_their_media(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--from instagram needs no --post when comments carry media{id}."""
        code, records, _ = _run(
            capsys, "moderate", "--from", "instagram", str(DATA / "instagram-comments.json")
        )
        assert code == EXIT_OK
        assert [r["id"][-1] for r in records] == ["1", "2", "3", "4"]

    def test_instagram_webhook_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Instagram notifications: comments decided, a mentions change passed over."""
        code, records, err = _run(
            capsys,
            "moderate",
            "--from",
            "instagram-webhook",
            str(DATA / "instagram-webhook.jsonl"),
            "--summary",
        )
        assert code == EXIT_OK
        assert [r["id"] for r in records] == ["17800000000000011", "17800000000000013"]
        assert "1 passed over (not a comment 1)" in err.splitlines()[0]


class TestPlanFormat:
    def test_one_plan_per_comment_and_a_summary_of_calls(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--format plan prints a plan per line and, on stderr, calls against the limits."""
        code, records, err = _run(
            capsys, "moderate", "--from", "x", str(DATA / "x-replies.json"), "--format", "plan"
        )
        assert code == EXIT_OK
        assert [r["operations"] and r["operations"][0]["path"] for r in records] == [
            "/2/tweets/1880000000000000101/hidden",
            "/2/tweets/1880000000000000102/hidden",
            "/2/tweets/1880000000000000103/hidden",
            [],
        ]
        assert "殺すぞ" not in json.dumps(records, ensure_ascii=False)
        assert records[1]["referral"]["post"] == X_CONVERSATION
        assert records[1]["manual"][0]["action"] == "report_to_police"
        assert err.splitlines() == [
            "plan: 4 comments, 4 calls, 1 step by hand",
            "  twitter.block_account  POST /2/users/{account_id}/blocking: 1 call; limit 50 per "
            "15 min per authenticated user: 1 window, every call can go out at once",
            "  twitter.hide  PUT /2/tweets/{comment_id}/hidden: 3 calls; limit 50 per 15 min "
            "per authenticated user: 1 window, every call can go out at once",
            "  conversations: 1; at most 3 of 725 hidden replies in one",
            "  by hand: report_to_police 1",
            "at the published rates: every call can go out at once",
        ]

    def test_plans_from_comment_records(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Plain comment records plan on their post's account; one without a post is refused."""
        records_in = [
            {"id": "c1", "text": f"携帯は{PHONE}", "post": {"id": "p1", "account": "instagram"}},
            {"id": "c2", "text": f"携帯は{PHONE}"},
        ]
        path = _jsonl(tmp_path / "comments.jsonl", records_in)
        code, records, err = _run(capsys, "moderate", str(path), "--format", "plan")
        assert code == EXIT_REJECTED
        assert [o["method"] for o in records[0]["operations"]] == ["POST", "DELETE"]
        assert records[1]["id"] == "c2"
        assert "has no post, so its platform is unknown" in records[1]["error"]
        assert err.startswith("plan: 1 comment, 2 calls")


class TestDocuments:
    def test_json_lines_keep_their_line_numbers(self) -> None:
        """One document per line, blank lines skipped, each numbered by its line."""
        data = b'\n{"a": 1}\n\n{"b": 2}\nnot json\n'
        assert list(documents(io.BytesIO(data))) == [
            (2, {"a": 1}, None),
            (4, {"b": 2}, None),
            (5, None, "the line is not valid JSON: Expecting value at column 1"),
        ]

    def test_a_pretty_printed_response_is_one_document(self) -> None:
        """A whole response over many lines is read as one document, numbered by its start."""
        text = (DATA / "x-replies.json").read_bytes()
        assert list(documents(io.BytesIO(b"\n" + text))) == [(2, load("x-replies.json"), None)]

    def test_a_file_that_is_neither_is_read_line_by_line(self) -> None:
        """Broken multi-line JSON gives an error per line rather than one vague error."""
        found = list(documents(io.BytesIO(b'{\n  "data": [\n}\n')))
        assert [n for n, _, _ in found] == [1, 2, 3]
        assert all(error for _, _, error in found)
