"""Golden decisions: every development comment is decided as last accepted.

A rule change that moves any decision fails here until a person has read what moved
(``tests/corpus/golden.py diff``) and accepted it (``golden.py accept TOKEN``).
"""

from __future__ import annotations

import pytest

from kitami_policy.engine import Engine
from tests.corpus import golden


@pytest.mark.parametrize("name", sorted(golden.sets()))
def test_decisions_match_golden(engine: Engine, name: str) -> None:
    """The engine's decisions on the set equal the accepted golden decisions."""
    if not golden.available(name):
        pytest.skip(
            f"{name}: the real forum comments are not beside this checkout (../shared/real/, "
            "not redistributed); their golden decisions are checked where they are"
        )
    accepted = golden.stored(name)
    assert accepted, f"no golden decisions for {name}: run tests/corpus/golden.py diff"
    now = golden.current(name, engine)
    moved = golden.differences(accepted, now)
    assert not moved, (
        f"{len(moved)} decision(s) of {name} moved; read `tests/corpus/golden.py diff` and "
        "accept them if they are right:\n" + "\n".join(moved[:20])
    )


class TestDiffTools:
    """The diff and token that accepting new decisions relies on."""

    def test_differences_name_what_changed(self) -> None:
        """A changed clause list is reported with its before and after, by id."""
        old = {"c1": {"clauses": ["4-2"], "rules": ["a"], "actions": ["hide"]}}
        new = {"c1": {"clauses": [], "rules": [], "actions": ["keep"]}}
        (line,) = golden.differences(old, new)
        assert line.startswith("c1: clauses ['4-2'] -> []")

    def test_summary_counts_gains_and_losses(self) -> None:
        """Clauses gained and lost are counted per clause."""
        old: dict[str, dict[str, list[str]]] = {"a": {"clauses": ["4-2"]}, "b": {"clauses": []}}
        new: dict[str, dict[str, list[str]]] = {"a": {"clauses": []}, "b": {"clauses": ["4-4"]}}
        (line,) = golden.summary(old, new)
        assert "2 decision(s) changed" in line
        assert "gained {'4-4': 1}" in line
        assert "lost {'4-2': 1}" in line

    def test_token_depends_on_the_decisions(self) -> None:
        """Two different sets of decisions never share a token."""
        one = {"s": {"c": {"clauses": ["4-2"]}}}
        two = {"s": {"c": {"clauses": ["4-4"]}}}
        assert golden.token(one) != golden.token(two)

    def test_unchanged_decisions_are_not_reported(self) -> None:
        """Equal decisions produce no difference and no summary."""
        same = {"c": {"clauses": ["4-1"], "rules": ["pii.phone"]}}
        assert golden.differences(same, same) == []
        assert golden.summary(same, same) == []
