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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from kitami_policy.automaton import Match
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Detector, Evidence

__all__ = ["ALLOWED_LISTS", "DETECTORS", "WORD_LISTS"]

_SELLER: Final = "ad_seller"
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
# What makes a profile link or a follow request commercial.
_COMMERCIAL: Final = frozenset(
    (_SELLER, _SALE, _DEAL, _SIDEJOB, _SIDEJOB_STRONG, _EARN, _INVEST, _ILLICIT)
)
# What shows a sale even beside a prize draw or the city's name (which mention money too).
_SELLING: Final = frozenset((_SELLER, _SALE, _ILLICIT, _SIDEJOB, _SIDEJOB_STRONG, _INVEST_STRONG))
# The lists one of which a promotion needs (unless it names a price).
_PROMOTION_LISTS: Final = frozenset((_SELLER, _SALE, _DEAL, _ILLICIT))
# A pitch, a call to action or a solicitation: what turns money talk into an advertisement.
_PITCHES: Final = frozenset((_PITCH, _CTA, _SOLICIT))

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
    r"(?:月収|月商|月給|日給|日収|時給|年収|月|日|週|分で)\s*\+?\s*\d[\d,]*\s*(?:万|千円|円)"
)
# A LINE (or other messenger) id to add, on the fold: "lineyakiniku77追加してね", "line id abc".
_LINE_ID: Final = re.compile(
    r"(?:line|らいん)(?:id)?[a-z0-9]{3,}.{0,6}?追加|(?:line|らいん)id[a-z0-9]{3,}"
)
# A comment that ends as a question ("ごみ袋はどこで販売していますか") asks; it does not sell.
_QUESTION: Final = re.compile(
    r"(?:[?？]|(?:です|ます|でしょう|ません|ない|の)か)[\s。．!！…・〜ー]*$"
)


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
    confidence: float | None = None,
) -> Evidence:
    spans = sorted({*ctx.match_spans(matches), *regex_spans})
    return Evidence(spans=tuple(spans), confidence=confidence)


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


def _find_promotion(ctx: Context) -> Iterator[Evidence]:
    """4-6: selling or promoting a shop or product for private gain.

    A phrase only advertisers write (ご購入はこちら, 送料無料) is enough; otherwise a sale word
    needs a seller, a price or a call to action beside it, or a seller needs a price. A
    question without a seller asks where the city sells something, and an offer beside the
    city's own name (市の, 市役所) passes on the city's information: neither is promotion; nor is
    a prize draw, a warning or a complaint about resellers (転売対策してください).
    """
    words = ctx.words
    if _STRONG in words:
        if not _warned(ctx):
            yield _evidence(ctx, ctx.matches(_STRONG))
        return
    text = ctx.numbers
    price, price_list = _price(text)
    if (price is None and _PROMOTION_LISTS.isdisjoint(words)) or _warned(ctx):
        return
    shop = None
    if "『" in text or "「" in text or "徒歩" in text:
        shop = _regex_span(_SHOP_NAME, text)
    seller = _SELLER in words or shop is not None
    sale = _SALE in words or price_list is not None
    offer = _DEAL in words or _ILLICIT in words or price is not None
    if not (seller or sale or offer):
        return
    if _SELLER not in words and (_PUBLIC in words or _QUESTION.search(ctx.text)):
        return
    if not (seller or sale) and _GIVEAWAY in words:
        return
    url = _regex_span(_URL, text) if "." in text else None
    call = _CTA in words or url is not None
    deals = len({m.start for m in words.get(_DEAL, ())}) + (price is not None)
    many_deals = deals >= 2 and price is not None
    if (sale and (seller or offer or call)) or (seller and offer) or many_deals or (offer and call):
        regex_spans = [s for s in (price, url, shop) if s is not None]
        confidence = 0.9 if seller or call else 0.75
        yield _evidence(ctx, _first(ctx, _SELLER, _SALE, _DEAL, _CTA), regex_spans, confidence)


