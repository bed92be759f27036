"""Clause 4-3: 著作権、肖像権等の知的財産権を侵害するもの (copyright, portrait and other IP rights).

CLAUSES.md reads 4-3 as links to or offers of pirated works (漫画村-style sites, 無料で全話,
違法アップロード), reposting others' photos, videos or lyrics without permission (無断転載,
拾い画), counterfeit goods (スーパーコピー, 偽ブランド) and posting someone's face photo without
consent (肖像権). It does NOT cover quoting a line with attribution, sharing the city's own post
(section 6 allows likes, shares and attributed reposts), or complaining about a repost
("無断転載はやめてください"): the rules look for the commenter doing or offering it, and a
complaint, a warning or an attribution keeps a comment clean.

- ``ip.piracy``: a piracy site or pirated copy named (漫画村, ﾄﾚﾝﾄ, クラック版, 違法アップ), or
  free access to a paid work offered through a channel ("アニメ映画、全話ネットで見れるよ",
  "無料で全部見れるサイトあるよ"); free access alone is often the city's own ("図書館で読める").
- ``ip.unauthorised_repost``: the commenter reposting or passing off others' work (拾い画,
  出典なしで転載しといた, 自分の名前で出せば), or using a work without leave ("公式ロゴを勝手
  に使って", "保存して自分のブログに載せた"), or someone else's work copied, then uploaded,
  shared or sold ("番組録画してyoutubeに上げた", "電子版を自炊して共有中": ip_capture,
  ip_others, ip_upload), or a work, logo or character made into goods, sold, handed out or
  posted by a commenter who admits there was no leave ("ロゴ入りTシャツ、勝手に作って売って
  ます", "描いた人に無断でスタンプにして販売中": ip_unlicensed, ip_exploit, ip_creative); a
  request or a victim's complaint is not, nor the same act told of someone else ("勝手に作って
  売ってる人がいる", "市が勝手に写真を使った").
- ``ip.counterfeit``: counterfeits (スーパーコピー, N級品, 偽ブランド; コピー品 only on offer,
  レプリカ and 本物そっくり only of a brand on offer).
  Selling them is also 4-6, which the advertising family adds.
- ``ip.portrait``: a face photo of someone else posted, a face posted without consent, or a
  photo taken secretly (盗撮, 隠し撮り) posted.

Guard words (ip_guard: 本人の許可, 許可を取, 禁止 ...) keep a comment clean, except where an
admission that there was no leave overlaps one and reads on past it ("本人の許可？知らん",
"許可を取らずに"): the admission is what the commenter says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules.base import Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_PIRACY: Final = "ip_piracy"
_FREE: Final = "ip_free"
_OFFER: Final = "ip_offer"
_CHANNEL: Final = "ip_channel"
_WORKS: Final = "ip_works"
_LAWFUL: Final = "ip_lawful"
_REPOST: Final = "ip_repost"
_REUSE: Final = "ip_reuse"
_MATERIAL: Final = "ip_material"
_SOURCE: Final = "ip_source"
_SPREAD: Final = "ip_spread"
_GUARD: Final = "ip_guard"
_REQUEST: Final = "ip_request"
_COUNTERFEIT: Final = "ip_counterfeit"
_COUNTERFEIT_WEAK: Final = "ip_counterfeit_weak"
_COUNTERFEIT_SALE: Final = "ip_counterfeit_sale"
_BRANDS: Final = "ip_brands"
_FACE: Final = "ip_face"
_FACE_STRONG: Final = "ip_face_strong"
_PUBLISH: Final = "ip_publish"
_NO_CONSENT: Final = "ip_no_consent"
_SELF: Final = "ip_self"
_COVERT: Final = "ip_covert"
_CAPTURE: Final = "ip_capture"
_OTHERS: Final = "ip_others"
_UPLOAD: Final = "ip_upload"
_UNLICENSED: Final = "ip_unlicensed"
_EXPLOIT: Final = "ip_exploit"
_CREATIVE: Final = "ip_creative"
_ADULT: Final = "ip_adult"
_SUFFERED: Final = "ip_suffered"

# A link, also defanged ("site[.]xyz"): where a pirated copy is offered.
_QUESTION: Final = re.compile(r"[?？]")
_LINK: Final = re.compile(r"https?://|www\.|[a-z0-9-]+(?:\.|\[\.\]|\(\.\))[a-z]{2,}", re.IGNORECASE)
# Sentence marks of the original text: free access and the work must share a sentence.
_SENTENCE_END: Final = re.compile(r"[。！!？?\n]")
# How far a work, its copy and its upload may stand apart ("作品、全部スマホで撮ってインスタに").
_COPY_REACH: Final = 16
# How far an admission of no leave and the act may stand apart, in folded characters
# ("描いた人に無断でlineすたんぷにして販売"), and the work from either ("ろご入りtしゃつ勝手に").
_USE_REACH: Final = 16
_WORK_REACH: Final = 20
# After the act and a few kana of its ending, in the original text: it is denied, forbidden,
# asked about or allowed (使わないで, 使ってもいい, 使ったらまずい), done to the commenter
# (使われて), told of someone else (売ってる人がいる, 作ってる業者, 使ってるらしい) or said of
# the commenter by others (使ったと言われた).
_NOT_OWN_ACT: Final = re.compile(
    r"[ぁ-ん]{0,4}?\s*(?:"
    # denied, forbidden, a condition or a permission: 使わない, 使っちゃだめ, 使ったら, 使ってもいい
    r"(?<=た)ら|(?<=[てで])[もは]|ない|なかっ|ません|ちゃ(?:だめ|ダメ|駄目|いけ)|ては|たら|ても|"
    r"いい|良い|ok|OK|大丈夫|構|かま|(?<=[うくすつぬむるぐぶ])な(?:[。！!\s]|$)|"
    # suffered, or someone else's act: 使われ, 売ってる人, 作ってる業者, 使ってるらしい
    r"られ|され|人|やつ|奴|業者|店|アカ|垢|サイト|連中|の[はをが]|こと|とか|らしい|みたい|"
    r"そう[だで]|って(?:聞|本当|ほんと)|んだって|(?:と|って)(?:言われ|思われ|疑われ))"
)
# Before the admission: someone else is its subject (市が勝手に, 業者が無断で); 私が/自分が/うちが
# are the commenter.
_OTHER_SUBJECT: Final = re.compile(r"(?<![私僕俺分ちし])が\s*$")
# Knock-off words that say "fake" outright; the others (レプリカ, 本物そっくり) need a brand.
_FAKE: Final = frozenset(
    fold(w)
    for w in (
        "偽物", "ニセモノ", "にせもの", "ニセ物", "偽もの", "パチもん", "パチモン", "パチモノ",
        "バッタもん", "バッタ物", "模倣品", "模造品", "偽造品", "コピー品", "コピー商品",
        "非正規品",
    )
)  # fmt: skip


# Detectors return at once unless their own lists matched: a dict look-up per list is
# cheaper than a set operation on the matches of every family.


def _evidence(ctx: Context, matches: list[Match[str]], level: str | None = None) -> Evidence:
    """Evidence over *matches*, in text order and each span once (the excerpt needs order)."""
    spans = sorted(set(ctx.match_spans(matches)), key=lambda s: (s.start, s.end))
    return Evidence(spans=tuple(spans), level=level)


def _guarded(ctx: Context, *lists: str) -> bool:
    """True when a word of *lists* (guards, one's own photo) stands unanswered.

    An admission of no leave that overlaps a guard word and reads on past it answers it:
    "本人の許可？知らん" holds the guard 本人の許可 inside 許可知らん.
    """
    return any(
        not any(a.start < g.end for a in ctx.near(g.end, g.end + 1, _NO_CONSENT, _UNLICENSED))
        for g in ctx.matches(*lists)
    )


# A host that names free copies or raw scans as a word of its own (anime-muryo.xyz,
# spi-pdf-free . com, manga-raw.net); "freee" or "rawson" are other words.
_PIRATE_HOST: Final = re.compile(
    r"(?<![a-z0-9._-])(?:[a-z0-9]+-)*(?:muryo|raw|kaizoku|torrent|warez|free|tada)(?:-[a-z0-9]+)*"
    r"\s?(?:\.|\[\.\]|\(\.\))\s?(?!(?:apk|exe|zip|pdf|mp3|mp4|jpg|png|html?|php)(?![a-z]))[a-z]{2,}",
    re.IGNORECASE,
)
# A reason clause after "no permission" ("許可はもらってないので…"): an explanation, not an
# admission. On the original text.
_REASON: Final = re.compile(r"\s*(?:ので|から|ため|んで|し、|ため、)")
# Copies taken out of a service: converted, recorded, downloaded (on the fold).
_RIPPED: Final = re.compile(
    r"(?:mp3|mp4|wav|flac|aac|m4a)(?:に|へ)?(?:変換|化)|に変換して|に変換した|録音して|録音した"
    r"|dlして|だうんろどして|落として|落とした|ぶっこ抜|吸い出"
)


def _lawful(ctx: Context) -> bool:
    """True when a lawful source is named; 非公式サイト is the opposite of 公式サイト."""
    folded = ctx.folded
    # A lawful service's works ripped and passed on ("Spotifyの有料曲をMP3に変換して配布中") are
    # pirated copies all the same.
    if _OFFER in ctx.words and _RIPPED.search(folded) is not None:
        return False
    return any(folded[m.start - 1 : m.start] != "非" for m in ctx.matches(_LAWFUL))


def _find_piracy(ctx: Context) -> Sequence[Evidence]:
    """Pirated works linked, offered or asked for (禁止事項4(3))."""
    words = ctx.words
    if _GUARD in words:
        return ()
    if _PIRACY not in words and _FREE not in words and _CHANNEL not in words:
        return _pirate_site(ctx)
    if _LAWFUL in words and _lawful(ctx):
        return ()
    if _PIRACY in words:
        return (_evidence(ctx, ctx.matches(_PIRACY)),)
    free = _free_matches(ctx)
    if _WORKS not in words:
        return ()
    works = _works(ctx)
    if not works:
        return ()
    offered = _OFFER in words or _LINK.search(ctx.numbers) is not None
    if (
        free
        and (offered or any(m.term.startswith("有料") for m in works))
        and _free_work(ctx, works, free)
    ):
        return (_evidence(ctx, [*free, *ctx.matches(_OFFER)], _OFFERED),)
    if _CHANNEL in words and (offered or free):
        if all(m.term == "pdf" for m in works):
            return ()
        # An unofficial app's package ("非公式アプリ、APKはここから"), not a paid one given away:
        # a malware risk (4-7), not a pirated work.
        if "apk" in ctx.folded and all(m.term == "あぷり" for m in works):
            return ()
        return (_evidence(ctx, [*ctx.matches(_CHANNEL), *works], _INDIRECT),)
    return ()


def _pirate_site(ctx: Context) -> Sequence[Evidence]:
    """A work named beside a link whose host says what it is ("アニメ全話 anime-muryo.xyz",
    "問題集 … spi-pdf-free . com"): free copies or raw scans, not a lawful store."""
    numbers = ctx.numbers
    if _WORKS not in ctx.words or ("." not in numbers and "。" not in numbers):
        return ()
    site = _PIRATE_HOST.search(numbers)
    if site is None or (_LAWFUL in ctx.words and _lawful(ctx)):
        return ()
    works = _works(ctx)
    if not works:
        return ()
    return (_evidence(ctx, works, _INDIRECT),)


def _works(ctx: Context) -> list[Match[str]]:
    """The works named, less those inside an adult video's name (裏動画 is 4-4's, not a work)."""
    works = ctx.matches(_WORKS)
    if _ADULT not in ctx.words:
        return works
    return [
        w
        for w in works
        if not any(a.start <= w.start and w.end <= a.end for a in ctx.near(w.start, w.end, _ADULT))
    ]


def _free_matches(ctx: Context) -> list[Match[str]]:
    """The free-access words, less a price's tail ("300円で" holds "0円で", and is no gift)."""
    folded = ctx.folded
    return [
        m
        for m in ctx.matches(_FREE)
        if not (m.term[0].isdigit() and m.start > 0 and folded[m.start - 1].isdigit())
    ]


