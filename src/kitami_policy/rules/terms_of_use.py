"""Clause 4-7: 該当するソーシャルメディアの利用規約に反するもの.

CLAUSES.md reads 4-7 as what the platforms' own terms forbid and no other clause covers: spam
and flooding (the same text again and again), mass @-mentions, hashtag stuffing, phishing and
malware links, URL shorteners that hide their target (a shortener *always* makes 4-7), fake
giveaways, and selling followers or accounts (also 4-6, which the advertising rules flag).

It does NOT cover one ordinary link to a reputable site, nor a question asked again in other
words or by another author. Flooding is read as the stream rule says: an author's comment whose
folded text equals one of that author's earlier ones; the first comment is judged on its own.

URLs are read off ``ctx.numbers`` with one regex (full-width ｈｔｔｐｓ：／／ is already ASCII
there); the shortener and reputable domain lists are word-list files, compared label by label
in their folded form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy._wordlist import load_wordlist
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger
from kitami_policy.rules.impersonation import speaks_as_office

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS", "find_urls"]

# --- URLs ---------------------------------------------------------------------------------

# A URL with or without its scheme: a host of dotted labels ending in a letter TLD, then a path.
_URL: Final = re.compile(
    r"(?<![A-Za-z0-9@.-])(?:(?:https?|hxxps?|ttps?)\s?:\s?//\s?)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    r"(?:\.|\s\.\s?|\.\s|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s?ドット\s?|。|\sdot\s))+"
    r"[a-z]{2,24})(?![A-Za-z0-9-])"
    r"(?P<path>[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*)?",
    re.IGNORECASE,
)
_URL_CUE: Final = re.compile(r"[.\])。]\s?[A-Za-z]|//|ドット|\sdot\s")
_DEFANGED_DOT: Final = re.compile(
    r"\s?\.\s?|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s?ドット\s?|。|\sdot\s", re.IGNORECASE
)
# File names and the like that look like hosts: 写真.jpg is not a link.
_FILE_SUFFIXES: Final = (
    ".jpg", ".jpeg", ".png", ".gif", ".pdf", ".txt", ".doc", ".docx", ".xls", ".xlsx", ".zip",
    ".mp4", ".mov",
)  # fmt: skip


def _domains(name: str) -> frozenset[str]:
    return frozenset(term.casefold() for term in load_wordlist(name))


# Domain lists are read as written (dots kept), not through the automaton: hosts are compared
# label by label, which a substring matcher over folded text cannot do.
_SHORTENERS: Final = _domains("tos_shorteners")
_REPUTABLE: Final = _domains("tos_reputable")
_BRANDS: Final = re.compile(
    "|".join(re.escape(b) for b in sorted(_domains("tos_brands"), key=len, reverse=True))
)


def _has_link_shape(numbers: str) -> bool:
    """Whether *numbers* could hold a host at all: a dot, written or spelled out."""
    return "." in numbers or "。" in numbers or "ドット" in numbers or " dot " in numbers


def find_urls(numbers: str) -> list[tuple[Span, str, str]]:
    """The URLs in a comment's number form: each span, its lower-case host and its path.

    Defanged dots (``bit[.]ly``, ``bit。ly``) are read as dots, and a URL spelled out one
    letter at a time (``b i t . l y / x``) is read with its spaces closed up.

    >>> [(s.start, host) for s, host, _ in find_urls("詳細は bit.ly/3xYz と https://www.city.kitami.lg.jp/")]
    [(4, 'bit.ly'), (18, 'www.city.kitami.lg.jp')]
    >>> [host for _, host, _ in find_urls("まとめ→ bit[.]ly/kitami")]
    ['bit.ly']
    >>> [host for _, host, _ in find_urls("h t t p s : / / x . g d / A b")]
    ['x.gd']
    """
    if not _has_link_shape(numbers):
        return []
    if _URL_CUE.search(numbers) is None:
        return []
    found = _urls_in(numbers, None)
    if _SPACED_OUT.search(numbers) is not None:
        closed, origin = _close_up(numbers)
        seen = {span for span, _, _ in found}
        found += [u for u in _urls_in(closed, origin) if u[0] not in seen]
    return found


def _urls(ctx: Context) -> list[tuple[Span, str, str]]:
    """The comment's URLs (:func:`find_urls` on its number form), shared by the 4-7 rules."""
    return find_urls(ctx.numbers)


