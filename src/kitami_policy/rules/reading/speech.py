"""Talk about abuse is not abuse: quotation, reported speech, news and meta-discussion.

CLAUSES.md ("Reading real comments"): reporting what someone else wrote (「殺す」と書かれた,
「死ね」ってコメントする人がいて悲しい), a news report (…と報じられている) and criticism of
discrimination (差別はあかん, それはヘイトだぞ) are not the clause they mention; a quoted threat
followed by the writer's own threat is still a threat, so each reading is local to the words
it is asked about, except :func:`criticises_abuse`, which reads the whole comment.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context
from kitami_policy.rules.reading.sentences import sentence

__all__ = [
    "FOLDED_PATTERNS",
    "META",
    "NEWS",
    "REPORT",
    "criticises_abuse",
    "in_news",
    "quoted",
    "quoted_span",
    "reported",
    "talked_about",
]

REPORT: Final = "reading_report"
NEWS: Final = "reading_news"
META: Final = "reading_meta"

# Quotation marks of the original text, each pair unnested; an opening mark left unclosed
# quotes to the end of its line.
_QUOTATION: Final = re.compile(
    r"「[^「」\n]*(?:」|$)|『[^『』\n]*(?:』|$)|“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|＂[^＂\n]*(?:＂|$)",
    re.MULTILINE,
)
# What may stand between the words and the verb that reports them ("死ねだの言う",
# "バカとかいう", "アスペだのガイジだの").
_REPORT_GAP: Final = re.compile(r"(?:だの|とか|など|なんて|って|と|や|ぐらい|くらい|だ|じゃ|は|w)*")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_REPORT_GAP,)
_REPORT_REACH: Final = 12


def _quotations(ctx: Context) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each quotation opens and ends, in text order: they never overlap."""
    spans = [m.span() for m in _QUOTATION.finditer(ctx.text)]
    return tuple(lo for lo, _ in spans), tuple(hi for _, hi in spans)


def quoted(ctx: Context, start: int, end: int) -> bool:
    """True when folded ``[start, end)`` lies inside quotation marks of the original text."""
    return bool(ctx.derived(_quotations)[0]) and quoted_span(ctx, ctx.span(start, end))


def quoted_span(ctx: Context, span: Span) -> bool:
    """True when the original-text *span* lies inside quotation marks."""
    opens, ends = ctx.derived(_quotations)
    # Only the last quotation opened before the span can hold it: they do not overlap.
    last = bisect.bisect_left(opens, span.start) - 1
    return last >= 0 and span.end <= ends[last]


def reported(ctx: Context, start: int, end: int) -> bool:
    """True when a verb of saying, writing or calling follows folded ``[start, end)``.

    "「死ね」ってコメントする人がいる", "税金泥棒とか言う人", "バカ呼ばわり": the words are named,
    not said.
    """
    if REPORT not in ctx.words:
        return False
    folded = ctx.folded
    return any(
        m.start >= end and _REPORT_GAP.fullmatch(folded, end, m.start) is not None
        for m in ctx.near(end, end + _REPORT_REACH, REPORT)
    )


def in_news(ctx: Context, position: int) -> bool:
    """True when the sentence holding folded *position* reports news, a trial or a crime."""
    if NEWS not in ctx.words:
        return False
    lo, hi = sentence(ctx, position)
    return ctx.any_near(lo, hi, NEWS)


def criticises_abuse(ctx: Context) -> bool:
    """True when the comment criticises discrimination or abuse (差別はあかん, それはヘイトだぞ).

    The slurs and group words such a comment holds are the subject of its criticism.
    """
    return META in ctx.words


def talked_about(ctx: Context, start: int, end: int, *, news: bool = True) -> bool:
    """True when folded ``[start, end)`` is quoted, reported or (with *news*) in a news report."""
    return quoted(ctx, start, end) or reported(ctx, start, end) or (news and in_news(ctx, start))
