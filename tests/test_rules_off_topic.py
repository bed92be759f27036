"""Tests for the rules of clause 4-8, off-topic (rules/off_topic/), read as CLAUSES.md says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Action, Author, Comment, Decision, Post
from kitami_policy.engine import Engine

FESTIVAL = "北見ぼんちまつりを開催します。パレードや花火をお楽しみください。"
CURRY = "北見カレーフェアを開催！市内の飲食店がオリジナルのカレーを提供します。"
SNOW = "大雪警報が発表されています。不要不急の外出は控えてください。"


def assess(engine: Engine, text: str, post_text: str | None = FESTIVAL) -> Decision:
    """Assess *text* as a comment on a post with *post_text* (no post when ``None``)."""
    if post_text is None:
        return engine.assess(Comment(id="c1", text=text))
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text=post_text)
    return engine.assess(Comment(id="c1", text=text, post=post))


def off_topic_rules(decision: Decision) -> set[str]:
    """The 4-8 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-8"}


class TestChatter:
    """offtopic.chatter: personal chatter with no link to the post or the city."""

    @pytest.mark.parametrize(
        "text",
        [
            "今日の晩ごはんはカレーにしようかな🍛",
            "推しのライブ最高だった",
            "推しのライブのチケット外れた…最悪",
            "最近ダイエット始めたんだけど全然痩せない😢 誰か励まして",
            "そういえば昨日のドラマ見た？最終回泣いた😭",
            "新作のRPGおもしろすぎ、今夜も徹夜しそう🎮",
            "うちの猫が今朝ソファで寝てる写真、見て見て🐱",
            "今日のプロ野球、延長戦すごかった⚾",
            "誰かこの夏おすすめの海外旅行先教えて〜",
        ],
    )
    def test_chatter(self, engine: Engine, text: str) -> None:
        """Personal chatter unrelated to the post and the city is 4-8."""
        assert "offtopic.chatter" in off_topic_rules(assess(engine, text, SNOW))

    @pytest.mark.parametrize(
        ("text", "post_text"),
        [
            ("今日の晩ごはんはカレーにしようかな", CURRY),
            ("花火の日は推しのライブと重なってて行けない…", FESTIVAL),
            ("パレードの後に友達とカラオケ行きます", FESTIVAL),
            ("大雪で疲れた、除雪ありがとうございます", SNOW),
            ("北見に帰省して晩ごはんは焼肉でした", SNOW),
            ("雪で電車が止まって帰りたいのに帰れない", SNOW),
            ("常呂のカーリング、推しの選手が出るので応援行きます", FESTIVAL),
            ("市が推し進める観光政策には反対です", FESTIVAL),
            ("うちの犬の散歩コースの道路、除雪がまだです", SNOW),
        ],
    )
    def test_anything_touching_the_post_or_the_city_stays(
        self, engine: Engine, text: str, post_text: str
    ) -> None:
        """The post's subject, Kitami or a city service keeps a comment on topic."""
        assert "4-8" not in assess(engine, text, post_text).clauses

    @pytest.mark.parametrize(
        "text", ["ありがとうございます", "👍", "了解です", "疲れた", "眠い", "草", "www"]
    )
    def test_short_replies_are_never_off_topic(self, engine: Engine, text: str) -> None:
        """Short replies are never 4-8."""
        assert assess(engine, text).acceptable

    def test_without_a_post_chatter_is_judged_against_the_city(self, engine: Engine) -> None:
        """Without a post, chatter is still 4-8, and a city service still keeps a comment."""
        assert "4-8" in assess(engine, "推しのライブ最高だった", None).clauses
        assert "4-8" not in assess(engine, "推しのライブ帰り、バスが来なかった", None).clauses

    def test_off_topic_asks_for_review_and_stops_at_hide(self, engine: Engine) -> None:
        """A 4-8 finding marks the decision for review; the action stops at hide."""
        decision = assess(engine, "推しのライブ最高だった")
        assert decision.needs_review
        assert decision.actions == (Action.HIDE,)


