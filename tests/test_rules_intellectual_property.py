"""Tests for the rules of clause 4-3, intellectual property (rules/intellectual_property/)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import Comment, Decision
from kitami_policy.engine import Engine


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


class TestGeneralisation:
    """Families of phrasing beyond the development corpus: every medium, offer and channel."""

    @pytest.mark.parametrize(
        "text",
        [
            "今期のアニメ、全話無料で見れるとこあるよ",
            "新作映画、映画館でスマホで撮ったやつ上げとく",
            "ドラマの最新話、海外サイトで見れるよ",
            "ジャンプの早バレ画像貼るね",
            "漫画rawで読んでるから本は買わない",
            "そのゲーム、割れ版ならタダでできる",
            "フォトショのクラック版配布中",
            "Officeのライセンス認証回避ツール配ります",
            "有料配信のライブ、録画したの上げといた",
            "アルバム全曲zipで置いとく",
            "新曲のリーク音源あるよ",
            "ROM吸い出しデータ配布中、エミュで遊べる",
            "有料記事の全文コピペしときます",
            "お金払わずに映画見れるサイト教えて",
            "かいぞく版のサイト知ってる人いる？",
            "ラノベのPDF、データで安く売るよ",
            "DAZNの試合、非公式サイトで見れるよ",
            "マンガ全巻、ギガファイル便で全部送ります",
            "トレントで落とせるよ",
            "映画館で盗撮した映画を配ってる",
        ],
    )
    def test_piracy_families(self, engine: Engine, text: str) -> None:
        """Piracy of any medium offered, linked or asked for is 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "公式の写真、全部保存して自分のブログに載せといた",
            "他人のTikTokから勝手に保存して再投稿したらバズった",
            "写真家さんの作品、勝手にスマホの壁紙にして配ってまーす",
            "公式ロゴを勝手に使ってTシャツ作りました",
            "この投稿の写真を全部保存してメルカリでポストカードにして売ってます",
            "ネットで拾った画像で応募しました",
            "歌詞全文載せます",
            "イラスト、トレースして自分の作品として出した",
            "他の人の写真、クレジット消して使ってる",
            "ニュース記事を丸ごとコピペしてブログに載せた",
            "人の写真に自分のロゴ入れて撮影：自分で投稿した",
            "配信者の動画、無断切り抜きで収益化してる",
        ],
    )
    def test_repost_families(self, engine: Engine, text: str) -> None:
        """Others' works reused, reposted or passed off are 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "ヴィトンの財布、本物と見分けがつかないレベルのニセモノあります",
            "ロレックスのレプリカ、1万円で売ります",
            "シャネルのコピーブランド、格安で販売中",
            "N級のバッグ入荷しました",
            "ナイキのバッタもん安く売るよ",
            "偽物だけど見た目は完璧、DMください",
            "正規品と同等品質のブランドバッグ販売",
        ],
    )
    def test_counterfeit_families(self, engine: Engine, text: str) -> None:
        """Counterfeits offered in many wordings are 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "窓口の女性職員の顔こっそり撮った → imgbb.com/7Hs2kdP",
            "スタッフの顔写真、裏アカに晒しといた",
            "避難所で寝てる人の寝顔、無断で撮ってアップしといた",
            "電車で隣の席の人を隠し撮りしたから晒す",
            "店員の顔、勝手に撮ってネットに上げた",
            "浴衣の女の子のローアングル撮ってきた。見たい人には売るよ",
            "選手の顔写真を勝手に使ってスタンプ作って売ってます",
        ],
    )
    def test_portrait_families(self, engine: Engine, text: str) -> None:
        """Someone's face posted without consent is 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "TVerで全話無料で見れるよ",
            "アマプラで全話見放題です",
            "1話無料キャンペーン中だって",
            "図書館で漫画全巻借りられるよ",
            "うちに全巻あるよ",
            "無料の本の交換会があります",
            "無料で見学できます",
            "無料シャトルバスあります",
            "無料で使える駐車場",
            "市の公式アプリは無料で使えます",
            "ただ見てるだけです",
            "ただ読みました",
            "違法ダウンロードはやめましょう",
            "海賊版を見るのは犯罪ですよ",
            "漫画の海賊版サイトに注意",
            "市の駐車場を勝手に使っている人がいる",
            "私の写真が勝手に使われています",
            "写真を無断転載されました",
            "この写真を使わせていただいてもいいですか",
            "転載許可をいただけますか",
            "市の投稿をシェアします",
            "料金を勝手に上げないで",
            "他市のアイデアをパクってるだけ",
            "偽物の見分け方を教えます",
            "偽物を掴まされた、注意して",
            "レプリカユニフォーム販売中",
            "ブランド品の買取やってます",
            "双子で見分けがつかない",
            "A級品のホタテ販売",
            "顔出しパネルで写真撮った",
            "顔出しOKの方のみ応募できます",
            "スタッフの顔写真を載せてほしい",
            "笑顔の写真を貼っておきます",
            "自分で撮った夕日の写真載せます",
            "盗撮事件があったので注意",
            "映画館で見ました、最高",
            "ネットで予約して映画館で見た",
            "スクショして保存した",
            "画面割れで修理に出した",
            "ゲームのデータが消えた",
        ],
    )
    def test_new_traps_stay_clean(self, engine: Engine, text: str) -> None:
        """Lawful services, complaints, requests and everyday words are not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


class TestHeldOutFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "このサイトなら全部タダで見れるよ",
            "ドラマ全話ここで見れる",
            "アニメ見放題の裏サイト教えます",
            "新作映画もう見れるよ、リンク貼っとく",
            "漫画のPDF配ってます",
            "自炊データあげます",
            "自炊したデータ欲しい人いる？あげるよ",
            "ここなら鬼滅全話読める",
            "ジャンプ最新号ここで全部読める",
            "テレビの番組録画してYouTubeに上げときました",
            "ニュース録画して丸ごとアップしたよ",
            "写真展の作品、全部撮ってインスタに載せました",
            "美術展の作品撮影してSNSに上げときます（作家には内緒）",
            "雑誌スキャンしてネットに上げた",
            "DVDコピーしたもの格安で譲ります",
            "CDダビングしたやつ売ります",
            "作品をスキャンしてポストカードにして売ってます",
            "歌手の曲、音源まるごとアップしたから聴いて",
            "ライブの音源丸ごと上げとくね",
            "プロのサイトから画像拾ってきてアイコンにしました、無断だけど",
            "公式の宣材画像を拾ってきて貼っとく",
            "ヴ.ィ.ト.ン の コ.ピ.ー 財布、手渡しします",
            "シャネルのコピーバッグ格安で",
            "グッチのコピー品あります",
            "映画まるごと見れるURLあるよ",
            "新刊がタダで読めるアプリじゃないサイトあるよ",
            "有料のアニメを無料で全部見れるとこ見つけた",
            "他人の写真、作者に内緒で使ってます",
            "作者の許可取ってないけど絵を載せとく",
            "人のイラストをトレースして自分の作品として出した",
            "あの写真家さんの写真、勝手に保存して投稿しました",
            "映画館でスマホ録画したやつ上げとく",
            "ドラマ全話DLできるとこ教えるよ",
            "漫画全巻zipで配布中",
            "Netflixの作品を録画して配ってます",
            "最新話もう読めるサイトあるよ",
            "電子書籍のデータ、欲しい人に送ります",
            "市民ホールのコンサートこっそり録画したからYouTubeで見て",
            "このアプリで有料漫画が全部タダ",
            "鬼滅の映画、フルで見れるリンク置いとく",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Piracy without the word 海賊版, copied works uploaded or sold, admitted reuse are 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "祭りの写真撮ってインスタに上げました",
            "花火の動画を撮ってYouTubeに上げました",
            "北見市の投稿をシェアしました",
            "図書館で漫画全巻読めるのが嬉しい",
            "公式アプリで1話無料で読める",
            "議事録のPDF配ってますか？",
            "市のホームページで資料のPDFが配布されています",
            "申請書をコピーしたものを持参してください",
            "ゴミを拾ってきてください",
            "河原から拾ってきたゴミが多すぎる",
            "無断駐車だけど許して",
            "海賊版は作者を苦しめます、やめましょう",
            "ドラマの見逃し配信はTVerで全話見れます",
            "このサイトで市の情報が全部見れる",
            "雪像の写真を自分で撮ってインスタに載せました",
            "子どもの発表会を録画して家族に送った",
            "新作映画、もう見た？面白かった",
            "TVのニュースで北見が紹介されてた、録画しました",
            "コンサートのチケットを譲ります",
            "ヴィトンの財布を落としました",
            "コピー用紙を売ってます",
            "全部タダでもらえるイベントありがとう",
            "テレビ番組の録画を見た",
            "イベントのポスター、市のサイトから保存して印刷していいですか？",
            "雪まつりの作品、きれいに撮れました",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Own photos, lawful services, city documents and everyday words are not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


class TestMoreHeldOutFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "公開中の映画、全部タダで見れるとこあるよ",
            "ワンピース最新話、発売前に読めるとこ知ってる",
            "有料チャンネルの試合、無料で見る方法教えます",
            "スカパーのタダ見の方法教えます",
            "B-CASカード改造したから全部見れる",
            "ディズニーの画像、グッズにして売ってます",
            "キャラのイラスト勝手にTシャツにして販売中",
            "ポケモンのぬいぐるみ、コピー品だけど安いよ",
            "ロレックスそっくりの時計、1万円で売ります",
            "ブランドロゴ入りの財布、激安で譲ります",
            "友達の寝顔写真晒しとくわ",
            "隣の席の子、勝手に撮った写真載せるね",
            "この子の顔写真、本人に内緒で上げとく",
            "ライブ映像撮ってきたからフルでアップする",
            "カラオケで歌詞全部書いとく",
            "新聞記事をスキャンしてそのまま載せます",
            "有料noteの内容、全部ここに貼るね",
            "映画の海賊盤DVD持ってるよ",
            "アニメ全話zipで持ってる人いる？欲しい人にあげる",
            "他人のYouTube動画を切り抜いて自分のチャンネルで収益化してる",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Free viewing tricks, merchandise, look-alikes, faces and clipped videos are 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "映画館で映画を見ました、最高でした",
            "友達と撮った写真を載せます",
            "自分で撮った夜景の写真です",
            "ロレックスの時計を買いました",
            "公式グッズを買いました",
            "新聞に北見の記事が載ってた",
            "有料チャンネルの契約方法を教えてください",
            "歌詞の意味を教えてください",
            "試合の中継は市のYouTubeで見れます",
            "スカパーで試合を見た",
            "ただ見てるだけです",
            "タダで見学できるイベント",
            "写真を切り抜いて年賀状に使いました",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Own photos, purchases, questions and lawful viewing are not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


class TestSentences:
    """Free access, a work and an offer must stand close together in the original text."""

    def test_three_sentences_apart_stay_clean(self, engine: Engine) -> None:
        """A photo offered, a free event and a series watched are three unrelated sentences."""
        text = (
            "昨日撮った夕日の写真貼っときます。無料で参加できるイベント。全話見ました、面白かった"
        )
        assert "4-3" not in assess(engine, text).clauses

    def test_adjacent_sentences_still_count(self, engine: Engine) -> None:
        """A work named in one sentence and offered free in the next is piracy."""
        text = "有名な絵本のPDFまとめました。全部タダで読めるよ"
        assert "4-3" in assess(engine, text).clauses


