"""Tests for kitami_policy.rules.terms_of_use (clause 4-7), read as CLAUSES.md reads it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Author, Comment, Post
from kitami_policy.engine import Engine
from kitami_policy.findings import Decision
from kitami_policy.rules.terms_of_use import find_urls

_POST = Post(id="p1", account=KITAMI.account_for("instagram"), text="断水のお知らせです")


def _comment(text: str, author: str = "u1", cid: str = "c1") -> Comment:
    return Comment(id=cid, text=text, author=Author(id=author, name="北見花子"), post=_POST)


def _assess(engine: Engine, text: str) -> Decision:
    return engine.assess(_comment(text))


def _rules(decision: Decision) -> set[str]:
    return {f.rule for f in decision.findings if f.clause == "4-7"}


class TestFlood:
    def test_third_copy_by_the_same_author_is_flooding(self, engine: Engine) -> None:
        """Without timestamps, one author's third identical comment (after folding) is 4-7."""
        stream = engine.stream()
        first = stream.assess(_comment("断水情報まとめ見て", cid="c1"))
        second = stream.assess(_comment("断水情報 まとめ 見て！", cid="c2"))
        third = stream.assess(_comment("断水情報まとめ、見て", cid="c3"))
        assert "4-7" not in first.clauses
        assert "4-7" not in second.clauses
        assert "tos.flood" in _rules(third)

    def test_same_text_by_another_author_is_not(self, engine: Engine) -> None:
        """Another author's identical text is judged on its own."""
        stream = engine.stream()
        stream.assess(_comment("いつ復旧しますか？", author="u1", cid="c1"))
        other = stream.assess(_comment("いつ復旧しますか？", author="u2", cid="c2"))
        assert "4-7" not in other.clauses

    def test_question_asked_again_in_other_words_is_not(self, engine: Engine) -> None:
        """A question repeated in other words after no answer is not flooding."""
        stream = engine.stream()
        stream.assess(_comment("給水車はどこに来ますか？", cid="c1"))
        again = stream.assess(_comment("給水車の場所、まだ分かりませんか？", cid="c2"))
        assert "4-7" not in again.clauses


class TestMentionsAndHashtags:
    def test_mass_mentions_are_4_7(self, engine: Engine) -> None:
        """Five or more @-mentions are 4-7."""
        text = "@kitami_news @hokkaido_pol @okhotsk_times @city_watch @local_hk 拡散して"
        assert "tos.mass_mention" in _rules(_assess(engine, text))

    def test_few_mentions_are_not(self, engine: Engine) -> None:
        """One or two mentions are ordinary."""
        assert not _rules(_assess(engine, "@kitamishi さん、いつもありがとうございます"))

    def test_hashtag_stuffing_is_4_7(self, engine: Engine) -> None:
        """A wall of hashtags is 4-7."""
        text = "#北見 #北海道 #断水 #水道 #拡散希望 #フォロー #相互 #いいね返し #グルメ"
        assert "tos.hashtag_stuffing" in _rules(_assess(engine, text))

    def test_a_few_hashtags_are_not(self, engine: Engine) -> None:
        """Two hashtags with a sentence are ordinary."""
        assert not _rules(_assess(engine, "今年も行きました！ #北見ぼんちまつり #北見"))


