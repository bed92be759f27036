"""Calls per second of ``OfficeHours.is_open``, beside a straightforward version of it.

Run: ``.venv/bin/python bench/bench_is_open.py`` (options: ``--n``, ``--repeat``, ``--seed``).

Both checks answer the same question for the same random aware datetimes, uniformly spread
over 2022-2035 and carried in four kinds of time zone, in equal shares:

* fixed offsets (``datetime.timezone``: JST, +01:00, -05:00, +05:30);
* UTC (``datetime.UTC``);
* ``zoneinfo`` zones (Asia/Tokyo, Europe/Paris, America/New_York);
* dateutil ``tzfile`` zones (the same three).

The two checks:

* ``KITAMI_OFFICE_HOURS.is_open``: one ``utcoffset()`` call, integer arithmetic and the
  library's precomputed per-day table;
* the straightforward version: convert with dateutil's ``Asia/Tokyo`` zone, then weekday,
  year-end and ``jpholiday.is_holiday`` on every call.

Both are warmed first (one call per day of the range, so the library's year tables and
jpholiday's own per-date cache are filled) and that warm-up is reported separately. Each
figure is the best of ``--repeat`` timed passes over the same list, one core, loop overhead
included, the two measured side by side in one run; an empty function's rate is shown as the
ceiling. Target: the library at least 5x the straightforward version on the mix. The answers
of the two are compared on every input.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as clock
from zoneinfo import ZoneInfo

import jpholiday
from dateutil import tz

from kitami_policy.jst import JST
from kitami_policy.policy import KITAMI_OFFICE_HOURS

TZ_NAMES = ("Asia/Tokyo", "Europe/Paris", "America/New_York")


def _dateutil(name: str) -> tzinfo:
    zone = tz.gettz(name)
    assert zone is not None, name
    return zone


KINDS: dict[str, list[tzinfo]] = {
    "fixed offset": [
        JST,
        timezone(timedelta(hours=1)),
        timezone(timedelta(hours=-5)),
        timezone(timedelta(hours=5, minutes=30)),
    ],
    "UTC": [UTC],
    "zoneinfo": [ZoneInfo(name) for name in TZ_NAMES],
    "dateutil tzfile": [_dateutil(name) for name in TZ_NAMES],
}
START = datetime(2022, 1, 1, tzinfo=JST)
END = datetime(2036, 1, 1, tzinfo=JST)
TOKYO = _dateutil("Asia/Tokyo")
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


def moments(n: int, zones: list[tzinfo], rng: random.Random) -> list[datetime]:
    """*n* random aware datetimes in 2022-2035, microsecond resolution, in *zones*."""
    span = int((END - START).total_seconds() * 1_000_000)
    return [
        (START + timedelta(microseconds=rng.randrange(span))).astimezone(rng.choice(zones))
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
    parser.add_argument("--n", type=int, default=400_000, help="datetimes in the mix (400,000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, best kept (3)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    share = args.n // len(KINDS)
    by_kind = {kind: moments(share, zones, rng) for kind, zones in KINDS.items()}
    mix = [m for inputs in by_kind.values() for m in inputs]
    rng.shuffle(mix)
    fast = KITAMI_OFFICE_HOURS.is_open
    warm_fast, warm_slow = warm(fast), warm(straightforward)
    disagree = sum(fast(m) != straightforward(m) for m in mix)

    print(f"{len(mix):,} aware datetimes {START.date()} .. {date(2035, 12, 31)}")
    print(f"warm-up, one call a day  {warm_fast:6.2f} s library, {warm_slow:.2f} s straightforward")
    ceiling = best_rate(empty, mix, args.repeat)
    print(f"empty function (ceiling) {1e6 / ceiling:6.2f} µs a call")
    print(f"{'time zone':<18} {'is_open':>9} {'straightforward':>16} {'ratio':>7}")
    for kind, inputs in [*by_kind.items(), ("the mix", mix)]:
        library = best_rate(fast, inputs, args.repeat)
        naive = best_rate(straightforward, inputs, args.repeat)
        print(f"{kind:<18} {1e6 / library:6.2f} µs {1e6 / naive:13.2f} µs {library / naive:6.1f}x")
    print("target: the mix at least 5.0x")
    print(f"disagreements            {disagree:6d}")


if __name__ == "__main__":
    main()
