"""The demo district's case records (执法全过程记录): the stages of each decision of the last year,
entered on a simulated clock (most the same or the next working day, about one in twenty late),
and audio-visual records of every seizure but one, so the dashboard has warnings to show.

Stored through the intake's own storing and audit events, then timed and warned by
``cases.assess`` as the tick does; the agencies' legal offices have handled the late entries of
more than a month ago. Safe to run again: once any stage is stored nothing is added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.demodata.history import _at
from publisher.intake import store
from publisher.lifecycle.actors import Actor
from publisher.models import CaseStage, CaseWarning, Officer, RawDecision
from publisher.office import cases
from publisher.office.cases import rules
from publisher.rules.calendar import Calendar, UnknownCalendar

DOCUMENTS = {
    "filing": "立案审批表",
    "investigation": "现场检查笔录",
    "notice": "行政处罚事先告知书",
    "hearing": "听证笔录",
    "legal_review": "重大执法决定法制审核意见书",
    "decision": "决定书",
    "service": "送达回证",
    "enforcement": "执行记录",
    "closing": "结案审批表",
}
HANDLED = "经办人未及时录入，已补录；法制科已提醒按期录入。"


def _roll(*parts: object) -> int:
    """A stable number 0–99 for a decision and a stage (the demo is the same every time)."""
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:6], 16) % 100


def plan(raw: RawDecision) -> Iterator[tuple[str, dt.date]]:
    """The stages a case of this kind goes through, and their days, in order."""
    day, record, roll = raw.decision_date, raw.record, _roll(raw.doc_no)
    days = dt.timedelta
    if raw.category == "penalty" and record.get("procedure") == "ordinary":
        yield "filing", day - days(12 + roll % 9)
        yield "investigation", day - days(9 + roll % 3)
        yield "notice", day - days(6)
        if record.get("hearing_held"):
            yield "hearing", day - days(3)
        if record.get("review_date"):
            yield "legal_review", dt.date.fromisoformat(str(record["review_date"]))
    elif raw.category == "coercion":
        yield "filing", day - days(1)
        yield "investigation", day
    elif raw.category == "inspection":
        yield "investigation", day
    else:
        yield "filing", day - days(10 + roll % 10)
    yield "decision", day
    served = record.get("served_date")
    yield "service", dt.date.fromisoformat(str(served)) if served else day
    if raw.category in ("penalty", "coercion"):
        yield "enforcement", day + days(15 + roll % 10)
    yield "closing", day + days(30 + roll % 15)


def _entered(calendar: Calendar, doc_no: str, stage: str, happened: dt.date) -> dt.datetime | None:
    """When the agency entered the stage: mostly at once, about one in twenty late."""
    roll = _roll(doc_no, stage)
    try:
        if roll < 5:
            return _at(calendar.add_working_days(happened, 3 + roll), 16)
        return _at(calendar.add_working_days(happened, roll % 2), 17)
    except UnknownCalendar:
        return None


def _store(session: Session, kind: str, record: dict[str, Any], now: dt.datetime) -> None:
    """Store one row as the intake does, with its audit event."""
    result = store.upsert(session, kind, record, None, now)
    audit.record(
        session,
        now=now,
        actor="demo",
        action=f"intake.{result.action}",
        entity=kind,
        entity_id="/".join(store.natural_key(kind, record)),
        agency_code=record["agency"],
        after=result.after,
    )


def seed(session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime) -> dict[str, int]:
    """Stages of the year before ``until``, audio-visual records of every seizure but one, and
    the warnings the tick raises for them."""
    counts = {"stages": 0, "av_records": 0, "late": 0}
    if session.scalars(select(CaseStage.id)).first() is not None:
        return counts
    session.info["actor"] = "demo"
    since = until.date() - dt.timedelta(days=365)
    stmt = (
        select(RawDecision)
        .where(RawDecision.decision_date > since)
        .order_by(RawDecision.decision_date, RawDecision.id)
    )
    decisions = list(session.scalars(stmt))
    coercion = (
        select(RawDecision).where(RawDecision.category == "coercion").order_by(RawDecision.decision_date)
    )
    seizures = [r for r in session.scalars(coercion) if rules.needs_av(r.record, config)]
    forgotten = seizures[-3].id if len(seizures) >= 3 else None  # a recent one, so its warning shows
    for raw in seizures:
        if raw.id != forgotten:
            counts["av_records"] += _av(session, raw, until)
    for raw in decisions:
        for stage, happened in plan(raw):
            entered = _entered(calendar, raw.doc_no, stage, happened)
            if entered is None or entered > until:
                continue
            row = {"decision": raw.doc_no, "agency": raw.agency.code, "stage": stage, "happened": happened}
            _store(session, "case_stages", {**row, "document": DOCUMENTS[stage]}, entered)
            counts["stages"] += 1
    session.flush()
    cases.assess(session, until, calendar, config)
    counts["late"] = _handle_old(session, until)
    return counts


def _av(session: Session, raw: RawDecision, until: dt.datetime) -> int:
    """The seizure's recordings: the on-site body camera and, for most, the service."""
    names = session.scalars(select(Officer.name).where(Officer.agency_id == raw.agency_id).limit(2)).all()
    who = "、".join(names) or "执法人员"
    day = raw.decision_date
    rows = [("现场扣押全过程执法记录仪视频", day), ("扣押决定书现场送达录像", day)]
    stored = 0
    for what, recorded in rows[: 1 + _roll(raw.doc_no, "av") % 2]:
        entered = _at(day, 18)
        if entered > until:
            continue
        kept = f"{raw.agency.name}执法记录仪数据管理系统，{recorded.isoformat()} 批次"
        record = {
            "decision": raw.doc_no,
            "agency": raw.agency.code,
            "what": what,
            "recorded_on": recorded,
            "recorded_by": who,
            "kept_at": kept,
        }
        _store(session, "av_records", record, entered)
        stored += 1
    return stored


def _handle_old(session: Session, until: dt.datetime) -> int:
    """The agencies' legal offices handled late entries due more than a month ago."""
    stmt = select(CaseWarning).where(CaseWarning.kind == "stage_late", CaseWarning.resolved_at.is_(None))
    late = list(session.scalars(stmt))
    for warning in late:
        if warning.due < until.date() - dt.timedelta(days=30):
            office = Actor("legal_office", "reviewer", warning.raw.agency.code)
            cases.handle(session, warning, office, HANDLED, until)
    return len(late)
