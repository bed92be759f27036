"""Every shipped word list says where its terms come from (STYLE.md: data with its source noted)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import pytest

from kitami_policy._wordlist import read_wordlist

WORDS_DIR: Final = Path(__file__).parents[1] / "src" / "kitami_policy" / "data" / "words"
_LISTS: Final = tuple(sorted(WORDS_DIR.glob("*.txt")))
_SOURCE_LINE: Final = re.compile(r"# Source: \S")
_NO_SOURCE: Final = "a '# Source: ...' line saying where its terms come from"
_NO_TERM: Final = "at least one term"


def _missing(text: str, *, source: str) -> list[str]:
    """Return what a word list's text lacks: a line starting '# Source: ', or any term."""
    lines = text.removeprefix("\ufeff").splitlines()
    missing = []
    if not any(_SOURCE_LINE.match(line) for line in lines):
        missing.append(_NO_SOURCE)
    if not read_wordlist(text, source=source):
        missing.append(_NO_TERM)
    return missing


class TestWordListSources:
    """Each list in data/words names its source on a line of its own and holds terms."""

    @pytest.mark.parametrize("path", _LISTS, ids=lambda path: path.stem)
    def test_list_names_its_source_and_holds_terms(self, path: Path) -> None:
        """The list has a '# Source: ...' line and at least one term."""
        assert _missing(path.read_text(encoding="utf-8"), source=path.name) == []

    @pytest.mark.parametrize(
        "text",
        [
            "# Clause 4-2: insults.\nばか\n",
            "# Clause 4-2: insults. Source: CLAUSES.md 4-2, in the middle of a line.\nばか\n",
            "# Clause 4-2: insults.\n# Source:\nばか\n",
            "# Clause 4-2: insults.\n# source: CLAUSES.md 4-2\nばか\n",
        ],
        ids=["no-source", "source-mid-line", "source-empty", "source-lowercase"],
    )
    def test_list_without_a_source_line_fails(self, text: str) -> None:
        """A list whose only mention of a source is not a '# Source: ...' line is reported."""
        assert _missing(text, source="example.txt") == [_NO_SOURCE]