def _free_work(ctx: Context, named: list[Match[str]], free: list[Match[str]]) -> bool:
    """True when free access, a work and the offer stand within two sentences of each other.

    "写真貼っときます。無料で参加できるイベント。全話見ました" names all three across three
    sentences: the original text's sentence marks, which the fold dropped, tell them apart.
    """
    text = ctx.text
    works = [ctx.span(m.start, m.end) for m in named]
    # Offered by a link or as a paid work, the offer is the work itself.
    offers = [ctx.span(m.start, m.end) for m in ctx.matches(_OFFER)] or works
    for f in free:
        span = ctx.span(f.start, f.end)
        for w in works:
            for o in offers:
                lo = min(span.start, w.start, o.start)
                hi = max(span.end, w.end, o.end)
                if len(_SENTENCE_END.findall(text, lo, hi)) <= 1:
                    return True
    return False


def _find_repost(ctx: Context) -> Sequence[Evidence]:
    """Others' works reposted, reused or passed off by the commenter (禁止事項4(3))."""
    words = ctx.words
    if (
        _REPOST not in words
        and _SOURCE not in words
        and _REUSE not in words
        and _CAPTURE not in words
        and _UNLICENSED not in words
    ):
        return ()
    if _SUFFERED in words or (_GUARD in words and _guarded(ctx, _GUARD)):
        return ()
    if _REPOST in words:
        reposted = _own_acts(ctx, ctx.matches(_REPOST))
        if reposted:
            return (_evidence(ctx, reposted),)
    if _REQUEST in words or _QUESTION.search(ctx.text):
        return ()
    if _REUSE in words and _MATERIAL in words:
        reused = _own_acts(ctx, ctx.matches(_REUSE))
        if reused:
            return (_evidence(ctx, reused, _INDIRECT),)
    if _SOURCE in words and _SPREAD in words:
        return (_evidence(ctx, ctx.matches(_SOURCE, _SPREAD), _INDIRECT),)
    if _CAPTURE in words and _OTHERS in words and _UPLOAD in words:
        found = _copied_and_spread(ctx)
        if found:
            return found
    if _UNLICENSED in words and _EXPLOIT in words and _CREATIVE in words:
        return _used_without_leave(ctx)
    return ()


