"""Clause 4-8: 本ページの趣旨に関係のないもの (off-topic).

CLAUSES.md reads 4-8 as comments unrelated to the post and to the city's affairs: chain
messages, personal chatter ("今日の晩ごはんはカレー"), campaigning for unrelated causes and
questions about other municipalities' matters. It is read conservatively: anything touching
the post's subject, Kitami or a city service stays, even when it goes beyond the post ("will
the road be cleared of snow that day?" under a festival post). A comment is tied to the post
when it shares a content word with it: a kanji bigram, a katakana word or a Latin word.

Off-topic findings are weak by nature; their rules are review-flagged, so a person confirms
before anything beyond ``hide`` happens. 4-8 is for content no other clause covers: the engine
drops these findings when another clause applies (except a chain message, which stays beside
4-7 when it is repeated), so the detectors here need not know about the other clauses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kitami_policy._normalize import fold
from kitami_policy.findings import Span
from kitami_policy.rules.base import ALWAYS, Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_KITAMI: Final = "offtopic_kitami"
_SERVICES: Final = "offtopic_services"
_CHATTER: Final = "offtopic_chatter"
_CAMPAIGN: Final = "offtopic_campaign"
_CHAIN: Final = "offtopic_chain"
_PLACES: Final = "offtopic_places"
_AWAY: Final = "offtopic_away"
_DISMISS: Final = "offtopic_dismiss"
_CHAIN_NOUN: Final = "offtopic_chain_noun"
_PASTIME: Final = "offtopic_pastime"
_LIFE: Final = "offtopic_life"
_NOTHING: Final[tuple[Evidence, ...]] = ()

# Shorter than this (folded), a comment is a reply ("ありがとうございます"), never off-topic.
_MIN_LENGTH: Final = 6

_KANJI_RUN: Final = re.compile(r"[\u4e00-\u9fff々]{2,}")
_KATAKANA_RUN: Final = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]{3,}")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{3,}")
# Bigrams too common to tie a comment to a post.
_GENERIC_BIGRAMS: Final = frozenset(
    (
        "今日",
        "明日",
        "昨日",
        "本日",
        "自分",
        "皆様",
        "皆さ",
        "私達",
        "時間",
        "最高",
        "毎日",
        "一日",
        # Years: a post's 来年度 does not tie a fan's 来年は to it.
        "今年",
        "来年",
        "去年",
        "昨年",
        "毎年",
    )
)

# Chain messages: how many people (or places) to pass it to, the call to pass it on, the curse
# or promise. The units, folded (5ヶ所 folds to 5ゖ所, 5ケ所 to 5け所), gate the detector too.
_CHAIN_UNITS: Final = ("人に", "つのぺじに", "所に", "件に")
_CHAIN_COUNT: Final = re.compile(
    r"[\d一二三四五六七八九十百]+(?:人|つのぺじ|(?P<place>[かゖけ]所|箇所)|件)に.{0,8}?"
    r"(?:回|まわ|送|転送|拡散|しぇあ|こぴぺ|貼)"
    r"|この(?:投稿|めっせじ|文章|文|める|手紙|書き込み|こめんと|話)を.{0,14}?"
    r"(?:回|まわ|送|転送|拡散|しぇあ|こぴ|貼|投稿)"
)
_CHAIN_CALL: Final = re.compile(
    r"拡散希望|転送希望|拡散お願|拡散して|回してくだ|回して下|まわしてくだ|回してね|回しと"
    r"|こぴぺして|転送して|送ってくだ|送ってね|貼ってくだ|貼り付けて"
    # Pass it to your circle ("友達にも回して", "家族にも教えてあげて"), or a heading that
    # asks for it ("【重要・拡散】" folds to 重要拡散).
    r"|(?:友達|友人|家族|知人|知り合い|みんな|皆|周り|周囲|親戚)(?:にも|に)"
    r"(?:回して|まわして|送って|教えてあげ|伝えて|知らせて|広めて|拡散)"
    r"|重要拡散|緊急拡散|拡散願|拡散よろ|拡散拡散|至急拡散|拡散必須"
)
# Every alternative of _CHAIN_CALL holds one of these: substring tests in C skip the regex on
# the comments (nearly all) that cannot hold a call to spread anything.
_CHAIN_CALL_PARTS: Final = (
    "拡",
    "転送",
    "回し",
    "まわし",
    "こぴぺ",
    "送って",
    "貼",
    "教えてあげ",
    "伝えて",
    "知らせて",
    "広めて",
)
_CHAIN_CURSE: Final = re.compile(
    r"不幸|不運|呪|災い|災難|悪いこと|幸せにな|幸運|金運|願いが叶|良いこと|いいことが|死ぬ|死にます"
    r"|事故に|襲われ"
)
# A hoax to pass on ("拡散お願いします！来月から全国の銀行ATMが使えなくなるそうです"): the call
# to spread it, a nationwide or "your account" scope and hearsay or a coming change. Only when
# nothing ties it to the post or the city.
_HOAX_SCOPE: Final = re.compile(
    r"全国|日本中|世界中|全ての|すべての|あなたの|皆さんの|みんなの|全銀行|各銀行|銀行|atm"
    r"|政府|国民|大手|携帯各社|全員|line|らいん|ゆうちょ|郵便局|こんびに"
)
_HOAX_CLAIM: Final = re.compile(r"そうです|らしい|だそう|とのこと|なります|されます|変わり|変わる")
_CHAIN_WARNING: Final = re.compile(r"注意|気をつけ|気を付け|でま|信じないで|引っかか|引っ掛か")

_QUESTION: Final = re.compile(
    r"[?？]|ですか|ますか|でしょうか|いつ(?!も)|どこ|教えて|知りたい|分かる方|わかる方|何時"
    r"|聞きたい|わからない|分からない|知って(?:る|い)|いくら|誰が|何が"
)
# An election elsewhere ("横浜市長選の候補者、誰に入れるか") is another municipality's matter.
_ELECTION: Final = re.compile(r"選挙|候補|市長選|知事選|町長選|村長選|区長選|議員選|投票")
# Weather, told of another place ("東京は今日30度超えだって"), is chatter about elsewhere.
_WEATHER: Final = re.compile(r"暑|寒|晴れ|天気|雨|度超え|台風|猛暑|気温|快晴|曇")
# An appeal for a cause or a search elsewhere ("埼玉県で迷子の犬を探しています", "東京駅前でデモ
# やります、参加してください") is another municipality's matter too.
_APPEAL: Final = re.compile(
    r"拡散|探しています|探してます|参加してくだ|参加して下|参加しよう|参加を|署名|集まろう|集まって"
)
# Food or a trip told of another place ("帯広の豚丼うまかった"): chatter about elsewhere. An appeal
# or a trip counts only when nothing ties the comment to the post or to a city service.
_TRAVEL: Final = re.compile(
    r"うまかった|美味しかった|おいしかった|美味かった|行きたい|行ってきた|食べた|楽しかった|最高だった"
)
# Away words that do not bring the comment home: a call to join (参加してください), a family home
# placed elsewhere (実家が札幌).
_NOT_AWAY_BEFORE: Final = re.compile(r"(?:参加|協力|拡散|署名|集合)$")
# Service words that other families' allowed words (ごみ袋, ごみ収集 for the insult ごみ) shield
# from every word list, so the automaton never reports them: read on the fold instead.
_SHIELDED_SERVICES: Final = re.compile(r"ごみ|収集|分別|信号")
# A municipality suffix right after a place name (札幌市, 旭川市長).
_SUFFIXES: Final = frozenset("市町村区都府県")


# The writer's own day told as a diary or asked of the crowd: what a pastime word needs beside
# it to be chatter (on the fold: no punctuation, katakana as hiragana, no long marks).
_DIARY: Final = re.compile(
    r"最近|この前|こないだ|この間|先週|先日|週末|日曜|土曜|連休|年末|年始|昨日|今日|今朝|今夜|"
    r"今年は|家族で|友達と|誰か|人いる|人いな|人いま|方いま|行く人|教えて|だろう|始めました|始めた|"
    r"てきた|てきました|だった|すごかった|買った|買いました|作った|名前は|にした|はまって|"
    r"今日から|明日から|萎え|最悪|頑張ります|がんばります|やる気|緊張|ていこう|でしたっけ|だっけ"
)
# On the original text: an emoji, or a question thrown to the crowd (行く人〜？).
_DIARY_MARK: Final = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|人[〜～ー]*[?？]")
# A request to the city, a question put to it, thanks or worry about the post's matter: the
# writer is talking to the city, not chatting. A question to the crowd (誰か, 〜人いますか) is
# still chatter.
_ADDRESSED: Final = re.compile(
    r"ほしい|欲しい|(?<!教えて)ください|(?<!教えて)下さい|お願い|ありがと|市|役所|職員|注意|気をつけ|"
    r"気を付け|心配|危な|怖|大丈夫"
)
_ASKED: Final = re.compile(r"ますか|ませんか|でしょうか|ですか")
_CROWD: Final = re.compile(r"誰か|人いま|人いませ|方いま|方いませ")

# One kana of okurigana between two kanji (貸し出し, 申し込み): dropped, so that 貸し出し and
# 貸出 share the bigram 貸出.
_OKURIGANA: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?![のがはをにでともやへか])[ぁ-ん](?=[\u4e00-\u9fff])"
)
# Subjects a comment and a post can share without a common word, both read on the fold: books
# and manga (a title, 全巻, 冊数 under a post on the library's manga), sights (a sunset under
# a photo contest's post, though not a pet's photo), music (a piano under a concert's). Each is
# (post cue, comment cue).
_TOPICS: Final = (
    (
        re.compile(r"漫画|まんが|図書|絵本|書籍|蔵書|本を|本の|作品|貸し?出|読書"),
        re.compile(
            r"漫画|まんが|全巻|巻|冊|図書|貸し?出|借り|読|新刊|作品|予約|人待ち|入荷|蔵書|揃え|置いて"
        ),
    ),
    (
        re.compile(r"写真|ふぉと|撮影|かめら"),
        re.compile(r"景色|夕焼け|朝焼け|夕日|虹|星空|満月|流れ星"),
    ),
    (
        re.compile(r"演奏|おけすとら|こんさと|音楽|合唱|吹奏楽"),
        re.compile(r"演奏|曲|音楽|ぴあの|ぎた|歌|楽器|合唱"),
    ),
    (
        re.compile(r"選挙|補選|投票|候補|立候補"),
        re.compile(r"選挙|補選|候補|公約|投票|票|演説|政見|当選|落選|選ぶ|選べ|入れる"),
    ),
)
# Campaigning for national politics ("衆院選は〇〇党に一票を") is off-topic under a city
# election's post too: its link to the post (選挙, 一票) does not keep it, only Kitami does.
_NATIONAL: Final = re.compile(r"衆院|参院|衆議院|参議院|国政|総選挙|新党|比例|政党|党に|党へ|党を")


def _bigrams(folded: str) -> set[str]:
    folded = _OKURIGANA.sub("", folded)
    grams = {run[i : i + 2] for run in _KANJI_RUN.findall(folded) for i in range(len(run) - 1)}
    return grams - _GENERIC_BIGRAMS


def _shares_words_with_post(ctx: Context) -> bool:
    """Tell whether the comment shares a content word with the post it answers."""
    if ctx.post is None or not ctx.post.text:
        return False
    post = fold(ctx.post.text)
    if _bigrams(ctx.folded) & _bigrams(post):
        return True
    for post_cue, comment_cue in _TOPICS:
        if post_cue.search(post) and comment_cue.search(ctx.folded):
            return True
    for run in _KATAKANA_RUN.findall(ctx.text):
        word = fold(run)
        if len(word) >= 2 and word in post:
            return True
    return any(w.casefold() in post for w in _LATIN_WORD.findall(ctx.numbers))


def _elsewhere(ctx: Context, start: int) -> bool:
    """Tell whether the word at *start* belongs to another municipality (札幌駅, 旭川市役所)."""
    for place in ctx.near(start - 3, start, _PLACES):
        gap = ctx.folded[place.end : start]
        if gap in ("", "市", "町", "村", "区", "の", "市の", "町の"):
            return True
    return False


def _related(ctx: Context) -> bool:
    """Tell whether the comment touches Kitami, a city service or the post's subject.

    A service of another municipality (札幌駅前, 横浜市長選) does not tie a comment to Kitami.
    """
    words = ctx.words
    if _KITAMI in words:
        return True
    services = words.get(_SERVICES)
    if services:
        if _PLACES not in words:
            return True
        if any(not _elsewhere(ctx, m.start) for m in services):
            return True
    if _SHIELDED_SERVICES.search(ctx.folded):
        return True
    return _shares_words_with_post(ctx)


def _level(ctx: Context, *, diary: bool = False) -> str:
    # Without a post the comment is judged against the city's affairs only: weaker still. A
    # diary told beside a pastime word is weaker than a chatter word.
    if diary:
        return _DIARY_WITH_POST if ctx.post is not None else _DIARY_WITHOUT_POST
    return _WITH_POST if ctx.post is not None else _WITHOUT_POST


def _find_chatter(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: personal chatter with no link to the post or the city ("推しのライブ最高だった"),
    or chatter that sets the post's subject aside ("分別の話はどうでもいいけど、うちの猫が…").

    A chatter word (推し, 晩ごはん) is enough. A pastime word (猫, 釣り, チョコ, 夕焼け) or
    a word of the writer's daily life (職場, 上司, 出張, 口紅, 解約) is weaker: it
    needs the writer's own day told as a diary or a question to the crowd beside it
    ("この前の日曜、家族で釣りに行ってきた🎣", "誰かバレンタインのチョコの作り方教えて"), and no
    request, question, thanks or worry addressed to the city ("犬を連れて行っても大丈夫ですか").
    """
    words = ctx.words
    if len(ctx.folded) < _MIN_LENGTH:
        return _NOTHING
    if _CHATTER in words:
        # "分別の話はどうでもいいけど、うちの猫が…": the writer sets the subject aside.
        if (_DISMISS in words and _KITAMI not in words) or not _related(ctx):
            spans = ctx.match_spans(words[_CHATTER])
            return (Evidence(spans=spans, level=_level(ctx)),)
        return _NOTHING
    weak = [*words.get(_PASTIME, ()), *words.get(_LIFE, ())]
    if weak and _told_as_diary(ctx) and not _related(ctx):
        spans = ctx.match_spans(weak)
        return (Evidence(spans=spans, level=_level(ctx, diary=True)),)
    return _NOTHING


