"""Tests for kitami_policy.rules.impersonation (clause 4-5), read as CLAUSES.md reads it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitami_policy import KITAMI, Author, Comment, Post
from kitami_policy.engine import Engine
from kitami_policy.findings import Decision
from kitami_policy.rules.impersonation import edit_distance_within, skeleton
from kitami_policy.rules.impersonation.names import _disguised_marker


def _assess(
    engine: Engine,
    text: str = "パレード楽しかったです",
    *,
    name: str = "北見太郎",
    handle: str | None = "taro_k62",
    platform: str = "twitter",
) -> Decision:
    post = Post(id="p1", account=KITAMI.account_for(platform), text="北見ぼんちまつりの様子です")
    comment = Comment(
        id="c1", text=text, author=Author(id="u1", name=name, handle=handle), post=post
    )
    return engine.assess(comment)


def _rules(decision: Decision) -> set[str]:
    return {f.rule for f in decision.findings if f.clause == "4-5"}


class TestLookalikeAccount:
    @pytest.mark.parametrize(
        ("name", "handle"),
        [
            ("北見市役所【公式】", "kitamisiyakusyo_0fficial"),
            ("北見市役所 公式", "kitamishi_οfficial"),  # Greek omicron
            ("北見市役所", "kitamisiyakusy0"),
            ("北見市公式", "kitamisiyаkusyo_official"),  # Cyrillic а
            ("kitamisiyakusyo_official", "kitamisiyakusyo.officiall"),
            ("パレード情報", "kitamishiyakusho"),
            ("花子", "k1tam1siyakusyo"),
            ("Kitami City Official", "kc_info_2024"),
            ("北見市", "kitami_news_fan"),
            ("北見市 子育て支援課", "kitami_kosodate"),
        ],
    )
    def test_lookalikes_are_4_5(self, engine: Engine, name: str, handle: str) -> None:
        """A name or handle imitating the city's accounts is impersonation."""
        decision = _assess(engine, name=name, handle=handle)
        assert "impersonation.lookalike_account" in _rules(decision)
        assert "block_account" in {a.value for a in decision.actions}

    def test_evidence_points_into_the_author(self, engine: Engine) -> None:
        """Evidence about the name or handle says so in its source."""
        decision = _assess(engine, name="北見市役所【公式】", handle="kitamisiyakusyo_0fficial")
        sources = {f.source for f in decision.findings if f.clause == "4-5"}
        assert sources <= {"author_name", "author_handle"}

    @pytest.mark.parametrize(
        ("name", "handle", "platform"),
        [
            ("北見市", "@kitamisiyakusyo", "twitter"),
            ("北見市", "kitamishi", "facebook"),
            ("北見市役所", "kitamisiyakusyo_official", "instagram"),
        ],
    )
    def test_the_official_account_itself_is_not(
        self, engine: Engine, name: str, handle: str, platform: str
    ) -> None:
        """The official handle of the post's own platform is the city itself."""
        assert not _rules(_assess(engine, name=name, handle=handle, platform=platform))

    def test_official_handle_on_another_platform_is(self, engine: Engine) -> None:
        """An official handle registered on another platform is a look-alike there."""
        decision = _assess(engine, name="北見市", handle="kitamisiyakusyo", platform="facebook")
        assert "impersonation.lookalike_account" in _rules(decision)

    @pytest.mark.parametrize(
        ("name", "handle"),
        [
            ("北見市民", "kitami_shimin"),
            ("北見市在住の母", "mama_kitami"),
            ("北見太郎", "kitami_taro"),
            ("Kitami fan", "kitamin"),
            ("宮本 香織", "kaorimiy32"),
            ("kitamisan", None),
        ],
    )
    def test_citizens_are_not(self, engine: Engine, name: str, handle: str | None) -> None:
        """A citizen named after the town is not impersonating the city."""
        assert not _rules(_assess(engine, name=name, handle=handle))