def _own_acts(ctx: Context, acts: list[Match[str]]) -> list[Match[str]]:
    """The *acts* the commenter tells as their own: not denied, forbidden, asked about,
    suffered or told of someone else (勝手に使ってる人がいるらしい, 使ったらまずい)."""
    text = ctx.text
    own = []
    for a in acts:
        end = ctx.span(a.start, a.end).end
        if _NOT_OWN_ACT.match(text, end):
            continue
        # "許可はもらってないので載せません": no leave given as the reason not to post.
        if a.term.startswith("許可") and _REASON.match(text, end):
            continue
        own.append(a)
    return own


def _copied_and_spread(ctx: Context) -> Sequence[Evidence]:
    """Someone else's work copied and then uploaded or sold ("番組録画してyoutubeに上げた")."""
    for c in ctx.matches(_CAPTURE):
        # 本を + を自炊して share their を: the work may end one character into the copy.
        before = [
            o
            for o in ctx.near(c.start - _COPY_REACH, c.start + 1, _OTHERS)
            if o.start < c.start and -1 <= c.start - o.end <= _COPY_REACH
        ]
        after = [
            u
            for u in ctx.near(c.end, c.end + _COPY_REACH + 1, _UPLOAD)
            if 0 <= u.start - c.end <= _COPY_REACH
        ]
        if before and after:
            return (_evidence(ctx, [before[-1], c, after[0]], _INDIRECT),)
    return ()


