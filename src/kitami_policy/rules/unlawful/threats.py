"""Clause 4-4, threats of violence (``law.threat``; 脅迫, Penal Code art. 222).

A verb of violence aimed at a person, a place or anything taken as its object, or after a
resolve ("今度会ったら刺す"); a verb of harm with an auxiliary of intent ("殴ってくるわ"); a
weapon carried to a place or a person; a vehicle rammed into a place; something done at the
addressee's home or a visit announced at a named person's; a private life said to be known;
weapon emoji aimed at a person or place; romaji threats on an all-ASCII fold. Damage and
poison threatened are read in :mod:`~kitami_policy.rules.unlawful.damage`. A threat quoted in
「」 or reported is left alone. How 4-4 is read: :mod:`kitami_policy.rules.unlawful`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kitami_policy._automaton import Match
from kitami_policy._normalize import fold
from kitami_policy.rules._overlap import position_in
from kitami_policy.rules._terms import pattern, terms
from kitami_policy.rules.base import Context, Evidence
from kitami_policy.rules.unlawful.damage import damage_threats, poison_threats
from kitami_policy.rules.unlawful.english import english_threats
from kitami_policy.rules.unlawful.grammar import (
    INTENT,
    MENTIONED,
    OBJECT,
    against_nonhuman,
    aimed_at_place,
    ends_in_separator,
    evidence_over,
)
from kitami_policy.rules.unlawful.lists import (
    ARMED,
    DAMAGE,
    GROUPS,
    HARM,
    KILL,
    PLACES,
    POISON,
    PRIVATE_LIFE,
    REPORT,
    SUPPLY,
    TARGETS,
    THREAT,
)

__all__ = ["FOLDED_PATTERNS", "LEVELS", "WORD_LISTS", "find_threats"]


# The patterns here run on the folded text; their words come from the word lists (spelled as the
# fold spells them, rules/_terms.py) and their grammar (particles, verb endings) is written out.
def _words(*names: str) -> str:
    return pattern(*names, form="fold")


# Verbs that are threats only with a person named: 消す, 埋める take any object.
_TARGET_ONLY: Final = frozenset(fold(term) for term in terms("unlawful_target_only"))
# Anything as the object of the verb ("田中を刺す", "あの店主をぶん殴る"); pests, breath and
# the town are set aside by unlawful_nonhuman.txt.
_ANY_OBJECT: Final = re.compile(rf"を{_words('unlawful_resolve', 'unlawful_resolve_object')}?$")
# A resolve word right before the verb: a threat even without a named object.
_RESOLVE: Final = re.compile(
    rf"(?:^|{_words('unlawful_resolve', 'unlawful_resolve_aim', 'unlawful_resolve_when')}"
    rf"|{_words('unlawful_means')}で)(?:を|も|ら)?$"
)
# After the verb: the clause ends there ("市長を殺す。", "刺すから"), not "襲うクマ".
_CLAUSE_END: Final = re.compile(
    r"(?:$|ぞ|ぜ|から|わ|よ|ね|し(?!か)|w|草|かな|か|つもり|予定|日|って決め|べき|しか"
    r"|気|っ|で(?:す|しょ)|ま(?:す|しょ)|やろ|ど|ほかな|しかな|しかね)"
)
# After a weapon carried: a resolve or a destination ("包丁持って行くから待ってろ").
_ARMED_END: Final = re.compile(r"(?:行|い)?(?:く|き|っ)?(?:ぞ|からな|から待|て待|て行くぞ|てくぞ)")
# Why someone carries a knife or a bat for a good reason.
_ARMED_INNOCENT: Final = re.compile(_words("unlawful_armed_innocent"))
# Waiting for someone somewhere, before the weapon ("会場で待ってるよ。金属バット持ってな").
_WAITING: Final = re.compile(r"待って(?:る|ろ|いる|います)|待ってるから|待ち伏せ")
_ARMED_GO: Final = re.compile(_words("unlawful_armed_go"))
# The first half of a compound verb of killing ("ひき殺す", "轢き〇す", "しめころす"): a
# resolve or a person before it aims the whole verb.
_KILL_PREFIX: Final = re.compile(rf"{_words('unlawful_kill_prefix')}$")
# Kansai "end up" auxiliaries: intent with violence (いてまう), not with damage (壊してまう).
_VIOLENT_INTENT: Final = re.compile(r"(?:て|で)(?:まう|もうた|こます)")
# Something done at the addressee's home ("お前らの家にクマ放してやろうか"): a veiled threat.
_AT_YOUR_HOME: Final = re.compile(
    rf"{_words('unlawful_you')}(?:ら|たち|達|ん)?(?:の|ん)?(?:家|自宅|実家|職場)"
    rf"(?:に|へ|まで).{{0,14}}?{_words('unlawful_home_intent')}"
)
# Romaji threats, read on the all-ASCII fold (spaces gone, runs of one letter shortened).
_ROMAJI_THREAT: Final = re.compile(
    r"kor[o0]s(?:u|hi|i|e)|bukor|butkor|moyas(?:u|hi|i)|hiwotsuke|hiwotuke|hitsuke(?:ru|te)"
    r"|houka(?:su|shi|si)|bakuha(?:su|shi|si)|bakudan(?:wo)?(?:shikake|sikake|oi)"
    r"|(?:jin|zin)(?:wa|ha)?\w{0,12}(?:deteike|deteke|kaere|kuninikaere)"
    r"|nagur(?:u|ita)zo|sas(?:u|hi)zo|korosuzo"
)
# Weapon emoji: fold drops emoji, so they are read off the original text.
_WEAPON_EMOJI_CHARS: Final = ("\U0001f52a", "\U0001f5e1", "\U0001f52b", "\U0001f4a3", "\U0001f9e8")
_WEAPON_EMOJI: Final = re.compile("[" + "".join(_WEAPON_EMOJI_CHARS) + "]")
# The places a home threat is made at ("お前の家に…").
_HOMES: Final = frozenset(("家", "自宅"))
# Between a person and their home ("担当の皆さまのご自宅", "市長さんの家").
_WHOSE_HOME: Final = re.compile(
    rf"(?:さん|様|さま|ども|ら|たち|達)?の(?:{_words('unlawful_everyone')}の)?(?:ご|お)?$"
)
# After a person's home: a visit announced, politely or not ("ご自宅へ一軒ずつご挨拶に伺います").
_VISIT_HOME: Final = re.compile(
    rf"(?:へ|に|まで){_words('unlawful_visit_how')}*(?:ご|お)?(?:挨拶|あいさつ)?に?"
    rf"(?:伺う(?:から|ね|ぞ|よ)|お邪魔する(?:から|ね|ぞ)|{_words('unlawful_visit')})"
)
# After someone's private life: found out, said as a threat ("家の場所わかってるからな",
# "お子さんがどこの学校に通ってるか、こっちはもう調べてありますからね").
_KNOWN: Final = re.compile(
    rf".{{0,24}}?(?:{_words('unlawful_known')}|調べ(?:は|も|が)ついて)"
    # て + いる, ある or おく: the knowing is done and kept.
    r"(?:い?(?:る|ます)|あ(?:る|ります)|お(?:ります|いた|きました))(?:ん|んだ|んです)?"
    r"(?:からな|からね|から$|ぞ|よな)"
)
WORD_LISTS: Final = (
    "unlawful_target_only",
    "unlawful_resolve",
    "unlawful_resolve_object",
    "unlawful_resolve_aim",
    "unlawful_resolve_when",
    "unlawful_means",
    "unlawful_armed_innocent",
    "unlawful_armed_go",
    "unlawful_kill_prefix",
    "unlawful_you",
    "unlawful_home_intent",
    "unlawful_everyone",
    "unlawful_visit_how",
    "unlawful_visit",
    "unlawful_known",
)
# A vehicle rammed into a place ("庁舎にトラックで突っ込む"), not a reported accident.
_RAM_PLACE: Final = re.compile(
    r"(?:に|へ)(?:車で|とらっくで|だんぷで|くるまで)?(?:突っ込|つっこ)"
    r"(?:む(?:ぞ|わ|から|つもり|予定|$)|ん(?:でやる|だる|だろ|でく)|みます|もう)"
)
# The patterns run on the folded text; each literal in them is its own fold.
FOLDED_PATTERNS: Final = (
    _ANY_OBJECT,
    _ARMED_END,
    _ARMED_GO,
    _ARMED_INNOCENT,
    _AT_YOUR_HOME,
    _CLAUSE_END,
    _KILL_PREFIX,
    _KNOWN,
    _RAM_PLACE,
    _RESOLVE,
    _ROMAJI_THREAT,
    _VIOLENT_INTENT,
    _VISIT_HOME,
    _WAITING,
    _WHOSE_HOME,
)
_NOT_AFTER_MARU: Final = frozenset("るれらり")


def _aimed_violence(ctx: Context, m: Match[str]) -> bool:
    """True when a verb of violence is aimed at a person, not at pests, breath or an umbrella."""
    folded = ctx.folded
    if _CLAUSE_END.match(folded, m.end) is None and not ends_in_separator(ctx, m):
        return False
    if m.term == "〇す" and folded[m.end : m.end + 1] in _NOT_AFTER_MARU:
        return False
    # A verb of killing read with the first half of its compound ("見つけたら轢き〇す"): the
    # resolve or the person stands before the whole verb.
    start = m.start
    if m.term.startswith(("殺", "ころ", "〇")):
        prefix = _KILL_PREFIX.search(folded, max(0, start - 3), start)
        if prefix is not None:
            start = prefix.start()
    if against_nonhuman(ctx, start):
        return False
    if _RESOLVE.search(folded, max(0, start - 8), start):
        return True
    for t in ctx.near(start - 24, start, TARGETS, GROUPS):
        if t.end <= start and OBJECT.fullmatch(folded, t.end, start):
            return True
    if m.term not in _TARGET_ONLY:
        for t in ctx.near(start - 12, start, PLACES):
            if t.end <= start and OBJECT.fullmatch(folded, t.end, start):
                return True
    return m.term not in _TARGET_ONLY and (
        _ANY_OBJECT.search(folded, max(0, start - 8), start) is not None
    )


def _harm_threats(ctx: Context) -> list[Match[str]]:
    """Verbs of violence with an auxiliary of intent ("殺してやろうか", "殴ってくるわ")."""
    folded = ctx.folded
    return [
        m
        for m in ctx.matches(HARM)
        if (INTENT.match(folded, m.end) or _VIOLENT_INTENT.match(folded, m.end))
        and not against_nonhuman(ctx, m.start)
        and not MENTIONED.search(folded, m.end, m.end + 8)
    ]


def find_threats(ctx: Context) -> Sequence[Evidence]:
    """Threats and incitement to violence (禁止事項4(4); 脅迫), in Japanese and English."""
    return [*english_threats(ctx), *_threats(ctx)]


def _threats(ctx: Context) -> Sequence[Evidence]:
    words = ctx.words
    if (
        TARGETS not in words
        and PLACES not in words
        and THREAT not in words
        and KILL not in words
        and ARMED not in words
        and HARM not in words
        and DAMAGE not in words
        and POISON not in words
        and SUPPLY not in words
        and PRIVATE_LIFE not in words
    ):
        return _romaji_threat(ctx) if ctx.folded.isascii() else ()
    if REPORT in words:
        return ()
    found: list[Match[str]] = []
    if THREAT in words or KILL in words:
        found += [
            m
            for m in ctx.matches(THREAT)
            if not MENTIONED.match(ctx.folded, m.end) and not against_nonhuman(ctx, m.start)
        ]
        found += [m for m in ctx.matches(KILL) if _aimed_violence(ctx, m)]
    if HARM in words:
        found += _harm_threats(ctx)
    if DAMAGE in words:
        found += damage_threats(ctx)
    if POISON in words or SUPPLY in words:
        found += poison_threats(ctx)
    if ARMED in words:
        found += [m for m in ctx.matches(ARMED) if _armed_threat(ctx, m)]
    if PLACES in words:
        if "突っ込" in ctx.folded or "つっこ" in ctx.folded:
            found += aimed_at_place(ctx, _RAM_PLACE)
        for p in words[PLACES]:
            if p.term in _HOMES and (
                _AT_YOUR_HOME.search(ctx.folded, max(0, p.start - 9), p.end + 24)
                or _home_visited(ctx, p)
            ):
                found.append(p)
    if PRIVATE_LIFE in words:
        found += [m for m in ctx.matches(PRIVATE_LIFE) if _KNOWN.match(ctx.folded, m.end)]
    if found and ("「" in ctx.text or "『" in ctx.text):
        found = [m for m in found if not _quoted(ctx, m)]
    if found:
        return (evidence_over(ctx, found),)
    return _emoji_threat(ctx)


def _home_visited(ctx: Context, home: Match[str]) -> bool:
    """True when a visit to a named person's home is announced ("ご自宅へ…伺います")."""
    folded = ctx.folded
    if _VISIT_HOME.match(folded, home.end) is None:
        return False
    return any(
        t.end <= home.start and _WHOSE_HOME.fullmatch(folded, t.end, home.start)
        for t in ctx.near(home.start - 16, home.start, TARGETS)
    )


