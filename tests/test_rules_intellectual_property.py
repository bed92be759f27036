"""Tests for the rules of clause 4-3, intellectual property (rules/intellectual_property.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import Comment, Decision
from kitami_policy.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The default engine, built once for the module."""
    return Engine.default()


def assess(engine: Engine, text: str) -> Decision:
    """Assess *text* as a comment on its own."""
    return engine.assess(Comment(id="c1", text=text))


def rules_of(decision: Decision) -> set[str]:
    """The 4-3 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-3"}


# Complaints, attributed quotes, the city's own content and lawful free access (CLAUSES.md).
CLEAN = [
    "無断転載はやめてください",
    "私の写真が無断転載されています",
    "無断転載禁止",
    "市の投稿をシェアします",
    "「雪は天からの手紙」中谷宇吉郎の言葉です",
    "広報きたみは市のホームページで無料で読めます",
    "図書館で無料で漫画が読める",
    "花火大会のライブ配信は公式チャンネルで無料で見られます",
    "偽物に注意してください",
    "コピー品を買わないでください",
    "海賊版サイトは見ないで",
    "漫画村は違法です",
    "昨日撮った夕日の写真貼っときます",
    "顔を上げて歩こう",
    "笑顔の写真が素敵",
    "自分の顔写真載せます",
    "無料で参加できるイベント",
    "全話見ました、面白かった",
    "盗撮されたので警察に相談した",
]


class TestPiracy:
    """ip.piracy: pirated works linked or offered."""

    @pytest.mark.parametrize(
        "text",
        [
            "漫画村の後継サイトあるよ",
            "フォトコンもいいけど、漫.画.村の後継サイト見つけた",
            "全巻無料で読めるサイト見つけた",
            "アニメ映画の新作、も う 全 話 ネットで見れるよ。違法だけど",
            "去年の定演の映像、 無 料 で 全 部 見 れ る サイトあるよ → kitami-orch[.]free-vid.site",
            "フル音源ここで無料DLできるよ（違法アップだけどｗ）",
            "人気漫画の最新話、ﾄﾚﾝﾄで落とせる",
            "写真編集ソフトのクラック版、無料で配布してます",
            "有名カメラマンの写真集PDF、 む り ょ う で配ってます",
            "無料でライブ見れる裏サイトあるよ",
        ],
    )
    def test_piracy(self, engine: Engine, text: str) -> None:
        """A piracy site or a free pirated copy on offer is 4-3."""
        assert "ip.piracy" in rules_of(assess(engine, text))


class TestRepost:
    """ip.unauthorised_repost: the commenter reposting or passing off others' works."""

    @pytest.mark.parametrize(
        "text",
        [
            "他の人のインスタから拾い画まとめて載せとくね",
            "拾\u200bい\u200b画 だけど、夜景の写真貼っときます",
            "この動画、出典なしで自分のTikTokに転載しといた",
            "過去の入賞作品、全部まとめて自分のブログに転載しました",
            "プロの写真家の作品をちょっと加工して自分の名前で出せば入賞確実",
            "当日の演奏、こっそり全部録音してネットに上げます",
            "祭りのニュース映像、テレビを録画してYouTubeに丸ごと上げといた",
            "プロのカメラマンさんのやつをスクショして待ち受け用に配布してまーす",
            "無断転載失礼します",
        ],
    )
    def test_reposts(self, engine: Engine, text: str) -> None:
        """Reposting others' work without permission or attribution is 4-3."""
        assert "ip.unauthorised_repost" in rules_of(assess(engine, text))


class TestCounterfeit:
    """ip.counterfeit: counterfeit goods (also 4-6 when sold)."""

    @pytest.mark.parametrize(
        "text",
        [
            "ｽｰﾊﾟｰｺﾋﾟｰの高級腕時計あります",
            "Ｎ級品のカメラバッグどう？ ﾌﾞﾗﾝﾄﾞのｺﾋﾟｰだけど格安で売ります",
            "偽ブランドのバッグもあり",
            "本物そっくりのコピー品を半額で売ってます。DMで",
            "祭りのｵﾌｨｼｬﾙTｼｬﾂのﾊﾟﾁﾓﾉ作りました。本物の半額で売ります",
        ],
    )
    def test_counterfeits(self, engine: Engine, text: str) -> None:
        """Counterfeit goods named or offered are 4-3."""
        assert "ip.counterfeit" in rules_of(assess(engine, text))

    def test_counterfeit_sale_is_also_advertising(self, engine: Engine) -> None:
        """Selling counterfeits is 4-3 and 4-6 (where clauses meet)."""
        decision = assess(engine, "本物そっくりのコピー品を半額で売ってます。DMで")
        assert {"4-3", "4-6"} <= set(decision.clauses)


class TestPortrait:
    """ip.portrait: someone's face posted without consent."""

    @pytest.mark.parametrize(
        "text",
        [
            "この人の顔写真貼っとく",
            "会見中の職員の顔写真、拡大して貼っとく",
            "パレードで踊ってた女子高生の顔アップ撮ったから貼る。本人には言ってない",
            "隣のカップルの顔、バッチリ撮ったから上げとくわ",
            "知らない子どもの顔がはっきり写ってるけどそのまま応募します。許可？いらないでしょ",
            "盗撮した写真上げとく",
        ],
    )
    def test_portraits(self, engine: Engine, text: str) -> None:
        """Posting someone else's face without consent is 4-3."""
        assert "ip.portrait" in rules_of(assess(engine, text))


class TestClean:
    """Complaints, attributed quotes and the city's own content stay clean."""

    @pytest.mark.parametrize("text", CLEAN)
    def test_clean(self, engine: Engine, text: str) -> None:
        """Nothing in the 'does NOT' column is 4-3."""
        assert "4-3" not in assess(engine, text).clauses

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=3))
    def test_clean_combined(self, engine: Engine, pieces: list[str]) -> None:
        """Clean comments joined together stay clean."""
        assert "4-3" not in assess(engine, "。".join(pieces)).clauses
