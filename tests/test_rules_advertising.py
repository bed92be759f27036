"""Tests for the rules of clause 4-6, advertising (rules/advertising/), as CLAUSES.md reads it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Action, Author, Comment, Decision, Post
from kitami_policy.engine import Engine

FESTIVAL = "北見ぼんちまつりを開催します。露店も多数出店します。"
VOUCHER = "プレミアム付き商品券の販売を開始します。市内の参加店舗で使えます。"


def assess(engine: Engine, text: str, post_text: str = FESTIVAL) -> Decision:
    """Assess *text* as a Facebook comment on a post with *post_text*."""
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text=post_text)
    return engine.assess(Comment(id="c1", text=text, post=post))


def ad_rules(decision: Decision) -> set[str]:
    """The 4-6 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-6"}


class TestPromotion:
    """ad.promotion: selling and shop or product promotion for private gain."""

    @pytest.mark.parametrize(
        "text",
        [
            "当店で北見の玉ねぎを販売中です！",
            "今なら50%オフ",
            "今なら５０％ＯＦＦ！お早めに",
            "本日限定ｾｰﾙ、全品３割ｵﾌ",
            "ご購入はこちら",
            "お問い合わせはDMへ",
            "送料無料でお届けします",
            "浴衣レンタル始めました『きもの処 ゆかり』まつり割で20%オフ！",
            "不用品回収なら『エコサービス』！今ならLINE登録で10%OFF",
            "除雪機の格安レンタル受付、今ならネット予約で配送無料",
            "楽器の中古買取なら『サウンド北見』へ 査定無料、出張買取もOK",
            "チケット余ったので定価の3倍で譲ります。DMで",
            "フォロワー1万人のアカウント売ります、3万円〜",
            "クマ撃退スプレー在庫あり！当店でどうぞ→ https://kuma-spray.example.jp",
            "本物そっくりのコピー品を半額で売ってます",
            "偽造の免許証、作ります。本物と見分けつきません",
        ],
    )
    def test_selling_is_promotion(self, engine: Engine, text: str) -> None:
        """A sale with a seller, a price or a call to action is 4-6 whatever is sold."""
        decision = assess(engine, text)
        assert "4-6" in decision.clauses
        assert "ad.promotion" in ad_rules(decision)

    @pytest.mark.parametrize(
        "text",
        [
            "お祭りで駅前の屋台の焼きそばが美味しかった",
            "〇〇商店街の店も参加してほしい",
            "駅前の肉屋さんのブースのジンギスカン、最高でした。地元のお店がもっと出てほしい",
            "ごみ袋はどこで販売していますか？",
            "チケットのネット販売はないんですか？窓口まで行けない高齢者も多いと思います",
            "露店の出店料が高い、1区画5000円は高すぎる",
            "焼きそば500円でした、安くて美味しかった",
            "半額セールみたいでお得ですね、ありがとうございます",
            "屋台の割引券、詳しくは公式サイトで見られます",
            "ぼんちまつりの限定うちわ、去年は爆発的な人気ですぐなくなりました",
            "応募資格に『普通自動車免許』ってありますが、AT限定でも大丈夫ですか？",
            "チケット買いました！来年も行きます",
        ],
    )
    def test_mentioning_a_shop_or_event_is_not(self, engine: Engine, text: str) -> None:
        """A local shop or price mentioned while talking about the post is not advertising."""
        assert "4-6" not in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "プレミアム商品券は今なら市役所で買えますよ、詳しくは市のHPで",
            "商品券、どこで購入できますか？",
            "商品券の販売初日に行ったら売り切れでした。販売方法を見直してください",
            "メルカリで売ってる人がいました、転売禁止にしてほしい",
        ],
    )
    def test_the_citys_own_sale_is_not(self, engine: Engine, text: str) -> None:
        """Passing on or questioning the city's own sale is not promotion."""
        assert "4-6" not in assess(engine, text, VOUCHER).clauses

    def test_promotion_is_deleted(self, engine: Engine) -> None:
        """4-6 is a clause whose harm grows while the comment stays up: delete."""
        decision = assess(engine, "当店で北見の玉ねぎを販売中です！今なら送料無料")
        assert Action.DELETE in decision.actions
        assert not decision.needs_review


