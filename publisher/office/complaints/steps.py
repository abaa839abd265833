"""The handling steps of the legal office and the agency: each checks the role and status and is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.intake.store import local_date
from publisher.lifecycle.actors import NotAllowed, RuleError
from publisher.models import (
    OPEN_STATUSES,
    Agency,
    Complaint,
    ComplaintAttachment,
    ComplaintFiler,
    User,
)
from publisher.office.complaints.filing import deadlines_for, record
from publisher.office.complaints.warnings import resolve
from publisher.redact import redact_text
from publisher.rules.calendar import Calendar
from publisher.rules.deadlines import after_days


def _require(user: User, *roles: str) -> None:
    if user.role not in roles:
        raise NotAllowed(f"{user.username} ({user.role}) may not do this")


def _require_handler(complaint: Complaint, user: User) -> None:
    _require(user, "supervisor")
    if complaint.handler_id != user.id:
        raise NotAllowed(f"{user.username} is not the handler of {complaint.tracking_no}")


def _require_status(complaint: Complaint, *statuses: str) -> None:
    if complaint.status not in statuses:
        raise RuleError(
            f"{complaint.tracking_no} 当前状态为 {complaint.status}，不能进行此操作 / "
            f"not possible while the complaint is {complaint.status}"
        )


def take(session: Session, complaint: Complaint, user: User, now: dt.datetime) -> None:
    """A supervisor becomes the handler of an unassigned complaint."""
    _require(user, "supervisor")
    if complaint.handler_id not in (None, user.id):
        raise RuleError(f"{complaint.tracking_no} 已由他人办理 / already has a handler")
    complaint.handler_id = user.id
    record(session, complaint, "complaint.taken", now, user.username)


def assign(session: Session, complaint: Complaint, handler: User, admin: User, now: dt.datetime) -> None:
    """An administrator hands a complaint to another supervisor (absence, conflict of interest)."""
    _require(admin, "admin")
    _require(handler, "supervisor")
    complaint.handler_id = handler.id
    record(session, complaint, "complaint.assigned", now, admin.username, {"handler": handler.username})


def filer(session: Session, complaint: Complaint, user: User, now: dt.datetime) -> ComplaintFiler | None:
    """The filer's identity, for the complaint's handler only; every read is audited."""
    _require_handler(complaint, user)
    record(session, complaint, "complaint.identity_viewed", now, user.username)
    return session.get(ComplaintFiler, complaint.id)


def attachment(
    session: Session, complaint: Complaint, user: User, attachment_id: int, now: dt.datetime
) -> ComplaintAttachment | None:
    """One attachment of the complaint, for its handler only; every opening is audited."""
    _require_handler(complaint, user)
    item = session.get(ComplaintAttachment, attachment_id)
    if item is None or item.complaint_id != complaint.id:
        return None
    record(session, complaint, "complaint.attachment_opened", now, user.username, {"sha256": item.sha256})
    return item


def accept(
    session: Session,
    complaint: Complaint,
    user: User,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> None:
    """Accept (受理): the conclusion period starts the next day."""
    _require_handler(complaint, user)
    _require_status(complaint, "received")
    today = local_date(now)
    periods = deadlines_for(config, complaint.agency.code)
    complaint.status = "accepted"
    complaint.decided_at = now
    complaint.decided_on_time = today <= complaint.accept_due
    complaint.conclude_due = after_days(calendar, today, periods["conclude_days"])
    resolve(session, complaint, "accept", now)
    record(
        session,
        complaint,
        "complaint.accepted",
        now,
        user.username,
        {"conclude_due": complaint.conclude_due.isoformat(), "on_time": complaint.decided_on_time},
    )


def refuse(session: Session, complaint: Complaint, user: User, reason: str, now: dt.datetime) -> None:
    """Refuse (不予受理) with a reason the filer sees."""
    _require_handler(complaint, user)
    _require_status(complaint, "received")
    if not reason.strip():
        raise RuleError("不予受理须说明理由 / a refusal needs a reason")
    complaint.status = "refused"
    complaint.decided_at = complaint.closed_at = now
    complaint.decided_on_time = local_date(now) <= complaint.accept_due
    complaint.refusal_reason = reason
    resolve(session, complaint, "accept", now)
    record(
        session, complaint, "complaint.refused", now, user.username, {"on_time": complaint.decided_on_time}
    )


def route(
    session: Session, complaint: Complaint, user: User, agency_code: str, note: str, now: dt.datetime
) -> None:
    """Route (交办) to an agency: it receives a copy with the filer's identity redacted."""
    _require_handler(complaint, user)
    _require_status(complaint, "accepted", "routed")
    agency = session.scalars(select(Agency).where(Agency.code == agency_code)).first()
    if agency is None:
        raise RuleError(f"unknown agency {agency_code!r}")
    person = session.get(ComplaintFiler, complaint.id)
    declared = {
        "target_type": "natural_person",
        "target_name": person.name if person else "",
        "phone": person.phone if person else "",
        "address": person.address if person else "",
    }
    email = person.email if person else ""
    complaint.routed_facts = without_identity(complaint.facts, declared, email)
    complaint.routed_request = without_identity(complaint.request, declared, email)
    complaint.routed_to_id = agency.id
    complaint.routed_at = now
    complaint.routing_note = note
    complaint.status = "routed"
    record(session, complaint, "complaint.routed", now, user.username, {"to": agency.code})


