"""Clause 4-6: 広告・宣伝目的のもの (advertising and promotion).

CLAUSES.md reads 4-6 as selling, promotion and recruitment for private gain: shop or product
promotion, affiliate or referral links, side-job pitches (副業で月収100万), investment and crypto
pitches, "DMください / LINE追加して" solicitations and follower-for-follower requests. Selling is
4-6 whatever is sold; other families add 4-4, 4-3 or 4-7 for what the goods are.

What it does NOT cover: a citizen mentioning a local shop or event while talking about the
post's subject ("お祭りで駅前の屋台の焼きそばが美味しかった"), a question about where the city
sells something, a warning about investment fraud. So most words here are weak signals that
fire only in pairs from different groups (a sale word with a seller, a price or a call to
action); only phrases that nobody but an advertiser writes fire alone.

Precedence with 4-5: a comment that poses as an office (a look-alike of the city's account, an
office's name or disguised handle, a claim to be one, or an office's notice) and asks for a fee,
a payment, a discount's click or a DM is the impersonation it is, not an advertisement; it is
4-6 as well only when it sells goods or a service ("点検費用は5000円です"). Posing as another
user does not count: that user may well be selling.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger
from kitami_policy.rules.impersonation import speaks_as_office

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_SELLER: Final = "ad_seller"
_VOICE: Final = "ad_voice"
_SERVICE: Final = "ad_service"
_SALE: Final = "ad_sale"
_DEAL: Final = "ad_deal"
_CTA: Final = "ad_cta"
_STRONG: Final = "ad_strong"
_SOLICIT: Final = "ad_solicit"
_SOLICIT_WEAK: Final = "ad_solicit_weak"
_AFFILIATE: Final = "ad_affiliate"
_REFERRAL: Final = "ad_referral"
_SIDEJOB: Final = "ad_sidejob"
_SIDEJOB_STRONG: Final = "ad_sidejob_strong"
_EARN: Final = "ad_earn"
_PITCH: Final = "ad_pitch"
_INVEST: Final = "ad_invest"
_INVEST_STRONG: Final = "ad_invest_strong"
_GROWTH: Final = "ad_growth"
_WARNING: Final = "ad_warning"
_PUBLIC: Final = "ad_public"
_GIVEAWAY: Final = "ad_giveaway"
_ILLICIT: Final = "ad_illicit"
_CURE: Final = "ad_cure"
_PURPOSE: Final = "ad_purpose"
_CONSUMER: Final = "ad_consumer"
# What makes a profile link or a follow request commercial.
_COMMERCIAL: Final = frozenset(
    (
        _SELLER,
        _VOICE,
        _SERVICE,
        _SALE,
        _DEAL,
        _SIDEJOB,
        _SIDEJOB_STRONG,
        _EARN,
        _INVEST,
        _INVEST_STRONG,
        _ILLICIT,
        _STRONG,
    )
)
# What shows a sale even beside a prize draw or the city's name (which mention money too).
_SELLING: Final = frozenset(
    (_SELLER, _VOICE, _SALE, _ILLICIT, _SIDEJOB, _SIDEJOB_STRONG, _INVEST_STRONG, _STRONG)
)
# The lists one of which a promotion needs (unless it names a price).
_PROMOTION_LISTS: Final = frozenset(
    (_STRONG, _SELLER, _VOICE, _SALE, _DEAL, _ILLICIT, _SERVICE, _CURE)
)
# A pitch, a call to action or a solicitation: what turns money talk into an advertisement.
_PITCHES: Final = frozenset((_PITCH, _CTA, _SOLICIT))
# What shows a sale beside an office's or a finder's purpose word.
_OFFICE_SALE: Final = frozenset((_SELLER, _VOICE, _SALE, _ILLICIT))
_COMMERCIAL_BESIDE_PURPOSE: Final = _COMMERCIAL - {_STRONG}
_SOLICIT_LISTS: Final = frozenset((_SOLICIT, _SOLICIT_WEAK))
_SIDEJOB_LISTS: Final = frozenset((_SIDEJOB, _SIDEJOB_STRONG))
_INVEST_LISTS: Final = frozenset((_INVEST, _INVEST_STRONG))
_NOTHING: Final[tuple[Evidence, ...]] = ()

_DIGIT: Final = re.compile(r"\d")
# Warning words that other families' allowed words (詐欺師に注意) shield from every word list.
_SHIELDED_WARNING: Final = re.compile(r"詐欺|注意")

# Discounts and prices, read on the number form (full-width digits and ％ made ASCII).
_DISCOUNT: Final = re.compile(
    r"\d+\s*(?:%|パ.セント)\s*(?:オフ|ｵﾌ|off|引き|引|割引)|\d+\s*割\s*(?:オフ|ｵﾌ|off|引き|引)",
    re.IGNORECASE,
)
_PRICE: Final = re.compile(r"\d[\d,]*\s*万?\s*円")
# A price list ("500円から", "3万円〜") is an offer to sell.
_PRICE_LIST: Final = re.compile(r"\d[\d,]*\s*万?\s*円\s*(?:から|〜|~|より|ぽっきり|/|／)")
# A shop's name in 『』, or "Xなら『Y』" / "Xなら「Y」": how shops present themselves.
_SHOP_NAME: Final = re.compile(r"『[^』]{2,25}』|なら\s*「[^」]{2,25}」|徒歩\s*\d+\s*分")
# A link of any kind is a call to action when it stands beside a sale.
_URL: Final = re.compile(
    r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|jp|to|me|ly|shop|store|io|link)\b",
    re.IGNORECASE,
)
# Affiliate and referral links: the networks' hosts and the query keys that carry a referrer.
_AFFILIATE_URL: Final = re.compile(
    r"amzn\.(?:to|asia)/|a8\.net|afl\.rakuten|moshimo\.com|valuecommerce|accesstrade"
    r"|linksynergy|[?&](?:tag|aff|aff_id|affiliate|affiliate_id|af_id|afid|referral"
    r"|referral_code|invite|invite_code|ref_code|refcode)=",
    re.IGNORECASE,
)
# A referral code needs a reward or a code beside it ("招待コードが届かない" is a question).
_REWARD: Final = re.compile(
    r"もらえ|貰え|げっと|入力|使って|使うと|ぽいんと|円|特典|ぷれぜんと|登録|お得"
)
_CODE_TOKEN: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,}|[A-Z]{5,})"
    r"(?![A-Za-z0-9])"
)
# Earnings with an amount: 月収100万, 日給5万円, 1日5分で3万.
_AMOUNT: Final = re.compile(
    r"(?:月収|月商|月給|日給|日収|時給|年収|月|日|週|分で)\s*\+?\s*\d[\d,.]*\s*(?:万|千円|円)"
)
# A LINE (or other messenger) id to add, on the fold: "lineyakiniku77追加してね", "line id abc".
_LINE_ID: Final = re.compile(
    r"(?:line|らいん)(?:id)?[a-z0-9]{3,}.{0,6}?追加|(?:line|らいん)id[a-z0-9]{3,}"
)
# A toll-free number (0120, 0800) is a business's, never a private person's.
_FREE_DIAL: Final = re.compile(r"0(?:120|800)\D{0,3}\d{2,4}\D{0,3}\d{3,4}")
# The writer's own handle beside a follow request ("フォローお願いします @kitami_nail").
_HANDLE: Final = re.compile(r"@[A-Za-z0-9_.]{3,}")
# Something on hand offered to whoever wants it, with a way to get it ("白い粉もありまーす❄
# 欲しい人は連絡ちょうだい"): an offer to hand over, read on the fold. 欲しい人, ほしい人, 欲しい方
# and ほしい方 are all ad_cta words, which the rule's trigger counts on.
_HAND_OVER: Final = re.compile(
    r"(?:あります|あるよ|ありまっす|譲ります|分けます|わけます|分けてあげ)(?:よ|ね)?.{0,4}?"
    r"(?:欲しい|ほしい)(?:人|方)は?(?:連絡|ご連絡|dm|りぷ|こめんと|言って|声かけ|めっせ)"
)
# A comment that ends as a question ("ごみ袋はどこで販売していますか") asks; it does not sell.
_QUESTION: Final = re.compile(
    r"(?:[?？]|(?:です|ます|でしょう|ません|ない|の)か)[\s。．!！…・〜ー]*$"
)


# What an impersonator's notice must show to be an advertisement as well: goods or a service
# sold (CLAUSES.md, "Where clauses meet"). A fee, a payment, a discount or a link alone is the
# office it poses as asking, 4-5.
_GOODS: Final = frozenset((_SELLER, _SERVICE, _ILLICIT))
# Counterfeit goods offered ("Ｎ級コピー品あります", "スーパーコピーを格安で"): the goods on the
# fold, then a sign they are on offer. Read only when an illicit word matched.
_COUNTERFEIT: Final = re.compile(r"すぱこぴ|こぴ品|n級|s級|偽ぶらんど|ぱちもん|ぱちもの")
_ON_OFFER: Final = re.compile(
    r"あります|有ります|扱って|分の1|値段|格安|激安|お安く|お譲り|安く"
    r"|種類あり|在庫あり|取り揃え|取りそろえ|入荷|ら買って|買ってね|買ってくだ|買いに来|売ります"
)
# A call to buy beside a cure claim ("購入は下のリンクから").
_BUY: Final = re.compile(r"購入|注文|お求め|買え")
_SOLD: Final = re.compile(
    r"販売|売|購入|注文|商品|発送|買い取|買取"
    # Goods handed over at a price ("特別価格でお分けします"), a service priced per unit or
    # taken on for a sum ("1本8000円", "1回3000円で承ります").
    r"|お分けし|お分け致|お分けいた|特別価格|頒布"
    r"|1(?:回|本|個|枚|冊|台|箱|袋|件|時間|軒|戸)(?:あたり|につき)?\d+円|\d円で(?:承|請け|引き受|対応)"
)
# A finder sharing something or exposing someone ("ミラー配信してるとこ見つけた → …",
# "再アップしたやつ ↓", "晒しとく"): a link or a LINE id there sells nothing (piracy is 4-3,
# exposure 4-1). On the fold.
_SHARER: Final = re.compile(
    r"見つけた|見っけ|したやつ|してたやつ|置いとく|置いておく|貼っとく|上げとく|晒し|晒す|さらしと"
    r"|共有します|共有しとく|共有しておく|共有しときます|全ぺじ共有"
)
# Money paid out to the reader ("補償金の受け取りはこちら → …"): a phishing lure (4-7) or an
# impersonator's notice (4-5), not a sale. On the fold.
_PAYOUT: Final = re.compile(
    r"(?:補償金|給付金|還付金|支援金|見舞金|返金)(?!(?:が|は)?(?:入ったら|入れば|出たら|で買|で購入))"
    r"|受け取り|受取"
)


def _office_notice(ctx: Context) -> bool:
    """Tell whether the comment is an impersonator's notice rather than an advertisement: it
    poses as an office (see :func:`~kitami_policy.rules.impersonation.speaks_as_office`) and
    sells no goods or service ("給付金の申請を受付中です。プロフのリンクからどうぞ" under a
    look-alike of the city's account; "参加費1,000円を事前にお振込みください" from a name
    posing as a branch office). An office that sells ("点検費用は5000円です") is both."""
    if not _GOODS.isdisjoint(ctx.words) or _SOLD.search(ctx.folded) is not None:
        return False
    return speaks_as_office(ctx)


def _has(ctx: Context, names: frozenset[str]) -> bool:
    """Tell whether any of the named lists matched (a set operation, for speed)."""
    return not names.isdisjoint(ctx.words)


def _warned(ctx: Context) -> bool:
    """Tell whether the comment warns about such pitches or complains about resellers."""
    return _WARNING in ctx.words or _SHIELDED_WARNING.search(ctx.folded) is not None


def _first(ctx: Context, *lists: str) -> list[Match[str]]:
    """The first match of each named list that matched, in text order."""
    found = [ctx.words[name][0] for name in lists if name in ctx.words]
    found.sort(key=lambda m: (m.start, m.end))
    return found


def _evidence(
    ctx: Context,
    matches: Sequence[Match[str]],
    regex_spans: Sequence[Span] = (),
    level: str | None = None,
) -> Evidence:
    spans = sorted({*ctx.match_spans(matches), *regex_spans})
    return Evidence(spans=tuple(spans), level=level)


def _regex_span(pattern: re.Pattern[str], text: str) -> Span | None:
    found = pattern.search(text)
    return Span(found.start(), found.end()) if found else None


def _price(text: str) -> tuple[Span | None, Span | None]:
    """The first discount or price in *text* (the number form), and a price list if any."""
    if "円" not in text and "%" not in text and "割" not in text and "パ" not in text:
        return None, None
    if _DIGIT.search(text) is None:
        return None, None
    price = _regex_span(_DISCOUNT, text) or _regex_span(_PRICE, text)
    price_list = _regex_span(_PRICE_LIST, text) if price is not None and "円" in text else None
    return price, price_list


def _find_promotion(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: selling or promoting a shop, product or service for private gain (see
    :func:`_promotion`), unless it is an impersonator's notice that sells nothing."""
    found = _promotion(ctx)
    return _NOTHING if found and _office_notice(ctx) else found