class TestSolicitation:
    """ad.solicitation: DM, LINE, profile-link and follow-for-follow solicitations."""

    @pytest.mark.parametrize(
        "text",
        [
            "DMください",
            "気になる人はＤＭください",
            "詳しくは ﾃﾞｨｰｴﾑ で🙏",
            "入会はＤ Ｍまで",
            "ご依頼は　Ｄ　Ｍ　で💌",
            "LINE追加して",
            "興味ある方はＬＩＮＥ追加してね",
            "詳しくは Ｌ・Ｉ・Ｎ・Ｅ で",
            "詳細はら\u200bいんで",
            "焼肉好きな人と繋がりたい、Ｌ Ｉ Ｎ Ｅ→ yakiniku_love77 追加してね",
            "プロフのリンクから",
            "詳しくはプロフ見てね",
            "相互フォローお願いします",
            "カーリング好きな人、相互フォローしましょう！フォロバ100%です",
            "ｆｏｌｌｏｗ４ｆｏｌｌｏｗ 祭り好きな人、相互しよ",
            "ｲﾝｽﾀで相互ﾌｫﾛｰしませんか",
            "欲しい人はテレグラムで",
        ],
    )
    def test_solicitation(self, engine: Engine, text: str) -> None:
        """Asking readers to DM, add a LINE account, read a profile or follow back is 4-6."""
        assert "ad.solicitation" in ad_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "DMで問い合わせても返事がないです",
            "市のアカウントにDMしても返事がない",
            "市の公式LINEで除雪情報も配信してほしい",
            "北見市のＬＩＮＥ公式アカウントを友達追加しました",
            "LINEで友達追加したら商品券の情報届きますか？",
            "インスタの公式アカウントもフォローしました",
            "プロフィール画像が北見の夕日で素敵",
            "バスの便を追加してください",
        ],
    )
    def test_talking_about_messages_is_not(self, engine: Engine, text: str) -> None:
        """Mentioning DMs, LINE or following without soliciting is not 4-6."""
        assert "4-6" not in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "フォトコンテストの応募期間を延長しました。詳しくはプロフィールのリンクから",
            "本日のパレードの写真、全部見たい人はこちらのアカウントをフォローしてね",
            "【プレゼント企画】ペアチケットが当たる🎁 フォロー＆DMで応募完了！",
        ],
    )
    def test_impersonators_and_giveaways_are_not_advertising(
        self, engine: Engine, text: str
    ) -> None:
        """A profile pointer without a sale (an impersonator's, a giveaway's) is not 4-6."""
        assert "4-6" not in assess(engine, text).clauses


class TestAffiliate:
    """ad.affiliate: affiliate links and referral or invitation codes."""

    @pytest.mark.parametrize(
        "text",
        [
            "https://amzn.to/3abcXYZ",
            "防災用の保存水、まとめ買いがお得！→ amzn.to/3Kx9Tq2",
            "Amazonで買えます https://www.amazon.co.jp/dp/B0C7KX2M9P/?tag=onion-kitami-22",
            "こちらから https://px.a8.net/svt/ejp?a8mat=XYZ",
            "紹介コード ABC123 で500円もらえる",
            "ポイント稼げるアプリ、紹介コードは Ｋ１Ｔ４Ｍ１",
            "招待コード入力で1000ポイントゲット",
            "私の紹介リンクから登録してね",
        ],
    )
    def test_affiliate(self, engine: Engine, text: str) -> None:
        """Affiliate links and referral codes with a reward are 4-6."""
        assert "ad.affiliate" in ad_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "イベントの招待コードが届きません",
            "気象庁の警報ページも併せて確認しています https://www.jma.go.jp/bosai/warning/",
            "紹介された店に行ってきました",
        ],
    )
    def test_not_affiliate(self, engine: Engine, text: str) -> None:
        """An ordinary link, or a code asked about, is not an affiliate pitch."""
        assert "4-6" not in assess(engine, text).clauses


class TestSideJob:
    """ad.side_job: side-job and easy-money pitches."""

    @pytest.mark.parametrize(
        "text",
        [
            "副業で月収100万",
            "【副業】スマホで1日5分、月収100万も夢じゃない！詳しくはプロフ見てね✨",
            "ふ く ぎ ょ う で月収１００万✨",
            "スマホだけで稼げる",
            "在宅で簡単に稼げます",
            "ｻﾞｲﾀｸﾜｰｸで月収３０万💰 楽に稼げます",
            "祭りの日だけで5万稼げる方法教えます！ 副 業 に 興 味 あ る 人 は 連 絡 を",
            "確実に稼げる方法あります✨ 私のノウハウはプロフへ",
            "日給5万、荷物受け取るだけの簡単なお仕事",
            "子育て中のママさん、在宅で月30万稼げるお仕事紹介してます",
        ],
    )
    def test_side_job(self, engine: Engine, text: str) -> None:
        """An easy-money pitch is 4-6."""
        assert "ad.side_job" in ad_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "職員が副業で稼いでいるのはおかしい",
            "市長の月収100万は高すぎる",
            "保育料が月3万円は高すぎます",
            "市の職員募集、在宅ワークもあるんですか？",
            "闇バイトの勧誘に注意してください、簡単に稼げる話は詐欺です",
            "観光で稼げる町にしてほしい",
        ],
    )
    def test_money_talk_is_not(self, engine: Engine, text: str) -> None:
        """Complaints about pay, questions and warnings are not pitches."""
        assert "4-6" not in assess(engine, text).clauses


