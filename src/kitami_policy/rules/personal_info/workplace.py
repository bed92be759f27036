"""A named private person tied to their workplace or school (4-1)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy._number_form import number_form
from kitami_policy.findings import Span
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence

__all__ = ["WORD_LISTS", "find_workplace"]

# --- workplace and school -----------------------------------------------------------------


# Every pattern here runs on the number form (the long mark of katakana is "-" there, オホ-ツク);
# their words come from the word lists, spelled for that form (rules/_terms.py).
def _words(*names: str) -> str:
    return pattern(*names, form="numbers")


# A named person: 田中さん, 吉岡ゆいちゃん, or a full name right after the workplace or school.
_NAMED: Final = (
    rf"(?:[一-龥]{{1,4}}[ぁ-ん一-龥]{{0,3}}|[ァ-ヶ][ァ-ヶ\-]{{1,6}}){_words('pii_honorific')}"
)
# Words that stand where a name would but are a role, a relative or a place (息子はJAで働いてる).
_NOT_A_NAME: Final = _words("pii_not_a_name")
_FULL_NAME: Final = r"[一-龥々]{2,3}[一-龥々ぁ-ん]{1,3}"
_ORGANISATION: Final = (
    r"[一-龥ァ-ヶA-Za-z0-9〇○](?:[一-龥ァ-ヶA-Za-z0-9〇○\-]|の(?=[一-龥ァ-ヶ])){0,14}"
)
_SCHOOL_GRADE: Final = rf"(?:{_words('pii_school_kind')}|[小中高大])の?\s?\d\s?年生?"
# A school by its name (北見北斗高校, 常呂中, 北見工業大学) and a pupil of it (の子, の女の子).
_SCHOOL: Final = rf"{_ORGANISATION}(?:{_words('pii_school_kind')}|[小中高大])"
_PUPIL: Final = rf"(?:の\s?\d\s?年)?の{_words('pii_pupil')}"
# A name given out (名前は宮崎さくら), not withheld (名前は知らない, 名前は書かないけど) nor
# one's own (私の名前は).
_NOT_OWN: Final = "".join(f"(?<!{re.escape(number_form(term))})" for term in terms("pii_self_word"))
_NAME_CUE: Final = (
    rf"{_NOT_OWN}{_words('pii_name_cue')}(?:は|って|:|：|→)\s?(?!{_words('pii_name_withheld')})"
)
_GIVEN_NAME: Final = r"[一-龥々ァ-ヶぁ-ん]{2,}"
# A person pointed at in a photo or a thread (この人, こいつ): tied to a school or a workplace,
# they are identified as surely as by name.
_POINTED: Final = _words("pii_pointed")
_WORKS_AT: Final = (
    rf"(?:で{_words('pii_work_verb_de')}|に{_words('pii_work_verb_ni')}|の{_words('pii_member')})"
)
_JOB: Final = rf"の{_words('pii_job')}"
_RELATIVE: Final = _words("pii_relative")
_WORKPLACE: Final = re.compile(
    # 〇〇運送で働いてる斉藤翔太, 常呂小4年の吉岡ゆいちゃん
    rf"{_ORGANISATION}(?:(?:で{_words('pii_work_verb_de')}|に{_words('pii_work_verb_ni')})"
    rf"(?:る|いる)?|{_SCHOOL_GRADE}|の{_words('pii_member_before_name')})"
    rf"の?\s?(?:{_NAMED}|{_FULL_NAME})"
    # 田中さんは〇〇高校に通ってる, 佐藤くんって〇〇で働いてる, 同僚の佐藤は〇〇で働いてる
    rf"|(?:{_NAMED}|{_POINTED}|(?<=の)(?!{_NOT_A_NAME})[一-龥]{{2,4}}(?=は|って))"
    rf"(?:は|って|が|、|も)?\s?{_ORGANISATION}(?:{_WORKS_AT}|{_SCHOOL_GRADE})"
    # 市長の娘、〇〇高校の2年: a relative of someone pointed at or named
    rf"|(?:{_POINTED}|{_NAMED}|{_words('pii_role')})の{_RELATIVE}"
    rf"(?:は|って|、|も)?\s?{_ORGANISATION}(?:{_WORKS_AT}|{_SCHOOL_GRADE})"
    # 〇〇信用金庫の支店長だよ。名前は岡田: a job at a named place, then the name
    rf"|{_ORGANISATION}{_JOB}[^。\n]{{0,6}}[。、,\s]\s?(?:名前|本名)は\s?[一-龥ァ-ヶぁ-ん]{{2,}}"
    # 北見北斗高校の子、名前は宮崎さくら: a pupil of a named school, then the name
    rf"|{_SCHOOL}{_PUPIL}[^。\n]{{0,8}}?{_NAME_CUE}{_GIVEN_NAME}"
    # 名前は宮崎さくら、北見北斗高校の2年 / 宮崎さくら（北見北斗高校2年）: the name, up to the
    # first comma or bracket, then the school
    rf"|{_NAME_CUE}[一-龥々ァ-ヶぁ-ん]{{2,8}}?[、,\s（(]\s?{_SCHOOL}(?:の?\s?\d\s?年|の(?:生徒|学生))"
    rf"|{_FULL_NAME}(?:さん|ちゃん|くん|君)?[（(]\s?{_SCHOOL}の?\s?\d\s?年"
    # 田中さんの勤務先は〇〇建設, この人の職場、〇〇病院
    rf"|(?:{_NAMED}|{_POINTED})の{_words('pii_workplace_word')}"
    rf"(?:は|って|:|：|、|→)\s?{_ORGANISATION}"
)
WORD_LISTS: Final = (
    "pii_honorific",
    "pii_school_kind",
    "pii_pupil",
    "pii_name_cue",
    "pii_pointed",
    "pii_member",
    "pii_job",
    "pii_relative",
    "pii_role",
    "pii_workplace_word",
    "pii_work_verb_de",
    "pii_work_verb_ni",
    "pii_member_before_name",
)


def find_workplace(ctx: Context) -> Iterable[Evidence]:
    """A named private person tied to their workplace or school (weak: a person reviews)."""
    if "pii_workplace_cue" not in ctx.words:
        return ()
    return [
        Evidence(spans=(Span(match.start(), match.end()),), mask="text")
        for match in _WORKPLACE.finditer(ctx.numbers)
    ]
