"""Negation and questions: a predicate denied or asked about is not asserted.

"バカではない" denies, "劣等民族なんてあるわけない" denies further on, but "バカじゃないの？" and
"アホじゃねえか" are rhetorical and assert. The grammar is code; no word list is needed.
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context
from kitami_policy.rules.reading.sentences import SENTENCE_MARKS, sentence

__all__ = ["FOLDED_PATTERNS", "asked", "denied", "negated"]

# Right after a predicate: its negative form ("バカではない", "ゴミじゃねえ", "死ねない"), the
# endings grouped by stem (ない, なく, なかっ; ねえ, ねぇ; ません, ありません).
_NEGATION: Final = re.compile(
    r"(?:で|じゃ|では|でも)?(?:は|も)?(?:な(?:い|く|かっ)|無い|ね(?:え|ぇ)|(?:あり)?ません|ず|ぬ)"
)
# After that negation: a rhetorical question, which asserts ("バカじゃないの", "アホじゃねえか").
_RHETORICAL: Final = re.compile(r"(?:の|か|かな|かね|ん(?:だ|じゃ|か)|でしょ|だろ|っしょ|よね)")
# Further on in the sentence: a denial of the whole claim ("劣等民族なんてあるわけねーだろ").
_DENIAL: Final = re.compile(
    r"わけ(?:が|は)?(?:ない|無い|ねえ|ねえ?(?:だろ|よ)|なかろ)|はず(?:が|は)?(?:ない|無い|ねえ)"
    r"|ありえな|あり得な|とは限らな|訳(?:が|は)?(?:ない|無い|ねえ)"
)
_DENIAL_REACH: Final = 16
# The end of a sentence asking a question.
_QUESTION_END: Final = re.compile(r"(?:か|かな|かね|のか|の|んですか|ですか|だろうか|かしら)$")
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (_DENIAL, _NEGATION, _QUESTION_END, _RHETORICAL)


def negated(ctx: Context, end: int) -> bool:
    """True when the predicate ending at folded *end* is in its negative form, not rhetorical.

    A question mark after the negation also makes it rhetorical ("バカじゃない？").
    """
    folded = ctx.folded
    found = _NEGATION.match(folded, end)
    if found is None or _RHETORICAL.match(folded, found.end()):
        return False
    after = ctx.span(end, found.end()).end
    return not ctx.text.startswith(("?", "？"), after)


def denied(ctx: Context, end: int) -> bool:
    """True when the claim ending at folded *end* is denied further on in its sentence."""
    _, stop = sentence(ctx, end)
    return _DENIAL.search(ctx.folded, end, min(stop, end + _DENIAL_REACH)) is not None


def asked(ctx: Context, position: int) -> bool:
    """True when the sentence holding folded *position* is a question."""
    start, stop = sentence(ctx, position)
    if _QUESTION_END.search(ctx.folded, start, stop) is not None:
        return True
    end = ctx.span(stop - 1, stop).end if stop > start else 0
    mark = SENTENCE_MARKS.search(ctx.text, end)
    return mark is not None and mark.group() in "?？"