class TestInvestment:
    """ad.investment: investment and crypto pitches."""

    @pytest.mark.parametrize(
        "text",
        [
            "仮想通貨で資産倍増",
            "FXで稼ぐ方法教えます",
            "ＦＸで月50万",
            "投資グループに招待します",
            "今買えば確実に10倍になる銘柄、LINEで教えます",
            "元本保証で利回り10%",
            "ビットコインで稼ぎたい方はDMください",
        ],
    )
    def test_investment(self, engine: Engine, text: str) -> None:
        """A promise of investment gains with a pitch is 4-6."""
        assert "ad.investment" in ad_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "投資詐欺に注意してください、必ず儲かる話はありません",
            "市の予算でインフラ投資をして利益を出すべき",
            "投資とか仮想通貨より、こういう地元の経済対策が大事",
            "株式会社〇〇の店舗でも使えますか？",
        ],
    )
    def test_budget_talk_and_warnings_are_not(self, engine: Engine, text: str) -> None:
        """The city's budget and fraud warnings are not investment pitches."""
        assert "4-6" not in assess(engine, text).clauses


class TestMeetings:
    """Where 4-6 meets the other clauses."""

    def test_an_ad_is_not_also_off_topic(self, engine: Engine) -> None:
        """An advertisement gets its own clause, never also 4-8."""
        decision = assess(engine, "推しのライブ帰り！ちなみに副業で月収100万、DMください")
        assert "4-6" in decision.clauses
        assert "4-8" not in decision.clauses

    def test_evidence_points_into_the_original_text(self, engine: Engine) -> None:
        """Spans of a folded match cover the original, full-width characters."""
        text = "気になる人はＤＭください"
        decision = assess(engine, text)
        (finding,) = [f for f in decision.findings if f.rule == "ad.solicitation"]
        span = finding.spans[0]
        assert text[span.start : span.end] == "ＤＭください"

    def test_a_line_id_never_appears_in_the_excerpt(self, engine: Engine) -> None:
        """A LINE id given in the comment is a contact detail: the excerpt masks it."""
        decision = assess(engine, "繋がりたい人は Ｌ Ｉ Ｎ Ｅ→ yakiniku_love77 追加してね")
        (finding,) = [f for f in decision.findings if f.rule == "ad.solicitation"]
        assert "yakiniku" not in finding.excerpt
        assert "77" not in finding.excerpt