class TestLinks:
    @pytest.mark.parametrize(
        "text",
        [
            "詐欺の手口をまとめました bit.ly/3xKtm9Q",
            "花火の穴場スポットまとめ👉 tinyurl.com/kitami-hanabi23",
            "会見の全文書き起こしはこちら ｂｉｔ．ｌｙ／４ｋＭｅｅｔ",
            "入賞作品まとめ→ bit[.]ly/kitami-photo",
            "まとめはこちらhttps://t.co/AbCdEf",
            "詳しくはcutt.ly/abcで",
            "買うならここ amzn.to/3Kx9",
        ],
    )
    def test_shorteners_are_4_7(self, engine: Engine, text: str) -> None:
        """A URL shortener always makes 4-7, defanged or full-width too."""
        assert "tos.url_shortener" in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "気象庁の警報ページも確認しています https://www.jma.go.jp/bosai/warning/",
            "市のページに載ってました https://www.city.kitami.lg.jp/",
            "YouTubeのリンク、ここにも貼ってほしい",
            "写真は kitami_photo.jpg で送ればいいですか",
        ],
    )
    def test_ordinary_links_are_not(self, engine: Engine, text: str) -> None:
        """One ordinary link to a reputable site is not 4-7."""
        assert not _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "このアカウントは24時間以内に停止されます。下記リンクから異議申し立て https://instagram-appeal-center.net",
            "還付金の対象か今すぐ確認できます→ http://kitami-kanpu.info/check",
            "お荷物の配達に失敗しました。再配達の手続き→ https://jp-redelivery-post.com",
            "Verify your account within 24h: https://meta-verify-center.com",
            "ご当選おめでとうございます！受け取りはこちら https://gift-present.xyz/get",
            "掲載写真はこちらからログインしてダウンロード http://kitami-photo.jp-login.net",
            "公式はこちら https://faceb00k.com/kitami",
        ],
    )
    def test_phishing_is_4_7(self, engine: Engine, text: str) -> None:
        """Lures with a link and look-alike domains are phishing."""
        assert "tos.phishing" in _rules(_assess(engine, text))

    def test_phishing_lure_without_link_is_not(self, engine: Engine) -> None:
        """A warning about suspension scams, without a link, is not phishing."""
        text = "「アカウントが停止されます」というDMが来たら無視してください"
        assert "tos.phishing" not in _rules(_assess(engine, text))

    def test_bit_ly_is_always_found(self, engine: Engine) -> None:
        """bit.ly is found whatever stands around it."""

        @settings(max_examples=40)
        @given(
            path=st.from_regex(r"[A-Za-z0-9]{3,10}", fullmatch=True),
            before=st.sampled_from(["", "まとめ→ ", "詳しくは", "See "]),
            after=st.sampled_from(["", " です", "。見てね"]),
        )
        def check(path: str, before: str, after: str) -> None:
            text = f"{before}bit.ly/{path}{after}"
            assert "tos.url_shortener" in _rules(_assess(engine, text))

        check()

    def test_find_urls_reads_hosts(self) -> None:
        """find_urls gives each link's host in lower case."""
        assert [h for _, h, _ in find_urls("See HTTPS://Bit.Ly/x and www.city.kitami.lg.jp")] == [
            "bit.ly",
            "www.city.kitami.lg.jp",
        ]


class TestGiveawaysAndSales:
    @pytest.mark.parametrize(
        "text",
        [
            "【プレゼント企画】ペア券10組に当たる🎁 このアカウントをフォロー＆リポストで応募完了",
            "フォロー＆RTで現金10万円プレゼント！当選者にはDMします",
            "お金配ります！欲しい人はDMください",
        ],
    )
    def test_fake_giveaways_are_4_7(self, engine: Engine, text: str) -> None:
        """Money or prizes for a follow, a repost or a message are a fake giveaway."""
        assert "tos.fake_giveaway" in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "市のプレゼント企画、フォロー＆リポストで応募しました！当たりますように",
            "現金給付のお金配りはやめて除雪に使ってほしい",
        ],
    )
    def test_taking_part_or_criticising_is_not(self, engine: Engine, text: str) -> None:
        """Entering the city's campaign or criticising handouts is not a fake giveaway."""
        assert "tos.fake_giveaway" not in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "ｲﾝｽﾀのﾌｫﾛﾜｰ1000人 500円から！いいね増やしも対応✨",
            "フォロワー増やします、格安です",
            "Twitterアカウント売ります、フォロワー5000人",
            "垢販売してます",
        ],
    )
    def test_selling_followers_or_accounts_is_4_7(self, engine: Engine, text: str) -> None:
        """Selling followers, likes or accounts is 4-7."""
        assert "tos.account_sale" in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "市の公式アカウントのフォロワーを増やすには、もっと写真を載せるといいと思います",
            "いいね、販売開始が楽しみです",
            "フォロワーが1000人を超えたそうでおめでとうございます",
        ],
    )
    def test_talking_about_followers_is_not(self, engine: Engine, text: str) -> None:
        """Talking about followers is not selling them."""
        assert not _rules(_assess(engine, text))


