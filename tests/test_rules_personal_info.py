"""Tests for kitami_policy.rules.personal_info (clause 4-1), read as CLAUSES.md reads it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitami_policy import KITAMI, Author, Comment, Post
from kitami_policy.engine import Engine
from kitami_policy.findings import Decision
from kitami_policy.rules.personal_info import email, is_my_number, luhn_valid


def _assess(engine: Engine, text: str, post_text: str = "除雪についてのお知らせです") -> Decision:
    post = Post(id="p1", account=KITAMI.account_for("facebook"), text=post_text)
    author = Author(id="u1", name="北見太郎", handle="taro_kitamin")
    return engine.assess(Comment(id="c1", text=text, author=author, post=post))


def _pii_rules(decision: Decision) -> set[str]:
    return {f.rule for f in decision.findings if f.clause == "4-1"}


def _with_check_digit(body: str) -> str:
    """Complete eleven digits into a My Number with its check digit."""
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), 1))
    rest = total % 11
    return body + str(0 if rest <= 1 else 11 - rest)


def _with_luhn(body: str) -> str:
    """Complete *body* with the Luhn check digit."""
    for last in "0123456789":
        if luhn_valid(body + last):
            return body + last
    raise AssertionError("unreachable")


class TestPhone:
    @pytest.mark.parametrize(
        "text",
        [
            "詐欺の電話の番号晒しとく 090-1234-5678",
            "こいつの携帯 ０８０ー２２３３ー４４５５ だから文句言え",
            "電話は〇九〇の七七二一の三四〇六",
            "携帯は〇八〇・三三九一・〇二七四だよ",
            "番号は09012345678です",
            "この人の家の電話 0157-31-4482",
            "自宅の固定電話は0157(31)4482",
            "IP電話 050-3817-2264 の加藤さん",
            "+81 90-1234-5678 に連絡してやれ",
            "090\u200b1234\u200b5678 にかけてみて",
            "011-598-3327 夜かけてやれ",
            "電話→ 0 9 0 - 1 2 3 4 - 5 6 7 8",
            "ＴＥＬ ０８０(５５５５)１２３４ この女に",
        ],
    )
    def test_private_numbers_are_found(self, engine: Engine, text: str) -> None:
        """Mobile, landline, IP and +81 numbers in any width, digit or separator style are 4-1."""
        decision = _assess(engine, text)
        assert "pii.phone" in _pii_rules(decision)

    @pytest.mark.parametrize(
        "text",
        [
            "応募書類は〒090-8501 北見市大通西3丁目1番地1 北見市役所宛てでいいですか？",
            "市役所の代表番号0157-23-7111にかけ直せばいいですか",
            "〒093-0045あたりも断水ですか",
            "北見警察署の電話番号は0157-24-0110で合ってますか？",
            "北見市環境課（0157-23-6911）に電話しました",
            "除雪センター（0157-36-2210）は24時間受付ですか",
            "0157-24-0110（北見警察署）に相談しました",
            "請負業者の法人番号 1110001015638 で調べました",
            "フリーダイヤル0120-123-456はつながりません",
            "2024年10月12日の10時から12時まで",
            "〒090-8501 0157-23-7111 北見市役所",
            "電話番号は○○○-○○○○-○○○○の形で書いてください",
            "0 0 0 0 0 0 0 0 0 0",
        ],
    )
    def test_public_and_non_phone_numbers_are_kept(self, engine: Engine, text: str) -> None:
        """Public contacts, office numbers, postal codes and 法人番号 are not phone numbers."""
        assert "pii.phone" not in _pii_rules(_assess(engine, text))

    def test_number_published_in_the_post_is_kept(self, engine: Engine) -> None:
        """A number the city's own post publishes may be repeated."""
        post = "お問い合わせは道路維持課 0157-33-8205 まで"
        assert "pii.phone" not in _pii_rules(_assess(engine, "0157-33-8205 に電話します", post))

    def test_excerpt_hides_the_number(self, engine: Engine) -> None:
        """The excerpt never shows the whole number."""
        decision = _assess(engine, "こいつの番号 090-1234-5678 だよ")
        excerpts = [f.excerpt for f in decision.findings]
        assert excerpts
        assert all("1234-5678" not in e and "12345678" not in e for e in excerpts)

    def test_any_mobile_style_is_found(self, engine: Engine) -> None:
        """A mobile number is found whatever its width and separators and the text around it."""

        @settings(max_examples=60)
        @given(
            prefix=st.sampled_from(["090", "080", "070"]),
            middle=st.from_regex(r"[0-9]{4}", fullmatch=True),
            last=st.from_regex(r"[0-9]{4}", fullmatch=True),
            sep=st.sampled_from(["-", "", " ", "ー", "－", "‐"]),
            width=st.booleans(),
            before=st.sampled_from(["", "こいつの携帯は", "番号: "]),
            after=st.sampled_from(["", " です", "。よろしく"]),
        )
        def check(
            prefix: str, middle: str, last: str, sep: str, width: bool, before: str, after: str
        ) -> None:
            number = sep.join((prefix, middle, last))
            if width:
                number = number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
            assert "pii.phone" in _pii_rules(_assess(engine, before + number + after))

        check()