class TestWiderPromotion:
    """Every kind of private promotion and contact channel, and the innocent talk beside it."""

    @pytest.mark.parametrize(
        "text",
        [
            "YouTubeでチャンネル始めました！チャンネル登録お願いします🙏",
            "北見の雪景色を毎日配信中、ﾁｬﾝﾈﾙ登録よろしく！",
            "今夜21時からライブ配信します、遊びに来てね",
            "ツイキャスで雑談配信中、見に来てください",
            "フォロワー募集中です！フォローしてくれたら100%フォロバします",
            "相互フォローしてくれる人募集、いいねもします",
            "インスタ始めました、フォローお願いします🙇 @kitami_nail_room",
            "フォロー&いいね返しするので仲良くしてください",
            "整体院を開業しました。初回半額キャンペーン中、ご予約はホットペッパーから",
            "肩こり腰痛でお悩みの方、当院の骨盤矯正をぜひ。初回3980円",
            "脱毛サロン新規オープン！全身脱毛が今月だけ9800円",
            "まつエク・ネイルのご予約受付中です。ご新規様20%OFF",
            "占い師です。恋愛・仕事のお悩み鑑定します、初回無料なのでDMへ",
            "あなたの運勢を霊視します。詳しくはプロフから",
            "不用品回収いたします！即日対応、見積もり無料 090で始まるお電話でも",
            "遺品整理・不用品の出張買取、お気軽にご相談ください",
            "便利屋やってます。雪下ろし・除雪なんでも承ります、お問い合わせはLINEで",
            "ハウスクリーニングのモニター募集中！先着5名様限定",
            "婚活パーティー開催します！北見在住の独身の方、参加者募集中💍",
            "素敵な出会いを探している方、マッチングアプリ紹介します",
            "寂しい夜はここで出会えるよ💕 プロフのリンクから",
            "ネットワークビジネスで人生変わりました。一緒に権利収入を得ませんか",
            "MLMじゃないです！本当に良い商品なので話だけでも聞いてください",
            "情報商材の案内です。1日10分で月30万の秘密を公開中",
            "オンラインサロンのメンバー募集中、月額980円",
            "主婦でもできる在宅ワーク、詳細はインスタのハイライトへ",
            "仮想通貨の自動売買で毎月プラス、気になる方はDMどうぞ",
            "ＦＸのシグナル無料配布中💹 公式ラインから受け取ってね",
            "投資初心者さん大歓迎、利益が出る方法を教えます。カカオでご連絡を",
            "ビットコインで爆益🚀 詳細はテレグラム",
            "株で資産を増やしたい人はディスコードのサーバーに参加して",
            "手作りアクセサリー販売してます、minneで検索してください",
            "ハンドメイドのマスク、1枚500円で作ってます。欲しい方コメントください",
            "北見の玉ねぎ直送します！10kg2500円、注文はDMで",
            "自家製の干し芋、通販始めました。ご注文お待ちしております",
            "新商品のハッカ石鹸が入荷しました！お近くの方はぜひ当店へ",
            "オープン記念で全品10%オフ、ぜひお越しください！場所はプロフに",
            "ラーメン屋です、まつり期間中はトッピング無料なので来てね",
            "焼肉まつりの後は当店で二次会どうぞ！飲み放題2時間3000円",
            "ウォーターサーバーが今なら無料でお試しできます",
            "お得なクーポン配布中🎫 詳しくはうちの公式LINEで",
            "まつりの写真撮ります📸 出張撮影1時間5000円〜、依頼はDMまで",
            "英会話レッスンの生徒募集中、体験レッスン無料です",
            "ピアノ教室の生徒さん募集しています、お気軽にお問い合わせください",
            "北見で家を買うなら〇〇不動産へ。無料相談受付中",
            "保険の見直し無料でやります、連絡ください",
            "光回線の乗り換えで3万円キャッシュバック！申込はこちら",
            "このサプリで10kg痩せました、購入はプロフのURLから",
            "稼ぎたい人はメッセージください、簡単な作業です",
            "月5万円のお小遣い稼ぎ、興味ある人いませんか？",
            "誰でもできるお仕事で日給2万、気になる人はインスタのDMに",
            "ｗｅｂで稼ぐ方法教えます、コメントに「興味あり」と書いてね",
            "公式LINE追加で500円クーポンプレゼント中！",
            "Discordで仲間募集中、招待リンクはプロフ",
            "カカオIDはkitami77です、連絡待ってます",
            "Telegramで詳細送ります",
            "WeChatで連絡してね、安く売ります",
            "新作のキャンドルを販売中です。ご購入はBASEのショップから",
            "お花見用のオードブル予約受付中！配達もします",
            "北見ラーメンのお店やってます、ぜひ一度食べに来てください",
            "まつり会場近くで駐車場貸します、1日1000円、連絡ください",
            "中古の除雪機売ります、状態良好、5万円で",
            "タイヤ交換やります、1台2000円、気軽に声かけてね",
            "同じ悩みを持つ方、私のブログで解決法紹介してます→リンクはプロフに",
            "副業の相談に乗ります。月10万稼げるようになった方法、気になる人はDM",
        ],
    )
    def test_private_promotion(self, engine: Engine, text: str) -> None:
        """Shops, services, channels, follow requests, side jobs and pitches are 4-6."""
        assert "4-6" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "露店の焼きそば、値段が500円で安くて美味しかったです",
            "屋台の価格がちょっと高すぎる気がします。もう少し安くしてほしい",
            "チケットの販売はいつからですか？",
            "チケット購入しました！楽しみです",
            "プレミアム商品券、30%お得なので今年も購入しました",
            "市のクーポンが使えるお店の一覧はどこで見られますか？",
            "駅前のお店で限定メニューを食べました、美味しかった",
            "予約しようとしたら電話がつながりませんでした。予約方法を増やしてください",
            "無料のシャトルバスがありがたかったです",
            "割引券をもらったので家族で行ってきました",
            "限定グッズが売り切れてて残念でした、追加販売してほしい",
            "フォトコンテストに応募しました！",
            "申込期限に間に合いませんでした、延長はありますか",
            "市のLINEに友達登録しておくと除雪情報が届いて便利ですよ",
            "市公式インスタもフォローしてます、いつも見てます",
            "詳しくは市のホームページに載っていますよ",
            "市の広報に「先着100名様に記念品プレゼント」と書いてありました",
            "転売されてるチケットがメルカリで高額になってる、対策してほしい",
            "商店街のお店が閉店ばかりで寂しい。新しいお店が増えてほしい",
            "新しくできたパン屋さん、行列でした",
            "地元のお店を応援したいので、出店者の一覧を載せてもらえませんか",
            "ふるさと納税の返礼品で北見の玉ねぎを買いました、最高",
            "玉ねぎはどこで購入できますか？通販はありますか？",
            "道の駅で玉ねぎ1箱1500円でした、安い！",
            "給付金の申請はいつまでですか",
            "子ども医療費が無料になるのは本当に助かります",
            "ゴミ袋の値段が高いです。値下げしてください",
            "公式YouTubeのチャンネル登録しました！",
            "市長の会見、ライブ配信で見ました",
            "整体に通っているけど雪かきでまた腰を痛めた",
            "占いより天気予報の方が当たってほしい",
            "婚活イベントを市でやってほしいです、若い人が減ってるので",
            "インスタで見て参加しました、とても良いイベントでした",
            "投資詐欺の被害が増えています、DMで儲け話が来ても無視しましょう",
            "副業禁止の職員が店をやってるって本当ですか",
            "まつりの写真はインスタにたくさん上がってますね",
            "ご予約はお早めに、と書いてあったので急いで予約しました",
            "会場近くの駐車場は1日1000円でした",
            "割引とかクーポンより、ごみ収集の回数を増やしてほしい",
            "この店の社長は市長の友人だからって優遇されてない？",
            "先着順で配布される記念品、何時から並べばいいですか",
            "北見の玉ねぎを全国に販売してもっとPRしてほしい",
            "ボランティア募集のページ、リンクが切れてました",
            "市民オーケストラのチケット、窓口で買えました！1000円は安い",
            "体験レッスンが無料と聞いたのですが、市の教室ですか？",
            "フォローしてます、これからも情報発信お願いします",
            "出店料が高いから地元の小さいお店が出られない",
            "除雪機のレンタル補助とかないんですか",
            "キャンペーンの応募方法がわかりにくいです",
            "チャンネル登録者数が少ないのはPRが足りないからでは",
            "LINEで問い合わせたら丁寧に返事をもらえました",
            "市の公式LINEを友達追加すると抽選で商品券が当たるそうです",
            "地元の焼肉屋さんが出店してて、炭火ホルモンが最高でした",
            "お店の人がとても親切でした、また行きたいです",
            "ネットで予約できるようにしてください",
            "オープンしたばかりのカフェが会場の近くにありますね",
            "この商品券で買えるお店をもっと増やしてほしい",
            "中古の除雪機を買ったけど調子が悪い",
            "去年は半額セールで買えたのに今年はなかった",
            "DMで問い合わせましたが返信がありません",
        ],
    )
    def test_citizens_talking_of_prices_shops_and_events(self, engine: Engine, text: str) -> None:
        """Prices, shops, bookings, coupons and the city's offers told by a citizen are not 4-6."""
        assert "4-6" not in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "北見市役所の職員です。還付金の手続きはこのアカウントにDMください",
            "北見市危機対策課です。目撃情報の詳細は、このアカウントへのDMでお寄せください",
            "事務局です。応募作品はこちらのアカウントにDMで送ってください",
            "子育て支援課です。個別の申請はLINEで友達追加してご連絡ください",
            "北見市公式です。最新情報はプロフィールのリンクからご確認ください",
            "【プレゼント企画】フォロー＆RTで抽選で10名様に商品券1万円分が当たる！当選者にはDMします",
            "フォロワー限定キャンペーン🎁 いいねとフォローで玉ねぎプレゼント、当選はDMで",
            "このアカウントは凍結されます。解除はこちらから https://x-help-center.net",
            "還付金が受け取れます、今すぐこちらから手続きを http://kitami-kanpu.info",
            "無料で全話読める漫画サイトあるよ、リンクはプロフに",
            "有名カメラマンの写真集PDF、無料で配ってます。欲しい人はDMして",
            "大麻売るのが一番儲かる。誰か一緒にやらない？",
            "市長選では〇〇候補に投票をお願いします、詳しくはプロフのリンクから",
            "落とし物の財布を拾いました、心当たりのある方はDMください",
            "迷子の猫を探しています、見かけた方はDMください",
        ],
    )
    def test_other_purposes_are_not_advertising(self, engine: Engine, text: str) -> None:
        """Impersonators, giveaways, phishing, piracy, campaigns and lost-and-found are not 4-6."""
        assert "4-6" not in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "オホーツク産のホタテ、今ならセール中で20%オフ",
            "任せる、見せる、させる、どれもセールではありません",
            "プラスチックの分別、詳しくは市のホームページへ",
            "猫飼ってる人いますか？おすすめのキャットフード教えて",
        ],
    )
    def test_folded_traps(self, engine: Engine, text: str) -> None:
        """Words that fold short (セール → せる, カカオ → かお) fire only in their own sense."""
        expected = text.startswith("オホーツク")
        assert ("4-6" in assess(engine, text).clauses) is expected