# Held-out style phrasings: shorteners and redirectors however written, phishing lures and
# look-alike hosts, fake giveaways, mention and hashtag spam, follower and account sales; each
# with the ordinary links, warnings and campaign entries that must stay clean beside them.
_TOS_POSITIVES = [
    "除雪の予定表 h t t p s : / / x . g d / A b 3 K",
    "b i t . l y / kumakuma 熊の動画",
    "動画はこちら bit。ly/abc",
    "まとめ bit(.)ly/xyz",
    "詳しくは bit dot ly/abc",
    "こちら tinyurl.com/abc123",
    "見て→ is.gd/kuma",
    "まとめ j.mp/abc",
    "ここ見て ow.ly/abc",
    "申込 forms.gle/abcdef",
    "詳細 rebrand.ly/kitami",
    "動画 cutt.ly/abc",
    "リンク t.ly/abc",
    "こちら https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.com",
    "ここ https://example.com/redirect?url=https://evil.example",
    "スマホが速くなるよ→ http://speed-up-phone.download/free.apk",
    "無料アプリ http://kitami-app.net/setup.exe",
    "マイナポイントの受け取り期限が迫っています hxxps://mynaportal-point[.]top/login",
    "応募はこちら https://kitami-saiyou.jp-entry.com",
    "市の案内 https://city-kitami.lg-jp.com/info",
    "ログインはこちら http://192.168.3.4/login",
    "回線を停止します dcm-pay-check.com",
    "お荷物のお届けにあがりましたが持ち帰りました。再配達はこちら https://redeliver.click/jp",
    "アカウントが凍結されます。こちらから確認 https://secure-check.net",
    "ご当選おめでとうございます！受け取りはこちら https://gift-present.xyz/get",
    "料金の未払いがあります。お支払いはこちら https://pay-kitami.info",
    "不審なログインを検出しました https://account-check.info",
    "認証バッジの申請はこちら https://verify-badge.net",
    "ウイルスが検出されました。今すぐ対処 https://clean-phone.net",
    "還付金はこちら http://kanpu-kitami.net",
    "公式はこちら https://faceb00k.com/kitami",
    "https://instagrarn.com/login で確認",
    "給付金の申請はこちら https://kitami-kyufu.com",
    "このアカウントは24時間以内に停止されます。プロフのリンクから異議申し立て",
    "Amazonギフト券5000円分が当たる！いいね＆リプした人全員にプレゼント",
    "山の水族館の無料招待券をプレゼント！フォロー＆いいねで応募完了",
    "フォロー＆RTで現金10万円プレゼント",
    "お金配ります！欲しい人はDMください",
    "お年玉企画！フォローとRTで1万円",
    "抽選で10名様に現金プレゼント、フォローで応募",
    "PayPay配布中！フォローしてDMして",
    "@aa @bb @cc 拡散して",
    "@a1 @b2 @c3 @d4 @e5 見て",
    "@kitami_news @hokkaido_pol @okhotsk @city_watch @local_hk",
    "#相互フォロー #フォロバ100 #いいね返し #拡散希望 北見",
    "#北見 #北海道 #冬 #雪 #絶景 #旅行 #写真 #カメラ #japan",
    "#f4f #l4l #followme #instagood",
    "500円でフォロワー1000人増やします",
    "フォロワー1000人 300円",
    "インスタの収益化済みアカウント売ります",
    "垢譲渡します、フォロワー5000",
    "フォロワー付きアカウント販売中",
    "フォロワー爆増させます",
    "再生回数アップのお手伝いします",
    "登録者数を増やします、格安",
    "アカウント高価買取します",
    "buy followers はこちら",
    "フォロワー購入はこちら",
    "いいね売ります",
    "認証済みアカウント販売",
]
_TOS_NEGATIVES = [
    "気象庁の警報ページ https://www.jma.go.jp/bosai/warning/",
    "市のページに載ってました https://www.city.kitami.lg.jp/",
    "YouTubeのリンク、ここにも貼ってほしい",
    "写真は kitami_photo.jpg で送ればいいですか",
    "ありがとう。OK。Thanks",
    "「アカウントが停止されます」というDMが来たら無視してください",
    "還付金詐欺に注意してください",
    "不審なログインの通知が来て怖い",
    "市のプレゼント企画、フォロー＆リポストで応募しました！当たりますように",
    "現金給付のお金配りはやめて除雪に使ってほしい",
    "居酒屋のクーポン配布中、フォローで1杯無料",
    "@kitamishi さん、いつもありがとうございます",
    "@aa @bb 一緒に行こう",
    "@aa @bb @cc 今年も行こうね",
    "今年も行きました！ #北見ぼんちまつり #北見",
    "#北見 #冬 #雪 きれいでした",
    "市の公式アカウントのフォロワーを増やすには写真を載せるといい",
    "いいね、販売開始が楽しみです",
    "フォロワーが1000人を超えたそうでおめでとう",
    "フォローしました！プレゼント当たるといいな",
    "抽選結果はいつですか？",
    "プレゼント企画の応募方法を教えてください",
    "北海道新聞の記事 https://www.hokkaido-np.co.jp/article/123",
    "NHKのニュース https://www3.nhk.or.jp/news/",
    "Wikipediaに載ってる https://ja.wikipedia.org/wiki/北見市",
    "アプリはApp Storeで https://apps.apple.com/jp/app/id123",
    "市の広報 https://www.city.kitami.lg.jp/docs/2024/",
    "詐欺サイトに注意、URLは開かないで",
    "ログインできません、どうすればいいですか",
    "パスワードを忘れました",
    "荷物の再配達が遅い",
    "未払いの給食費の件",
    "アカウント削除の方法は？",
    "当選しました！ありがとうございます",
    "受け取りはいつからですか",
    "v1.2 にアップデートされた",
    "10.5℃でした",
    "午前9.00から",
    "3.11を忘れない",
    "メールは info@city.kitami.lg.jp へ",
    "ファイルは report.pdf です",
    "Ver.2の資料",
    "e.g. 除雪車",
    "水族館のサイト https://onneyu-aquarium.jp/",
    "北見市のYouTube https://www.youtube.com/@kitami",
    "Instagram https://www.instagram.com/kitamishi/",
    "お祭り情報 https://kitami-bonchi.jp/",
    "アカウント停止になった人いる？",
    "キャンペーンに応募しました",
    "抽選で当たるといいな",
    "フォロワーを増やしたいならもっと発信を",
    "いいねしました！",
    "登録者数すごいですね",
    "再生回数が伸びてますね",
    "市のアカウントを買い物情報にも使ってほしい",
    "#北見 よかった",
    "@someone さんの写真素敵",
    "q&aのページはありますか",
    "お金の使い方を考えて",
    "PayPayで払えますか",
]