def _promotion(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: selling or promoting a shop, product or service for private gain.

    A phrase only advertisers write (ご購入はこちら, 送料無料, チャンネル登録お願いします) is
    enough; otherwise two kinds of signal must meet: a sale, a seller (a shop front, or the
    writer speaking as the seller: 当店, 〜屋です, 承ります), a private service (整体, 不用品回収,
    占い, ライブ配信), an offer (a price, a discount) and a call to action (DM, a link, 来てね).

    Not promotion: a question or an offer beside the city's own name (市の, 商品券) unless a
    seller speaks; a prize draw; a warning or a complaint about resellers; and a customer telling
    of an experience (買いました, 美味しかった) unless a seller speaks or gives a contact.
    """
    words = ctx.words
    text = ctx.numbers
    hand_over = _CTA in words and _HAND_OVER.search(ctx.folded) is not None
    if (
        _PROMOTION_LISTS.isdisjoint(words)
        and "円" not in text
        and "%" not in text
        and not hand_over
    ):
        return _NOTHING
    seller_voice = _VOICE in words
    if _STRONG in words:
        if _warned(ctx) or (not seller_voice and (_PUBLIC in words or _QUESTION.search(ctx.text))):
            return _NOTHING
        # "本件のお問い合わせはDMで…担当者より": an office's voice (4-5), unless it sells.
        if _PURPOSE in words and _OFFICE_SALE.isdisjoint(words) and _price(ctx.numbers)[0] is None:
            return _NOTHING
        return (_evidence(ctx, ctx.matches(_STRONG)),)
    price, price_list = _price(text)
    if (price is None and not hand_over and _PROMOTION_LISTS.isdisjoint(words)) or _warned(ctx):
        return _NOTHING
    shop = None
    if "『" in text or "「" in text or "徒歩" in text:
        shop = _regex_span(_SHOP_NAME, text)
    seller = seller_voice or _SELLER in words or shop is not None
    sale = _SALE in words or price_list is not None or hand_over
    offer = _DEAL in words or _ILLICIT in words or price is not None
    service = _SERVICE in words
    if not (seller or sale or offer or service or _CURE in words):
        return _NOTHING
    if not (seller_voice or _SELLER in words) and price is None and _SHARER.search(ctx.folded):
        return _NOTHING
    if not (seller or sale or service) and _PAYOUT.search(ctx.folded):
        return _NOTHING
    if not seller_voice:
        asked = _QUESTION.search(ctx.text) is not None
        # A customer's question names the shop ("公式ショップで買えますか？") and offers nothing.
        if _SELLER not in words and (_PUBLIC in words or asked):
            return _NOTHING
        if asked and not offer:
            return _NOTHING
    if not (seller or sale) and _GIVEAWAY in words:
        return _NOTHING
    # An official's voice (〜課の者です…承ります) is impersonation, 4-5, unless it names a price.
    if _PURPOSE in words and not offer:
        return _NOTHING
    url = _regex_span(_URL, text) if "." in text else None
    if url is None and ("0120" in text or "0800" in text):
        url = _regex_span(_FREE_DIAL, text)
    contact = _SOLICIT in words or url is not None
    if not (seller_voice or contact) and _CONSUMER in words:
        return _NOTHING
    call = contact or _CTA in words
    deals = len({m.start for m in words.get(_DEAL, ())}) + (price is not None)
    many_deals = deals >= 2 and price is not None
    counterfeit = (
        _ILLICIT in words
        and _COUNTERFEIT.search(ctx.folded) is not None
        and _ON_OFFER.search(ctx.folded) is not None
    )
    cured = _CURE in words and call and _BUY.search(ctx.folded) is not None
    if (
        counterfeit
        or cured
        or (sale and (seller or offer or call))
        or (seller and offer)
        or (seller_voice and (call or service))
        or (service and (offer or call or sale))
        or many_deals
        or (offer and call)
        or (_ILLICIT in words and price is not None)
    ):
        regex_spans = [s for s in (price, url, shop) if s is not None]
        level = None if seller or call else _NO_SELLER
        found = _first(ctx, _VOICE, _SELLER, _SERVICE, _SALE, _DEAL, _CTA, _ILLICIT, _CURE)
        return (_evidence(ctx, found, regex_spans, level),)
    return _NOTHING


def _find_solicitation(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: a solicitation (see :func:`_solicitation`), unless it is an impersonator's notice
    that sells nothing ("新しい口座はDMでお知らせします" from a name posing as the organisers)."""
    found = _solicitation(ctx)
    return _NOTHING if found and _office_notice(ctx) else found


def _solicitation(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: asking readers to DM, add a LINE, Telegram or Kakao account, read a profile link,
    subscribe to a channel or follow back.

    A pointer to the writer's profile or a plain request to follow counts only beside a
    commercial signal or the writer's own handle: an impersonator of the city writes
    "詳しくはプロフィールのリンクから" too, and that is 4-5, not advertising. A "DMください" that
    looks for a lost wallet's owner, asks for personal data (an impersonator or a phishing lure),
    campaigns or offers pirated copies for free has another purpose than private gain, unless
    something is sold as well. A prize draw that asks for a DM or a profile visit is a (fake)
    giveaway, 4-7, unless it also sells; one that names the city (市の公式LINE) passes on the
    city's channel.

    Besides the phrases of the word list, an account id given beside LINE ("LINE→ abc_77
    追加してね") is found on the fold, where spaces, arrows and underscores are gone.
    """
    words = ctx.words
    folded = ctx.folded
    line_id = ("追加" in folded or "id" in folded) and ("line" in folded or "らいん" in folded)
    if not line_id and _SOLICIT_LISTS.isdisjoint(words):
        return _NOTHING
    commercial = not _COMMERCIAL.isdisjoint(words)
    if not commercial and _SHARER.search(folded) is not None:
        return _NOTHING
    if (_GIVEAWAY in words or _PUBLIC in words) and _SELLING.isdisjoint(words):
        return _NOTHING
    if _PURPOSE in words and (
        not commercial
        or (_COMMERCIAL_BESIDE_PURPOSE.isdisjoint(words) and _price(ctx.numbers)[0] is None)
    ):
        return _NOTHING
    if _SOLICIT in words:
        return (_evidence(ctx, ctx.matches(_SOLICIT)),)
    if _SOLICIT_WEAK in words and (
        commercial or _HANDLE.search(ctx.text) or _price(ctx.numbers)[0] is not None
    ):
        return (_evidence(ctx, ctx.matches(_SOLICIT_WEAK)),)
    if line_id:
        found = _LINE_ID.search(folded)
        if found is not None:
            # The id is a contact detail: the excerpt never shows it.
            return (Evidence(spans=(ctx.span(found.start(), found.end()),), mask="text"),)
    return _NOTHING


def _find_affiliate(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: affiliate links (amzn.to, a8.net, ?tag=) and referral or invitation codes."""
    words = ctx.words
    text = ctx.numbers
    # Every affiliate link holds a slash or a query: a sentence with a full stop skips the regex.
    if ("/" in text or "=" in text) and (link := _regex_span(_AFFILIATE_URL, text)) is not None:
        return (Evidence(spans=(link,)),)
    if _AFFILIATE in words:
        return (_evidence(ctx, ctx.matches(_AFFILIATE)),)
    if _REFERRAL in words and not _warned(ctx):
        code = _regex_span(_CODE_TOKEN, text)
        if code is not None or _REWARD.search(ctx.folded):
            return (_evidence(ctx, ctx.matches(_REFERRAL), [code] if code else ()),)
    return _NOTHING


def _find_side_job(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: side-job, network-business and easy-money pitches (副業で月収100万, スマホだけで稼げる,
    権利収入を得ませんか).

    A side-job word with an earning word is not enough ("職員が副業で稼いでいる" is a
    complaint): a pitch, a call to action, a contact channel or an amount must stand beside
    them. A warning about such pitches (詐欺, 注意), a question or the city's own job offer
    (市の職員募集) is not one.
    """
    words = ctx.words
    if _SIDEJOB_LISTS.isdisjoint(words) or _warned(ctx):
        return _NOTHING
    if _SIDEJOB_STRONG in words:
        return (_evidence(ctx, ctx.matches(_SIDEJOB_STRONG)),)
    amount = _regex_span(_AMOUNT, ctx.numbers) if _DIGIT.search(ctx.numbers) else None
    pitched = not _PITCHES.isdisjoint(words)
    if _PUBLIC in words or _GIVEAWAY in words or _PURPOSE in words:
        return _NOTHING
    if not (amount or pitched) and _QUESTION.search(ctx.text):
        return _NOTHING
    if ((_EARN in words or amount) and (amount or pitched)) or _SOLICIT in words:
        found = _first(ctx, _SIDEJOB, _EARN, _PITCH, _SOLICIT)
        return (_evidence(ctx, found, [amount] if amount else (), _PITCHED),)
    return _NOTHING


def _find_investment(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: investment and crypto pitches (仮想通貨で資産倍増, FXで稼ぐ, 投資グループ招待).

    An investment word with a promise of growth and a pitch or call to action, an investment
    word with a contact channel (DM, LINE, Telegram), or a phrase that is a pitch on its own.
    Talk about the city's budget ("インフラへの投資") and warnings about fraud are not pitches.
    """
    words = ctx.words
    if _INVEST_LISTS.isdisjoint(words) or _warned(ctx):
        return _NOTHING
    if _INVEST_STRONG in words:
        return (_evidence(ctx, ctx.matches(_INVEST_STRONG)),)
    if _PUBLIC in words and _SOLICIT not in words:
        return _NOTHING
    if (_GROWTH in words and not _PITCHES.isdisjoint(words)) or _SOLICIT in words:
        found = _first(ctx, _INVEST, _GROWTH, _PITCH, _CTA, _SOLICIT)
        return (_evidence(ctx, found, (), _PITCHED),)
    return _NOTHING


# Confidence levels (data/rules/advertising.toml [levels]).
_NO_SELLER: Final = "no_seller"
_PITCHED: Final = "pitched"
LEVELS: Final = frozenset((_NO_SELLER, _PITCHED))

DETECTORS: Final[Mapping[str, Detector]] = {
    "ad.promotion": _find_promotion,
    "ad.solicitation": _find_solicitation,
    "ad.affiliate": _find_affiliate,
    "ad.side_job": _find_side_job,
    "ad.investment": _find_investment,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # A promotion list, or else a price or discount, which needs a digit in the number form
    # (a number-form digit is exactly what the "digit" signal looks for), or an offer to hand
    # over, which needs a call-to-action word (欲しい人).
    "ad.promotion": Trigger(words={*_PROMOTION_LISTS, _CTA}, signals={"digit"}),
    # A solicit list, or a LINE id on the fold: "line…" is Latin, and "らいん" is the folded
    # ライン of ad_cta (no ad_allowed word covers it). Not "digit": "らいん⑳⑳追加" folds to
    # digits that the signal does not see.
    "ad.solicitation": Trigger(words={*_SOLICIT_LISTS, _CTA}, signals={"latin"}),
    # Every affiliate-link pattern holds Latin letters.
    "ad.affiliate": Trigger(words={_AFFILIATE, _REFERRAL}, signals={"latin"}),
    "ad.side_job": Trigger(words=_SIDEJOB_LISTS),
    "ad.investment": Trigger(words=_INVEST_LISTS),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _SELLER,
    _VOICE,
    _SERVICE,
    _SALE,
    _DEAL,
    _CTA,
    _STRONG,
    _SOLICIT,
    _CURE,
    _AFFILIATE,
    _REFERRAL,
    _SIDEJOB,
    _SIDEJOB_STRONG,
    _EARN,
    _PITCH,
    _INVEST,
    _INVEST_STRONG,
    _GROWTH,
    _WARNING,
    _PUBLIC,
    _SOLICIT_WEAK,
    _GIVEAWAY,
    _ILLICIT,
    _PURPOSE,
    _CONSUMER,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("ad_allowed",)
