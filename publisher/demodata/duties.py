"""The demo district's duties to the legal office (seed 000), made on a simulated clock through
the functions the back office calls: the last four quarters' penalty tables, each confirmed by
its agency a few working days before the 10th (one agency once late, after the tick's
warnings), training hours and an exam for every officer (some short of the hours), and one
special statement of a year without penalties or licences, and last year's case-file review,
scored and published. Safe to run again."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.demodata.history import _at
from publisher.lifecycle.actors import Actor
from publisher.models import Agency, CaseReview, Officer, QuarterlyTable, SpecialStatement, User
from publisher.office.duties import casefiles, quarterly, statements, training
from publisher.office.duties import warnings as duty_warnings
from publisher.rules.calendar import Calendar, UnknownCalendar

COURSES = [
    "行政处罚法专题培训",
    "行政许可法与审批改革",
    "行政强制法与执法程序",
    "行政执法三项制度",
    "行政复议与行政诉讼案例研讨",
    "证据收集与执法文书制作",
]
REMARKS = [
    "案卷材料齐全，文书规范。",
    "证据目录与卷内材料页码不一致，已要求整改。",
    "告知书送达回证缺少签收日期。",
    "裁量说明较简略，建议写明适用的裁量基准条目。",
]
STATEMENT = "本机关本年度未作出行政处罚和行政许可决定：本级承担的主要是指导、监督职责，具体执法事项由区级执法机关承办。"


def _roll(*parts: object) -> int:
    """A stable number 0–99 for a demo choice (the same on every load)."""
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:6], 16) % 100


def _clerk(agency: Agency) -> Actor:
    """The agency's demo clerk account when it has one, else a named stand-in."""
    return Actor(_CLERKS.get(agency.id, f"demo-{agency.code.lower()}"), "clerk", agency.code)


_CLERKS: dict[int, str] = {}


def _quarters(until: dt.date) -> list[tuple[int, int]]:
    year, quarter = quarterly.previous(until)
    out = []
    for _ in range(4):
        out.append((year, quarter))
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return list(reversed(out))


def _tables(session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime) -> int:
    """Build and confirm the last four quarters' tables; the first agency is late once."""
    confirmed = 0
    first = duty_warnings.since(session)
    agencies = list(session.scalars(select(Agency).order_by(Agency.code)))
    for year, number in _quarters(until.date()):
        end = quarterly.bounds(year, number)[1]
        if first is None or end < first:
            continue
        quarterly.build(session, year, number, _at(end + dt.timedelta(days=1), 2), calendar, config)
        due = quarterly.due_date(calendar, year, number, config)
        stmt = select(QuarterlyTable).where(QuarterlyTable.year == year, QuarterlyTable.quarter == number)
        found = session.scalars(stmt.order_by(QuarterlyTable.agency_id)).all()
        # the late agency last: the others confirm before the day, so the tick warns of it alone
        for table in sorted(found, key=lambda t: t.agency_id == agencies[-1].id):
            late = table.agency_id == agencies[-1].id and number == 2
            try:
                day = (
                    calendar.add_working_days(due, 5)
                    if late
                    else calendar.add_working_days(due, -2 - _roll(table.id) % 4)
                )
            except UnknownCalendar:
                continue
            if table.confirmed_at is not None or _at(day, 16) > until:
                continue
            if late:  # the tick's warnings before the late confirmation: level 1, then 2
                for past in (1, 3):
                    quarterly.tick(session, _at(calendar.add_working_days(due, past), 1), calendar, config)
            quarterly.confirm(
                session, table, _clerk(table.agency), table.digest, _at(day, 16), calendar, config
            )
            confirmed += 1
    return confirmed


def _training(session: Session, until: dt.datetime) -> int:
    """Courses of the year for every officer: most reach 40 hours, about one in six does not."""
    added = 0
    for officer in session.scalars(select(Officer).order_by(Officer.id)):
        short = _roll("short", officer.credential_no) < 16
        clerk = _clerk(officer.agency)
        for year in (until.year - 1, until.year):
            total = 0
            for n, course in enumerate(COURSES):
                hours = 8 if not short else 4
                day = dt.date(year, 2 + 2 * n, 10 + _roll(officer.id, n) % 15)
                if total >= 48 or _at(day) > until:
                    break
                added += training.add_training(
                    session, officer, clerk, day, Decimal(hours), course, _at(day, 17)
                )
                total += hours
            exam_day = dt.date(year, 11, 5)
            if _at(exam_day) <= until:
                result = "fail" if _roll("exam", officer.id, year) < 5 else "pass"
                score = (
                    Decimal(52 + _roll("score", officer.id) % 8)
                    if result == "fail"
                    else Decimal(70 + _roll(officer.id) % 30)
                )
                training.add_exam(session, officer, clerk, exam_day, result, score, _at(exam_day, 17))
    return added


def _statement(session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime) -> int:
    """The first agency that owes last year's statement files it on time; the others stay flagged."""
    year = until.year - 1
    owing = statements.owing(session, year)
    if not owing or session.scalars(select(SpecialStatement).where(SpecialStatement.year == year)).first():
        return 0
    agency = owing[0]
    statements.file(
        session, agency, year, STATEMENT, _clerk(agency), _at(dt.date(year, 12, 22), 15), calendar, config
    )
    return 1


def _case_review(session: Session, config: dict[str, Any], until: dt.datetime) -> int:
    """Last year's review: drawn in February, every case scored in March, published by April."""
    year = until.year - 1
    drawn, published = _at(dt.date(until.year, 2, 16)), _at(dt.date(until.year, 3, 31), 15)
    if published > until or session.scalars(select(CaseReview).where(CaseReview.year == year)).first():
        return 0
    supervisor = Actor("supervisor", "supervisor")
    review = casefiles.start(
        session, year, supervisor, drawn, config, f"临江区{year}年度案卷评查-{year + 1}0216"
    )
    for n, case in enumerate(review.cases):
        points = {
            item["code"]: str(max(Decimal(0), Decimal(item["weight"]) - _roll(case.id, item["code"]) % 4))
            for item in review.sheet
        }
        remark = REMARKS[_roll("remark", case.id) % len(REMARKS)]
        casefiles.score(
            session, case, supervisor, points, remark, _at(dt.date(until.year, 3, 2 + n % 20), 11)
        )
    casefiles.publish(session, review, supervisor, published)
    return len(review.cases)


def seed(session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime) -> dict[str, int]:
    """Make the demo year's tables, training, exams, statement and case-file review."""
    clerks = select(User.agency_id, User.username).where(User.role == "clerk", User.agency_id.is_not(None))
    _CLERKS.update((agency_id, name) for agency_id, name in session.execute(clerks) if agency_id is not None)
    return {
        "quarterly tables confirmed": _tables(session, calendar, config, until),
        "training records": _training(session, until),
        "special statements": _statement(session, calendar, config, until),
        "case files reviewed": _case_review(session, config, until),
    }
