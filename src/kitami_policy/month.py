"""One month of the office-hours calendar (section 3(1)), for a terminal or a notebook.

A :class:`MonthCalendar` is a plain value: the days of one month, each open (with its window)
or closed (with the reason :meth:`OfficeHours.closure_reason` gives). ``str()`` renders it as a
small text calendar with closures marked and named; in Jupyter it renders as an HTML table
(:mod:`kitami_policy._html`). Weeks start on Sunday, as Japanese wall calendars do.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Final

import attrs

from kitami_policy.errors import OutOfRangeError, ValidationError
from kitami_policy.hours import Lang, Weekday, check_lang
from kitami_policy.office_hours import OfficeHours, Window

__all__ = ["MonthCalendar", "MonthDay", "month_calendar"]

WEEKDAY_HEADINGS: Final = {"ja": "日月火水木金土", "en": ("Su", "Mo", "Tu", "We", "Th", "Fr", "Sa")}
"""Column headings, Sunday first, by language."""

_CLOSED_MARK: Final = "*"


@attrs.frozen
class MonthDay:
    """One day of a month calendar.

    Attributes:
        day: the date (a JST calendar day).
        window: the open interval of the day, or ``None`` when the office is closed.
        reason: why the office is closed (``"憲法記念日"``), or ``None`` when it opens.
        reason_en: the same in English (``"Constitution Day"``).
    """

    day: date
    window: Window | None
    reason: str | None
    reason_en: str | None = None

    @property
    def is_open(self) -> bool:
        """True when the office opens on this day."""
        return self.window is not None

    @property
    def notable(self) -> bool:
        """True for a closure other than the plain weekly one (a holiday, 年末年始, …)."""
        return self.reason is not None and self.reason != Weekday.of(self.day).label_ja


def _month(inst: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise ValidationError(f"month must be an int from 1 to 12, got {value!r}")


@attrs.frozen
class MonthCalendar:
    """The office-hours calendar of one month: every day, open or closed with its reason.

    Build it with :func:`month_calendar` or :meth:`OfficeHours.month`.

    Attributes:
        year: the year.
        month: the month, 1 to 12.
        days: every day of the month, in order.
    """

    year: int
    month: int = attrs.field(validator=_month)
    days: tuple[MonthDay, ...]

    @property
    def closures(self) -> tuple[MonthDay, ...]:
        """The days the office is closed."""
        return tuple(d for d in self.days if not d.is_open)

    @property
    def open_days(self) -> tuple[MonthDay, ...]:
        """The days the office opens."""
        return tuple(d for d in self.days if d.is_open)

    def weeks(self) -> tuple[tuple[MonthDay | None, ...], ...]:
        """The days laid out in weeks of seven, Sunday first, ``None`` outside the month."""
        lead = (self.days[0].day.weekday() + 1) % 7  # Monday is 0; Sunday-first columns
        cells: list[MonthDay | None] = [None] * lead + list(self.days)
        cells += [None] * (-len(cells) % 7)
        return tuple(tuple(cells[i : i + 7]) for i in range(0, len(cells), 7))

    def render(self, lang: Lang = "ja") -> str:
        """The month as text: a grid with closed days marked ``*``, then the notable closures.

        Examples:
            >>> from kitami_policy.policy import KITAMI_OFFICE_HOURS
            >>> print(month_calendar(KITAMI_OFFICE_HOURS, 2025, 5).render("en").splitlines()[0])
            May 2025 — open 08:45–17:30 JST
        """
        ja = check_lang(lang) == "ja"
        heading = f"{self.year}年{self.month}月" if ja else self._english_heading()
        hours = {f"{d.window.start:%H:%M}–{d.window.end:%H:%M}" for d in self.days if d.window}
        if hours:
            opening = "、".join(sorted(hours)) if ja else ", ".join(sorted(hours))
            heading += f"　開庁 {opening}" if ja else f" — open {opening} JST"
        # Japanese headings are full-width: one column of two cells plus a space keeps the
        # grid aligned on a terminal.
        names = WEEKDAY_HEADINGS[lang]
        lines = [heading, " ".join(f" {n}" if ja else f"{n:>3}" for n in names)]
        for week in self.weeks():
            cells = []
            for cell in week:
                if cell is None:
                    cells.append("   ")
                else:
                    mark = "" if cell.is_open else _CLOSED_MARK
                    cells.append(f"{cell.day.day:>2}{mark:<1}")
            lines.append(" ".join(cells).rstrip())
        lines.append("* 閉庁日" if ja else "* closed")
        for d in self.closures:
            if d.notable:
                label = f"{d.day.month}/{d.day.day}" if ja else f"{d.day:%b} {d.day.day}"
                lines.append(f"  {label} {d.reason if ja else d.reason_en or d.reason}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render("ja")

    def _repr_html_(self) -> str:
        from kitami_policy._html import month_html

        return month_html(self)

    def _english_heading(self) -> str:
        return f"{calendar.month_name[self.month]} {self.year}"


def month_calendar(hours: OfficeHours, year: int, month: int) -> MonthCalendar:
    """The calendar of *month* of *year* under *hours*.

    Examples:
        >>> from kitami_policy.policy import KITAMI_OFFICE_HOURS
        >>> may = month_calendar(KITAMI_OFFICE_HOURS, 2025, 5)
        >>> [(d.day.day, d.reason) for d in may.closures if d.notable]
        [(3, '憲法記念日'), (4, 'みどりの日'), (5, 'こどもの日'), (6, 'みどりの日 振替休日')]

    Raises:
        ValidationError: *month* is not 1 to 12.
        OutOfRangeError: part of the month lies outside the calendar's range.
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValidationError(f"year must be an int, got {year!r}")
    _month(None, attrs.fields(MonthCalendar).month, month)
    if not 1 <= year <= 9999:
        raise OutOfRangeError(f"year {year} is outside 1 to 9999")
    length = calendar.monthrange(year, month)[1]
    first, last = date(year, month, 1), date(year, month, length)
    if first < hours.first_day or last > hours.last_day:
        raise OutOfRangeError(
            f"{year}-{month:02d} is not wholly inside the office-hours calendar's range, "
            f"{hours.first_day} to {hours.last_day}; ask for a month within it"
        )
    days = []
    for n in range(1, length + 1):
        day = date(year, month, n)
        days.append(
            MonthDay(
                day=day,
                window=hours.hours_on(day),
                reason=hours.closure_reason(day),
                reason_en=hours.closure_reason(day, "en"),
            )
        )
    return MonthCalendar(year=year, month=month, days=tuple(days))
