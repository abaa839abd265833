"""The owning agency's answer to an error report, and the reporter's contact (read audited).

Only the clerks and reviewers of the agency that owns the record handle its reports: an
agency never touches another's records. Supervisors read the queue and the reports (never
the contact) to supervise; nobody else reads them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock, sanitize
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import OUTCOMES, Correction, ErrorReport, ErrorReportContact
from publisher.office.error_reports.filing import record
from publisher.office.error_reports.warnings import resolve

MAX_ANSWER = 5000


def may_handle(actor: Actor, report: ErrorReport) -> bool:
    """Whether ``actor`` is staff of the agency that owns the reported record."""
    return actor.role in AGENCY_BOUND and actor.agency_code == report.agency.code


def _check(actor: Actor, report: ErrorReport, what: str) -> None:
    if not may_handle(actor, report):
        raise NotAllowed(f"{actor.name} may not {what} error report {report.tracking_no}")


def contact(
    session: Session, report: ErrorReport, actor: Actor, now: dt.datetime
) -> ErrorReportContact | None:
    """The reporter's contact details for the owning agency's staff; the reading is audited."""
    _check(actor, report, "read the contact of")
    found = session.get(ErrorReportContact, report.id)
    record(session, report, "error_report.contact_viewed", now, actor.name, {"present": found is not None})
    return found


def eligible_corrections(session: Session, report: ErrorReport) -> list[Correction]:
    """Corrections of the reported record since the report arrived: what "corrected" may link."""
    stmt = select(Correction).where(Correction.recorded_at >= report.received_at)
    if report.subject == "decision":
        stmt = stmt.where(Correction.public_decision_id == report.public_decision_id)
    else:
        stmt = stmt.where(Correction.officer_id == report.officer_id)
    return list(session.scalars(stmt.order_by(Correction.recorded_at.desc(), Correction.id.desc())))


def answer(
    session: Session,
    report: ErrorReport,
    actor: Actor,
    outcome: str,
    text: str,
    now: dt.datetime,
    correction_id: int | None = None,
    forwarded_to: str = "",
) -> None:
    """Answer a report: corrected (with its correction), not an error (why) or forwarded (to whom)."""
    _check(actor, report, "answer")
    if report.status != "received":
        raise RuleError("该纠错已答复 / the report was already answered")
    if outcome not in OUTCOMES:
        raise RuleError(f"unknown outcome {outcome!r}")
    text, forwarded_to = sanitize.text(text or ""), sanitize.text(forwarded_to or "")
    if len(text) > MAX_ANSWER or len(forwarded_to) > 200:
        raise RuleError("答复过长 / the answer is too long")
    correction = None
    if outcome == "corrected":
        correction = next((c for c in eligible_corrections(session, report) if c.id == correction_id), None)
        if correction is None:
            raise RuleError(
                "请先更正记录，再选择这次更正 / correct the record first, then choose that correction"
            )
    elif outcome == "not_error" and not text:
        raise RuleError("请说明不属于错误的理由 / say why it is not an error")
    elif outcome == "forwarded" and not forwarded_to:
        raise RuleError("请写明转交给哪个机关 / say where the report was forwarded")
    report.status, report.outcome, report.answer = "answered", outcome, text or None
    report.correction = correction
    report.forwarded_to = forwarded_to or None if outcome == "forwarded" else None
    report.answered_at, report.answered_by = now, actor.name
    report.answered_on_time = clock.local_date(now) <= report.answer_due
    resolve(session, report, now)
    detail = {"outcome": outcome, "correction": correction.id if correction else None}
    record(
        session,
        report,
        "error_report.answered",
        now,
        actor.name,
        detail | {"on_time": report.answered_on_time},
    )