class TestEmail:
    @pytest.mark.parametrize(
        "text",
        [
            "メールは kikuchi.home@ezweb.ne.jp",
            "直接連絡してね→ tajima.kazu0817［at］gmail.com",
            "連絡先 ｎａｒｕｍｉ．ｐｈｏｔｏ＠ｙａｈｏｏ．ｃｏ．ｊｐ 直接売り込もう",
            "この人のアドレスtaro(at)example(dot)comだよ",
            "hanako アットマーク example.jp に送って",
        ],
    )
    def test_private_addresses_are_found(self, engine: Engine, text: str) -> None:
        """E-mail addresses, also spelled out or full-width, are 4-1."""
        decision = _assess(engine, text)
        assert "pii.email" in _pii_rules(decision)
        assert all("@ezweb" not in f.excerpt for f in decision.findings)

    @pytest.mark.parametrize(
        "text",
        [
            "問い合わせは kouhou@city.kitami.lg.jp でいいですか",
            "@kitamishi さんの投稿見ました",
            "写真はphoto.jpgで送ればいいですか",
        ],
    )
    def test_public_addresses_and_mentions_are_kept(self, engine: Engine, text: str) -> None:
        """Public bodies' addresses, mentions and file names are not private e-mail."""
        assert "pii.email" not in _pii_rules(_assess(engine, text))


