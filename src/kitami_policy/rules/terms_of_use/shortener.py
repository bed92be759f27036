"""Clause 4-7, URL shorteners (``tos.url_shortener``).

A link through a URL shortener (tos_shorteners.txt) or an open redirect hides where it leads: it
is always 4-7, whatever else the comment says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import SHORTENER_DOMAINS
from kitami_policy.rules.terms_of_use.urls import domains, has_link_shape, listed, urls_of

__all__ = ["find_url_shortener"]

_SHORTENERS: Final = domains(SHORTENER_DOMAINS)
# An open redirect: a link whose query carries another link (l.php?u=https%3A..., ?url=http...).
_REDIRECT: Final = re.compile(
    r"[?&](?:url|redirect|redirect_uri|redir|goto|next|u|q|dest|destination|to|link|out|r)="
    r"(?:https?|hxxps?|%68%74%74%70|[a-z0-9-]+(?:\.|%2e)[a-z]{2,})",
    re.IGNORECASE,
)


def find_url_shortener(ctx: Context) -> Iterable[Evidence]:
    """A link through a URL shortener or a redirector, which hides where it leads."""
    numbers = ctx.numbers
    if not has_link_shape(numbers):
        return ()
    spans = [
        span
        for span, host, path in ctx.derived(urls_of)
        if listed(host, _SHORTENERS) or _REDIRECT.search(path)
    ]
    return (Evidence(spans=tuple(spans)),) if spans else ()