class TestThirdPartyName:
    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("北海道警察 北見署", "被害の恐れがある方は、このアカウントにDMで連絡を"),
            ("Instagram サポートチーム", "このアカウントは停止されます"),
            ("Meta Business Support", "Your page violates our community standards."),
            ("LINEヤフー サポート", "ご利用のアカウントに不正ログインがありました"),
            (
                "北見芸術文化ホール チケットセンター",
                "こちらのアカウントで予約と振込先のご案内をしています",
            ),
            ("北見信用金庫 お客様相談窓口", "本人確認のため氏名と生年月日を送ってください"),
            ("北海道日報 報道部", "電話番号を添えてDMで送ってください"),
        ],
    )
    def test_offices_and_support_teams_are_4_5(self, engine: Engine, name: str, text: str) -> None:
        """A name posing as the police, a platform or an acting office is impersonation."""
        assert "4-5" in _assess(engine, text, name=name, handle="support_x1").clauses

    @pytest.mark.parametrize(
        ("name", "text"),
        [
            ("炭火ホルモン まる吉", "焼肉まつり楽しかったです！"),
            ("ぼんちまつりファン", "来年も楽しみにしています"),
            ("北見信用金庫の元職員", "パレードよかったですね"),
        ],
    )
    def test_names_that_only_talk_are_not(self, engine: Engine, name: str, text: str) -> None:
        """A shop or a fan that does not act as an office is not impersonating one."""
        assert "4-5" not in _assess(engine, text, name=name, handle="fan_12").clauses


class TestClaim:
    @pytest.mark.parametrize(
        "text",
        [
            "北見市役所の職員です、こちらで受付します",
            "北見市役所の人事課の者です。質問はこちらで回答します",
            "市長本人です。ご意見はDMでお願いします",
            "副市長です。会見の補足をここでさせていただきます",
            "北見市水道部の者です。リプで住所とお名前を書いてください",
            "運営事務局です。アカウント確認のため、こちらのリンクからログインしてください",
            "私は市役所秘書課の職員です。ご意見はこちらの返信で受け付けます",
            "実行委員会の者です！落とし物はこちらで預かってます",
            "Instagramサポートチームです。本人確認をお願いします",
            "こちら北見警察署です。被害に遭った方はDMをください",
            "北見市道路維持課 担当：新井 ０８０－２２１７－６６０５（直通）",
            "ｷﾀﾐｼﾔｸｼｮです、ご連絡ください",
            "北見市役所 の 職員 です 。 口座を教えてください",
            "Facebook運営事務局より重要なお知らせ：あなたのページは削除されます",
            "北見市長の田中です。ご意見はDMでお寄せください",
        ],
    )
    def test_claims_are_4_5(self, engine: Engine, text: str) -> None:
        """Text claiming to be the city, staff, the mayor, police or a platform is 4-5."""
        assert "impersonation.claim" in _rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "北見市民です。除雪ありがとうございます",
            "市役所の方が、来週には直ると言っていました",
            "最近は『北見市役所 福祉課』を名乗るショートメールも来てるらしいです",
            "「北見市役所です」と電話があったけど詐欺ですよね？",
            "悪いのは市長です",
            "担当は福祉課ですか？",
            "それは市長の責任です",
            "出身は北見市です",
            "元市職員ですが、この件は大変だと思います",
            "課題です、除雪は",
            "散歩が日課です",
            "北見市からのお知らせを見ました",
            "担当者です。いつもご利用ありがとうございます",
        ],
    )
    def test_citizens_and_quotes_are_not(self, engine: Engine, text: str) -> None:
        """A citizen being a citizen, quoting the city or blaming it is not impersonation."""
        assert "4-5" not in _assess(engine, text).clauses