class TestMyNumberAndCards:
    @pytest.mark.parametrize(
        "text",
        [
            "妻のマイナンバー 4125 6730 9823 です",
            "子どもの番号、３０５９ ４８１７ ２６５３ で登録した",
            "夫の 5837-1920-4460 を書いときました",
            "記者のマイナンバー→ 七二〇三 八一六四 五五九五",
        ],
    )
    def test_my_numbers_are_found(self, engine: Engine, text: str) -> None:
        """Twelve digits with a valid check digit are a My Number."""
        assert "pii.my_number" in _pii_rules(_assess(engine, text))

    def test_failed_check_digit_is_not_a_my_number(self, engine: Engine) -> None:
        """Twelve digits that fail the check digit are not a My Number."""
        assert not is_my_number("412567309824")
        assert "pii.my_number" not in _pii_rules(_assess(engine, "番号 4125 6730 9824 です"))

    def test_named_but_failing_is_not_a_my_number(self, engine: Engine) -> None:
        """Calling twelve digits a My Number does not make them one if the check digit fails."""
        assert not is_my_number("704312895545")
        decision = _assess(engine, "義父のマイナンバー 7043-1289-5545")
        assert "pii.my_number" not in _pii_rules(decision)

    def test_my_number_inside_a_longer_run_is_not_one(self, engine: Engine) -> None:
        """Twelve digits inside a longer digit run are not a My Number."""
        assert "pii.my_number" not in _pii_rules(_assess(engine, "番号 41256730982311 です"))

    @pytest.mark.parametrize(
        "text",
        [
            "拾ったカード、番号 5555 5555 5555 4444 名義 KENTA",
            "元カレのカード番号さらすわ ３５３０ １１１３ ３３３０ ００００",
            "番号 ４１１１－１１１１－１１１１－１１１１ って書いてあった",
            "カード 378282246310005 使えるよ",
        ],
    )
    def test_card_numbers_are_found(self, engine: Engine, text: str) -> None:
        """Luhn-valid numbers of a card network, grouped or not, are 4-1."""
        decision = _assess(engine, text)
        assert "pii.card" in _pii_rules(decision)

    def test_luhn_failure_is_not_a_card(self, engine: Engine) -> None:
        """A number that fails Luhn is not a card number."""
        assert "pii.card" not in _pii_rules(_assess(engine, "番号 4111 1111 1111 1112"))

    def test_corporate_number_is_not_a_card(self, engine: Engine) -> None:
        """A 13-digit 法人番号 is public, never a card number."""
        decision = _assess(engine, "㈱オホーツク道路（法人番号 4460101009879）さんは丁寧でした")
        assert not _pii_rules(decision)

    def test_any_luhn_valid_card_is_found(self, engine: Engine) -> None:
        """A Luhn-valid Visa number is found in any width and grouping."""

        @settings(max_examples=60)
        @given(
            body=st.from_regex(r"4[0-9]{14}", fullmatch=True),
            sep=st.sampled_from(["", " ", "-", "－", "　"]),
            width=st.booleans(),
            before=st.sampled_from(["", "カード番号 ", "拾ったカード: "]),
        )
        def check(body: str, sep: str, width: bool, before: str) -> None:
            number = _with_luhn(body)
            text = sep.join(number[i : i + 4] for i in range(0, 16, 4))
            if width:
                text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
            assert "pii.card" in _pii_rules(_assess(engine, before + text + " です"))

        check()

    def test_any_valid_my_number_is_found(self, engine: Engine) -> None:
        """Any twelve digits with a valid check digit are found, in 4-4-4 groups or not."""

        @settings(max_examples=60)
        @given(
            body=st.from_regex(r"[1-9][0-9]{10}", fullmatch=True),
            sep=st.sampled_from(["", " ", "-"]),
        )
        def check(body: str, sep: str) -> None:
            number = _with_check_digit(body)
            grouped = sep.join(number[i : i + 4] for i in range(0, 12, 4))
            assert "pii.my_number" in _pii_rules(_assess(engine, f"マイナンバーは {grouped} です"))

        check()


class TestBankPlateAddress:
    @pytest.mark.parametrize(
        "text",
        [
            "振込先これ？北洋銀行 北見支店 普通 3318472 サトウミカ",
            "北海道銀行 北見支店 普通預金 口座番号 5029174",
            "ゆうちょ 記号 19010 番号 12345671 に振り込んで",
        ],
    )
    def test_bank_accounts_are_found(self, engine: Engine, text: str) -> None:
        """A bank, 普通/当座 and an account number are 4-1."""
        assert "pii.bank_account" in _pii_rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "喧嘩してた男、北見 300 さ 72-15 の黒いワゴン",
            "ナンバー北見５００ら３８－９１。持ち主晒して",
            "札幌 33 せ ・・12 の車",
        ],
    )
    def test_licence_plates_are_found(self, engine: Engine, text: str) -> None:
        """地名, class number, kana and serial make a licence plate."""
        decision = _assess(engine, text)
        assert "pii.licence_plate" in _pii_rules(decision)

    @pytest.mark.parametrize(
        "text",
        [
            "家は北見市光西町2丁目14-6。毎朝7時半に出てくる",
            "菊地さんち、北進町３丁目１１－２",
            "住所は端野町二区452-3",
            "北見市小泉364番地の木下さん",
            "こいつの住所は北見市三輪5-12",
            "自宅は北見市北5条東2丁目10番地3",
        ],
    )
    def test_home_addresses_are_found(self, engine: Engine, text: str) -> None:
        """A street address down to the house number is 4-1, its numbers masked."""
        decision = _assess(engine, text)
        assert "pii.address" in _pii_rules(decision)
        for finding in decision.findings:
            assert "14-6" not in finding.excerpt
            assert "452-3" not in finding.excerpt

    @pytest.mark.parametrize(
        "text",
        [
            "市役所は北見市大通西3丁目1番地1ですよね",
            "〒090-8501 北見市大通西3丁目1番地1 北見市役所",
            "北5条東2丁目10番地付近の道路が陥没しています",
            "会場の北見市民会館（泉町1丁目2-22）に行きました",
            "北見市に住んでいます。除雪ありがとうございます",
            "常呂町出身です、ホタテ最高",
            "一番地味な作業ですが大事ですね",
        ],
    )
    def test_public_places_and_towns_are_kept(self, engine: Engine, text: str) -> None:
        """The city hall's address, places and one's own town are not personal data."""
        assert "pii.address" not in _pii_rules(_assess(engine, text))


