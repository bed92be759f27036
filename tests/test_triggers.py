"""Triggers: the engine skips a detector only where it could not have fired.

A trigger (``rules.base.Trigger``) is a promise that a detector yields nothing on a comment
without its word lists and signals. These tests hold every bundled detector to that promise on
every labelled comment, on the bundled samples and on generated texts, and check that an
engine skipping nothing reaches the same decisions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Author, Comment, to_dict
from kitami_policy.engine import Engine
from kitami_policy.records import comment_from_record
from kitami_policy.rules import FAMILIES, bundled_rules
from kitami_policy.rules.base import ALWAYS, SIGNALS, Context, Trigger
from kitami_policy.stream import NO_PREVIOUS, Previous
from tests.corpus.score import DEFAULT_FILES

SAMPLES = Path(__file__).parents[1] / "src" / "kitami_policy" / "data" / "samples"


def _records() -> Iterator[dict[str, object]]:
    # The blind sets (tests/corpus/README.md) stay unread, even here.
    for path in [*DEFAULT_FILES, SAMPLES / "comments.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


COMMENTS = [comment_from_record(record, KITAMI) for record in _records()]


@pytest.fixture(scope="module")
def ungated(engine: Engine) -> Engine:
    """The default engine with every trigger set to "always": it runs every detector."""
    return attrs.evolve(
        engine, rules=tuple(attrs.evolve(rule, trigger=ALWAYS) for rule in engine.rules)
    )


def _context(engine: Engine, comment: Comment, previous: Previous = NO_PREVIOUS) -> Context:
    return engine._context(comment, comment.post, previous)


def _broken_promises(engine: Engine, ctx: Context) -> list[str]:
    """Rules that fired on *ctx* although the gate would have skipped them."""
    selected = set(engine._gate.select(ctx))
    return [
        rule.id
        for i, rule in enumerate(engine.rules)
        if i not in selected and list(rule.detect(ctx))
    ]


def test_every_detector_has_a_trigger() -> None:
    for family in FAMILIES:
        assert set(family.TRIGGERS) == set(family.DETECTORS), family.__name__


def test_triggers_skip_most_detectors_on_a_plain_comment(engine: Engine) -> None:
    ctx = _context(engine, Comment(id="c", text="除雪はいつ来ますか。よろしくお願いします。"))
    assert len(engine._gate.select(ctx)) < len(engine.rules) // 2


def test_no_trigger_hides_a_finding_on_the_labelled_comments(engine: Engine) -> None:
    broken = {
        comment.id: found
        for comment in COMMENTS
        if (found := _broken_promises(engine, _context(engine, comment)))
    }
    assert broken == {}


def test_flooding_is_not_skipped(engine: Engine) -> None:
    """A comment the stream finds flooding runs tos.flood, and the flood fires."""
    comment = Comment(id="c", text="同じことを何度でも言います", author=Author(id="a"))
    flooding = Previous(wrote=True, flooding="again within 600 s")
    ctx = _context(engine, comment, previous=flooding)
    assert _broken_promises(engine, ctx) == []
    assert "tos.flood" in {engine.rules[i].id for i in engine._gate.select(ctx)}
    assert (
        "tos.flood"
        in engine.stream()
        .engine._assess(comment, None, previous=flooding, violations=0, clauses=frozenset())[0]
        .rules
    )


@given(wrote=st.booleans(), flooding=st.sampled_from(["", "copy 3 within 86400 s"]))
def test_no_trigger_hides_a_finding_whatever_the_stream_says(
    engine: Engine, wrote: bool, flooding: str
) -> None:
    """Whatever the stream passes, the gate never skips a detector that would fire."""
    comment = Comment(id="c", text="先ほど質問した者です。同じ質問です", author=Author(id="a"))
    ctx = _context(engine, comment, previous=Previous(wrote=wrote, flooding=flooding))
    assert _broken_promises(engine, ctx) == []


def test_gated_and_ungated_engines_agree_on_streams(engine: Engine, ungated: Engine) -> None:
    gated_run = [to_dict(d) for d in engine.assess_many(COMMENTS)]
    ungated_run = [to_dict(d) for d in ungated.assess_many(COMMENTS)]
    assert gated_run == ungated_run


# Pieces a generated comment is made of: corpus fragments and the characters signals look for.
_FRAGMENTS = sorted({c.text[i : i + n] for c in COMMENTS[::7] for i in (0, 5) for n in (4, 12)})
_PIECES = st.one_of(
    st.sampled_from(_FRAGMENTS),
    st.text(
        st.sampled_from(
            "0123456789０１２３４５６７８９〇一二三四五六七八九十①②@＠#＃.:/-ー "
            "abcxyzKITAMIｋｉｔａｍｉаеорс　\u200b👍🔥!！?？「」()（）〒"
        ),
        max_size=12,
    ),
    st.sampled_from(
        [
            "http://",
            "https://bit.ly/",
            ".com",
            "@kitami_city",
            "#北見",
            "090",
            "市役所",
            "北見市",
            "しね",
            "ばか",
            "住所",
            "DM",
            "公式",
            "職員",
        ]
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(_PIECES, min_size=1, max_size=8),
    name=st.sampled_from(["", "北見市", "北見市役所 公式", "kitami_city", "たなか"]),
    handle=st.sampled_from([None, "kitami_city", "kitaml_clty", "tanaka"]),
)
def test_no_trigger_hides_a_finding_on_generated_comments(
    engine: Engine, pieces: list[str], name: str, handle: str | None
) -> None:
    text = "".join(pieces)
    if not text.strip():
        return
    author = Author(id="a", name=name, handle=handle) if name or handle else None
    post = COMMENTS[0].post
    comment = Comment(id="g", text=text, author=author, post=post)
    assert _broken_promises(engine, _context(engine, comment)) == []
    assert _broken_promises(engine, _context(engine, attrs.evolve(comment, post=None))) == []


class TestTrigger:
    def test_needs_words_or_signals(self) -> None:
        with pytest.raises(ValueError, match="never run"):
            Trigger()

    def test_refuses_unknown_signals(self) -> None:
        with pytest.raises(ValueError, match="unknown"):
            Trigger(signals={"emoji"})

    def test_refuses_a_single_string(self) -> None:
        with pytest.raises(TypeError, match="collection"):
            Trigger(words="insults")

    @pytest.mark.parametrize(
        ("text", "signal", "present"),
        [
            ("電話は〇九〇です", "digit", True),
            ("電話は０９０です", "digit", True),
            ("電話はありません", "digit", False),
            ("ｋｉｔａｍｉ", "latin", True),
            ("きたみ", "latin", False),
            ("＠kitami", "at", True),
            ("＃北見", "hash", True),
            ("北見", "hash", False),
            ("十四番地", "digit", True),
            ("  【北見市】お知らせ", "opening_bracket", True),
            ("お知らせ【北見市】", "opening_bracket", False),
        ],
    )
    def test_signals(self, engine: Engine, text: str, signal: str, present: bool) -> None:
        ctx = _context(engine, Comment(id="c", text=text))
        assert SIGNALS[signal](ctx) is present


def test_bundled_rules_refuse_a_trigger_on_a_list_the_family_does_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kitami_policy.errors import PolicyFileError
    from kitami_policy.rules import defamation

    triggers = dict(defamation.TRIGGERS)
    triggers[next(iter(triggers))] = Trigger(words={"no_such_list"})
    monkeypatch.setattr(defamation, "TRIGGERS", triggers)
    with pytest.raises(PolicyFileError, match="no_such_list"):
        bundled_rules()


def test_a_derived_reading_is_worked_out_once_per_comment(engine: Engine) -> None:
    """Context.derived computes a shared reading on first use and returns it after that."""
    calls: list[str] = []

    def reading(ctx: Context) -> int:
        calls.append(ctx.text)
        return len(ctx.text)

    ctx = _context(engine, Comment(id="c", text="北見市"))
    assert ctx.derived(reading) == ctx.derived(reading) == 3
    assert calls == ["北見市"]
    assert _context(engine, Comment(id="d", text="網走")).derived(reading) == 2
