"""MkDocs hook: pages that are written from the package itself at build time.

``<!-- generated: rules -->`` becomes the table of clauses and the rules that encode them
(from the bundled rule data and detectors); ``<!-- generated: cli -->`` becomes the ``--help``
of every command. Neither can drift from the code.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

RULES = "<!-- generated: rules -->"
CLI = "<!-- generated: cli -->"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Replace the markers of a page with what they stand for."""
    if RULES in markdown:
        markdown = markdown.replace(RULES, _rules_table())
    if CLI in markdown:
        markdown = markdown.replace(CLI, _cli_help())
    return markdown


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
            path = detect.__module__.removeprefix("kitami_policy.").replace(".", "/")
            modules[rule_id] = f"{path}.py"
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
                f"`{modules.get(spec.id, '?')}` | {_cell(spec.rationale_en)} | "
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
