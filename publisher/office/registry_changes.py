"""Changes of basic information (agencies, powers lists) decided by the district legal office
(seed 002 三(一)): requested by the agency, live on approval, each decision audited; the
approved ones are the public history of every agency and power item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.intake import store
from publisher.lifecycle.actors import NotAllowed, RuleError
from publisher.models import Agency, RegistryChange, User
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

DECIDE_DAYS = (15, "武清区关于加强行政执法监督平台管理的实施意见 三(一)：基本信息变更15日内审核")  # seed 002


def due(change: RegistryChange, calendar: Calendar) -> dt.date:
    """The day by which the legal office decides a request (N日 from the request)."""
    return deadlines.after_days(calendar, clock.local(change.requested_at).date(), DECIDE_DAYS[0])


def pending(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Requests waiting for a decision, the oldest first, with their deadline."""
    rows = []
    stmt = select(RegistryChange).where(RegistryChange.status == "pending").order_by(RegistryChange.id)
    for change in session.scalars(stmt):
        last_day = due(change, calendar)
        rows.append(
            {
                "id": change.id,
                "kind": change.kind,
                "key": change.key,
                "agency": change.agency.code,
                "requested": clock.local(change.requested_at).date(),
                "requested_by": change.requested_by,
                "due": last_day,
                "overdue_days": max(0, (today - last_day).days),
                "fields": changed_fields(change),
            }
        )
    return rows


def changed_fields(change: RegistryChange) -> list[str]:
    """The public fields the request changes."""
    names = sorted(set(change.before) | set(change.after))
    return [n for n in names if str(change.before.get(n) or "") != str(change.after.get(n) or "")]


def decide(
    session: Session, change: RegistryChange, approve: bool, user: User, now: dt.datetime, note: str = ""
) -> None:
    """Approve (the change goes live now) or reject a request; only the legal office decides."""
    if user.role not in ("supervisor", "admin"):
        raise NotAllowed(f"{user.username} ({user.role}) may not decide changes of basic information")
    if user.username == change.requested_by:
        raise NotAllowed("不能审核自己提交的变更 / nobody decides their own change request")
    audit.lock(session)  # decisions one at a time: the status read next is the one that counts
    session.refresh(change)
    if change.status != "pending":
        raise RuleError("该变更申请已处理 / the request was already decided")
    change.status = "approved" if approve else "rejected"
    change.decided_at, change.decided_by, change.note = now, user.username, note or None
    if approve:
        store.apply_change(session, change, now)
    audit.record(
        session,
        now=now,
        actor=user.username,
        action=f"registry.change_{change.status}",
        entity=change.kind,
        entity_id=change.key,
        agency_code=change.agency.code,
        after=change.digest,
        detail={"request": change.id, "fields": changed_fields(change), "note": note},
    )


def history(session: Session, agency: Agency) -> list[dict[str, Any]]:
    """The approved changes of an agency and its power items, the newest first: each with the
    version before and after, and the day the legal office approved it."""
    stmt = (
        select(RegistryChange)
        .where(RegistryChange.agency_id == agency.id, RegistryChange.status == "approved")
        .order_by(RegistryChange.decided_at.desc(), RegistryChange.id.desc())
    )
    return [
        {
            "kind": c.kind,
            "key": c.key,
            "requested": clock.local(c.requested_at).date().isoformat(),
            "approved": clock.local(c.decided_at).date().isoformat() if c.decided_at else None,
            "fields": changed_fields(c),
            "before": c.before,
            "after": c.after,
        }
        for c in session.scalars(stmt)
    ]