def _used_without_leave(ctx: Context) -> Sequence[Evidence]:
    """A work made into goods, sold, handed out or posted by a commenter who admits no leave.

    "ロゴ入りTシャツ、勝手に作って売ってます": the admission (勝手に) and the act (作って売)
    stand within a sentence of each other, a work (ロゴ) close by; the act is the commenter's
    own, not denied, forbidden, asked about, suffered or told of someone else.
    """
    # One's own work or child's drawing (うちの子の絵、勝手に応募しちゃった) is the commenter's.
    if _SELF in ctx.words and _guarded(ctx, _SELF):
        return ()
    text = ctx.text
    for a in ctx.matches(_UNLICENSED):
        admission = ctx.span(a.start, a.end)
        if _OTHER_SUBJECT.search(text, max(0, admission.start - 4), admission.start):
            continue
        acts = ctx.near(a.start - _USE_REACH, a.end + _USE_REACH, _EXPLOIT)
        for act in _own_acts(ctx, acts):
            done = ctx.span(act.start, act.end)
            if _SENTENCE_END.search(
                text, min(admission.start, done.start), max(admission.end, done.end)
            ):
                continue
            lo, hi = min(a.start, act.start), max(a.end, act.end)
            for w in ctx.near(lo - _WORK_REACH, hi + _WORK_REACH, _CREATIVE):
                work = ctx.span(w.start, w.end)
                span_lo, span_hi = min(work.start, admission.start), max(work.end, done.end)
                if len(_SENTENCE_END.findall(text, span_lo, span_hi)) <= 1:
                    return (_evidence(ctx, [w, a, act], _INDIRECT),)
    return ()


