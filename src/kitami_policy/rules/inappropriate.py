"""Clause 4-9: その他北見市が不適切と判断するもの (otherwise inappropriate).

CLAUSES.md reads 4-9 as two things. First, the operator's own NG words: a list the operator
supplies at run time, which the engine compiles into its automaton under the list name
:data:`kitami_policy.rules.base.NG_WORDS` and matches after normalisation; every match is reported.
Second, content that carries no meaning at all: keyboard mash ("asdfghjkl", "ふじこlp") and
walls of one character or emoji ("ああああああああああ", "😡😡😡😡😡😡😡😡"). Meaningless-text
rules are review-flagged: a person confirms before anything beyond ``hide``.

What it does NOT cover: anything merely unusual, short replies ("ありがとうございます", "👍",
"www", "草"), a comment with real words and a few emoji, "！！！" after a sentence. A comment
is meaningless only when the mash or the wall is (nearly) all of it.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Mapping
from typing import Final

from kitami_policy.findings import Span
from kitami_policy.rules.base import ALWAYS, NG_WORDS, Context, Detector, Evidence, Trigger

__all__ = ["ALLOWED_LISTS", "DETECTORS", "TRIGGERS", "WORD_LISTS"]

_MASH: Final = "inappropriate_mash"

# A wall: at least this many of one character, making up this share of the comment.
_WALL_MIN: Final = 8
_WALL_SHARE: Final = 0.8
# A longer wall may mix a few characters ("😂😂🤣🤣…", "ああああ😡😡😡😡"): the fold has already
# shown that it holds no word.
_MIXED_WALL_MIN: Final = 10
_MIXED_WALL_KINDS: Final = 3
# Invisible parts of emoji sequences, which do not count as characters of a wall.
_INVISIBLE: Final = frozenset("\u200d\ufe0e\ufe0f\u20e3") | frozenset(
    chr(c) for c in range(0x1F3FB, 0x1F400)
)

# Keyboard mash: a token that walks along a keyboard row, or Latin letters without vowels.
_KEY_ROWS: Final = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    # Walks down the columns ("qazwsxedc").
    "qaz",
    "wsx",
    "edc",
    "rfv",
    "tgb",
    "yhn",
    "ujm",
    "ik",
    "ol",
    # The JIS kana layout, folded to hiragana.
    "ぬふあうえおやゆよわほへ",
    "たていすかんなにらせ",
    "ちとしはきくまのりれけむ",
    "つさそひこみもねるめろ",
    # Reciting the alphabet or the kana table in order carries no meaning either.
    "abcdefghijklmnopqrstuvwxyz",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
)
_NEIGHBOURS: Final = frozenset(
    pair for row in _KEY_ROWS for a, b in itertools.pairwise(row) for pair in (a + b, b + a)
)
_MASH_TOKEN_MIN: Final = 5
# Latin runs of three letters count towards the mash ("ああｓｄｆｊｋｌ；あｓｄｆ"), kana runs
# of five; one mash token must be at least _MASH_TOKEN_MIN long.
_TOKEN: Final = re.compile(r"(?<![@#a-z0-9_])[a-z]{3,}(?![a-z0-9_])|[ぁ-ゖ]{5,}")
_ROW_WALK_SHARE: Final = 0.7
_VOWELLESS_MIN: Final = 7
_VOWEL_SHARE: Final = 0.15
_VOWELS: Final = "aeiouy"
# Longer runs are sentences whose spaces the fold removed, not a walk along the keys.
_ROW_WALK_MAX: Final = 24
# Mash must make up this share of the folded comment: "asdf" in a sentence is not meaningless.
_MASH_SHARE: Final = 0.6
# Small kana alone ("っっっっっ", "ぁぁぁぁ") fold to one character and spell nothing.
_SMALL_KANA_CHARS: Final = "ぁぃぅぇぉっゃゅょゎ"
_SMALL_KANA_MIN: Final = 4
# A short unit typed again and again ("あいあいあいあい", "ぱぴぷぺぽぱぴぷぺぽ", "asas asas"):
# the fold has shortened runs of one character, so these are the walls it leaves.
_REPEATED_UNIT: Final = re.compile(r"(.{2,5}?)\1{3,}")
_REPEAT_SHARE: Final = 0.8
_REPEAT_MIN: Final = 10
# Random kana ("ぬらへしゅめこぬらへ"): a long run of hiragana in which hardly a pair of
# neighbours is one that Japanese writing uses all the time.
_KANA_RUN: Final = re.compile(r"[ぁ-ゖ]{10,}")
_COMMON_KANA_PAIRS: Final = frozenset(
    [
        "です",
        "ます",
        "した",
        "して",
        "ない",
        "いる",
        "てる",
        "って",
        "から",
        "まし",
        "ので",
        "けど",
        "ある",
        "する",
        "よね",
        "だよ",
        "だね",
        "ござ",
        "がと",
        "りが",
        "とう",
        "ざい",
        "さい",
        "くだ",
        "ださ",
        "たい",
        "たの",
        "しい",
        "しみ",
        "かっ",
        "った",
        "おも",
        "もい",
        "いま",
        "すご",
        "ごい",
        "すね",
        "よろ",
        "ろし",
        "しく",
        "おね",
        "ねが",
        "がい",
        "あり",
        "おつ",
        "つか",
        "かれ",
        "れさ",
        "さま",
        "まで",
        "でし",
        "あい",
        "いう",
        "うの",
        "のは",
        "こん",
        "んに",
        "にち",
        "ちは",
        "ばん",
        "んは",
        "おは",
        "はよ",
        "よう",
        "なる",
        "るほ",
        "ほど",
        "どう",
        "そう",
        "うで",
        "でも",
        "もう",
        "いや",
        "やっ",
        "っぱ",
        "ぱり",
        "わか",
        "かる",
        "かり",
        "りま",
        "きた",
        "たよ",
        "いね",
        "のか",
        "かな",
        "だっ",
        "こと",
        "とが",
        "がで",
        "でき",
        "きる",
        "れる",
        "られ",
        "せん",
        "んで",
        "いで",
        "はい",
        "いい",
        "うれ",
        "れし",
        "たか",
        "かた",
        "ちゃ",
        "きょ",
        "ょう",
        "うは",
        "はた",
        "のし",
        "しか",
        "てい",
        "にな",
        "なっ",
        "とこ",
        "ころ",
        "まつ",
        "つり",
        "ゆき",
        "みん",
        "んな",
        "なで",
        "がん",
        "んば",
        "ばっ",
        "ばり",
        "しょ",
        "じゃ",
        "それ",
        "これ",
        "あれ",
        "その",
        "この",
        "まだ",
        "また",
        "ほん",
        "んと",
        "とに",
    ]
)
_COMMON_PAIR_SHARE: Final = 0.15
# Symbols and emoji alone may mix a few more kinds in a wall ("！？！？…", "。、。、…").
_SYMBOL_WALL_MIN: Final = 12
_SYMBOL_WALL_KINDS: Final = 4
_NOTHING: Final[tuple[Evidence, ...]] = ()
# One kana held down for most of a short comment after a syllable or two ("じょぼぼぼぼぼ…").
_KANA_STRETCH: Final = re.compile(r"([ぁ-ゖァ-ヺｦ-ﾝ])\1{9,}")
_STRETCH_FOLDED_MAX: Final = 4
_STRETCH_SHARE: Final = 0.7
# Keyboard mash typed in kana mode: Latin letters the IME could not convert between random
# kana ("あｆじぇいｗｆじょいあｊｆ"). Nothing but Latin letters and hiragana, switching often.
_LATIN_KANA_ONLY: Final = re.compile(r"[a-zぁ-ゖ]{8,}")
_LATIN_RUN: Final = re.compile(r"[a-z]+")
_LATIN_KANA_RUNS: Final = 3
# Home-row letters with hardly a vowel ("fjdksl", "jfkdlsa"): no word the city reads.
_HOME_ROW_MASH: Final = re.compile(r"[asdfghjkl]{5,}")
_KANJI: Final = re.compile(r"[\u4e00-\u9fff]")
_URL: Final = re.compile(r"https?://|www\.|\.(?:com|net|jp|to|ly|me)\b", re.IGNORECASE)


def _find_ng_word(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: each occurrence of one of the operator's NG words (matched after normalisation)."""
    matches = ctx.words.get(NG_WORDS)
    if not matches:
        return _NOTHING
    return tuple(Evidence(spans=(ctx.span(m.start, m.end),)) for m in matches)


