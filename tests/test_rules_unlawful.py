"""Tests for the rules of clause 4-4, law and public order (rules/unlawful/), per CLAUSES.md."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import Action, Comment, Decision
from kitami_policy.engine import Engine


def assess(engine: Engine, text: str) -> Decision:
    """Assess *text* as a comment on its own."""
    return engine.assess(Comment(id="c1", text=text))


def rules_of(decision: Decision) -> set[str]:
    """The 4-4 rules that fired."""
    return {f.rule for f in decision.findings if f.clause == "4-4"}


# Unpopular opinions, crime reports and trap words (CLAUSES.md "does NOT" and "Traps").
CLEAN = [
    "害虫を殺す方法を教えてください",
    "息を殺して見ていた",
    "問い合わせが殺到している",
    "殺風景な駅前",
    "殺虫剤を買った",
    "殺菌効果",
    "死ぬほど美味しい",
    "爆発的な人気",
    "爆弾低気圧が来るそうです",
    "看板が壊されていました",
    "駅前で不審者を見ました",
    "燃やすゴミの日は火曜日",
    "燃えるゴミを燃やす施設",
    "ストーブに火をつけるのを忘れた",
    "クマが人を襲う事件があった",
    "熊を殺すな",
    "傘をさすと危ない",
    "殺すぞと言われました",
    "市役所に爆破予告があったそうです",
    "闇バイトに注意してください",
    "大麻解禁に賛成です",
    "移民政策には反対です",
    "移民はいらない",
    "外国人観光客が増えてうれしい",
    "外国人は犯罪者ではない",
    "野菜売ります、北見産の玉ねぎ",
    "手押し車を貸してください",
    "猟銃の許可について知りたい",
    "偽造に注意",
    "帰ろうか",
    "考えろよ",
    "イエローカード",
    "ヌードルを食べた",
    "見たところすごく寒い",
    "こころすっきり",
    "ところしか空いてない",
    "薪ストーブに火をつけて暖まる",
    "アイスクリーム売ってます",
    "爆破解体のニュース",
    "障害者の雇用を増やしてほしい",
    "外国人にもわかる案内をお願いします",
    "死亡事故が多い交差点",
    "死角が多い",
    "中国人観光客が多いね",
    "さすがに寒い",
]


class TestThreat:
    """law.threat: threats and incitement to violence, reported to the police (脅迫)."""

    @pytest.mark.parametrize(
        "text",
        [
            "殺してやる",
            "市長を殺す",
            "お前を殺す",
            "ぶっ殺すぞ",
            "ころすぞ",
            "職員をころす",
            "除雪担当の係長を絶対 こ ろ す",
            "除雪担当の係長を絶対\u200bこ\u200bろ\u200bす",
            "パレードに車で突っ込んでやろうか。みんな ｺ ﾛ ｽ",
            "市長をさ.す",
            "夜道に気をつけろ",
            "家族がどうなっても知らないぞ",
            "除雪車の運転手ぶん な ぐ る",
            "来年のパレードにダンプで突っ込む。本気だから",
            "審査員の家に行って脅してくる",
            "住所調べたぞ。雪の日に行ってやるから待ってろ",
        ],
    )
    def test_threats(self, engine: Engine, text: str) -> None:
        """A threat of violence is 4-4 and is reported to the police as 脅迫."""
        decision = assess(engine, text)
        assert "law.threat" in rules_of(decision)
        assert Action.REPORT_TO_POLICE in decision.actions
        assert any("刑法第222条" in basis for basis in decision.legal_basis)

    def test_threat_with_address_masks_the_address(self, engine: Engine) -> None:
        """A threat beside a home address keeps the address's digits out of the excerpt."""
        decision = assess(engine, "係長の家は北見市清月町4丁目2-18。殺してやる")
        finding = next(f for f in decision.findings if f.rule == "law.threat")
        assert "2-18" not in finding.excerpt


class TestBombAndArson:
    """law.bomb_threat and law.arson: bombings and burnings threatened."""

    @pytest.mark.parametrize(
        "text",
        [
            "市役所を爆破する",
            "市役所に爆弾を仕掛けた",
            "市役所、ば く は し て や る",
            "祭りの当日、会場ﾊﾞｸﾊﾟするわ。覚悟しとけ",
            "会見場に爆弾しかけといた",
        ],
    )
    def test_bomb_threats(self, engine: Engine, text: str) -> None:
        """A bomb threat is 4-4 and reported as 威力業務妨害 (art. 234)."""
        decision = assess(engine, text)
        assert "law.bomb_threat" in rules_of(decision)
        assert any("刑法第234条" in basis for basis in decision.legal_basis)

    @pytest.mark.parametrize(
        "text",
        [
            "市役所に放火してやる",
            "庁舎に火をつけてやる",
            "明日までに除雪しなかったら除雪センターに火つけるからな",
            "市役所に火をつ け る日を決めた",
            "団体の事務所、も.や.し.に行こうぜ",
            "ルール守らない家のゴミ、全部燃やしてやる",
            "自宅の場所は知ってる。放火されても知らないよ",
        ],
    )
    def test_arson_threats(self, engine: Engine, text: str) -> None:
        """An arson threat is 4-4 and reported to the police."""
        decision = assess(engine, text)
        assert "law.arson" in rules_of(decision)
        assert Action.REPORT_TO_POLICE in decision.actions


