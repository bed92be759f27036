"""Clause 4-6, promotion (``ad.promotion``).

Selling or promoting a shop, a product or a service for private gain: a phrase only advertisers
write, or a sale, a seller, a private service, an offer and a call to action meeting; counterfeit
goods on offer and a cure with a call to buy. A customer's experience, a question, a prize draw,
the city's own offer and an impersonator's notice that sells nothing are not promotion.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.advertising.english import english_promotion
from kitami_policy.rules.advertising.grammar import QUESTION, evidence, first, prices, regex_span
from kitami_policy.rules.advertising.lists import (
    CONSUMER,
    CONTACT,
    COUNTERFEIT,
    CTA,
    CURE,
    DEAL,
    GIVEAWAY,
    HAND_OVER,
    ILLICIT,
    ON_OFFER,
    PAYOUT,
    PUBLIC,
    PURPOSE,
    SALE,
    SELLER,
    SERVICE,
    SOLICIT,
    SPENT,
    STRONG,
    VOICE,
)
from kitami_policy.rules.advertising.purpose import SHARER, office_notice, warned
from kitami_policy.rules.base import Context, Evidence

__all__ = ["FOLDED_PATTERNS", "LEVELS", "PROMOTION_LISTS", "find_promotion"]

# The lists one of which a promotion needs (unless it names a price).
PROMOTION_LISTS: Final = frozenset((STRONG, SELLER, VOICE, SALE, DEAL, ILLICIT, SERVICE, CURE))
# What shows a sale beside an office's or a finder's purpose word.
_OFFICE_SALE: Final = frozenset((SELLER, VOICE, SALE, ILLICIT))
_NOTHING: Final[tuple[Evidence, ...]] = ()

# A shop's name in 『』, or "Xなら『Y』" / "Xなら「Y」": how shops present themselves.
_SHOP_NAME: Final = re.compile(r"『[^』]{2,25}』|なら\s*「[^」]{2,25}」|徒歩\s*\d+\s*分")
# A link of any kind is a call to action when it stands beside a sale.
_URL: Final = re.compile(
    r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|jp|to|me|ly|shop|store|io|link)\b",
    re.IGNORECASE,
)
# A toll-free number (0120, 0800) is a business's, never a private person's.
_FREE_DIAL: Final = re.compile(r"0(?:120|800)\D{0,3}\d{2,4}\D{0,3}\d{3,4}")


# The patterns below run on the folded text: their words come from the family's word lists,
# spelled as the fold spells them (rules/_terms.py), and their grammar is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Something on hand offered to whoever wants it, with a way to get it ("白い粉もありまーす❄
# 欲しい人は連絡ちょうだい"): an offer to hand over, read on the fold. 欲しい人, ほしい人, 欲しい方
# and ほしい方 are all ad_cta words, which the rule's trigger counts on.
_HAND_OVER: Final = re.compile(
    rf"{_words(HAND_OVER)}(?:よ|ね)?.{{0,4}}?(?:欲しい|ほしい)(?:人|方)は?{_words(CONTACT)}"
)
# Counterfeit goods offered ("Ｎ級コピー品あります", "スーパーコピーを格安で"): the goods on the
# fold, then a sign they are on offer. Read only when an illicit word matched.
_COUNTERFEIT: Final = re.compile(_words(COUNTERFEIT))
_ON_OFFER: Final = re.compile(_words(ON_OFFER))
# A call to buy beside a cure claim ("購入は下のリンクから").
_BUY: Final = re.compile(r"購入|注文|お求め|買え")
# Money paid out to the reader ("補償金の受け取りはこちら → …"): a phishing lure (4-7) or an
# impersonator's notice (4-5), not a sale. On the fold.
_PAYOUT: Final = re.compile(rf"{_words(PAYOUT)}(?!(?:が|は)?{_words(SPENT)})|受け取り|受取")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_BUY, _COUNTERFEIT, _HAND_OVER, _ON_OFFER, _PAYOUT)


def find_promotion(ctx: Context) -> tuple[Evidence, ...]:
    """4-6: selling or promoting a shop, product or service for private gain (see
    :func:`_promotion`), unless it is an impersonator's notice that sells nothing; English
    spam too (:mod:`~kitami_policy.rules.advertising.english`)."""
    found = (*english_promotion(ctx), *_promotion(ctx))
    return _NOTHING if found and office_notice(ctx) else found


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
    hand_over = CTA in words and _HAND_OVER.search(ctx.folded) is not None
    if PROMOTION_LISTS.isdisjoint(words) and "円" not in text and "%" not in text and not hand_over:
        return _NOTHING
    seller_voice = VOICE in words
    if STRONG in words:
        if warned(ctx) or (not seller_voice and (PUBLIC in words or QUESTION.search(ctx.text))):
            return _NOTHING
        # "本件のお問い合わせはDMで…担当者より": an office's voice (4-5), unless it sells.
        if PURPOSE in words and _OFFICE_SALE.isdisjoint(words) and prices(ctx.numbers)[0] is None:
            return _NOTHING
        return (evidence(ctx, ctx.matches(STRONG)),)
    price, price_list = prices(text)
    if (price is None and not hand_over and PROMOTION_LISTS.isdisjoint(words)) or warned(ctx):
        return _NOTHING
    shop = None
    if "『" in text or "「" in text or "徒歩" in text:
        shop = regex_span(_SHOP_NAME, text)
    seller = seller_voice or SELLER in words or shop is not None
    sale = SALE in words or price_list is not None or hand_over
    offer = DEAL in words or ILLICIT in words or price is not None
    service = SERVICE in words
    if not (seller or sale or offer or service or CURE in words):
        return _NOTHING
    if not (seller_voice or SELLER in words) and price is None and SHARER.search(ctx.folded):
        return _NOTHING
    if not (seller or sale or service) and _PAYOUT.search(ctx.folded):
        return _NOTHING
    if not seller_voice:
        asked = QUESTION.search(ctx.text) is not None
        # A customer's question names the shop ("公式ショップで買えますか？") and offers nothing.
        if SELLER not in words and (PUBLIC in words or asked):
            return _NOTHING
        if asked and not offer:
            return _NOTHING
    if not (seller or sale) and GIVEAWAY in words:
        return _NOTHING
    # An official's voice (〜課の者です…承ります) is impersonation, 4-5, unless it names a price.
    if PURPOSE in words and not offer:
        return _NOTHING
    url = regex_span(_URL, text) if "." in text else None
    if url is None and ("0120" in text or "0800" in text):
        url = regex_span(_FREE_DIAL, text)
    contact = SOLICIT in words or url is not None
    if not (seller_voice or contact) and CONSUMER in words:
        return _NOTHING
    call = contact or CTA in words
    deals = len({m.start for m in words.get(DEAL, ())}) + (price is not None)
    many_deals = deals >= 2 and price is not None
    counterfeit = (
        ILLICIT in words
        and _COUNTERFEIT.search(ctx.folded) is not None
        and _ON_OFFER.search(ctx.folded) is not None
    )
    cured = CURE in words and call and _BUY.search(ctx.folded) is not None
    if (
        counterfeit
        or cured
        or (sale and (seller or offer or call))
        or (seller and offer)
        or (seller_voice and (call or service))
        or (service and (offer or call or sale))
        or many_deals
        or (offer and call)
        or (ILLICIT in words and price is not None)
    ):
        regex_spans = [s for s in (price, url, shop) if s is not None]
        level = None if seller or call else _NO_SELLER
        found = first(ctx, VOICE, SELLER, SERVICE, SALE, DEAL, CTA, ILLICIT, CURE)
        return (evidence(ctx, found, regex_spans, level),)
    return _NOTHING


# Confidence level (data/rules/advertising.toml [levels]).
_NO_SELLER: Final = "no_seller"
LEVELS: Final = frozenset((_NO_SELLER,))
