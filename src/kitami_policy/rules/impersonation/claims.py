"""Text that claims to be the city, its staff, the mayor, the police, a platform or a company
(4-5), an office's head tag, and an office's contact given as a mobile number."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import OPENING_BRACKETS, Context, Evidence
from kitami_policy.rules.impersonation.notice import NOTICE, notice
from kitami_policy.rules.personal_info.attribution import relayed

__all__ = ["ACTING", "LEVELS", "find_claim"]

# --- claims in the text -------------------------------------------------------------------

_COPULA: Final = (
    r"(?:です(?!か|よね|ね|よ|っけ)|でございます|と申します|ともうします|であります|だけど|やけど|"
    r"っす(?!か)|でーす|だが(?![、,]?それ)|"
    r"(?:から|より)の?(?:お知らせ|おしらせ|ご連絡|ご案内|重要|緊急|警告)(?!を|が|に|は|も|で|って|と))"
)
# Who the comment claims to be, by kind: the city, the mayor, staff, a department, the
# police, the page's operator or a platform (folded spelling: サポート is さぽと).
# After 市長の, a kanji name (市長の田中です) unless it is what the mayor has or does.
_NOT_A_NAME: Final = (
    r"責任|判断|発言|方針|考え|意見|失言|問題|仕事|役目|役割|権限|給料|給与|任期|公約|政策|責務|決断|"
    r"説明|対応|担当|所管|管轄|仕業|自宅|家|車|秘書|支持者|後援|友人|知人|親戚|家族|息子|娘|妻|夫|同級生|"
    r"関係者|会見|命令|指示|独断|失態|失策|功績|手柄|肩書|名前|本名|写真|顔|声|姿|政治|行政|采配|了承|承認|"
    r"決裁|署名|答弁|主張|判子|印|都合|趣味|好み|口癖|得意|専門|出身"
)
_OFFICE_ROLE: Final = r"(?:の(?:職員|担当者?|者|もの|係長?|課長|部長|人間|すたっふ))"
_CITY: Final = r"(?:北見市役所|北見市公式|北見市広報|北見市|市役所|きたみしやくしょ|きたみし)"
_DEPARTMENT: Final = (
    rf"(?:(?:{_CITY}の?)?(?:[一-龥]{{1,8}}部の?)?"
    rf"(?:(?:[一-龥](?:[一-龥]|(?<=[一-龥])(?![がのはをにでともやへかよ])[ぁ-ん](?=[一-龥])){{0,11}}|市民の声をきく)課{_OFFICE_ROLE}?|[一-龥]{{1,12}}(?:部|局|室|係){_OFFICE_ROLE}))"
)
_ORGANISER: Final = (
    r"(?:(?:[一-龥]{1,10}|(?:(?![はがをにでのもとや])[ぁ-ん]){2,8})?"
    rf"(?:実行委員会|委員会|事務局|主催者|運営本部|せんた|窓口){_OFFICE_ROLE}?)"
)
_PLATFORM: Final = (
    r"(?<![a-z])(?:instagram|facebok|meta|twiter|line|いんすた|ふぇいすぶっく|ついった|らいん|x|"
    r"えっくす|てぃっくとっく|tiktok|youtube|ゆちゅぶ|google|ぐぐる|apple|amazon|あまぞん|楽天)の?"
    r"(?:公式)?(?:運営事務局|運営|事務局|さぽとちむ|さぽとせんた|さぽと|suport|せきゅりてぃちむ|公式|"
    r"かすたまさぽと|安全ちむ|へるぷせんた)"
    r"|運営事務局|運営|公式あかうんと|公式|さぽとちむ|かすたまさぽと|さぽとせんた|せきゅりてぃちむ|"
    r"へるぷですく|へるぷせんた|管理人|管理者|(?:この|本)ぺじの(?:管理者|運営者|担当者?)"
)
# A company's own voice (佐川急便です, 〇〇銀行の者です): found from its last word, because a
# name of any length before it would make the pattern try every position of the text.
_COMPANY: Final = (
    r"(?:急便|運輸|郵便局?|銀行|信用金庫|信金|ゆうびん|かすたませんた|お客様せんた|お客様さぽと|"
    r"電力|ねっとばんく)(?:の(?:者|もの|担当者?|すたっふ|配達員))?"
)
_CLAIMS: Final = (
    ("city", rf"{_CITY}の?(?:公式)?(?:あかうんと)?"),
    (
        "crew",
        rf"{_CITY}の?[一-龥]{{1,6}}(?:担当|係|班|部門|ちむ|すたっふ)(?:の(?:者|もの|職員|人間|一人))?"
        r"|(?:北見)?(?:市役所|市)で(?:働いて|勤務して|勤めて)(?:い)?る(?:者|もの|職員|人間)"
        r"|(?:北見)?(?:市役所|市)の中の人",
    ),
    (
        "mayor",
        r"(?:北見)?(?:副)?市長の?(?:秘書|秘書室|付き|付)(?:の(?:者|もの|一人|[一-龥]{1,4}))?"
        rf"|(?:北見)?(?:副)?市長(?:本人|の(?!{_NOT_A_NAME})[一-龥]{{1,4}})?",
    ),
    ("staff", r"(?:北見)?(?:市役所|市)の?(?:職員|者|担当者?|人間)"),
    ("department", _DEPARTMENT),
    ("organiser", _ORGANISER),
    (
        "police",
        r"(?:北見|北海道)?(?:警察署?|署|道警|交番|消防署?|消防本部)(?:の(?:者|警察官|警官|"
        r"[一-龥]{1,4}課))?|警察官|消防士",
    ),
    ("platform", _PLATFORM),
    # A public facility's staff (図書館司書です, 記念館の職員です): only when it acts as one.
    (
        "facility",
        r"(?:[一-龥ぁ-ん]{0,8}?(?:図書館|博物館|記念館|水族館|美術館|科学館|資料館|公民館|体育館|"
        r"会館|総合支所|支所|保健所)の?(?:司書|学芸員|職員|すたっふ|係員|担当者?|者|もの)?"
        r"|司書|学芸員)",
    ),
)
_CLAIM: Final = re.compile("|".join(f"(?P<{kind}>{body}){_COPULA}" for kind, body in _CLAIMS))
_COMPANY_CLAIM: Final = re.compile(f"{_COMPANY}{_COPULA}")
# The company's name before its last word: kanji, kana or Latin letters.
_COMPANY_NAME: Final = re.compile(r"(?:[一-龥ぁ-ん]{1,8}|[a-z]{2,12})$")
# Self-introductions that may stand before the claim at the start of a sentence.
_INTRO: Final = re.compile(
    r"(?:こちら|私|わたし|わたくし|僕|ぼく|当方|我々|われわれ|はじめまして|どうも|お世話になっております|"
    r"おせわになっております|失礼します|失礼いたします|【?重要】?|お知らせ)(?:は|が)?$"
)
# A claim reported, not made: 「北見市役所です」と電話があった.
_REPORTED: Final = re.compile(
    r"と(?:言|いう|いい|いわ|いって|名乗|なの|電話|連絡|書|のこと|めえる)|って(?:言|いう|いわ|名乗|なの|電話|連絡|きた)|を名乗|と称|などと"
)
# Acting as the office: taking requests, asking for contact, sending to a link.
ACTING: Final = re.compile(
    r"受付|受け付け|うけつけ|対応いたします|対応します|対応させて|ご連絡ください|ご連絡下さい|連絡して|"
    r"dm|だいれくとめっせじ|確認のため|ご確認|こちらから|下記|以下|url|http|りんく|ろぐいん|login|"
    r"ご入力|入力して|認証|手続き|お問い合わせ|お問合せ|返信|折り返し|お知らせします|ご案内します|"
    r"本人です|公式です|個人情報|口座|暗証|ぱすわど|pasword|送って|お送り|送付|振込|振り込|"
    r"このあかうんと|こちらのあかうんと|りぷ|めっせじ|預か|回答します|お答えします|受け取り|"
    r"支払|停止|不備|再配達|はこちら|当選|ぷれぜんと|応募|きゃんぺん|承ります|承り|お寄せ|"
    r"ふぉろ|こめんとください|ご希望の方|お申し込み|申込|身分証|暗証|ご登録"
)
# How sure each kind of claim is without and with acting as the office.
# Each kind of claim has a level as a claim alone (claim_<kind>) and one when the comment acts
# as the office would (claim_<kind>_acting): data/rules/impersonation.toml [levels].
_CLAIM_KINDS: Final = (
    "city", "mayor", "staff", "department", "organiser", "police", "platform", "company",
    "crew", "facility",
)  # fmt: skip
# Claims that say nothing alone: a librarian may comment as a citizen; one who takes bookings
# through the comments speaks for the library.
_ONLY_ACTING: Final = frozenset(("facility",))
# A bracketed tag that heads the comment as the office's own notice: 【北見市人事課】, [北見市役所].
_HEAD_TAG: Final = re.compile(
    r"\A\s*[【\[［〔(（]\s*(?:北見市|市役所|北見市役所|北見市長|市長)[^】\]］〕)）\n]{0,12}"
    r"(?:[課係部局室]|公式|広報|役所|お知らせ|重要|事務局|担当)?\s*[】\]］〕)）]"
)


def _starts_sentence(ctx: Context, folded_start: int) -> bool:
    """Whether the claim (after an optional self-introduction) opens a sentence."""
    intro = _INTRO.search(ctx.folded, max(0, folded_start - 16), folded_start)
    start = intro.start() if intro is not None else folded_start
    origin = ctx.span(start, start + 1).start
    before = ctx.text[:origin].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in "「『\"“'（(")


_MOBILE_GATE: Final = re.compile(r"0[789]0")
# A city office's contact given as a mobile number in the office's voice: the city's divisions
# have no mobiles. Read on the number form (センター is センタ- there).
_OFFICE_MOBILE: Final = re.compile(
    rf"(?:{pattern('impersonation_city_office', form='numbers')}|[一-龥][課係])[^。\n]{{0,12}}?"
    r"(?<!\d)(?P<number>0[789]0[-\s]?\d{4}[-\s]?\d{4})(?!\d)"
)


def find_claim(ctx: Context) -> Iterable[Evidence]:
    """Text that claims to be the city, its staff, the mayor, the police or a platform's team,
    or that speaks as an office's notice collecting data or money (see :func:`_notice`)."""
    found: list[Evidence] = []
    if (
        "impersonation_claim_tail" in ctx.words
        or "0" in ctx.numbers
        or ctx.text.lstrip()[:1] in OPENING_BRACKETS
    ):
        found.extend(_claims(ctx))
    if NOTICE in ctx.words:
        office_notice = notice(ctx)
        if office_notice is not None:
            found.append(office_notice)
    return found