INNOCENT = st.sampled_from(
    [
        "",
        "行ってきました！",
        "北見の夏はいいですね。",
        "除雪いつもありがとうございます。",
        "来年も楽しみです😊 ",
    ]
)


class TestProperties:
    """Properties that hold whatever surrounds the evidence."""

    @settings(max_examples=40, deadline=None)
    @given(before=INNOCENT, after=INNOCENT)
    def test_innocent_text_around_never_hides_a_solicitation(
        self, engine: Engine, before: str, after: str
    ) -> None:
        """Innocent sentences around "DMください" never change the finding."""
        assert "ad.solicitation" in ad_rules(assess(engine, before + "DMください" + after))

    @settings(max_examples=40, deadline=None)
    @given(before=INNOCENT, after=INNOCENT)
    def test_innocent_text_alone_is_never_an_ad(
        self, engine: Engine, before: str, after: str
    ) -> None:
        """The innocent sentences themselves are never advertising."""
        assert "4-6" not in assess(engine, before + after or "👍").clauses

    @settings(max_examples=40, deadline=None)
    @given(
        percent=st.integers(min_value=5, max_value=90),
        width=st.sampled_from(["half", "full"]),
    )
    def test_any_discount_with_now_is_promotion(
        self, engine: Engine, percent: int, width: str
    ) -> None:
        """ "今なら N%オフ" is promotion whatever N and whichever digit width."""
        number = str(percent)
        if width == "full":
            number = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        assert "ad.promotion" in ad_rules(assess(engine, f"今なら{number}%オフ"))