class TestGeneralisation:
    @pytest.mark.parametrize("text", _TOS_POSITIVES)
    def test_families_of_spam_are_4_7(self, engine: Engine, text: str) -> None:
        """Each family of 4-7 phrasing is found."""
        assert "4-7" in _assess(engine, text).clauses

    @pytest.mark.parametrize("text", _TOS_NEGATIVES)
    def test_ordinary_links_and_talk_are_kept(self, engine: Engine, text: str) -> None:
        """Reputable links, warnings, campaign entries and talk about followers stay up."""
        assert "4-7" not in _assess(engine, text).clauses


class TestGiveawayFamilies:
    """A prize draw that sends readers to a link or asks for their address, or that tells the
    reader they have won: a fake giveaway. A participant's joy and a question are kept."""

    @pytest.mark.parametrize(
        "text",
        [
            "冬まつりの屋台チケットを先着100名様にプレゼント！下のリンクから応募してください",
            "玉ねぎ1箱無料プレゼントの当選者に選ばれました！DMで住所をお送りください",
            "おめでとうございます！ご当選されました。住所を教えてください",
            "抽選で10名様にギフト券、以下のリンクから応募してください",
            "当選おめでとうございます。DMで受け取り方法をお知らせします",
        ],
    )
    def test_fake_giveaway(self, engine: Engine, text: str) -> None:
        assert "tos.fake_giveaway" in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "市のプレゼントキャンペーンに応募しました！当たりますように",
            "先着100名様にプレゼントって本当ですか？",
            "ふるさと納税の返礼品、当選しましたってメールが来たけど詐欺かな",
            "当選者に選ばれましたってDMが来たけど怪しい",
            "子どもの誕生日に図書カードをプレゼントしました",
        ],
    )
    def test_not_a_giveaway(self, engine: Engine, text: str) -> None:
        assert "tos.fake_giveaway" not in _rules(_assess(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "献血協力者に1万円分のギフト券！応募はプロフのリンクから、フォローが条件です",
        "5000円分のアマギフをプレゼント、フォローするだけ！",
    ],
)
def test_gift_cards_for_a_follow_are_a_fake_giveaway(engine: Engine, text: str) -> None:
    """Gift cards worth an amount, for a follow or a profile visit, are a fake giveaway."""
    decision = _assess(engine, text)
    assert "tos.fake_giveaway" in _rules(decision)
    assert "4-6" not in decision.clauses


