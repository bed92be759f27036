"""E-mail addresses (4-1), also spelled out, that are not a public body's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import owner_names

__all__ = ["WORD_LISTS", "email_values", "find_email"]

WORD_LISTS: Final = ("pii_at_word", "pii_dot_word", "pii_mail_provider", "pii_top_domain")

# --- e-mail -------------------------------------------------------------------------------

# Also the spelled-out forms that dodge filters: taro(at)example.com, taro アットマーク
# example.com, taro★gmail.com (★ を @ に), taro あっと gmail どっと com, and a free-mail
# provider written without its top-level domain (taro_k あっと gmail).
_AT: Final = (
    r"(?:\s?@\s?|\s?[(\[<{（［【「]\s?"
    rf"(?:at|a|{pattern('pii_at_word', form='numbers')}|@)\s?[)\]>}}）］】」]\s?"
    rf"|\s?{pattern('pii_at_word', form='numbers')}\s?|\s?[◎★☆●＊*]\s?|\s(?:at)\s)"
)
_DOT: Final = (
    r"(?:\s?\.\s?|\s?[(\[{（［]\s?"
    rf"(?:dot|{pattern('pii_dot_word', form='numbers')}|\.)\s?[)\]}}）］]\s?"
    rf"|\s?{pattern('pii_dot_word', form='numbers')}\s?|\s(?:dot)\s|[。・])"
)
_PROVIDERS: Final = rf"{pattern('pii_mail_provider', form='numbers')}(?![A-Za-z0-9])"
_EMAIL: Final = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}{_AT}"
    rf"(?:[A-Za-z0-9-]+(?:{_DOT}(?:{pattern('pii_top_domain', form='numbers')}|[A-Za-z]{{2,6}}"
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


# Characters spaced out one by one to dodge filters (k a z u o @ g m a i l . c o m): a run of
# single characters, each one or two spaces from the next.
_SPACED_RUN: Final = re.compile(r"(?<!\S)\S(?:[ ]{1,2}\S){5,}(?!\S)")


def email_values(numbers: str) -> Iterator[tuple[Span, str]]:
    """Every e-mail address in *numbers* (a number form), with what it reads as.

    The spelled-out forms of ``_EMAIL`` and, in a run of characters spaced out one by one, the
    address the run spells once its spaces are gone: the span covers the spaced address.
    """
    if _EMAIL_GATE.search(numbers) is None:
        return
    for match in _EMAIL.finditer(numbers):
        yield Span(match.start(), match.end()), match[0]
    if "@ " not in numbers and " @" not in numbers:
        return
    for run in _SPACED_RUN.finditer(numbers):
        if "@" not in run[0]:
            continue
        positions = [i for i in range(run.start(), run.end()) if numbers[i] != " "]
        squeezed = "".join(numbers[i] for i in positions)
        for match in _EMAIL.finditer(squeezed):
            yield Span(positions[match.start()], positions[match.end() - 1] + 1), match[0]


def find_email(ctx: Context) -> Iterable[Evidence]:
    """E-mail addresses, also spelled out or spaced out, that are not a public body's."""
    if _EMAIL_GATE.search(ctx.numbers) is None:
        return ()
    return list(_emails(ctx))


def _emails(ctx: Context) -> Iterator[Evidence]:
    public = {c.value.casefold() for c in ctx.policy.public_contacts if c.kind == "email"}
    post = ctx.post.text.casefold() if ctx.post is not None else ""
    for span, read in email_values(ctx.numbers):
        value = read.casefold()
        if (
            _PLACEHOLDER.match(value)
            or value in public
            or (post and value in post)
            or _PUBLIC_DOMAIN.search(value)
        ):
            continue
        names = owner_names(ctx.text, span.start, span.end)
        yield Evidence(spans=(span,), mask="email", personal=(span, *names))