class TestOfficeVoiceAndIllicitSales:
    """An office's voice asking for a DM is impersonation (4-5), not advertising; a paid
    visit, prescription drugs or copies handed over are sales."""

    @pytest.mark.parametrize(
        "text",
        [
            "本件のお問い合わせはDMでお願いいたします。担当者よりご連絡します。",
            "ご意見は当課の担当者が個別に伺います。DMでご連絡ください。",
            "このクマ出没の件、取材させてください。DMで連絡先をお願いします。",
            "収集日変更に伴い、新しい指定袋の購入はこちらから",
            "指定ごみ袋はどこで購入できますか",
            "本件について担当者の方からDMをいただきました。ありがとうございます",
        ],
    )
    def test_not_advertising(self, engine: Engine, text: str) -> None:
        assert "4-6" not in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "火災予防運動に伴い各家庭の消火器点検にお伺いします。点検費用は5000円です。",
            "ご自宅にお伺いします。点検費用は3000円から",
            "睡眠薬、処方箋なしで譲ります。子どもが寝ない時に",
            "処方箋不要で安定剤お売りします",
            "ヴィトンのコピー財布、駐車場で手渡しします",
            "ブランドのスーパーコピー、手渡し可、DMください",
            "銀行口座売ります。1口座3万円",
        ],
    )
    def test_advertising(self, engine: Engine, text: str) -> None:
        assert "4-6" in assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "明日市役所にお伺いします。ご連絡ください",
        "消火器の点検っていくらですか",
        "点検に来た業者さん、丁寧でした",
        "担当者がご自宅にお伺いして説明すると言われました",
    ],
)
def test_visits_told_by_citizens_are_not_advertising(engine: Engine, text: str) -> None:
    """A citizen visiting an office, asking a price or telling of a visit sells nothing."""
    assert "4-6" not in assess(engine, text).clauses


def assess_by(engine: Engine, text: str, name: str, handle: str, post_text: str) -> Decision:
    """Assess *text* by a named author on a post with *post_text*."""
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text=post_text)
    author = Author(id="u1", name=name, handle=handle)
    return engine.assess(Comment(id="c1", text=text, post=post, author=author))


