"""Clause 4-4, illegal things offered (``law.drug_sale``, ``law.weapon_sale``,
``law.forgery_sale``, ``law.contraband_sale``).

Drugs offered, or said to be in stock (slang only with an offer, a covert channel or a drug
emoji beside it); guns and weapons outside the licence system; forged documents (偽 and にせ
only with a document right after them), and identity documents offered to be made with no
issuing office named; poached game, stolen goods, blood or organs. Selling is also 4-6, which
the advertising family adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.grammar import close, evidence_over
from kitami_policy.rules.unlawful.lists import (
    CONTRABAND,
    DOCUMENTS,
    DRUG_SLANG,
    DRUGS,
    FORGERY,
    GUARD,
    REPORT,
    SALE,
    SECRET,
    WEAPONS,
)

__all__ = [
    "FOLDED_PATTERNS",
    "LEVELS",
    "WORD_LISTS",
    "find_contraband_sale",
    "find_drug_sale",
    "find_forgery_sale",
    "find_weapon_sale",
]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Forgery terms that only name a fake: they need a document right after them.
_FAKE: Final = frozenset(fold(term) for term in terms("unlawful_fake"))
# After a fake document: an offer to make, send or sell it ("作れるよ", "3日で届ける").
_MADE: Final = re.compile(
    r"作れ(?:る|ます)|つくれ(?:る|ます)|作ります|作ってあげ|作ってやる|作ったる|作成(?:します|でき|可能|承)"
    r"|用意(?:します|でき)|発行(?:します|でき)|売ります|売るよ|売って(?:る|ます)|譲ります|届け(?:ます|る)"
    r"|お届け|手に入(?:る|ります)"
)
# Whoever really issues identity documents: "市役所で作れます" tells where, it offers nothing.
_ISSUER: Final = re.compile(_words("unlawful_issuer"))
# The buyer invited to get in touch ("ご相談を", "DMで").
_INVITED: Final = re.compile(_words("unlawful_invited"))
# How far an offer to make documents may stand after the last one named.
_MADE_REACH: Final = 24
# Drug slang rarely meant otherwise; with a second slang word and an offer, a drug sale.
_STRONG_SLANG: Final = frozenset(fold(term) for term in terms("unlawful_drug_slang_strong"))
# Right after a drug, past a particle: it is on offer ("大麻あります", "白い粉もあるよ").
_IN_STOCK_AFTER: Final = re.compile(
    rf"(?:も|が|は|なら|なんかも|とか)?{_words('unlawful_in_stock')}"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_INVITED, _IN_STOCK_AFTER, _ISSUER, _MADE)
WORD_LISTS: Final = (
    "unlawful_fake",
    "unlawful_issuer",
    "unlawful_invited",
    "unlawful_drug_slang_strong",
    "unlawful_in_stock",
)
# Emoji that stand for drugs in sales posts: snow (覚醒剤), leaves (大麻), pills.
_DRUG_EMOJI: Final = re.compile("[\u2744\U0001f341\U0001f33f\U0001f343\U0001f48a\U0001f489]")


def find_drug_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering or seeking illegal drugs (禁止事項4(4))."""
    words = ctx.words
    if GUARD in words:
        return ()
    # In stock is an offer whatever else the comment says ("大麻あります。…連絡ください").
    stocked = _drug_in_stock(ctx)
    if stocked or SALE not in words:
        return stocked
    if DRUGS not in words and DRUG_SLANG not in words:
        return _drug_emoji(ctx)
    sales = ctx.matches(SALE)
    drugs = [m for m in ctx.matches(DRUGS) if close(m, sales)]
    if drugs:
        return (evidence_over(ctx, drugs),)
    if SECRET in words:
        slang = [m for m in ctx.matches(DRUG_SLANG) if close(m, sales)]
        if slang:
            return (evidence_over(ctx, slang, _SLANG_OFFERED),)
    slang = ctx.matches(DRUG_SLANG)
    if len({m.term for m in slang}) >= 2 and any(m.term in _STRONG_SLANG for m in slang):
        return (evidence_over(ctx, slang, _SLANG_ONLY),)
    return _drug_emoji(ctx)


def _drug_in_stock(ctx: Context) -> Sequence[Evidence]:
    """A drug said to be in stock right after it ("MDMAあります", "大麻もあるよ").

    Slang that is rarely meant otherwise counts too ("白い粉もありまーす"), with an offer, a
    covert channel or a drug emoji beside it: "白いのありますか" alone asks a shop.
    """
    words = ctx.words
    folded = ctx.folded
    drugs = [m for m in ctx.matches(DRUGS) if _IN_STOCK_AFTER.match(folded, m.end)]
    if drugs:
        return (evidence_over(ctx, drugs, _IN_STOCK),)
    if DRUG_SLANG not in words:
        return ()
    # "白いの在庫ありますか" asks a shop: slang in stock needs no question after it and an
    # offer, a covert channel or a drug emoji besides the words that say it is in stock.
    offers = ctx.matches(SALE, SECRET)
    emoji = _DRUG_EMOJI.search(ctx.text) is not None
    found: list[Match[str]] = []
    for m in ctx.matches(DRUG_SLANG):
        stock = _IN_STOCK_AFTER.match(folded, m.end) if m.term in _STRONG_SLANG else None
        if stock is None or folded.startswith("か", stock.end()):
            continue
        if emoji or len(offers) > len(ctx.near(stock.start(), stock.end(), SALE, SECRET)):
            found.append(m)
    if found:
        found += offers
    return (evidence_over(ctx, found, _IN_STOCK_SLANG),) if found else ()


