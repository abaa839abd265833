"""What the district legal office watches (LEGAL.md §7): per-agency figures, late and missing
disclosures, open warnings by level and age, exclusions, withdrawals, complaints, and the
performance ratio (履职比例) of each agency's powers list. Every table is a list of plain
rows so the dashboard can show it and export it as CSV alike."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from publisher import clock, vocabulary
from publisher.models import (
    OPEN_STATUSES,
    Agency,
    CaseWarning,
    Complaint,
    ComplaintWarning,
    DisclosureWarning,
    DutyWarning,
    ErrorReport,
    ErrorReportWarning,
    FilingWarning,
    MajorDecision,
    Officer,
    OfficerStatusChange,
    PublicDecision,
    RawDecision,
    SupervisionNotice,
    SupervisionWarning,
    Tombstone,
)
from publisher.office import filings
from publisher.office.supervision_notices import listing as supervision_notices
from publisher.outputs import stats
from publisher.outputs.stats import Performance
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar
from publisher.rules.deadlines import workdays
from publisher.spotcheck import results as inspections

UNPUBLISHED = ("received", "pending_review", "scheduled")


def _count(condition: Any) -> Any:
    """How many rows of a group meet ``condition``."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _per_agency(session: Session, stmt: Select) -> dict[int, tuple[int, ...]]:
    return {agency_id: tuple(counts) for agency_id, *counts in session.execute(stmt)}


