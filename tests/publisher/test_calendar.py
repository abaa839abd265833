"""The working-day calendar and disclosure deadlines (LEGAL.md §1)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import holidays
import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.rules import calendar, deadlines
from publisher.rules.calendar import UnknownCalendar

CAL = calendar.load()
SHIPPED_YEARS = [2024, 2025, 2026]


def every_day(year: int) -> list[dt.date]:
    start = dt.date(year, 1, 1)
    return [start + dt.timedelta(days=n) for n in range((dt.date(year + 1, 1, 1) - start).days)]


@pytest.mark.parametrize("year", SHIPPED_YEARS)
def test_every_shipped_day_agrees_with_chinesecalendar_and_holidays(year: int) -> None:
    cn = holidays.country_holidays("CN", years=[year])
    for day in every_day(year):
        ours = CAL.is_workday(day)
        assert ours == chinese_calendar.is_workday(day), day
        assert ours == cn.is_working_day(day), day


def test_unknown_year_is_never_guessed() -> None:
    assert CAL.years == SHIPPED_YEARS
    with pytest.raises(UnknownCalendar) as caught:
        CAL.is_workday(dt.date(2027, 1, 4))
    assert caught.value.year == 2027 and "2027" in str(caught.value)


def independent_deadline(start: dt.date, days: int) -> dt.date:
    """The same rule counted on chinesecalendar: the first day is never the decision day."""
    day, counted = start, 0
    while counted < days:
        day += dt.timedelta(days=1)
        counted += chinese_calendar.is_workday(day)
    return day


CASES = [
    # (decision date, category, expected last day, why)
    (
        "2024-02-04",
        "penalty",
        "2024-02-19",
        "decided on a make-up Sunday; 除夕 2/9 worked; 2/18 make-up counts",
    ),
    ("2025-10-01", "penalty", "2025-10-16", "decided on a holiday; make-up Saturday 10/11 counts"),
    ("2026-02-13", "license", "2026-03-02", "day before the Spring Festival block"),
    ("2026-02-12", "penalty", "2026-02-28", "deadline falls on a make-up Saturday"),
    ("2025-12-23", "license", "2026-01-04", "crosses the year end; deadline on a make-up Sunday"),
    ("2024-09-30", "inspection", "2024-11-01", "20 working days across 国庆 with make-up 10/12"),
    ("2026-06-18", "other", "2026-07-17", "20 working days across 端午"),
    ("2025-01-27", "ruling", "2025-03-03", "20 working days across 春节 2025"),
    ("2024-12-31", "coercion", "2025-02-05", "year end, 20 days, 春节 and make-up 1/26 and 2/8"),
]


@pytest.mark.parametrize(("decided", "category", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_deadlines_on_the_official_calendar(decided: str, category: str, expected: str, why: str) -> None:
    start = dt.date.fromisoformat(decided)
    found = deadlines.disclosure_deadline(start, category, CAL)
    window = 7 if category in ("license", "penalty") else 20
    assert (found.last_day, found.window) == (dt.date.fromisoformat(expected), window)
    assert found.last_day == independent_deadline(start, window)
    assert "118号" in found.source


def test_deadline_reaching_an_unknown_year_is_provisional() -> None:
    found = deadlines.disclosure_deadline(dt.date(2026, 12, 24), "penalty", CAL)
    assert found.provisional and found.last_day is None and found.unknown_year == 2027


def test_windows_are_configurable_per_channel_with_their_source() -> None:
    gsxt = deadlines.disclosure_deadline(dt.date(2026, 3, 2), "penalty", CAL, channel="gsxt")
    assert gsxt.window == 20 and "第九条" in gsxt.source
    custom = {"provincial": {"*": [10, "某省规定第五条"]}}
    found = deadlines.disclosure_deadline(dt.date(2026, 3, 2), "license", CAL, "provincial", custom)
    assert (found.window, found.source, found.last_day) == (
        10,
        "某省规定第五条",
        dt.date(2026, 3, 16),
    )


def test_withdrawal_deadline_is_three_working_days() -> None:
    found = deadlines.withdrawal_deadline(dt.date(2026, 9, 30), CAL)
    assert found.last_day == dt.date(2026, 10, 10)  # 10/8, 10/9, then the make-up Saturday 10/10


def notice_2027(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "year": 2027,
        "notice": "国办发明电〔2026〕X号（测试）",
        "rest_days": {"2027-01-01": "元旦", "2027-02-05": "春节", "2027-02-08": "春节"},
        "makeup_workdays": {"2027-02-20": "春节"},
    }
    data.update(changes)
    return data


def test_operator_adds_next_year_without_a_release(tmp_path: Path) -> None:
    directory = tmp_path / "calendars"
    source = tmp_path / "2027.json"
    source.write_text(json.dumps(notice_2027(), ensure_ascii=False), encoding="utf-8")
    calendar.add(source, directory)
    extended = calendar.load(directory)
    assert extended.years == [*SHIPPED_YEARS, 2027]
    assert not extended.is_workday(dt.date(2027, 2, 5)) and extended.is_workday(dt.date(2027, 2, 20))
    found = deadlines.disclosure_deadline(dt.date(2026, 12, 24), "penalty", extended)
    assert found.last_day == dt.date(2027, 1, 5)  # 12/25, 28, 29, 30, 31, 1/4, 1/5


BAD_NOTICES = [
    ({"makeup_workdays": {"2027-02-22": "春节"}}, "不是周末"),
    ({"notice": ""}, "通知文号"),
    ({"rest_days": {"2029-05-01": "劳动节"}}, "outside the 2027 notice"),
    ({"rest_days": {"2027-02-30": "春节"}}, "不是日期"),
    ({"year": "next"}, "four-digit year"),
]


@pytest.mark.parametrize(
    ("change", "message"),
    BAD_NOTICES,
    ids=["makeup-weekday", "no-notice", "wrong-year", "bad-date", "no-year"],
)
def test_calendar_add_rejects_bad_files(tmp_path: Path, change: dict[str, object], message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(notice_2027(**change), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        calendar.add(source, tmp_path / "calendars")
    assert not (tmp_path / "calendars" / "2027.json").exists()


def test_cli_deadline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORTAL_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    ok = runner.invoke(main, ["deadline", "2026-02-12", "行政处罚"])
    assert (ok.exit_code, ok.output.strip()) == (0, "2026-02-28")
    unknown = runner.invoke(main, ["deadline", "2026-12-28", "other"])
    assert unknown.exit_code == 2 and "2027" in unknown.output and unknown.output.count("-") < 5
    source = tmp_path / "2027.json"
    source.write_text(json.dumps(notice_2027(), ensure_ascii=False), encoding="utf-8")
    assert runner.invoke(main, ["calendar", "add", str(source)]).exit_code == 0
    now_known = runner.invoke(main, ["deadline", "2026-12-28", "other"])
    assert now_known.exit_code == 0 and now_known.output.startswith("2027-01-")
