"""Tests for the rules of clause 4-2, defamation (rules/defamation/), as CLAUSES.md reads it."""

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
    """The 4-2 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-2"}


# Criticism, complaints, questions and traps that must stay up (CLAUSES.md "does NOT").
CLEAN = [
    "除雪が遅すぎます。改善してください",
    "この説明では納得できない",
    "税金の無駄遣いだと思う",
    "市長の判断は間違っている",
    "市長は辞めるべきだ",
    "市長は責任を取れ",
    "さすが北見市、仕事が早いですね（棒）",
    "市民をバカにしているのか",
    "電気代もばかにならない",
    "職員ばかり増やしても意味がない",
    "ばかばかしい計画だ",
    "馬鹿でかい雪だるまができた",
    "死ぬほど美味しい",
    "マングローブの写真",
    "アホウドリを見た",
    "楽しいしね",
    "暑いしね",
    "昔ね、ここに駅があった",
    "少しね",
    "シネマ通りの店",
    "ピンボケ写真ですみません",
    "時差ボケです",
    "私はバカなのでよく分かりません",
    "私は頭が悪いので教えてください",
    "ゴミの分別が難しい",
    "ゴミ袋が高い",
    "職員がゴミを回収してくれない",
    "家のゴミ、どうすればいい？",
    "ゴミ担当の職員さんありがとう",
    "燃やすゴミは火曜日",
    "ゴミ行政について質問です",
    "ゴミ対応が早くて助かる",
    "市長はゴミ拾いに参加した",
    "粗大ゴミの日はいつですか",
    "カスタードクリームのお店",
    "酒かすで甘酒を作った",
    "天気がくずれるそうです",
    "激しい雪でした",
    "はげましの言葉をありがとう",
    "読むのうまいね",
    "きもいりの事業",
    "豚肉が安い",
    "ゴキブリ駆除の方法を教えて",
    "エキノコックスという寄生虫に注意",
    "ちびっこ広場で遊んだ",
    "車酔いで気持ち悪い",
    "雪よ早く消えろ",
    "死ねない理由がある",
    "Rise and shine",
    "sunshine",
    "市長の賄賂疑惑は本当ですか？",
    "横領がないようにチェックしてください",
    "職員の不正を調査してほしい",
]


class TestInsult:
    """abuse.insult: insults, slurs and contempt aimed at the city or anyone."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長は無能",
            "無能な職員ばかり",
            "市長は税金泥棒。さっさと辞めろ",
            "役人は給料泥棒だと思う",
            "市長はバカ",
            "バカ市長",
            "アホな職員",
            "職員ってゴミだな",
            "ゴミ市長は辞めろ",
            "人間のゴミ",
            "市役所の連中はクズ",
            "お前カスだな",
            "キモい職員",
            "老害市長",
            "役立たずの市役所",
            "脳みそ腐ってんのか",
            "バカじゃないの",
            "アホか",
            "お前はバカか",
            "市長ってほんとバカ",
            "市長、ほんまアホやな",
            "担当者はマヌケ",
            "市長は嘘つき",
            "こいつら寄生虫",
            "職員ってほんとポンコツ",
            "お前なんか生きる価値ない",
            "外国人はゴキブリ、日本から出ていけ",
            "農家なんて補助金もらって楽してるだけのキセイチュウ",
        ],
    )
    def test_aimed_insults(self, engine: Engine, text: str) -> None:
        """An insult aimed at the city, its staff, a person or a group is 4-2."""
        assert "abuse.insult" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "ﾊﾞｶ",
            "バ　カ",
            "ば〜〜か",
            "市長ってマジでバ〜〜カ",
            "ＢＡＫＡ市長",
            "水道部のbаkаども",
            "市長はｋｕｚｕ",
            "市長は雪の日くらい自分でスコップ持てよ、ｸｽﾞ",
            "ム　ノ　ウ",
            "運営ほんとむのう",
            "無\u200b能ばかり",
            "市役所の職員ってｷﾓｲやつしかいないよな",
            "顔がキ.モ.い",
            "ぜ い き ん ど ろ ぼ う",
            "給料ドロボーの集まりだな",
            "建設部の役人はマジでノーナシ",
            "指揮者、の う な し",
            "パレードの先頭のやつ、ａｈｏすぎ",
        ],
    )
    def test_evasions(self, engine: Engine, text: str) -> None:
        """Width, kana, spacing, stretching, zero-width and look-alikes do not hide an insult."""
        assert "abuse.insult" in rules_of(assess(engine, text))

    @pytest.mark.parametrize("text", CLEAN)
    def test_criticism_and_traps_stay_clean(self, engine: Engine, text: str) -> None:
        """Blunt criticism, questions, self-deprecation and trap words are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses

    def test_repeated_insult_is_4_2_each_time(self, engine: Engine) -> None:
        """Insults that repeat are 4-2 each time (the repeat is also 4-7)."""
        stream = engine.stream()
        decisions = [
            stream.assess(Comment(id=f"c{i}", text="市長はただのポンコツ", author=None))
            for i in range(3)
        ]
        assert all("4-2" in d.clauses for d in decisions)

    def test_excerpt_masks_digits_beside_an_insult(self, engine: Engine) -> None:
        """A number next to an insult is masked in the excerpt: it may be a phone number."""
        decision = assess(engine, "無能な担当 09012345678")
        finding = next(f for f in decision.findings if f.rule == "abuse.insult")
        assert "0901" not in finding.excerpt


class TestDeathWish:
    """abuse.death_wish: 死ね and its spellings."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長死ね",
            "しね",
            "シネ",
            "ｼﾈ",
            "氏ね",
            "4ね",
            "市長4ね。除雪も満足にできないくせに",
            "タヒね",
            "ﾀﾋね",
            "死ねばいいのに",
            "くたばれ市長",
            "し ね",
            "し.ね",
            "死・ね",
            "死\u200bね",
            "しねええ",
            "しねー",
            "ｼね",
            "職員全員しね",
            "除雪センターのやつら全員ｼﾈ",
            "会見の市長、ウソツキ。しネよマジで",
            "また計画だけか。市長ＳＨＩＮＥ",
            "実行委員のおっさん、マジで う ざ い し 消 え ろ",
        ],
    )
    def test_death_wishes(self, engine: Engine, text: str) -> None:
        """Every spelling of a death wish is 4-2."""
        assert "abuse.death_wish" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "楽しいしね",
            "昔ね",
            "したしね",
            "シネマ",
            "シネコンで映画",
            "何もしねえ市役所",
            "2014ね",
            "〇〇ね、あの店",
            "雪よ早く消えろ",
            "死ねない",
            "sunshine",
            "死ぬほど美味しい",
        ],
    )
    def test_ordinary_kana_stays_clean(self, engine: Engine, text: str) -> None:
        """しね inside ordinary Japanese, シネマ and 死ぬほど are no death wish."""
        assert "abuse.death_wish" not in rules_of(assess(engine, text))

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(st.sampled_from([" ", "・", ".", "\u200b", "　", "-", "＊"]), max_size=3),
        st.sampled_from(["し", "シ", "ｼ", "死", "氏"]),
        st.sampled_from(["", "除雪センターの連中は", "市長、", "お前ら全員"]),
    )
    def test_separators_inside_never_hide(
        self, engine: Engine, seps: list[str], first: str, lead: str
    ) -> None:
        """Separators slipped between the two characters of 死ね never hide it."""
        text = lead + first + "".join(seps) + "ね"
        assert "abuse.death_wish" in rules_of(assess(engine, text))