class TestChain:
    """offtopic.chain: chain messages."""

    @pytest.mark.parametrize(
        "text",
        [
            "この投稿を10人に回さないと不幸になる",
            "拡散希望！この情報を5人に回してください",
            "【拡散希望】このメッセージを10人に回さないと不幸が訪れます",
            "大雪の日はこの文章を友達10人に送ると雪が止むらしい。止まなかったら送らなかった人のせい",
            "この投稿を見た人は3日以内に5人に同じ文章を送ってください。送らないとクマに襲われるそうです",
            "【転送希望】この文章を24時間以内に5人にコピペして。止めた人には悪いことが起きます",
            "この投稿を五人に回すと願いが叶います",
            "ｺﾉ投稿ヲ10人ニ回サナイト不幸ニナル",
        ],
    )
    def test_chain(self, engine: Engine, text: str) -> None:
        """A chain message is 4-8, even when it mentions the city's affairs."""
        assert "offtopic.chain" in off_topic_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "チェーンメールに注意してください",
            "回さないと不幸になるってチェーンメールが回ってきた、注意してね",
            "除雪車を回してください",
            "この情報、町内会の5人に共有しました",
            "拡散します",
        ],
    )
    def test_not_chain(self, engine: Engine, text: str) -> None:
        """Warnings about chain messages and ordinary sharing are not chain messages."""
        assert "offtopic.chain" not in off_topic_rules(assess(engine, text))

    def test_repeated_chain_keeps_4_8_beside_4_7(self, engine: Engine) -> None:
        """A chain message posted again is 4-7 (flood) and still 4-8."""
        post = Post(id="p1", account=KITAMI.account_for("facebook"), text=FESTIVAL)
        author = Author(id="u1", name="someone")
        text = "この投稿を10人に回さないと不幸になる"
        comments = [Comment(id=f"c{i}", text=text, author=author, post=post) for i in range(2)]
        second = list(engine.assess_many(comments))[1]
        assert "4-8" in second.clauses


class TestCampaign:
    """offtopic.campaign: campaigning for unrelated causes."""

    @pytest.mark.parametrize(
        "text",
        [
            "署名お願いします！海外の動物園のゾウを救うキャンペーン実施中🐘",
            "国政選挙は〇〇党へ！全国の皆さん、比例は〇〇党で",
            "神を信じれば救われます。入信しませんか",
            "オンライン署名にご協力ください changeorg",
        ],
    )
    def test_campaign(self, engine: Engine, text: str) -> None:
        """Campaigning for a cause unrelated to the post and the city is 4-8."""
        assert "offtopic.campaign" in off_topic_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "市の新庁舎計画に反対する署名を集めています",
            "市長選挙の期日前投票所はどこですか",
            "花火大会の継続を求める署名にご協力ください",
        ],
    )
    def test_civic_campaigns_stay(self, engine: Engine, text: str) -> None:
        """A petition or a vote about the city's own affairs is civic speech."""
        assert "4-8" not in assess(engine, text).clauses


class TestOtherMunicipality:
    """offtopic.other_municipality: questions about other municipalities' matters."""

    @pytest.mark.parametrize(
        "text",
        [
            "札幌市のごみの日はいつですか",
            "札幌市のごみ収集は何曜日ですか",
            "網走の流氷まつりって今年はいつからですか？",
            "旭川市の子ども医療費っていくつまで無料ですか？",
            "帯広市の除雪って何センチで出動するんですか？",
            "隣の訓子府町の町長選挙って誰が出るんですか？",
            "函館の花火大会の日程、知ってる人いますか？",
        ],
    )
    def test_other_municipality(self, engine: Engine, text: str) -> None:
        """A question about another municipality's matters is 4-8."""
        assert "offtopic.other_municipality" in off_topic_rules(assess(engine, text))

    @pytest.mark.parametrize(
        ("text", "post_text"),
        [
            ("札幌市みたいに除雪を早くしてほしい", SNOW),
            ("正直、分別が細かすぎて面倒。札幌みたいにもっとシンプルにできないの？", SNOW),
            ("除雪の出動基準、札幌市と比べて厳しいのか緩いのか知りたいです", SNOW),
            ("旭川から引っ越してきました。ごみの日はいつですか？", SNOW),
            ("北見出身で今は札幌勤務です。移住支援の制度も教えてほしいです", SNOW),
            ("札幌駅からのバスは何時ですか？", FESTIVAL),
            ("網走の方も参加できますか？", "網走市と合同でオホーツク花火大会を開催します。"),
            ("旭川と北見、どっちが寒いですか？", SNOW),
            ("山口さんに聞いたらごみの日はいつでしたっけ", SNOW),
        ],
    )
    def test_comparisons_moves_and_the_post_stay(
        self, engine: Engine, text: str, post_text: str
    ) -> None:
        """Comparisons, requests to Kitami, moves and places the post names stay."""
        assert "4-8" not in assess(engine, text, post_text).clauses