def _quoted(ctx: Context, m: Match[str]) -> bool:
    """True when *m* stands inside 「」 or 『』: a threat quoted, reported or discussed."""
    span = ctx.span(m.start, m.end)
    text = ctx.text
    opening = max(text.rfind("「", 0, span.start), text.rfind("『", 0, span.start))
    if opening < 0:
        return False
    closing = max(text.rfind("」", 0, span.start), text.rfind("』", 0, span.start))
    return closing < opening and ("」" in text[span.end :] or "』" in text[span.end :])


def _romaji_threat(ctx: Context) -> Sequence[Evidence]:
    """Threats and hate written in romaji ("shichou wo korosu", "dete ike").

    The fold removes spaces, so romaji words touch and word-list terms stay silent; romaji
    comments are read here instead, on the folded text once it is all ASCII.
    """
    folded = ctx.folded
    hit = _ROMAJI_THREAT.search(folded)
    if hit is None:
        return ()
    return (Evidence(spans=(ctx.span(hit.start(), hit.end()),), level=_ROMAJI),)


def _armed_threat(ctx: Context, m: Match[str]) -> bool:
    """True when a weapon is carried to a place or person, or with a resolve after it."""
    folded = ctx.folded
    if _ARMED_END.match(folded, m.end):
        return True
    lo, hi = m.start - 20, m.end + 16
    if not ctx.near(lo, hi, PLACES, TARGETS) or _ARMED_INNOCENT.search(folded, max(0, lo), hi):
        return False
    return folded.startswith("って", m.end) or bool(
        _ARMED_GO.search(folded, m.end, m.end + 20) or _WAITING.search(folded, max(0, lo), m.start)
    )