HEAT = "【熱中症に注意】明日の北見の最高気温は33℃の予想です。"
FLOWERS = "市民ボランティアの皆さんが花の植え付けを行いました。"


class TestImpersonatorsNotices:
    """CLAUSES.md "Where clauses meet": one who poses as an office and asks for a fee, a
    payment or a click is 4-5; only one who also sells goods or a service is 4-6 as well."""

    @pytest.mark.parametrize(
        ("text", "name", "handle", "post_text"),
        [
            (
                "熱中症対策の給付金（1世帯1万円）の申請を受付中です。プロフのリンクからどうぞ",
                "北見市役所 防災",
                "kitamisiyakusyo_b0usai",
                HEAT,
            ),
            (
                "次回ボランティアの参加登録はこちらで受付中。参加費1,000円を事前にお振込みください",
                "端野総合支所 地域振興課",
                "tanno_shisho_official",
                FLOWERS,
            ),
            (
                "出品者の皆様へ。出品料の振込先が変更になりました。新しい口座はDMでお知らせします",
                "北見菊まつり実行委員会",
                "kitami_kikumatsuri_jikkou",
                FESTIVAL,
            ),
            (
                "年間パスポートが半額のキャンペーン中！こちらのリンクからカード情報を入力してください",
                "山の水族館",
                "yamano_suizokukan_officiaI",
                FESTIVAL,
            ),
        ],
    )
    def test_an_impersonators_notice_is_4_5_only(
        self, engine: Engine, text: str, name: str, handle: str, post_text: str
    ) -> None:
        """A fee, a payment or a discount asked in an office's name is impersonation only."""
        decision = assess_by(engine, text, name, handle, post_text)
        assert "4-5" in decision.clauses
        assert "4-6" not in decision.clauses

    def test_an_impersonator_who_sells_a_service_is_both(self, engine: Engine) -> None:
        """Posing as the fire department to sell an inspection is 4-5 and 4-6."""
        text = "火災予防運動に伴い各家庭の消火器点検にお伺いします。点検費用は5000円です。"
        decision = assess_by(engine, text, "北見市消防本部", "kitami_fire_dept", FESTIVAL)
        assert {"4-5", "4-6"} <= set(decision.clauses)

    def test_a_citizen_selling_is_not_an_office(self, engine: Engine) -> None:
        """The same discount and link from an ordinary author stays advertising."""
        text = "年間パスポートが半額のキャンペーン中！こちらのリンクからどうぞ"
        assert "4-6" in assess_by(engine, text, "宮本", "miya_k", FESTIVAL).clauses


class TestCasualSales:
    """Selling is 4-6 whatever is sold, in casual speech too (CLAUSES.md)."""

    @pytest.mark.parametrize(
        "text",
        [
            "献血より稼げる治験バイトあります💉 ﾌﾟﾛﾌのQRから登録してね",
            "ハッカ記念館のロゴ入りTシャツ、勝手に作って売ってます。公式より安いよ",
            "ハッカもいいけど、もっと気持ちよくなれる白い粉もありまーす❄ 欲しい人は連絡ちょうだい",
            "菊人形の写真で非公式グッズ作って売ってます。バレないよ",
            "ミツリョウしたホタテ、安く売ってあげる。夜に港まで来て",
            "偽のマイナンバーカード作れるよ。顔写真送ってくれたら3日で届ける",
            "手作りのハッカ石鹸、安く売ってあげるよ。欲しい人はDMで",
            "合法ハーブあります。欲しい人は連絡ちょうだい",
            "コスプレ衣装作ってます、オーダー受付中です",
            "献血なんかより稼げるバイト紹介するよ、DMして",
        ],
    )
    def test_selling_in_casual_speech(self, engine: Engine, text: str) -> None:
        """An offer to sell, make or hand over, with a price or a way to get it, is 4-6."""
        assert "4-6" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "ハッカ記念館の売店で、ハッカ油も売ってます。お土産におすすめ",
            "駅前のお店でホタテが安く売ってました",
            "公式より安いサイトは偽物なので注意してください",
            "記念館のTシャツ、公式ショップで買えますか？",
            "白い粉みたいな雪が降ってきた、見に来てね",
            "ホタテ、スーパーより漁協の直売所の方が安いよ",
            "図書館で本を借りるのは無料だから本屋より安いよ",
        ],
    )
    def test_citizens_telling_where_things_are_sold(self, engine: Engine, text: str) -> None:
        """Where a thing is sold, how cheap it was, or a customer's question sells nothing."""
        assert "4-6" not in assess(engine, text).clauses