class TestWiderOffTopic:
    """Off-topic in its variety, and what touches the post, Kitami or the city beside it."""

    @pytest.mark.parametrize(
        "text",
        [
            "今日のランチはパスタにしました🍝",
            "週末にケーキ焼いたよ、うまくできた",
            "うちのワンコが散歩行きたがってうるさい🐶",
            "猫飼ってる人いますか？おすすめのキャットフード教えて",
            "新しいゲーム買ったけど難しすぎる",
            "スプラの新シーズン始まったね",
            "推しのアイドルのコンサート当たった！",
            "嵐の新曲聴いた？めっちゃいい",
            "東京は今日30度超えだって、暑そう",
            "沖縄は晴れてて羨ましい",
            "大阪の天気どうですか？",
            "昨日の日本代表の試合、すごかったね",
            "巨人が優勝しそうで嬉しい",
            "昨日のMステ見た人いる？",
            "月9のドラマ、来週最終回だね",
            "この手紙を7人に送らないとあなたに不幸が訪れます",
            "このメッセージを読んだ人は3日以内に10人に転送してください。幸運が訪れます",
            "回さないと呪われるらしいから皆に回しとくね、5人に回してね",
            "消費税廃止に賛同する方は署名をお願いします",
            "憲法改正に反対する署名集めています、ご協力を",
            "〇〇党を応援しています！次の選挙は〇〇党へ",
            "神様はあなたを見ています。教会に来てください",
            "この宗教に入れば幸せになれます",
            "世界平和のために祈りましょう",
            "アメリカ大統領選挙、誰が勝つと思う？",
            "札幌市の粗大ごみの出し方を教えてください",
            "旭川市役所の電話番号わかりますか",
            "帯広の成人式はいつですか？",
            "釧路市の水道料金っていくらですか",
            "横浜市の保育園の申し込みについて聞きたいです",
            "千歳市の図書館は何時まで開いてますか",
            "函館市の市長選挙はいつでしたっけ",
            "網走市のふるさと納税の返礼品は何がありますか",
            "稚内市のごみ収集日を教えてください",
            "名寄市の除雪はどうなってますか",
            "北広島市のボールパークへの行き方を教えて",
            "福岡市の給付金の申請方法がわからない",
            "美幌町の町長って誰ですか",
            "今日誕生日なんです、誰か祝って",
            "明日テストなのに全然勉強してない",
            "彼氏と喧嘩した…つらい",
            "仕事辞めたい、上司がうざい",
            "宝くじ当たったら何買う？",
            "今期のアニメ何見てる？",
            "最近ハマってる漫画はワンピースです",
            "久しぶりに映画館でアクション映画見てきた",
            "今夜は友達と焼き鳥屋で飲み会です",
            "ネットフリックスでおすすめのドラマある？",
            "ポケモンの新作もう買った？",
            "朝から頭痛がひどい、誰か助けて",
            "競馬で万馬券当てた！",
            "ジャイアンツ負けた、悔しい",
            "芸能人の結婚ニュースびっくり",
            "明日から沖縄旅行、楽しみすぎる",
            "このコメントを見た人は、同じ文を3つのページにコピペしてください",
            "みんなで〇〇さんを総理大臣にしよう！",
            "動物実験反対の署名にご協力ください",
            "原発再稼働反対！国会前に集まろう",
        ],
    )
    def test_off_topic(self, engine: Engine, text: str) -> None:
        """Chatter, chain messages, unrelated campaigns and other towns' matters are 4-8."""
        assert "4-8" in assess(engine, text, FESTIVAL).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "まつりの日は雪が降らないといいな、除雪はされますか？",
            "花火きれいでした、家族みんなで楽しみました",
            "晩ごはんは屋台の焼きそばにしました、おいしかった",
            "犬を連れて行っても大丈夫ですか？",
            "北見の夏は暑いですね",
            "常呂のホタテ美味しいよね",
            "留辺蘂の温根湯温泉、最高でした",
            "端野の玉ねぎ畑の景色が好きです",
            "北見駅からのシャトルバスはありますか？",
            "札幌から見に行きます！楽しみです",
            "旭川出身ですが、北見の花火のほうが好きです",
            "帯広みたいに屋台村があったらいいのに",
            "釧路の友達も誘って行きます",
            "ゲームのイベントも会場であるんですか？",
            "アイドルのステージはありますか？",
            "推しのダンスチームがパレードに出るので応援に行きます",
            "天気が心配です、雨なら中止ですか？",
            "子どもが楽しみにしています",
            "うちの犬も花火の音が苦手で心配です",
            "市長、いつもお疲れ様です",
            "ゴミの分別もっとわかりやすくしてほしい",
            "雪かきで腰が痛い",
            "バスの本数を増やしてください",
            "お祭りに行けなくて残念、来年は行きたい",
            "パレードで踊りました、楽しかった！",
            "市民税が高いと思います",
            "オホーツクの景色は本当に素晴らしい",
            "地元の野球チームも参加しますか？",
            "道路の穴を直してください",
            "ありがとうございます",
            "了解です",
            "いいね👍",
            "なるほど",
            "わかりました",
            "今年も楽しみにしています",
        ],
    )
    def test_on_topic(self, engine: Engine, text: str) -> None:
        """The festival, Kitami, its areas, city services and short replies stay."""
        assert "4-8" not in assess(engine, text, FESTIVAL).clauses

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("分別の話はどうでもいいけど、うちの猫が今朝子猫を5匹産みました", True),
            ("水族館なんかより、プロ野球のドラフトの話しようぜ", True),
            ("関係ないけど、除雪もよろしくお願いします", False),
            ("旭川市役所のごみ収集日を教えてください。引っ越したばかりで", True),
            ("旭川から引っ越してきました。ごみの日はいつですか？", False),
            ("日本の政治を変えよう！〇〇党の街頭演説、今週末は札幌駅前で！", True),
            ("北見駅前のバス停、除雪されていません", False),
            (
                "【回してください】来月から有料化されます。このコピペを自分の投稿に貼れば免除されます",
                True,
            ),
            ("ペットボトルの回収日はいつですか", False),
        ],
    )
    def test_dismissals_elsewhere_services_and_hoaxes(
        self, engine: Engine, text: str, expected: bool
    ) -> None:
        """Setting the subject aside, another town's service and hoax chains are read as such."""
        assert (
            "4-8" in assess(engine, text, "水族館の冬季営業のお知らせです。").clauses
        ) is expected


