"""Hostile and careless inputs, the engine's side (issue 10): nothing may slow a run past linear
or leak what it masks.

The input and output side (lines that stopped a run, messages, the output file) is
tests/test_hostile_io.py. Each class here is self-contained: its own helpers and data.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Author, Comment, Post, to_json
from kitami_policy._html import mask_personal, personal_spans
from kitami_policy._normalize import digit_form
from kitami_policy.cli import main
from kitami_policy.engine import MAX_FINDINGS, MAX_SPANS_PER_RULE, Engine
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.report import Assessment, Report
from kitami_policy.rules import Rule
from kitami_policy.rules.base import ALWAYS, Context, Evidence, RuleSpec
from kitami_policy.stream import StreamRules, load_stream_rules

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
