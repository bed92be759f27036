"""The public API: every exported name resolves, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kitami_policy


class TestExports:
    def test_every_name_resolves(self) -> None:
        """Each name in __all__ is an attribute of the package (lazy ones included)."""
        for name in kitami_policy.__all__:
            assert getattr(kitami_policy, name) is not None, name

    def test_all_is_sorted_and_unique(self) -> None:
        """__all__ is sorted and has no duplicates."""
        assert len(set(kitami_policy.__all__)) == len(kitami_policy.__all__)

    def test_unknown_name(self) -> None:
        """An unknown attribute is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="NoSuchThing"):
            kitami_policy.NoSuchThing  # noqa: B018

    def test_engine_names_are_exported(self) -> None:
        """The engine is reachable from the package root."""
        assert kitami_policy.Engine.default().policy is kitami_policy.KITAMI


def test_import_is_light() -> None:
    """`import kitami_policy` loads neither the engine nor jpholiday nor dateutil's parser."""
    code = (
        "import sys, kitami_policy; "
        "heavy = [m for m in ('kitami_policy.engine', 'jpholiday', 'dateutil.parser') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