def _told_as_diary(ctx: Context) -> bool:
    """Tell whether the comment tells the writer's own day or asks the crowd, not the city."""
    folded = ctx.folded
    if _DIARY.search(folded) is None and _DIARY_MARK.search(ctx.text) is None:
        return False
    if _ADDRESSED.search(folded) is not None:
        return False
    return _ASKED.search(folded) is None or _CROWD.search(folded) is not None


def _find_campaign(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: campaigning for a cause unrelated to the post and the city (署名, 投票, 布教).

    A petition or a vote about the city's own affairs is civic speech and stays.
    """
    words = ctx.words
    if _CAMPAIGN not in words:
        return _NOTHING
    national = _KITAMI not in words and _NATIONAL.search(ctx.folded) is not None
    if national or not _related(ctx):
        spans = ctx.match_spans(words[_CAMPAIGN])
        return (Evidence(spans=spans, level=_level(ctx)),)
    return _NOTHING


def _find_chain(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a chain message ("この投稿を10人に回さないと不幸になる", "拡散希望…回して").

    Two signals are needed among the conditional threat (回さないと), the count of people to
    pass it to (10人に回して), the call to spread it and the curse or promise; a warning about
    chain messages is not one. A chain message is 4-8 whatever its subject.
    """
    words = ctx.words
    folded = ctx.folded
    threat = words.get(_CHAIN, ())
    # The count needs one of its units ("N人に", "Nか所に") or "この投稿を…" (a word of the noun
    # list): cheap tests first.
    if not threat and _CHAIN_NOUN not in words and not any(u in folded for u in _CHAIN_UNITS):
        return _find_hoax(ctx)
    count = _CHAIN_COUNT.search(folded)
    if not threat and count is None:
        return _find_hoax(ctx)
    call = _CHAIN_CALL.search(folded)
    curse = _CHAIN_CURSE.search(folded)
    # Posters go up in five places on request ("5か所に貼ってください"): a count of places
    # needs the curse or the threat, not only the call.
    counted = count is not None and (curse is not None or (call is not None and not count["place"]))
    if not ((threat and (count or call or curse)) or counted):
        return _NOTHING
    if _CHAIN_WARNING.search(folded):
        return _NOTHING
    spans = {*ctx.match_spans(threat)}
    spans.update(ctx.span(m.start(), m.end()) for m in (count, call, curse) if m is not None)
    return (Evidence(spans=tuple(sorted(spans))),)


def _find_hoax(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a hoax to pass on, with no count of people ("拡散お願いします！来月から全国の銀行ATMが
    使えなくなるそうです"): the call to spread it, a nationwide scope and hearsay, unrelated to
    the post and the city."""
    folded = ctx.folded
    if not any(part in folded for part in _CHAIN_CALL_PARTS):
        return _NOTHING
    call = _CHAIN_CALL.search(folded)
    if call is None:
        return _NOTHING
    scope = _HOAX_SCOPE.search(folded)
    if scope is None or _HOAX_CLAIM.search(folded) is None or _CHAIN_WARNING.search(folded):
        return _NOTHING
    if _related(ctx):
        return _NOTHING
    spans = (ctx.span(call.start(), call.end()), ctx.span(scope.start(), scope.end()))
    return (Evidence(spans=spans, level=_HOAX),)


def _not_away(ctx: Context, start: int, end: int) -> bool:
    """Tell whether an away word leaves the comment elsewhere: 参加してください, 実家が札幌."""
    folded = ctx.folded
    if folded[start:end] == "実家":
        return any(p.start - end <= 2 for p in ctx.near(end, end + 3, _PLACES))
    return _NOT_AWAY_BEFORE.search(folded, max(0, start - 2), start) is not None


def _find_other_municipality(ctx: Context) -> tuple[Evidence, ...]:
    """4-8: a question about another municipality's matters ("札幌市のごみの日はいつですか"),
    or its weather told as chatter ("東京は今日30度超えだって").

    It must name another municipality and ask about it or talk of its weather; a comparison or a
    request to Kitami ("札幌市みたいに除雪してほしい"), a move to Kitami, a mention of Kitami and
    a place the post itself names all keep the comment.
    """
    words = ctx.words
    if _PLACES not in words or _KITAMI in words:
        return _NOTHING
    folded = ctx.folded
    if _AWAY in words and not all(_not_away(ctx, m.start, m.end) for m in words[_AWAY]):
        return _NOTHING
    if (
        _QUESTION.search(ctx.text) is None
        and _WEATHER.search(folded) is None
        and _ELECTION.search(folded) is None
        and ((_APPEAL.search(folded) is None and _TRAVEL.search(folded) is None) or _related(ctx))
    ):
        return _NOTHING
    post = fold(ctx.post.text) if ctx.post is not None else ""
    places = [m for m in ctx.matches(_PLACES) if folded[m.start : m.end] not in post]
    if not places:
        return _NOTHING
    spans: list[Span] = []
    for m in places:
        end = m.end + 1 if m.end < len(folded) and folded[m.end] in _SUFFIXES else m.end
        spans.append(ctx.span(m.start, end))
    return (Evidence(spans=tuple(spans), level=_level(ctx)),)


# Confidence levels (data/rules/off_topic.toml [levels]).
_WITH_POST: Final = "with_post"
_WITHOUT_POST: Final = "without_post"
_DIARY_WITH_POST: Final = "diary_with_post"
_DIARY_WITHOUT_POST: Final = "diary_without_post"
_HOAX: Final = "hoax"
LEVELS: Final = frozenset((_WITH_POST, _WITHOUT_POST, _DIARY_WITH_POST, _DIARY_WITHOUT_POST, _HOAX))

DETECTORS: Final[Mapping[str, Detector]] = {
    "offtopic.chatter": _find_chatter,
    "offtopic.chain": _find_chain,
    "offtopic.campaign": _find_campaign,
    "offtopic.other_municipality": _find_other_municipality,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "offtopic.chatter": Trigger(words={_CHATTER, _PASTIME, _LIFE}),
    # ALWAYS: a count alone ("十人に回して…不幸") needs no word list, and 十, 百 or ⑳ are no
    # "digit" signal.
    "offtopic.chain": ALWAYS,
    "offtopic.campaign": Trigger(words={_CAMPAIGN}),
    "offtopic.other_municipality": Trigger(words={_PLACES}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _KITAMI,
    _SERVICES,
    _CHATTER,
    _CAMPAIGN,
    _CHAIN,
    _PLACES,
    _AWAY,
    _DISMISS,
    _CHAIN_NOUN,
    _PASTIME,
    _LIFE,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("offtopic_allowed",)
