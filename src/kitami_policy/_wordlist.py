"""Word lists: one term per line, as the rules' terms and the operator's NG words are kept.

A word list is a UTF-8 text file, so that whoever maintains it (a rule writer, the city's
operator for clause 4-9) can edit it without touching code::

    # Insults aimed at a person or the city (4-2).
    ばか
    しね      # also 氏ね and 4ね, listed on their own lines
    税金泥棒

``#`` opens a comment at the start of a line or after whitespace; a ``#`` inside a term (``C#``)
is kept. Blank lines are skipped, surrounding whitespace is stripped and a repeated term is
kept once, where it first appears. Terms are kept as written: the automaton folds them.
"""

from __future__ import annotations

import re
import unicodedata
from importlib.resources import files
from typing import Final

__all__ = ["load_wordlist", "read_wordlist"]

_COMMENT: Final = re.compile(r"(?:^|\s)#")
_NAME: Final = re.compile(r"[a-z0-9][a-z0-9_-]*")


def read_wordlist(text: str, *, source: str) -> tuple[str, ...]:
    """Return the terms of a word list given as text, in file order, without duplicates.

    Args:
        text: the list's contents (a leading byte-order mark is ignored).
        source: where the text came from, named in error messages.

    Raises:
        ValueError: a term holds a control character (a tab inside a term is most likely a
            pasted table) or a lone surrogate; the message names *source* and the line.

    >>> read_wordlist("# insults\\nばか\\n しね  # 4-2\\n\\nC#\\nばか\\n", source="example")
    ('ばか', 'しね', 'C#')
    """
    terms: dict[str, None] = {}
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        comment = _COMMENT.search(line)
        term = (line[: comment.start()] if comment else line).strip()
        if not term:
            continue
        for ch in term:
            if unicodedata.category(ch) in ("Cc", "Cs"):
                raise ValueError(
                    f"{source}, line {number}: term {term!r} holds {ch!r}, a control character "
                    "or lone surrogate; put one term per line and save the file as UTF-8"
                )
        terms.setdefault(term)
    return tuple(terms)


def load_wordlist(name: str) -> tuple[str, ...]:
    """Return the terms of the word list shipped as ``kitami_policy/data/words/<name>.txt``.

    Raises:
        ValueError: *name* is not a plain list name (lowercase letters, digits, ``-``, ``_``),
            or the file is not valid UTF-8 or holds a control character in a term.
        LookupError: the package holds no word list of that name.
    """
    if not _NAME.fullmatch(name):
        raise ValueError(
            f"word list name {name!r} is not a plain name; give the file name without "
            "'.txt' or a folder, in lowercase letters, digits, '-' and '_' (e.g. 'insults')"
        )
    where = f"kitami_policy/data/words/{name}.txt"
    resource = files("kitami_policy") / "data" / "words" / f"{name}.txt"
    if not resource.is_file():
        raise LookupError(f"no word list named {name!r}: expected the package data file {where}")
    try:
        text = resource.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{where} is not valid UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from None
    return read_wordlist(text, source=where)
