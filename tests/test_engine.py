"""Tests for kitami_policy.engine: the engine, streams and what every decision guarantees."""

from __future__ import annotations

import json
import pickle
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitami_policy import (
    JST,
    KITAMI,
    Action,
    Author,
    Comment,
    PolicyNotInForceError,
    Post,
    ValidationError,
    to_json,
)
from kitami_policy.engine import Engine

ENGINE = Engine.default()
PHONE = "090-1234-5678"


def comment(
    text: str, cid: str = "c", author: str | None = "u1", post: Post | None = None
) -> Comment:
    return Comment(id=cid, text=text, author=Author(id=author) if author else None, post=post)


def fb_post(text: str = "北見ぼんちまつりを開催します") -> Post:
    return Post(id="p", account=KITAMI.account_for("facebook"), text=text)


def x_post(text: str = "大雪警報が出ています") -> Post:
    return Post(id="p", account=KITAMI.account_for("x"), text=text)


class TestDecisions:
    def test_acceptable_comment_is_kept(self) -> None:
        """A blunt but legitimate complaint stays up."""
        d = ENGINE.assess(comment("除雪が遅すぎます。改善してください"))
        assert d.actions == (Action.KEEP,)
        assert d.acceptable
        assert d.policy_version == KITAMI.version

    def test_phone_number_is_4_1_and_masked(self) -> None:
        """A private phone number is 4-1, deleted on Facebook, never shown in clear."""
        d = ENGINE.assess(comment(f"この人の電話番号は{PHONE}です", post=fb_post()))
        assert "4-1" in d.clauses
        assert Action.DELETE in d.actions
        shown = repr(d) + to_json(d)
        assert "1234" not in shown
        assert "5678" not in shown

    def test_spans_point_into_the_original(self) -> None:
        """Evidence spans index the text as given, evasions and all."""
        text = "おまえ　ｼ・ﾈ"
        d = ENGINE.assess(comment(text))
        assert "4-2" in d.clauses
        span = d.findings[0].spans[0]
        assert text[span.start : span.end].replace("・", "") == "ｼﾈ"

    def test_x_never_gets_delete(self) -> None:
        """On X, hide stands in for delete."""
        d = ENGINE.assess(comment(f"電話は{PHONE}", post=x_post()))
        assert "4-1" in d.clauses
        assert Action.DELETE not in d.actions
        assert Action.HIDE in d.actions

    def test_trace_names_rules_and_policy(self) -> None:
        """Each finding names its rule, clause, confidence and rationale in two languages."""
        d = ENGINE.assess(comment(f"電話は{PHONE}", post=fb_post()))
        f = d.findings[0]
        assert f.rule.startswith("pii.")
        assert f.rationale_ja
        assert f.rationale_en
        assert 0 < f.confidence <= 1
        assert d.trace


class TestStream:
    def test_without_times_the_third_copy_floods(self) -> None:
        """Without timestamps order stands in for time: one author's third copy is flooding."""
        texts = ["市長は早く対応して", "市長は早く対応して", "市長は 早く 対応して！"]
        decisions = list(ENGINE.assess_many(comment(t, cid=str(i)) for i, t in enumerate(texts)))
        assert [d.clauses for d in decisions] == [(), (), ("4-7",)]

    def test_other_authors_do_not_flood(self) -> None:
        """The same text from different authors is not flooding by one author."""
        decisions = list(
            ENGINE.assess_many(
                comment("ありがとうございます", cid=str(i), author=f"u{i}") for i in range(5)
            )
        )
        assert all(d.acceptable for d in decisions)

    def test_assess_has_no_memory(self) -> None:
        """Engine.assess judges each comment on its own."""
        c = comment("同じ文です、よろしく")
        assert ENGINE.assess(c) == ENGINE.assess(c)
        assert ENGINE.assess(c).acceptable

    def test_one_decision_per_input_in_order(self) -> None:
        """assess_many yields exactly one decision per comment, in order, lazily."""
        comments = [comment(f"コメント{i}です", cid=f"c{i}", author=f"u{i}") for i in range(50)]
        lazy = ENGINE.assess_many(iter(comments))
        first = next(lazy)
        assert first.comment_id == "c0"
        rest = list(lazy)
        assert [d.comment_id for d in [first, *rest]] == [c.id for c in comments]

    def test_escalation_blocks_on_third_violation(self) -> None:
        """An author's third violating comment blocks the account."""
        texts = ["バカ市長", "無能な職員ども", "税金泥棒の市役所"]
        decisions = list(
            ENGINE.assess_many(comment(t, cid=str(i), post=fb_post()) for i, t in enumerate(texts))
        )
        assert all("4-2" in d.clauses for d in decisions)
        assert Action.BLOCK_ACCOUNT not in decisions[1].actions
        assert Action.BLOCK_ACCOUNT in decisions[2].actions
        assert Action.DELETE in decisions[1].actions  # 4-2 repeated