class TestOtherUser:
    def test_handle_with_other_script_letters_is_4_5(self, engine: Engine) -> None:
        """A Latin handle with a Cyrillic look-alike letter poses as another user."""
        decision = _assess(
            engine, "こんな祭り二度と参加しない", name="渡部健二", handle="kenji_watabе"
        )
        assert "impersonation.other_user" in _rules(decision)

    def test_speaking_for_an_earlier_comment_in_a_stream(self, engine: Engine) -> None:
        """A first comment that speaks as the writer of an earlier comment is 4-5."""
        decision = _assess(engine, "先ほど質問した星野です。パレードは中止です")
        assert "4-5" in decision.clauses

    def test_own_follow_up_is_not(self, engine: Engine) -> None:
        """An author following up their own earlier comment is not impersonating anyone."""
        post = Post(id="p1", account=KITAMI.account_for("twitter"), text="お知らせ")
        author = Author(id="u7", name="星野なつみ", handle="natsumi_hoshino")
        stream = engine.stream()
        stream.assess(Comment(id="c1", text="パレードは何時からですか？", author=author, post=post))
        second = stream.assess(
            Comment(
                id="c2", text="先ほど質問した星野です。自己解決しました", author=author, post=post
            )
        )
        assert "4-5" not in second.clauses


class TestSkeleton:
    @given(st.from_regex(r"[a-z_]{1,20}", fullmatch=True))
    def test_distance_to_itself_is_zero(self, handle: str) -> None:
        """A skeleton is within distance zero of itself."""
        assert edit_distance_within(skeleton(handle), skeleton(handle), 2) == 0

    @given(st.text(alphabet="abcdefgh", max_size=12), st.text(alphabet="abcdefgh", max_size=12))
    def test_distance_is_symmetric(self, a: str, b: str) -> None:
        """The bounded edit distance does not depend on the order of its arguments."""
        assert edit_distance_within(a, b, 2) == edit_distance_within(b, a, 2)

    @pytest.mark.parametrize(
        "handle",
        [
            "kitamisiyakusyo",
            "KITAMISIYAKUSYO",
            "k1tamisiyakusy0",
            "kitamishiyakusho",
            "kitаmisiyakusyo",
        ],
    )
    def test_lookalikes_share_the_skeleton(self, handle: str) -> None:
        """Case, digits for letters, romanisation and other scripts fold to one skeleton."""
        assert skeleton(handle) == "kitamisiyakusyo"