def _drug_emoji(ctx: Context) -> Sequence[Evidence]:
    """Drugs named by emoji (❄️ 🍁 🌿 💊) and offered with a covert channel or several kinds."""
    found = _DRUG_EMOJI.findall(ctx.text)
    if not found or (SECRET not in ctx.words and len(set(found)) < 2):
        return ()
    return (evidence_over(ctx, ctx.matches(SALE), _EMOJI_SALE),)


def find_contraband_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering poached game or stolen goods (禁止事項4(4))."""
    words = ctx.words
    if CONTRABAND not in words or SALE not in words or GUARD in words or REPORT in words:
        return ()
    sales = ctx.matches(SALE)
    goods = [m for m in ctx.matches(CONTRABAND) if close(m, sales)]
    return (evidence_over(ctx, goods),) if goods else ()


def find_weapon_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering guns and other weapons outside the licence system (禁止事項4(4))."""
    words = ctx.words
    if WEAPONS not in words or GUARD in words or SALE not in words:
        return ()
    weapons = ctx.matches(WEAPONS)
    if SECRET in words or any(w.term != "銃" for w in weapons):
        return (evidence_over(ctx, weapons),)
    return ()


def find_forgery_sale(ctx: Context) -> Sequence[Evidence]:
    """Offering forged documents or money (禁止事項4(4))."""
    words = ctx.words
    if FORGERY not in words:
        return _documents_offered(ctx) if DOCUMENTS in words else ()
    if GUARD in words:
        return ()
    # 偽 / にせ name any fake: a forgery only with a document right after ("偽のマイナンバー").
    forged = [m for m in ctx.matches(FORGERY) if m.term not in _FAKE or _fake_document(ctx, m)]
    if not forged:
        return ()
    if SALE in words:
        if DOCUMENTS in words or any(m.term != "偽造" for m in forged):
            return (evidence_over(ctx, forged),)
        return ()
    # Without a sale word, a fake document offered to be made ("偽の免許証作れるよ").
    folded = ctx.folded
    made = [m for m in forged if _MADE.search(folded, m.end, m.end + 24)]
    return (evidence_over(ctx, made, _MADE_TO_ORDER),) if made else ()


def _documents_offered(ctx: Context) -> Sequence[Evidence]:
    """Several identity documents offered to be made, with no office named as their issuer.

    "在留カードも運転免許証も作れます。…ご相談を" sells forgeries without saying 偽: only the
    state issues these, so a private offer to make two of them is an offer of fakes.
    """
    folded = ctx.folded
    # ご相談を invites the buyer here; the other guard words (注意, 詐欺) still warn.
    if any(g.term != "相談" for g in ctx.matches(GUARD)):
        return ()
    docs: list[Match[str]] = []
    for d in ctx.matches(DOCUMENTS):
        if not docs or d.start >= docs[-1].end:
            docs.append(d)
    if len(docs) < 2 or _ISSUER.search(folded):
        return ()
    made = [m for d in docs[1:] if (m := _MADE.search(folded, d.end, d.end + _MADE_REACH))]
    if not made or folded.startswith("か", made[0].end()):
        return ()
    # 作れます is itself a sale word: the buyer must be invited besides.
    if SECRET not in ctx.words and not _INVITED.search(folded):
        return ()
    return (evidence_over(ctx, docs, _DOCUMENTS_LEVEL),)


def _fake_document(ctx: Context, m: Match[str]) -> bool:
    """True when a document follows the fake *m* at once ("偽の" + "マイナンバーカード")."""
    return any(m.end <= d.start <= m.end + 2 for d in ctx.near(m.end, m.end + 3, DOCUMENTS))


# Confidence levels (data/rules/unlawful.toml [levels]).
_SLANG_OFFERED: Final = "slang_offered"
_SLANG_ONLY: Final = "slang_only"
_IN_STOCK: Final = "in_stock"
_IN_STOCK_SLANG: Final = "in_stock_slang"
_EMOJI_SALE: Final = "emoji_sale"
_MADE_TO_ORDER: Final = "made_to_order"
_DOCUMENTS_LEVEL: Final = "documents"
LEVELS: Final = frozenset(
    (
        _SLANG_OFFERED,
        _SLANG_ONLY,
        _IN_STOCK,
        _IN_STOCK_SLANG,
        _EMOJI_SALE,
        _MADE_TO_ORDER,
        _DOCUMENTS_LEVEL,
    )
)
