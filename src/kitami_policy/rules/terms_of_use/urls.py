"""The URLs of a comment, which the 4-7 link rules share.

URLs are read off ``ctx.numbers`` with one regex (full-width ｈｔｔｐｓ：／／ is already ASCII
there); defanged dots are read as dots and letters spaced out one by one are closed up. Hosts are
compared with the domain lists label by label, in their folded form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kitami_policy._wordlist import load_wordlist
from kitami_policy.findings import Span
from kitami_policy.rules.base import Context
from kitami_policy.rules.terms_of_use.lists import COMMON_TLDS, FILE_SUFFIXES

__all__ = ["domains", "find_urls", "has_link_shape", "listed", "urls_of"]

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


# Domain lists are read as written (dots kept), not through the automaton: hosts are compared
# label by label, which a substring matcher over folded text cannot do.
def domains(name: str) -> frozenset[str]:
    return frozenset(term.casefold() for term in load_wordlist(name))


# File names and the like that look like hosts: 写真.jpg is not a link.
_FILE_SUFFIXES: Final = tuple(f".{suffix}" for suffix in sorted(domains(FILE_SUFFIXES)))


def has_link_shape(numbers: str) -> bool:
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
    if not has_link_shape(numbers):
        return []
    if _URL_CUE.search(numbers) is None:
        return []
    found = _urls_in(numbers, None)
    if _SPACED_OUT.search(numbers) is not None:
        closed, origin = _close_up(numbers)
        seen = {span for span, _, _ in found}
        found += [u for u in _urls_in(closed, origin) if u[0] not in seen]
    return found


def urls_of(ctx: Context) -> list[tuple[Span, str, str]]:
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


_COMMON_TLDS: Final = tuple(f".{tld}" for tld in sorted(domains(COMMON_TLDS)))

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


def listed(host: str, domains: frozenset[str]) -> bool:
    return any(s in domains for s in _suffixes(host))
