"""Tests for the rules of clause 4-9, otherwise inappropriate (rules/inappropriate/)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Action, Comment, Decision, Post
from kitami_policy.engine import Engine

FESTIVAL = "北見ぼんちまつりを開催します。パレードや花火をお楽しみください。"


@pytest.fixture(scope="module")
def ng_engine() -> Engine:
    """An engine with the operator's NG words."""
    return Engine.default(ng_words=["北見ラーメン最低", "ひどい店"])


def assess(engine: Engine, text: str) -> Decision:
    """Assess *text* as a Facebook comment on the festival post."""
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text=FESTIVAL)
    return engine.assess(Comment(id="c1", text=text, post=post))


def rules_of(decision: Decision) -> set[str]:
    """The 4-9 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-9"}


class TestOperatorWords:
    """ng.operator_word: the operator's NG words, matched after normalisation."""

    @pytest.mark.parametrize(
        "text",
        [
            "北見ラーメン最低",
            "正直、北見ﾗｰﾒﾝ 最低だと思う",
            "北見らーめん・最低",
            "ＨＯＮＴＯＮＩ ひ　ど　い　店",
        ],
    )
    def test_ng_word(self, ng_engine: Engine, text: str) -> None:
        """An NG word in any spelling is 4-9 and not sent to review."""
        decision = assess(ng_engine, text)
        assert "ng.operator_word" in rules_of(decision)
        assert not decision.needs_review

    def test_every_occurrence_is_reported(self, ng_engine: Engine) -> None:
        """Each occurrence of an NG word is its own finding, pointing at the original."""
        text = "ひどい店だ。本当にひどい店"
        findings = [f for f in assess(ng_engine, text).findings if f.rule == "ng.operator_word"]
        assert [text[f.spans[0].start : f.spans[0].end] for f in findings] == ["ひどい店"] * 2

    def test_without_ng_words_nothing_is_reported(self, engine: Engine) -> None:
        """The default engine has no NG words."""
        assert "ng.operator_word" not in rules_of(assess(engine, "北見ラーメン最低"))


class TestKeyboardMash:
    """meaningless.keyboard_mash: keyboard mash and random letters."""

    @pytest.mark.parametrize(
        "text",
        [
            "asdfghjkl",
            "ｈｊｋｌｈｊｋｌｇｆｄさ",
            "qwertyuiopasdfghjkl",
            "ｆｊｄｋｓｌａ；ｆｊｄｋｓｌ",
            "ああｓｄｆｊｋｌ；あｓｄｆ",
            "ふじこlp",
            "ｑあｗせｄｒｆｔｇｙふじこｌｐ",
            "っっっっっ",
            "lkjhgfdsapoiuytrewq",
            "あいうえおかきくけこさしすせそたちつてと",
            "ksjdhfkjsdhfksjd",
        ],
    )
    def test_mash(self, engine: Engine, text: str) -> None:
        """Mash is 4-9, review-flagged, and stops at hide."""
        decision = assess(engine, text)
        assert rules_of(decision) == {"meaningless.keyboard_mash"}
        assert decision.needs_review
        assert decision.actions == (Action.HIDE,)

    @pytest.mark.parametrize(
        "text",
        [
            "ＴＡＭＡＮＥＧＩ　ＬＯＶＥ🧅",
            "Amazing experience! BBQ at -15°C, only in Kitami",
            "I'm a teacher at an English school in Kitami",
            "ありがとうございます",
            "asdfって何のことですか？除雪の件です",
            "https://www.jma.go.jp/bosai/warning/",
            "@kitamishi #hokkaido #kitami",
            "NHKのニュースで見ました",
            "ｸﾞｯｼﾞｮﾌﾞ",
        ],
    )
    def test_real_words_are_not_mash(self, engine: Engine, text: str) -> None:
        """Words, links, tags and mostly meaningful text are not mash."""
        assert not rules_of(assess(engine, text))