# Held-out style phrasings: claims in every register, office, company and platform names,
# look-alike handles with every confusable, and posing as another commenter; each with the
# citizens, quotes and fans that must stay clean beside them. (text, display name, handle)
_IMPERSONATIONS = [
    (
        "北見市の広報担当の者です。感想はこちらへの返信でお寄せください",
        "池田ともこ",
        "tomoko_ikeda56",
    ),
    ("佐川急便です。お荷物の住所に不備があります sagawa-exp.top/kakunin", "佐藤", "sato_k"),
    ("【北見市人事課】応募はこちらのフォームからお願いします", "山田", "yamada_k"),
    ("［北見市役所］除雪の受付はこちら", "山田", "yamada_k"),
    ("市役所の職員だけど、この件は上に伝えておくね", "鈴木", "suzuki_k"),
    ("市役所で働いてる者です。その件は担当に確認します", "鈴木", "suzuki_k"),
    ("北見市役所の中の人です。DMください", "鈴木", "suzuki_k"),
    ("北見信用金庫です。口座の確認をお願いします", "鈴木", "suzuki_k"),
    ("北見警察署の者です。被害届はこちらへ", "鈴木", "suzuki_k"),
    ("消防署の者です。点検に伺います", "鈴木", "suzuki_k"),
    ("サポートチームです。本人確認をお願いします", "鈴木", "suzuki_k"),
    ("運営事務局です。規約違反の報告がありました", "鈴木", "suzuki_k"),
    ("事務局です。応募作品はDMで送ってください", "鈴木", "suzuki_k"),
    ("北見市長の田中です。ご意見はDMで", "鈴木", "suzuki_k"),
    ("市長本人です。本音はここで話します", "鈴木", "suzuki_k"),
    ("北見市福祉課の者です。給付金の受付をします", "鈴木", "suzuki_k"),
    ("こちら北見市役所です。口座番号を教えてください", "鈴木", "suzuki_k"),
    ("Instagramサポートチームです。ログインしてください", "鈴木", "suzuki_k"),
    ("LINE運営です。アカウント確認をお願いします", "鈴木", "suzuki_k"),
    ("このページの管理者です。質問はDMで", "鈴木", "suzuki_k"),
    (
        "ご利用料金の未払いがあります。回線を停止します dcm-pay-check.com",
        "ドコモお客様サポート",
        "docomo_support_center",
    ),
    ("再配達はこちら https://yamato-redeliver.click/jp", "ヤマト運輸", "yamato_delivery_info"),
    ("このページは48時間後に無効化されます。", "Meta for Business", "meta_business_support_2024"),
    (
        "1万円分のクーポンをプレゼント！受け取りはこちら→ bit.ly/7-coupon",
        "セブン-イレブン・ジャパン",
        "7eleven_jp_campaign",
    ),
    ("無料招待券をプレゼント！フォロー＆いいねで応募完了", "北見市 Kitami City", "kitami_city_jp"),
    ("除雪ありがとう", "市役所 広報課", "koho_x"),
    ("除雪ありがとう", "市民の声をきく課", "koe_x"),
    ("除雪ありがとう", "北見巿役所", "x_y"),
    ("除雪ありがとう", "北見市長", "mayor_x"),
    ("除雪ありがとう", "北見市役所 広報", "kitami_koho"),
    ("除雪ありがとう", "北見市公式", "abc_def"),
    ("除雪ありがとう", "花子", "kitamisiyakusyo_officiaI"),
    ("除雪ありがとう", "花子", "kitami_shiyakusho"),
    ("除雪ありがとう", "花子", "k1tamishi_0fficial"),
    ("除雪ありがとう", "花子", "kitami.city.official"),
    ("除雪ありがとう", "花子", "kitamishi_koho"),
    ("除雪ありがとう", "花子", "kitami_mayor"),
    ("除雪ありがとう", "花子", "kitamisiyakusyo2"),
    ("除雪ありがとう", "花子", "kitarnisiyakusyo"),
    ("除雪ありがとう", "KITAMI CITY OFFICIAL", "abc_12"),
    ("除雪ありがとう", "北海道警察", "police_x"),
    ("除雪ありがとう", "Instagram Support", "ig_help"),
    ("受付はこちら", "ぼんちまつり実行委員会事務局", "bonchi_x"),
    ("ぼんち祭りの受付は私がやってるので希望者はコメントください", "はなこ", "hanak0_kitami"),
    ("パレードよかった", "星野", "natsumi_h0shino"),
    ("こちらが本物の星野です。さっきのは偽物", "星野", "hoshino_n"),
    ("上のコメントを書いた者です。訂正します", "星野", "hoshino_n"),
    ("アカウントを移行しました。今後はこちらで", "星野", "hoshino_n"),
    ("本垢はこちらです", "星野", "hoshino_n"),
    ("先日の投稿を削除します", "星野", "hoshino_n"),
    ("こんな祭り二度と参加しない", "渡部健二", "kenji_watabе"),
    ("【北見市公式】イベント情報はこちら", "山田", "yamada_k"),
    ("北見市役所の人事課の者です。質問はこちらで回答します", "宮本", "miya_k"),
    ("市の担当者です。こちらで受付します", "宮本", "miya_k"),
    ("広報課の者です。写真をDMで送ってください", "宮本", "miya_k"),
    ("北見市役所です、ご連絡ください", "宮本", "miya_k"),
    ("市長の田中です。この件はDMで", "宮本", "miya_k"),
    ("道警です。被害に遭った方はDMを", "宮本", "miya_k"),
    ("カスタマーサポートです。アカウントを確認してください", "宮本", "miya_k"),
    ("北見市 子育て支援課の者です。申請はこちらへ", "宮本", "miya_k"),
]
_NOT_IMPERSONATIONS = [
    ("北見市民です。除雪ありがとうございます", "宮本", "miya_k"),
    ("市役所の方が来週には直ると言っていました", "宮本", "miya_k"),
    ("「北見市役所です」と電話があったけど詐欺ですよね？", "宮本", "miya_k"),
    ("悪いのは市長です", "宮本", "miya_k"),
    ("悪いのは市長だけど", "宮本", "miya_k"),
    ("担当は福祉課ですか？", "宮本", "miya_k"),
    ("出身は北見市です", "宮本", "miya_k"),
    ("元市職員ですが、この件は大変だと思います", "宮本", "miya_k"),
    ("散歩が日課です", "宮本", "miya_k"),
    ("北見市からのお知らせを見ました", "宮本", "miya_k"),
    ("ゆうちょ銀行を使ってます", "宮本", "miya_k"),
    ("佐川急便の配達員さんが親切でした", "宮本", "miya_k"),
    ("警察に相談しました", "宮本", "miya_k"),
    ("運営の方、ありがとうございました", "宮本", "miya_k"),
    ("除雪ありがとう", "北見市民", "kitami_shimin"),
    ("除雪ありがとう", "北見市役所ファン", "fan_x"),
    ("除雪ありがとう", "北見市在住の母", "mama_kitami"),
    ("除雪ありがとう", "宮本 香織", "kaorimiy32"),
    ("除雪ありがとう", "Kitami fan", "kitamin"),
    ("除雪ありがとう", "北見太郎", "kitami_taro"),
    ("除雪ありがとう", "ゆうこ", "yuko1991"),
    ("除雪ありがとう", "taro", "taro_k62"),
    ("除雪ありがとう", "元市役所職員", "ob_x"),
    ("除雪ありがとう", "市長応援団", "ouen_x"),
    ("除雪ありがとう", "炭火ホルモン まる吉", "marukichi"),
    ("焼肉まつり楽しかったです", "ぼんちまつりファン", "fan_12"),
    ("パレードよかったですね", "北見信用金庫の元職員", "fan_12"),
    ("(笑) 楽しかった", "宮本", "miya_k"),
    ("【感想】最高でした", "宮本", "miya_k"),
    ("先ほどの件、了解しました", "宮本", "miya_k"),
    ("上の方の意見に賛成です", "宮本", "miya_k"),
    ("本物の雪まつりを見たいです", "宮本", "miya_k"),
    ("昨日の投稿見ました", "宮本", "miya_k"),
    ("市役所の中の人って大変そう", "宮本", "miya_k"),
    ("消防署の方々お疲れさまです", "宮本", "miya_k"),
    ("市長の責任です", "宮本", "miya_k"),
    ("担当者です。いつもご利用ありがとうございます", "宮本", "miya_k"),
    ("課題です、除雪は", "宮本", "miya_k"),
    ("Amazonで買いました", "宮本", "miya_k"),
    ("北見市の職員さん、ありがとう", "宮本", "miya_k"),
    ("市の広報誌を読みました", "宮本", "miya_k"),
    ("郵便局で手続きしました", "宮本", "miya_k"),
    ("銀行の窓口が混んでた", "宮本", "miya_k"),
    ("除雪ありがとう", "Ken H.", "ken_h"),
    ("除雪ありがとう", "雪かき担当", "yukikaki_tantou"),
    ("除雪ありがとう", "中野 綾", "nakano_aya"),
    ("除雪ありがとう", "ねこ好きOL", "neko_ol"),
    ("除雪ありがとう", "コーヒー中毒", "coffee_chudoku"),
    ("除雪ありがとう", "北見のおっさん", "kitami_ossan"),
    ("除雪ありがとう", "yuki", "yuki2001"),
    ("除雪ありがとう", "sora", "sora_2010"),
    ("パレード楽しかったです", "北見市", "@kitamisiyakusyo"),
    ("北見市の広報を見て来ました", "宮本", "miya_k"),
    ("北見警察署の前が渋滞", "宮本", "miya_k"),
    ("LINEで友達に送りました", "宮本", "miya_k"),
    ("サポートセンターに電話したけど繋がらない", "宮本", "miya_k"),
    ("事務局の方お疲れさまでした", "宮本", "miya_k"),
    ("管理人さんいつもありがとう", "宮本", "miya_k"),
    ("市役所で働いてる友人が言ってた", "宮本", "miya_k"),
    ("偽物に注意って書いてあった", "宮本", "miya_k"),
]