CHATTER = st.sampled_from(
    ["推しのライブ最高だった", "今日の晩ごはんはカレー", "韓国ドラマにハマってる"]
)
ANCHOR = st.sampled_from(["北見", "除雪", "ごみ収集", "市役所", "常呂", "子育て支援", "避難所"])


class TestProperties:
    """Properties of the conservative reading."""

    @settings(max_examples=40, deadline=None)
    @given(chatter=CHATTER, anchor=ANCHOR)
    def test_a_city_anchor_always_keeps_chatter(
        self, engine: Engine, chatter: str, anchor: str
    ) -> None:
        """Chatter that names Kitami or a city service is never 4-8."""
        assert "4-8" not in assess(engine, f"{chatter}。{anchor}はどうなりますか", SNOW).clauses

    @settings(max_examples=20, deadline=None)
    @given(
        pair=st.sampled_from(
            [
                ("推しのライブ最高だった", "ライブ"),
                ("今日の晩ごはんはカレー", "カレー"),
                ("韓国ドラマにハマってる", "韓国"),
            ]
        ),
        venue=st.sampled_from(["市民ホール", "駅前広場", ""]),
    )
    def test_a_word_shared_with_the_post_always_keeps_chatter(
        self, engine: Engine, pair: tuple[str, str], venue: str
    ) -> None:
        """Chatter that shares a content word with the post is never 4-8."""
        chatter, word = pair
        assert "4-8" not in assess(engine, chatter, f"{venue}で{word}の集いを開きます").clauses