def _find_counterfeit(ctx: Context) -> Sequence[Evidence]:
    """Counterfeit goods named or offered (禁止事項4(3))."""
    words = ctx.words
    if (_COUNTERFEIT not in words and _COUNTERFEIT_WEAK not in words) or _GUARD in words:
        return ()
    if _COUNTERFEIT in words:
        return (_evidence(ctx, ctx.matches(_COUNTERFEIT)),)
    if _COUNTERFEIT_SALE not in words:
        return ()
    weak = ctx.matches(_COUNTERFEIT_WEAK)
    if _BRANDS in words or any(m.term in _FAKE for m in weak):
        return (_evidence(ctx, weak, _INDIRECT),)
    return ()


def _find_portrait(ctx: Context) -> Sequence[Evidence]:
    """Someone's face posted without consent (禁止事項4(3); 肖像権)."""
    words = ctx.words
    if _FACE not in words and _FACE_STRONG not in words and _COVERT not in words:
        return ()
    if _PUBLISH not in words and _LINK.search(ctx.numbers) is None:
        return ()
    if _REQUEST in words or _SUFFERED in words:
        return ()
    if (_GUARD in words or _SELF in words) and _guarded(ctx, _GUARD, _SELF):
        return ()
    if _FACE_STRONG in words or _COVERT in words or _NO_CONSENT in words or _UNLICENSED in words:
        return (_evidence(ctx, ctx.matches(_FACE_STRONG, _FACE, _COVERT)),)
    return ()


# Confidence levels (data/rules/intellectual_property.toml [levels]).
_OFFERED: Final = "offered"
_INDIRECT: Final = "indirect"
LEVELS: Final = frozenset((_OFFERED, _INDIRECT))

DETECTORS: Final[Mapping[str, Detector]] = {
    "ip.piracy": _find_piracy,
    "ip.unauthorised_repost": _find_repost,
    "ip.counterfeit": _find_counterfeit,
    "ip.portrait": _find_portrait,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    # A piracy word, or a work with free access or a channel: free access or a channel suffices.
    # A work beside a pirate site's host needs a work word too.
    "ip.piracy": Trigger(words={_PIRACY, _FREE, _CHANNEL, _WORKS}),
    # A repost word, or one of four pairings; the rarest list of each is named.
    "ip.unauthorised_repost": Trigger(words={_REPOST, _REUSE, _SOURCE, _CAPTURE, _UNLICENSED}),
    "ip.counterfeit": Trigger(words={_COUNTERFEIT, _COUNTERFEIT_WEAK}),
    # A strong face word, a covert photo, or a face posted without consent: the face suffices.
    "ip.portrait": Trigger(words={_FACE, _FACE_STRONG, _COVERT}),
}
WORD_LISTS: Final[tuple[str, ...]] = (
    _PIRACY,
    _FREE,
    _OFFER,
    _CHANNEL,
    _WORKS,
    _LAWFUL,
    _REPOST,
    _REUSE,
    _MATERIAL,
    _SOURCE,
    _SPREAD,
    _GUARD,
    _REQUEST,
    _COUNTERFEIT,
    _COUNTERFEIT_WEAK,
    _COUNTERFEIT_SALE,
    _BRANDS,
    _FACE,
    _FACE_STRONG,
    _PUBLISH,
    _NO_CONSENT,
    _SELF,
    _COVERT,
    _CAPTURE,
    _OTHERS,
    _UPLOAD,
    _UNLICENSED,
    _EXPLOIT,
    _CREATIVE,
    _ADULT,
    _SUFFERED,
)
ALLOWED_LISTS: Final[tuple[str, ...]] = ("ip_allowed",)
