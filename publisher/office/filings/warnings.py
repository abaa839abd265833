"""Filings not made by their day: warnings raised and escalated by the tick, like disclosures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from functools import partial
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.models import FilingWarning, MajorDecision
from publisher.office import escalation
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar


def _open(session: Session, item: MajorDecision) -> FilingWarning | None:
    stmt = select(FilingWarning).where(FilingWarning.major_id == item.id, FilingWarning.resolved_at.is_(None))
    return session.scalars(stmt).first()


def resolve(session: Session, item: MajorDecision, now: dt.datetime) -> None:
    """The decision was filed: its warning is resolved."""
    warning = _open(session, item) if item.id is not None else None
    if warning is not None:
        warning.resolved_at = now


def forget(session: Session, item: MajorDecision) -> None:
    """Remove a flag's warnings with it (the audit trail keeps their history)."""
    session.execute(delete(FilingWarning).where(FilingWarning.major_id == item.id))


def record(
    session: Session,
    item: MajorDecision,
    action: str,
    now: dt.datetime,
    actor: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append a step of a major decision's filing to the audit trail."""
    audit.record(
        session,
        now=now,
        actor=actor,
        action=action,
        entity="decision",
        entity_id=item.raw.doc_no,
        agency_code=item.raw.agency.code,
        detail=detail or {},
    )


def escalate(
    session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> Counter[str]:
    """Raise a warning for every major decision not filed by its day; escalate it by working days late."""
    today = clock.local_date(now)
    counts: Counter[str] = Counter()
    late = select(MajorDecision).where(MajorDecision.filed_at.is_(None), MajorDecision.filing_due < today)
    for item in session.scalars(late).all():
        level = deadlines.warning_level(calendar, item.filing_due, today, config)
        new = partial(FilingWarning, major_id=item.id)
        escalation.reach(session, item, _open(session, item), level, new, record, "filing", now, counts)
    return counts


def open_warnings(session: Session, major_ids: list[int]) -> dict[int, FilingWarning]:
    """The unresolved warning of each of these major decisions."""
    return escalation.open_by(session, FilingWarning.major_id, major_ids)
