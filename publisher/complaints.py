"""Complaints and reports (投诉举报): filing, handling steps, deadlines, warnings and counts.

LEGAL.md §5: acknowledge on receipt with a tracking number; accept or refuse within 5
working days; conclude within 30 days, extendable once by at most 30 days with
approval; tell named filers the result; anonymous reports allowed. The filer's identity
is never shown to the agency concerned nor in public, and every read of it is audited.

Every function takes ``now`` and the acting :class:`User`, checks the role, and appends
to the audit trail inside the caller's transaction; none of them writes filer data to
the trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher import audit, clock, deadlines
from publisher.actors import NotAllowed, RuleError
from publisher.attachments import Attachment
from publisher.calendar import Calendar, UnknownCalendar
from publisher.models import (
    OPEN_STATUSES,
    Agency,
    Complaint,
    ComplaintAttachment,
    ComplaintFiler,
    ComplaintWarning,
    User,
)
from publisher.redact import redact_text
from publisher.store import local_date

DEFAULT_DEADLINES = {"accept_workdays": 5, "conclude_days": 30, "extension_days": 30}
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed again


@dataclass(frozen=True)
class Filing:
    """What the form collected, already normalised and stripped of HTML."""

    kind: str
    agency_code: str
    facts: str
    request: str
    submission_key: str
    officer_credential: str | None = None
    decision_public_id: str | None = None
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    attachments: Sequence[Attachment] = field(default_factory=tuple)

    @property
    def anonymous(self) -> bool:
        """A report filed without any contact details."""
        return not (self.name or self.phone or self.email or self.address)


@dataclass(frozen=True)
class Receipt:
    """Shown once to the filer: the access code is not stored, only its hash."""

    tracking_no: str
    access_code: str
    received_at: dt.datetime
    accept_due: dt.date
    duplicate: bool = False


def _code(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def hash_code(code: str) -> str:
    """SHA-256 of an access code (16 characters from 31 symbols: about 79 bits, no need to stretch)."""
    normalised = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(normalised.encode()).hexdigest()


def deadlines_for(config: Mapping[str, Any], agency_code: str) -> dict[str, int]:
    """The handling periods for complaints about one agency (LEGAL.md §5 defaults, overridable)."""
    table = dict(config.get("COMPLAINT_DEADLINES") or {})
    merged = dict(DEFAULT_DEADLINES)
    merged.update(table.get("default", {}))
    merged.update(table.get(agency_code, {}))
    return {k: int(v) for k, v in merged.items()}


def after_working_days(calendar: Calendar, start: dt.date, days: int) -> dt.date:
    """``days`` working days after ``start``; without the year's calendar, the earlier calendar-day count."""
    try:
        return calendar.add_working_days(start, days)
    except UnknownCalendar:
        return start + dt.timedelta(days=days)


def after_days(calendar: Calendar, start: dt.date, days: int) -> dt.date:
    """``days`` calendar days after ``start``, moved past rest days (民法典 art. 203).

    Without the calendar of the last day's year the day is not moved: the earlier date
    is always safe for the filer.
    """
    day = start + dt.timedelta(days=days)
    try:
        while not calendar.is_workday(day):
            day += dt.timedelta(days=1)
    except UnknownCalendar:
        pass
    return day