class TestWorkplaceAndDoxxing:
    @pytest.mark.parametrize(
        "text",
        [
            "この写真の小学生、常呂小4年の吉岡ゆいちゃんだよね！",
            "浴衣の人、北見柏陽高校3年の小池彩花さんだよ",
            "受け子は〇〇運送で働いてる斉藤翔太",
            "前川さんは常呂のホタテ加工場で働いてる",
        ],
    )
    def test_named_person_with_workplace_is_weak_4_1(self, engine: Engine, text: str) -> None:
        """A named person tied to a school or workplace is 4-1, sent to review."""
        decision = _assess(engine, text)
        assert "pii.workplace" in _pii_rules(decision)

    @pytest.mark.parametrize(
        "text",
        [
            "こいつの住所知ってる人いる？",
            "こいつら誰か知ってる人いる？",
            "面接官やってた職員の名前わかる人いる？",
            "あの職員の自宅特定しました",
            "この担当者の家、誰か教えて",
            "住所晒しとくわ",
            "本名と勤務先を晒してやる",
            "特定班はよ",
            "こ い つ の 住 所 知 っ て る 人",
        ],
    )
    def test_doxxing_is_found(self, engine: Engine, text: str) -> None:
        """特定しました / 晒す posts and asking for someone's details are 4-1."""
        assert "pii.doxxing" in _pii_rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "断水の原因を特定しました、と発表がありました",
            "漏水箇所を特定して早く直してください",
            "特定健診の案内はいつ届きますか",
            "特定の業者ばかり選ばれていませんか",
            "子どもを危険に晒すような除雪はやめてほしい",
            "雨風に晒された看板が傷んでいます",
            "醜態を晒すような会見でした",
            "市役所の住所を教えてください",
            "新庁舎の住所知ってる人いますか？",
            "担当者の連絡先を教えてください",
            "市長の家族向け施策について調べました",
        ],
    )
    def test_innocent_uses_are_kept(self, engine: Engine, text: str) -> None:
        """Identifying a cause, 晒す as exposure, and asking for public contacts stay up."""
        assert "pii.doxxing" not in _pii_rules(_assess(engine, text))


class TestClean:
    @pytest.mark.parametrize(
        "text",
        [
            "除雪が遅すぎます。改善してください",
            "北見ぼんちまつり、3日の18時からですか？",
            "2,000人も参加したんですね！",
            "令和6年度の予算は12億3400万円だそうです",
            "うちの子は小学3年生です",
        ],
    )
    def test_ordinary_comments_have_no_4_1(self, engine: Engine, text: str) -> None:
        """Ordinary comments with numbers are not personal data."""
        assert "4-1" not in _assess(engine, text).clauses