MANGA = "北見市立中央図書館で漫画の貸し出しを始めました📚 人気作品も揃っています。"
YAKINIKU = "北見焼肉グルメフェア開催中🥩 市内の焼肉店が参加しています。"


class TestThirdCorpusFamilies:
    """Families of phrasing from the third development set (near-miss comments)."""

    @pytest.mark.parametrize(
        "text",
        [
            # A title of a work under a post on the library's manga: on topic.
            "鬼滅の刃、ずっと貸し出し中ばっかりで借りられない。冊数増やしてください",
            "『進撃の巨人』全巻揃えてくれたの本当に嬉しい。ありがとうございます",
            "ワンピースの新刊も入れてほしいです",
            "呪術廻戦、予約したら何人待ちですか",
            "子どもがポケモンの漫画を借りて喜んでました",
            "アニメ化された作品の原作も読めますか",
            "貸出期間は2週間ですか？鬼滅は人気だから延長できないかな",
        ],
    )
    def test_works_under_a_book_post_are_kept(self, engine: Engine, text: str) -> None:
        """A manga or anime title under a post about lending manga is the post's subject."""
        assert "4-8" not in assess(engine, text, MANGA).clauses

    @pytest.mark.parametrize(
        ("text", "post"),
        [
            ("札幌市の除雪ってどこに電話すればいいですか？実家が札幌なんですけど", SNOW),
            ("旭川のごみの日っていつですか、実家が旭川で", SNOW),
            ("帯広の豚丼うまかった〜また行きたい", YAKINIKU),
            ("函館の塩ラーメン美味しかった！", YAKINIKU),
            ("拡散希望！埼玉県で迷子の犬を探しています。茶色の柴犬です", FESTIVAL),
            ("大阪で行方不明の猫を探しています、拡散お願いします", FESTIVAL),
            ("東京駅前で土曜にデモをやります。参加してください", FESTIVAL),
            ("ロシアのウクライナ侵攻反対！みんなで声を上げよう", FESTIVAL),
            ("捕鯨反対！署名はこちら https://www.change.org/", FESTIVAL),
            ("昨日見た夢の話していい？空飛んでたんだけど", FESTIVAL),
            ("変な夢見た、誰か夢占いできる人いる？", FESTIVAL),
        ],
    )
    def test_elsewhere_and_causes_are_off_topic(self, engine: Engine, text: str, post: str) -> None:
        """Another municipality's matters, appeals elsewhere, dreams: off-topic."""
        assert "4-8" in assess(engine, text, post).clauses

    @pytest.mark.parametrize(
        ("text", "post"),
        [
            ("札幌市みたいに除雪してほしいです", SNOW),
            ("実家の北見に帰省したら雪がすごかった", SNOW),
            ("帯広から来ました、北見の焼肉うまかった！", YAKINIKU),
            ("帯広の焼肉もうまかったけど、こっちの焼肉も負けてない", YAKINIKU),
            ("札幌から引っ越してきました。除雪の日程を教えてください", SNOW),
            ("北見で迷子の犬を探しています。拡散お願いします", FESTIVAL),
            ("花火大会の日は夢みたいに綺麗でした", FESTIVAL),
            ("パレードに参加してください、って町内会から回覧が来ました", FESTIVAL),
            ("貸し出しの予約はネットでできますか", MANGA),
        ],
    )
    def test_kitami_comparisons_and_the_post_are_kept(
        self, engine: Engine, text: str, post: str
    ) -> None:
        """A comparison with Kitami, a move here, Kitami's own appeal, the post: kept."""
        assert "4-8" not in assess(engine, text, post).clauses


