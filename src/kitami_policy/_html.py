"""HTML for Jupyter: decisions, assessed comments, reports and month calendars.

Every value is escaped with :func:`html.escape`; styles are inline, so the markup renders the
same in JupyterLab, VS Code and a static HTML export, with nothing fetched from a network.

Personal data (section 7, clause 4-1) never appears in clear. A :class:`Decision` holds no
comment text, only findings with masked excerpts, so that is all its HTML shows. When the text
is shown with its evidence highlighted (:func:`assessment_html`), every span that a finding
holds as personal (:attr:`Finding.personal <kitami_policy.Finding.personal>`) is replaced by a
masked form before it is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from kitami_policy.clauses import Action
from kitami_policy.findings import Decision, Finding, Span
from kitami_policy.masking import mask_digits, mask_email, mask_text

if TYPE_CHECKING:
    from kitami_policy.month import MonthCalendar
    from kitami_policy.report import Report

__all__ = [
    "assessment_html",
    "bar_chart_svg",
    "decision_html",
    "highlight_html",
    "mask_personal",
    "month_html",
    "personal_spans",
    "report_html",
]

_FONT: Final = "font-family:system-ui,sans-serif;font-size:13px;line-height:1.5"
_BOX: Final = f"{_FONT};border:1px solid #ccc;border-radius:4px;padding:6px 10px;margin:4px 0"
_CELL: Final = "padding:2px 8px;border-bottom:1px solid #eee;text-align:left;vertical-align:top"
_EVIDENCE: Final = "background:#ffe08a;padding:0 1px"
_PERSONAL: Final = "background:#f3b0b0;padding:0 1px"
_ACTION_COLOURS: Final = {
    Action.KEEP: "#2e7d32",
    Action.HIDE: "#8d6e00",
    Action.DELETE: "#c62828",
    Action.BLOCK_ACCOUNT: "#6a1b9a",
    Action.REPORT_TO_POLICE: "#000000",
}
_DEFAULT_ROWS: Final = 200


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _badge(text: str, colour: str) -> str:
    return (
        f'<span style="display:inline-block;border:1px solid {colour};color:{colour};'
        f'border-radius:3px;padding:0 4px;margin-right:3px;font-size:12px">{_e(text)}</span>'
    )


def _actions(decision: Decision) -> str:
    # The action's value, as JSON and CSV name it, with the policy's own word beside.
    return "".join(_badge(f"{a.value} {a.label_ja}", _ACTION_COLOURS[a]) for a in decision.actions)


def _clauses(decision: Decision) -> str:
    return "".join(_badge(c, "#1565c0") for c in decision.clauses) or "—"


# -- personal data -------------------------------------------------------------------------


def personal_spans(text: str, decision: Decision) -> tuple[Span, ...]:
    """The spans of *text* that *decision*'s findings hold as personal data, merged, sorted.

    Each finding says which spans of its source are personal (:attr:`Finding.personal`): the
    evidence when the rule masks it, a doxxed person's name beside evidence shown as written.
    Findings about the author's name or handle point elsewhere and are left out.

    Examples:
        >>> from kitami_policy.findings import Finding
        >>> text = "電話は090-1234-5678です"
        >>> finding = Finding(
        ...     clause="4-1", rule="pii.phone", spans=[Span(3, 16)], excerpt="090-****-**78",
        ...     rationale_ja="電話番号", rationale_en="a phone number", mask="digits",
        ... )
        >>> decision = Decision("c1", [finding], ["hide", "delete"])
        >>> personal_spans(text, decision)
        (Span(start=3, end=16),)
    """
    return tuple(span for span, _ in _personal(text, decision))


def _personal(text: str, decision: Decision) -> list[tuple[Span, str]]:
    """Personal spans of *text* with how each is masked, merged where they overlap.

    A span that is a finding's own evidence is masked as that finding masks it (digits keep
    their head and tail, as in the excerpt); any other personal span, or spans merged from
    several, is masked whole.
    """
    raw: list[tuple[Span, str]] = []
    for finding in decision.findings:
        if finding.source != "text":
            continue
        own = frozenset(finding.spans) if finding.mask != "none" else frozenset()
        raw.extend(
            (span, finding.mask if span in own else "whole")
            for span in finding.personal
            if span.end <= len(text)
        )
    raw.sort(key=lambda item: (item[0].start, item[0].end))
    merged: list[tuple[Span, str]] = []
    for span, how in raw:
        if merged and span.start <= merged[-1][0].end:
            last, last_how = merged[-1]
            if span == last and how == last_how:
                continue
            merged[-1] = (Span(last.start, max(last.end, span.end)), "whole")
        else:
            merged.append((span, how))
    return merged


def _mask_value(value: str, how: str) -> str:
    if how == "digits":
        return mask_digits(value)
    if how == "email":
        return mask_email(value.replace("＠", "@"))
    if how == "text":
        return mask_text(value)
    return mask_text(value, keep_head=0)


def mask_personal(text: str, decision: Decision) -> str:
    """*text* with every personal span of *decision* masked, for display.

    Examples:
        >>> from kitami_policy.findings import Finding
        >>> finding = Finding(
        ...     clause="4-1", rule="pii.phone", spans=[Span(3, 16)], excerpt="090-****-**78",
        ...     rationale_ja="電話番号", rationale_en="a phone number", mask="digits",
        ... )
        >>> mask_personal("電話は090-1234-5678です", Decision("c1", [finding], ["hide"]))
        '電話は090-****-**78です'
    """
    out: list[str] = []
    position = 0
    for span, how in _personal(text, decision):
        out.append(text[position : span.start])
        out.append(_mask_value(text[span.start : span.end], how))
        position = span.end
    out.append(text[position:])
    return "".join(out)


def highlight_html(text: str, decision: Decision) -> str:
    """*text* as HTML: evidence in ``<mark>`` (its clauses and rules as a tooltip), personal
    spans masked.
    """
    masked = _personal(text, decision)
    personal = [span for span, _ in masked]
    cover: list[list[Finding]] = [[] for _ in text]
    for finding in decision.findings:
        if finding.source != "text":
            continue
        for span in finding.spans:
            for pos in range(span.start, min(span.end, len(text))):
                cover[pos].append(finding)
    owner = [-1] * len(text)
    for index, span in enumerate(personal):
        for pos in range(span.start, span.end):
            owner[pos] = index
    out: list[str] = []
    pos = 0
    while pos < len(text):
        if owner[pos] >= 0:
            span = personal[owner[pos]]
            title = _title(f for p in range(span.start, span.end) for f in cover[p])
            shown = _e(_mask_value(text[span.start : span.end], masked[owner[pos]][1]))
            out.append(f'<mark style="{_PERSONAL}" title="{title}">{shown}</mark>')
            pos = span.end
            continue
        end = pos + 1
        while end < len(text) and owner[end] < 0 and cover[end] == cover[pos]:
            end += 1
        piece = _e(text[pos:end])
        if cover[pos]:
            out.append(f'<mark style="{_EVIDENCE}" title="{_title(cover[pos])}">{piece}</mark>')
        else:
            out.append(piece)
        pos = end
    return "".join(out)


def _title(findings: Iterable[Finding]) -> str:
    labels = dict.fromkeys(f"{f.clause} {f.rule}" for f in findings)
    return _e(", ".join(labels))


# -- decisions -----------------------------------------------------------------------------


def _findings_table(decision: Decision) -> str:
    if not decision.findings:
        return ""
    head = "".join(
        f'<th style="{_CELL}">{h}</th>' for h in ("clause", "rule", "where", "excerpt", "why")
    )
    rows = []
    for f in decision.findings:
        where = ", ".join(f"{s.start}–{s.end}" for s in f.spans)
        if f.source != "text":
            where = f"{f.source} {where}"
        rows.append(
            "<tr>"
            f'<td style="{_CELL}">{_e(f.clause)}</td>'
            f'<td style="{_CELL}"><code>{_e(f.rule)}</code></td>'
            f'<td style="{_CELL}">{_e(where)}</td>'
            f'<td style="{_CELL}">{_e(f.excerpt)}{_more(f)}</td>'
            f'<td style="{_CELL}">{_e(f.rationale_ja)}<br>'
            f'<span style="color:#666">{_e(f.rationale_en)}</span>'
            f"{_e(f' (confidence {f.confidence:.2f})') if f.confidence < 1 else ''}</td>"
            "</tr>"
        )
    return (
        f'<table style="border-collapse:collapse;margin-top:4px"><tr>{head}</tr>'
        f"{''.join(rows)}</table>"
    )


def _more(finding: Finding) -> str:
    if not finding.omitted:
        return ""
    return f' <span style="color:#666">(and {finding.omitted} more)</span>'


def _summary_line(decision: Decision) -> str:
    review = _badge("needs review", "#e65100") if decision.needs_review else ""
    basis = (
        f' <span style="color:#666">legal basis: {_e("; ".join(decision.legal_basis))}</span>'
        if decision.legal_basis
        else ""
    )
    return (
        f"<div><b>{_e(decision.comment_id)}</b> &nbsp; {_clauses(decision)} &rarr; "
        f"{_actions(decision)}{review}{basis}</div>"
    )


def decision_html(decision: Decision) -> str:
    """A decision as HTML: clauses, actions, review flag and its findings' masked excerpts.

    A decision holds no comment text, so nothing but the excerpts (already masked) is shown.
    """
    return f'<div style="{_BOX}">{_summary_line(decision)}{_findings_table(decision)}</div>'


def assessment_html(text: str, decision: Decision) -> str:
    """A comment's text with its evidence highlighted (personal spans masked) above its
    decision.
    """
    body = highlight_html(text, decision)
    return (
        f'<div style="{_BOX}">{_summary_line(decision)}'
        f'<div style="white-space:pre-wrap;margin:4px 0;padding:4px;background:#fafafa">'
        f"{body}</div>{_findings_table(decision)}</div>"
    )


# -- reports -------------------------------------------------------------------------------


def bar_chart_svg(items: Sequence[tuple[str, int]], *, title: str, colour: str = "#1565c0") -> str:
    """A small horizontal bar chart as inline SVG (no plotting library).

    Examples:
        >>> svg = bar_chart_svg([("4-1", 2), ("4-2", 0)], title="per clause")
        >>> svg.startswith("<svg") and "per clause" in svg
        True
    """
    bar_height, gap, label_width, bar_width = 14, 4, 120, 220
    top = 18
    height = top + len(items) * (bar_height + gap) + gap
    width = label_width + bar_width + 50
    most = max((count for _, count in items), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{_e(title)}" style="{_FONT}">',
        f'<text x="0" y="12" font-size="12" font-weight="bold">{_e(title)}</text>',
    ]
    for index, (label, count) in enumerate(items):
        y = top + index * (bar_height + gap)
        length = round(bar_width * count / most)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar_height - 3}" font-size="11" '
            f'text-anchor="end">{_e(label)}</text>'
        )
        if length:
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
                f'fill="{colour}"><title>{_e(label)}: {count}</title></rect>'
            )
        parts.append(
            f'<text x="{label_width + length + 4}" y="{y + bar_height - 3}" '
            f'font-size="11">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def report_html(report: Report, *, max_rows: int = _DEFAULT_ROWS) -> str:
    """A report as HTML: totals, bar charts per clause and per action, a table of decisions.

    The table shows at most *max_rows* comments (the counts always cover them all); each
    comment's text is shown with evidence highlighted and personal spans masked.
    """
    clause_chart = bar_chart_svg(list(report.clause_counts.items()), title="comments per clause")
    action_chart = bar_chart_svg(
        list(report.action_counts.items()), title="comments per action", colour="#8d6e00"
    )
    totals = (
        f"<div><b>{len(report)}</b> comments: <b>{report.kept}</b> kept, "
        f"<b>{report.flagged}</b> under a clause, <b>{report.review_count}</b> for review</div>"
    )
    head = "".join(
        f'<th style="{_CELL}">{h}</th>' for h in ("id", "comment", "clauses", "actions", "review")
    )
    rows = []
    for item in report.assessments[:max_rows]:
        decision = item.decision
        rows.append(
            "<tr>"
            f'<td style="{_CELL}">{_e(decision.comment_id)}</td>'
            f'<td style="{_CELL};white-space:pre-wrap">'
            f"{highlight_html(item.comment.text, decision)}</td>"
            f'<td style="{_CELL}">{_clauses(decision)}</td>'
            f'<td style="{_CELL}">{_actions(decision)}</td>'
            f'<td style="{_CELL}">{"yes" if decision.needs_review else ""}</td>'
            "</tr>"
        )
    more = len(report) - max_rows
    note = f'<div style="color:#666">… and {more} more</div>' if more > 0 else ""
    return (
        f'<div style="{_FONT}">{totals}'
        f'<div style="display:flex;flex-wrap:wrap;gap:16px;margin:6px 0">'
        f"{clause_chart}{action_chart}</div>"
        f'<table style="border-collapse:collapse"><tr>{head}</tr>{"".join(rows)}</table>'
        f"{note}</div>"
    )


# -- month calendars -----------------------------------------------------------------------


def month_html(month: MonthCalendar) -> str:
    """A month of the office-hours calendar as an HTML table; closed days shaded, with reasons."""
    from kitami_policy.month import WEEKDAY_HEADINGS

    heads = "".join(
        f'<th style="padding:2px 6px;text-align:center">{_e(n)}</th>'
        for n in WEEKDAY_HEADINGS["ja"]
    )
    rows = []
    for week in month.weeks():
        cells = []
        for cell in week:
            if cell is None:
                cells.append('<td style="padding:2px 6px"></td>')
                continue
            if cell.window is not None:
                tip = f"open {cell.window.start:%H:%M}–{cell.window.end:%H:%M}"
                style = "background:#e8f5e9"
                note = ""
            else:
                tip = f"closed: {cell.reason}"
                style = "background:#eeeeee;color:#b71c1c"
                note = (
                    f'<div style="font-size:10px;line-height:1.1">{_e(cell.reason)}</div>'
                    if cell.notable
                    else ""
                )
            cells.append(
                f'<td style="padding:2px 6px;vertical-align:top;min-width:44px;{style}" '
                f'title="{_e(tip)}">{cell.day.day}{note}</td>'
            )
        rows.append(f"<tr>{''.join(cells)}</tr>")
    caption = f"{month.year}年{month.month}月 — {len(month.open_days)} open days"
    return (
        f'<table style="{_FONT};border-collapse:collapse">'
        f'<caption style="text-align:left;font-weight:bold">{_e(caption)}</caption>'
        f"<tr>{heads}</tr>{''.join(rows)}</table>"
    )