# Held-out style phrasings: every notation of a number, spelled-out e-mail, addresses anywhere in
# Japan, workplaces and the many ways of doxxing; each family with the tricky negatives beside it.
_PII_POSITIVES = [
    "携帯は O9O-1234-5678 だよ",
    "電話 ○九○ー一二三四ー五六七八",
    "電話番号 〇八〇・一二三四・五六七八",
    "+81-90-1234-5678 にかけてみな",
    "81-80-2345-6789 これこいつの番号",
    "(+81) 70 3456 7890",
    "0157(23)4567 が自宅",
    "０９０、１２３４、５６７８ に電話して",
    "090 - 1234 - 5678 に連絡しろ",
    "０８０－９８７６－５４３２",
    "０１５７ー３１ー４４８２に電話",
    "零九零の一二三四の五六七八",
    "メアドは taro_k★gmail.com",
    "連絡は yui.k (a) yahoo.co.jp まで",
    "hanako あっと gmail どっと com に送って",
    "連絡は yui_0817 アットマーク gmail",
    "ken.s＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ",
    "tanaka.k@gmail . com に苦情送ろう",
    "この人 sato[at]example.co.jp だって",
    "住所は東京都世田谷区桜新町2-14-3",
    "こいつの家は北見市美山町一丁目二番三号",
    "家は端野町東1線5号",
    "ハイツ北見203号室に住んでる",
    "札幌市中央区南3条西5丁目12-1の佐藤",
    "北見市三輪三丁目十四番地",
    "自宅 北見市北5条東2丁目10-3",
    "こいつの家は美山町の青い屋根の家",
    "職員の自宅は光西町の団地だよ",
    "北見500あ1234の車",
    "ナンバー 12-34 の白いプリウス",
    "車のナンバーは北見の 56-78",
    "カード 4111-1111-1111-1111 セキュリティコード 123",
    "北洋銀行 北見支店 3318472 に振り込んで",
    "隣のじいさんのマイナンバー、318452079160だって",
    "義父のマイナンバー 7043-1289-5541",
    "この人北見工業大学の学生だよ",
    "田中さんの勤務先は北見中央病院",
    "こいつオホーツク運輸で働いてるやつ",
    "市長の娘、北見北斗高校の2年だろ",
    "おっさん、オホーツク信用金庫の支店長だよ。名前は岡田",
    "女子大生、北見工業大学2年の高橋美咲",
    "DQN、本名は森田健一",
    "この職員の住所知ってる人いたら教えて",
    "この投稿者特定してほしい",
    "特定班の皆さん出番です",
    "こいつの家凸ろうぜ",
    "住所割れてるよこいつ",
    "この男の勤務先わかる人いたら教えて",
    "こいつどこに住んでるか知ってる人いる？",
    "職場に電話してやる",
    "住所わかったから晒すわ",
    "本名バレてて草",
    "身バレさせてやる",
    "実家凸してくる",
    "こいつの本名知ってる人いる？",
    "特定しました、こいつ端野の人間",
    "あいつの職場特定した",
    "ストリートビューで家見つけた",
    "勤務先に凸しようぜ",
    "こいつの家、誰か調べて",
]
_PII_NEGATIVES = [
    "O157の感染が心配です",
    "2024年10月12日の10時から",
    "〒090-8501 北見市大通西3丁目1番地1",
    "市役所の代表 0157-23-7111 に電話しました",
    "ありがとう。OK。Thanks",
    "写真はphoto.jpgで送ればいいですか",
    "問い合わせは kouhou@city.kitami.lg.jp",
    "3時 at 駅前で",
    "一番地味な作業ですね",
    "2丁目の交差点が危ない",
    "3番線の電車が遅れてます",
    "4条通り沿いの除雪を",
    "国道39号線が渋滞",
    "背番号12-34の選手",
    "北見支店で手続きしました",
    "ゆうちょ銀行を使ってます",
    "道路が凸凹で危ない",
    "身バレが怖いので匿名です",
    "原因を特定してください",
    "市役所の住所知ってる人いますか",
    "特定空き家の対策をお願いします",
    "特定非営利活動法人の活動です",
    "この鳥の名前わかる人いますか",
    "家の雪下ろしに詳しい人いますか",
    "実家の近くの病院知ってる人",
    "職員の名前を教えてください",
    "本名は非公開です",
    "うちの子は北見北斗高校の2年です",
    "息子は北見の会社に就職しました",
    "市役所の職員の田中さんが親切でした",
    "娘は北見北斗高校に通ってます",
    "私の家は常呂町です",
    "北見市に住んでいます",
    "漏水箇所を特定してください",
    "犯人を特定してほしい",
    "子どもを危険に晒すな",
    "令和6年度予算は12億3400万円",
    "マイナンバーカードの申請はどこですか",
    "第3回の会議は10月5日です",
    "1,400人が来場しました",
    "会場の北見市民会館（泉町1丁目2-22）",
    "北5条東2丁目10番地付近の道路が陥没",
    "カードの有効期限が切れていました",
    "ナンバープレートの盗難が増えています",
    "北見ナンバーの車が多い",
    "車で来場しました",
    "住所変更の手続きはどこで？",
    "市長の自宅前の道路も除雪されていない",
    "特定の業者ばかりですね",
    "この人の話は分かりやすい",
    "先生の名前わかる人いない？講演よかった",
    "凸凹道を直して",
    "スーパーの店員さんが親切",
    "090で始まる番号から電話がありました",
    "令和5年の1-2月は雪が多かった",
    "クーポン番号 1234-5678 を入力",
    "TEL受付は9:00-17:00です",
    "ISBN 978-4-12-345678-9 の本",
    "口座振替の手続きをしたい",
    "学校の名前わかる人いますか？",
]