@pytest.mark.parametrize(
    "text",
    [
        "東京の友達も花火を見に来てくれて楽しかった",
        "札幌の親戚もパレードに参加してくれました",
        "旭川から来た友達が、まつりの屋台が美味しかったって",
    ],
)
def test_visitors_from_elsewhere_at_the_festival_are_kept(engine: Engine, text: str) -> None:
    """People from elsewhere at the post's own event: the post's subject."""
    assert "4-8" not in assess(engine, text).clauses


WATER = "令和5年7月検針分から水道料金を改定します。一般家庭で月額約280円の値上げです。"
HEAT = "【熱中症に注意】明日の北見の最高気温は33℃の予想です。こまめな水分補給を心がけてください。"
PHOTO = "「北見市フォトコンテスト2025」の作品を募集します。テーマは「北見の四季」。"


class TestDiaryChatter:
    """A pastime word (猫, 釣り, チョコ, 夕焼け) told as the writer's own day or asked of the
    crowd is chatter; talking to the city, the post's subject or a folded trap is not."""

    @pytest.mark.parametrize(
        ("text", "post"),
        [
            ("最近、猫を飼い始めました。名前はミルクです🐈", WATER),
            ("この前の日曜、家族で釣りに行ってきた🎣 大漁だった", FESTIVAL),
            ("誰かバレンタインのチョコの作り方教えて🍫", SNOW),
            ("新しい水着買った！週末プール行く人〜？", HEAT),
            ("今日の夕焼けすごかった〜（札幌の話です）", SNOW),
            ("年末の歌番組、今年は誰が出るんだろう？", WATER),
            ("この前、犬を飼い始めたよ🐕 かわいすぎる", WATER),
            ("週末は家族でキャンプ行ってきた！楽しかった", FESTIVAL),
            ("誰かおいしいピザのレシピ教えて🍕", SNOW),
            ("最近ゴルフにハマってる⛳", WATER),
            ("誰かハロウィンの仮装一緒にする人いませんか？", SNOW),
            ("クリスマスケーキ作ったよ🎄", WATER),
        ],
    )
    def test_diary_chatter_is_4_8(self, engine: Engine, text: str, post: str) -> None:
        """The writer's own pastime, told or asked of the crowd, is off-topic."""
        assert "offtopic.chatter" in off_topic_rules(assess(engine, text, post))

    @pytest.mark.parametrize(
        ("text", "post"),
        [
            ("プールの営業時間は延長されますか？", HEAT),
            ("市民プールに行ってきた！涼しかった", HEAT),
            ("今日は暑いから猫もぐったりしてる、みんなも水分補給してね", HEAT),
            ("今朝犬の散歩中に河川敷で足跡を見た、怖い", SNOW),
            ("今日の夕焼け、きれいに撮れた📷 応募してみます", PHOTO),
            ("夕日の写真で応募しました！", PHOTO),
            ("猫の絵本を借りてきた🐈 子どもが喜んでた", MANGA),
            ("ペットの水も水道水で大丈夫ですか？", WATER),
            ("今日は家族で雪かきでした、疲れた", SNOW),
            ("昨日釣りに行った常呂の港、漁船がいっぱいだった", FESTIVAL),
            ("猫飼ってるんですけど、花火の日は窓を閉めたほうがいいですか", FESTIVAL),
            ("今日も犬と散歩しました、ありがとうございます", WATER),
        ],
    )
    def test_the_post_kitami_and_the_city_keep_it(
        self, engine: Engine, text: str, post: str
    ) -> None:
        """A question, request, thanks or worry to the city, or the post's subject, stays."""
        assert "4-8" not in assess(engine, text, post).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "昔ね、この祭りもっと小さかったんだよ",  # ネコ in ね、この: not a pastime word
            "正直もっとシンプルに説明してほしかった。今日知った",  # プール folds to ぷる
            "同性カップルでも今日から参加できた！",
            "おめでとうございます！今日も楽しかった",  # デート folds to でと
            "ちょこっと雪かきしただけで腰が痛い",
            "水族館スタッフです。いつもありがとうございます",  # スイーツ folds to すいつ
        ],
    )
    def test_folded_traps(self, engine: Engine, text: str) -> None:
        """Short katakana words folded into hiragana do not fire inside other words."""
        assert "4-8" not in assess(engine, text, WATER).clauses


