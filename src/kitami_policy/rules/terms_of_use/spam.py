"""Clause 4-7, spam (``tos.flood``, ``tos.mass_mention``, ``tos.hashtag_stuffing``).

Flooding as CLAUSES.md's stream rule reads it (:mod:`kitami_policy.stream` keeps the copies): the
same folded text from one author within 10 minutes or a third time within 24 hours, or from a
third author under one post (a question asked again in other words is not flooding). Mass
@-mentions, and hashtags stuffed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.terms_of_use.lists import MENTION_PUSH, SPAM_TAG

__all__ = ["find_flood", "find_hashtag_stuffing", "find_mass_mention"]


def find_flood(ctx: Context) -> Iterable[Evidence]:
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
# Read on the number form, as is the hashtags' text, or with a link.
_MENTION_PUSH: Final = re.compile(
    rf"{pattern(MENTION_PUSH, form='numbers')}|http|\.ly/", re.IGNORECASE
)
_HASHTAG: Final = re.compile(r"[#＃][^\s#＃、。,，.．!！?？「」()（）]+")
_MANY_HASHTAGS: Final = 8
_MOSTLY_HASHTAGS: Final = 5
# Tags that exist only to trade follows and likes: four of them are stuffing on their own.
_SPAM_TAG: Final = re.compile(pattern(SPAM_TAG, form="numbers"), re.IGNORECASE)
_SPAM_TAGS: Final = 4


def find_mass_mention(ctx: Context) -> Iterable[Evidence]:
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


def find_hashtag_stuffing(ctx: Context) -> Iterable[Evidence]:
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
