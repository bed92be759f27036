"""Clauses 4-2 and 4-4 read as CLAUSES.md's "Reading real comments" asks.

Insults need no named target; slurs count on their own; hate speech is a group with contempt,
an order or a called-for act; talk about abuse, self-description, denial and compounds are not
abuse. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from kitami_policy import Comment
from kitami_policy.engine import Engine


def _clauses(engine: Engine, text: str) -> tuple[str, ...]:
    return engine.assess(Comment(id="c", text=text)).clauses


class TestInsultsWithoutATarget:
    """4-2: a word said only of people insults whoever it is said of or to."""

    @pytest.mark.parametrize(
        "text",
        [
            "お前ほんとアホだな",
            "バカじゃないの",
            "黙れカス",
            "あの議員は本当にバカ",
            "そんなこともわからないとかマジでアホ",
            "こいつらゴミだな",
            "はんかくさいこと言ってんじゃないよ、このたくらんけが",
            "典型的な腰抜け",
        ],
    )
    def test_insults(self, engine: Engine, text: str) -> None:
        """An insult in a reply, of a third person or to the person answered is 4-2."""
        assert "4-2" in _clauses(engine, text)

    @pytest.mark.parametrize(
        "text",
        [
            "バカ高い駐車場代はなんとかならないか",
            "バカみたいに寒い朝でした",
            "俺はバカだから手続きがよく分からない",
            "バカ力で雪をどけた",
            "「バカ」と言われて悲しかった",
            "写真のボケが綺麗ですね",
            "ゴミ出しの日を教えてください",
            "比べればかなり良くなりました",
            "あの人はバカではない、ちゃんと考えている",
            "サウジアラビアの話",
            "バカップルが多い公園",
        ],
    )
    def test_not_insults(self, engine: Engine, text: str) -> None:
        """Intensifiers, compounds, self-description, quotes and denials are not 4-2."""
        assert "4-2" not in _clauses(engine, text)


class TestSlurs:
    """Slurs are 4-2 and 4-4 on their own, unless talked about."""

    def test_a_slur_is_insult_and_hate(self, engine: Engine) -> None:
        """A slur for a people is both clauses."""
        assert {"4-2", "4-4"} <= set(_clauses(engine, "またチャンコロどもが騒いでる"))

    @pytest.mark.parametrize(
        "text",
        [
            "「チャンコロ」という言葉は蔑称で、使うべきではない",
            "チャンコロなんて言う人がいて悲しい。差別はあかん",
            "インチョン空港に着きました",
        ],
    )
    def test_talk_about_a_slur_is_not_abuse(self, engine: Engine, text: str) -> None:
        """Quoting, reporting or criticising a slur, or a word holding one, is clean."""
        assert not {"4-2", "4-4"} & set(_clauses(engine, text))


class TestHateAsGroupAndPredicate:
    """4-4: a group with contempt, an order or a called-for act, in one sentence."""

    @pytest.mark.parametrize(
        "text",
        [
            "外国人は出ていけ",
            "在日は日本から出て行け",
            "中国人はゴキブリだ",
            "外国人は皆殺しにしろ",
            "同性愛者は汚らわしい",
            "在日は追放すべき",
            "黒人はみんな嘘つきだ",
            "汚いアメリカ人",
            "移民はゴミだ",
            "障害者なんか駆除されてほしい",
            "ロシア人ってずうずうしい",
            "〇〇人のやつら、全員消えろ。在日もな。あいつらは帰れ",
            "朝鮮人は全員追放すればいい",
            "中国人はさっさと駆除していい",
        ],
    )
    def test_hate(self, engine: Engine, text: str) -> None:
        """Vermin, filth, orders to leave, killing and stereotypes said of a group are 4-4."""
        assert "4-4" in _clauses(engine, text)

    @pytest.mark.parametrize(
        "text",
        [
            "移民の受け入れは減らすべきだと思う",
            "移民は排除すべきという意見には反対だ",
            "不法滞在の外国人は強制送還すべき",
            "外国人観光客が帰ってきた",
            "差別はあかん。外国人は出ていけなんて言うな",
            "在日は猫が嫌いらしい",
            "中国人を殺した犯人が逮捕された",
            "劣った民族なんてあるわけない",
            "あの女優は美しい",
            "移民はいらないという声もある",
            "韓国人をほめ殺すのはやめよう",
            "外国人観光客がみんな追放されたら困る",
            "移民はもう追放している国もある",
        ],
    )
    def test_not_hate(self, engine: Engine, text: str) -> None:
        """Policy opinions, reports, denials, compounds and criticism of hate are not 4-4."""
        assert "4-4" not in _clauses(engine, text)


class TestSexualContent:
    """4-4 for explicit sexual content, not for a passing mention."""

    @pytest.mark.parametrize(
        "text",
        [
            "胸を揉んでやりたい、あの職員のおっぱい",
            "昨日の夜は中出ししたわ",
            "小学生の女の子のエロい写真ある？",
            "パパ活しませんか？",
            "受付のお姉さん、エロすぎ",
        ],
    )
    def test_explicit(self, engine: Engine, text: str) -> None:
        """Acts, requests, children and remarks about a person are explicit."""
        assert "4-4" in _clauses(engine, text)

    @pytest.mark.parametrize(
        "text",
        [
            "あの映画はエロいシーンが少しあるらしい",
            "セックスについての講座が市民会館であります",
            "フェラーリが走ってた",
            "早く帰ろう、考えろよ",
            "パチンコ屋の跡地はどうなりますか",
        ],
    )
    def test_passing_mentions(self, engine: Engine, text: str) -> None:
        """A mention, or a word holding a sexual term, is not 4-4."""
        assert "4-4" not in _clauses(engine, text)


class TestEnglish:
    """English comments are read like any other, word by word."""

    @pytest.mark.parametrize(
        ("text", "clause"),
        [
            ("Your mayor is an idiot", "4-2"),
            ("fuck you kitami city", "4-2"),
            ("you are so stupid", "4-2"),
            ("stupid mayor", "4-2"),
            ("I will kill you tomorrow", "4-4"),
            ("Gonna bomb the city hall", "4-4"),
            ("Buy cheap viagra now at http://example.com/x", "4-6"),
            ("Work from home and make money! dm me", "4-6"),
        ],
    )
    def test_english_violations(self, engine: Engine, text: str, clause: str) -> None:
        """English insults, threats and spam fall under their clauses."""
        assert clause in _clauses(engine, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Stupid question, sorry: when is the festival?",
            "I am such an idiot, I forgot the date",
            "that rule is stupid",
            "the mayor is not stupid",
            "He said he will kill everyone, scary",
            "I would never kill anyone",
            "Click here for the festival map: https://www.city.kitami.lg.jp",
            "our class assignment is about Kitami",
            'He called me "idiot" and I was sad',
        ],
    )
    def test_english_that_breaks_nothing(self, engine: Engine, text: str) -> None:
        """Self-description, things judged, denials, reports, quotes and whole words."""
        assert not {"4-2", "4-4", "4-6"} & set(_clauses(engine, text))