class TestWall:
    """meaningless.wall: walls of one character, emoji or punctuation."""

    @pytest.mark.parametrize(
        "text",
        [
            "ああああああああああ",
            "😡😡😡😡😡😡😡😡",
            "ｗｗｗｗｗｗｗｗｗｗｗｗ",
            "。。。。。。。。。。。。",
            "！！！！！！！！！！！！！！！！",
            "ーーーーーーーーーーーーーーーー",
            "……………………………………",
            "■■■■■■■■■■■■",
            "ﾜﾜﾜﾜﾜﾜﾜﾜﾜﾜﾜﾜ",
            "😂😂🤣🤣😂😂🤣🤣😂😂🤣🤣",
            "ああああああああああ！！",
            "👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻👍🏻",
            "ああああ😡😡😡😡😡😡",
        ],
    )
    def test_wall(self, engine: Engine, text: str) -> None:
        """A wall is 4-9 and review-flagged."""
        decision = assess(engine, text)
        assert rules_of(decision) == {"meaningless.wall"}
        assert decision.needs_review

    @pytest.mark.parametrize(
        "text",
        [
            "ありがとうございます",
            "👍",
            "www",
            "草",
            "🥩🔥",
            "🧅🧅🧅",
            "素晴らしい！！！",
            "楽しかったです😊😊😊",
            "最高でしたあああああああああああ",
            "😡😡😡😡😡😡😡😡 除雪が遅すぎます",
            "はい",
            "祝🎉🎉🎉🎉🎉🎉🎉🎉🎉",
            "草🤣🤣🤣🤣🤣🤣🤣🤣🤣🤣",
        ],
    )
    def test_not_wall(self, engine: Engine, text: str) -> None:
        """Short replies, emphasis and real words with emoji are not walls."""
        assert not rules_of(assess(engine, text))


class TestWiderMeaningless:
    """Mash and walls in more styles, and short replies beside them."""

    @pytest.mark.parametrize(
        "text",
        [
            "あいあいあいあいあいあい",
            "ぱぴぷぺぽぱぴぷぺぽぱぴぷぺぽ",
            "ほげほげほげほげほげ",
            "ぬらへしゅめこぬらへそ",
            "ゆむほせれぬけへほゆむ",
            "!?!?!?!?!?!?!?",
            "？！？！？！？！？！？！",
            "。、。、。、。、。、。、",
            "・・・・・・・・・・",
            "asasasasasasas",
            "ｊｋｊｋｊｋｊｋｊｋ",
            "うぇうぇうぇうぇうぇうぇ",
            "んちゃんちゃんちゃんちゃ",
            "xcvbnmxcvbnm",
            "qazwsxedcrfv",
            "zxcvzxcvzxcv",
            "ぽぽぽぽぽぽぽぽぽぽぽ",
            "〜〜〜〜〜〜〜〜〜〜〜〜",
            "★☆★☆★☆★☆★☆★☆",
            "ﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟﾎﾟ",
            "ばばばばばばばばばばば",
            "ちくわちくわちくわちくわちくわ",
            "ｗｗｗｗ！！！！ｗｗｗｗ！！！！",
            "ーーー・・・ーーー・・・ーーー・・・",
            "abababababababab",
            "ｙｙｙｙｙｙｙｙｙｙｙ",
            "zxcvbnmzxcvbnm",
            "ｐｏｉｕｙｔｒｅｗｑ",
            "ｍｎｂｖｃｘｚ",
            "dfghjdfghjdfghj",
            "ほにゃほにゃほにゃほにゃ",
            "ぴよぴよぴよぴよぴよぴよ",
            "ねむねむねむねむねむねむ",
            "☆彡☆彡☆彡☆彡☆彡☆彡",
            "♪♪♪♪♪♪♪♪♪♪♪♪",
            "？？？？？？？？？？",
            "ゐゑゐゑゐゑゐゑゐゑゐゑ",
            "るへねむゆぬほゆへるね",
        ],
    )
    def test_meaningless(self, engine: Engine, text: str) -> None:
        """Punctuation walls, repeated syllables, column walks and random kana are 4-9."""
        assert "4-9" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "ありがとうございます",
            "はいはい",
            "なるほど",
            "おつかれさまでした",
            "きょうはたのしかった",
            "すごいすごい！",
            "いいね！いいね！",
            "ありがとうございますありがとうございます",
            "花火きれいでした！！！！",
            "え？？？",
            "まじで！？",
            "わかりました、ありがとうございます",
            "おめでとうございます🎉🎉🎉",
            "こんにちは、きたみのまつりたのしみにしています",
            "ゆきがたくさんふってたいへんでした",
            "よろしくおねがいします",
            "がんばってください！",
            "www",
            "草",
            "👍👍",
            "はい、わかりました",
            "えっ！？本当ですか？",
            "お疲れ様です",
            "ありがとう〜〜！",
            "楽しかったー！！",
            "ファイト！",
            "了解です👍",
            "さむいさむい",
            "いってきます",
            "すてきなしゃしんですね",
            "Good job!",
            "nice!!",
            "OK",
            "ｗｗｗ",
            "あけましておめでとうございます",
            "おはようございます！今日もさむいですね",
        ],
    )
    def test_short_replies_stay(self, engine: Engine, text: str) -> None:
        """Replies, greetings and sentences in plain kana are not 4-9."""
        assert "4-9" not in assess(engine, text).clauses


