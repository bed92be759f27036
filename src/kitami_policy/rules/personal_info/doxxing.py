"""Doxxing (4-1): 特定しました / 晒す posts and requests to dig up a person's details."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.personal_info.attribution import owner_names

__all__ = ["DOX_WORDS", "find_doxxing"]

# --- doxxing ------------------------------------------------------------------------------

# Someone whose details are dug up: a person pointed at, or a named one (folded spelling).
_TARGET: Final = (
    r"(?:こいつ|あいつ|そいつ|こやつ|この人|あの人|その人|このひと|あのひと|この方|あの方|"
    r"(?:この|あの|その)?(?:職員|担当者?|店員|男|女|おばさん|おじさん|がき|かっぷる|夫婦|親子)|"
    r"投稿者|このあか|この垢|中の人|なかのひと|奴|やつ|市長|議員|"
    r"[一-龥]{1,4}(?:さん|くん|君|ちゃん|氏))"
)
# What is asked for: where someone lives or works, who they are.
_HOME: Final = (
    r"(?:住所|自宅|家(?!族|庭|事|計|具|賃|電|屋)|実家|住んでる(?:所|ところ|場所)|住まい|本名|"
    r"ふるねむ|身元|素性|勤務先|勤め先|職場|顔写真|個人情報)"
)
# What is exposed: the same, or their school and contacts.
_INFO: Final = rf"(?:{_HOME}|学校|電話番号|携帯番号|連絡先)"
_DIG: Final = (
    r"(?:知って|しって|知ら|しら|わかる|分かる|わかり|分かり|教えて|おしえて|調べ|しらべ|特定|晒|"
    r"さらし|さらせ|さらす|突き止め|つきとめ|割り出|わりだ|割れ|われて|割った|探し|さがし|暴)"
)
_DOXXING: Final = re.compile(
    # こいつの住所知ってる人いる / 職員の自宅を特定した
    rf"{_TARGET}の?{_HOME}(?:を|が|も|は|って|とか|まで)?.{{0,4}}?{_DIG}"
    # 住所特定 / 本名を晒す / 職場突き止めた
    rf"|{_INFO}(?:を|が|も|まで)?(?:特定|晒|さらし|さらす|さらせ|突き止め|つきとめ|割り出|わりだし|"
    r"割った|割れ|暴い|拡散し|ばらま|ネットに|ねっとに)"
    # こいつ特定しました
    rf"|{_TARGET}(?:の(?:こと))?(?:を|は|も)?特定(?:し|でき|完了|済|余裕|はよ|班)"
    # こいつら誰か知ってる人いる / 職員の名前わかる人いる
    rf"|{_TARGET}(?:ら|たち|の名前|のなまえ|の本名)?(?:が|は|って|の)?(?:誰|だれ|どこの誰)(?:か|なのか)?"
    r"(?:知って|しって|わかる|分かる|わかります|分かります|教えて|特定)"
    rf"|{_TARGET}の?(?:名前|なまえ)(?:を|が|とか)?(?:知って|しって|わかる|分かる)(?:る)?(?:人|ひと|やつ|奴)"
)
# 晒す and its forms, unless something is exposed to the weather, danger or shame.
_EXPOSE: Final = re.compile(
    r"(?:晒|さら)(?:す(?!ら)|します|しま|そう|して(?:やる|やろ|おく|おき|いく|く)|したる|しとく|"
    r"しあげ|し上げ|せ(?!ん|る|な)|されろ|したった)"
)
_EXPOSED_TO: Final = re.compile(
    r"(?:危険|危機|日光|日|風雨|雨風|風|寒さ|寒風|冷気|外気|脅威|批判|非難|水|冷水|流水|空気|熱|雪|"
    r"リスク|りすく|目)に$|(?:恥|醜態|無様|姿|身|素肌|肌|屍|生き恥|本性|正体)を$"
)
_IDENTIFIED: Final = re.compile(
    r"特定(?:しました|した(?!い|ら|上|うえ|後|のは)|してみた(?!い|ら)|してみました|しちゃった|"
    r"しておいた|できた|できました|出来た|完了|済|いたしました|"
    r"してやった|したぞ|したわ|しといた|されて|された(?!い))"
)
# 特定して / 特定しろ: a request to identify, doxxing when a person or an account is the object.
_IDENTIFY_REQUEST: Final = re.compile(
    r"特定(?:して(?:やる|やろ|晒|さら|ほしい|欲しい|くれ|ください|下さい|みて|よ)|しろ|しよう|しようぜ|"
    r"求む|お願い|おねがい|よろ|頼|はよ|できる人|できるひと|できない|可能|いけ)"
)
_PERSON_OBJECT: Final = re.compile(
    rf"{_TARGET}|あかうんと|垢|あか(?:の|を)|投稿者|書き込んだ|書いた(?:人|やつ|奴)|誰|だれ|犯人"
)
# What a city or a citizen legitimately identifies: a cause, a place, a fault.
_IDENTIFIED_THING: Final = re.compile(
    r"(?:原因|箇所|個所|場所|要因|問題|故障|区間|範囲|ルート|経路|発生源|感染源|菌|ウイルス|不具合|"
    r"理由|対象|種類|品種|地点|位置|犯人|車両|業者|個体|品目|期間|地域|区域|日時|時間)(?:を|が|は|も)?$"
)
# Asking others to dig up someone's details: 住所知ってる人いる？, 本名わかったら教えて.
_ASK_OTHERS: Final = re.compile(
    r"(?:(?:(?:名前|なまえ|本名)(?:と|や|とか)(?:学校|住所|職場|勤務先|家|連絡先)|"
    r"住所|自宅|実家|本名|勤務先|勤め先|職場|素性|身元)(?:を|が|とか|も|って|、|は)?"
    r"|(?:どこに住んで(?:る|いる)|どこ住み|どこの人|どこのだれ|どこの誰|何者|なにもの|誰なの|だれなの)か?)"
    r"(?:知ってる人|知ってるひと|しってる人|知っている人|知ってる方|知っている方|わかる人|分かる人|"
    r"わかるひと|わかる方|分かる方|知ってたら|わかったら|分かったら|わかる奴|知ってる奴|"
    r"情報求む|情報ください|情報下さい|調べて|しらべて|探して|さがして|突き止めて|知らない|"
    r"しらない|知りませんか)"
)
# A public place asked about is no one's home: 新庁舎の住所知ってる人.
_PUBLIC_BEFORE_ASK: Final = re.compile(
    r"(?:市役所|役所|役場|庁舎|会場|店|せんた|施設|駅|病院|公園|事務所|課|窓口|交番|図書館|"
    r"体育館|会館|ほる|選挙事務所|避難所|給水所)の?$"
)
# Someone's home placed on the map: こいつの家は美山町の青い屋根, 職員の自宅は三輪の団地.
# 本名は森田健一: someone's real name given out.
_REAL_NAME: Final = re.compile(
    r"(?<!私の)(?<!僕の)(?<!俺の)(?<!自分の)(?:本名|ふるねむ)(?:は|って|が|:|→)"
    r"(?!非公開|秘密|出さ|出し|わから|分から|知ら|不明|書|載せ|言え|伏せ)[一-龥ぁ-ん]{2,}"
)
_HOME_PLACED: Final = re.compile(
    rf"{_TARGET}の(?:住所|自宅|家|実家|住まい|本名|勤務先|勤め先|職場)(?:は|って|:|、|→)"
    r"(?!どこ|わから|分から|知ら|関係|公開|非公開|秘密|教え|聞|ない|無い|ありません|[?？])"
    r".{0,14}?(?:[町村区条]|丁目|番地|団地|まんしょん|あぱと|こぽ|はいつ|の近く|の裏|の隣|の向かい|"
    r"さんち|[一-龥]{2}(?:で|です|だよ|だぞ|だった|らしい))"
)


def find_doxxing(ctx: Context) -> Iterable[Evidence]:
    """特定しました / 晒す posts and requests to dig up a person's details."""
    if DOX_WORDS.isdisjoint(ctx.words):
        return ()
    folded = ctx.folded
    found = [(m.start, m.end) for m in ctx.matches("pii_doxxing")]
    found += [m.span() for m in _DOXXING.finditer(folded)]
    # A home placed on the map or a real name is the personal data itself: the excerpt masks it.
    exposed: list[tuple[int, int]] = []
    if "の" in folded:
        exposed += [m.span() for m in _HOME_PLACED.finditer(folded)]
    if "本名" in folded or "ふるねむ" in folded:
        exposed += [m.span() for m in _REAL_NAME.finditer(folded)]
    found += exposed
    if "晒" in folded or "さら" in folded:
        for m in _EXPOSE.finditer(folded):
            if _EXPOSED_TO.search(folded, max(0, m.start() - 4), m.start()) is None:
                found.append(m.span())
    if "特定" in folded:
        for m in _IDENTIFIED.finditer(folded):
            if _IDENTIFIED_THING.search(folded, max(0, m.start() - 6), m.start()) is None:
                found.append(m.span())
        for m in _IDENTIFY_REQUEST.finditer(folded):
            if _IDENTIFIED_THING.search(folded, max(0, m.start() - 6), m.start()) is None and (
                _PERSON_OBJECT.search(folded) is not None
            ):
                found.append(m.span())
    for m in _ASK_OTHERS.finditer(folded):
        if _PUBLIC_BEFORE_ASK.search(folded, max(0, m.start() - 8), m.start()) is None:
            found.append(m.span())
    if not found:
        return ()
    spans = sorted({ctx.span(start, end) for start, end in found})
    # The person whose details are dug up is named before them (鈴木一郎の住所知ってる人いる？):
    # the name is personal data, masked wherever the comment is shown.
    names = {name for span in spans for name in owner_names(ctx.text, span.start, span.end)}
    personal = (*spans, *names) if exposed else tuple(names)
    return (Evidence(spans=tuple(spans), mask="text" if exposed else "none", personal=personal),)


DOX_WORDS: Final = frozenset(("pii_dox_cue", "pii_doxxing"))
