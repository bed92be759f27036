"""A notice in an office's voice that collects personal data or money through the comments
(4-5)."""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context, Evidence

__all__ = ["LEVELS", "NOTICE", "notice"]

# --- an office's notice ----------------------------------------------------------------------

NOTICE: Final = "impersonation_notice"
# What an office's notice collects: personal data, or a fee or payment (folded spelling).
_COLLECTED: Final = re.compile(
    r"お名前|氏名|生年月日|住所|電話番号|連絡先|利用者番号|会員番号|口座|暗証|かど情報|かど番号|"
    r"まいなんば|個人番号|保険証|身分証|免許証|参加費|会費|出品料|協賛金|反則金|登録料|振込|振り込"
)
# Where it collects them: this account, a reply, a DM, a profile or a link.
_THROUGH: Final = re.compile(
    r"このあかうんと|こちらのあかうんと|当あかうんと|本あかうんと|こめんと欄|このこめんと|"
    r"こちらで|こちらに|こちらへ|こちらから|こちらの|dm|りぷ|返信|ぷろふ|りんく|下記|以下"
)
_SEND: Final = re.compile(
    r"送って|お送り|送信|書いて|お書き|ご記入|記入|入力|返信して|返信くだ|お知らせくだ|教えてくだ|"
    r"お振込み|お振り込み|振り込んで|お支払"
)
# Not an office's notice: one reported or warned about, a finder's note to an owner, a shop's
# order (a sale is advertising, 4-6), or a question.
_NOT_NOTICE: Final = re.compile(
    r"っていう|って言|っていわ|って来|ってきた|って電話|って連絡|ってdm|ってめっせ|って書|という|"
    r"とのこと|との(?:dm|めっせ|連絡|電話|めえる)|と書|と言|と来|と電話|詐欺|注意|怪し|あやし|"
    r"気をつけ|気を付け|偽|なりすまし|騙|不審|ないで|ません|"
    r"拾|落とし物|忘れ物|販売|売|購入|注文|商品|発送|買い"
)
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
