"""A notice in an office's voice that collects personal data or money through the comments
(4-5)."""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules._terms import pattern
from kitami_policy.rules.base import Context, Evidence

__all__ = ["FOLDED_PATTERNS", "LEVELS", "NOTICE", "WORD_LISTS", "notice"]

WORD_LISTS: Final = (
    "impersonation_collected",
    "impersonation_through",
    "impersonation_send",
    "impersonation_not_notice",
)

# --- an office's notice ----------------------------------------------------------------------

NOTICE: Final = "impersonation_notice"
# The notice's patterns run on the folded text; their words are the word lists', spelled as the
# fold spells them.
# What an office's notice collects: personal data, or a fee or payment.
_COLLECTED: Final = re.compile(pattern("impersonation_collected", form="fold"))
# Where it collects them: this account, a reply, a DM, a profile or a link.
_THROUGH: Final = re.compile(pattern("impersonation_through", form="fold"))
_SEND: Final = re.compile(pattern("impersonation_send", form="fold"))
# Not an office's notice: one reported or warned about, a finder's note to an owner, a shop's
# order (a sale is advertising, 4-6), or a question (on the text: a question mark).
_NOT_NOTICE: Final = re.compile(pattern("impersonation_not_notice", form="fold"))
_ASKS: Final = re.compile(r"(?:[?？]|(?:です|ます|でしょう)か)[\s。！!…〜ー]*$")


def notice(ctx: Context) -> Evidence | None:
    """Evidence of a notice in an office's voice that collects personal data or money through
    the comments ("献血にご協力いただいた方へ。検査結果は、このアカウントにお名前と生年月日を
    送っていただければお知らせします", "参加登録はこちらで受付中。参加費1,000円をお振込み
    ください").

    It needs the office's first-person service (お知らせします, 受付中, 承ります) or its address
    to the people it serves (出品者の皆様へ), personal data or a payment, and a channel that
    leads to the writer; whoever the office is, the writer poses as it (CLAUSES.md, "Where
    clauses meet": an official-sounding notice is 4-5, not an advertisement).
    """
    voice = ctx.words.get(NOTICE)
    if not voice:
        return None
    folded = ctx.folded
    collected = _COLLECTED.search(folded)
    if collected is None or _THROUGH.search(folded) is None:
        return None
    if _NOT_NOTICE.search(folded) or _ASKS.search(ctx.text):
        return None
    spans = {ctx.span(voice[0].start, voice[0].end), ctx.span(*collected.span())}
    sent = _SEND.search(folded) is not None
    return Evidence(spans=tuple(spans), level=_NOTICE_SENT if sent else _NOTICE_LEVEL)


# Confidence levels (data/rules/impersonation.toml [levels]).
_NOTICE_SENT: Final = "notice_sent"
_NOTICE_LEVEL: Final = "notice"
LEVELS: Final = frozenset((_NOTICE_SENT, _NOTICE_LEVEL))

#: The patterns of this module that run on the folded text (a test checks their literals).
FOLDED_PATTERNS: Final = (_COLLECTED, _THROUGH, _SEND, _NOT_NOTICE)
