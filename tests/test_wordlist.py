"""Tests for kitami_policy._wordlist: parsing and loading word lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitami_policy import _wordlist
from kitami_policy._wordlist import load_wordlist, read_wordlist

_SAMPLE = """\ufeff# Insults aimed at a person or the city (4-2).
ばか
  しね      # also 氏ね
#しね (commented out)

税金泥棒\t
C#
ばか
#副業
バカ
"""


class TestReadWordlist:
    """read_wordlist() parses one term per line."""

    def test_sample(self) -> None:
        """Comments, blank lines, whitespace and repeats go; order and spelling stay."""
        assert read_wordlist(_SAMPLE, source="sample") == ("ばか", "しね", "税金泥棒", "C#", "バカ")

    def test_empty_text(self) -> None:
        """An empty or comment-only list has no terms."""
        assert read_wordlist("", source="empty") == ()
        assert read_wordlist("# nothing yet\n\n", source="empty") == ()

    def test_crlf_line_ends(self) -> None:
        """Windows line ends are read like Unix ones."""
        assert read_wordlist("ばか\r\nしね\r\n", source="windows") == ("ばか", "しね")

    def test_inner_spaces_are_kept(self) -> None:
        """A space inside a term is part of it (the automaton's fold drops it later)."""
        assert read_wordlist("line 追加\n", source="ads") == ("line 追加",)

    @pytest.mark.parametrize("line", ["ばか\tしね", "し\x00ね", "し\ud800ね"])
    def test_control_characters_are_refused(self, line: str) -> None:
        """A control character or lone surrogate inside a term names the source and line."""
        with pytest.raises(ValueError, match=r"insults\.txt, line 2: term"):
            read_wordlist(f"# header\n{line}\n", source="insults.txt")


class TestLoadWordlist:
    """load_wordlist() reads kitami_policy/data/words/<name>.txt."""

    @pytest.fixture
    def package(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """A stand-in package folder, so tests do not depend on the shipped lists."""
        words = tmp_path / "data" / "words"
        words.mkdir(parents=True)
        monkeypatch.setattr(_wordlist, "files", lambda package: tmp_path)
        return words

    def test_loads_a_list(self, package: Path) -> None:
        """A list file is read as UTF-8 and parsed."""
        (package / "insults.txt").write_text(_SAMPLE, encoding="utf-8")
        assert load_wordlist("insults") == ("ばか", "しね", "税金泥棒", "C#", "バカ")

    def test_missing_list(self, package: Path) -> None:
        """A missing list raises LookupError naming the expected path."""
        with pytest.raises(LookupError, match=r"kitami_policy/data/words/nothing\.txt"):
            load_wordlist("nothing")

    def test_not_utf8(self, package: Path) -> None:
        """A file in another encoding is refused with a hint."""
        (package / "sjis.txt").write_bytes("ばか\n".encode("shift_jis"))
        with pytest.raises(ValueError, match="not valid UTF-8"):
            load_wordlist("sjis")

    @pytest.mark.parametrize("name", ["", "../policy", "insults.txt", "Insults", "a/b"])
    def test_bad_names(self, name: str) -> None:
        """Names that are paths, carry an extension or are empty are refused."""
        with pytest.raises(ValueError, match="not a plain name"):
            load_wordlist(name)

    def test_real_package_lookup(self) -> None:
        """Without the stand-in, an unknown list is looked up in the package and not found."""
        with pytest.raises(LookupError, match="no word list named 'no-such-list'"):
            load_wordlist("no-such-list")
