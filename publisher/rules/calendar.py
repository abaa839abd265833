"""The working-day calendar (工作日), kept as reviewed data: one file per State Council notice.

A working day is Monday to Friday, minus the notice's rest days, plus its make-up
working days (调休上班). A year without a reviewed notice is unknown: asking about it
raises :class:`UnknownCalendar`, and nothing is ever guessed (LEGAL.md §1, rule 6).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).resolve().parent / "calendars"


class UnknownCalendar(LookupError):
    """The holiday notice for ``year`` has not been reviewed and loaded."""

    def __init__(self, year: int) -> None:
        super().__init__(
            f"{year} 年节假日安排尚未录入，无法计算期限 / "
            f"the holiday calendar for {year} is not known; add it with `publisher calendar add`"
        )
        self.year = year


@dataclass(frozen=True)
class Notice:
    """One year's holiday notice (部分节假日安排): rest days and make-up working days."""

    year: int
    notice: str
    rest_days: Mapping[dt.date, str]
    makeup_workdays: Mapping[dt.date, str]


class Calendar:
    """Answers whether a day is a working day, and counts working days."""

    def __init__(self, notices: Iterable[Notice]) -> None:
        self.notices = {n.year: n for n in notices}
        self._rest = {d for n in self.notices.values() for d in n.rest_days}
        self._makeup = {d for n in self.notices.values() for d in n.makeup_workdays}

    @property
    def years(self) -> list[int]:
        """The years with a reviewed notice."""
        return sorted(self.notices)

    def is_known(self, day: dt.date) -> bool:
        """True when ``day`` lies in a year with a reviewed notice."""
        return day.year in self.notices

    def is_workday(self, day: dt.date) -> bool:
        """True when agencies work on ``day``; raises UnknownCalendar for unknown years."""
        if not self.is_known(day):
            raise UnknownCalendar(day.year)
        if day in self._makeup:
            return True
        return day.weekday() < 5 and day not in self._rest

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """Return the day on which the count of working days after ``start`` reaches ``count``.

        ``start`` itself is never counted (民法典 art. 201), whatever kind of day it is.
        """
        day, counted = start, 0
        while counted < count:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Count working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            1 for n in range(1, (end - start).days + 1) if self.is_workday(start + dt.timedelta(days=n))
        )


def parse_notice(data: Mapping[str, Any]) -> tuple[Notice | None, list[str]]:
    """Check a notice file's content; return the notice or the problems with it."""
    problems: list[str] = []
    year, notice = data.get("year"), data.get("notice")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        return None, ["year: 需要四位年份 / a four-digit year is required"]
    if not isinstance(notice, str) or not notice.strip():
        problems.append("notice: 需要通知文号 / the notice number is required")
    rest = _dates(data.get("rest_days"), "rest_days", year, problems)
    makeup = _dates(data.get("makeup_workdays"), "makeup_workdays", year, problems)
    for day in makeup:
        if day.weekday() < 5:
            problems.append(f"makeup_workdays: {day} 不是周末 / is not a weekend day")
    for day in set(rest) & set(makeup):
        problems.append(f"{day}: 同时为休息日和调休上班日 / both a rest day and a make-up day")
    if not any(d.weekday() < 5 for d in rest):
        problems.append("rest_days: 没有工作日休假，文件可能不完整 / no weekday holidays: incomplete file?")
    if problems:
        return None, problems
    return Notice(year, str(notice), rest, makeup), []


def _dates(value: Any, name: str, year: int, problems: list[str]) -> dict[dt.date, str]:
    out: dict[dt.date, str] = {}
    if not isinstance(value, dict):
        problems.append(f"{name}: 需要“日期: 节日”映射 / a mapping of date to holiday name is required")
        return out
    for text, holiday in value.items():
        try:
            day = dt.date.fromisoformat(text)
        except (TypeError, ValueError):
            problems.append(f"{name}: “{text}”不是日期 / is not a date")
            continue
        if abs(day.year - year) > 1 or (day.year != year and day.month not in (1, 12)):
            problems.append(f"{name}: {day} 不属于 {year} 年的安排 / is outside the {year} notice")
        out[day] = str(holiday)
    return out


def read_notice(path: Path) -> Notice:
    """Read and check one notice file; raise ValueError listing its problems."""
    notice, problems = parse_notice(json.loads(path.read_text(encoding="utf-8")))
    if notice is None:
        raise ValueError(f"{path.name}: " + "; ".join(problems))
    return notice


def load(*directories: Path | str | None) -> Calendar:
    """Load the shipped notices, then those in the given directories (later ones win)."""
    notices: dict[int, Notice] = {}
    for directory in (SHIPPED, *directories):
        if directory and Path(directory).is_dir():
            for path in sorted(Path(directory).glob("*.json")):
                notice = read_notice(path)
                notices[notice.year] = notice
    return Calendar(notices.values())


def add(path: Path, directory: Path) -> Notice:
    """Check a notice file and copy it into ``directory`` as ``YEAR.json``."""
    notice = read_notice(path)
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, directory / f"{notice.year}.json")
    return notice