def submit(
    session: Session, filing: Filing, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> Receipt:
    """Store a complaint, its filer and its attachments in the caller's transaction.

    The same ``submission_key`` twice (a reloaded form) returns the first receipt's
    tracking number with ``duplicate`` set, and stores nothing more.
    """
    if filing.kind not in ("complaint", "report"):
        raise RuleError(f"unknown kind {filing.kind!r}")
    if filing.kind == "complaint" and filing.anonymous:
        raise RuleError("投诉须留联系方式 / a complaint needs contact details")
    previous = session.scalars(
        select(Complaint).where(Complaint.submission_key == filing.submission_key)
    ).first()
    if previous is not None:
        return Receipt(previous.tracking_no, "", previous.received_at, previous.accept_due, duplicate=True)
    agency = session.scalars(select(Agency).where(Agency.code == filing.agency_code)).one()
    today = local_date(now)
    periods = deadlines_for(config, agency.code)
    access_code = _code(16)
    complaint = Complaint(
        tracking_no=f"TS{today:%Y%m%d}{_code(6)}",
        access_hash=hash_code(access_code),
        submission_key=filing.submission_key,
        kind=filing.kind,
        agency_id=agency.id,
        officer_credential=filing.officer_credential or None,
        decision_public_id=filing.decision_public_id or None,
        facts=filing.facts,
        request=filing.request,
        anonymous=filing.anonymous,
        status="received",
        received_at=now,
        accept_due=after_working_days(calendar, today, periods["accept_workdays"]),
    )
    session.add(complaint)
    session.flush()
    if not filing.anonymous:
        session.add(
            ComplaintFiler(
                complaint_id=complaint.id,
                name=filing.name,
                phone=filing.phone,
                email=filing.email,
                address=filing.address,
            )
        )
    for item in filing.attachments:
        session.add(
            ComplaintAttachment(
                complaint_id=complaint.id,
                filename=item.filename,
                media_type=item.media_type,
                size=len(item.content),
                sha256=item.sha256,
                content=item.content,
            )
        )
    _audit(
        session,
        complaint,
        "complaint.received",
        now,
        "public",
        {
            "kind": filing.kind,
            "anonymous": filing.anonymous,
            "attachments": [a.sha256 for a in filing.attachments],
            "accept_due": complaint.accept_due.isoformat(),
        },
        agency_code=agency.code,
    )
    return Receipt(complaint.tracking_no, access_code, now, complaint.accept_due)


def track(session: Session, tracking_no: str, access_code: str) -> Complaint | None:
    """The complaint when both the tracking number and the access code match, else None."""
    complaint = session.scalars(
        select(Complaint).where(Complaint.tracking_no == tracking_no.strip().upper())
    ).first()
    expected = complaint.access_hash if complaint else hash_code("x" * 16)
    ok = hmac.compare_digest(expected, hash_code(access_code))
    return complaint if complaint is not None and ok else None


# -- handling (the supervisor's legal office) -------------------------------------------------


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


def _audit(
    session: Session,
    complaint: Complaint,
    action: str,
    now: dt.datetime,
    actor: str,
    detail: dict[str, Any] | None = None,
    agency_code: str | None = None,
) -> None:
    audit.record(
        session,
        now=now,
        actor=actor,
        action=action,
        entity="complaint",
        entity_id=complaint.tracking_no,
        agency_code=agency_code or complaint.agency.code,
        detail=detail or {},
    )


def take(session: Session, complaint: Complaint, user: User, now: dt.datetime) -> None:
    """A supervisor becomes the handler of an unassigned complaint."""
    _require(user, "supervisor")
    if complaint.handler_id not in (None, user.id):
        raise RuleError(f"{complaint.tracking_no} 已由他人办理 / already has a handler")
    complaint.handler_id = user.id
    _audit(session, complaint, "complaint.taken", now, user.username)


def assign(session: Session, complaint: Complaint, handler: User, admin: User, now: dt.datetime) -> None:
    """An administrator hands a complaint to another supervisor (absence, conflict of interest)."""
    _require(admin, "admin")
    _require(handler, "supervisor")
    complaint.handler_id = handler.id
    _audit(session, complaint, "complaint.assigned", now, admin.username, {"handler": handler.username})


def filer(session: Session, complaint: Complaint, user: User, now: dt.datetime) -> ComplaintFiler | None:
    """The filer's identity, for the complaint's handler only; every read is audited."""
    _require_handler(complaint, user)
    _audit(session, complaint, "complaint.identity_viewed", now, user.username)
    return session.get(ComplaintFiler, complaint.id)


def attachment(
    session: Session, complaint: Complaint, user: User, attachment_id: int, now: dt.datetime
) -> ComplaintAttachment | None:
    """One attachment of the complaint, for its handler only; every opening is audited."""
    _require_handler(complaint, user)
    item = session.get(ComplaintAttachment, attachment_id)
    if item is None or item.complaint_id != complaint.id:
        return None
    _audit(session, complaint, "complaint.attachment_opened", now, user.username, {"sha256": item.sha256})
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
    _resolve_warnings(session, complaint, "accept", now)
    _audit(
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
    _resolve_warnings(session, complaint, "accept", now)
    _audit(
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
    _audit(session, complaint, "complaint.routed", now, user.username, {"to": agency.code})


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
    _audit(session, complaint, "complaint.agency_replied", now, user.username)


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
    _audit(session, complaint, "complaint.extension_requested", now, user.username)


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
    _resolve_warnings(session, complaint, "conclude", now)
    _audit(
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
    _resolve_warnings(session, complaint, "conclude", now)
    _audit(session, complaint, "complaint.closed", now, user.username, {"on_time": complaint.closed_on_time})


# -- deadlines, warnings and counts -----------------------------------------------------------


def due(complaint: Complaint) -> tuple[str, dt.date] | None:
    """The step now waiting and its last day, or None when the complaint is finished."""
    if complaint.status == "received":
        return "accept", complaint.accept_due
    if complaint.status in OPEN_STATUSES and complaint.conclude_due is not None:
        return "conclude", complaint.conclude_due
    return None


def _resolve_warnings(session: Session, complaint: Complaint, step: str, now: dt.datetime) -> None:
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
            _audit(
                session, complaint, "complaint.warning_raised", now, "system", {"step": step, "level": level}
            )
            counts["complaint_warning.raised"] = counts.get("complaint_warning.raised", 0) + 1
        elif warning.level < level:
            _audit(
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


@dataclass
class AgencyCounts:
    """Public counts for one agency and year: never an individual complaint."""

    agency_code: str
    agency_name: str
    year: int
    complaints: int = 0
    reports: int = 0
    accepted: int = 0
    refused: int = 0
    closed: int = 0
    closed_on_time: int = 0

    @property
    def received(self) -> int:
        """Complaints and reports received."""
        return self.complaints + self.reports

    @property
    def on_time_share(self) -> float | None:
        """Share of concluded cases answered inside the deadline."""
        return self.closed_on_time / self.closed if self.closed else None

    def as_dict(self) -> dict[str, Any]:
        """The row of the public statistics table."""
        return {
            "year": self.year,
            "agency": self.agency_code,
            "agency_name": self.agency_name,
            "received": self.received,
            "complaints": self.complaints,
            "reports": self.reports,
            "accepted": self.accepted,
            "refused": self.refused,
            "closed": self.closed,
            "closed_on_time": self.closed_on_time,
        }


def counts(session: Session, year: int, agency_id: int | None = None) -> list[AgencyCounts]:
    """Per-agency counts of complaints received in ``year`` (UTC+8 year by receipt time)."""
    tz_start = clock.start_of(dt.date(year, 1, 1))
    tz_end = clock.start_of(dt.date(year + 1, 1, 1))
    stmt = (
        select(
            Agency.code,
            Agency.name,
            Complaint.kind,
            Complaint.status,
            Complaint.closed_on_time,
            func.count(),
        )
        .join(Agency, Agency.id == Complaint.agency_id)
        .where(Complaint.received_at >= tz_start, Complaint.received_at < tz_end)
        .group_by(Agency.code, Agency.name, Complaint.kind, Complaint.status, Complaint.closed_on_time)
    )
    if agency_id is not None:
        stmt = stmt.where(Complaint.agency_id == agency_id)
    table: dict[str, AgencyCounts] = {}
    for code, name, kind, status, on_time, n in session.execute(stmt):
        row = table.setdefault(code, AgencyCounts(code, name, year))
        if kind == "complaint":
            row.complaints += n
        else:
            row.reports += n
        if status == "refused":
            row.refused += n
        elif status != "received":
            row.accepted += n
        if status == "closed":
            row.closed += n
            row.closed_on_time += n if on_time else 0
    return sorted(table.values(), key=lambda r: r.agency_code)
