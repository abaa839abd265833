"""Filing an error report and tracking it: the form's data, the receipt and the answer period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.lifecycle import corrections
from publisher.lifecycle.actors import RuleError
from publisher.models import ErrorReport, ErrorReportContact, Officer, PublicDecision
from publisher.office import tracking
from publisher.rules.calendar import Calendar

DEFAULT_PERIODS = {"answer_workdays": 5}
FIELDS = {"decision": corrections.DECISION_FIELDS, "officer": corrections.OFFICER_FIELDS}


@dataclass(frozen=True)
class Report:
    """What the form collected, already normalised and stripped of HTML."""

    subject: str  # decision | officer
    record_id: int  # the public decision's or the credential's row
    description: str
    submission_key: str
    field: str | None = None
    name: str = ""
    phone: str = ""
    email: str = ""

    @property
    def anonymous(self) -> bool:
        """Filed without any contact details."""
        return not (self.name or self.phone or self.email)


@dataclass(frozen=True)
class Receipt:
    """Shown once to the reporter: the access code is not stored, only its hash."""

    tracking_no: str
    access_code: str
    received_at: dt.datetime
    answer_due: dt.date
    duplicate: bool = False


def period(config: Mapping[str, Any], agency_code: str) -> int:
    """Working days an agency has to answer (``ERROR_REPORT_DEADLINES``, 5 by default)."""
    return tracking.periods(config, "ERROR_REPORT_DEADLINES", DEFAULT_PERIODS, agency_code)["answer_workdays"]


def _subject(session: Session, report: Report) -> PublicDecision | Officer:
    if report.subject == "decision":
        decision = session.get(PublicDecision, report.record_id)
        if decision is None or decision.status != "published":
            raise RuleError("只能对公示中的决定纠错 / only a published decision can be reported")
        return decision
    if report.subject == "officer":
        officer = session.get(Officer, report.record_id)
        if officer is None:
            raise RuleError("没有这个执法证 / there is no such credential")
        return officer
    raise RuleError(f"unknown subject {report.subject!r}")


def record_key(item: PublicDecision | Officer) -> str:
    """How the public names the record: a decision's public id, a credential's number."""
    return item.public_id if isinstance(item, PublicDecision) else item.credential_no


def submit(
    session: Session, report: Report, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> Receipt:
    """Store an error report and its contact (if any) in the caller's transaction.

    The same ``submission_key`` twice (a reloaded form) returns the first receipt's tracking
    number with ``duplicate`` set, and stores nothing more."""
    previous = session.scalars(
        select(ErrorReport).where(ErrorReport.submission_key == report.submission_key)
    ).first()
    if previous is not None:
        return Receipt(previous.tracking_no, "", previous.received_at, previous.answer_due, duplicate=True)
    item = _subject(session, report)
    if report.field and report.field not in FIELDS[report.subject]:
        raise RuleError(f"unknown field {report.field!r}")
    if not report.description.strip():
        raise RuleError("请说明哪里有误 / say what is wrong")
    today = clock.local_date(now)
    access_code = tracking.random_code()
    row = ErrorReport(
        tracking_no=tracking.tracking_no("JC", today),
        access_hash=tracking.hash_code(access_code),
        submission_key=report.submission_key,
        subject=report.subject,
        public_decision_id=item.id if isinstance(item, PublicDecision) else None,
        officer_id=item.id if isinstance(item, Officer) else None,
        agency_id=item.agency_id,
        field=report.field or None,
        description=report.description,
        anonymous=report.anonymous,
        status="received",
        received_at=now,
        answer_due=tracking.after_working_days(calendar, today, period(config, item.agency.code)),
    )
    session.add(row)
    session.flush()
    if not report.anonymous:
        session.add(
            ErrorReportContact(report_id=row.id, name=report.name, phone=report.phone, email=report.email)
        )
    detail = {"subject": report.subject, "record": record_key(item), "field": row.field}
    record(session, row, "error_report.received", now, "public", detail | {"due": str(row.answer_due)})
    return Receipt(row.tracking_no, access_code, now, row.answer_due)


def track(session: Session, tracking_no: str, access_code: str) -> ErrorReport | None:
    """The report when both its tracking number and its access code match, else None."""
    stmt = select(ErrorReport).where(ErrorReport.tracking_no == tracking_no.strip().upper())
    found = session.scalars(stmt).first()
    ok = tracking.code_matches(found.access_hash if found else None, access_code)
    return found if ok else None


def record(
    session: Session,
    report: ErrorReport,
    action: str,
    now: dt.datetime,
    actor: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append a report's step to the audit trail (never the reporter's contact or words)."""
    audit.record(
        session,
        now=now,
        actor=actor,
        action=action,
        entity="error_report",
        entity_id=report.tracking_no,
        agency_code=report.agency.code,
        detail=detail or {},
    )