def _visible(text: str) -> list[tuple[int, str]]:
    """The characters of *text* a reader sees, with their offsets (no spaces, no joiners)."""
    return [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and ch not in _INVISIBLE]


def _find_wall(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: a wall of one character or emoji ("ああああああああああ", "ｗｗｗｗｗｗｗｗ").

    The fold shortens runs and drops emoji, so a wall folds to a character or two; the run
    lengths are then read on the original text: one character repeated, or a longer run of a
    few mixed ("😂😂🤣🤣…"). A short laugh ("www"), "！！！" after a sentence or one word
    among emoji ("祝🎉🎉🎉…") is no wall.
    """
    if len(ctx.text) < _WALL_MIN:
        return _NOTHING
    if len(ctx.folded) > 2:
        return _stretched_wall(ctx)
    text = ctx.text
    # Counter and the regexes run in C: a megabyte-long wall costs milliseconds.
    counts = Counter(text)
    for ch in [ch for ch in counts if ch.isspace() or ch in _INVISIBLE]:
        del counts[ch]
    seen = sum(counts.values())
    if seen < _WALL_MIN:
        return _NOTHING
    top = counts.most_common(1)[0][1]
    one = top >= _WALL_MIN and top >= _WALL_SHARE * seen
    if any(counts[ch] < 2 and ch.isalnum() for ch in counts):
        return _NOTHING  # a lone letter is a word ("祝🎉🎉🎉…", "草🤣🤣🤣…"), not part of a wall
    mixed = seen >= _MIXED_WALL_MIN and len(counts) <= _MIXED_WALL_KINDS
    # Emoji and symbols alone, however many kinds ("🙃🧦🛸🧂🦷🪣🧦🛸…"), once they run long.
    if not ctx.folded and seen >= _MIXED_WALL_MIN:
        mixed = True
    if not ctx.folded and seen >= _SYMBOL_WALL_MIN and len(counts) <= _SYMBOL_WALL_KINDS:
        mixed = True
    if one or mixed:
        first = _first_visible(text)
        last = len(text) - _first_visible(text[::-1])
        return (Evidence(spans=(Span(first, last),)),)
    return _NOTHING


def _stretched_wall(ctx: Context) -> tuple[Evidence, ...]:
    """A kana held down after a syllable or two ("じょぼぼぼぼぼぼぼぼ", "ぐわああああああああ")."""
    if len(ctx.folded) > _STRETCH_FOLDED_MAX:
        return _NOTHING
    run = _KANA_STRETCH.search(ctx.text)
    if run is None or len(run[0]) < _STRETCH_SHARE * len(_visible(ctx.text)):
        return _NOTHING
    first = _first_visible(ctx.text)
    return (Evidence(spans=(Span(first, run.end()),)),)


def _first_visible(text: str) -> int:
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in _INVISIBLE:
            return i
    return len(text)  # pragma: no cover - callers know a visible character exists


def _is_mash(token: str) -> bool:
    """Tell whether a token walks a keyboard row or is Latin letters without vowels."""
    if token.isascii() and len(token) >= _VOWELLESS_MIN:
        vowels = sum(map(token.count, _VOWELS))
        if vowels < _VOWEL_SHARE * len(token):
            return True
    if _HOME_ROW_MASH.fullmatch(token) is not None and 5 * token.count("a") < len(token):
        return True
    if len(token) > _ROW_WALK_MAX:
        return False
    pairs = sum(map(_NEIGHBOURS.__contains__, map(operator.add, token, token[1:])))
    return pairs >= _ROW_WALK_SHARE * (len(token) - 1)


def _find_keyboard_mash(ctx: Context) -> tuple[Evidence, ...]:
    """4-9: keyboard mash ("asdfghjkl", "ふじこlp", "っっっっっ", random letters), a short
    unit typed over and over ("あいあいあいあいあい") and random kana ("ぬらへしゅめこぬらへ").

    The mash must be nearly all of the comment; links, mentions and hashtags are never mash.
    """
    words = ctx.words
    if _MASH in words:
        return (Evidence(spans=ctx.match_spans(words[_MASH])),)
    folded = ctx.folded
    if folded and not folded.strip(_SMALL_KANA_CHARS):
        seen = _visible(ctx.text)
        if len(seen) >= _SMALL_KANA_MIN:
            return (Evidence(spans=(Span(seen[0][0], seen[-1][0] + 1),)),)
        return _NOTHING
    if len(folded) < _MASH_TOKEN_MIN or _KANJI.search(folded) is not None:
        return _NOTHING  # mash is typed letter by letter: a kanji means a converted, real word
    middle = folded[len(folded) // 2]
    # A wall of repeats or a run of kana covers the middle of the comment: test it first.
    if len(folded) >= _REPEAT_MIN and (
        middle in folded[len(folded) // 2 + 2 : len(folded) // 2 + 6] or "ぁ" <= middle <= "ゖ"
    ):
        found = _repeated_or_random(ctx)
        if found is not None:
            return (Evidence(spans=(found,)),)
    if _LATIN_KANA_ONLY.fullmatch(folded) is not None:
        mixed = _latin_kana_mash(ctx)
        if mixed:
            return mixed
    # Cheap first: the tokens as strings, in C, before any per-token work.
    if sum(map(len, _TOKEN.findall(folded))) < _MASH_SHARE * len(folded):
        return _NOTHING
    if _URL.search(ctx.numbers):
        return _NOTHING
    mash = [m for m in _TOKEN.finditer(folded) if _is_mash(m[0])]
    covered = sum(len(m[0]) for m in mash)
    if any(len(m[0]) >= _MASH_TOKEN_MIN for m in mash) and covered >= _MASH_SHARE * len(folded):
        return (Evidence(spans=tuple(ctx.span(m.start(), m.end()) for m in mash)),)
    return _NOTHING


def _latin_kana_mash(ctx: Context) -> tuple[Evidence, ...]:
    """Latin letters and kana mixed at random: several Latin runs, at least two without a
    vowel, and kana that hardly ever form a pair Japanese writing uses ("あｆじぇいｗｆ…")."""
    folded = ctx.folded
    latin = _LATIN_RUN.findall(folded)
    if len(latin) < _LATIN_KANA_RUNS:
        return _NOTHING
    if sum(not any(v in run for v in _VOWELS) for run in latin) < 2:
        return _NOTHING
    kana = _LATIN_RUN.split(folded)
    pairs = [k[i : i + 2] for k in kana for i in range(len(k) - 1)]
    if sum(map(_COMMON_KANA_PAIRS.__contains__, pairs)) > _COMMON_PAIR_SHARE * len(pairs):
        return _NOTHING
    return (Evidence(spans=(ctx.span(0, len(folded)),)),)


def _repeated_or_random(ctx: Context) -> Span | None:
    """A short unit repeated over nearly all the comment, or a long run of random kana."""
    folded = ctx.folded
    # The repeats cover nearly all the comment, so they start within its first fifth: a few
    # anchored tries instead of a search that would try every position of a long text.
    for start in range(int(len(folded) * (1 - _REPEAT_SHARE)) + 1):
        found = _REPEATED_UNIT.match(folded, start)
        if found is not None and found.end() - start >= _REPEAT_SHARE * len(folded):
            return ctx.span(start, found.end())
    # Read on the original: katakana words fold to hiragana but are words all the same.
    run = _KANA_RUN.search(ctx.text)
    if run is not None and len(run[0]) >= _MASH_SHARE * len(folded):
        kana = run[0]
        common = sum(kana[i : i + 2] in _COMMON_KANA_PAIRS for i in range(len(kana) - 1))
        if common <= _COMMON_PAIR_SHARE * (len(kana) - 1):
            return Span(run.start(), run.end())
    return None


LEVELS: Final[frozenset[str]] = frozenset()
"""This family's evidence always carries its rule's own confidence."""

DETECTORS: Final[Mapping[str, Detector]] = {
    "ng.operator_word": _find_ng_word,
    "meaningless.keyboard_mash": _find_keyboard_mash,
    "meaningless.wall": _find_wall,
}
TRIGGERS: Final[Mapping[str, Trigger]] = {
    "ng.operator_word": Trigger(words={NG_WORDS}),
    # ALWAYS: kana mash, repeated units ("あいあいあいあい") and small-kana walls show no signal.
    "meaningless.keyboard_mash": ALWAYS,
    # ALWAYS: a wall of one kana or emoji ("ああああああああ", "😡😡😡…") shows no signal.
    "meaningless.wall": ALWAYS,
}
WORD_LISTS: Final[tuple[str, ...]] = (_MASH,)
ALLOWED_LISTS: Final[tuple[str, ...]] = ()
