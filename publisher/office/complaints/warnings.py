"""What step of a complaint is due, and the warnings the tick raises and escalates when it is late."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.intake.store import local_date
from publisher.models import (
    OPEN_STATUSES,
    Complaint,
    ComplaintWarning,
)
from publisher.office.complaints.filing import record
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar


def due(complaint: Complaint) -> tuple[str, dt.date] | None:
    """The step now waiting and its last day, or None when the complaint is finished."""
    if complaint.status == "received":
        return "accept", complaint.accept_due
    if complaint.status in OPEN_STATUSES and complaint.conclude_due is not None:
        return "conclude", complaint.conclude_due
    return None


def resolve(session: Session, complaint: Complaint, step: str, now: dt.datetime) -> None:
    """Resolve the open warnings of ``step`` (the step was done)."""
    for warning in session.scalars(
        select(ComplaintWarning).where(
            ComplaintWarning.complaint_id == complaint.id,
            ComplaintWarning.step == step,
            ComplaintWarning.resolved_at.is_(None),
        )
    ):
        warning.resolved_at = now


def escalate(
    session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> dict[str, int]:
    """Raise a warning for every overdue step and escalate it by working days overdue (tick)."""
    today = local_date(now)
    counts: dict[str, int] = {}
    candidates = select(Complaint).where(Complaint.status.in_(("received", *OPEN_STATUSES)))
    for complaint in session.scalars(candidates).all():
        step_due = due(complaint)
        if step_due is None or step_due[1] >= today:
            continue
        step, last_day = step_due
        level = deadlines.warning_level(calendar, last_day, today, config)
        warning = session.scalars(
            select(ComplaintWarning).where(
                ComplaintWarning.complaint_id == complaint.id,
                ComplaintWarning.step == step,
                ComplaintWarning.resolved_at.is_(None),
            )
        ).first()
        if warning is None:
            warning = ComplaintWarning(
                complaint_id=complaint.id, step=step, level=level, raised_at=now, escalated_at=now
            )
            session.add(warning)
            record(
                session, complaint, "complaint.warning_raised", now, "system", {"step": step, "level": level}
            )
            counts["complaint_warning.raised"] = counts.get("complaint_warning.raised", 0) + 1
        elif warning.level < level:
            record(
                session,
                complaint,
                "complaint.warning_escalated",
                now,
                "system",
                {"step": step, "from": warning.level, "to": level},
            )
            warning.level, warning.escalated_at = level, now
            key = f"complaint_warning.level{level}"
            counts[key] = counts.get(key, 0) + 1
    return counts
