"""Comments of clause 4-6's shape written for another purpose than private gain.

A warning about pitches or a complaint about resellers, a finder sharing something or exposing
someone, and an impersonator's notice: each may name a price, a link or a DM and still sell
nothing. The precedence with 4-5 is written in the family's docstring.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.advertising.lists import ILLICIT, SELLER, SERVICE, SHARE, SOLD, WARNING
from kitami_policy.rules.base import Context
from kitami_policy.rules.impersonation import speaks_as_office

__all__ = ["FOLDED_PATTERNS", "SHARER", "office_notice", "warned"]

# What an impersonator's notice must show to be an advertisement as well: goods or a service
# sold (CLAUSES.md, "Where clauses meet"). A fee, a payment, a discount or a link alone is the
# office it poses as asking, 4-5.
_GOODS: Final = frozenset((SELLER, SERVICE, ILLICIT))
# Goods handed over at a price ("特別価格でお分けします") are in the list; a service priced per
# unit or taken on for a sum ("1本8000円", "1回3000円で承ります") is grammar.
_SOLD: Final = re.compile(
    rf"{pattern(SOLD, form='fold')}"
    r"|1(?:回|本|個|枚|冊|台|箱|袋|件|時間|軒|戸)(?:あたり|につき)?\d+円|\d円で(?:承|請け|引き受|対応)"
)
# A finder sharing something or exposing someone ("ミラー配信してるとこ見つけた → …",
# "再アップしたやつ ↓", "晒しとく"): a link or a LINE id there sells nothing (piracy is 4-3,
# exposure 4-1). On the fold.
SHARER: Final = re.compile(pattern(SHARE, form="fold"))
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (SHARER, _SOLD)


def office_notice(ctx: Context) -> bool:
    """Tell whether the comment is an impersonator's notice rather than an advertisement: it
    poses as an office (see :func:`~kitami_policy.rules.impersonation.speaks_as_office`) and
    sells no goods or service ("給付金の申請を受付中です。プロフのリンクからどうぞ" under a
    look-alike of the city's account; "参加費1,000円を事前にお振込みください" from a name
    posing as a branch office). An office that sells ("点検費用は5000円です") is both."""
    if not _GOODS.isdisjoint(ctx.words) or _SOLD.search(ctx.folded) is not None:
        return False
    return speaks_as_office(ctx)


def warned(ctx: Context) -> bool:
    """Tell whether the comment warns about such pitches or complains about resellers."""
    return WARNING in ctx.words
