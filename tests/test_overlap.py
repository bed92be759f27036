"""Tests for kitami_policy.rules._overlap: the matches around a position, by bisection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kitami_policy._automaton import Match
from kitami_policy.rules._overlap import LONGEST_TERM, first_from, overlapping, position_in


@st.composite
def _matches(draw: st.DrawFn) -> list[Match[str]]:
    """Text-ordered matches of terms no longer than LONGEST_TERM, overlapping at will."""
    spans = draw(
        st.lists(st.tuples(st.integers(0, 300), st.integers(1, LONGEST_TERM)), max_size=30)
    )
    return sorted(Match(s, s + n, "t" * n, "p") for s, n in spans)


class TestOverlapping:
    @given(_matches(), st.integers(-80, 400), st.integers(0, 120))
    def test_same_as_testing_every_match(
        self, matches: list[Match[str]], lo: int, size: int
    ) -> None:
        hi = lo + size
        expected = [m for m in matches if m.end > lo and m.start < hi]
        assert list(overlapping(matches, lo, hi)) == expected

    def test_a_match_ending_at_lo_does_not_overlap(self) -> None:
        matches = [Match(0, 4, "tttt", "p"), Match(4, 6, "tt", "p")]
        assert list(overlapping(matches, 4, 5)) == [Match(4, 6, "tt", "p")]


class TestFirstFrom:
    @given(_matches(), st.integers(-10, 400))
    def test_the_first_starting_at_or_after(self, matches: list[Match[str]], position: int) -> None:
        i = first_from(matches, position)
        assert all(m.start < position for m in matches[:i])
        assert all(m.start >= position for m in matches[i:])


class TestPositionIn:
    @given(st.lists(st.integers(0, 50)), st.integers(-5, 55), st.integers(0, 10))
    def test_same_as_testing_every_position(self, positions: list[int], lo: int, size: int) -> None:
        positions.sort()
        expected = any(lo <= p < lo + size for p in positions)
        assert position_in(positions, lo, lo + size) == expected
