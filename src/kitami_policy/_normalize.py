"""Text normalisation: the folded form that word rules match on, with a map back to the original.

Japanese commenters dodge keyword filters with full-width and half-width forms, katakana for
hiragana, separators inside words, stretched vowels, zero-width characters and look-alike
letters from other scripts (CLAUSES.md, "Evasion the reading must survive"). :func:`fold`
undoes all of these at once, so that one word list entry catches every spelling:

>>> fold("ｼ・ﾈ\\u200bえええー！")
'しねえ'

What the fold keeps and drops, for whoever writes rules on it:

- kept: letters (kana, kanji, Latin, ...), digits, combining marks, ``@`` and ``#`` (mentions
  and hashtags; ``＃`` becomes ``#``);
- dropped: punctuation, symbols, emoji, spaces, controls, zero-width and other format
  characters, variation selectors and the long mark ``ー``. Emoji walls, URLs and e-mail
  addresses (whose ``.``, ``:`` and ``/`` are gone here) are for rules reading the original
  text or :func:`~kitami_policy._number_form.number_form`, never the fold;
- changed: NFKC forms (full-width, half-width, ``ｼﾞ`` → ``じ``, ``㈱`` → ``株``), katakana to
  hiragana, case folding, look-alike letters of Greek and Cyrillic to Latin;
- shortened: a run of one character, Latin letters included (``official`` → ``oficial``,
  ``ｗｗｗ`` → ``w``); digits are never shortened nor read as letters (``0`` stays ``0``).

Two paths give the same folded text. :func:`fold` is the fast one that runs on every comment;
:func:`normalize` also keeps, for each folded character, the span of the original that produced
it, and runs only when a rule has something to report. A property test pins their agreement.

How the fast path works: a table built once at import maps each character of the common blocks
(Latin, Greek, Cyrillic, kana, CJK, punctuation, symbols, full-width forms, emoji) straight to
its folded form, so a typical comment is folded by one ``str.translate`` and one regular
expression. Only characters outside the table (combining and half-width voiced marks, rare
scripts) send a text down the general route through NFKC and case folding. Everything the
table produces is a "starter" that NFKC never merges with what precedes it, which is what lets
:func:`normalize` fold a text piece by piece and still agree with :func:`fold`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from kitami_policy.errors import InvalidTextError, OutOfRangeError

__all__ = ["Normalized", "fold", "normalize"]


# --- what the fold does to single characters ------------------------------------------------

# Kept although they are punctuation: rules read mentions and hashtags off the fold.
_KEPT_SYMBOLS: Final = frozenset("@#")

# The long mark is a letter (Lm) to Unicode but only stretches a vowel: しねー reads as しね.
_LONG_MARK: Final = "\u30fc"

# Look-alike letters of other scripts, after case folding, read as the Latin letter they imitate
# (clause 4-5: kitаmi with a Cyrillic а is an impersonation of kitami). Where the lowercase and
# the capital of a letter imitate different Latin letters, the more convincing one wins
# (Greek ν reads v, η reads n).
_LOOKALIKES: Final = MappingProxyType({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "п": "n",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ѵ": "v", "ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "m",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    "ϳ": "j",
    # Latin letters outside ASCII that pass for ASCII ones
    "ı": "i", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ɪ": "i",
})  # fmt: skip

# How the fold table covers Unicode, block by block: "scan" looks at each character when the
# table is built; "drop" removes the whole block (symbols, punctuation, marks and invisible
# characters, plus the decorative dingbat digits ❶-➓); "keep" folds each character to itself.
# Characters outside these blocks fold through the general route (NFKC, case folding).
_SCAN, _DROP, _KEEP = "scan", "drop", "keep"
_BLOCKS: Final = (
    (0x0000, 0x02FF, _SCAN),  # ASCII, Latin-1, Latin Extended, IPA, spacing modifiers
    (0x0370, 0x052F, _SCAN),  # Greek, Cyrillic
    (0x2000, 0x206F, _DROP),  # general punctuation, spaces, zero-width and bidi controls
    (0x2070, 0x209F, _SCAN),  # superscripts and subscripts (⁰ ⁿ)
    (0x20A0, 0x20FF, _DROP),  # currency signs, combining marks for symbols
    (0x2100, 0x218F, _SCAN),  # letterlike symbols, number forms (℡ Ⅲ)
    (0x2190, 0x245F, _DROP),  # arrows, mathematical and technical symbols
    (0x2460, 0x24FF, _SCAN),  # enclosed alphanumerics (① ⓐ)
    (0x2500, 0x2BFF, _DROP),  # box drawing, shapes, symbols (★ ☆ ♪), dingbats, braille
    (0x2E00, 0x2E7F, _DROP),  # supplemental punctuation
    (0x3000, 0x30FF, _SCAN),  # CJK symbols and punctuation, hiragana, katakana
    (0x31F0, 0x33FF, _SCAN),  # katakana extensions, enclosed and squared CJK (㈱ ㌔ ㍻)
    (0x4E00, 0x9FFF, _KEEP),  # CJK unified ideographs
    (0xFE00, 0xFE0F, _DROP),  # variation selectors
    (0xFE10, 0xFE6F, _SCAN),  # vertical, compatibility and small forms
    (0xFF00, 0xFFEF, _SCAN),  # full-width and half-width forms
    (0xFFF9, 0xFFFD, _DROP),  # interlinear annotation, object and replacement characters
    (0x1F000, 0x1F0FF, _DROP),  # mahjong tiles, dominoes, playing cards
    (0x1F100, 0x1F2FF, _SCAN),  # enclosed alphanumerics and ideographs (🄰 🈚)
    (0x1F300, 0x1FAFF, _DROP),  # emoji and pictographs
    (0xE0000, 0xE007F, _DROP),  # tags (emoji flag sequences)
    (0xE0100, 0xE01EF, _DROP),  # variation selectors supplement
)


# Punctuation, symbols, spaces, controls and format characters (zero-width, bidi) are dropped.
_SEPARATOR_CATEGORIES: Final = frozenset(
    ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf")
)


def _is_separator(ch: str) -> bool:
    """Tell whether *ch* is dropped from the fold (it separates, decorates or is invisible)."""
    return unicodedata.category(ch) in _SEPARATOR_CATEGORIES and ch not in _KEPT_SYMBOLS


def _build_fold_table() -> Mapping[int, int | str | None]:
    """Build the fold table: each known character mapped to its folded form or ``None``.

    The table may only produce starters (combining class 0) that the table maps to themselves:
    those come out of the general route unchanged and NFKC never merges them with what stands
    before them. A character of a scanned block whose fold is anything else stays out.
    """
    table: dict[int, int | str | None] = {}
    compatibility: list[tuple[int, str]] = []
    for low, high, how in _BLOCKS:
        block = range(low, high + 1)
        if how == _DROP:
            table.update(dict.fromkeys(block))
            continue
        if how == _KEEP:
            # One int object serves as key and value: 21,000 ideographs cost no extra objects.
            table.update({code: code for code in block})
            continue
        # map() keeps the ~3,000 per-character Unicode look-ups in C: the import stays cheap.
        chars = list(map(chr, block))
        nfkc = map(functools.partial(unicodedata.normalize, "NFKC"), chars)
        for code, ch, folded in zip(block, chars, map(str.casefold, nfkc), strict=True):
            if folded != ch:
                compatibility.append((code, folded))
            elif unicodedata.category(ch) in _SEPARATOR_CATEGORIES:
                table[code] = code if ch in _KEPT_SYMBOLS else None
            elif ch == _LONG_MARK:
                table[code] = None
            elif 0x30A1 <= code <= 0x30F6 or code in (0x30FD, 0x30FE):
                table[code] = code - 0x60  # katakana to hiragana
            elif ch in _LOOKALIKES:
                table[code] = _LOOKALIKES[ch]
            elif not unicodedata.combining(ch):
                table[code] = code
    # Compatibility and capital letters fold through what their NFKC and case folding give.
    for code, folded in compatibility:
        out = folded.translate(table)
        if all(table.get(ord(c)) == ord(c) for c in out):
            table[code] = code if out == chr(code) else out or None
    return MappingProxyType(table)


def _class_of_others(known: Mapping[int, object]) -> re.Pattern[str]:
    """Compile a character class matching every code point that is not a key of *known*."""
    parts: list[str] = []
    for low, high, how in _BLOCKS:
        if how != _SCAN:
            parts.append(f"\\U{low:08x}-\\U{high:08x}")
            continue
        start = None
        for code in range(low, high + 2):
            if code <= high and code in known:
                if start is None:
                    start = code
            elif start is not None:
                parts.append(f"\\U{start:08x}-\\U{code - 1:08x}")
                start = None
    return re.compile("[^" + "".join(parts) + "]")


#: Each character of the common blocks mapped to its folded form (``None``: dropped).
_FOLD_TABLE: Final = _build_fold_table()

#: A character the table does not know; one in a text sends it down the general route.
_OFF_TABLE: Final = _class_of_others(_FOLD_TABLE)

_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _build_width_table(table: Mapping[int, int | str | None]) -> Mapping[int, str]:
    """Map each character of the fold table to how many characters it folds to, as a code."""
    return MappingProxyType(
        {
            code: "\x00" if out is None else "\x01" if isinstance(out, int) else chr(len(out))
            for code, out in table.items()
        }
    )


#: The length of each table character's fold, as a character (\x00 dropped, \x01 one, ...).
_WIDTH_TABLE: Final = _build_width_table(_FOLD_TABLE)

# After translation by _WIDTH_TABLE: a character folding to several, or one off the table.
_NOT_ONE_OR_NONE: Final = re.compile("[^\x00\x01]")

# A run of one character; the callback leaves runs of digits alone (a phone number's 000).
# The possessive ++ finds the same runs as + and spares the regex engine some backtracking.
_RUN: Final = re.compile(r"(.)\1++", re.DOTALL)

# Spacing dakuten and handakuten (゛゜) stand for the combining marks; NFKC would turn them
# into a space and a mark that can no longer join the kana (ハ゛カ must read as ばか).
_SPACING_MARKS: Final = str.maketrans("\u309b\u309c", "\u3099\u309a")


def _keep_one(match: re.Match[str]) -> str:
    ch = match[1]
    return match[0] if ch.isdecimal() else ch


def _drop_if_separator(match: re.Match[str]) -> str:
    ch = match[0]
    return "" if _is_separator(ch) else ch


def _refuse_surrogates(text: str) -> None:
    found = _SURROGATE.search(text)
    if found is not None:
        raise InvalidTextError(
            f"text holds a lone surrogate {found[0]!r} at index {found.start()}; "
            "decode the source with errors='replace' or fix its encoding before folding"
        )


def _fold_general(piece: str) -> str:
    """Fold table output that still holds characters the table does not know."""
    out = unicodedata.normalize("NFKC", piece.translate(_SPACING_MARKS))
    out = out.casefold().translate(_FOLD_TABLE)
    return _OFF_TABLE.sub(_drop_if_separator, out)


def fold(text: str) -> str:
    """Return the matching form of *text*: the form word lists and word rules are matched on.

    NFKC (full-width and half-width forms, ｼﾞ → じ), katakana to hiragana, case folding,
    look-alike letters of other scripts to Latin, then separators, symbols, emoji, long marks
    and zero-width characters dropped and a run of one letter shortened to that letter.
    Digits stay as they are. Terms given to :class:`~kitami_policy._automaton.Automaton` are
    folded the same way.

    Raises:
        InvalidTextError: (a ``ValueError``) *text* holds a lone surrogate.

    >>> fold("ＳＨＩＮＥ")
    'shine'
    >>> fold("死・ね"), fold("ﾊﾞｶ"), fold("ばかあああ"), fold("090-0000")
    ('死ね', 'ばか', 'ばかあ', '0900000')
    """
    out = text.translate(_FOLD_TABLE)
    if _OFF_TABLE.search(out) is not None:
        _refuse_surrogates(text)
        out = _fold_general(out)
    return _RUN.sub(_keep_one, out)


@attrs.frozen(repr=False)
class Normalized:
    """A text with its folded form and, for every folded character, where it came from.

    Build it with :func:`normalize`. The repr shows lengths only: a comment may hold personal
    data that no finding has masked yet.

    Attributes:
        original: the text as given.
        text: ``fold(original)``.
    """

    original: str
    text: str
    # Original span [start, end) behind each character of ``text``; arrays keep a megabyte of
    # text at 8 bytes per folded character. Private, never changed after construction.
    _starts: array[int] = attrs.field(eq=False)
    _ends: array[int] = attrs.field(eq=False)

    @_ends.validator
    def _check_lengths(self, attribute: attrs.Attribute[array[int]], value: array[int]) -> None:
        if not len(self._starts) == len(value) == len(self.text):
            raise ValueError("Normalized needs one start and one end per folded character")

    def __repr__(self) -> str:
        return f"<Normalized {len(self.original)} chars folded to {len(self.text)}>"

    def breaks(self, marks: re.Pattern[str]) -> tuple[int, ...]:
        """Folded offsets where a mark of the original (that the fold dropped) falls between
        two folded characters: the starts of the pieces the marks cut the folded text into.

        Sentence punctuation and line breaks are gone from the fold; rules that read a
        sentence at a time find its bounds here. Offsets are sorted, unique and strictly
        inside the folded text.

        >>> n = normalize("バカ。アホ! ね")
        >>> n.text, n.breaks(re.compile("[。! ]"))
        ('ばかあほね', (2, 4))
        """
        starts = self._starts
        found = {bisect.bisect_left(starts, mark.start()) for mark in marks.finditer(self.original)}
        return tuple(sorted(i for i in found if 0 < i < len(self.text)))

    def to_folded(self, position: int) -> int:
        """The folded offset of the first folded character produced at or after original
        *position* (``len(text)`` when none is).

        >>> normalize("し ね!").to_folded(2)
        1
        """
        return bisect.bisect_left(self._starts, position)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of :attr:`original` that produced ``text[start:end]``.

        The span runs from the first original character behind ``text[start]`` to the last one
        behind ``text[end - 1]``, so it also covers whatever the fold dropped between them.

        Raises:
            OutOfRangeError: (a ``ValueError``) the span is empty or not inside ``text``.

        >>> normalize("し ね!").to_original(0, 2)
        (0, 3)
        """
        if not 0 <= start < end <= len(self.text):
            raise OutOfRangeError(
                f"span [{start}, {end}) is empty or outside the folded text of length "
                f"{len(self.text)}; give 0 <= start < end <= {len(self.text)}"
            )
        return self._starts[start], self._ends[end - 1]