class TestUseWithoutLeave:
    """A work, logo or character made into goods, sold, handed out or posted without leave."""

    @pytest.mark.parametrize(
        "text",
        [
            "お知らせチラシのイラストが好きなので、描いた人に無断でLINEスタンプにして販売中です",
            "ハッカ記念館のロゴ入りTシャツ、勝手に作って売ってます",
            "市のマスコットキャラ、許可なくステッカーにして配ってます",
            "好きな漫画のキャラを無断でキーホルダーにして売ってる",
            "有名イラストレーターの絵、勝手にTシャツにプリントして販売しています",
            "カフェのロゴ、無許可で缶バッジにしてフリマに出品中",
            "友達が描いた絵を無断でコンテストに応募しました",
            "作者の許可取ってないけど、写真をポストカードにして売ってます",
            "公式キャラのイラスト、非公式グッズにして売ってます",
            "他人の曲を勝手にBGMに使って動画を公開しました",
            "イラストをスタンプにして売ってます。作者には無断です",
            "写真家さんの作品を勝手に印刷して配ってます",
            "公式ロゴを勝手にアイコンに使ってます",
            "お前らの写真、全部俺のアカウントに転載させてもらうわ。クレジットなしでな",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """An admission of no leave, an act of the commenter's and a work close by are 4-3."""
        assert "ip.unauthorised_repost" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "私のイラストを無断でスタンプにして販売している人がいます",
            "市のロゴを勝手に使ったTシャツが売られています",
            "ロゴ入りTシャツを勝手に作って売るのはやめてください",
            "イラストを無断で使わないでください",
            "公式ロゴを使ったグッズを作ってもいいですか？",
            "勝手に作って売ってる業者がいるので注意",
            "勝手に駐車場を使って、困ります",
            "勝手にイベントの写真を撮って売ってる人がいるみたい",
            "自分で描いたイラストをスタンプにして販売中です",
            "市が勝手に写真を使って広報に載せた",
            "勝手ながら、写真展の作品を紹介します",
            "無断駐車の車を写真に撮って載せました",
            "私が撮った写真を勝手に使っていいですよ",
            "市が勝手に決めたルールでポスター作ってる",
            "非公式ですが、祭りの写真まとめを作りました",
            "うちの子の絵、勝手に応募しちゃった",
            "市の写真を勝手に使ったらまずいですよね",
            "うちの店のロゴを勝手に使ってる人がいるらしい",
            "写真を勝手に使ったと言われたけど、自分で撮ったものです",
            "勝手にアイコン変えました",
            "勝手にチラシを配ってる業者がいます",
            "非公式グッズには注意してください",
        ],
    )
    def test_reports_requests_and_own_work_stay_clean(self, engine: Engine, text: str) -> None:
        """Told of someone else, forbidden, asked, suffered or one's own: not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


class TestScannedBooks:
    """Books scanned (自炊, スキャン, PDF化) and shared, and free copies in styled letters."""

    @pytest.mark.parametrize(
        "text",
        [
            "ハッカの歴史本、電子版を自炊して共有中📚",
            "買った漫画を全部スキャンしてPDFにしたから、欲しい人に送ります",
            "写真集をスキャンしてネットで共有しました",
            "参考書をPDF化したので欲しい人にあげます",
            "教科書を自炊してPDFで共有中",
            "人気小説のPDF、𝐟𝐫𝐞𝐞で配ってます",
            "新刊の小説、ｆｒｅｅで読めるPDFあるよ",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """A scanned book shared, or a work offered "free", is 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "毎日自炊して、レシピを共有してます",
            "自炊した料理の写真をインスタに上げました",
            "漫画読みながら自炊してインスタに上げた",
            "市の資料をスキャンして共有してください",
            "申請書をスキャンしてメールで送りました",
            "本をスキャンして自分用に保存してます",
            "18禁の裏動画、無料で見れるサイトあるよ",
        ],
    )
    def test_cooking_own_papers_and_adult_videos_stay_clean(
        self, engine: Engine, text: str
    ) -> None:
        """自炊 as cooking, one's own papers and adult videos (4-4's) are not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


class TestConsentDismissed:
    """A guard word answered by an admission that reads on past it no longer guards."""

    @pytest.mark.parametrize(
        "text",
        [
            "植え付けしてた中学生の女の子たちの写真、顔がはっきり写ってるやつを拡散します。"
            "本人の許可？知らん",
            "祭りで見かけた子の写真、顔バッチリ写ってるけど載せとく。許可とか知らない",
            "通行人の顔が写った動画、そのまま拡散しといた。同意？いらんでしょ",
            "知らない人の写真を勝手にSNSに載せた、顔もばっちり",
            "隣の家族の写真、本人たちに無断でネットに上げます",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Someone's face or photo spread with consent waved away is 4-3."""
        assert "4-3" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "本人の許可をもらって顔写真を載せています",
            "子どもの写真は本人の許可を取ってから載せてください",
            "顔がはっきり写ってる写真は拡散しないで",
            "顔が写った写真を勝手に拡散されて困ってます",
            "許可なく顔写真を載せるのは肖像権の侵害です",
            "勝手に写真を使われたので通報しました",
        ],
    )
    def test_consent_kept_or_suffered_stays_clean(self, engine: Engine, text: str) -> None:
        """Consent obtained, a warning, or the commenter as the one exposed: not 4-3."""
        assert "4-3" not in assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "有料記事で読めない人向けに、本文まるごと写しとくね↓",
        "道新の有料記事、全部スクショして貼っておきます（10枚）",
        "BGMの曲、CD音源をmp3にしたやつ置いとくね",
    ],
)
def test_whole_copies_of_paid_works_shared(engine: Engine, text: str) -> None:
    """A paid article or a record copied whole and shared is 4-3."""
    assert "4-3" in assess(engine, text).clauses