def _claims(ctx: Context) -> Iterator[Evidence]:
    if "0" in ctx.numbers and _MOBILE_GATE.search(ctx.numbers) is not None:
        for mobile in _OFFICE_MOBILE.finditer(ctx.numbers):
            # A person's mobile (環境課の田中さん 090-…) is 4-1's; a number passed on
            # (除雪センター（080-…）に電話してください) speaks of the office, not as it.
            if "さん" in mobile[0] or relayed(ctx.text, mobile.start("number"), mobile.end()):
                continue
            yield Evidence(spans=(Span(*mobile.span()),), mask="digits", level=_OFFICE_MOBILE_LEVEL)
            return
    text = ctx.text
    if text and text.lstrip()[:1] in OPENING_BRACKETS:
        head = _HEAD_TAG.match(text)
        if head is not None:
            yield Evidence(spans=(Span(*head.span()),), level=_HEAD_TAG_LEVEL)
            return
    if "impersonation_claim_tail" not in ctx.words:
        return
    folded = ctx.folded
    for match in _CLAIM.finditer(folded):
        kind = match.lastgroup or "city"
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, match.start()):
            continue
        acting = ACTING.search(folded) is not None
        if not acting and kind in _ONLY_ACTING:
            continue
        yield Evidence(spans=(ctx.span(match.start(), match.end()),), level=_claim(kind, acting))
        return
    for match in _COMPANY_CLAIM.finditer(folded):
        name = _COMPANY_NAME.search(folded, max(0, match.start() - 12), match.start())
        start = name.start() if name is not None else match.start()
        if _REPORTED.match(folded, match.end()) or not _starts_sentence(ctx, start):
            continue
        acting = ACTING.search(folded) is not None
        yield Evidence(spans=(ctx.span(start, match.end()),), level=_claim("company", acting))
        return


def _claim(kind: str, acting: bool) -> str:
    return f"claim_{kind}_acting" if acting else f"claim_{kind}"


# How sure each kind of claim is without and with acting as the office.
# Each kind of claim has a level as a claim alone (claim_<kind>) and one when the comment acts
# as the office would (claim_<kind>_acting): data/rules/impersonation.toml [levels].
_OFFICE_MOBILE_LEVEL: Final = "office_mobile"
_HEAD_TAG_LEVEL: Final = "head_tag"
LEVELS: Final = frozenset(
    (
        _OFFICE_MOBILE_LEVEL,
        _HEAD_TAG_LEVEL,
        *(_claim(kind, True) for kind in _CLAIM_KINDS),
        *(_claim(kind, False) for kind in _CLAIM_KINDS if kind not in _ONLY_ACTING),
    )
)
