"""Whose a number is: a public office's, a facility's or a shop's, or a private person's.

CLAUSES.md 4-1, "what does NOT": a number the comment itself attributes to a public office (市役所,
〇〇課, センター, 交番) or to a facility or shop is published for the public, unless a person is
marked beside it (市役所の田中さんの携帯, こいつの店).
"""

from __future__ import annotations

import re
from typing import Final

from kitami_policy.rules.base import Context

__all__ = ["attributed_to_office", "clause_before"]

# A number the comment attributes to a public office (CLAUSES.md 4-1, "what does NOT").
_OFFICE: Final = re.compile(
    r"市役所|役所|役場|庁舎|[^一-龥]?[一-龥]{1,6}[課係室局]|センター|交番|駐在所|警察|消防|窓口|"
    r"支所|出張所|保健所|病院|診療所|図書館|公民館|会館|ホール|体育館|学校|大学|幼稚園|保育園|"
    r"事務所|事務局|協会|組合|会議所|振興局|道庁|県庁|税務署|郵便局|駅|代表|ダイヤル|相談|"
    r"コールセンター|案内|公式|施設|ホームページ|サイト|HP"
)
# Marks of a private person inside the window: a mobile number there is that person's.
_PERSONAL_MARK: Final = re.compile(
    r"さん|くん|ちゃん|君|氏|様|個人|携帯|自宅|家|住所|こいつ|あいつ|"
    # 図書館で会った子の番号, 駅で見かけた人: a person met there, not the place
    r"(?:った|てる|てた|いた|いる|かけた|見る|の)(?:子|人|男|女)"
)
# Marks that make even a landline a person's: their home, their own phone, a person pointed at
# (環境課の田中さん（0157-…）is still the office's line; 市役所の田中さんの自宅 is not).
_HOME_MARK: Final = re.compile(r"個人|携帯|自宅|家|実家|住所|こいつ|あいつ|そいつ")
_OFFICE_AFTER: Final = re.compile(
    r"\s?[（(【\[]\s?[^）)】\]]{0,12}?(?:市役所|役所|役場|[課係]|センター|交番|警察|消防|窓口|支所|"
    r"保健所|病院|図書館|公民館|会館|協会|組合|事務所|事務局|駅)"
)
# A public facility, an office or a shop named right before the number, the number in
# brackets or after 電話/TEL/代表 (ハッカ記念館（0157-23-6200）, 〇〇動物園の電話番号は …): its
# own number, published for the public. Suffixes that also end private places (住所, 職場,
# 部屋) are spelled out as whole words.
_FACILITY_BEFORE: Final = re.compile(
    r"(?:[館園署局庁院堂寺駅港課係校店]|センター|センタ-|ホール|ホ-ル|プラザ|ホテル|旅館|温泉|"
    r"クリニック|薬局|銀行|信金|金庫|農協|JA|組合|協会|商工会|会議所|事務局|本部|支部|窓口|"
    r"大学|役所|役場|支所|出張所|事務所|営業所|事業所|研究所|案内所|診療所|保健所|駐在所|交番|"
    r"会社|神社|市場|球場|会場|斎場|スキ-場|スキー場|競技場|運動場|浄水場|教室|ステ-ション|"
    r"ステーション|ターミナル|タ-ミナル|空港|観光協会)"
    r"(?:さん)?\s?(?:[（(【\[「]|の?(?:電話番号|電話|代表番号|代表|番号|TEL|Tel|tel|℡|☎|📞)?"
    r"\s?(?:は|:|：|=|＝)?)\s?$"
    # JAきたみらい（…）, ㈱オホーツク道路（…）: a body whose kind comes first (the phone match
    # may hold the opening bracket itself)
    r"|(?:JA|株式会社|㈱|\(株\)|有限会社|㈲|合同会社|生協|医療法人|社会福祉法人|学校法人|NPO法人|"
    r"[一公]般?(?:社団|財団)法人|公益(?:社団|財団)法人)\s?[^\s（(、。]{1,12}\s?[（(]?\s?$"
)
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")
_CLAUSE_END: Final = re.compile(r"[。！？!?\n、，,]")
_WINDOW: Final = 14


def _window_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end."""
    window = text[max(0, start - _WINDOW) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def clause_before(text: str, start: int) -> str:
    """The few characters before *start*, cut at the last sentence end or comma."""
    window = text[max(0, start - 10) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def attributed_to_office(ctx: Context, start: int, end: int, mobile: bool) -> bool:
    """Whether the comment gives the number as a public office's, a facility's or a shop's.

    Three readings: the facility named right before it (ハッカ記念館（0157-23-6200）), an
    office in brackets right after it (0157-24-0110（北見警察署）), or an office named a few
    characters before (市役所の代表番号は …). A person marked there makes a mobile number
    theirs (市役所の田中さんの携帯); a home or a person pointed at makes any number theirs
    when it stands after the office (市役所の田中さんの自宅, こいつの店).
    """
    text = ctx.text
    window = _window_before(text, start)
    if _FACILITY_BEFORE.search(text, max(0, start - 24), start) is not None:
        clause = clause_before(text, start)
        return not ((mobile and _PERSONAL_MARK.search(clause)) or _HOME_MARK.search(clause))
    after = _OFFICE_AFTER.match(text, end)
    offices = list(_OFFICE.finditer(window))
    if not offices and after is None:
        return False
    if mobile and _PERSONAL_MARK.search(window + (after[0] if after else "")):
        return False
    # 市役所の田中さんの自宅 0157-…: the office only says where the person works.
    last = offices[-1].end() if offices else len(window)
    return _HOME_MARK.search(window, last) is None