class TestGeneralisation:
    @pytest.mark.parametrize(("text", "name", "handle"), _IMPERSONATIONS)
    def test_families_of_impersonation_are_4_5(
        self, engine: Engine, text: str, name: str, handle: str
    ) -> None:
        """Each family of 4-5 phrasing, name or handle is found."""
        assert "4-5" in _assess(engine, text, name=name, handle=handle).clauses

    @pytest.mark.parametrize(("text", "name", "handle"), _NOT_IMPERSONATIONS)
    def test_citizens_quotes_and_fans_are_kept(
        self, engine: Engine, text: str, name: str, handle: str
    ) -> None:
        """Citizens, quotes, fans and ordinary handles are not impersonation."""
        assert "4-5" not in _assess(engine, text, name=name, handle=handle).clauses


class TestThirdCorpusFamilies:
    """A secretary's voice, an earlier comment taken back, a capital I posing as l."""

    @pytest.mark.parametrize(
        ("text", "name", "handle"),
        [
            ("市長秘書の者です。窓口の件、市長も把握しております。", "Shota Murakami", "shota2004"),
            ("市長の秘書です。ご意見ありがとうございます。", "佐藤", "sato_k"),
            ("副市長秘書の田中です。ご連絡ください。", "田中", "tanaka77"),
            ("さっきのコメントは撤回します。写真展、正直つまらなかったです。", "みどり", "midori"),
            ("先ほどの投稿は削除しました。失礼しました", "星野", "hoshino_n"),
            ("Your account will be suspended.", "Instagram HeIp", "instagram_support_jp"),
            ("Verify your account now", "Facebook HeIp Center", "fb_center"),
        ],
    )
    def test_impersonation(self, engine: Engine, text: str, name: str, handle: str) -> None:
        assert "4-5" in _assess(engine, text, name=name, handle=handle).clauses

    @pytest.mark.parametrize(
        ("text", "name", "handle"),
        [
            ("市長秘書の対応が遅いと思います", "北見太郎", "taro_k62"),
            ("市長の秘書さんに聞いたら丁寧に教えてくれました", "北見太郎", "taro_k62"),
            ("秘書課に電話したらすぐ対応してくれた", "北見太郎", "taro_k62"),
            ("さっきのコメントは良い意見だと思う", "北見太郎", "taro_k62"),
            ("インスタで写真展の告知を見て来ました", "ReIko", "reiko_pics"),
            ("Instagramで見ました", "KaIto Instagram Fan", "kaito_fan"),
        ],
    )
    def test_not_impersonation(self, engine: Engine, text: str, name: str, handle: str) -> None:
        assert "4-5" not in _assess(engine, text, name=name, handle=handle).clauses