class TestEngineValue:
    def test_picklable(self) -> None:
        """An engine survives pickling (worker processes) and decides the same."""
        clone = pickle.loads(pickle.dumps(ENGINE))
        c = comment(f"死ね {PHONE}")
        assert clone.assess(c) == ENGINE.assess(c)

    def test_ng_words(self) -> None:
        """Operator NG words are 4-9, matched after normalisation."""
        engine = Engine.default(ng_words=["北見ラーメン最低"])
        d = engine.assess(comment("ﾎｸﾄﾐらーめん…じゃなくて北見ラーメン 最低"))
        assert "4-9" in d.clauses
        assert "ng.operator_word" in d.rules
        assert ENGINE.assess(comment("北見ラーメン 最低")).acceptable

    @pytest.mark.parametrize("bad", [[""], ["  "], "単語"])
    def test_bad_ng_words(self, bad: object) -> None:
        """Empty NG words or a bare string are refused with a clear error."""
        with pytest.raises(ValidationError):
            Engine.default(ng_words=bad)  # type: ignore[arg-type]

    def test_unknown_extra_list(self) -> None:
        """extra_words must name bundled lists."""
        with pytest.raises(ValidationError, match="unknown word list"):
            Engine.default(extra_words={"nonsense": ["x"]})

    def test_allowed_word_cannot_silence_a_term(self) -> None:
        """A reported term equal to an allowed word is refused, not silently switched off."""
        with pytest.raises(ValidationError, match="allowed words fold to reported terms"):
            Engine.default(extra_words={"defamation_insults": ["ばかり"]})

    def test_allowed_words_shield_only_their_own_family(self) -> None:
        """ばかり keeps 4-2's ばか clean without silencing another family's term inside it."""
        engine = Engine.default(extra_words={"ad_sale": ["かり"]})
        words = engine._context(comment("職員ばかりだ"), None).words
        assert [m.term for m in words["ad_sale"]] == ["かり"]
        assert not any(m.term == "ばか" for matches in words.values() for m in matches)

    def test_overlong_terms_refused(self) -> None:
        """Terms longer than the matcher's reach are refused with a hint."""
        with pytest.raises(ValidationError, match="longer than 64"):
            Engine.default(ng_words=["あい" * 40])

    def test_extra_words_are_matched(self) -> None:
        """Extra terms for a bundled list work like the bundled ones."""
        engine = Engine.default(extra_words={"defamation_insults": ["もげもげ星人"]})
        text = "あなたはモゲモゲ星人です"
        assert "4-2" in engine.assess(comment(text)).clauses
        assert ENGINE.assess(comment(text)).acceptable

    def test_repr(self) -> None:
        """The repr is short."""
        assert "kitami" in repr(ENGINE)
        assert len(repr(ENGINE)) < 120


class TestBadInput:
    def test_not_a_comment(self) -> None:
        """Passing a string instead of a Comment is a ValidationError."""
        with pytest.raises(ValidationError, match="expected a Comment"):
            ENGINE.assess("死ね")  # type: ignore[arg-type]

    @pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u200b\u200b"])
    def test_empty_or_blank(self, text: str) -> None:
        """Empty and whitespace-only text get a valid keep decision."""
        assert ENGINE.assess(comment(text)).actions == (Action.KEEP,)

    def test_before_the_policy(self) -> None:
        """A comment written before the policy took effect is refused, not judged silently."""
        old = Comment(id="o", text="x", created_at=datetime(2021, 5, 1, tzinfo=JST))
        with pytest.raises(PolicyNotInForceError, match="2022-04-01"):
            ENGINE.assess(old)

    @pytest.mark.parametrize(
        "text", ["あ" * 100_000, "0" * 100_000, "@" * 50_000, "(" * 20_000 + ")" * 20_000]
    )
    def test_adversarial_inputs_finish(self, text: str) -> None:
        """Long degenerate inputs give a valid decision."""
        d = ENGINE.assess(comment(text))
        assert d.comment_id == "c"

    @settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(st.characters(codec="utf-8"), max_size=200))
    def test_any_text_gives_a_valid_decision(self, text: str) -> None:
        """No rule ever raises: any text gets a decision whose JSON round-trips."""
        d = ENGINE.assess(comment(text))
        json.loads(to_json(d))
        for f in d.findings:
            for span in f.spans:
                assert span.end <= len(text) or f.source != "text"

    @settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(r"0[789]0[0-9]{8}", fullmatch=True), st.text(max_size=20))
    def test_found_numbers_never_leak(self, number: str, noise: str) -> None:
        """Whatever surrounds a mobile number, no decision shows its middle digits."""
        d = ENGINE.assess(comment(f"{noise}連絡先{number}{noise}"))
        if "4-1" in d.clauses:
            assert number[3:9] not in to_json(d)


def test_a_kanji_digit_number_beside_another_finding_is_masked(engine: Engine) -> None:
    """Context digits are masked in every excerpt, kanji ones included (〇八〇・三三九一・…)."""
    text = "電話は〇八〇の五五一八の二〇九三。態度最悪だった。ばか"
    decision = engine.assess(Comment(id="c", text=text))
    assert decision.findings
    for finding in decision.findings:
        assert "五五一八" not in finding.excerpt
        assert "二〇九三" not in finding.excerpt
