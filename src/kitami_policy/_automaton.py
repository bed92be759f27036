"""Aho-Corasick word matching over folded text, with allowed words that keep traps clean.

A word rule holds a list of terms (死ね, 殺す, 税金泥棒, ...) and asks where any of them occurs in a
comment. :class:`Automaton` answers in one pass over the folded comment, at a cost per character
that does not grow with the number of terms, so an operator's NG-word list of thousands of
entries (clause 4-9) costs what a list of ten does.

Keyword filters embarrass their owners with words that contain a bad word (CLAUSES.md, "Traps
that must stay clean"): ばかり contains ばか, 殺菌 contains 殺. An automaton is therefore built
with *allowed* terms as well, and an occurrence lying entirely inside an occurrence of an allowed
term is not reported:

>>> from kitami_policy._normalize import fold
>>> words = Automaton.build([("ばか", "4-2"), ("殺", "4-4")], allowed=["ばかり", "殺菌"])
>>> [(m.term, m.start, m.payload) for m in words.find(fold("バカばかり。殺菌して殺す"))]
[('ばか', 0, '4-2'), ('殺', 9, '4-4')]

Japanese has no word boundaries, so kana and kanji terms match as substrings. A term made only
of ASCII letters and digits matches only where no ASCII letter or digit touches it on either
side ('shine' not in 'sunshine'). The fold removes spaces, so in running romaji or English
('you shine' folds to 'youshine') neighbouring words touch and a Latin term stays silent;
it fires when it stands alone or next to Japanese, digits aside ('死ねshine' fires,
'shine2' does not).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, Final, Generic, NamedTuple, TypeVar, cast

import attrs

from kitami_policy._normalize import fold

__all__ = ["Automaton", "Match"]

T = TypeVar("T")

_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Match(NamedTuple, Generic[T]):
    """One occurrence of a term in a folded text.

    A named tuple rather than an attrs class: a long comment yields thousands of matches and
    a tuple is several times cheaper to make; it is just as immutable.

    Attributes:
        start: where the occurrence begins in the folded text.
        end: where it ends (exclusive); ``text[start:end] == term``.
        term: the folded term (map the span back with ``Normalized.to_original``).
        payload: what the caller attached to the term, e.g. a clause code.
    """

    start: int
    end: int
    term: str
    payload: T


# tuple.__new__ skips the named tuple's Python-level __new__: half the cost of a match.
_new_match: Final = cast(
    "Callable[[type[Match[Any]], tuple[int, int, str, Any]], Match[Any]]", tuple.__new__
)


@attrs.frozen(eq=False, repr=False)
class Automaton(Generic[T]):
    """A matcher for many terms at once; build it with :meth:`build`, then call :meth:`find`.

    It holds only tuples, frozen sets and dicts that nothing changes after :meth:`build`, so
    one automaton can serve every thread and every comment; it pickles.
    """

    # States are numbered so that those where a term ends come last: the scan loop only has to
    # compare the state with _first_output to know whether something ended here.
    _transitions: tuple[dict[str, int], ...]
    _root: dict[str, int]
    _first_output: int
    _outputs: tuple[tuple[int, ...], ...]
    _terms: tuple[str, ...]
    _payloads: tuple[tuple[T, ...], ...]
    _shields: tuple[bool, ...]
    _bounded: tuple[bool, ...]
    _initial: re.Pattern[str] | None
    # For each output state: (length, term, bounded, shield, payloads) of each term ending there.
    _reports: tuple[tuple[tuple[int, str, bool, bool, tuple[T, ...]], ...], ...] = attrs.field(
        init=False
    )
    # The same, one (length, term, bounded, payload) per payload, for find_by_payload; None for
    # a state where an allowed term ends.
    _by_payload: tuple[tuple[tuple[int, str, bool, T], ...] | None, ...] = attrs.field(init=False)

    @_reports.default
    def _gather_reports(self) -> tuple[tuple[tuple[int, str, bool, bool, tuple[T, ...]], ...], ...]:
        return tuple(
            tuple(
                (
                    len(self._terms[t]),
                    self._terms[t],
                    self._bounded[t],
                    self._shields[t],
                    self._payloads[t],
                )
                for t in ended
            )
            for ended in self._outputs
        )

    @_by_payload.default
    def _spread_payloads(self) -> tuple[tuple[tuple[int, str, bool, T], ...] | None, ...]:
        return tuple(
            None
            if any(shield for _, _, _, shield, _ in reports)
            else tuple(
                (length, term, bounded, payload)
                for length, term, bounded, _, payloads in reports
                for payload in payloads
            )
            for reports in self._reports
        )

    @classmethod
    def build(cls, entries: Iterable[tuple[str, T]], allowed: Iterable[str] = ()) -> Automaton[T]:
        """Build an automaton for *entries* (raw term, payload) and the *allowed* raw terms.

        Every term is folded with :func:`~kitami_policy._normalize.fold` first, so ｼﾈ, シネ and
        しね are one term. Terms that fold alike pool their payloads; an equal payload given
        twice for a term is kept once. A term may also be allowed: then its own occurrences
        are not reported either.

        Raises:
            ValueError: a term folds to nothing (only separators, symbols or long marks).
            TypeError: *allowed* is a single string instead of a collection of terms.
        """
        if isinstance(allowed, str):
            raise TypeError(
                "allowed must be a collection of terms, not a single string; "
                "write allowed=['ばかり'], not allowed='ばかり'"
            )
        ids: dict[str, int] = {}
        payloads: list[list[T]] = []
        shields: list[bool] = []

        def term_id(raw: str, what: str) -> int:
            term = fold(raw)
            if not term:
                raise ValueError(
                    f"{what} {raw!r} folds to the empty string (it holds only separators, "
                    "symbols or long marks) and would match everywhere; remove it"
                )
            if term not in ids:
                ids[term] = len(ids)
                payloads.append([])
                shields.append(False)
            return ids[term]

        for raw, payload in entries:
            known = payloads[term_id(raw, "term")]
            if payload not in known:
                known.append(payload)
        for raw in allowed:
            shields[term_id(raw, "allowed term")] = True
        terms = tuple(ids)
        transitions, first_output, outputs = _compile(terms)
        return cls(
            transitions=transitions,
            root=transitions[0],
            first_output=first_output,
            outputs=outputs,
            terms=terms,
            payloads=tuple(tuple(p) for p in payloads),
            shields=tuple(shields),
            bounded=tuple(t.isascii() and t.isalnum() for t in terms),
            initial=_class_of(transitions[0]) if terms else None,
        )

    @property
    def terms(self) -> tuple[str, ...]:
        """The folded terms that are reported, in the order they were first given."""
        return tuple(t for t, p in zip(self._terms, self._payloads, strict=True) if p)

    @property
    def allowed(self) -> tuple[str, ...]:
        """The folded allowed terms, in the order they were first given."""
        return tuple(t for t, s in zip(self._terms, self._shields, strict=True) if s)

    def __repr__(self) -> str:
        return (
            f"<Automaton {len(self.terms)} terms, {len(self.allowed)} allowed, "
            f"{len(self._transitions)} states>"
        )

    def find(self, text: str) -> list[Match[T]]:
        """Return every reported occurrence in *text*, which must already be folded.

        Overlapping occurrences are all returned, one :class:`Match` per payload, ordered by
        start, then end, then the order the payloads were given. Occurrences lying entirely
        inside an occurrence of an allowed term are left out.
        """
        new = _new_match
        return [
            new(Match, (start, end, term, payload))
            for start, end, term, payloads in self._occurrences(text)
            for payload in payloads
        ]

    def find_by_payload(self, text: str) -> dict[T, list[Match[T]]]:
        """Return what :meth:`find` returns, grouped by payload (each group in text order).

        The engine reads matches list by list; grouping here saves it a pass over them.
        """
        if self._initial is None:
            return {}
        first = self._initial.search(text)
        if first is None:
            return {}
        transitions = self._transitions
        root_get = self._root.get
        first_output = self._first_output
        spread = self._by_payload
        size = len(text)
        grouped: dict[T, list[Match[T]]] = {}
        new = _new_match
        state = 0
        # _occurrences' scan, each term that ends put straight into its payloads' groups (in
        # order of their ends, each group sorted afterwards): no list of hits, nor of every
        # occurrence sorted, and a Match made once per payload. A state where an allowed term
        # ends (never in the engine) sends the text down _occurrences, whose shields need all.
        start = first.start()
        for i, ch in enumerate(text[start:], start):
            state = transitions[state].get(ch) or root_get(ch, 0)
            if state < first_output:
                continue
            reports = spread[state - first_output]
            if reports is None:
                return _grouped(self._occurrences(text))
            end = i + 1
            for length, term, bounded, payload in reports:
                begin = end - length
                if bounded and (
                    (begin > 0 and text[begin - 1] in _ASCII_ALNUM)
                    or (end < size and text[end] in _ASCII_ALNUM)
                ):
                    continue
                match = new(Match, (begin, end, term, payload))
                group = grouped.get(payload)
                if group is None:
                    grouped[payload] = [match]
                else:
                    group.append(match)
        for group in grouped.values():
            if len(group) > 1:
                # Within a group two matches never share both start and end (they would be
                # one term), so the tuples sort by start, then end.
                group.sort()
        return grouped

    def _occurrences(self, text: str) -> list[tuple[int, int, str, tuple[T, ...]]]:
        """Reported occurrences as (start, end, term, payloads), sorted by start and end."""
        if self._initial is None:
            return []
        first = self._initial.search(text)
        if first is None:
            return []
        transitions = self._transitions
        root_get = self._root.get
        first_output = self._first_output
        hits: list[tuple[int, int]] = []
        state = 0
        # The hot loop: every state's dict already holds the moves its failure links would
        # lead to (bar those from the root), so each character costs one or two dict look-ups.
        start = first.start()
        for i, ch in enumerate(text[start:], start):
            state = transitions[state].get(ch) or root_get(ch, 0)
            if state >= first_output:
                hits.append((i, state))
        return self._resolve(text, hits) if hits else []

    def _resolve(
        self, text: str, hits: list[tuple[int, int]]
    ) -> list[tuple[int, int, str, tuple[T, ...]]]:
        """Turn (end index, state) hits into occurrences: word boundaries, then allowed terms."""
        reports = self._reports
        first_output = self._first_output
        size = len(text)
        found: list[tuple[int, int, str, tuple[T, ...]]] = []
        shield_spans: list[tuple[int, int]] = []
        for i, state in hits:
            end = i + 1
            for length, term, bounded, shield, payloads in reports[state - first_output]:
                start = end - length
                if bounded and (
                    (start > 0 and text[start - 1] in _ASCII_ALNUM)
                    or (end < size and text[end] in _ASCII_ALNUM)
                ):
                    continue
                if shield:
                    shield_spans.append((start, end))
                if payloads:
                    found.append((start, end, term, payloads))
        # Two occurrences with the same start and end would be the same term ending in the same
        # state, which cannot happen: the sort never goes past the end to compare payloads.
        found.sort()
        if shield_spans:
            found = _unshielded(found, shield_spans)
        return found


def _grouped(
    occurrences: list[tuple[int, int, str, tuple[T, ...]]],
) -> dict[T, list[Match[T]]]:
    """Occurrences (sorted) as matches grouped by payload, each group in text order."""
    grouped: dict[T, list[Match[T]]] = {}
    new = _new_match
    for start, end, term, payloads in occurrences:
        for payload in payloads:
            match = new(Match, (start, end, term, payload))
            group = grouped.get(payload)
            if group is None:
                grouped[payload] = [match]
            else:
                group.append(match)
    return grouped


def _unshielded(
    found: list[tuple[int, int, str, tuple[T, ...]]], shield_spans: list[tuple[int, int]]
) -> list[tuple[int, int, str, tuple[T, ...]]]:
    """Drop occurrences (sorted by start) lying inside a shield span."""
    shield_spans.sort()
    kept: list[tuple[int, int, str, tuple[T, ...]]] = []
    reach = -1
    j = 0
    for occurrence in found:
        start, end = occurrence[0], occurrence[1]
        while j < len(shield_spans) and shield_spans[j][0] <= start:
            reach = max(reach, shield_spans[j][1])
            j += 1
        if end > reach:
            kept.append(occurrence)
    return kept


def _compile(
    terms: tuple[str, ...],
) -> tuple[tuple[dict[str, int], ...], int, tuple[tuple[int, ...], ...]]:
    """Build the transition dicts, the first output state and the outputs of the terms' trie.

    Returns one dict per state holding its own trie edges plus those its failure links reach
    (except the root's, which the scan falls back to), so the scan never follows a failure
    link. States are renumbered so that the ones where a term ends come last.
    """
    edges: list[dict[str, int]] = [{}]
    ending: list[int] = [-1]
    for term_index, term in enumerate(terms):
        state = 0
        for ch in term:
            nxt = edges[state].get(ch)
            if nxt is None:
                nxt = len(edges)
                edges[state][ch] = nxt
                edges.append({})
                ending.append(-1)
            state = nxt
        ending[state] = term_index

    fail = [0] * len(edges)
    found: list[tuple[int, ...]] = [()] * len(edges)
    moves: list[dict[str, int]] = [{}] * len(edges)
    moves[0] = edges[0]
    order: list[int] = []
    queue = deque(edges[0].values())
    while queue:
        state = queue.popleft()
        order.append(state)
        back = fail[state]
        own = (ending[state],) if ending[state] >= 0 else ()
        found[state] = own + found[back]
        moves[state] = {**moves[back], **edges[state]} if back else edges[state]
        for ch, child in edges[state].items():
            link = back
            while link and ch not in edges[link]:
                link = fail[link]
            fail[child] = edges[link].get(ch, 0)
            queue.append(child)

    # Renumber: the root first, states without output next, states with output last.
    silent = [s for s in order if not found[s]]
    loud = [s for s in order if found[s]]
    number = {old: new for new, old in enumerate([0, *silent, *loud])}
    transitions = tuple(
        {ch: number[target] for ch, target in moves[old].items()} for old in [0, *silent, *loud]
    )
    return transitions, 1 + len(silent), tuple(found[old] for old in loud)


def _class_of(chars: Iterable[str]) -> re.Pattern[str]:
    """Compile a character class matching any of *chars* (the terms' first characters)."""
    return re.compile("[" + "".join(f"\\U{ord(c):08x}" for c in sorted(chars)) + "]")
