"""Clause 4-6 in English: spam that sells a product or calls the reader to buy (``ad.promotion``).

CLAUSES.md reads comments the same way whatever the register ("Buy cheap viagra now at
http://…" is advertising as 副業で月収100万 is). English terms are matched word by word on the
original text (:attr:`Context.latin <kitami_policy.rules.base.Context.latin>`):

- a product that spam sells (ad_english_products.txt: viagra, online casino) is an
  advertisement on its own;
- calls to buy, click or sign up (ad_english.txt: buy now, click here, dm me) make one when
  there are two of them, or one beside a link to a site not on the list of reputable ones
  (tos_reputable.txt, read by :mod:`~kitami_policy.rules.terms_of_use.urls`): "click here
  for the festival map" with the city's own link is no advertisement.

Quoted phrases are named, not said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from kitami_policy.rules.advertising.lists import ENGLISH, ENGLISH_PRODUCTS
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.reading.speech import quoted_span
from kitami_policy.rules.terms_of_use.lists import REPUTABLE_DOMAINS
from kitami_policy.rules.terms_of_use.urls import domains, listed, urls_of

__all__ = ["english_promotion"]


def _unknown_link(ctx: Context) -> bool:
    """True when the comment links to a site not on the reputable list."""
    return any(not listed(host, _REPUTABLE) for _, host, _ in urls_of(ctx))


_REPUTABLE: Final = domains(REPUTABLE_DOMAINS)


def english_promotion(ctx: Context) -> Sequence[Evidence]:
    """English spam: a product sold, or calls to buy with another call or a link."""
    latin = ctx.latin
    if ENGLISH not in latin and ENGLISH_PRODUCTS not in latin:
        return ()
    products = [p for p in latin.get(ENGLISH_PRODUCTS, ()) if not quoted_span(ctx, p.span)]
    calls = [p for p in latin.get(ENGLISH, ()) if not quoted_span(ctx, p.span)]
    if products or len({p.term for p in calls}) >= 2 or (calls and _unknown_link(ctx)):
        return (Evidence(spans=tuple(p.span for p in [*products, *calls])),)
    return ()
