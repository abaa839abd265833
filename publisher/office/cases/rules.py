"""The rules of a case record: entry periods, the stages whose order the law fixes, and which
decisions need an audio-visual record.

Entry periods (LEGAL.md §7, the district supervision rules): "inspection records reach the platform
within 3 working days; each penalty stage within 1 working day". Inspection records are the
调查取证 stage of any case (检查笔录, 询问笔录, 勘验笔录…) and every stage of an inspection
(行政检查) case; every other stage has 1 working day. Both are N个工作日, counted on the
working-day calendar, and fail closed: without the calendar of the last day's year there is
no last day yet (and no warning) until an administrator adds the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from publisher import vocabulary
from publisher.office import tracking
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

DEFAULT_PERIODS = {"stage_workdays": 1, "inspection_workdays": 3, "av_workdays": 3}
INSPECTION_STAGES = ("investigation",)
# (earlier, later): a stage the law puts before another may not be dated after it (same day is
# allowed). 行政处罚法 art. 44 (告知 before the decision), arts. 63–65 (the hearing follows the
# notice and comes before the decision), art. 58 (法制审核 before the decision), art. 54 (立案),
# art. 61 (送达 after the decision), arts. 66–73 (执行 after the decision is served); 结案 last.
ORDER: tuple[tuple[str, str], ...] = (
    ("filing", "notice"),
    ("filing", "decision"),
    ("notice", "hearing"),
    ("notice", "decision"),
    ("hearing", "decision"),
    ("legal_review", "decision"),
    ("decision", "service"),
    ("decision", "enforcement"),
    ("service", "enforcement"),
    *((stage, "closing") for stage in vocabulary.codes("case_stage") if stage != "closing"),
)
ENTRY_SOURCE = "区行政执法监督规则（LEGAL.md §7）：检查记录3个工作日内、处罚各环节1个工作日内录入平台"
AV_SOURCE = "国办发〔2018〕118号：查封扣押财产、强制拆除等现场执法活动推行全程音像记录"


def periods(config: Mapping[str, Any], agency_code: str) -> dict[str, int]:
    """The agency's entry periods (``CASE_RECORD_DEADLINES``), in working days."""
    return tracking.periods(config, "CASE_RECORD_DEADLINES", DEFAULT_PERIODS, agency_code)


def entry_period(config: Mapping[str, Any], agency_code: str, category: str, stage: str) -> int:
    """Working days allowed to enter ``stage`` of a case of ``category``."""
    table = periods(config, agency_code)
    inspection = stage in INSPECTION_STAGES or category == "inspection"
    return table["inspection_workdays" if inspection else "stage_workdays"]


def last_day(calendar: Calendar, start: dt.date, days: int) -> dt.date | None:
    """``days`` working days after ``start``; None while that calendar is unknown (fail closed)."""
    return deadlines.count_deadline(calendar, start, days, ENTRY_SOURCE).last_day


def order_problems(stages: Iterable[tuple[str, dt.date]]) -> list[tuple[str, dt.date, str, dt.date]]:
    """Pairs that break the fixed order: (earlier stage, its day, later stage, its day)."""
    first: dict[str, dt.date] = {}
    last: dict[str, dt.date] = {}
    for stage, day in stages:
        first[stage] = min(day, first.get(stage, day))
        last[stage] = max(day, last.get(stage, day))
    return [
        (before, last[before], after, first[after])
        for before, after in ORDER
        if before in last and after in first and last[before] > first[after]
    ]


def measures(record: Mapping[str, Any]) -> set[str]:
    """The coercive measures a decision names: its ``coercive_measures`` codes or Chinese labels;
    failing those, for a coercion (行政强制) decision, the labels its result names."""
    codes = vocabulary.codes("coercive_measure")
    zh = vocabulary.labels("coercive_measure", "zh")
    by_label = {label: code for code, label in zh.items()}
    named = str(record.get("coercive_measures") or "").replace("；", ";").replace(",", ";")
    found = {by_label.get(part.strip(), part.strip().lower()) for part in named.split(";") if part.strip()}
    found &= set(codes)
    if not found and record.get("category") == "coercion":
        result = str(record.get("result") or "")
        found = {code for code, label in zh.items() if code != "other" and label in result}
    return found


def needs_av(record: Mapping[str, Any], config: Mapping[str, Any]) -> bool:
    """Whether a decision's case must list an audio-visual record (``AV_REQUIRED_MEASURES``)."""
    required = {code.strip() for code in str(config.get("AV_REQUIRED_MEASURES") or "").split(";")}
    return bool(measures(record) & required)
