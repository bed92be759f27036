"""``kitami-policy policy``: the policy's accounts, operating rules and clauses."""

from __future__ import annotations

from typing import TextIO

from kitami_policy.policy import Policy

__all__ = ["print_policy"]


def print_policy(policy: Policy, out: TextIO, *, clause: str | None, lang: str) -> None:
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
    rules = policy.operating_rules
    print(f"\n{'運用ルール' if ja else 'Operating rules'} (3):", file=out)
    if policy.office_hours is not None:
        version = policy.office_hours.versions[-1]
        print(
            f"  3(1) {'開庁時間内に発信' if ja else 'posts within office hours'} "
            f"({version.opens:%H:%M}–{version.closes:%H:%M} JST)"
            + (
                f"; {'緊急時は随時' if ja else 'emergencies any time'}"
                if rules.emergency_any_time
                else ""
            ),
            file=out,
        )
    if rules.broadcast_only:
        broadcast = (
            "発信専用（返信・フォロー・メッセージなし）"
            if ja
            else "broadcast only: no replies, follows or messages"
        )
        print(f"  3(2) {broadcast}", file=out)
    print(f"\n{'禁止事項' if ja else 'Prohibited'} (4):", file=out)
    for c in policy.clauses:
        print(f"  {c.code}  {c.text if ja else c.gloss}", file=out)
    actions = ", ".join(a.label_ja if ja else a.value for a in rules.moderation_actions)
    print(f"\n{'措置' if ja else 'Measures'} (3(3), 4): {actions}", file=out)