def test_a_shops_coupon_for_a_line_add_is_advertising(engine: Engine) -> None:
    """Points or a coupon for adding a shop's LINE are its incentive (4-6), not a giveaway."""
    decision = _assess(engine, "LINE追加で今だけ500円分のクーポン！副業紹介します")
    assert "tos.fake_giveaway" not in _rules(decision)


@pytest.mark.parametrize(
    "text", ["Facebookページ売ります。いいね1万件付き", "YouTubeチャンネル売ります。登録者付き"]
)
def test_pages_sold_with_their_audience(engine: Engine, text: str) -> None:
    """A page or a channel sold with its likes or subscribers is account trading (4-7)."""
    assert "4-7" in _assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "防災アプリ最新版（非公式）はここからインストール→ kitami-bousai-app.apk.download/get",
        "便利アプリはこちら→ setup-exe.xyz/get",
        "除雪情報アプリ→ josetsu-app.click/new",
    ],
)
def test_apps_from_cheap_or_program_hosts_are_malware_links(engine: Engine, text: str) -> None:
    assert "tos.phishing" in _rules(_assess(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "市の防災アプリはこちら https://www.city.kitami.lg.jp/bousai/app",
        "去年の花火の曲、mp3-free-dl.xyz/song/4412 で聴ける",
        "市の公式LINEはこちら→ lin.ee/kTmJsT",
    ],
)
def test_ordinary_app_and_line_links_from_citizens(engine: Engine, text: str) -> None:
    assert "tos.phishing" not in _rules(_assess(engine, text))


def test_a_line_link_from_a_look_alike_of_the_city_is_4_7(engine: Engine) -> None:
    """A LINE account to add, given under a fake official name, leads to the impersonator."""
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text="除雪のお知らせ")
    author = Author(id="u9", name="北見市公式LINE", handle="kitami_city_line")
    text = "市の公式LINEに登録すると除雪情報が届きます！登録はこちら→ lin.ee/kTmJsT"
    decision = engine.assess(Comment(id="c9", text=text, author=author, post=post))
    assert {"4-5", "4-7"} <= set(decision.clauses)


def test_follower_sales_are_not_piracy(engine: Engine) -> None:
    """ "300円で" holds "0円で"; a price is no free copy (4-6 and 4-7, not 4-3)."""
    text = (
        "インスタ伸ばしたい人向け！日本人フォロワー1,000人 800円、いいね100件 300円で販売中。"
        "即納・減少保証あり → プロフのリンクから"
    )
    clauses = set(_assess(engine, text).clauses)
    assert {"4-6", "4-7"} <= clauses
    assert "4-3" not in clauses
