"""A named private person tied to their workplace or school (4-1)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import Context, Evidence

__all__ = ["find_workplace"]

# --- workplace and school -----------------------------------------------------------------

# A named person: 田中さん, 吉岡ゆいちゃん, or a full name right after the workplace or school.
_NAMED: Final = r"(?:[一-龥]{1,4}[ぁ-ん一-龥]{0,3}|[ァ-ヶ][ァ-ヶ\-]{1,6})(?:さん|くん|君|ちゃん|氏)"
# Words that stand where a name would but are a role or a relative (息子はJAで働いてる).
_NOT_A_NAME: Final = (
    r"職員|市長|店員|社員|担当|先生|家族|息子|娘|妻|夫|父|母|兄|姉|弟|妹|友人|知人|彼女|彼氏|主人|旦那|"
    r"嫁|親|子供|子ども|孫|祖父|祖母|自分|本人|上司|部下|同僚|後輩|先輩|仲間"
)
_FULL_NAME: Final = r"[一-龥々]{2,3}[一-龥々ぁ-ん]{1,3}"
# On the number form, where the long mark of katakana is "-" (オホ-ツク).
_ORGANISATION: Final = (
    r"[一-龥ァ-ヶA-Za-z0-9〇○](?:[一-龥ァ-ヶA-Za-z0-9〇○\-]|の(?=[一-龥ァ-ヶ])){0,14}"
)
_SCHOOL_GRADE: Final = r"(?:小学校|中学校|高校|高等学校|小|中|高|大学|大)の?\s?\d\s?年生?"
# A school by its name (北見北斗高校, 常呂中, 北見工業大学) and a pupil of it (の子, の女の子).
_SCHOOL: Final = (
    rf"{_ORGANISATION}(?:高等学校|高校|中学校|中学|小学校|大学|高専|学園|学院|[小中高大])"
)
_PUPIL: Final = r"(?:の\s?\d\s?年)?の(?:子|女の子|男の子|女子|男子|生徒|学生|娘|息子)"
# A name given out (名前は宮崎さくら), not withheld (名前は知らない, 名前は書かないけど) nor
# one's own (私の名前は).
_NAME_CUE: Final = (
    r"(?<!私の)(?<!僕の)(?<!俺の)(?<!自分の)(?<!うちの)(?:名前|本名|フルネ-ム)(?:は|って|:|：|→)\s?"
    r"(?!非公開|秘密|出さ|出し|わから|分から|知ら|不明|書|載せ|言え|言わ|伏せ|聞い|忘れ|覚え|ない|無い)"
)
_GIVEN_NAME: Final = r"[一-龥々ァ-ヶぁ-ん]{2,}"
# A person pointed at in a photo or a thread (この人, こいつ): tied to a school or a workplace,
# they are identified as surely as by name.
_POINTED: Final = (
    r"(?:こいつ|あいつ|そいつ|この人|あの人|その人|この男|この女|この子|あの子|この方|あの方)"
)
_WORKS_AT: Final = (
    r"(?:で(?:働いて|勤務して|バイトして|パートして)|"
    r"に(?:勤めて|勤務して|通って|在籍して|就職し|入社し)|"
    r"の(?:社員|店員|従業員|店長|生徒|学生|看護師|事務員|スタッフ|パート))"
)
_JOB: Final = (
    r"の(?:社員|店員|従業員|店長|支店長|社長|部長|課長|係長|主任|看護師|介護士|保育士|薬剤師|"
    r"事務員|スタッフ|パ-ト|バイト|運転手|ドライバ-|生徒|学生)"
)
_WORKPLACE: Final = re.compile(
    # 〇〇運送で働いてる斉藤翔太, 常呂小4年の吉岡ゆいちゃん
    rf"{_ORGANISATION}(?:で(?:働いて(?:る|いる)?|勤務して(?:る|いる)?|バイトして(?:る|いる)?)|"
    rf"に(?:勤めて(?:る|いる)?|勤務して(?:る|いる)?|通って(?:る|いる)?|在籍して(?:る|いる)?)|"
    rf"{_SCHOOL_GRADE}|の(?:社員|店員|従業員|店長|生徒|学生))の?\s?(?:{_NAMED}|{_FULL_NAME})"
    # 田中さんは〇〇高校に通ってる, 佐藤くんって〇〇で働いてる, 同僚の佐藤は〇〇で働いてる
    rf"|(?:{_NAMED}|{_POINTED}|(?<=の)(?!{_NOT_A_NAME})[一-龥]{{2,4}}(?=は|って))"
    rf"(?:は|って|が|、|も)?\s?{_ORGANISATION}(?:{_WORKS_AT}|{_SCHOOL_GRADE})"
    # 市長の娘、〇〇高校の2年: a relative of someone pointed at or named
    rf"|(?:{_POINTED}|{_NAMED}|市長|副市長|議員|職員|課長|部長|係長|社長|店長|先生)の(?:娘|息子|子供|子ども|孫|嫁|妻|奥さん|旦那|夫|彼女|彼氏|母親|父親)"
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
    rf"|(?:{_NAMED}|{_POINTED})の(?:勤務先|勤め先|職場|会社|勤務地|バイト先|パ-ト先|学校|所属)"
    rf"(?:は|って|:|：|、|→)\s?{_ORGANISATION}"
)


def find_workplace(ctx: Context) -> Iterable[Evidence]:
    """A named private person tied to their workplace or school (weak: a person reviews)."""
    if "pii_workplace_cue" not in ctx.words:
        return ()
    return [
        Evidence(spans=(Span(match.start(), match.end()),), mask="text")
        for match in _WORKPLACE.finditer(ctx.numbers)
    ]
