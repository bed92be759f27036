"""The public API: what the package exports, what stays in modules, and a light import."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kitami_policy

API_PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def _public_section() -> str:
    text = API_PAGE.read_text(encoding="utf-8")
    return text[text.index("## The public API") : text.index("### In their modules")]


def _module_section() -> str:
    text = API_PAGE.read_text(encoding="utf-8")
    return text[text.index("### In their modules") : text.index("Modules whose names start")]


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions (dunders among them).
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


class TestExports:
    """The package exports a small, sorted, documented set of names."""

    def test_every_name_resolves(self) -> None:
        """Each name in __all__ is an attribute of the package (lazy ones included)."""
        for name in kitami_policy.__all__:
            assert getattr(kitami_policy, name) is not None, name

    def test_all_is_sorted_and_unique(self) -> None:
        """__all__ is sorted (constants, classes, functions) and has no duplicates."""
        names = kitami_policy.__all__
        assert len(set(names)) == len(names)
        assert names == sorted(names, key=_isort_key)

    def test_docs_list_exactly_the_exports(self) -> None:
        """docs/api.md's public tables name every export, and nothing else."""
        listed = set(re.findall(r"^\| (.+?) \|", _public_section(), re.M)) - {"name", "---"}
        names = {n.strip("`") for cell in listed for n in cell.split(", ")}
        assert names == set(kitami_policy.__all__)

    def test_helpers_stay_importable_from_their_modules(self) -> None:
        """Every name docs/api.md places in a module is there, and is not exported."""
        for line in re.findall(r"`(kitami_policy\.[\w.]+)`: ([^;]+)", _module_section()):
            module = importlib.import_module(line[0])
            for name in re.findall(r"`(\w+)`", line[1]):
                assert hasattr(module, name), f"{line[0]}.{name}"
                assert name not in kitami_policy.__all__, name

    def test_unknown_name(self) -> None:
        """An unknown attribute is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="NoSuchThing"):
            kitami_policy.NoSuchThing  # noqa: B018

    def test_engine_names_are_exported(self) -> None:
        """The engine and rule sets are reachable from the package root."""
        assert kitami_policy.Engine.default().policy is kitami_policy.KITAMI
        assert len(kitami_policy.RuleSet.bundled()) == len(kitami_policy.Engine.default().rules)


def test_import_is_light() -> None:
    """`import kitami_policy` loads neither the engine nor jpholiday nor dateutil's parser."""
    code = (
        "import sys, kitami_policy; "
        "heavy = [m for m in ('kitami_policy.engine', 'kitami_policy.ruleset', 'jpholiday', "
        "'dateutil.parser') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
