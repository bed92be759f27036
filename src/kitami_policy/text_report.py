"""Decisions as text: the table of the batch command and the summary of counts.

The functions work on the JSON records of the batch command (:mod:`kitami_policy.records`),
so ``kitami-policy moderate --format table``, ``demo`` and
:meth:`kitami_policy.report.Report.table` print the same rows. Actions are named by their
values, as JSON and CSV name them; a long list of actions or an error message wraps in its
column and is never cut. Widths count terminal columns: a CJK character takes two. A value
that reaches a row (an id, an excerpt, an error) shows its control characters, line separators
and lone surrogates as escapes (:func:`text_safe`), so it can neither break a row nor drive a
terminal, wherever the table is printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Final

from kitami_policy.clauses import Action

__all__ = [
    "MIN_WIDTH",
    "display_width",
    "fit",
    "summary_lines",
    "table_header",
    "table_row",
    "text_safe",
    "wrap",
]

# id, clauses, actions, review; the excerpt takes what is left of the width. The actions
# column holds the longest action name with its comma ("report_to_police,"): longer lists
# wrap there, so that the table names actions exactly as JSON and CSV do.
_WIDTHS: Final = (8, 11, 17, 6)
_MIN_EXCERPT: Final = 12
MIN_WIDTH: Final = sum(_WIDTHS) + len(_WIDTHS) + _MIN_EXCERPT
"""The narrowest table whose rows are never cut (58 columns); narrower ones are cut."""
# C0 and C1 controls, DEL, NEL, the Unicode line separators and every surrogate.
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ESCAPES: Final = {
    **{code: repr(chr(code))[1:-1] for code in (*range(0x20), *range(0x7F, 0xA0))},
    **{code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0xD800, 0xE000))},
}


def text_safe(text: str) -> str:
    """*text* on one printable line: controls, separators and surrogates as escapes.

    >>> text_safe("a\\nb\\x1b[2J\\u2028")
    'a\\\\nb\\\\x1b[2J\\\\u2028'
    """
    return text.translate(_ESCAPES) if _UNSAFE.search(text) else text


def summary_lines(
    *,
    total: int,
    clauses: Mapping[str, int],
    actions: Mapping[str, int],
    review: int,
    width: int = 100,
) -> list[str]:
    """Counts as text: a line of totals, then the clauses and the actions (zeros left out).

    Actions are named by their values, as in JSON and CSV, with the policy's own word
    beside; the list wraps at *width* columns.

    Examples:
        >>> for line in summary_lines(
        ...     total=3, clauses={"4-1": 0, "4-2": 1}, actions={"keep": 2, "hide": 1}, review=0
        ... ):
        ...     print(line)
        3 comments: 2 kept, 1 under a clause, 0 for review
        clauses: 4-2 1
        actions: keep (措置なし) 2, hide (非表示) 1
    """
    kept = actions.get("keep", 0)
    lines = [f"{total} comments: {kept} kept, {total - kept} under a clause, {review} for review"]
    by_clause = ", ".join(f"{code} {n}" for code, n in clauses.items() if n)
    by_action = ", ".join(f"{_labelled(name)} {n}" for name, n in actions.items() if n)
    lines.append(f"clauses: {by_clause or 'none'}")
    first, *rest = wrap(f"actions: {by_action or 'none'}", width - 2, after=",")
    lines += [first, *(f"  {line}" for line in rest)]
    return lines


def _labelled(name: str) -> str:
    try:
        return f"{name} ({Action(name).label_ja})"
    except ValueError:
        return name


# -- text tables ----------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns *text* takes on a terminal: wide (CJK) characters take two, combining none.

    Examples:
        >>> display_width("abc"), display_width("北見市"), display_width("ｼﾈ")
        (3, 6, 2)
    """
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """*text* cut to at most *width* columns (``…`` marks a cut) and padded to exactly *width*.

    Line breaks and tabs become spaces, so a row stays one line.

    Examples:
        >>> fit("北見市役所", 7) + "|"
        '北見市…|'
        >>> fit("ok", 4) + "|"
        'ok  |'
    """
    text = " ".join(text.split())
    if display_width(text) > width:
        out, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * (width - display_width(text))


def wrap(text: str, width: int, *, after: str = " ") -> list[str]:
    """*text* in lines of at most *width* columns, broken after any of *after* where possible.

    Nothing is cut: a piece wider than a line is broken where it reaches the edge.

    Examples:
        >>> wrap("hide,delete,block_account", 14, after=",")
        ['hide,delete,', 'block_account']
        >>> wrap("line 3: field 'text' must be a string", 16)
        ['line 3: field', "'text' must be a", 'string']
    """
    pieces, piece = [], ""
    for ch in " ".join(text.split()):
        piece += ch
        if ch in after:
            pieces.append(piece)
            piece = ""
    pieces.append(piece)
    lines, line = [], ""
    for piece in filter(None, pieces):
        if not line:
            piece = piece.lstrip()
        if display_width(line + piece.rstrip()) <= width:
            line += piece
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        for ch in piece.lstrip():
            if display_width(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _columns(width: int) -> tuple[int, ...]:
    excerpt = max(_MIN_EXCERPT, width - sum(_WIDTHS) - len(_WIDTHS))
    return (*_WIDTHS, excerpt)


def _lines(cells: Iterable[list[str]], width: int) -> str:
    """A row of cells, each a list of lines, as text lines no wider than *width*."""
    columns = list(zip(cells, _columns(width), strict=True))
    height = max(len(lines) for lines, _ in columns)
    out = []
    for i in range(height):
        line = " ".join(fit(lines[i] if i < len(lines) else "", w) for lines, w in columns)
        line = line.rstrip()
        # Narrower than MIN_WIDTH: cut the row itself rather than overflow.
        out.append(line if display_width(line) <= width else fit(line, width).rstrip())
    return "\n".join(out)


def table_header(width: int = 100) -> str:
    """The header of the text table, *width* columns wide at most."""
    return _lines(([h] for h in ("id", "clauses", "actions", "review", "excerpt / error")), width)


def table_row(record: Mapping[str, Any], width: int = 100) -> str:
    """One output record of the batch command (a decision or an error) as table lines.

    Actions are named as in JSON and CSV; a long list wraps in its column, and an error
    message wraps in the last column: neither is cut. The excerpt is one line, cut with
    ``…`` (it is an excerpt already).

    Examples:
        >>> record = {"id": "c1", "clauses": ["4-4"], "needs_review": False,
        ...           "actions": ["hide", "delete", "block_account", "report_to_police"],
        ...           "findings": [{"excerpt": "…爆破する…"}]}
        >>> print(table_row(record, 60))
        c1       4-4         hide,delete,      -      …爆破する…
                             block_account,
                             report_to_police
    """
    excerpt_width = _columns(width)[-1]
    if "error" in record:
        ident = text_safe(str(record.get("id") or f"line {record.get('line')}"))
        message = text_safe(f"line {record.get('line')}: {record['error']}")
        return _lines(([str(ident)], ["-"], ["error"], ["-"], wrap(message, excerpt_width)), width)
    findings = record.get("findings") or []
    actions = ",".join(record.get("actions", ()))
    return _lines(
        (
            [text_safe(str(record.get("id")))],
            [",".join(record.get("clauses", ())) or "-"],
            wrap(actions, _WIDTHS[2], after=","),
            ["yes" if record.get("needs_review") else "-"],
            [text_safe(findings[0]["excerpt"]) if findings else ""],
        ),
        width,
    )
