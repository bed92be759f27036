"""Office hours as policy data: the hours, closed weekdays and special days of one period.

A :class:`HoursVersion` states the office hours (開庁時間) in force from one date, as a
municipality's 休日を定める条例 (地方自治法第4条の2) and its notices set them. The calendar that
answers questions about them is :class:`kitami_policy.office_hours.OfficeHours`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date, time
from typing import Any, Final, Literal

import attrs

from kitami_policy import _holidays
from kitami_policy import _validate as v
from kitami_policy.errors import ValidationError

__all__ = ["YEAR_END_LABEL", "HoursVersion", "Lang", "SpecialDay", "Weekday", "check_lang"]

YEAR_END_LABEL: Final = "年末年始"
"""The closure reason given for the year-end days (``year_end_closure``)."""

_MONTH_DAY: Final = re.compile(r"(\d\d)-(\d\d)")

Lang = Literal["ja", "en"]
"""The languages closure reasons and calendars are given in."""


def check_lang(lang: object) -> Lang:
    """Return *lang* if it is ``"ja"`` or ``"en"``.

    Raises:
        ValidationError: any other value.
    """
    if lang == "ja" or lang == "en":
        return lang
    raise ValidationError(f"lang must be 'ja' or 'en', got {lang!r}")


class Weekday(enum.StrEnum):
    """A day of the week, as the office-hours data names it (``"saturday"``)."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def label_ja(self) -> str:
        """The Japanese name, used as a closure reason (``"日曜日"``)."""
        return _WEEKDAY_JA[self]

    @classmethod
    def of(cls, day: date) -> Weekday:
        """The weekday of *day*.

        >>> Weekday.of(date(2024, 6, 2)).label_ja
        '日曜日'
        """
        return _WEEKDAYS[day.weekday()]

    @classmethod
    def parse(cls, value: Weekday | str) -> Weekday:
        """Read a weekday name, case-insensitively.

        Raises:
            ValidationError: *value* is not an English weekday name.
        """
        if isinstance(value, Weekday):
            return value
        if isinstance(value, str):
            key = value.strip().casefold()
            for member in cls:
                if member.value == key:
                    return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(f"unknown weekday {value!r}; expected one of: {allowed}")


_WEEKDAYS: Final = tuple(Weekday)
_WEEKDAY_JA: Final = {w: f"{c}曜日" for w, c in zip(Weekday, "月火水木金土日", strict=True)}


def _to_weekdays(value: Iterable[Weekday | str]) -> frozenset[Weekday]:
    return frozenset(Weekday.parse(x) for x in v.to_tuple(value))


def _wall_time(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, time) or value.tzinfo is not None or value.microsecond:
        raise ValidationError(
            f"{type(inst).__name__}.{attribute.name} must be a JST wall-clock time without "
            f"tzinfo or microseconds, e.g. time(8, 45), got {value!r}"
        )