class TestAccusation:
    """abuse.accusation: crime or corruption pinned on someone and stated as fact."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長は業者から賄賂をもらっている",
            "職員が横領している",
            "除雪業者と市長が癒着して裏金作ってるのはみんな知ってる",
            "この助成金、市長の知り合いの業者に中抜きされてるのは事実だから",
            "市長は観光事業の予算を自分の親族の会社に流してる。これは事実",
        ],
    )
    def test_accusations_stated_as_fact(self, engine: Engine, text: str) -> None:
        """An accusation stated as fact is 4-2, as weak evidence for review."""
        decision = assess(engine, text)
        findings = [f for f in decision.findings if f.rule == "abuse.accusation"]
        assert findings
        assert all(f.confidence < 0.7 for f in findings)
        assert decision.needs_review

    @pytest.mark.parametrize(
        "text",
        [
            "市長の賄賂疑惑は本当ですか？",
            "横領がないようにチェックしてください",
            "職員の不正を調査してほしい",
            "職員が横領で逮捕されたニュースを見た",
            "裏金問題について市長の説明を求めます",
        ],
    )
    def test_questions_and_requests_stay_clean(self, engine: Engine, text: str) -> None:
        """A question, a report or a request to investigate is not an accusation."""
        assert "abuse.accusation" not in rules_of(assess(engine, text))


class TestProperties:
    """Innocent context around an insult changes nothing, and traps stay clean in any mix."""

    @settings(max_examples=60, deadline=None)
    @given(
        st.sampled_from(["", "今日も寒い。", "除雪ありがとうございます。", "北見の冬は長い。"]),
        st.sampled_from(["市長は無能", "税金泥棒", "職員ってゴミだな", "市長死ね"]),
        st.sampled_from(["", "また来年。", "よろしくお願いします。"]),
    )
    def test_innocent_context_keeps_the_finding(
        self, engine: Engine, before: str, insult: str, after: str
    ) -> None:
        """An insult stays 4-2 whatever innocent text surrounds it."""
        assert "4-2" in assess(engine, before + insult + after).clauses

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=3))
    def test_traps_combined_stay_clean(self, engine: Engine, pieces: list[str]) -> None:
        """Clean comments joined together stay clean."""
        assert "4-2" not in assess(engine, "。".join(pieces)).clauses


class TestGeneralisation:
    """Families of phrasing beyond the development corpus: insults, death wishes, accusations."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長は脳なし",
            "あの課長は能無しだ",
            "職員はポンコツばっか",
            "市役所の穀潰しども",
            "役所の連中は寄生虫",
            "市議会議員は税金泥棒",
            "無能市長はさっさと辞めろ",
            "窓口の給料泥棒",
            "市役所は腐ってる",
            "最低の人間だな、市長は",
            "頭おかしいんじゃないの、この職員",
            "お前みたいなクレーマーは黙ってろ、カ＿ス",
            "市長 辞 め ろ カ ス",
            "市役所の職員なんてムノーでも務まる",
            "クソ役所が",
            "あの議員、キモい",
            "窓口のおばさんブスすぎ",
            "デブ市長",
            "ハゲ課長",
            "市役所の連中のほうが害悪",
            "クマより先に市長を駆除しろ",
            "頭お花畑の連中",
            "北見市民って民度低い",
            "クソ生意気なガキ",
            "ご.み.ぶ.く.ろ.代.で.私.腹.肥.や.す.泥.棒.市.役.所",
            "税金で飲み食いしてる議員ども",
            "北見の恥さらし",
            "ジジイが文句言うな",
        ],
    )
    def test_insult_families(self, engine: Engine, text: str) -> None:
        """Insults in their wide variety, aimed at someone, are 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "市長なんか死んでしまえ",
            "職員は全員くたばれ",
            "お前らさっさと逝け",
            "議員は首吊れ",
            "樹海に行けよ",
            "あの店、潰れちまえ",
            "市役所ごと流されちまえ",
            "市長には消えてほしい",
            "全員市ね",
            "この世から消えろ",
            "死ねばいいのに",
        ],
    )
    def test_death_wish_families(self, engine: Engine, text: str) -> None:
        """Death wishes in all spellings are 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "担当部長が業者から賄賂もらって決めてる",
            "市長は天下り先を作るためにやってるだけ",
            "館長は補助金を不正受給してる詐欺師",
            "議員は業者とズブズブ",
            "課長は公金を着服して私腹を肥やしてる",
            "市長と業者の癒着は明らか",
        ],
    )
    def test_accusation_families(self, engine: Engine, text: str) -> None:
        """Crimes pinned on someone as fact are 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "北見市ね、冬は寒いけど住みやすい",
            "隣のじいさんのマイナンバーが回覧板に",
            "うちのばあちゃんが元気です",
            "不正ログインがありました",
            "不正アクセスに注意してください",
            "最低気温がマイナス20度",
            "最低限の除雪はしてほしい",
            "市長は最低でも2期やるべき",
            "牛乳が腐ってる",
            "ゴミ担当者さんお疲れさま",
            "ゴミ行政の見直しを",
            "カスタードクリームのお店",
            "プログラムの解説文が良かった",
            "ハムのサンドイッチ",
            "写真のボケが綺麗",
            "食べカスが落ちてる",
            "市長、がんばって",
            "窓口が使えないので困る",
            "北見の恥ずかしい歴史",
            "頭空っぽにして楽しめる映画",
            "脳死判定のニュース",
            "アスペクト比を変えて",
            "早く病院行けよ、風邪ひどいなら",
            "畜生、また雪かきだ",
            "言ったわけじゃない",
            "認知機能が低下している",
            "カニの脳みそが好き",
            "雪よ消えてくれ",
            "カラスがいなくなってほしい",
            "この制度は何の役にも立たない",
            "市長の裏金疑惑について説明してください",
            "業者との癒着がないか調査してほしい",
            "職員が業者から見積もりを取った",
            "泥棒に入られたので警察に相談した",
            "詐欺に注意と警察が呼びかけ",
            "市長の判断は愚かだと思う、再考を",
            "人間失格を読んだ",
            "釣りで外道ばかり釣れた",
            "長男はもう大学生です",
            "よろしくね",
        ],
    )
    def test_new_traps_stay_clean(self, engine: Engine, text: str) -> None:
        """Criticism, everyday words and near-misses next to the new patterns are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses


class TestHeldOutFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "なまらバカだべ、この役所",
            "除雪ドライバーはバカしかいないのか",
            "応募作品、センスゼロのカスばっかり",
            "baka shichou, hayaku yamero",
            "shichou wa baka",
            "omae kuzu da na",
            "窓口の女、愛想ないブス",
            "クマより市役所の職員の方が害獣",
            "障害者に税金使うな、生きてる価値ない",
            "市長はどあほや",
            "議員ってほんまアホやで",
            "職員ボンクラばっかり",
            "役所の連中、無能しかいない",
            "あの課長は本当に使えねえ",
            "ほんとバカだべさ、市長",
            "アホちゃう、この職員",
            "議員どもはクズばっか",
            "市議会はアホばっか",
            "職員はケダモノだな",
            "市役所のゴミども",
            "あの店員、態度悪いブス",
            "お前らみたいな税金泥棒",
            "市長は無能っしょ",
            "ばか市長、さっさと辞めろ",
            "議員とかカスしかいない",
            "市の職員、うるさいバカ",
            "運営はアホしかいないのか",
            "ここの職員どもは害獣",
            "市長のハゲ、早く辞めろ",
            "市長、ほんまにアホやな",
            "omaera baka bakari",
            "職員の連中、クズしかいない",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Dialect, romaji, inverted and sentence-final insults aimed at someone are 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "税金泥棒とか言う人いるけど、職員さんは頑張ってる",
            "「無能」って言われても職員の皆さんは頑張っている",
            "バカ呼ばわりはやめましょう",
            "除雪ドライバーの皆さん、ありがとうございます",
            "私はバカなので教えてください",
            "ばかり言ってないで考えよう",
            "ゴミばっかり落ちてる、回収してほしい",
            "クマより害獣対策をしてほしい",
            "除雪が遅すぎます、改善してください",
            "この説明では納得できない",
            "市長の判断は間違っていると思う",
            "バカみたいに寒いね",
            "アホみたいに雪が降った",
            "酒かすばっかり使ったレシピ",
            "kitami daisuki",
            "shichou arigatou",
            "受付の方が親切でした",
            "ドライバーさんいつもありがとう",
            "議員の発言には賛成できない",
            "ゴミ出しのルールを教えて",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Mentions, self-deprecation, rubbish, thanks and reasoned criticism are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses


class TestMoreHeldOutFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長って脳みそ空っぽなの？",
            "職員は給料泥棒",
            "議員は役立たずばかり",
            "あの課長、頭湧いてる",
            "担当者は無能の極み",
            "市長は売国奴",
            "役所の人間はみんな無能",
            "北見市役所は無能集団",
            "市長は老害",
            "議員の顔がキモすぎる",
            "職員どもは税金にたかるハイエナ",
            "市長のくせに偉そうに、ボケが",
            "窓口のおばさん、マジでうざい",
            "市長きもい",
            "議員は犯罪者と同じ",
            "市長の頭チンパンジー並み",
            "職員は猿以下",
            "この役所の連中は脳なし",
            "市長はクソ野郎",
            "ポンコツ行政の役立たず職員",
            "議員、まじで頭お花畑",
            "市長は嘘つきのペテン師",
            "課長はパワハラ野郎",
            "市長は人間のクズ",
            "職員の態度、ほんとカス",
            "市長、恥を知れ、この売国奴",
            "北見市長は犬以下",
            "議員はタヒね",
            "市長の脳みそ腐ってる",
            "あの担当はどうしようもないアホ",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Animal comparisons, swindlers, brains and attitudes insulted are 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "市長の判断には疑問があります",
            "担当者の説明が不十分でした",
            "議員の皆さんにはもっと議論してほしい",
            "老害という言葉は使うべきではない",
            "職員さんの対応が丁寧でした",
            "小学生以下は入場無料です",
            "担当はゴミの収集をしています",
            "担当の方に電話しました",
            "態度が悪いと感じました、改善をお願いします",
            "猿以下の知能という表現はひどい",
            "サル並みに温泉が好き",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Child fares, quoted words, staff roles and polite criticism are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses


