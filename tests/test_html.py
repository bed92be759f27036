"""HTML for Jupyter: escaping, evidence highlighting, and personal data never in clear."""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import Comment, Decision, Finding
from kitami_policy._html import (
    assessment_html,
    bar_chart_svg,
    decision_html,
    highlight_html,
    mask_personal,
    personal_spans,
)
from kitami_policy.engine import Engine
from kitami_policy.findings import Span
from kitami_policy.policy import KITAMI_OFFICE_HOURS
from kitami_policy.report import Assessment

PHONE = "090-1234-5678"
EMAIL = "taro.yamada@example.co.jp"


@pytest.fixture(scope="module")
def engine() -> Engine:
    """Kitami's default engine, built once."""
    return Engine.default()


def _finding(
    clause: str, rule: str, start: int, end: int, excerpt: str, mask: str = "none"
) -> Finding:
    return Finding(
        clause=clause,
        rule=rule,
        spans=[Span(start, end)],
        excerpt=excerpt,
        rationale_ja="理由",
        rationale_en="why",
        mask=mask,
    )


def _text_of(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


class TestPersonalData:
    @pytest.mark.parametrize("value", [PHONE, EMAIL])
    def test_engine_findings_are_masked_everywhere(self, engine: Engine, value: str) -> None:
        """A phone number or e-mail the engine finds never appears in any HTML view."""
        comment = Comment(id="c1", text=f"田中さんの連絡先は{value}です")
        decision = engine.assess(comment)
        assert "4-1" in decision.clauses
        for markup in (
            decision._repr_html_(),
            assessment_html(comment.text, decision),
            Assessment(comment, decision)._repr_html_(),
        ):
            assert value not in markup
            assert value not in _text_of(markup)
            assert "1234" not in markup
            assert "yamada" not in markup
        assert value not in mask_personal(comment.text, decision)

    def test_masked_evidence_is_personal(self) -> None:
        """A finding whose evidence is masked holds it as personal; evidence shown is not."""
        text = f"電話{PHONE}、ばかだね"
        decision = Decision(
            "c1",
            [
                _finding("4-1", "pii.phone", 2, 15, "090-****-**78", mask="digits"),
                _finding("4-2", "abuse.insult", 16, 18, "ばか"),
            ],
            ["hide", "delete"],
        )
        assert personal_spans(text, decision) == (Span(2, 15),)
        assert mask_personal(text, decision) == "電話090-****-**78、ばかだね"

    def test_personal_spans_come_from_the_finding_not_its_excerpt(self) -> None:
        """What is personal is what the finding says, even when its excerpt shows the value
        unchanged (a very short e-mail address) or the evidence is shown as written."""
        short = Decision(
            "c1", [_finding("4-1", "pii.email", 0, 6, "a@b.jp", mask="email")], ["hide"]
        )
        assert personal_spans("a@b.jp", short) == (Span(0, 6),)
        text = "鈴木一郎の住所知ってる人いる"
        named = Finding(
            clause="4-1",
            rule="pii.doxxing",
            spans=[Span(5, 12)],
            excerpt="****の住所知ってる人いる",
            rationale_ja="理由",
            rationale_en="why",
            personal=[Span(0, 4)],
        )
        decision = Decision("c1", [named], ["hide"])
        assert personal_spans(text, decision) == (Span(0, 4),)
        assert mask_personal(text, decision) == "****の住所知ってる人いる"

    def test_overlapping_personal_spans_merge(self) -> None:
        """Overlapping personal spans are masked as one, whole."""
        text = "住所は北見市端野町1-2-3です"
        decision = Decision(
            "c1",
            [
                _finding("4-1", "pii.address", 3, 14, "北**********", mask="text"),
                _finding("4-1", "pii.doxxing", 9, 16, "1****です", mask="text"),
            ],
            ["hide"],
        )
        assert personal_spans(text, decision) == (Span(3, 16),)
        masked = mask_personal(text, decision)
        assert "1-2-3" not in masked
        assert masked == "住所は" + "*" * 13


class TestHighlight:
    def test_evidence_is_marked_with_its_clause(self) -> None:
        """Evidence spans are wrapped in <mark> titled with clause and rule."""
        text = "本当にばかだね"
        decision = Decision("c1", [_finding("4-2", "abuse.insult", 3, 5, "ばか")], ["hide"])
        markup = highlight_html(text, decision)
        assert re.search(r'<mark [^>]*title="4-2 abuse.insult">ばか</mark>', markup)
        assert _text_of(markup) == text

    def test_everything_is_escaped(self) -> None:
        """Markup in a comment, an id or an excerpt is escaped, never interpreted."""
        text = "<script>alert(1)</script> ばか"
        decision = Decision(
            "<b>id</b>", [_finding("4-2", "abuse.insult", 26, 28, "<i>ばか</i>")], ["hide"]
        )
        for markup in (decision_html(decision), assessment_html(text, decision)):
            assert "<script>" not in markup
            assert "<b>id</b>" not in markup
            assert "<i>" not in markup
            assert "&lt;script&gt;" in markup or "&lt;i&gt;" in markup

    @given(st.text(max_size=60))
    def test_no_findings_is_the_escaped_text(self, text: str) -> None:
        """Without findings the highlighted text is the text, escaped."""
        decision = Decision("c1", [], ["keep"])
        assert highlight_html(text, decision) == html.escape(text, quote=True)

    @given(st.text(min_size=3, max_size=40), st.data())
    def test_text_outside_personal_spans_is_kept(self, text: str, data: st.DataObject) -> None:
        """Masking changes only the personal spans: the text around them is as written."""
        start = data.draw(st.integers(0, len(text) - 2))
        end = data.draw(st.integers(start + 1, len(text)))
        decision = Decision(
            "c1", [_finding("4-1", "pii.x", start, end, "*", mask="text")], ["hide"]
        )
        masked = mask_personal(text, decision)
        assert masked.startswith(text[:start])
        assert masked.endswith(text[end:])


class TestViews:
    def test_decision_view_lists_findings(self) -> None:
        """The decision view shows clause, rule, actions and the review flag."""
        decision = Decision(
            "c9", [_finding("4-8", "offtopic.chatter", 0, 4, "カレー")], ["hide"], needs_review=True
        )
        markup = decision._repr_html_()
        for part in ("c9", "4-8", "offtopic.chatter", "hide", "needs review", "カレー"):
            assert part in markup

    def test_kept_decision(self) -> None:
        """A kept comment shows keep and no findings table."""
        markup = decision_html(Decision("c1", [], ["keep"]))
        assert "keep" in markup
        assert "<table" not in markup

    def test_bar_chart_is_inline_svg(self) -> None:
        """Bars are proportional; labels and counts are present; zero draws no bar."""
        svg = bar_chart_svg([("4-1", 4), ("4-2", 2), ("4-3", 0)], title="per clause")
        assert svg.startswith("<svg")
        assert svg.endswith("</svg>")
        widths = [int(w) for w in re.findall(r'<rect [^>]*width="(\d+)"', svg)]
        assert widths == [220, 110]
        assert ">4-3<" in svg

    def test_svg_is_well_formed(self) -> None:
        """The chart is well-formed XML, as inline SVG must be, even with markup in labels."""
        svg = bar_chart_svg([("<4-1>", 1), ("a&b", 2)], title="<per> clause")
        root = ElementTree.fromstring(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"

    def test_month_view(self) -> None:
        """The month view is a table with every day and the closures' reasons."""
        markup = KITAMI_OFFICE_HOURS.month(2025, 5)._repr_html_()
        assert markup.startswith("<table")
        assert "憲法記念日" in markup
        assert markup.count("<td") == 35  # five weeks, Sunday first