class TestChainUnits:
    """The chain message's count reads every unit its gate lets through."""

    @pytest.mark.parametrize(
        "text",
        [
            "5か所に貼ってください。貼らないと不幸になる",
            "この紙を3ヶ所に貼ってね、幸運が訪れます",
            "5ケ所に貼ってくださいね。貼らないと不幸になる",
            "この文章を5箇所にコピペして。止めた人には悪いことが起きます",
            "3件に転送してください。送らないと不幸になります",
        ],
    )
    def test_places_and_counts_are_chain_units(self, engine: Engine, text: str) -> None:
        """ "Nか所に貼って…貼らないと" is a chain message like "N人に回して"."""
        assert "offtopic.chain" in off_topic_rules(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        ["ポスターを5か所に貼ってください", "避難所は市内5か所に開設されています"],
    )
    def test_a_count_without_a_curse_is_not(self, engine: Engine, text: str) -> None:
        """A count of places with no curse, promise or threat is no chain message."""
        assert "offtopic.chain" not in off_topic_rules(assess(engine, text))


ELECTION = "【市議会議員補欠選挙】9月28日（日）は投票日です。期日前投票は市役所本庁舎1階で。"
ROADWORK = "【道路工事のお知らせ】北見駅前通りの舗装改良工事に伴い、夜間は全面通行止めとなります。"


@pytest.mark.parametrize(
    "text",
    [
        "今日から新しい職場です。緊張するけど頑張ります！",
        "上司に怒られて最悪な一日だった",
        "メルカリで買った服、サイズ違って萎えた",
        "夏バテで何もやる気が出ない。今日は一日中ゴロゴロしてた",
        "明日から出張。何着ていこう",
        "ドコモの解約ってネットでできるんでしたっけ？",
        "年末ジャンボ買った人いる？",
    ],
)
def test_daily_life_diary_is_chatter(engine: Engine, text: str) -> None:
    """The writer's own day, with no link to the post or the city, is 4-8."""
    assert "offtopic.chatter" in off_topic_rules(assess(engine, text, SNOW))


@pytest.mark.parametrize(
    ("text", "post_text"),
    [
        ("今日から新しい職場で駅前通りを使います。迂回路を教えてください", ROADWORK),
        ("今日会社の帰りに通ったら渋滞がひどかった", ROADWORK),
        ("今日は最悪な一日だった。除雪が来なくて車が出せない", SNOW),
        ("息子の誕生日ケーキ、市内の店で予約しました", SNOW),
        ("明日から出張なので期日前投票に行ってきます", ELECTION),
    ],
)
def test_daily_life_touching_the_post_or_city_is_kept(
    engine: Engine, text: str, post_text: str
) -> None:
    """A diary that touches the post, Kitami or a city service stays."""
    assert "4-8" not in assess(engine, text, post_text).clauses


@pytest.mark.parametrize(
    "text",
    [
        "補選なのに候補者が2人だけ。選ぶ楽しみもないですね。",
        "候補者の公約を比較できるページはありますか？",
    ],
)
def test_election_words_tie_a_comment_to_an_election_post(engine: Engine, text: str) -> None:
    """補選, 候補者, 公約 are the subject of a by-election post, though no word is shared."""
    assert "4-8" not in assess(engine, text, ELECTION).clauses


def test_national_party_campaign_under_a_city_election_post(engine: Engine) -> None:
    """Campaigning for a national party is off-topic even under the city's election post."""
    text = "次の衆院選は「みらい新党」に一票を！比例は「みらい新党」と書いてください"
    assert "offtopic.campaign" in off_topic_rules(assess(engine, text, ELECTION))


@pytest.mark.parametrize(
    "text",
    [
        "拡散お願いします！来月から全国の銀行ATMが使えなくなるそうです",
        "転送してください：規約が明日から変わり、あなたの写真が公開されます。この文章をコピーして投稿すれば防げます",
    ],
)
def test_hoaxes_to_pass_on_are_chain_messages(engine: Engine, text: str) -> None:
    """A hoax with a call to spread it is a chain message."""
    assert "offtopic.chain" in off_topic_rules(assess(engine, text, SNOW))