class TestGeneralisation:
    @pytest.mark.parametrize("text", _PII_POSITIVES)
    def test_families_of_phrasing_are_4_1(self, engine: Engine, text: str) -> None:
        """Each family of 4-1 phrasing is found, whatever its notation or register."""
        assert "4-1" in _assess(engine, text).clauses

    @pytest.mark.parametrize("text", _PII_NEGATIVES)
    def test_look_alike_innocent_comments_are_kept(self, engine: Engine, text: str) -> None:
        """Numbers, places, own details and lookalike words that are not personal data."""
        assert "4-1" not in _assess(engine, text).clauses


class TestThreatsAndAsks:
    """A threat to the addressee discloses nothing (4-4, not 4-1); asking others for a
    person's name together with their school or address digs up personal details (4-1)."""

    @pytest.mark.parametrize(
        "text",
        [
            "お前の家知ってるからな。ゴミ出ししてるとこいつも見てるぞ",
            "お前の家知ってるからな。窓口の眼鏡の職員、帰り道気をつけろよ",
            "てめえの住所知ってるぞ",
            "「お前の家知ってるからな」ってコメント、通報しておきました",
            "市役所の住所知らない人多いけど、大通西3丁目です",
            "この花の名前知らない？可愛いから育てたい",
            "小学校の名前と住所が変わったって本当ですか",
        ],
    )
    def test_not_disclosure(self, engine: Engine, text: str) -> None:
        assert "4-1" not in _assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "会場で見かけた女の子が可愛かったから顔写真載せとく。誰か名前と学校知らない？",
            "この子の名前と学校わかる人いる？",
            "あの店員の名前と住所知ってる人いたら教えて",
            "写真の男、名前と職場知りませんか",
            "こいつの本名知らない？",
        ],
    )
    def test_asking_for_a_persons_details(self, engine: Engine, text: str) -> None:
        assert "4-1" in _assess(engine, text).clauses


class TestFacilityNumbers:
    """A number the comment gives as a facility's, an office's or a shop's is public; a
    person's number stays private wherever it is written."""

    @pytest.mark.parametrize(
        "text",
        [
            "ハッカ記念館（0157-23-6200）に電話で聞いたら、団体見学は予約制だそうです",
            "北見市立中央図書館（0157-22-2100）で聞きました",
            "ピアソン記念館 0157-23-2546 に問い合わせた",
            "北見ハッカ記念館の電話番号は0157-23-6200です",
            "北見温泉ホテル（0157-33-1234）に泊まった",
            "JAきたみらい（0157-22-3456）に問い合わせ",
            "環境課の田中さん（0157-23-6911）が丁寧でした",
            "おんねゆ温泉観光協会 0157-45-1234",
        ],
    )
    def test_facility_numbers_are_kept(self, engine: Engine, text: str) -> None:
        """A facility named right before its number, in brackets or with 電話番号は, is public."""
        assert "pii.phone" not in _pii_rules(_assess(engine, text))

    @pytest.mark.parametrize(
        "text",
        [
            "図書館で会った子の番号 090-1234-5678",
            "駅で会った人 090-1234-5678 だよ",
            "市役所の田中さんの自宅 0157-31-4482",
            "こいつの店（090-1234-5678）",
            "記念館の受付の田中さん（090-1234-5678）",
            "こいつの職場 0157-31-4482",
        ],
    )
    def test_private_numbers_near_places_are_found(self, engine: Engine, text: str) -> None:
        """A person met at a place, a home or a person pointed at keeps the number private."""
        assert "pii.phone" in _pii_rules(_assess(engine, text))


