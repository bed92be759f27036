"""E-mail addresses (4-1), also spelled out, that are not a public body's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence

__all__ = ["find_email"]

# --- e-mail -------------------------------------------------------------------------------

# Also the spelled-out forms that dodge filters: taro(at)example.com, taro アットマーク
# example.com, taro★gmail.com (★ を @ に), taro あっと gmail どっと com, and a free-mail
# provider written without its top-level domain (taro_k あっと gmail).
_AT: Final = (
    r"(?:\s?@\s?|\s?[(\[<{（［【「]\s?(?:at|a|アット|あっと|@)\s?[)\]>}）］】」]\s?"
    r"|\s?(?:アット|あっと)(?:マ-ク|ま-く)?\s?|\s?[◎★☆●＊*]\s?|\s(?:at)\s)"
)
_DOT: Final = (
    r"(?:\s?\.\s?|\s?[(\[{（［]\s?(?:dot|ドット|どっと|\.)\s?[)\]}）］]\s?"
    r"|\s?(?:ドット|どっと)\s?|\s(?:dot)\s|[。・])"
)
_PROVIDERS: Final = (
    r"(?:gmail|yahoo|icloud|docomo|ezweb|softbank|outlook|hotmail|i\.softbank|au)(?![A-Za-z0-9])"
)
_EMAIL: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}{_AT}"
    rf"(?:[A-Za-z0-9-]+(?:{_DOT}(?:com|net|org|jp|ne|co|or|ac|info|biz|me|io|[A-Za-z]{{2,6}}"
    rf"(?=[^A-Za-z]|$))(?![A-Za-z0-9-]))+|{_PROVIDERS})",
    re.IGNORECASE,
)
# What every match of _EMAIL holds: the core of one of _AT's spellings, without the optional
# spaces around it, and in any case as _EMAIL reads it ("taro (At) gmail"). Searching it first
# skips the costly pattern on most comments and never skips an address.
_EMAIL_GATE: Final = re.compile(
    r"[@◎★☆●＊*]|アット|あっと|\sat\s|[(\[<{（［【「]\s?at?\s?[)\]>}）］】」]", re.IGNORECASE
)
# Public bodies' domains: an address there is an office's, not a private person's.
_PUBLIC_DOMAIN: Final = re.compile(r"\.(?:lg|go|ed)\.jp$|\.pref\.[a-z]+\.jp$", re.IGNORECASE)


# xxx@xxx.xx and the like: a shape shown as an example, no one's address.
_PLACEHOLDER: Final = re.compile(r"x+\s?@\s?x+\.|.*@example\.(?:com|org|net)$")


def find_email(ctx: Context) -> Iterable[Evidence]:
    """E-mail addresses, also spelled out, that are not a public body's."""
    if _EMAIL_GATE.search(ctx.numbers) is None:
        return ()
    return list(_emails(ctx))


def _emails(ctx: Context) -> Iterator[Evidence]:
    public = {c.value.casefold() for c in ctx.policy.public_contacts if c.kind == "email"}
    post = ctx.post.text.casefold() if ctx.post is not None else ""
    for match in _EMAIL.finditer(ctx.numbers):
        value = match[0].casefold()
        if (
            _PLACEHOLDER.match(value)
            or value in public
            or (post and value in post)
            or _PUBLIC_DOMAIN.search(value)
        ):
            continue
        yield Evidence(spans=(Span(match.start(), match.end()),), mask="email")
