"""The ``kitami-policy`` command line.

Exit status: 0 success; 1 some input could not be read (the rest was processed); 2 bad usage
or a file that cannot be opened. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from kitami_policy.errors import KitamiPolicyError
from kitami_policy.policy import KITAMI, Policy

__all__ = ["main"]

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


def _print_policy(policy: Policy, out: TextIO, *, clause: str | None, lang: str) -> None:
    ja = lang == "ja"
    if clause is not None:
        c = policy.clause(clause)
        print(f"{c.code}  {c.text if ja else c.gloss}", file=out)
        return
    title = policy.title if ja else policy.title_en
    print(f"{title} ({policy.version}, effective {policy.effective_from.isoformat()})", file=out)
    print(f"{'管理' if ja else 'Managed by'}: {policy.department}", file=out)
    print(f"\n{'アカウント' if ja else 'Accounts'} (2(1)):", file=out)
    for account in policy.accounts:
        topics = ", ".join(
            policy.topic(t).name_ja if ja else policy.topic(t).name_en for t in account.topics
        )
        print(f"  {account.platform.value:<10} {account.handle:<26} {topics}", file=out)
    print(f"\n{'禁止事項' if ja else 'Prohibited'} (4):", file=out)
    for c in policy.clauses:
        print(f"  {c.code}  {c.text if ja else c.gloss}", file=out)
    actions = ", ".join(
        a.label_ja if ja else a.value for a in policy.operating_rules.moderation_actions
    )
    print(f"\n{'措置' if ja else 'Measures'} (3(3), 4): {actions}", file=out)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kitami-policy",
        description="Kitami City's social-media operation policy as code.",
        epilog="Exit status: 0 success, 1 some input lines were rejected, 2 bad usage.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_policy = sub.add_parser("policy", help="print the policy's accounts, rules and clauses")
    p_policy.add_argument("--clause", help="print one clause, e.g. 4-2")
    p_policy.add_argument("--lang", choices=("ja", "en"), default="ja")

    sub.add_parser("demo", help="run the library on its bundled sample data")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        if args.command == "policy":
            _print_policy(KITAMI, out, clause=args.clause, lang=args.lang)
        elif args.command == "demo":
            # Until the rule engine lands, the demo shows the policy the library encodes.
            _print_policy(KITAMI, out, clause=None, lang="ja")
    except KitamiPolicyError as exc:
        print(f"kitami-policy: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
