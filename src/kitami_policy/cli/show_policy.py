"""``kitami-policy policy``: the policy's accounts, topics, operating rules and clauses."""

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
    department = policy.department if ja else policy.department_en or policy.department
    print(f"{title} ({policy.version}, effective {policy.effective_from.isoformat()})", file=out)
    print(f"{'管理' if ja else 'Managed by'}: {department}", file=out)
    print(f"\n{'アカウント' if ja else 'Accounts'} (2(1)):", file=out)
    for account in policy.accounts:
        platform = f"{account.platform.value} (x)" if account.platform.value == "twitter" else ""
        print(
            f"  {platform or account.platform.value:<13} {account.handle:<26} "
            f"{', '.join(account.topics)}",
            file=out,
        )
    # The codes are what check-post reads; the names are the policy's own words.
    print(f"\n{'発信内容' if ja else 'Topics'} (2(1)):", file=out)
    width = max(len(t.code) for t in policy.topics)
    for topic in policy.topics:
        name = topic.name_ja if ja else topic.name_en
        note = (" — 緊急時は随時" if ja else " — any time") if topic.emergency else ""
        print(f"  {topic.code:<{width}}  {name}{note}", file=out)
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
    actions = ", ".join(f"{a.value} ({a.label_ja})" for a in rules.moderation_actions)
    print(f"\n{'措置' if ja else 'Measures'} (3(3), 4): {actions}", file=out)
