"""Clause 4-7, phishing and malware links (``tos.phishing``).

A lure (account suspended, you won, verify now) with a link or a link cue; a host that wears a
brand, a government suffix or a program's extension it does not belong to; a login link on an
IP address; and a LINE account given by one who poses as an office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.impersonation import speaks_as_office
from kitami_policy.rules.terms_of_use.lists import (
    BRAND_DOMAINS,
    CHEAP_TLDS,
    LINK_CUE,
    PHISHING_LURE,
    REPUTABLE_DOMAINS,
    SPENT,
)
from kitami_policy.rules.terms_of_use.urls import domains, has_link_shape, listed, urls_of

__all__ = ["FOLDED_PATTERNS", "find_phishing"]

_REPUTABLE: Final = domains(REPUTABLE_DOMAINS)
_BRANDS: Final = re.compile(
    "|".join(re.escape(b) for b in sorted(domains(BRAND_DOMAINS), key=len, reverse=True))
)
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
_CHEAP_TLDS: Final = tuple(f".{tld}" for tld in sorted(domains(CHEAP_TLDS)))
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
    if listed(host, _REPUTABLE):
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


# A host written as an IP address, with a login-style path: no brand links that way.
_IP_LINK: Final = re.compile(
    r"(?:https?|hxxps?)\s?:\s?//\s?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/\S*", re.IGNORECASE
)


# Money the reader already expects, to be spent ("還付金入ったら買って"): a seller's pitch, no
# lure to claim it. On the fold, right after the lure word.
_SPENT: Final = re.compile(rf"(?:が|は)?{pattern(SPENT, form='fold')}")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_SPENT,)


def find_phishing(ctx: Context) -> Iterable[Evidence]:
    """A lure (account suspended, you won, verify now) with a link, or a look-alike domain."""
    numbers = ctx.numbers
    words = ctx.words
    lured = PHISHING_LURE in words and any(
        _SPENT.match(ctx.folded, m.end) is None for m in words[PHISHING_LURE]
    )
    if not has_link_shape(numbers):
        if lured and LINK_CUE in words:
            matches = ctx.matches(PHISHING_LURE, LINK_CUE)
            return (Evidence(spans=ctx.match_spans(matches)),)
        return ()
    urls = ctx.derived(urls_of)
    ip = [Span(*m.span()) for m in _IP_LINK.finditer(numbers)]
    if ip and (lured or _SECRET_PATH.search(numbers)):
        return (Evidence(spans=tuple(ip)),)
    if not urls:
        if lured and LINK_CUE in words:
            matches = ctx.matches(PHISHING_LURE, LINK_CUE)
            return (Evidence(spans=ctx.match_spans(matches)),)
        return ()
    fake = [span for span, host, path in urls if _lookalike_host(host, path)]
    if fake:
        return (Evidence(spans=tuple(fake)),)
    # A LINE account to add, given by one who poses as an office ("市の公式LINEに登録…→
    # lin.ee/…" from a look-alike of the city): the channel leads to the impersonator.
    chat = [span for span, host, _ in urls if listed(host, _CHAT_HOSTS)]
    if chat and speaks_as_office(ctx):
        return (Evidence(spans=tuple(chat)),)
    if lured:
        links = tuple(span for span, host, _ in urls if not listed(host, _REPUTABLE))
        if links:
            return (Evidence(spans=ctx.match_spans(ctx.matches(PHISHING_LURE)) + links),)
    return ()


_CHAT_HOSTS: Final = frozenset(("lin.ee", "line.me"))
