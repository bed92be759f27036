"""The shared readings: sentences, aim, talk about abuse, polarity and whole words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import Comment
from kitami_policy._automaton import Match
from kitami_policy.engine import Engine
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context
from kitami_policy.rules.reading.aim import addressed, self_directed
from kitami_policy.rules.reading.latin import whole_word
from kitami_policy.rules.reading.polarity import asked, denied, negated
from kitami_policy.rules.reading.sentences import SENTENCE_MARKS, original_sentence, sentence
from kitami_policy.rules.reading.speech import (
    _QUOTATION,
    criticises_abuse,
    in_news,
    quoted,
    quoted_span,
    reported,
    talked_about,
)
from kitami_policy.rules.reading.words import script, stands_alone


def _ctx(engine: Engine, text: str) -> Context:
    return engine._context(Comment(id="c", text=text), None)


def _at(ctx: Context, term: str, nth: int = 0) -> Match[str]:
    """A match object for the *nth* occurrence of *term* in the fold."""
    start = -1
    for _ in range(nth + 1):
        start = ctx.folded.index(term, start + 1)
    return Match(start, start + len(term), term, "test")


@st.composite
def _text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    """A short text of letters, marks and quotation marks, and a span in it."""
    text = draw(st.text(st.sampled_from(list('ab 。!？\n「」『』"x')), min_size=1, max_size=30))
    start = draw(st.integers(0, len(text) - 1))
    return text, start, draw(st.integers(start + 1, len(text)))


class TestBisectedReadings:
    """Readings asked about each of many words find their answer by bisection (issue 10: no
    scan of the whole text per word); they answer as the plain scan would."""

    @given(_text_and_span())
    def test_original_sentence_as_a_scan(self, engine: Engine, case: tuple[str, int, int]) -> None:
        text, start, end = case
        marks = [m.start() for m in SENTENCE_MARKS.finditer(text)]
        lo = max((i + 1 for i in marks if i < start), default=0)
        hi = min((i for i in marks if i >= end), default=len(text))
        assert original_sentence(_ctx(engine, text), start, end) == (lo, hi)

    @given(_text_and_span())
    def test_quoted_span_as_a_scan(self, engine: Engine, case: tuple[str, int, int]) -> None:
        text, start, end = case
        pairs = [m.span() for m in _QUOTATION.finditer(text)]
        expected = any(lo < start and end <= hi for lo, hi in pairs)
        assert quoted_span(_ctx(engine, text), Span(start, end)) == expected


class TestSentences:
    """Sentence bounds found on the original text and mapped onto the fold."""

    def test_punctuation_and_line_breaks_end_sentences(self, engine: Engine) -> None:
        """。, ！, ？ and a line break each start a new sentence in folded offsets."""
        ctx = _ctx(engine, "雪が多い。除雪は？\n助かります!ありがとう")
        assert ctx.folded == "雪が多い除雪は助かりますありがとう"
        assert sentence(ctx, 0) == (0, 4)
        assert sentence(ctx, 5) == (4, 7)
        assert sentence(ctx, 8) == (7, 12)
        assert sentence(ctx, 13) == (12, len(ctx.folded))

    @given(text=st.text(alphabet="あい。！\n漢字", min_size=1, max_size=30))
    def test_every_position_lies_in_its_sentence(self, engine: Engine, text: str) -> None:
        """Any position of the fold lies inside the sentence returned for it."""
        ctx = _ctx(engine, text)
        for position in range(len(ctx.folded)):
            lo, hi = sentence(ctx, position)
            assert lo <= position < hi


class TestSpeech:
    """Quotation, reported speech, news and criticism of abuse."""

    def test_quoted_words_are_quoted(self, engine: Engine) -> None:
        """Words inside 「」 are quoted; the same words outside are not."""
        ctx = _ctx(engine, "「ばか」と言われた。ばかは困る")
        assert quoted(ctx, *_span(_at(ctx, "ばか")))
        assert not quoted(ctx, *_span(_at(ctx, "ばか", 1)))

    def test_a_verb_of_saying_after_the_words_reports_them(self, engine: Engine) -> None:
        """ "…ってコメントする人がいる" names the words instead of saying them."""
        ctx = _ctx(engine, "死ねってコメントする人がいて悲しい")
        assert reported(ctx, *_span(_at(ctx, "死ね")))

    def test_words_said_are_not_reported(self, engine: Engine) -> None:
        """Without a verb of saying after them, the words are the writer's own."""
        ctx = _ctx(engine, "死ねよ本当に")
        assert not talked_about(ctx, *_span(_at(ctx, "死ね")))

    def test_news_vocabulary_marks_its_sentence_only(self, engine: Engine) -> None:
        """A sentence about an arrest is news; the next sentence is not."""
        ctx = _ctx(engine, "容疑者が逮捕された。今日は寒い")
        assert in_news(ctx, 0)
        assert not in_news(ctx, ctx.folded.index("今日"))

    def test_criticism_of_discrimination_is_read_on_the_whole_comment(self, engine: Engine) -> None:
        """ "差別はあかん" anywhere makes the comment one that criticises abuse."""
        assert criticises_abuse(_ctx(engine, "そういう言い方は嫌だな。差別はあかん"))
        assert not criticises_abuse(_ctx(engine, "差別について考える講座です"))