def test_an_unofficial_apk_is_not_piracy(engine: Engine) -> None:
    """An unofficial app's package is a malware risk (4-7), not a pirated work."""
    decision = assess(engine, "除雪車の非公式アプリ、APKはここから → snow-map.apk-dl.net")
    assert "4-3" not in decision.clauses
    assert "4-7" in decision.clauses


@pytest.mark.parametrize(
    "text",
    [
        "公園の完成予想図、設計会社のサイトから画像ぶっこ抜いてきた。どうせ誰も気づかないし【画像】",
        "分別ガイドのかわいいイラスト描いてる人のpixiv作品、全部DLしてまとめて上げとくね。許可はもらってない【画像】",
        "絵師さんの作品、許可取ってないけど上げとく",
        "Ｓｐｏｔｉｆｙの有料曲をＭＰ３に変換したやつ、交流会で流れてた洋楽全部ｍ ｅ ｇ ａで配布中",
        "カーリングアニメ全話 ｈｔｔｐｓ：／／ａｎｉｍｅ－ｍｕｒｙｏ．ｘｙｚ で見れるよ",
        "SPI対策の有料問題集、PDFにして全ページアップしたから使って → spi-pdf-free . com",
        "HBCのニュースで流れた火事の映像、録画したのをそのまま上げとく → youtube.com/watch?v=Fk8t",
    ],
)
def test_ripped_images_bulk_reposts_and_pirate_hosts(engine: Engine, text: str) -> None:
    assert "4-3" in assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "作品の写真は許可はもらってないから載せないでおきます",
        "イベントの写真、許可はもらってないので載せられません",
        "Spotifyで有料曲を聴いてます。MP3に変換とかはしてません",
        "市のサイトから画像ぶっこ抜かれてるよ",
        "資料まとめて上げとくね",
        "freeeの有料プランで確定申告した。freee.co.jp",
        "映画の感想はここ https://example.com/free.html",
        "ニュースで見たけど、海賊版サイトの運営者が逮捕されたらしい",
    ],
)
def test_no_leave_as_a_reason_lawful_use_and_other_words_stay(engine: Engine, text: str) -> None:
    assert "4-3" not in assess(engine, text).clauses
