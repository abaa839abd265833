"""Warnings of duties not done by their day (a quarterly table unconfirmed, a special statement
not filed): level 1–3 on the working-day calendar like every warning, raised and escalated by
the tick, resolved when the duty is done or is no longer owed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.models import Agency, DutyWarning, RawDecision
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar


def _find(session: Session, kind: str, agency: Agency, subject: str) -> DutyWarning | None:
    stmt = select(DutyWarning).where(
        DutyWarning.kind == kind, DutyWarning.agency_id == agency.id, DutyWarning.subject == subject
    )
    return session.scalars(stmt).first()


def _record(
    session: Session, warning: DutyWarning, agency: Agency, action: str, now: dt.datetime, **detail: Any
) -> None:
    audit.record(
        session,
        now=now,
        actor="system",
        action=f"duty.{action}",
        entity=warning.kind,
        entity_id=f"{agency.code}:{warning.subject}",
        agency_code=agency.code,
        detail=detail,
    )


def check(
    session: Session,
    kind: str,
    agency: Agency,
    subject: str,
    due: dt.date,
    owed: bool,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> Counter[str]:
    """Raise or escalate the warning of a duty still owed after ``due``; resolve it otherwise."""
    today, counts = clock.local_date(now), Counter[str]()
    warning = _find(session, kind, agency, subject)
    if not owed or today <= due:
        if warning is not None and warning.resolved_at is None:
            warning.resolved_at = now
            _record(session, warning, agency, "warning_resolved", now, level=warning.level)
            counts[f"{kind}_warning.resolved"] += 1
        return counts
    level = deadlines.warning_level(calendar, due, today, config)
    if warning is None or warning.resolved_at is not None:
        if warning is None:
            warning = DutyWarning(kind=kind, agency_id=agency.id, subject=subject)
            session.add(warning)
        warning.due, warning.level, warning.raised_at, warning.escalated_at = due, level, now, now
        warning.resolved_at = None
        _record(session, warning, agency, "warning_raised", now, level=level, due=due.isoformat())
        counts[f"{kind}_warning.raised"] += 1
    elif warning.level < level:
        _record(session, warning, agency, "warning_escalated", now, **{"from": warning.level, "to": level})
        warning.level, warning.escalated_at = level, now
        counts[f"{kind}_warning.level{level}"] += 1
    return counts


def resolve(session: Session, kind: str, agency: Agency, subject: str, now: dt.datetime) -> None:
    """The duty was done: its open warning (if any) is resolved at once, not at the next tick."""
    warning = _find(session, kind, agency, subject)
    if warning is not None and warning.resolved_at is None:
        warning.resolved_at = now
        _record(session, warning, agency, "warning_resolved", now, level=warning.level)


def since(session: Session) -> dt.date | None:
    """The first decision day on the platform: duties of earlier quarters and years are not
    counted (the platform has no record of them), so a new deployment is not born late."""
    return session.scalar(select(func.min(RawDecision.decision_date)))


def open_warnings(session: Session, agency_id: int | None = None) -> list[DutyWarning]:
    """Unresolved duty warnings (of one agency, when given), most severe first."""
    stmt = select(DutyWarning).where(DutyWarning.resolved_at.is_(None))
    if agency_id is not None:
        stmt = stmt.where(DutyWarning.agency_id == agency_id)
    return list(session.scalars(stmt.order_by(DutyWarning.level.desc(), DutyWarning.raised_at)))