class TestPolarity:
    """Negation, denial and questions."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("彼はバカではない", True),
            ("バカじゃねえよ", True),
            ("バカじゃないの", False),
            ("バカじゃない？", False),
            ("バカだな", False),
        ],
    )
    def test_negation_right_after_a_predicate(
        self, engine: Engine, text: str, expected: bool
    ) -> None:
        """A negative form denies; a rhetorical question or an affirmative asserts."""
        ctx = _ctx(engine, text)
        assert negated(ctx, _at(ctx, "ばか").end) is expected

    def test_a_denial_further_on_in_the_sentence(self, engine: Engine) -> None:
        """ "…なんてあるわけない" denies the claim it follows."""
        ctx = _ctx(engine, "劣った民族なんてあるわけない")
        assert denied(ctx, _at(ctx, "劣った").end)
        assert not denied(_ctx(engine, "劣った民族だ"), 3)

    def test_questions(self, engine: Engine) -> None:
        """A question mark or a final か asks."""
        assert asked(_ctx(engine, "除雪はいつですか"), 0)
        assert asked(_ctx(engine, "除雪はいつ？"), 0)
        assert not asked(_ctx(engine, "除雪は明日です"), 0)


class TestAim:
    """Who a remark is said to or of."""

    def test_the_writer_calling_themself_names(self, engine: Engine) -> None:
        """ "俺はバカだから", "ワイみたいなゴミ" are said of the writer."""
        for text, term in (("俺はバカだから", "ばか"), ("ワイみたいなゴミは", "ごみ")):
            ctx = _ctx(engine, text)
            assert self_directed(ctx, _at(ctx, term).start)
        ctx = _ctx(engine, "お前はバカだ")
        assert not self_directed(ctx, _at(ctx, "ばか").start)

    def test_a_sentence_addressing_someone(self, engine: Engine) -> None:
        """The second person or a demonstrative in the sentence addresses someone."""
        assert addressed(_ctx(engine, "お前の話はゴミ"), 4)
        assert addressed(_ctx(engine, "こいつらマジでゴミ"), 6)
        assert not addressed(_ctx(engine, "話はゴミ。お前は帰れ"), 2)


class TestWords:
    """Whole words in each script."""

    @pytest.mark.parametrize(
        ("text", "term", "alone"),
        [
            ("サウジの話", "うじ", False),
            ("比べればかなり違う", "ばか", False),
            ("ばかじゃないの", "ばか", True),
            ("お前はバカだ", "ばか", True),
            ("バカップル", "ばか", False),
            ("無能すぎて困る", "無能すぎ", True),
            ("class time", "as", False),
        ],
    )
    def test_stands_alone(self, engine: Engine, text: str, term: str, alone: bool) -> None:
        """A term glued to a longer word of its script is not a word of its own."""
        ctx = _ctx(engine, text)
        assert stands_alone(ctx, _at(ctx, term)) is alone

    def test_a_noun_may_head_a_compound_when_only_its_start_is_read(self, engine: Engine) -> None:
        """With after=False a katakana noun followed by more katakana still counts."""
        ctx = _ctx(engine, "ゲイカップル")
        assert not stands_alone(ctx, _at(ctx, "げい"))
        assert stands_alone(ctx, _at(ctx, "げい"), after=False)

    def test_latin_whole_words(self, engine: Engine) -> None:
        """A Latin term counts only as a whole word; Japanese terms always do."""
        ctx = _ctx(engine, "you idiot, idiotic")
        assert whole_word(ctx, _at(ctx, "idiot"))
        assert not whole_word(ctx, _at(ctx, "idiot", 1))

    @pytest.mark.parametrize(
        ("ch", "kind"),
        [
            ("あ", "hiragana"),
            ("ア", "katakana"),
            ("ｱ", "katakana"),
            ("・", "other"),
            ("字", "kanji"),
        ],
    )
    def test_scripts(self, ch: str, kind: str) -> None:
        """Each character has its script, half-width katakana and ・ included."""
        assert script(ch) == kind


def _span(m: Match[str]) -> tuple[int, int]:
    return m.start, m.end