class TestEmailGate:
    """The e-mail detector's early exit never hides an address its pattern would find."""

    @pytest.mark.parametrize(
        "text",
        ["連絡は taro (At) gmail で", "taro ★ gmail.com", "taro AT gmail.com", "TARO[AT]GMAIL.COM"],
    )
    def test_spellings_in_any_case(self, engine: Engine, text: str) -> None:
        """(At), AT and a spaced star are read as @ whatever their case and spacing."""
        assert "pii.email" in _pii_rules(_assess(engine, text))

    @settings(max_examples=300)
    @given(
        st.text(
            alphabet=st.sampled_from(list("aAtTgmilcoGMxyz._- ()[]@★*アットあっと.")),
            max_size=30,
        )
    )
    def test_gate_is_a_necessary_condition(self, text: str) -> None:
        """Wherever the address pattern matches, the gate matches too."""
        if email._EMAIL.search(text):
            assert email._EMAIL_GATE.search(text)


class TestSchoolAndName:
    """A pupil of a named school tied to their name, and 特定してみた posts."""

    @pytest.mark.parametrize(
        "text",
        [
            "夜の図書館でいつも勉強してる北見北斗高校の子、名前は宮崎さくら。可愛いから特定してみた",
            "駅でよく見る北見柏陽高校の女の子、名前は佐々木ひな",
            "コンビニにいる北見商業高校の男の子、名前は田中りく",
            "北見北斗高校の2年の子で、本名は高橋美咲",
            "名前は宮崎さくら、北見北斗高校の2年",
            "宮崎さくら（北見北斗高校2年）がいつも図書館にいる",
            "北見工業大学の学生、名前は山田太一",
            "特定してみた、常呂中の子だった",
        ],
    )
    def test_found(self, engine: Engine, text: str) -> None:
        """A school and a name given together, or 特定してみた, are 4-1."""
        assert "4-1" in _assess(engine, text).clauses

    @pytest.mark.parametrize(
        "text",
        [
            "北見北斗高校の生徒さんたちが清掃活動してくれました",
            "北見北斗高校の子たち、名前は知らないけど元気に挨拶してくれた",
            "原因を特定してみたら配管でした",
            "北見北斗高校の子たちが優勝しました、おめでとう",
            "名前は知らないけど北見北斗高校の子が手伝ってくれた",
            "北見北斗高校の子、名前は書かないけど表彰されてた",
            "私の名前は北見太郎、北見北斗高校の2年です",
        ],
    )
    def test_kept(self, engine: Engine, text: str) -> None:
        """A school praised, a name withheld, one's own name or a cause identified: not 4-1."""
        assert "4-1" not in _assess(engine, text).clauses


@pytest.mark.parametrize(
    ("text", "value"),
    [("こいつの本名は森田健一だよ", "森田健一"), ("こいつの家は美山町の青い屋根の家", "美山町")],
)
def test_doxxing_excerpt_masks_the_exposed_name_or_home(
    engine: Engine, text: str, value: str
) -> None:
    """A real name or a home given out is the personal data itself: never in an excerpt."""
    findings = [f for f in _assess(engine, text).findings if f.rule == "pii.doxxing"]
    assert findings
    assert all(value not in f.excerpt for f in findings)
