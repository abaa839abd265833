"""Filing a complaint or report and tracking it: the form's data, receipt, access code and periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.intake.store import local_date
from publisher.lifecycle.actors import RuleError
from publisher.models import (
    Agency,
    Complaint,
    ComplaintAttachment,
    ComplaintFiler,
)
from publisher.office import tracking
from publisher.office.attachments import Attachment
from publisher.rules.calendar import Calendar

DEFAULT_DEADLINES = {"accept_workdays": 5, "conclude_days": 30, "extension_days": 30}


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


def deadlines_for(config: Mapping[str, Any], agency_code: str) -> dict[str, int]:
    """The handling periods for complaints about one agency (LEGAL.md §5 defaults, overridable)."""
    return tracking.periods(config, "COMPLAINT_DEADLINES", DEFAULT_DEADLINES, agency_code)


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
    access_code = tracking.random_code()
    complaint = Complaint(
        tracking_no=tracking.tracking_no("TS", today),
        access_hash=tracking.hash_code(access_code),
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
        accept_due=tracking.after_working_days(calendar, today, periods["accept_workdays"]),
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
    record(
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
    ok = tracking.code_matches(complaint.access_hash if complaint else None, access_code)
    return complaint if ok else None


def record(
    session: Session,
    complaint: Complaint,
    action: str,
    now: dt.datetime,
    actor: str,
    detail: dict[str, Any] | None = None,
    agency_code: str | None = None,
) -> None:
    """Append a complaint's step to the audit trail (never the filer's data)."""
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