def agencies(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """One row per agency: received, published, on time, overdue, late, warnings, exclusions…

    Three grouped queries (received records, public rows, open complaints), each counting
    several things at once, and the open warnings of every kind counted by agency and level."""
    raw = _per_agency(
        session,
        select(
            RawDecision.agency_id,
            func.count(),
            _count(RawDecision.state == "excluded"),
            _count(RawDecision.state.in_(UNPUBLISHED) & (RawDecision.deadline < today)),
        ).group_by(RawDecision.agency_id),
    )
    public = _per_agency(
        session,
        select(
            PublicDecision.agency_id,
            func.count(),
            _count(func.coalesce(PublicDecision.late_days, 0) == 0),
            func.count(Tombstone.id),
        )
        .outerjoin(
            Tombstone, (Tombstone.public_decision_id == PublicDecision.id) & (Tombstone.kind == "withdrawn")
        )
        .group_by(PublicDecision.agency_id),
    )
    levels = Counter((row["agency"], row["level"]) for row in warnings(session, today, calendar))
    complaints = _per_agency(
        session,
        select(Complaint.agency_id, func.count())
        .where(Complaint.status.in_(("received", *OPEN_STATUSES)))
        .group_by(Complaint.agency_id),
    )
    rows = []
    for agency in session.scalars(select(Agency).order_by(Agency.code)):
        received, excluded, overdue = raw.get(agency.id, (0, 0, 0))
        published, on_time, withdrawn = public.get(agency.id, (0, 0, 0))
        level1, level2, level3 = (levels[(agency.code, n)] for n in (1, 2, 3))
        rows.append(
            {
                "agency": agency.code,
                "agency_name": agency.name,
                "received": received,
                "published": published,
                "on_time": on_time,
                "on_time_share": round(on_time / published, 4) if published else None,
                "overdue": overdue,
                "late": published - on_time,
                "warnings_level1": level1,
                "warnings_level2": level2,
                "warnings_level3": level3,
                "excluded": excluded,
                "withdrawn": withdrawn,
                "complaints_open": complaints.get(agency.id, (0,))[0],
            }
        )
    return rows


def overdue(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Decisions not yet published whose window has closed, most overdue first."""
    stmt = (
        select(RawDecision.id, RawDecision.doc_no, Agency.code, RawDecision.state, RawDecision.deadline)
        .join(Agency)
        .where(RawDecision.state.in_(UNPUBLISHED), RawDecision.deadline < today)
        .order_by(RawDecision.deadline)
    )
    return [
        {
            "id": rid,
            "doc_no": doc_no,
            "agency": code,
            "state": state,
            "deadline": deadline.isoformat(),
            "overdue_days": workdays(calendar, deadline, today),
        }
        for rid, doc_no, code, state, deadline in session.execute(stmt)
        if deadline is not None
    ]


def late(session: Session) -> list[dict[str, Any]]:
    """Decisions published after their window closed."""
    stmt = (
        select(
            PublicDecision.raw_id,
            PublicDecision.doc_no,
            Agency.code,
            PublicDecision.deadline,
            PublicDecision.published_at,
            PublicDecision.late_days,
        )
        .join(Agency)
        .where(PublicDecision.late_days > 0)
        .order_by(PublicDecision.late_days.desc(), PublicDecision.doc_no)
    )
    return [
        {
            "id": rid,
            "doc_no": doc_no,
            "agency": code,
            "deadline": deadline.isoformat() if deadline else "",
            "published": published.date().isoformat(),
            "late_days": late_days,
        }
        for rid, doc_no, code, deadline, published, late_days in session.execute(stmt)
    ]


def warnings(
    session: Session, today: dt.date, calendar: Calendar, agency: str | None = None
) -> list[dict[str, Any]]:
    """Open warnings of every kind (of one agency, when given: its own desk), most severe and
    oldest first, with age and the agency's code: disclosure and case-record warnings on
    decisions, filings of major decisions, complaints and error reports, supervision notices
    and the agencies' yearly and quarterly duties."""
    rows = []
    mine = (lambda stmt: stmt) if agency is None else (lambda stmt: stmt.where(Agency.code == agency))
    on_decisions: tuple[tuple[Any, str], ...] = ((DisclosureWarning, "decision"), (CaseWarning, "case"))
    for model, entity in on_decisions:  # a case's warning links its timeline
        stmt = (
            select(model, RawDecision.id, RawDecision.doc_no, Agency.code)
            .join(RawDecision, RawDecision.id == model.raw_id)
            .join(Agency, Agency.id == RawDecision.agency_id)
            .where(model.resolved_at.is_(None))
        )
        for warning, rid, doc_no, code in session.execute(mine(stmt)):
            rows.append(
                _warning_row(
                    warning.level, warning.kind, entity, rid, doc_no, code, warning.raised_at, today, calendar
                )
            )
    filed = (
        select(FilingWarning, MajorDecision.id, RawDecision.doc_no, Agency.code)
        .join(MajorDecision, MajorDecision.id == FilingWarning.major_id)
        .join(RawDecision, RawDecision.id == MajorDecision.raw_id)
        .join(Agency, Agency.id == RawDecision.agency_id)
        .where(FilingWarning.resolved_at.is_(None))
    )
    for found, major_id, doc_no, code in session.execute(mine(filed)):
        rows.append(
            _warning_row(
                found.level,
                "filing_missing",
                "filing",
                major_id,
                doc_no,
                code,
                found.raised_at,
                today,
                calendar,
            )
        )
    # An agency's desk sees the complaints routed to it (the ones its staff handle).
    complained = Complaint.agency_id if agency is None else Complaint.routed_to_id
    cases: tuple[tuple[Any, Any, Any, Any, str], ...] = (
        (ComplaintWarning, Complaint, ComplaintWarning.complaint_id, complained, "complaint"),
        (
            ErrorReportWarning,
            ErrorReport,
            ErrorReportWarning.report_id,
            ErrorReport.agency_id,
            "error_report",
        ),
    )
    for model, case_model, case_id, owner, entity in cases:  # public filings, named by tracking number
        cases_stmt = (
            select(model, case_model.tracking_no, Agency.code)
            .join(case_model, case_model.id == case_id)
            .join(Agency, Agency.id == owner)
            .where(model.resolved_at.is_(None))
        )
        for found, number, code in session.execute(mine(cases_stmt)):
            kind = f"complaint_{found.step}" if entity == "complaint" else "error_report_answer"
            rows.append(
                _warning_row(
                    found.level, kind, entity, number, number, code, found.raised_at, today, calendar
                )
            )
    notices = (
        select(SupervisionWarning, SupervisionNotice.id, SupervisionNotice.doc_no, Agency.code)
        .join(SupervisionNotice, SupervisionNotice.id == SupervisionWarning.notice_id)
        .join(Agency, Agency.id == SupervisionNotice.agency_id)
        .where(SupervisionWarning.resolved_at.is_(None))
    )
    for found, notice_id, doc_no, code in session.execute(mine(notices)):  # supervision notices, by 文号
        kind = f"supervision_{found.step}"
        rows.append(
            _warning_row(
                found.level,
                kind,
                "supervision_notice",
                notice_id,
                doc_no,
                code,
                found.raised_at,
                today,
                calendar,
            )
        )
    duty = select(DutyWarning, Agency.code).join(Agency).where(DutyWarning.resolved_at.is_(None))
    for found, code in session.execute(mine(duty)):  # duties named by what is missing: 2026Q1, a year
        rows.append(
            _warning_row(
                found.level, found.kind, "agency", code, found.subject, code, found.raised_at, today, calendar
            )
        )
    return sorted(rows, key=lambda r: (-r["level"], r["raised"]))


def _warning_row(
    level: int,
    kind: str,
    entity: str,
    key: Any,
    label: str,
    code: str,
    raised: dt.datetime,
    today: dt.date,
    calendar: Calendar,
) -> dict[str, Any]:
    return {
        "level": level,
        "kind": kind,
        "entity": entity,
        "id": key,
        "record": label,
        "agency": code,
        "raised": raised.date().isoformat(),
        "age_days": workdays(calendar, raised.date(), today),
    }


def exclusions(session: Session) -> list[dict[str, Any]]:
    """Decisions kept from publication, with the reason and its legal source."""
    stmt = (
        select(RawDecision.id, RawDecision.doc_no, Agency.code, RawDecision.state_reason)
        .join(Agency)
        .where(RawDecision.state == "excluded")
        .order_by(Agency.code, RawDecision.doc_no)
    )
    return [
        {
            "id": rid,
            "doc_no": doc_no,
            "agency": code,
            "reason": reason or "",
            "reason_zh": vocabulary.entry("exclusion_reason", reason).get("zh", ""),
            "source": vocabulary.entry("exclusion_reason", reason).get("source", ""),
        }
        for rid, doc_no, code, reason in session.execute(stmt)
    ]


def withdrawals(session: Session) -> list[dict[str, Any]]:
    """Withdrawals with their reason, basis, deadline and lateness."""
    stmt = (
        select(PublicDecision.raw_id, PublicDecision.doc_no, Agency.code, Tombstone)
        .join(Tombstone, Tombstone.public_decision_id == PublicDecision.id)
        .join(Agency, Agency.id == PublicDecision.agency_id)
        .where(Tombstone.kind == "withdrawn")
        .order_by(Tombstone.recorded_at.desc())
    )
    return [
        {
            "id": rid,
            "doc_no": doc_no,
            "agency": code,
            "reason": t.reason,
            "basis": t.basis or "",
            "effective": t.effective.isoformat(),
            "deadline": t.deadline.isoformat() if t.deadline else "",
            "late_days": t.late_days,
        }
        for rid, doc_no, code, t in session.execute(stmt)
    ]


def complaints_due(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Open complaints with the step now due (never the filer, never the text)."""
    from publisher.office.complaints import due

    rows = []
    stmt = (
        select(Complaint)
        .where(Complaint.status.in_(("received", *OPEN_STATUSES)))
        .order_by(Complaint.received_at)
    )
    for complaint in session.scalars(stmt):
        step = due(complaint)
        rows.append(
            {
                "id": complaint.tracking_no,
                "tracking_no": complaint.tracking_no,
                "agency": complaint.agency.code,
                "kind": complaint.kind,
                "status": complaint.status,
                "step": step[0] if step else "",
                "due": step[1].isoformat() if step else "",
                "days_left": workdays(calendar, today, step[1]) if step else "",
            }
        )
    return sorted(rows, key=lambda r: r["due"])


def officer_reports(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Changes of officers (new, suspended, cancelled, moved) reported more than 10 days after
    they took effect (seed 003 art. 11), the latest report first. Credentials loaded with
    the register's first intake are not reports and are not late."""
    days, source = deadlines.OFFICER_REPORT_DAYS
    stmt = (
        select(OfficerStatusChange, Officer.credential_no, Officer.name, Agency.code)
        .join(Officer, Officer.id == OfficerStatusChange.officer_id)
        .join(Agency, Agency.id == Officer.agency_id)
        .order_by(OfficerStatusChange.recorded_at.desc(), OfficerStatusChange.id.desc())
    )
    first_ids = set(
        session.scalars(select(func.min(OfficerStatusChange.id)).group_by(OfficerStatusChange.officer_id))
    )
    started = session.scalar(select(func.min(OfficerStatusChange.recorded_at)))
    rows = []
    for change, number, name, code in session.execute(stmt):
        if change.id in first_ids and change.recorded_at == started:
            continue  # a credential loaded with the register's first records: not a report
        due = deadlines.after_days(calendar, change.effective, days)
        reported = clock.local(change.recorded_at).date()
        if reported > due:
            rows.append(
                {
                    "agency": code,
                    "credential_no": number,
                    "name": name,
                    "status": change.status,
                    "effective": change.effective,
                    "due": due,
                    "reported": reported,
                    "late_days": (reported - due).days,
                    "source": source,
                }
            )
    return rows


def performance(session: Session, agency_id: int, year: int) -> Performance:
    """履职比例 from every decision the agency made in ``year``, published or not (the
    public figure, from published decisions only, is ``outputs.stats.performance``)."""
    used_stmt = select(RawDecision.record["power_code"].as_string()).where(
        RawDecision.agency_id == agency_id, RawDecision.decision_date.between(*stats.year_bounds(year))
    )  # the code only, not whole records: the dashboard runs this for every agency
    return stats.exercised(session, agency_id, year, set(session.scalars(used_stmt.distinct())))


TABLES: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "agencies": agencies,
    "overdue": overdue,
    "late": lambda session, today, calendar: late(session),
    "warnings": warnings,
    "exclusions": lambda session, today, calendar: exclusions(session),
    "withdrawals": lambda session, today, calendar: withdrawals(session),
    "complaints": complaints_due,
    "officer_reports": officer_reports,
    "inspections": inspections.late,
    "supervision_notices": supervision_notices.due,
    "filings": filings.attention,
}