class TestOfficeNotices:
    """Speaking as an office, a facility or the organisers to collect data or money: a facility's
    name, a handle that hides an office's marker, a staff claim that acts, an office's notice."""

    @pytest.mark.parametrize(
        ("text", "name", "handle"),
        [
            (
                "献血にご協力いただいた方へ。検査結果は、このアカウントにお名前と生年月日を"
                "送っていただければお知らせします",
                "日本赤十字社 北海道",
                "jrc_hokkaido_kenketsu",
            ),
            (
                "ご来館ありがとうございます。記念品プレゼントの当選者には、こちらから個別に"
                "ご連絡します",
                "北見ハッカ記念館",
                "kitami_hakka_museurn",
            ),
            (
                "図書館司書です。延長時間帯の予約は、このコメント欄に氏名と利用者番号を"
                "書いていただければ承ります",
                "藤田航",
                "fujita_wataru",
            ),
            (
                "年間パスポートが半額のキャンペーン中！こちらのリンクからカード情報を入力してください",
                "山の水族館",
                "yamano_suizokukan_officiaI",
            ),
            ("今日も元気に泳いでました", "花子", "yamano_suizokukan_officiaI"),
            ("展示が新しくなりました", "花子", "kitami_hakka_museurn"),
            (
                "予約はこのアカウントに氏名と利用者番号を送ってください。折り返しご連絡します",
                "北見市立図書館",
                "kitami_library",
            ),
            (
                "観覧席の当選者の方へ。こちらのアカウントに住所と氏名をお送りください",
                "宮本",
                "miya_k",
            ),
            (
                "熱中症見舞金の申請を受け付けています。口座番号をこのアカウントに返信してください",
                "田中",
                "tanaka_k",
            ),
            (
                "水族館スタッフです。年間パスの申込はこのコメント欄に氏名と電話番号を書いてください",
                "佐藤",
                "sato_k",
            ),
            ("実行委員会の者です。出店料はこちらの口座にお振込みください", "鈴木", "suzuki_k"),
        ],
    )
    def test_speaking_as_an_office_is_4_5(
        self, engine: Engine, text: str, name: str, handle: str
    ) -> None:
        """An office's voice that collects data or money, or its disguised name, is 4-5."""
        assert "4-5" in _assess(engine, text, name=name, handle=handle).clauses

    @pytest.mark.parametrize(
        ("text", "name", "handle"),
        [
            ("図書館の予約はネットでもできて便利です。利用者番号が必要です", "宮本", "miya_k"),
            ("献血の結果はハガキでお知らせしますって受付で言われました", "宮本", "miya_k"),
            ("市のHPで観覧席の申込を受け付けています。氏名と住所が必要です", "宮本", "miya_k"),
            ("皆さんへ。不審なDMで口座番号を聞かれても答えないでください", "宮本", "miya_k"),
            (
                "財布を拾いました。持ち主の方へ、こちらにDMでお名前を教えてください",
                "宮本",
                "miya_k",
            ),
            ("図書館司書です。延長ありがたいです、仕事帰りに寄れます", "宮本", "miya_k"),
            ("給付金の申請はこちらで受付中ですか？", "宮本", "miya_k"),
            ("出品者の皆様へ、お疲れさまでした！", "宮本", "miya_k"),
            ("水族館好きです、また行きます", "水族館好き", "aqua_love"),
            ("年パス買いました！こちらから", "山の水族館ファン", "yamano_fan"),
            ("今日も元気に泳いでました", "Ichiro Sato", "ichiro_offIcial_fan"),
        ],
    )
    def test_citizens_finders_and_fans_are_not(
        self, engine: Engine, text: str, name: str, handle: str
    ) -> None:
        """Relaying an office, warning, a finder's note or a fan's name is not impersonation."""
        assert "4-5" not in _assess(engine, text, name=name, handle=handle).clauses

    @pytest.mark.parametrize(
        ("handle", "disguised"),
        [
            ("yamano_suizokukan_officiaI", True),
            ("kitami_hakka_museurn", True),
            ("tanno_shisho_0fficial", True),
            ("kitami_info_supp0rt", True),
            ("kitami_city_official", False),
            ("natsumi_h0shino", False),
            ("yuko1991", False),
            ("kaito_fan", False),
        ],
    )
    def test_a_marker_seen_only_once_look_alikes_are_undone(
        self, handle: str, disguised: bool
    ) -> None:
        """Only a marker that appears once look-alike letters are read as letters is hidden."""
        assert _disguised_marker(handle) is disguised
