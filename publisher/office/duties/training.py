"""Officers' legal training hours and exams (seed 000 六(二): at least 40 hours a year).

Records are entered in the back office or imported from a file (CSV, XLSX or JSONL, read by
the intake's readers), by a clerk or reviewer of the officer's agency; an import is checked
whole before anything is stored, and a row already stored (same officer, day and course, or
same officer and exam day) is not counted again. Each entry is audited. The public sees
figures per agency only (``figures``); exam results stay in the back office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock, sanitize, vocabulary
from publisher.intake.problems import Problem
from publisher.intake.schemas import YEARS
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import ExamRecord, Officer, TrainingRecord

MAX_HOURS = Decimal(200)  # one course; a longer one is entered as several
ALIASES = {
    "执法证号": "credential_no",
    "证号": "credential_no",
    "培训日期": "attended_on",
    "学时": "hours",
    "培训内容": "course",
    "考试日期": "exam_date",
    "考试结果": "result",
    "成绩": "score",
}
FIELDS = {
    "training": ("credential_no", "attended_on", "hours", "course"),
    "exam": ("credential_no", "exam_date", "result"),
}


def may_enter(actor: Actor, officer: Officer) -> bool:
    """Clerks and reviewers of the officer's agency; the administrator and the system (imports)."""
    if actor.role in AGENCY_BOUND:
        return actor.agency_code == officer.agency.code
    return actor.role in ("admin", "system")


def _audit(
    session: Session, action: str, officer: Officer, actor: Actor, now: dt.datetime, **detail: Any
) -> None:
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=action,
        entity="officer",
        entity_id=officer.credential_no,
        agency_code=officer.agency.code,
        detail=detail,
    )


def _store(
    session: Session,
    model: type[TrainingRecord] | type[ExamRecord],
    key: dict[str, Any],
    values: dict[str, Any],
    actor: Actor,
    now: dt.datetime,
    action: str,
    detail: dict[str, Any],
) -> bool:
    """Add the record unless one with the same ``key`` is there (a re-import adds nothing); audited."""
    if session.scalars(select(model).filter_by(**key)).first() is not None:
        return False
    record = model(**key, **values, recorded_at=now, recorded_by=actor.name)
    session.add(record)
    officer = session.get(Officer, key["officer_id"])
    assert officer is not None
    _audit(session, action, officer, actor, now, **detail)
    return True


def add_training(
    session: Session,
    officer: Officer,
    actor: Actor,
    attended_on: dt.date,
    hours: Decimal,
    course: str,
    now: dt.datetime,
) -> bool:
    """Record hours of training; False when the same record was already there."""
    if not may_enter(actor, officer):
        raise NotAllowed(f"{actor.name} may not enter training of {officer.credential_no}")
    course = sanitize.text(course or "", 200)
    if (
        not course
        or not Decimal(0) < hours <= MAX_HOURS
        or not dt.date(YEARS[0], 1, 1) <= attended_on <= clock.local_date(now)
    ):
        raise RuleError(
            "请填写课程、0–200 之间的学时和 1900 年以后、不晚于今天的日期 / "
            "give the course, 0–200 hours and a date since 1900, not in the future"
        )
    key = {"officer_id": officer.id, "attended_on": attended_on, "course": course}
    detail = {"day": attended_on.isoformat(), "hours": str(hours)}
    return _store(session, TrainingRecord, key, {"hours": hours}, actor, now, "training.recorded", detail)


def add_exam(
    session: Session,
    officer: Officer,
    actor: Actor,
    exam_date: dt.date,
    result: str,
    score: Decimal | None,
    now: dt.datetime,
) -> bool:
    """Record an exam and its result; False when that day's exam was already there."""
    if not may_enter(actor, officer):
        raise NotAllowed(f"{actor.name} may not enter exams of {officer.credential_no}")
    if result not in vocabulary.codes("exam_result") or not (
        dt.date(YEARS[0], 1, 1) <= exam_date <= clock.local_date(now)
    ):
        raise RuleError(
            "请选择考试结果，日期应在 1900 年以后、不晚于今天 / "
            "choose the result; the date is since 1900 and not in the future"
        )
    if score is not None and not Decimal(0) <= score <= Decimal(1000):
        raise RuleError("成绩应在 0–1000 之间 / the score is between 0 and 1000")
    key = {"officer_id": officer.id, "exam_date": exam_date}
    detail = {"day": exam_date.isoformat(), "result": result}
    return _store(
        session, ExamRecord, key, {"result": result, "score": score}, actor, now, "exam.recorded", detail
    )


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _number(value: Any) -> Decimal | None:
    """The cell as a finite number, else None (NaN and sNaN cannot be compared with a bound)."""
    try:
        number = Decimal(str(value).strip()) if str(value or "").strip() else None
    except InvalidOperation:
        return None
    return number if number is not None and number.is_finite() else None


def _parse(
    kind: str, number: int, row: dict[str, Any], officers: dict[str, Officer]
) -> tuple[list[Problem], tuple[Any, ...]]:
    """One row as (problems, values); values are the arguments of add_training or add_exam."""
    row = {ALIASES.get(str(k).strip(), str(k).strip()): v for k, v in row.items()}
    problems = [Problem(number, f, "required") for f in FIELDS[kind] if not str(row.get(f) or "").strip()]
    if problems:
        return problems, ()
    officer = officers.get(str(row["credential_no"]).strip())
    if officer is None:
        problems.append(Problem(number, "credential_no", "unknown_officer", str(row["credential_no"])))
    day = _date(row["attended_on" if kind == "training" else "exam_date"])
    if day is None:
        problems.append(
            Problem(number, "date", "bad_date", str(row.get("attended_on") or row.get("exam_date")))
        )
    if kind == "training":
        hours = _number(row["hours"])
        if hours is None or not Decimal(0) < hours <= MAX_HOURS:
            problems.append(Problem(number, "hours", "bad_number", str(row["hours"])))
        return problems, (officer, day, hours, str(row["course"]))
    by_label = {v: k for k, v in vocabulary.labels("exam_result").items()}
    result = by_label.get(str(row["result"]).strip(), str(row["result"]).strip())
    if result not in vocabulary.codes("exam_result"):
        problems.append(Problem(number, "result", "not_in_enum", result, "、".join(by_label)))
    score = _number(row.get("score"))
    if str(row.get("score") or "").strip() and score is None:
        problems.append(Problem(number, "score", "bad_number", str(row["score"])))
    return problems, (officer, day, result, score)


def import_rows(
    session: Session,
    kind: str,
    rows: Iterable[tuple[int, dict[str, Any]]],
    agency_id: int,
    actor: Actor,
    now: dt.datetime,
) -> tuple[int, list[Problem]]:
    """Import training (``kind`` "training") or exam rows of one agency's officers, all or
    nothing: (rows added, problems); nothing is stored when there is any problem."""
    officers = {
        o.credential_no: o for o in session.scalars(select(Officer).where(Officer.agency_id == agency_id))
    }
    parsed, problems = [], []
    for number, row in rows:
        found, values = _parse(kind, number, row, officers)
        problems += found
        parsed.append(values)
    if problems:
        return 0, problems
    added = 0
    for officer, day, *rest in parsed:
        if kind == "training":
            added += add_training(session, officer, actor, day, rest[0], rest[1], now)
        else:
            added += add_exam(session, officer, actor, day, rest[0], rest[1], now)
    return added, []