def _urls_in(text: str, origin: list[int] | None) -> list[tuple[Span, str, str]]:
    found = []
    for match in _URL.finditer(text):
        host = _DEFANGED_DOT.sub(".", match["host"]).lower()
        if host.endswith(_FILE_SUFFIXES) and match["path"] is None and "//" not in match[0]:
            continue
        # 。 is a dot only where it joins a host that ends like a real one (bit。ly/x).
        if "。" in match["host"] and match["path"] is None and not host.endswith(_COMMON_TLDS):
            continue
        start, end = match.start(), match.end()
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        found.append((Span(start, end), host, match["path"] or ""))
    return found


_COMMON_TLDS: Final = (".ly", ".com", ".jp", ".net", ".gd", ".co", ".to", ".me", ".io", ".cc")

# Letters spaced out one by one (b i t . l y): three single characters in a row.
_SPACED_OUT: Final = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9.:/] [A-Za-z0-9.:/] [A-Za-z0-9.:/](?: |$)"
)


def _close_up(text: str) -> tuple[str, list[int]]:
    """*text* without its spaces between single Latin characters, with each kept index."""
    kept = [i for i, ch in enumerate(text) if ch != " "]
    return "".join(text[i] for i in kept), kept


def _suffixes(host: str) -> Iterator[str]:
    """*host* and each of its parent domains but the top level (a.b.jp, b.jp)."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        yield ".".join(labels[i:])


def _listed(host: str, domains: frozenset[str]) -> bool:
    return any(s in domains for s in _suffixes(host))


# --- detectors ----------------------------------------------------------------------------


def _find_flood(ctx: Context) -> Iterable[Evidence]:
    """The comment floods by CLAUSES.md's stream rule: its normalised text again from its author
    within 10 minutes of the previous copy, or for the third time within 24 hours, or from the
    third author under one post. The stream that remembers the copies says so
    (:mod:`kitami_policy.stream`, ``Context.previous``); a comment judged on its own never
    floods. A text that folds to nothing (emoji only) cannot be compared and is left to other
    rules.
    """
    if ctx.previous.flooding and ctx.folded:
        return (Evidence(spans=(Span(0, len(ctx.text)),)),)
    return ()


_MENTION: Final = re.compile(r"(?<![A-Za-z0-9_.])@[\w.]{1,30}")
_MASS_MENTIONS: Final = 5
# Fewer mentions are spam too when the comment asks them to spread, follow or click.
_FEW_MENTIONS: Final = 3
_MENTION_PUSH: Final = re.compile(
    r"拡散|広めて|見て|みて|チェック|check|フォロー|ふぉろー|相互|RT|リポスト|シェア|http|\.ly/|DM",
    re.IGNORECASE,
)
_HASHTAG: Final = re.compile(r"[#＃][^\s#＃、。,，.．!！?？「」()（）]+")
_MANY_HASHTAGS: Final = 8
_MOSTLY_HASHTAGS: Final = 5
# Tags that exist only to trade follows and likes: four of them are stuffing on their own.
_SPAM_TAG: Final = re.compile(
    r"相互|フォロバ|ふぉろば|いいね返し|いいね歓迎|拡散希望|f4f|l4l|follow|like4like|followme|"
    r"instagood|photooftheday|いいねした人|フォローした人",
    re.IGNORECASE,
)
_SPAM_TAGS: Final = 4


def _find_mass_mention(ctx: Context) -> Iterable[Evidence]:
    """Five or more @-mentions in one comment, or three that push readers to act."""
    numbers = ctx.numbers
    if numbers.count("@") < _FEW_MENTIONS:
        return ()
    spans = [Span(*m.span()) for m in _MENTION.finditer(numbers)]
    if len(spans) >= _MASS_MENTIONS or (
        len(spans) >= _FEW_MENTIONS and _MENTION_PUSH.search(numbers) is not None
    ):
        return (Evidence(spans=tuple(spans)),)
    return ()


def _find_hashtag_stuffing(ctx: Context) -> Iterable[Evidence]:
    """Eight or more hashtags, five or more that make up most of the comment, or four tags
    that only trade follows and likes."""
    if ctx.folded.count("#") < _SPAM_TAGS:
        return ()
    tags = list(_HASHTAG.finditer(ctx.numbers))
    covered = sum(len(m[0]) for m in tags)
    visible = len(ctx.text) - sum(ch.isspace() for ch in ctx.text)
    spam = sum(_SPAM_TAG.search(m[0]) is not None for m in tags)
    if (
        len(tags) >= _MANY_HASHTAGS
        or (len(tags) >= _MOSTLY_HASHTAGS and covered * 2 > visible)
        or spam >= _SPAM_TAGS
    ):
        return (Evidence(spans=tuple(Span(*m.span()) for m in tags)),)
    return ()


# Brand names inside a host that is not the brand's: faceb00k-login.com, kitami-city.net.
_LOOKALIKE_DIGITS: Final = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "4": "a"})
_BRAND_TRICK: Final = re.compile(
    r"login|signin|verify|secure|security|account|support|auth|update|official|city|shi|gov|"
    r"lg-?jp|go-?jp|campaign|gift|present|form|appeal|check|help|pay|point|kakunin|redeliver|"
    r"deliver|haitatsu|entry|apply|kyufu|kanpu|hosyou|hosho|refund|claim|reward|prize|bonus|"
    r"jp-|-jp|info|service|center|portal|cp|coupon|user|member|my"
)
# A host that wears a government or municipal suffix it does not end in (city-kitami.lg-jp.com,
# kitami.go.jp.example.net): no private site needs that disguise.
_FAKE_PUBLIC: Final = re.compile(
    r"(?:^|[.-])(?:lg|go)[.-]jp(?=[.-])|(?:^|[.-])city[.-]kitami(?:[.-]|$)"
)
_PUBLIC_SUFFIXES: Final = (".lg.jp", ".go.jp")
# Links that deliver a program, or suspicious hosts on the cheap top-level domains phishing uses.
_MALWARE_PATH: Final = re.compile(
    r"\.(?:apk|exe|scr|bat|msi|jar|vbs|dmg|cmd|ps1)(?:$|[?#])", re.IGNORECASE
)
_CHEAP_TLDS: Final = (
    ".xyz", ".top", ".click", ".icu", ".buzz", ".tk", ".ml", ".ga", ".cf", ".gq", ".work",
    ".download", ".zip", ".mov", ".support", ".loan", ".win", ".bid", ".rest", ".cam", ".sbs",
    ".cfd", ".monster",
)  # fmt: skip
# A program's extension worn as a label of the host (app.apk.download, setup-exe.xyz).
_MALWARE_HOST: Final = re.compile(r"(?:^|[.-])(?:apk|exe|msi|dmg|scr)(?:[.-]|$)")
# An app offered from a cheap top-level domain (bousai-app.xyz/get): no store links that way.
_APP_HOST: Final = re.compile(r"apk|app(?![a-z])|install|setup", re.IGNORECASE)
_SECRET_PATH: Final = re.compile(
    r"login|signin|verify|auth|account|password|kakunin|confirm", re.IGNORECASE
)


def _lookalike_host(host: str, path: str) -> bool:
    """A link whose host wears a brand (a platform, a bank, the city) it does not belong to,
    with look-alike digits or a login, verify or official-style word in the host or path."""
    if _listed(host, _REPUTABLE):
        return False
    if _FAKE_PUBLIC.search(host) and not host.endswith(_PUBLIC_SUFFIXES):
        return True
    if _MALWARE_PATH.search(path) or _MALWARE_HOST.search(host):
        return True
    if host.endswith(_CHEAP_TLDS) and (
        _SECRET_PATH.search(host + path) or _APP_HOST.search(host.rsplit(".", 1)[0])
    ):
        return True
    plain = host.translate(_LOOKALIKE_DIGITS).replace("rn", "m").replace("vv", "w")
    name = plain.rsplit(".", 1)[0]
    if _BRANDS.search(name.replace("-", "").replace(".", "")) is None:
        return False
    return plain != host or _BRAND_TRICK.search(name + path.lower()) is not None


# An open redirect: a link whose query carries another link (l.php?u=https%3A..., ?url=http...).
_REDIRECT: Final = re.compile(
    r"[?&](?:url|redirect|redirect_uri|redir|goto|next|u|q|dest|destination|to|link|out|r)="
    r"(?:https?|hxxps?|%68%74%74%70|[a-z0-9-]+(?:\.|%2e)[a-z]{2,})",
    re.IGNORECASE,
)


def _find_url_shortener(ctx: Context) -> Iterable[Evidence]:
    """A link through a URL shortener or a redirector, which hides where it leads."""
    numbers = ctx.numbers
    if not _has_link_shape(numbers):
        return ()
    spans = [
        span
        for span, host, path in ctx.derived(_urls)
        if _listed(host, _SHORTENERS) or _REDIRECT.search(path)
    ]
    return (Evidence(spans=tuple(spans)),) if spans else ()


# A host written as an IP address, with a login-style path: no brand links that way.
_IP_LINK: Final = re.compile(
    r"(?:https?|hxxps?)\s?:\s?//\s?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/\S*", re.IGNORECASE
)


# Money the reader already expects, to be spent ("還付金入ったら買って"): a seller's pitch, no
# lure to claim it. On the fold, right after the lure word.
_SPENT: Final = re.compile(r"(?:が|は)?(?:入ったら|入れば|出たら|で買|で購入|使って|をつかって)")


def _find_phishing(ctx: Context) -> Iterable[Evidence]:
    """A lure (account suspended, you won, verify now) with a link, or a look-alike domain."""
    numbers = ctx.numbers
    words = ctx.words
    lured = "tos_phishing_lure" in words and any(
        _SPENT.match(ctx.folded, m.end) is None for m in words["tos_phishing_lure"]
    )
    if not _has_link_shape(numbers):
        if lured and "tos_link_cue" in words:
            matches = ctx.matches("tos_phishing_lure", "tos_link_cue")
            return (Evidence(spans=ctx.match_spans(matches)),)
        return ()
    urls = ctx.derived(_urls)
    ip = [Span(*m.span()) for m in _IP_LINK.finditer(numbers)]
    if ip and (lured or _SECRET_PATH.search(numbers)):
        return (Evidence(spans=tuple(ip)),)
    if not urls:
        if lured and "tos_link_cue" in words:
            matches = ctx.matches("tos_phishing_lure", "tos_link_cue")
            return (Evidence(spans=ctx.match_spans(matches)),)
        return ()
    fake = [span for span, host, path in urls if _lookalike_host(host, path)]
    if fake:
        return (Evidence(spans=tuple(fake)),)
    # A LINE account to add, given by one who poses as an office ("市の公式LINEに登録…→
    # lin.ee/…" from a look-alike of the city): the channel leads to the impersonator.
    chat = [span for span, host, _ in urls if _listed(host, _CHAT_HOSTS)]
    if chat and speaks_as_office(ctx):
        return (Evidence(spans=tuple(chat)),)
    if lured:
        links = tuple(span for span, host, _ in urls if not _listed(host, _REPUTABLE))
        if links:
            return (Evidence(spans=ctx.match_spans(ctx.matches("tos_phishing_lure")) + links),)
    return ()


_CHAT_HOSTS: Final = frozenset(("lin.ee", "line.me"))
_GIVEAWAY_WORDS: Final = frozenset(("tos_giveaway",))
# A post that runs the city's own campaign: its readers talk about prizes and follows.
_CAMPAIGN_POST: Final = re.compile(r"プレゼント|抽選|応募|キャンペーン|当選|フォロー")
_MONEY_GIVEAWAY: Final = re.compile(
    r"お金|現金|万円|円分|円当|ギフト券|ぎふと|ペイペイ|paypay|あまぎふ|配り"
)


_WEAK_GIFTS: Final = frozenset(
    fold(t) for t in ("をプレゼント", "プレゼントします", "差し上げます", "名様に", "抽選で")
)
_ENTRY: Final = re.compile(r"応募|当選|当た|全員|抽選")
# A giveaway message received and reported or warned about ("当選しましたってDMが来た、怪しい").
_GIVEAWAY_REPORTED: Final = re.compile(
    r"って(?:dm|めっせじ|めえる|めいる|連絡|電話|きた|来た)|と(?:いう|の)(?:dm|めっせじ|めえる|連絡|電話)"
    r"|怪し|あやし|詐欺|に注意|注意して|ご注意|気をつけ|気を付け|偽物|にせもの"
)


def _find_fake_giveaway(ctx: Context) -> Iterable[Evidence]:
    """Money or prizes handed out for a follow, a repost or a message: the fake giveaway."""
    words = ctx.words
    if _GIVEAWAY_WORDS.isdisjoint(words):
        return ()
    if "tos_giveaway_condition" not in words or "tos_giveaway_participant" in words:
        return ()
    folded = ctx.folded
    if _GIVEAWAY_REPORTED.search(folded):
        return ()
    money = _MONEY_GIVEAWAY.search(folded) is not None
    post = ctx.post.text if ctx.post is not None else ""
    if post and _CAMPAIGN_POST.search(post) and not money:
        return ()
    # A shop's "follow us for a free drink" is its advertising (4-6); a prize becomes a
    # giveaway with a draw or an entry, or when it is money.
    gifts = ctx.matches("tos_giveaway")
    if not money and all(m.term in _WEAK_GIFTS for m in gifts) and not _ENTRY.search(folded):
        return ()
    matches = ctx.matches("tos_giveaway", "tos_giveaway_condition")
    return (Evidence(spans=ctx.match_spans(matches)),)


# On the fold (katakana as hiragana, no spaces, no long marks): ﾌｫﾛﾜｰ1000人 500円.
_FOLLOWER_PRICE: Final = re.compile(
    r"(?:ふぉろわ|いいね|高評価|再生回数|再生数|登録者|りついと|rt)\D{0,10}?\d+(?:人|件|回)?\D{0,6}?\d+円"
    r"|\d+円\D{0,6}?(?:で|から)?\D{0,4}?(?:ふぉろわ|いいね|高評価|再生回数|再生数|登録者)\D{0,4}?\d+"
)
_SALE_WORDS: Final = frozenset(("tos_account_sale", "tos_growth_target"))


def _find_account_sale(ctx: Context) -> Iterable[Evidence]:
    """Selling followers, likes or accounts (also 4-6: the advertising rules flag that side)."""
    words = ctx.words
    if _SALE_WORDS.isdisjoint(words):
        return ()
    found = [(m.start, m.end) for m in ctx.matches("tos_account_sale")]
    if "tos_growth_target" in words:
        found += [m.span() for m in _FOLLOWER_PRICE.finditer(ctx.folded)]
    if not found:
        return ()
    return (Evidence(spans=tuple(sorted({ctx.span(a, b) for a, b in found}))),)


LEVELS: Final[frozenset[str]] = frozenset()
"""This family's evidence always carries its rule's own confidence."""

DETECTORS: Final[Mapping[str, Detector]] = {
    "tos.flood": _find_flood,
    "tos.mass_mention": _find_mass_mention,
    "tos.hashtag_stuffing": _find_hashtag_stuffing,
    "tos.url_shortener": _find_url_shortener,
    "tos.phishing": _find_phishing,
    "tos.fake_giveaway": _find_fake_giveaway,
    "tos.account_sale": _find_account_sale,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # Only an author with earlier comments in the stream can repeat one.
    "tos.flood": Trigger(signals={"previous"}),
    # Three "@" in the number form; its only sources (@ ＠ ﹫) all fold to "@".
    "tos.mass_mention": Trigger(signals={"at"}),
    # The detector itself first asks for four "#" in the folded text.
    "tos.hashtag_stuffing": Trigger(signals={"hash"}),
    # A URL needs a top-level domain of two letters ([a-z]{2,}); the first of them keeps a
    # Latin letter in the fold (no combining mark can follow it), full-width letters included.
    "tos.url_shortener": Trigger(signals={"latin"}),
    # Every link path (a URL, an http(s):// IP link) needs Latin letters; without a link only
    # a lure (with a link cue) fires.
    "tos.phishing": Trigger(words={"tos_phishing_lure"}, signals={"latin"}),
    # Needs a giveaway word and a condition; the giveaway list is the rarer of the two.
    "tos.fake_giveaway": Trigger(words={"tos_giveaway"}),
    "tos.account_sale": Trigger(words={"tos_account_sale", "tos_growth_target"}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    "tos_phishing_lure",
    "tos_link_cue",
    "tos_giveaway",
    "tos_giveaway_condition",
    "tos_giveaway_participant",
    "tos_account_sale",
    "tos_growth_target",
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