def without_identity(text: str, declared: Mapping[str, str], email: str = "") -> str:
    """The text with the filer's declared details and any personal identifiers removed."""
    redacted, _spans = redact_text(text, declared)
    if len(email) > 3:
        redacted = redacted.replace(email, "***")
    return redacted


def agency_reply(session: Session, complaint: Complaint, user: User, text: str, now: dt.datetime) -> None:
    """The routed agency reports what it did (办理结果) to the handler."""
    _require(user, "clerk", "reviewer")
    if user.agency_id is None or user.agency_id != complaint.routed_to_id:
        raise NotAllowed(f"{user.username} may not answer for another agency")
    _require_status(complaint, "routed")
    if not text.strip():
        raise RuleError("请填写办理结果 / the reply is empty")
    complaint.agency_reply = text
    complaint.agency_replied_at = now
    complaint.status = "replied"
    record(session, complaint, "complaint.agency_replied", now, user.username)


def request_extension(
    session: Session, complaint: Complaint, user: User, reason: str, now: dt.datetime
) -> None:
    """Ask once for more time; another supervisor or an administrator approves."""
    _require_handler(complaint, user)
    _require_status(complaint, *OPEN_STATUSES)
    if complaint.extension_requested_by is not None:
        raise RuleError("延期只能申请一次 / an extension may be asked for once only")
    if not reason.strip():
        raise RuleError("延期须说明理由 / an extension needs a reason")
    complaint.extension_requested_by = user.id
    complaint.extension_reason = reason
    record(session, complaint, "complaint.extension_requested", now, user.username)


def approve_extension(
    session: Session,
    complaint: Complaint,
    user: User,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> None:
    """Approve the one extension: the conclusion deadline moves by the extension period."""
    _require(user, "supervisor", "admin")
    _require_status(complaint, *OPEN_STATUSES)
    if complaint.extension_requested_by is None or complaint.extension_approved_by is not None:
        raise RuleError("没有待批准的延期申请 / no extension is waiting for approval")
    if complaint.extension_requested_by == user.id:
        raise NotAllowed("申请人不能批准自己的延期 / the requester cannot approve their own extension")
    assert complaint.conclude_due is not None
    periods = deadlines_for(config, complaint.agency.code)
    complaint.conclude_due = after_days(calendar, complaint.conclude_due, periods["extension_days"])
    complaint.extension_approved_by = user.id
    complaint.extended_at = now
    resolve(session, complaint, "conclude", now)
    record(
        session,
        complaint,
        "complaint.extended",
        now,
        user.username,
        {"conclude_due": complaint.conclude_due.isoformat()},
    )


def answer(session: Session, complaint: Complaint, user: User, text: str, now: dt.datetime) -> None:
    """Reply to the filer and close (办结); the reply is what tracking shows."""
    _require_handler(complaint, user)
    _require_status(complaint, *OPEN_STATUSES)
    if not text.strip():
        raise RuleError("请填写答复内容 / the answer is empty")
    assert complaint.conclude_due is not None
    complaint.answer = text
    complaint.closed_at = now
    complaint.closed_on_time = local_date(now) <= complaint.conclude_due
    complaint.status = "closed"
    resolve(session, complaint, "conclude", now)
    record(session, complaint, "complaint.closed", now, user.username, {"on_time": complaint.closed_on_time})