def normalize(text: str, folded: str | None = None) -> Normalized:
    """Fold *text* as :func:`fold` does, keeping the original span of each folded character.

    Slower than :func:`fold` (a Python loop over the text), so engines fold every comment and
    normalise only those with findings. A character produced from several original ones (ｶﾞ,
    a run ばかあああ) maps to all of them.

    Args:
        text: the text.
        folded: ``fold(text)``, when the caller has it already: most texts then need no
            second fold.

    Raises:
        InvalidTextError: (a ``ValueError``) *text* holds a lone surrogate.

    >>> n = normalize("ﾊﾞ・カ!!")
    >>> n.text, n.to_original(0, 1), n.to_original(1, 2)
    ('ばか', (0, 2), (3, 4))
    """
    fast = _normalize_by_table(text, folded)
    if fast is not None:
        return fast
    return _normalize_general(text)


def _normalize_by_table(text: str, folded: str | None = None) -> Normalized | None:
    """:func:`normalize` for texts the fold table maps one character to at most one.

    That is nearly every comment, and the offsets then come from C-level passes (translate,
    compress, a regex over the runs) instead of a Python loop over the text. Returns ``None``
    for any other text (a character off the table, or one that folds to several).
    """
    widths = text.translate(_WIDTH_TABLE)
    if _NOT_ONE_OR_NONE.search(widths) is not None:
        return None
    kept = widths.encode("latin-1")
    # Where each kept character starts, and (one further) where it ends, both chosen in C.
    starts = array("i", itertools.compress(range(len(text)), kept))
    ends = array("i", itertools.compress(range(1, len(text) + 1), kept))
    if folded is not None and len(folded) == len(starts):
        # The table gives one character for each it keeps; a fold as long shortened no run,
        # so it is the table's output itself and each character stands for its own.
        return Normalized(text, folded, starts, ends)
    out = text.translate(_FOLD_TABLE)
    runs = [run.span() for run in _RUN.finditer(out) if not run[1].isdecimal()]
    if not runs:
        return Normalized(text, out, starts, ends)
    # A run keeps its first character, which then stands for the whole run. The others are
    # marked and dropped in one pass (deleting them run by run would be quadratic).
    keep = bytearray(b"\x01") * len(out)
    for first, stop in runs:
        ends[first] = ends[stop - 1]
        keep[first + 1 : stop] = bytes(stop - first - 1)
    starts = array("i", itertools.compress(starts, keep))
    ends = array("i", itertools.compress(ends, keep))
    return Normalized(text, "".join(itertools.compress(out, keep)), starts, ends)


