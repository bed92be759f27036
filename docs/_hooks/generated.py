"""MkDocs hook: pages that are written from the package itself at build time.

``<!-- generated: rules -->`` becomes the table of clauses and the rules that encode them
(from the bundled rule data and detectors); ``<!-- generated: cli -->`` becomes the ``--help``
of every command; ``<!-- generated: exit-statuses -->`` the table of exit statuses and
``<!-- generated: csv-columns -->`` the columns of ``moderate --format csv``, in order. None
can drift from the code.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

RULES = "<!-- generated: rules -->"
CLI = "<!-- generated: cli -->"
STATUSES = "<!-- generated: exit-statuses -->"
CSV = "<!-- generated: csv-columns -->"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Replace the markers of a page with what they stand for."""
    for marker, write in (
        (RULES, _rules_table),
        (CLI, _cli_help),
        (STATUSES, exit_status_table),
        (CSV, csv_columns),
    ):
        if marker in markdown:
            markdown = markdown.replace(marker, write())
    return markdown


def exit_status_table() -> str:
    """The exit statuses of the command line as a Markdown table, from ``cli.status``."""
    from kitami_policy.cli.status import COMMANDS, STATUSES

    lines = ["| status | meaning | commands |", "| --- | --- | --- |"]
    for status in sorted(STATUSES, key=lambda s: s.code):
        which = "all" if set(status.commands) == set(COMMANDS) else ", ".join(status.commands)
        lines.append(f"| {status.code} | {_cell(status.meaning)} | {which} |")
    return "\n".join(lines)


def csv_columns() -> str:
    """The columns of ``moderate --format csv`` as a Markdown list, in the header's order."""
    from kitami_policy.cli.batch import CSV_COLUMN_MEANINGS

    return "\n".join(
        f"{i}. `{name}`: {what}"
        for i, (name, what) in enumerate(CSV_COLUMN_MEANINGS.items(), start=1)
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _rules_table() -> str:
    from kitami_policy.policy import KITAMI
    from kitami_policy.rules import FAMILIES, bundled_rules

    rules = bundled_rules()
    # The module that defines each detector: a family split into a package by reading names
    # the reading's own module (rules/personal_info/phone.py).
    modules = {}
    for family in FAMILIES:
        for rule_id, detect in family.DETECTORS.items():
            # The module that defines the detector: a family split by reading is a package.
            modules[rule_id] = detect.__module__.removeprefix("kitami_policy.").replace(".", "/")
    lines = [
        "| clause | section | rule id | module | what it finds | review |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for clause in KITAMI.clauses:
        serving = [r for r in rules if r.spec.clause == clause.code]
        if not serving:
            lines.append(f"| {clause.code} | {clause.section} | — | — | no bundled rule | |")
        for rule in serving:
            spec = rule.spec
            lines.append(
                f"| {clause.code} | {clause.section} | `{spec.id}` | "
                f"`{modules.get(spec.id, '?')}.py` | {_cell(spec.rationale_en)} | "
                f"{'always' if spec.review else ''} |"
            )
    return "\n".join(lines)


def _cli_help() -> str:
    from kitami_policy.cli import build_parser

    # argparse wraps help to the terminal's width: fix it so every build writes the same page.
    os.environ["COLUMNS"] = "100"
    parser = build_parser()
    parts = ["### kitami-policy", "", "```text", parser.format_help().rstrip(), "```"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                parts += ["", f"### {name}", "", "```text", sub.format_help().rstrip(), "```"]
    return "\n".join(parts)