class TestProperties:
    """Properties of meaningless text."""

    @settings(max_examples=60, deadline=None)
    @given(
        unit=st.sampled_from(["あ", "ｗ", "w", "😡", "🎆", "！", "。", "ン", "草"]),
        count=st.integers(min_value=8, max_value=60),
    )
    def test_any_long_run_of_one_character_is_a_wall(
        self, engine: Engine, unit: str, count: int
    ) -> None:
        """A comment made of one character repeated 8 times or more is a wall."""
        assert "meaningless.wall" in rules_of(assess(engine, unit * count))

    @settings(max_examples=60, deadline=None)
    @given(
        unit=st.sampled_from(["あ", "ｗ", "😡", "！", "草", "👍"]),
        count=st.integers(min_value=1, max_value=5),
    )
    def test_short_runs_are_not_walls(self, engine: Engine, unit: str, count: int) -> None:
        """Up to five of one character is a reply, not a wall."""
        assert not rules_of(assess(engine, unit * count))

    @settings(max_examples=40, deadline=None)
    @given(
        sentence=st.sampled_from(
            ["除雪が遅すぎます。改善してください", "花火きれいでした", "ごみの日はいつですか"]
        ),
        emoji=st.sampled_from(["😊", "🎆", "👍", "❄️"]),
        count=st.integers(min_value=0, max_value=6),
    )
    def test_real_words_with_emoji_are_never_meaningless(
        self, engine: Engine, sentence: str, emoji: str, count: int
    ) -> None:
        """A sentence with a few emoji is never 4-9."""
        assert not rules_of(assess(engine, sentence + emoji * count))


@pytest.mark.parametrize(
    "text",
    [
        "ｆｊｄｋｓｌあｊｆｋｄｓｌ；",
        "あｆじぇいｗｆじょいあｊｆ",
        "ｋｌｊｆｄあｓｋｊｆｈえｇｈｊ",
        "じょぼぼぼぼぼぼぼぼぼぼぼぼぼぼぼぼ",
        "ぐわああああああああああああ",
        "🙃🧦🛸🧂🦷🪣🧦🛸🙃🧂🦷🪣🛸",
        "🤪🫠👽🦑🧃🪗🦑👽🤪🫠🧃🪗",
    ],
)
def test_mixed_mash_stretched_kana_and_random_emoji_walls(engine: Engine, text: str) -> None:
    """Latin and kana mashed together, a kana held down, a wall of many different emoji."""
    assert "4-9" in assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "👍",
        "🙏🙏",
        "🎉🎉🎉",
        "🇯🇵🤝🇺🇸",
        "ありがとうございます！！",
        "ｗｗｗ",
        "笑",
        "flash",
        "lineでdmしてsnsでみてね",
        "すごーーーーーーーーーーーい",
        "やったあああああああああああ！除雪ありがとう",
    ],
)
def test_short_reactions_and_words_stay_clean(engine: Engine, text: str) -> None:
    """Short reactions, laughter, a stretched word inside a sentence and real mixed text."""
    assert "4-9" not in assess(engine, text).clauses