def _normalize_general(text: str) -> Normalized:
    """:func:`normalize` for any text: a loop that folds it unit by unit."""
    _refuse_surrogates(text)
    chars: list[str] = []
    starts: array[int] = array("i")
    ends: array[int] = array("i")
    # The text is cut into units: a character the table produced (the head) followed by the
    # characters the table does not know. NFKC cannot reach across a unit's start (the table
    # only produces starters), so folding unit by unit gives exactly what fold() gives.
    table_get = _FOLD_TABLE.get
    head = ""
    unknown: list[str] = []
    start = end = 0
    for i, ch in enumerate(text):
        out = table_get(ord(ch), -1)
        if out is None:
            continue
        if out == -1:
            if not head and not unknown:
                start = i
            unknown.append(ch)
            end = i + 1
            continue
        if unknown:
            _emit(chars, starts, ends, _fold_general(head + "".join(unknown)), start, end)
            unknown = []
        elif head:
            if chars and head == chars[-1] and not head.isdecimal():
                ends[-1] = end
            else:
                chars.append(head)
                starts.append(start)
                ends.append(end)
        if isinstance(out, int):
            head = chr(out)
        else:
            _emit(chars, starts, ends, out[:-1], i, i + 1)
            head = out[-1]
        start, end = i, i + 1
    _emit(
        chars, starts, ends, _fold_general(head + "".join(unknown)) if unknown else head, start, end
    )
    return Normalized(text, "".join(chars), starts, ends)


def _emit(
    chars: list[str], starts: array[int], ends: array[int], piece: str, start: int, end: int
) -> None:
    """Append *piece*, folded from ``original[start:end]``, shortening runs as fold() does."""
    for ch in piece:
        if chars and ch == chars[-1] and not ch.isdecimal():
            ends[-1] = end
        else:
            chars.append(ch)
            starts.append(start)
            ends.append(end)