class TestSolicitation:
    """Crime solicitation and the sale of illegal things, each with its law."""

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            ("闇バイト募集、日給5万", "law.crime_solicitation"),
            (
                "ﾔﾐﾊﾞｲﾄ募集中 荷物受け取るだけの簡単なお仕事。連絡は テ レ グ ラ ム で",
                "law.crime_solicitation",
            ),
            ("口座買います DMで", "law.crime_solicitation"),
            ("断水の日は空き巣のチャンスだぞ", "law.crime_solicitation"),
            ("警察いないから飲酒運転余裕", "law.crime_solicitation"),
            ("大麻売ります", "law.drug_sale"),
            ("外国人観光客に大麻売るのが一番儲かる", "law.drug_sale"),
            ("祭りで ｸｻ 売ってます🌿 欲しい人はテレグラムで", "law.drug_sale"),
            ("別の『葉っぱ』育ててる。欲しい人いたら手押しで売るよ", "law.drug_sale"),
            ("クマ対策に銃ほしい人、許可なしで買えるルートあるよ。連絡待ってる", "law.weapon_sale"),
            ("拳銃売ります", "law.weapon_sale"),
            ("偽.造の運転免許証・保険証、作ります", "law.forgery_sale"),
        ],
    )
    def test_solicitation(self, engine: Engine, text: str, rule: str) -> None:
        """Soliciting a crime or offering illegal goods is 4-4, reported with its legal basis."""
        decision = assess(engine, text)
        assert rule in rules_of(decision)
        assert Action.REPORT_TO_POLICE in decision.actions
        assert decision.legal_basis

    @pytest.mark.parametrize(
        "text",
        [
            "闇バイトに注意してください。応募しないで",
            "大麻を売っている人を見かけたら通報を",
            "大麻解禁に賛成です",
            "野菜売ります、欲しい人はDMで",
            "猟銃の許可を取りました",
            "偽造免許証に注意",
            "空き巣に注意しましょう",
        ],
    )
    def test_warnings_and_legal_trade_stay_clean(self, engine: Engine, text: str) -> None:
        """Warnings against crime, opinions and legal trade are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestObscene:
    """law.obscene: obscene or sexual content."""

    @pytest.mark.parametrize(
        "text",
        [
            "焼き肉より隣のお姉さんの胸ばっかり見てたわ。エロすぎ",
            "ホールで撮った🔞エッチな動画あるよ",
            "浴衣の女の子のパンチラ撮りに行くわｗ",
            "ヌ ー ド 写真で応募したらダメ？",
            "祭りの人混みで痴漢し放題だったわ",
        ],
    )
    def test_sexual_content(self, engine: Engine, text: str) -> None:
        """Sexual content and boasts of sexual crimes are 4-4."""
        assert "law.obscene" in rules_of(assess(engine, text))

    def test_a_passing_exclamation_is_not_explicit(self, engine: Engine) -> None:
        """A lone "ｴﾛいなあ", said of no one and with no act, is a passing mention (CLAUSES.md,
        "Reading real comments": a passing, non-explicit mention is not 4-4)."""
        assert "law.obscene" not in rules_of(assess(engine, "ｴﾛいなあ"))

    @pytest.mark.parametrize(
        "text", ["帰ろう", "考えろよ", "イエローの帽子", "ヌードルが好き", "えろう寒い"]
    )
    def test_hidden_kana_stays_clean(self, engine: Engine, text: str) -> None:
        """えろ inside 帰ろう or イエロー is no obscenity: only katakana エロ counts."""
        assert "law.obscene" not in rules_of(assess(engine, text))


class TestHate:
    """law.hate: hate speech against a group; also 4-2 with an explicit slur or insult."""

    @pytest.mark.parametrize(
        "text",
        [
            "中国人は出ていけ",
            "外国人は犯罪者",
            "在日は国に帰れ",
            "詐欺やってるのはどうせ外国人だろ。北見から全員追い出せ",
            "外国人の家族なんか北見に住ませるな。出て行けばいい",
            "女は黙ってろ",
        ],
    )
    def test_hate_speech(self, engine: Engine, text: str) -> None:
        """A group by origin or trait told to leave or called criminals is 4-4."""
        assert "law.hate" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "外国人はゴキブリ、日本から出ていけ",
            "障害者は社会のお荷物",
            "チョンは消えろ",
        ],
    )
    def test_hate_with_insult_is_also_4_2(self, engine: Engine, text: str) -> None:
        """Hate speech with an explicit slur or insult is 4-4 and 4-2."""
        assert {"4-2", "4-4"} <= set(assess(engine, text).clauses)

    def test_disability_exclusion_is_weak(self, engine: Engine) -> None:
        """Softer exclusion of a group by disability is 4-4 as weak evidence for review."""
        decision = assess(engine, "障害のある人を職員に採用するのはやめるべき")
        assert "law.hate" in rules_of(decision)
        assert decision.needs_review

    @pytest.mark.parametrize(
        "text",
        [
            "移民はいらない",
            "移民政策には反対です",
            "外国人は犯罪者ではない",
            "外国人は出ていけという差別発言は許せない",
            "障害者の雇用を増やしてほしい",
        ],
    )
    def test_opinions_and_condemnation_stay_clean(self, engine: Engine, text: str) -> None:
        """A policy opinion, a denial or a condemnation of hate speech is not 4-4."""
        assert "law.hate" not in rules_of(assess(engine, text))


class TestTraps:
    """Trap words, crime reports and unpopular opinions stay clean."""

    @pytest.mark.parametrize("text", CLEAN)
    def test_clean(self, engine: Engine, text: str) -> None:
        """Nothing in the 'does NOT' column or the traps is 4-4."""
        assert "4-4" not in assess(engine, text).clauses

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=3))
    def test_traps_combined_stay_clean(self, engine: Engine, pieces: list[str]) -> None:
        """Clean comments joined together stay clean."""
        assert "4-4" not in assess(engine, "。".join(pieces)).clauses

    @settings(max_examples=40, deadline=None)
    @given(
        st.sampled_from(["", "今日も寒い。", "北見の冬は長い。"]),
        st.sampled_from(["市長を殺す", "市役所を爆破する", "庁舎に火をつけてやる", "大麻売ります"]),
    )
    def test_innocent_context_keeps_the_finding(
        self, engine: Engine, before: str, threat: str
    ) -> None:
        """A threat stays 4-4 whatever innocent text precedes it."""
        assert "4-4" in assess(engine, before + threat).clauses


class TestGeneralisation:
    """Families of phrasing beyond the development corpus: conjugations, registers, slang."""

    @pytest.mark.parametrize(
        "text",
        [
            "あの課長、今度会ったら殺したる",
            "窓口の担当者ぶっ殺すぞ",
            "市長をぶち殺してやる",
            "お前ら全員殺っちゃうぞ",
            "議員なんか殺されたいのか",
            "田中を絶対刺す",
            "あいつを刺し殺してやる",
            "運転手をボコボコにしてやる",
            "職員をしばいたる",
            "係長を次会ったらぶん殴る",
            "除雪の業者、覚えとけよ",
            "夜道には気をつけろよ",
            "家族がどうなってもいいんだな",
            "生きて帰れると思うなよ",
            "痛い目見せてやるから待ってろ",
            "市役所に殴り込みに行くぞ",
            "パレードに車で突っ込んでやろうか",
            "給食に毒を入れてやる",
            "海に沈めたるからな",
            "お前の家の窓ガラス割りに行くから",
            "首洗って待ってろ",
            "天誅を下す",
            "市長の家に火つけたろか",
            "体育館ごと燃やしたる",
            "議会を爆破するわ",
            "駅に時限爆弾仕掛けた",
            "市役所に爆破予告。明日やる",
        ],
    )
    def test_threat_families(self, engine: Engine, text: str) -> None:
        """Threats in every conjugation and register are 4-4."""
        assert "4-4" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "テレグラムで連絡くれたら受け子の仕事紹介するよ",
            "即日現金、荷物を運ぶだけの簡単な仕事。シグナルで連絡",
            "口座売ります、1口座3万",
            "携帯の名義貸しします",
            "飛ばし携帯あります",
            "バレなきゃ平気だから万引きしちゃえ",
            "夜中に体育館に忍び込もうぜ",
            "シャブ手押しで回せます",
            "大麻吸おうぜ、いいの持ってる",
            "庭で大麻育ててるけど最高",
            "チャカ売ります、足がつかないやつ",
            "偽造パスポート作れます、即日発送",
            "マイナンバーカード代行作成します、本人来なくても作れます",
            "密猟したエゾシカ肉、安く売ります",
        ],
    )
    def test_crime_and_illegal_sale_families(self, engine: Engine, text: str) -> None:
        """Crime solicitation and illegal sales in many wordings are 4-4."""
        assert "4-4" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "外人は国に帰れよ",
            "中国人は日本に住むな",
            "在日は半島に帰れ",
            "外国人なんて駆除しろ",
            "障害者は生きる価値がない",
            "ベトナム人は泥棒だ",
            "ガイジは外に出すな",
            "女は管理職にするな、採用しなくていい",
            "同性愛は病気",
            "チャンコロは出ていけ",
            "ホモ野郎は来るな",
            "アイヌとか朝鮮人がうじゃうじゃいて最悪",
        ],
    )
    def test_hate_families(self, engine: Engine, text: str) -> None:
        """Hate speech against a group in many wordings is 4-4."""
        assert "law.hate" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "あの女性職員エロい体してる",
            "おっぱい見せてよ",
            "パパ活募集、ホ別2",
            "浴衣の女の子のローアングル撮ってきた",
            "セフレ募集中",
        ],
    )
    def test_obscene_families(self, engine: Engine, text: str) -> None:
        """Sexual content in many wordings is 4-4."""
        assert "law.obscene" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "方針がころころ変わる",
            "この政策は北見の街を殺す",
            "感情を殺して働いている",
            "ゴキブリを殺すスプレー",
            "アライグマを駆除してほしい",
            "夜道に気をつけてお帰りください",
            "帰り道に気をつけてね",
            "後ろに気をつけて運転してください",
            "この曲ぶっ刺さる",
            "家族に何かあってからでは遅い",
            "家族を大事にしなさい",
            "北見のラーメン界に殴り込みをかける新店",
            "自分の首を絞めるような制度だ",
            "野球でフルボッコにされた",
            "見つけ次第連絡します",
            "差を埋める努力が必要",
            "空白を埋めてください",
            "電気を消すのを忘れた",
            "火曜日に市長の会見がある",
            "車で突っ込んだ事故がありました",
            "爆破予告のメールが届いたそうです",
            "高齢者は病気になりやすい",
            "女性の職員の対応が迷惑でした",
            "男性職員がクマを駆除してくれた",
            "女性専用車両を増やして",
            "在日米軍は出ていけ",
            "強制送還の手続きについて",
            "不法滞在の外国人は強制送還すべき",
            "外国人観光客がうじゃうじゃいても問題ない、と言った",
            "パチンコ店が閉店した",
            "ちんちん電車に乗りたい",
            "私にやらせてください",
            "靴を脱いで入ってください",
            "ソフトクリーム舐めたい",
            "水を何カップ入れますか",
            "シコシコした麺がうまい",
            "フェラーリが走ってた",
            "成人向けの講座があります",
            "ホモ牛乳を飲んだ",
            "めくらないでください",
            "かたわらに置いた",
            "ちびっこ広場",
            "非人道的な扱い",
            "苦手なものはにがうり",
            "たまご売ります、手渡しで",
            "ハーブ売ります、手渡しOK",
            "ジョイントコンサートのチケット売ります",
            "見えすぎる",
            "増えすぎた",
            "コカコーラ売ってます",
            "ドラッグストアで睡眠薬を販売",
            "肥料と農薬を混ぜて散布",
            "大麻の栽培で逮捕されたニュース",
            "口座の開設方法を教えてください",
            "闇バイトの受け子で捕まった事件",
            "ガラスが割れていました",
            "雪の重みで車庫が壊れた",
            "カラスを追い出す方法",
            "ハフハフしながら食べた",
        ],
    )
    def test_new_traps_stay_clean(self, engine: Engine, text: str) -> None:
        """Everyday words and reports next to the new patterns are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestHeldOutFamilies:
    """Veiled, dialect, romaji and emoji threats, slang sales and mild solicitation."""

    @pytest.mark.parametrize(
        "text",
        [
            "お前の家知ってるからな",
            "月夜ばかりと思うなよ",
            "覚悟しとけよ市長",
            "市長、覚悟しておけ",
            "担当者ただじゃおかないからな",
            "無事でいられると思うなよ",
            "夜道には気をつけることだな",
            "どうなっても知らんぞ",
            "痛い目見るぞお前ら",
            "痛い目にあわせてやる",
            "絶対に後悔させてやる",
            "明日刃物持って市役所に行くわ",
            "包丁持って行くから待ってろ",
            "庁舎にガソリン撒いてやる",
            "ガソリンまくぞ",
            "トラックで庁舎に突っ込む",
            "車で突っ込んでやる",
            "市長に天誅を下す",
            "天誅",
            "いてまうぞコラ",
            "しばくぞお前",
            "しばいたろか",
            "殺したろか",
            "いてこますぞ",
            "ぶっ殺すべや",
            "korosu",
            "kill you 市長",
            "市長🔪🔪🔪",
            "市役所💣💣",
            "庁舎🔥🔥🔥燃やす",
            "祭りを中止しないと会場で暴れてやる",
            "祭りを中止しないとどうなるか分かってるな",
            "学校に爆弾仕掛けた",
            "小学校襲撃する",
            "イベント会場に何か仕掛けておいた",
            "職員の家族がどうなってもいいのか",
            "ぶちのめしてやる",
            "ボコボコにしてやる",
            "半殺しにしてやる",
            "息の根を止めてやる",
            "首洗って待っとけ",
            "血祭りにあげてやる",
            "生きて帰れると思うな",
            "〇〇人は国に帰れ",
            "中国人は国に帰れ",
            "韓国人お断り",
            "外国人お断りの店にしろ",
            "障害者は迷惑",
            "障害者は生まれてこなければよかった",
            "アイヌなんていない、ただの乞食",
            "在日は日本から出て行け",
            "女は黙ってろ",
            "ホモは病気",
            "❄️あります、手押しで即日",
            "🍁🌿あります\u3000DMで",
            "冷たいの手押しで",
            "アイスあります 手押し 札幌 北見",
            "チャカ売ります",
            "拳銃譲ります",
            "パパ活しませんか？",
            "円光してくれる子募集",
            "ホ別3でどう？",
            "大人の関係になれる人",
            "割り切りで会える人募集",
            "JKとエッチしたい",
            "おっぱい見せて",
            "職員全員ぶっ飛ばす",
            "市長を埋めてやる",
            "あいつを消してやる",
            "市役所ダイナマイトで吹っ飛ばす",
            "市役所を吹き飛ばしてやる",
            "役所に火炎瓶投げ込む",
            "北見市役所に爆弾置いてきた",
            "議員の車に細工しといた",
            "万引きなら〇〇スーパーが楽勝",
            "闇バイト募集、日給10万",
            "高額報酬、荷物受け取るだけ",
            "ガチでお前ら皆殺しにする",
            "次の議会で暴れてやる、覚悟しろ",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Each family of phrasing is 4-4."""
        assert "4-4" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "殺虫剤を撒いた",
            "燃えるゴミは月曜日です",
            "爆発的に増えている",
            "刺身が美味しかった",
            "寒波襲来に備えてください",
            "火の用心の見回りご苦労さまです",
            "脅迫電話があったそうです",
            "「殺すぞ」と書き込んだ男が逮捕されたそうです",
            "爆破予告で休校になったらしい",
            "覚悟して臨んでください",
            "除雪が遅いと後悔しますよ",
            "ガソリンの値段が高い",
            "ガソリンを撒いて放火する事件がありました、怖いです",
            "車で突っ込む事故がありました",
            "天誅という言葉は物騒ですね",
            "しばらくお待ちください",
            "外国人観光客お断りの店があると聞いて悲しい",
            "障害者への差別はやめてください",
            "中国人観光客が増えましたね",
            "国に帰れという書き込みは差別です",
            "パパ活の被害が増えているので注意",
            "手押しポンプの修理をお願いします",
            "冷たいの飲みたい",
            "アイスクリーム売ってます",
            "野菜売ってます",
            "花火大会で🔥最高でした",
            "市長、今年もよろしく🔥",
            "痛い目を見ないように注意しましょう",
            "どうなっても知りませんよ、という対応はやめてほしい",
            "お前の家族も大事にしろよ",
            "覚悟を持って市政に取り組んでください",
            "ただじゃおかないと言われて怖かった",
            "包丁研ぎの講習会",
            "爆弾ハンバーグが美味しい",
            "ダイナマイト級の人気",
            "月夜の散歩が好きです",
            "交通事故で車が突っ込んだ",
            "ナイフとフォークを持って行く",
            "shine muscat 美味しい",
            "市民のために後悔しない選択を",
            "学校の安全対策を強化してください",
            "包丁持って料理教室に参加しました",
            "バット持って野球の練習に行く",
            "市役所にトラックが突っ込んだ事故",
            "市長🔥最高",
            "市役所の前で待ってろって言われた",
            "❄️今日も大雪です、除雪お願いします",
            "🌿新鮮な野菜売ってます🌿",
            "こちらの人は帰れない",
            "この人は帰れって言うけどひどい",
            "大人の対応をお願いします",
            "割り切って考えるしかない",
            "ご意見どうなってもいいという姿勢は困る",
            "除雪車を吹っ飛ばす勢いの吹雪",
            "テロリストに屈するな",
            "お前の家の前の除雪はまだか",
            "あの人は国に帰ったらしい",
            "雪をぶっ飛ばす除雪機",
            "消しゴムで消してやる",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Trap words, reports, quotes and warnings next to the new families are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestMoreHeldOutFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "市長の車にいたずらしてやる",
            "今度の祭り、会場で刃物振り回してやる",
            "ナイフ振り回す",
            "来週のイベント、めちゃくちゃにしてやる",
            "議会に乗り込んで暴れる",
            "職員一人ずつ消していく",
            "市役所燃えればいいのに。手伝おうか",
            "庁舎ごと吹っ飛べばいい、俺がやる",
            "ころころしてやんよ",
            "タヒね市長、ころすぞ",
            "担当者の首とってやる",
            "あの職員の顔、二度と見られないようにしてやる",
            "市長の家族も道連れだ",
            "北見駅で無差別にやる",
            "学校に爆破予告送ったった",
            "病院に爆弾",
            "爆弾持って市役所行くわ",
            "イベント会場にサリン撒く",
            "水道に毒流す",
            "給食に薬混ぜとく",
            "大麻育ててる、欲しい人いる？",
            "覚醒剤打ちたい、誰か売って",
            "チャカ持ってる、譲るよ",
            "免許証偽造できます",
            "口座売ってくれる人募集",
            "受け子やれる人、日給5万",
            "裏バイト紹介します、即日現金",
            "お前らの子供、誘拐してやろうか",
            "女子トイレ盗撮してきた",
            "JKの制服姿エロすぎ",
            "外国人は全員追放しろ",
            "在日は日本から出ていけ",
            "障がい者は施設に閉じ込めとけ",
            "生活保護の外国人は寄生虫",
            "ゲイは気持ち悪いから北見に来るな",
            "アイヌは日本人じゃない、特権を許すな",
            "朝鮮人を叩き出せ",
            "黒人お断り",
            "ガイジは学校来るな",
            "中国人観光客を北見から叩き出せ",
            "しばきあげたろか",
            "いてもうたろか",
            "ぼてくりこかすぞ",
            "なまらぶっとばすぞ",
            "ぶっ殺すしたっけ",
            "ぶっころがすぞ",
            "刺したろか",
            "まじ殺意わくわ、市長",
            "殺意しかない、あの課長",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Sabotage, poison, dialect, places and hate without slurs are 4-4."""
        assert "4-4" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "病院に爆弾低気圧の影響で行けなかった",
            "駅前の店の爆弾おにぎりが美味しい",
            "学校の花火大会で大きな音が爆発的に響いた",
            "市役所の前でいたずらしてる子がいた",
            "ストーブの火が燃えればいいのに、寒い",
            "図書館で爆笑した本",
            "神社の火祭りに行きました",
            "施設の暖房が壊れています",
            "サリン事件の特集を見た",
            "殺意の波動というゲームの技",
            "小学校の給食に薬味が入っていた",
            "無差別に選ばれた市民アンケート",
            "刃物を振り回す男が逮捕されたそうです",
            "除雪機が雪を吹っ飛ばす",
            "体育館で飛び跳ねる子どもたち",
            "アイヌ文化の特集を見ました",
            "外国人差別を許すな",
            "盗撮被害に気をつけましょう",
            "偽造紙幣に注意",
            "この書類は窓口で作成できます",
            "公園の遊具がめちゃくちゃに壊れていた",
            "順番に消していきますので、お待ちください",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Weather bombs, food, reports, warnings and everyday verbs are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestSalesAndHateFamilies:
    """Phrasings beyond the development sets, and the innocent sentences next to them."""

    @pytest.mark.parametrize(
        "text",
        [
            "ベトナム人の実習生は泥棒ばかり",
            "外国人が増えると治安が悪くなる、全員追い返せ",
            "ハーフは日本人じゃない",
            "女に除雪なんかできるわけない、引っ込んでろ",
            "障害者は税金の無駄",
            "LGBTは気持ち悪いから消えろ",
            "韓国人は嘘つき民族",
            "移民は犯罪者予備軍",
            "生活保護受けてる外国人は出ていけ",
            "中国人観光客マナー悪いから入国禁止にしろ",
            "北見の女は尻軽",
            "おっぱい大きい職員さんがいる窓口",
            "エロ配信してます",
            "裏垢女子です、DMで写真売ります",
            "大麻ある？手押しで",
            "ガンジャ売ります",
            "覚醒剤分けます",
            "MDMAあります",
            "ヤクほしい人",
            "拳銃、実弾付きで譲ります",
            "改造エアガン売ります、殺傷力あり",
            "偽札作れます",
            "マイナンバーカード偽造します",
            "受け子募集、逮捕されても知らん",
            "他人名義の口座買います",
            "ホワイト案件、荷物運ぶだけで高収入",
            "飲酒運転してもバレないから大丈夫",
        ],
    )
    def test_violations(self, engine: Engine, text: str) -> None:
        """Hate by label, drugs in stock, weapons, forgery and fraud jobs are 4-4."""
        assert "4-4" in assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "覚醒剤の問題があります",
            "ハーフの子が日本人じゃないと言われて傷ついた",
            "大麻の所持で逮捕されたそうです",
            "エアガンで遊ぶのは危ない",
            "殺傷力の高い武器の規制に賛成",
            "裏垢の使い方を教えて",
            "MDMAの危険性について講演会があります",
            "引っ込み思案な子どもたち",
            "受け子募集の手口に注意",
            "カードの偽造に気をつけましょう",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Reports, warnings, safety talks and everyday words are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestIntentFamilies:
    """A verb of harm with a form of intent, aimed at a person, a thing or a supply (law.threat)."""

    @pytest.mark.parametrize(
        "text",
        [
            "値上げするなら浄水場にド\u200cクでも入れてやろうか",
            "見つけたら轢き〇す",
            "次に見かけたら ひ\xadき\xadこ\xadろ\xadす",
            "会ったら絞め殺す",
            "あの課長、見つけ次第なぶり殺す",
            "花壇の花、夜中に全部引っこ抜いてやる",
            "ついでに支所の窓も割る",
            "市長の車、タイヤ全部切り裂いてやる",
            "市役所のガラス全部割ったるわ",
            "公園の遊具、夜中にぶっ壊しに行く",
            "図書館の本、全部破いてやる",
            "公民館の壁に落書きしてやる",
            "議員の家に石投げてやる",
            "あの職員、ちょっと殴ってくるわ",
            "あの課長、夜道で襲ってやろうか",
            "議員を誘拐してやろうか",
            "給食に洗剤入れとくわ",
            "学校のプールに灯油流してやる",
            "水道に毒物混入してやる",
        ],
    )
    def test_threats(self, engine: Engine, text: str) -> None:
        """Killing, damage and poisoning with intent are threats reported to the police."""
        decision = assess(engine, text)
        assert "law.threat" in rules_of(decision)
        assert Action.REPORT_TO_POLICE in decision.actions

    @pytest.mark.parametrize(
        "text",
        [
            "薪を割ってやるよ、任せて",
            "卵を割ってやる",
            "窓を割って逃げた犯人が捕まったそうです",
            "子供が公園の遊具を壊してしまいました、すみません",
            "古い遊具は壊そう、危ないから",
            "市は古い庁舎を壊すべき",
            "庁舎を壊す予定だそうです",
            "シカが畑を荒らす。対策をお願いします",
            "カラスが苗を引っこ抜く",
            "雑草を全部引っこ抜いてやる",
            "畑の雑草、全部引っこ抜いてやる",
            "家でパンを焼いてやる",
            "家族にケーキ焼いてやるか",
            "日本をぶっ壊してやる",
            "次の選挙で市長を潰してやる",
            "市長の利権をぶっ潰してやる",
            "上司が殴ってくる",
            "ゴキブリを殺してやる",
            "とどめを刺してやる",
            "給食に薬を混ぜないでほしい",
            "お茶に薬を入れて飲んでます",
            "毒舌で言ってやる",
            "畑に農薬をまいておく",
            "新しいベンチに名前を落書きする子がいる",
            "除雪車が塀を壊していった、直してほしい",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Chores, apologies, demolition plans, pests, politics and medicine are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestInvitationFamilies:
    """Crimes proposed, offered to partners or called easy; goods in stock; hate by neglect."""

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            ("避難で空になった家、今夜まわって金目の物いただこうぜ", "law.crime_solicitation"),
            (
                "閉館後に忍び込んで本を盗むのも簡単そうだな。一緒にやる人募集",
                "law.crime_solicitation",
            ),
            ("神社の賽銭、夜中に盗もう", "law.crime_solicitation"),
            ("体育館の備品、盗むなら今が狙い目", "law.crime_solicitation"),
            ("コンビニ強盗やろうぜ、仲間募集", "law.crime_solicitation"),
            ("工事現場の銅線盗んで売ろうぜ", "law.crime_solicitation"),
            ("白い粉もありまーす❄ 欲しい人は連絡ちょうだい", "law.drug_sale"),
            ("上物ありますよ、連絡待ってます", "law.drug_sale"),
            ("ミツリョウしたホタテ、安く売ってあげる。夜に港まで来て", "law.contraband_sale"),
            ("献血の代わりに自分の血を売りたい人、高く買い取ります", "law.contraband_sale"),
            ("偽のマイナンバーカード作れるよ。顔写真送ってくれたら3日で届ける", "law.forgery_sale"),
            ("同性愛者の血は汚いから献血させるな", "law.hate"),
            ("外国人労働者は暑さで倒れても放っとけ。日本人じゃないんだから", "law.hate"),
            ("生活保護の外国人なんか放っておけ", "law.hate"),
            ("障害者に部屋を貸すな", "law.hate"),
            ("在日の血は汚れてる", "law.hate"),
        ],
    )
    def test_violations(self, engine: Engine, text: str, rule: str) -> None:
        """Each family is 4-4 under its own rule."""
        assert rule in rules_of(assess(engine, text))

    def test_drug_in_stock_with_a_distant_sale_word(self, engine: Engine) -> None:
        """A drug in stock is an offer even when the sale word stands far from it."""
        text = "大麻あります。品質には自信があります、気になる方はお気軽に連絡ください"
        assert "law.drug_sale" in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "空き巣に入られました。警察に相談します",
            "盗むのは簡単ではない",
            "侵入する余裕はない",
            "侵入しようとしたクマ",
            "夜の見回り一緒にやる人募集、空き巣が多いので",
            "盗まれた自転車を一緒に探してくれる人いませんか",
            "避難の時は貴重品を持ち出そう",
            "貴重品を取りに行こう",
            "このアイデア、パクろうかな",
            "白いのありますか？",
            "白いの在庫ありますか",
            "冷たいのあります、かき氷始めました",
            "偽のマイナンバーカードを作った男が逮捕された",
            "偽の情報に注意してください",
            "にせアカシアの花が咲いた",
            "献血に行ってきました、血液が足りないそうです",
            "高齢者は放っておけない",
            "外国人観光客が困っていたら放っておけない",
            "雪かきは高齢者に任せずほっとけ",
            "高齢者に無理させるな",
            "ボランティアとか言って、どうせ老人会の暇人どもの自己満足",
            "女性の体は冷えやすい",
        ],
    )
    def test_neighbours_stay_clean(self, engine: Engine, text: str) -> None:
        """Victims, denials, attempts, evacuation advice, questions and care are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestImplicitThreatsAndEvasions:
    """Implicit threats, evasions that break verbs, and offers made without naming the crime."""

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            ("財政課の課長、家の場所わかってるからな。ま っ て ろ よ", "law.threat"),
            (
                "室長さん、お子さんがどこの学校に通ってるか、こっちはもう調べてありますからね",
                "law.threat",
            ),
            ("係長の帰り道、もう調べはついてるぞ", "law.threat"),
            ("責任者さん、夜に一人で帰るときは後ろに気ぃつけたほうがいいっしょ", "law.threat"),
            ("委員の小野寺、終わったら行くから待ってろ", "law.threat"),
            ("明日、水道局に乗り\u200d込むわ。何されても文句言うな\u200dよ", "law.threat"),
            ("担当の皆さまのご自宅へ一軒ずつご挨拶に伺います", "law.threat"),
            ("市長さんのお宅じゃなくて市長の自宅に押しかけてやる", "law.threat"),
            ("今夜タイヤ全部パンクさせてくる", "law.threat"),
            ("現場の重機 燃 や す から", "law.arson"),
            ("消防署で予防できない火事を起こしてやるよ", "law.arson"),
            ("在留ｶｰﾄﾞも運転免許証も作れます。必要な人はご相談を", "law.forgery_sale"),
            ("猟銃、許可なしで譲ります", "law.weapon_sale"),
            ("夜中は誰も見張ってないから、玉ねぎ持ち放題だぞ", "law.crime_solicitation"),
            ("余ってる入場券を集めて代わりに投票しよう", "law.crime_solicitation"),
            ("消防士のお兄さんを押し倒してヤりたい", "law.obscene"),
            ("公園で露出してきた", "law.obscene"),
            ("あいつら泥棒民族", "law.hate"),
        ],
    )
    def test_violations(self, engine: Engine, text: str, rule: str) -> None:
        """Each family fires through its own rule, evasions included."""
        assert rule in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "足元に気をつけてお帰りください",
            "除雪車がバックするので後ろに気をつけてください",
            "明日10時に市役所に伺います",
            "職員がご自宅に伺います",
            "高齢者のご自宅へ職員が伺います",
            "後悔しないように早めに申し込んで",
            "子供の学校の場所は知ってるから大丈夫です",
            "古いタイヤを燃やすから煙が出るんだと思う",
            "マイナンバーカードも運転免許証も市役所で作れます。詳しくはご相談を",
            "免許証も保険証も作れますか？相談したいです",
            "在留カードも免許証も作れますという詐欺に注意",
            "猟銃の許可なしで狩猟はできません",
            "露出狂が出たので注意してください",
            "肌の露出が多い服",
            "いちご狩りは取り放題です",
            "ご家族の代わりに投票することはできますか",
            "上のコメントの農家のジジイ、ボケ老人は黙ってろ",
        ],
    )
    def test_innocent_neighbours(self, engine: Engine, text: str) -> None:
        """Advice, appointments, offices that issue documents and reports are not 4-4."""
        assert "4-4" not in assess(engine, text).clauses


class TestGeneralisedFamilies:
    """Families added for unseen phrasings: intent past a report word, fraud, voyeurism, hate."""

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            (
                "訓練なんて生ぬるい。市役所に本物の 爆 弾 を置いてくから、避難してみろ",
                "law.bomb_threat",
            ),
            ("訓練当日、北中学校にガソリン持って行って本当の火.事にしてやるよ", "law.arson"),
            ("みんなで不正申告のやり方教えあおうぜ", "law.crime_solicitation"),
            ("脱税のコツ教えるよ。架空経費を計上すればいい", "law.crime_solicitation"),
            ("女子の下着が透けてる写真、撮れた人いたら高く買うよ", "law.obscene"),
            ("盗撮画像売ってます", "law.obscene"),
            ("イベルメクチン、処方箋なしで1錠500円で売ります", "law.drug_sale"),
            ("女性は採用しないでほしい。家庭に入るべきだから", "law.hate"),
            ("ガ.イ.ジ.ンは臭いから来るな", "law.hate"),
            ("在日の連中を職員にするなよ。あいつらゴキブリと同じだ", "law.hate"),
        ],
    )
    def test_violations(self, engine: Engine, text: str, rule: str) -> None:
        """Each phrasing fires its rule."""
        assert rule in rules_of(assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "避難訓練では市役所に爆弾を置いてくという想定でした",
            "「火をつけてやる」と言われたので警察に相談しました",
            "不正申告のやり方を教えるサイトが摘発されたそうです",
            "雨の日は下着が透けないか心配",
            "女性は採用しないという会社があるのは問題だ",
            "外国人観光客の部屋にゴキブリが出た。あいつらゴキブリ嫌いだから",
        ],
    )
    def test_near_misses(self, engine: Engine, text: str) -> None:
        """Reports, quotes and innocent words stay clean of 4-4."""
        assert "4-4" not in assess(engine, text).clauses