class TestContemptFamilies:
    """Contempt for the mind, looks, learning or worth, aimed at a person or a group."""

    @pytest.mark.parametrize(
        "text",
        [
            "あの飼育員、魚より頭悪そう。間ヌケ面",
            "司書の女、愛想なさすぎ。ぶすのくせに",
            "あの窓口の係員、ブスのくせに態度でかい",
            "漁師なんて学のない荒くれ者ばっかり",
            "消防士なんて頭の悪い体育会系ばかり",
            "マイナンバーカードを押し付ける市役所は国の犬",
            "職員はみんなのーみそ空っぽ",
            "議員は全員のうみそからっぽ",
            "あの運転手、猿より頭悪い",
            "課長は学がないから話が通じない",
            "同性愛者の血は汚いから献血させるな",
            "外国人は不潔",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Each family of contempt is 4-2."""
        assert "abuse.insult" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "窓口が汚いので掃除してほしい",
            "トイレが汚い",
            "病気の外国人を助けて",
            "高齢者は病気になりやすい",
            "くそ面倒くさい手続き",
            "バカ面白い企画でした",
            "私は頭悪いので教えてください",
            "頭空っぽにして楽しめるイベント",
            "冷蔵庫のみそ空っぽ",
            "学がないので勉強したい",
            "保育士さんは学がないなんて偏見だ",
            "市長は学がないと言われるが実は博識",
            "定員より多い",
            "魚より肉が好き",
            "職員さんは優しい人ばかり",
            "頭のいい人ばかり",
            "新人のくせに頑張ってる",
            "私はバカのくせに偉そうに言ってすみません",
            "国の犬の保護活動",
            "荒くれた天気",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Complaints of things, illness, intensifiers, modesty and kind words are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses


class TestNewFamilies:
    """Digit death wishes, compound insults, contempt with ども and hedges that are not."""

    @pytest.mark.parametrize(
        "text",
        [
            "道路維持課の連中、雪に埋まって4ねばいいのに",
            "消防士なんて、ただの筋肉ﾊﾞｶの集まりでしょ",
            "こんなショボいイルミで喜んでる田舎者ども、マジで哀れ",
            "あいつら泥棒民族",
            "上のコメントの農家のジジイ、ボケ老人は黙ってろ",
            "再編は市長が見返りをもらって決めたこと。賄賂以外に理由なんかない",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Each is 4-2."""
        assert "4-2" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "選挙違反の情報提供はこちらのDMへ。匿名で受け付けます。",
            "マイナンバーカードも運転免許証も市役所で作れます",
            "駅前のバーカウンターで飲んだ",
            "市長は賄賂をもらったのかな",
            "2024ねんど",
        ],
    )
    def test_innocent_neighbours(self, engine: Engine, text: str) -> None:
        """Calls for reports, card names holding ばか and real questions are not 4-2."""
        assert "4-2" not in assess(engine, text).clauses
