"""Disclosure windows and deadlines (公示时限), counted in working days (LEGAL.md §1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from publisher import vocabulary
from publisher.rules.calendar import Calendar, UnknownCalendar

# channel -> category -> (working days, source). "*" is every other category.
# Operators override or add channels with the PORTAL_DISCLOSURE_WINDOWS setting.
WINDOWS: dict[str, dict[str, tuple[int, str]]] = {
    "default": {
        "license": (7, "国办发〔2018〕118号：行政许可、行政处罚决定自作出之日起7个工作日内公开"),
        "penalty": (7, "国办发〔2018〕118号：行政许可、行政处罚决定自作出之日起7个工作日内公开"),
        "*": (20, "国办发〔2018〕118号；政府信息公开条例第二十六条：其他执法决定20个工作日内公开"),
    },
    "gsxt": {
        "*": (20, "市场监督管理行政处罚信息公示规定（2021）第九条、第十条：20个工作日"),
    },
}
WITHDRAWAL_WINDOW = (3, "行政处罚法第四十八条、第八十五条：3个工作日内撤下并说明理由")
# 双随机 results: "published promptly" (seed 004 §(一)3; seed 003 art. 14), read as the 20
# working days of every enforcement decision other than licences and penalties (LEGAL.md §8).
INSPECTION_RESULT_WINDOW = (
    20,
    "和平区三项制度实施方案（2019）（一）3、昌吉州行政执法监督办法第十四条：抽查结果及时公开；"
    "按国办发〔2018〕118号其他执法决定20个工作日执行",
)
OFFICER_REPORT_DAYS = (10, "昌吉州行政执法监督办法第十一条：执法人员变动10日内报送")  # seed 003 art. 11


@dataclass(frozen=True)
class Deadline:
    """The last day to publish, or why it cannot be known yet."""

    last_day: dt.date | None
    window: int
    source: str
    unknown_year: int | None = None

    @property
    def provisional(self) -> bool:
        """True when the calendar needed to count is not known: nothing is guessed."""
        return self.last_day is None


def window_for(
    category: str, channel: str = "default", overrides: Mapping[str, Any] | None = None
) -> tuple[int, str]:
    """Return (working days, source) for a category on a channel."""
    if category not in vocabulary.codes("category"):
        raise ValueError(f"unknown category {category!r}")
    table: dict[str, Any] = dict(WINDOWS.get(channel, {}))
    table.update((overrides or {}).get(channel, {}))
    if not table:
        raise ValueError(f"unknown channel {channel!r}")
    days, source = table.get(category) or table["*"]
    return int(days), str(source)


def count_deadline(calendar: Calendar, start: dt.date, days: int, source: str) -> Deadline:
    """Count ``days`` working days after ``start``, failing closed on an unknown year."""
    try:
        return Deadline(calendar.add_working_days(start, days), days, source)
    except UnknownCalendar as exc:
        return Deadline(None, days, source, exc.year)


def disclosure_deadline(
    decision_date: dt.date,
    category: str,
    calendar: Calendar,
    channel: str = "default",
    overrides: Mapping[str, Any] | None = None,
) -> Deadline:
    """Return the last day to publish a decision (the decision day itself is not counted)."""
    days, source = window_for(category, channel, overrides)
    return count_deadline(calendar, decision_date, days, source)


def withdrawal_deadline(effective: dt.date, calendar: Calendar) -> Deadline:
    """Return the last day to take down a revoked, varied or void decision."""
    days, source = WITHDRAWAL_WINDOW
    return count_deadline(calendar, effective, days, source)


def late_by(calendar: Calendar, deadline: dt.date | None, done: dt.date) -> int:
    """Working days by which ``done`` is past ``deadline`` (0 when on time or unknown)."""
    if deadline is None or done <= deadline:
        return 0
    try:
        return calendar.working_days_between(deadline, done)
    except UnknownCalendar:
        return (done - deadline).days  # calendar days: an upper bound, shown as such


def workdays(calendar: Calendar, start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to ``end`` (negative when ``end`` is earlier); calendar
    days when a year's calendar is not known, an upper bound shown as such."""
    try:
        return calendar.working_days_between(start, end)
    except UnknownCalendar:
        return (end - start).days


def warning_level(calendar: Calendar, deadline: dt.date, today: dt.date, config: Mapping[str, Any]) -> int:
    """The level (1–3) an overdue step's warning has reached by ``today``."""
    past = workdays(calendar, deadline, today)
    level2 = int(config["WARNING_LEVEL2_DAYS"])
    level3 = level2 + int(config["WARNING_LEVEL3_DAYS"])
    return 3 if past >= level3 else 2 if past >= level2 else 1


def after_days(calendar: Calendar, start: dt.date, days: int) -> dt.date:
    """``days`` calendar days after ``start`` (a period written N日), moved past rest days
    (民法典 arts. 201, 203).

    Without the calendar of the last day's year the day is not moved: the earlier date
    is always safe for the filer.
    """
    day = start + dt.timedelta(days=days)
    try:
        while not calendar.is_workday(day):
            day += dt.timedelta(days=1)
    except UnknownCalendar:
        pass
    return day