def _emoji_threat(ctx: Context) -> Sequence[Evidence]:
    """Weapon emoji aimed at a person or place ("市長🔪🔪", "市役所💣")."""
    if TARGETS not in ctx.words and PLACES not in ctx.words:
        return ()
    text = ctx.text
    # A text without astral characters is stored narrow, where `in` fails at once: this
    # keeps the regular expression for the few comments that hold emoji.
    knife, dagger, gun, bomb, dynamite = _WEAPON_EMOJI_CHARS
    if not (knife in text or bomb in text or gun in text or dagger in text or dynamite in text):
        return ()
    hits = [h.start() for h in _WEAPON_EMOJI.finditer(text)]
    if not hits:
        return ()
    # A weapon emoji at most two characters after a target aims it.
    aimed = []
    for t in ctx.matches(TARGETS, PLACES):
        end = ctx.span(t.start, t.end).end
        if position_in(hits, end, end + 3):
            aimed.append(t)
    if not aimed and len(hits) < 3:
        return ()
    if not aimed:
        aimed = ctx.matches(TARGETS, PLACES)
    return (evidence_over(ctx, aimed, _EMOJI),)


# Confidence levels (data/rules/unlawful.toml [levels]).
_EMOJI: Final = "emoji"
_ROMAJI: Final = "romaji"
LEVELS: Final = frozenset((_EMOJI, _ROMAJI))