def _find_solicitation(ctx: Context) -> Iterator[Evidence]:
    """4-6: asking readers to DM, add a LINE account, read a profile link or follow back.

    A pointer to the writer's profile or a plain request to follow counts only beside a
    commercial signal: an impersonator of the city writes "詳しくはプロフィールのリンクから"
    too, and that is 4-5, not advertising. A prize draw that asks for a DM or a profile visit
    is a (fake) giveaway, 4-7, unless it also sells; one that names the city (市の公式LINE) passes
    on the city's channel.

    Besides the phrases of the word list, an account id given beside LINE ("LINE→ abc_77
    追加してね") is found on the fold, where spaces, arrows and underscores are gone.
    """
    words = ctx.words
    if (_GIVEAWAY in words or _PUBLIC in words) and _SELLING.isdisjoint(words):
        return
    if _SOLICIT in words:
        yield _evidence(ctx, ctx.matches(_SOLICIT))
        return
    if _SOLICIT_WEAK in words and (_has(ctx, _COMMERCIAL) or _price(ctx.numbers)[0] is not None):
        yield _evidence(ctx, ctx.matches(_SOLICIT_WEAK))
        return
    folded = ctx.folded
    if "追加" in folded or "id" in folded:
        found = _LINE_ID.search(folded)
        if found is not None:
            # The id is a contact detail: the excerpt never shows it.
            yield Evidence(spans=(ctx.span(found.start(), found.end()),), mask="text")


def _find_affiliate(ctx: Context) -> Iterator[Evidence]:
    """4-6: affiliate links (amzn.to, a8.net, ?tag=) and referral or invitation codes."""
    words = ctx.words
    text = ctx.numbers
    if "." in text or "=" in text:
        link = _regex_span(_AFFILIATE_URL, text)
        if link is not None:
            yield Evidence(spans=(link,))
            return
    if _AFFILIATE in words:
        yield _evidence(ctx, ctx.matches(_AFFILIATE))
        return
    if _REFERRAL in words and not _warned(ctx):
        code = _regex_span(_CODE_TOKEN, text)
        if code is not None or _REWARD.search(ctx.folded):
            yield _evidence(ctx, ctx.matches(_REFERRAL), [code] if code else ())


def _find_side_job(ctx: Context) -> Iterator[Evidence]:
    """4-6: side-job and easy-money pitches (副業で月収100万, スマホだけで稼げる).

    A side-job word with an earning word is not enough ("職員が副業で稼いでいる" is a
    complaint): a pitch, a call to action or an amount must stand beside them. A warning about
    such pitches (詐欺, 注意) is not one.
    """
    words = ctx.words
    if (_SIDEJOB not in words and _SIDEJOB_STRONG not in words) or _warned(ctx):
        return
    if _SIDEJOB_STRONG in words:
        yield _evidence(ctx, ctx.matches(_SIDEJOB_STRONG))
        return
    amount = _regex_span(_AMOUNT, ctx.numbers) if _DIGIT.search(ctx.numbers) else None
    if (_EARN in words or amount) and (amount or _has(ctx, _PITCHES)):
        yield _evidence(ctx, _first(ctx, _SIDEJOB, _EARN, _PITCH), [amount] if amount else (), 0.85)


def _find_investment(ctx: Context) -> Iterator[Evidence]:
    """4-6: investment and crypto pitches (仮想通貨で資産倍増, FXで稼ぐ, 投資グループ招待).

    An investment word with a promise of growth and a pitch or call to action, or a phrase
    that is a pitch on its own. Talk about the city's budget ("インフラへの投資") and warnings
    about fraud are not pitches.
    """
    words = ctx.words
    if (_INVEST not in words and _INVEST_STRONG not in words) or _warned(ctx):
        return
    if _INVEST_STRONG in words:
        yield _evidence(ctx, ctx.matches(_INVEST_STRONG))
        return
    if _GROWTH in words and _has(ctx, _PITCHES):
        yield _evidence(ctx, _first(ctx, _INVEST, _GROWTH, _PITCH, _CTA), (), 0.85)


DETECTORS: Final[Mapping[str, Detector]] = {
    "ad.promotion": _find_promotion,
    "ad.solicitation": _find_solicitation,
    "ad.affiliate": _find_affiliate,
    "ad.side_job": _find_side_job,
    "ad.investment": _find_investment,
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _SELLER,
    _SALE,
    _DEAL,
    _CTA,
    _STRONG,
    _SOLICIT,
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
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
