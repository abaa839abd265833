"""Publication periods (公示期限): when a published penalty stops being shown (LEGAL.md §4)."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

CREDIT_RULES_FROM = dt.date(2026, 4, 1)
# severity -> (minimum months, maximum months) on the credit channel from 2026-04-01 [S]
CREDIT_PERIODS = {"minor": (0, 3), "general": (3, 12), "serious": (12, 36)}
CREDIT_SOURCE = "失信行为纠正后的信用信息修复管理办法（2026年4月1日起）：轻微≤3个月，一般3个月—1年，严重1—3年"
SAMR_SOURCE = "市场监督管理行政处罚信息公示规定（2021）第十四条：通报批评或较低数额罚款3个月，其他3年"


@dataclass(frozen=True)
class Period:
    """How long a penalty stays published, and from when it may end early on repair."""

    earliest_end: dt.date
    latest_end: dt.date
    source: str


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` later (clamped to the month's end)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def publication_period(record: Mapping[str, Any], published: dt.date, low_fine: int) -> Period | None:
    """Return the period of a published penalty, or None when it has no end (non-penalties)."""
    if record.get("category") != "penalty":
        return None
    decided = dt.date.fromisoformat(str(record["decision_date"]))
    if decided >= CREDIT_RULES_FROM:
        low, high = CREDIT_PERIODS[str(record.get("severity") or "general")]
        return Period(add_months(published, low), add_months(published, high), CREDIT_SOURCE)
    types = {t for t in str(record.get("penalty_types") or "").split(";") if t}
    fine = Decimal(str(record.get("fine_amount") or 0))
    light = types <= {"criticism", "fine", "warning"} and fine <= low_fine
    months = 3 if light else 36
    return Period(add_months(published, months), add_months(published, months), SAMR_SOURCE)
