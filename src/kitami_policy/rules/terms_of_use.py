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
from collections.abc import Iterator, Mapping
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Detector, Evidence
from kitami_policy.wordlist import load_wordlist

__all__ = ["ALLOWED_LISTS", "DETECTORS", "WORD_LISTS", "find_urls"]

# --- URLs ---------------------------------------------------------------------------------

# A URL with or without its scheme: a host of dotted labels ending in a letter TLD, then a path.
_URL: Final = re.compile(
    r"(?<![A-Za-z0-9@.-])(?:(?:https?|hxxps?|ttps?)\s?:\s?//\s?)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    r"(?:\.|\s\.\s?|\.\s|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s?ドット\s?))+"
    r"[a-z]{2,24})(?![A-Za-z0-9-])"
    r"(?P<path>[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*)?",
    re.IGNORECASE,
)
_URL_CUE: Final = re.compile(r"[.\])]\s?[A-Za-z]|//|ドット")
_DEFANGED_DOT: Final = re.compile(
    r"\s?\.\s?|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s?ドット\s?", re.IGNORECASE
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


def find_urls(numbers: str) -> list[tuple[Span, str, str]]:
    """The URLs in a comment's number form: each span, its lower-case host and its path.

    Defanged dots (``bit[.]ly``) are read as dots.

    >>> [(s.start, host) for s, host, _ in find_urls("詳細は bit.ly/3xYz と https://www.city.kitami.lg.jp/")]
    [(4, 'bit.ly'), (18, 'www.city.kitami.lg.jp')]
    >>> [host for _, host, _ in find_urls("まとめ→ bit[.]ly/kitami")]
    ['bit.ly']
    """
    if ("." not in numbers and "ドット" not in numbers) or _URL_CUE.search(numbers) is None:
        return []
    found = []
    for match in _URL.finditer(numbers):
        host = _DEFANGED_DOT.sub(".", match["host"]).lower()
        if host.endswith(_FILE_SUFFIXES) and match["path"] is None and "//" not in match[0]:
            continue
        found.append((Span(match.start(), match.end()), host, match["path"] or ""))
    return found


def _suffixes(host: str) -> Iterator[str]:
    """*host* and each of its parent domains but the top level (a.b.jp, b.jp)."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        yield ".".join(labels[i:])


def _listed(host: str, domains: frozenset[str]) -> bool:
    return any(s in domains for s in _suffixes(host))


# --- detectors ----------------------------------------------------------------------------


def _find_flood(ctx: Context) -> Iterator[Evidence]:
    """The author posts again a text (after folding) they already posted in this stream.

    A text that folds to nothing (emoji only) cannot be compared and is left to other rules.
    """
    if ctx.previous and ctx.folded and ctx.folded in ctx.previous:
        yield Evidence(spans=(Span(0, len(ctx.text)),))


_MENTION: Final = re.compile(r"(?<![A-Za-z0-9_@.])@[\w.]{1,30}")
_MASS_MENTIONS: Final = 5
_HASHTAG: Final = re.compile(r"[#＃][^\s#＃、。,，.．!！?？「」()（）]+")
_MANY_HASHTAGS: Final = 8
_MOSTLY_HASHTAGS: Final = 5


def _find_mass_mention(ctx: Context) -> Iterator[Evidence]:
    """Five or more @-mentions in one comment."""
    if ctx.numbers.count("@") < _MASS_MENTIONS:
        return
    spans = [Span(*m.span()) for m in _MENTION.finditer(ctx.numbers)]
    if len(spans) >= _MASS_MENTIONS:
        yield Evidence(spans=tuple(spans))


def _find_hashtag_stuffing(ctx: Context) -> Iterator[Evidence]:
    """Eight or more hashtags, or five or more that make up most of the comment."""
    if ctx.folded.count("#") < _MOSTLY_HASHTAGS:
        return
    tags = list(_HASHTAG.finditer(ctx.numbers))
    covered = sum(len(m[0]) for m in tags)
    visible = len(ctx.text) - sum(ch.isspace() for ch in ctx.text)
    if len(tags) >= _MANY_HASHTAGS or (len(tags) >= _MOSTLY_HASHTAGS and covered * 2 > visible):
        yield Evidence(spans=tuple(Span(*m.span()) for m in tags))


def _find_url_shortener(ctx: Context) -> Iterator[Evidence]:
    """A link through a URL shortener, which hides where it leads."""
    spans = [span for span, host, _ in find_urls(ctx.numbers) if _listed(host, _SHORTENERS)]
    if spans:
        yield Evidence(spans=tuple(spans))


# Brand names inside a host that is not the brand's: faceb00k-login.com, kitami-city.net.
_LOOKALIKE_DIGITS: Final = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "4": "a"})
_BRAND_TRICK: Final = re.compile(
    r"login|signin|verify|secure|security|account|support|auth|update|official|city|shi|gov|"
    r"lg-?jp|go-?jp|campaign|gift|present|form|appeal|check|help"
)


def _lookalike_host(host: str, path: str) -> bool:
    """A link whose host wears a brand (a platform, a bank, the city) it does not belong to,
    with look-alike digits or a login, verify or official-style word in the host or path."""
    if _listed(host, _REPUTABLE):
        return False
    plain = host.translate(_LOOKALIKE_DIGITS).replace("rn", "m").replace("vv", "w")
    name = plain.rsplit(".", 1)[0]
    if _BRANDS.search(name.replace("-", "").replace(".", "")) is None:
        return False
    return plain != host or _BRAND_TRICK.search(name + path.lower()) is not None


def _find_phishing(ctx: Context) -> Iterator[Evidence]:
    """A lure (account suspended, you won, verify now) with a link, or a look-alike domain."""
    urls = find_urls(ctx.numbers)
    if not urls:
        if ctx.has("tos_phishing_lure") and ctx.has("tos_link_cue"):
            yield Evidence(spans=ctx.match_spans(ctx.matches("tos_phishing_lure", "tos_link_cue")))
        return
    fake = [span for span, host, path in urls if _lookalike_host(host, path)]
    if fake:
        yield Evidence(spans=tuple(fake))
        return
    if ctx.has("tos_phishing_lure"):
        lures = ctx.match_spans(ctx.matches("tos_phishing_lure"))
        links = tuple(span for span, host, _ in urls if not _listed(host, _REPUTABLE))
        if links:
            yield Evidence(spans=lures + links)


def _find_fake_giveaway(ctx: Context) -> Iterator[Evidence]:
    """Money or prizes handed out for a follow, a repost or a message: the fake giveaway."""
    if (
        ctx.has("tos_giveaway")
        and ctx.has("tos_giveaway_condition")
        and not ctx.has("tos_giveaway_participant")
    ):
        yield Evidence(spans=ctx.match_spans(ctx.matches("tos_giveaway", "tos_giveaway_condition")))


# On the fold (katakana as hiragana, no spaces, no long marks): ﾌｫﾛﾜｰ1000人 500円.
_FOLLOWER_PRICE: Final = re.compile(
    r"(?:ふぉろわ|いいね|高評価|再生回数|再生数|登録者|りついと|rt)\D{0,10}?\d+(?:人|件|回)?\D{0,6}?\d+円"
)


def _find_account_sale(ctx: Context) -> Iterator[Evidence]:
    """Selling followers, likes or accounts (also 4-6: the advertising rules flag that side)."""
    spans = (
        list(ctx.match_spans(ctx.matches("tos_account_sale")))
        if ctx.has("tos_account_sale")
        else []
    )
    if ctx.has("tos_growth_target"):
        spans += [ctx.span(*m.span()) for m in _FOLLOWER_PRICE.finditer(ctx.folded)]
    if spans:
        yield Evidence(spans=tuple(sorted(set(spans))))


DETECTORS: Final[Mapping[str, Detector]] = {
    "tos.flood": _find_flood,
    "tos.mass_mention": _find_mass_mention,
    "tos.hashtag_stuffing": _find_hashtag_stuffing,
    "tos.url_shortener": _find_url_shortener,
    "tos.phishing": _find_phishing,
    "tos.fake_giveaway": _find_fake_giveaway,
    "tos.account_sale": _find_account_sale,
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
