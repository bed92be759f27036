"""``kitami-policy office-hours``: is the city hall open (section 3(1))?"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TextIO

from kitami_policy.cli.status import EXIT_OK, UsageError
from kitami_policy.policy import KITAMI

__all__ = ["office_hours"]


def office_hours(args: argparse.Namespace, out: TextIO) -> int:
    from kitami_policy.jst import JST

    hours = KITAMI.office_hours
    if hours is None:  # pragma: no cover - the bundled policy states its hours
        raise UsageError(f"{KITAMI.id} states no office hours")
    ja = args.lang == "ja"
    if args.month is not None:
        year, month = _year_month(args.month)
        print(hours.month(year, month).render(args.lang), file=out)
    texts = args.datetime or ([] if args.month is not None else ["now"])
    for text in texts:
        when: date | datetime
        if text == "now":
            when = datetime.now(JST)
        elif len(text.strip()) == len("YYYY-MM-DD"):
            when = _date(text)
        else:
            when = _datetime(text)
        window = hours.hours_on(when)
        if isinstance(when, datetime):
            label = when.isoformat(timespec="minutes")
            is_open = hours.is_open(when)
            start = when
        else:
            label = when.isoformat()
            is_open = window is not None
            start = datetime(when.year, when.month, when.day, tzinfo=JST)
        reason = hours.closure_reason(when, args.lang)
        if is_open and window is not None:
            state, detail = ("開庁" if ja else "open"), f"{window.start:%H:%M}–{window.end:%H:%M}"
        else:
            state = "閉庁" if ja else "closed"
            detail = reason or ("開庁時間外" if ja else "outside office hours")
        line = f"{label}  {state}  {detail}"
        if args.next and is_open and isinstance(when, datetime):
            line += f"  {'次の閉庁' if ja else 'closes'} {hours.next_close(start):%Y-%m-%d %H:%M}"
        elif args.next:
            line += f"  {'次の開庁' if ja else 'opens'} {hours.next_open(start):%Y-%m-%d %H:%M}"
        print(line, file=out)
    return EXIT_OK


def _datetime(text: str) -> datetime:
    # The arguments are the operator's own, typed on this command line: unlike values read
    # from a file, they are shown back in messages.
    from kitami_policy.errors import NaiveDatetimeError, OutOfRangeError
    from kitami_policy.jst import parse_datetime

    try:
        return parse_datetime(text)
    except NaiveDatetimeError:
        raise UsageError(
            f"{text!r} has no UTC offset; add one, e.g. {text.strip()}+09:00 for JST"
        ) from None
    except OutOfRangeError:
        raise UsageError(f"{text!r} is outside the calendar's range") from None
    except ValueError:
        raise UsageError(
            f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 datetime with an offset"
        ) from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 datetime") from exc


def _year_month(text: str) -> tuple[int, int]:
    try:
        day = date.fromisoformat(f"{text.strip()}-01")
    except ValueError as exc:
        raise UsageError(
            f"--month {text!r} is not a month; write it as YYYY-MM, e.g. 2025-05"
        ) from exc
    return day.year, day.month