@pytest.mark.parametrize(
    "text",
    [
        "拡散お願いします！全国大会の応援よろしくです",
        "拡散お願いします！全国的にデマが回っているそうです、注意",
    ],
)
def test_spread_requests_without_a_hoax_are_kept(engine: Engine, text: str) -> None:
    """A call to spread news of the post or a warning is no hoax."""
    assert "offtopic.chain" not in off_topic_rules(assess(engine, text, FESTIVAL))


VACCINE = "高齢者の定期予防接種を実施します。市内の医療機関にご予約ください。"
EXCHANGE = "姉妹都市から中学生訪問団が来てくれました。来年度は北見の中学生を派遣予定です。"


class TestNewChatterFamilies:
    """Health, love life, betting, fandom and rumours told to the crowd (CLAUSES.md 4-8)."""

    @pytest.mark.parametrize(
        ("text", "post_text"),
        [
            ("腰痛がひどくて寝れない。いい湿布知ってる人いたら教えて", VACCINE),
            ("肩こりがひどい。誰かいいマッサージ知ってる人いる？", VACCINE),
            ("昨日の夜、空に光る物体が飛んでた。UFO見た人いない？", FESTIVAL),
            ("今年の有馬記念、本命どの馬にする？俺は単勝一点買いするわ", SNOW),
            ("ダービーの馬券当たった人いる？三連単で来たわ", SNOW),
            ("今日、会社の後輩に告白されたんだけどどうしよう…年下って無理かな", FESTIVAL),
            ("今年の箱根駅伝、青学強すぎた。来年はどこが勝つと思う？", EXCHANGE),
        ],
    )
    def test_chatter(self, engine: Engine, text: str, post_text: str) -> None:
        assert "offtopic.chatter" in off_topic_rules(assess(engine, text, post_text))

    @pytest.mark.parametrize(
        ("text", "post_text"),
        [
            ("接種会場、腰痛があっても大丈夫ですか？", VACCINE),
            ("駅伝大会の交通規制はいつですか？", FESTIVAL),
            ("来年も訪問団の受け入れをお願いします", EXCHANGE),
        ],
    )
    def test_on_topic(self, engine: Engine, text: str, post_text: str) -> None:
        assert not off_topic_rules(assess(engine, text, post_text))


class TestHoaxToPassOn:
    @pytest.mark.parametrize(
        "text",
        [
            "【重要・拡散】明日から全国の銀行ATMが3日間停止するそうです。友達にも回して！",
            "【拡散希望】来週から全国のコンビニでレジ袋が禁止になるそうです。友達にも教えてあげて！",
            "【緊急拡散】明日からLINEが有料になるらしい。家族にも回して",
        ],
    )
    def test_hoax(self, engine: Engine, text: str) -> None:
        assert "offtopic.chain" in off_topic_rules(assess(engine, text, VACCINE))

    @pytest.mark.parametrize(
        "text",
        [
            "除雪車が来ない。友達にも教えてあげてください、市役所に電話すると早いです",
            "防災訓練、家族にも伝えておきます",
            "ATMが止まるってデマが回ってるので注意してください。友達にも伝えて",
        ],
    )
    def test_not_hoax(self, engine: Engine, text: str) -> None:
        assert "offtopic.chain" not in off_topic_rules(assess(engine, text, SNOW))


def test_the_chain_call_gate_covers_every_call_the_pattern_reads() -> None:
    """Every text the call pattern can match holds one of the parts the cheap gate looks for."""
    import itertools
    import re

    from kitami_policy.rules.off_topic import chain

    pattern = chain._CHAIN_CALL.pattern
    groups = re.findall(r"\(\?:([^()]*)\)", pattern)
    literals = [alt for alt in re.sub(r"\(\?:[^()]*\)", "", pattern).split("|") if alt]
    # The pattern is literals plus one "people, particle, verb" sequence of groups.
    calls = literals + ["".join(c) for c in itertools.product(*(g.split("|") for g in groups))]
    assert len(calls) > len(literals)
    for call in calls:
        assert chain._CHAIN_CALL.fullmatch(call), call
        assert any(part in call for part in chain._CHAIN_CALL_PARTS), call