def _month_days(inst: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for item in value:
        match = _MONTH_DAY.fullmatch(item) if isinstance(item, str) else None
        try:
            # 2000 is a leap year, so "02-29" is accepted (and applies in leap years only).
            valid = match is not None and bool(date(2000, int(match[1]), int(match[2])))
        except ValueError:
            valid = False
        if not valid:
            raise ValidationError(
                f"{type(inst).__name__}.{attribute.name} must hold MM-DD strings such as "
                f"'12-29', got {item!r}"
            )


@attrs.frozen
class SpecialDay:
    """A date on which the usual rule does not hold, with the reason.

    Attributes:
        day: the date (a JST calendar day).
        reason: why; for a closure it is what :meth:`OfficeHours.closure_reason` answers.
        reason_en: the reason in English, for ``lang="en"``; *reason* itself when empty.
    """

    day: date = attrs.field(validator=v.plain_date)
    reason: str = attrs.field(validator=v.non_empty_str)
    reason_en: str = attrs.field(default="", validator=v.text)


_YEAR_END: Final = ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")


@attrs.frozen
class HoursVersion:
    """Office hours as they stand from one date until the next version takes over.

    The defaults follow the pattern 地方自治法第4条の2 sets for every municipality: closed on
    Saturdays, Sundays, national holidays and 12/29–1/3. Opening and closing times have no
    default; they are each municipality's own.

    Attributes:
        effective_from: the first day these hours apply.
        opens: opening time, JST wall clock, whole seconds.
        closes: closing time, after *opens*; the office is open in ``[opens, closes)``.
        closed_weekdays: weekdays on which the office is closed.
        national_holidays: closed on national holidays (振替休日 and 国民の休日 included).
        year_end_closure: closed days given as ``"MM-DD"``, reported as ``"年末年始"``.
        extra_closed: one-off closures, with their reasons.
        extra_open: days open despite every other rule (an election Sunday, say).
        source: where these facts come from (an ordinance, a notice).
    """

    effective_from: date = attrs.field(validator=v.plain_date)
    opens: time = attrs.field(validator=_wall_time)
    closes: time = attrs.field(validator=_wall_time)
    closed_weekdays: frozenset[Weekday] = attrs.field(
        default=frozenset({Weekday.SATURDAY, Weekday.SUNDAY}), converter=_to_weekdays
    )
    national_holidays: bool = attrs.field(default=True, validator=v.boolean)
    year_end_closure: tuple[str, ...] = attrs.field(
        default=_YEAR_END, converter=v.to_tuple, validator=_month_days
    )
    extra_closed: tuple[SpecialDay, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(SpecialDay)
    )
    extra_open: tuple[SpecialDay, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.instances_of(SpecialDay)
    )
    source: str = attrs.field(default="", validator=v.text)

    def __attrs_post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValidationError(
                f"office hours from {self.effective_from} close at {self.closes} but open at "
                f"{self.opens}; closing must come after opening on the same day"
            )
        days = [s.day for s in self.extra_closed + self.extra_open]
        twice = sorted({d for d in days if days.count(d) > 1})
        if twice:
            raise ValidationError(
                f"{twice[0]} is listed more than once in extra_closed/extra_open; "
                "a day is either an extra closure or an extra opening"
            )
        early = [d for d in days if d < self.effective_from]
        if early:
            raise ValidationError(
                f"extra day {min(early)} comes before these hours take effect "
                f"({self.effective_from}); list it in the version in force on that day"
            )

    def closure_reasons(self, day: date, lang: Lang = "ja") -> tuple[str, ...]:
        """Why the office is closed on *day* under these hours, most specific first.

        Empty when it is open. The precedence is written down, not left to chance: an
        ``extra_open`` day is open whatever else holds; otherwise an ``extra_closed`` reason
        comes first, then the national holiday's name (jpholiday's, e.g. ``"元日 振替休日"``),
        then ``"年末年始"``, then the weekday (``"土曜日"``, ``"日曜日"``). With ``lang="en"``
        the same reasons in English (``data/closure_names.toml``; an ``extra_closed`` day's
        ``reason_en``). Does not check that *day* lies in this version's period.

        >>> hours = HoursVersion(date(2024, 1, 1), time(8, 45), time(17, 30))
        >>> hours.closure_reasons(date(2024, 5, 3))
        ('憲法記念日',)
        >>> hours.closure_reasons(date(2023, 1, 1))
        ('元日', '年末年始', '日曜日')
        >>> hours.closure_reasons(date(2023, 1, 1), lang="en")
        ("New Year's Day", 'Year-end and New Year holidays', 'Sunday')

        Raises:
            ValidationError: *lang* is not ``"ja"`` or ``"en"``.
        """
        ja = check_lang(lang) == "ja"
        if any(s.day == day for s in self.extra_open):
            return ()
        reasons = [
            s.reason if ja else s.reason_en or s.reason for s in self.extra_closed if s.day == day
        ]
        named = []
        if self.national_holidays:
            name = _holidays.national_holidays(day.year).get(day)
            if name:
                named.append(name)
        if f"{day.month:02d}-{day.day:02d}" in self.year_end_closure:
            named.append(YEAR_END_LABEL)
        weekday = Weekday.of(day)
        if weekday in self.closed_weekdays:
            named.append(weekday.label_ja)
        if not ja:
            from kitami_policy._closure_names import english

            named = [english(name) for name in named]
        return (*reasons, *named)
