"""Results of random inspections (抽查结果), published within 20 working days of the inspection.

A result names one code of ``inspection_result`` (未发现问题, 责令整改, 立案查处, …); when a case
follows it may name the decision, which must be the plan agency's own. The window counts from
the day the inspection concluded (``rules.deadlines.INSPECTION_RESULT_WINDOW``); a result
recorded after it is late by the working days shown on the supervision dashboard, as are drawn
objects still without a result 20 working days after the plan's period ended.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock, vocabulary
from publisher.lifecycle.actors import Actor, NotAllowed
from publisher.models import Agency, InspectionObject, InspectionPlan, InspectionTask, RawDecision
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar
from publisher.spotcheck.plans import allowed, plan


def record_result(
    session: Session,
    calendar: Calendar,
    *,
    plan_no: str,
    credit_code: str,
    result: str,
    result_date: dt.date,
    now: dt.datetime,
    actor: Actor,
    note: str | None = None,
    decision: str | None = None,
) -> InspectionTask:
    """Publish (or correct) the result of one drawn object's inspection."""
    chosen = plan(session, plan_no)
    allowed(actor, chosen.agency.code)
    if result not in vocabulary.codes("inspection_result"):
        raise ValueError(
            f"unknown result {result!r}: one of {', '.join(vocabulary.codes('inspection_result'))}"
        )
    if not chosen.draw_date <= result_date <= clock.local_date(now):
        raise ValueError("the inspection's date must lie between the draw date and today")
    task = session.scalars(
        select(InspectionTask)
        .join(InspectionObject)
        .where(InspectionTask.plan_id == chosen.id, InspectionObject.credit_code == credit_code)
    ).first()
    if task is None:
        raise LookupError(f"{credit_code} was not drawn in {plan_no}")
    if decision:
        _check_decision(session, chosen, result, decision)
    action = "inspection.result" if task.published_at is None else "inspection.result.correct"
    task.result, task.result_date, task.result_note, task.decision_doc_no = (
        result,
        result_date,
        note,
        decision,
    )
    task.published_at = task.published_at or now
    days, source = deadlines.INSPECTION_RESULT_WINDOW
    task.deadline = deadlines.count_deadline(calendar, result_date, days, source).last_day
    task.late_days = deadlines.late_by(calendar, task.deadline, clock.local_date(task.published_at))
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=action,
        entity="inspection_task",
        entity_id=f"{plan_no}/{credit_code}",
        agency_code=chosen.agency.code,
        after=result,
        detail={"result_date": result_date.isoformat(), "decision": decision, "late_days": task.late_days},
    )
    return task


def _check_decision(session: Session, chosen: InspectionPlan, result: str, doc_no: str) -> None:
    """A result links only its own agency's decision, and only when a case followed."""
    if result != "case":
        raise ValueError("only a result of 立案查处 (case) links a decision")
    owner = session.scalars(
        select(Agency.code)
        .join(RawDecision, RawDecision.agency_id == Agency.id)
        .where(RawDecision.doc_no == doc_no)
    ).first()
    if owner is None:
        raise LookupError(f"no decision numbered {doc_no}")
    if owner != chosen.agency.code:
        raise NotAllowed(f"{doc_no} is a decision of another agency")


def late(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Results published late, and drawn objects without a result past the window after the period."""
    days, source = deadlines.INSPECTION_RESULT_WINDOW
    stmt = (
        select(InspectionTask, InspectionPlan.plan_no, InspectionPlan.period_end, Agency.code)
        .join(InspectionPlan, InspectionPlan.id == InspectionTask.plan_id)
        .join(Agency, Agency.id == InspectionPlan.agency_id)
        .order_by(InspectionPlan.plan_no, InspectionTask.rank)
    )
    rows = []
    for task, plan_no, period_end, code in session.execute(stmt):
        if task.published_at is not None:
            due, late_days, state = task.deadline, task.late_days or 0, "late"
        else:
            due = deadlines.count_deadline(calendar, period_end, days, source).last_day
            late_days = deadlines.late_by(calendar, due, today) if due and due < today else 0
            state = "overdue"
        if late_days > 0:
            rows.append(
                {
                    "plan_no": plan_no,
                    "agency": code,
                    "credit_code": task.object.credit_code,
                    "name": task.object.name,
                    "state": state,
                    "due": due,
                    "late_days": late_days,
                    "source": source,
                }
            )
    return sorted(rows, key=lambda r: -r["late_days"])