ILLUMI = "【きたみ冬のイルミネーション】北見駅南口一帯で約20万球のイルミネーションが点灯中です。"


@pytest.mark.parametrize(
    "text",
    [
        "ブランドのｽｰﾊﾟｰｺﾋﾟｰを格安で。本物と見分けつきません",
        "モンクレのダウン、Ｎ級コピー品あります。本物の5分の1の値段",
        "駅前のバー『ルミエール』、このコメントを見せたらドリンク1杯無料！当店へどうぞ",
        "この水素水で血圧も糖尿も治りました。購入は下のリンクから → suiso-life . shop",
        "フォロワー1,000人を980円で増やせます",
    ],
)
def test_new_sales_families(engine: Engine, text: str) -> None:
    """Counterfeits on offer, a coupon, a cure with a shop link and followers sold are 4-6."""
    assert "4-6" in assess(engine, text, ILLUMI).clauses


@pytest.mark.parametrize(
    "text",
    [
        "スーパーコピーの販売に注意してください",
        "本物の5分の1の値段で買えるって詐欺でしょ",
        "この薬で治りました、購入は薬局で",
        "このお茶で血圧が下がった気がします",
        "有料配信の試合、全試合ミラー配信してるとこ見つけた → curling-live-mirror.net",
        "動画を丸ごとダウンロードして再アップしたやつ ↓ tiktok.com/@onion_kirinuki",
        "給水所で水を転売してたやつ、晒しとく。LINE IDは taku_kitami88",
        "断水の補償金（1世帯5,000円）の受け取りはこちら → kitami-suido-hosho.net/apply",
    ],
)
def test_not_advertising(engine: Engine, text: str) -> None:
    """Warnings, a customer's word, piracy shared, exposure and a fake payout are not ads."""
    assert "4-6" not in assess(engine, text, ILLUMI).clauses


class TestImpersonatorsWhoSell:
    """An office's impersonator who hands over goods or prices a service is 4-5 and 4-6."""

    @pytest.mark.parametrize(
        ("text", "name", "handle"),
        [
            (
                "【公式】採用試験の過去問題集を特別価格でお分けします。ご希望の方はDMへ",
                "北見市 職員課",
                "kitami_shokuin_official",
            ),
            (
                "各ご家庭の消火器の点検・交換を行っています。交換費用は1本8,000円です。ご予約はDMで",
                "北見市消防本部",
                "kitami_fire_dept",
            ),
            (
                "除雪の優先依頼は1回3,000円で承ります。お支払いはPayPayでお願いします。",
                "北見市 除雪センター",
                "kitami_josetsu_center",
            ),
        ],
    )
    def test_both(self, engine: Engine, text: str, name: str, handle: str) -> None:
        decision = assess_by(engine, text, name, handle, FESTIVAL)
        assert {"4-5", "4-6"} <= set(decision.clauses)

    @pytest.mark.parametrize(
        "text",
        [
            "除雪の優先依頼ってできますか？",
            "交換費用は誰が払うんですか？市で負担してほしい",
            "消火器の交換費用、1本8000円って高すぎない？",
            "スーパーコピーの財布を買ってしまった、後悔してる",
        ],
    )
    def test_citizens_asking_or_complaining_sell_nothing(self, engine: Engine, text: str) -> None:
        assert "4-6" not in assess(engine, text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "ｽｰﾊﾟｰｺﾋﾟｰの財布、還付金入ったら買って！ブランド全種類あり→ super-copy-jp[.]shop",
        "偽ブランドのバッグ、全種類在庫あり。欲しかったら買ってね",
    ],
)
def test_counterfeits_pitched_are_advertising(engine: Engine, text: str) -> None:
    """A refund to spend is no payout: the counterfeit pitch is 4-6 (with 4-3), not 4-7."""
    clauses = set(assess(engine, text).clauses)
    assert {"4-3", "4-6"} <= clauses
    assert "4-7" not in clauses


def test_a_scanned_book_shared_through_the_profile_is_no_advertising(engine: Engine) -> None:
    """Sharing pirated pages for nothing is 4-3, not a sale."""
    text = (
        "公務員試験の有料問題集、スキャンしたＰＤＦ全ページ共有します。"
        "ｇｏｏｇｌｅドライブのリンクはプロフに"
    )
    clauses = set(assess(engine, text).clauses)
    assert "4-3" in clauses
    assert "4-6" not in clauses
