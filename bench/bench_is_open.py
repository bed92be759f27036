"""Calls per second of ``OfficeHours.is_open``, beside a straightforward version of it.

Run: ``.venv/bin/python bench/bench_is_open.py`` (options: ``--n``, ``--repeat``, ``--seed``).

Both checks answer the same question for the same random aware datetimes, uniformly spread
over 2022-2035 and carried in five fixed-offset zones (UTC, JST, +01:00, -05:00, +05:30):

* ``KITAMI_OFFICE_HOURS.is_open``: the library's precomputed per-day table;
* the straightforward version: convert with dateutil's ``Asia/Tokyo`` zone, then weekday,
  year-end and ``jpholiday.is_holiday`` on every call.

Both are warmed first (one call per day of the range, so the library's year tables and
jpholiday's own per-date cache are filled) and that warm-up is reported separately. Each
figure is the best of ``--repeat`` timed passes over the same list, one core, loop overhead
included; an empty function's rate is shown as the ceiling. Targets: >= 2 million calls/s
and >= 5x the straightforward version. The answers of the two are compared on every input.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as clock

import jpholiday
from dateutil import tz

from kitami_policy.jst import JST
from kitami_policy.policy import KITAMI_OFFICE_HOURS

ZONES = [
    UTC,
    JST,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=5, minutes=30)),
]
START = datetime(2022, 1, 1, tzinfo=JST)
END = datetime(2036, 1, 1, tzinfo=JST)
TOKYO = tz.gettz("Asia/Tokyo")
OPENS, CLOSES = clock(8, 45), clock(17, 30)
YEAR_END = {(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)}


def straightforward(moment: datetime) -> bool:
    """The obvious office-hours check: tz database zone and jpholiday on every call."""
    local = moment.astimezone(TOKYO)
    day = local.date()
    if day.weekday() >= 5 or (day.month, day.day) in YEAR_END or jpholiday.is_holiday(day):
        return False
    return OPENS <= local.time().replace(tzinfo=None) < CLOSES


def empty(moment: datetime) -> bool:
    """A function that does nothing: the ceiling any check can reach in this loop."""
    return False


def moments(n: int, seed: int) -> list[datetime]:
    """*n* random aware datetimes in 2022-2035, microsecond resolution, mixed zones."""
    rng = random.Random(seed)
    span = int((END - START).total_seconds() * 1_000_000)
    return [
        (START + timedelta(microseconds=rng.randrange(span))).astimezone(rng.choice(ZONES))
        for _ in range(n)
    ]


def best_rate(check: Callable[[datetime], bool], inputs: list[datetime], repeat: int) -> float:
    """Calls per second of *check* over *inputs*, best of *repeat* passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for moment in inputs:
            check(moment)
        best = min(best, time.perf_counter() - start)
    return len(inputs) / best


def warm(check: Callable[[datetime], bool]) -> float:
    """Seconds taken by one call per day of the range (fills every lazy table)."""
    start = time.perf_counter()
    day = START + timedelta(hours=12)
    while day < END:
        check(day)
        day += timedelta(days=1)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="datetimes (1,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, best kept (3)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    args = parser.parse_args()

    inputs = moments(args.n, args.seed)
    fast = KITAMI_OFFICE_HOURS.is_open
    warm_fast, warm_slow = warm(fast), warm(straightforward)
    disagree = sum(fast(m) != straightforward(m) for m in inputs)

    ceiling = best_rate(empty, inputs, args.repeat)
    library = best_rate(fast, inputs, args.repeat)
    naive = best_rate(straightforward, inputs, args.repeat)
    print(f"{args.n:,} aware datetimes {START.date()} .. {date(2035, 12, 31)}, 5 zones")
    print(
        f"warm-up, one call a day    {warm_fast:8.2f} s library, {warm_slow:.2f} s straightforward"
    )
    print(f"empty function (ceiling)   {ceiling / 1e6:8.2f} M calls/s")
    print(f"OfficeHours.is_open        {library / 1e6:8.2f} M calls/s  (target >= 2)")
    print(f"straightforward            {naive / 1e6:8.2f} M calls/s")
    print(f"speed-up                   {library / naive:8.1f}x  (target >= 5x)")
    print(f"disagreements              {disagree:8d}")


if __name__ == "__main__":
    main()
