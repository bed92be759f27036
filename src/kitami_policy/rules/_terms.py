"""Word lists spelled as regular-expression alternatives, for the rules' guards.

A family keeps one set of word lists (``data/words/<name>.txt``): the engine's automaton matches
them on the folded text, which gates the family's detectors, and the detectors' patterns read
the same terms through :func:`pattern`, so the two never drift apart. A pattern runs on one form
of the comment, and each term is spelled for it:

- ``"fold"``: :func:`~kitami_policy._normalize.fold` of the term, so that every literal of a
  pattern that runs on the folded text is its own fold (a term whose fold it is not, such as
  はんまー, could never match there);
- ``"numbers"``: :func:`~kitami_policy._number_form.number_form` of the term (the long mark ー is
  ``-`` there, as in センタ-);
- ``"text"``: the term as written, with a long mark matching any of the dashes writers type for
  it (センター, センタ－, センタｰ).
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal

from kitami_policy._normalize import fold
from kitami_policy._number_form import number_form
from kitami_policy._wordlist import load_wordlist

__all__ = ["Form", "pattern", "terms"]

Form = Literal["fold", "numbers", "text"]
"""The form of the comment a pattern runs on."""

_LONG_MARKS: Final = "[ー－ｰ\\-]"


def terms(*names: str) -> tuple[str, ...]:
    """The terms of the named word lists, in file order, each once.

    Raises:
        LookupError: no bundled word list has one of the names.
    """
    return tuple(dict.fromkeys(term for name in names for term in load_wordlist(name)))


@functools.cache
def pattern(*names: str, form: Form) -> str:
    """An alternation of the named lists' terms spelled for *form*, longest first, as a
    non-capturing group ready to sit inside a larger pattern.

    >>> pattern("pii_home_mark", form="fold")
    '(?:あいつ|こいつ|そいつ|住所|個人|実家|携帯|自宅|家)'
    """
    spelled: dict[str, None] = {}
    for term in terms(*names):
        if form == "fold":
            spelled.setdefault(re.escape(fold(term)))
        elif form == "numbers":
            spelled.setdefault(re.escape(number_form(term)))
        else:
            spelled.setdefault(re.escape(term).replace("ー", _LONG_MARKS))
    ordered = sorted((s for s in spelled if s), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(ordered) + ")"
