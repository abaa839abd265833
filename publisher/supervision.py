"""What the district legal office watches (LEGAL.md §7): per-agency figures, late and missing
disclosures, open warnings by level and age, exclusions, withdrawals, complaints, and the
performance ratio (履职比例) of each agency's powers list. Every table is a list of plain
rows so the dashboard can show it and export it as CSV alike."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher.calendar import Calendar
from publisher.deadlines import workdays
from publisher.models import (
    OPEN_STATUSES,
    Agency,
    Complaint,
    ComplaintWarning,
    DisclosureWarning,
    PowerItem,
    PublicDecision,
    RawDecision,
    Tombstone,
)
from publisher.rules import REASONS

UNPUBLISHED = ("received", "pending_review", "scheduled")
PASS_RATIO = 0.6  # below this share of listed powers exercised, the annual assessment fails


def agencies(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """One row per agency: received, published, on time, overdue, late, warnings, exclusions…"""
    received = Counter(
        dict(
            session.execute(select(RawDecision.agency_id, func.count()).group_by(RawDecision.agency_id)).all()
        )
    )
    excluded = Counter(
        dict(
            session.execute(
                select(RawDecision.agency_id, func.count())
                .where(RawDecision.state == "excluded")
                .group_by(RawDecision.agency_id)
            ).all()
        )
    )
    overdue = Counter(
        dict(
            session.execute(
                select(RawDecision.agency_id, func.count())
                .where(RawDecision.state.in_(UNPUBLISHED), RawDecision.deadline < today)
                .group_by(RawDecision.agency_id)
            ).all()
        )
    )
    published: Counter[int] = Counter()
    on_time: Counter[int] = Counter()
    for agency_id, late_days, n in session.execute(
        select(PublicDecision.agency_id, PublicDecision.late_days, func.count()).group_by(
            PublicDecision.agency_id, PublicDecision.late_days
        )
    ):
        published[agency_id] += n
        if not late_days:
            on_time[agency_id] += n
    withdrawn = Counter(
        dict(
            session.execute(
                select(PublicDecision.agency_id, func.count())
                .join(Tombstone, Tombstone.public_decision_id == PublicDecision.id)
                .where(Tombstone.kind == "withdrawn")
                .group_by(PublicDecision.agency_id)
            ).all()
        )
    )
    levels: dict[int, Counter[int]] = {}
    for agency_id, level, n in session.execute(
        select(RawDecision.agency_id, DisclosureWarning.level, func.count())
        .join(RawDecision, RawDecision.id == DisclosureWarning.raw_id)
        .where(DisclosureWarning.resolved_at.is_(None))
        .group_by(RawDecision.agency_id, DisclosureWarning.level)
    ):
        levels.setdefault(agency_id, Counter())[level] += n
    open_complaints = Counter(
        dict(
            session.execute(
                select(Complaint.agency_id, func.count())
                .where(Complaint.status.in_(("received", *OPEN_STATUSES)))
                .group_by(Complaint.agency_id)
            ).all()
        )
    )
    rows = []
    for agency in session.scalars(select(Agency).order_by(Agency.code)):
        a = agency.id
        rows.append(
            {
                "agency": agency.code,
                "agency_name": agency.name,
                "received": received[a],
                "published": published[a],
                "on_time": on_time[a],
                "on_time_share": round(on_time[a] / published[a], 4) if published[a] else None,
                "overdue": overdue[a],
                "late": published[a] - on_time[a],
                "warnings_level1": levels.get(a, Counter())[1],
                "warnings_level2": levels.get(a, Counter())[2],
                "warnings_level3": levels.get(a, Counter())[3],
                "excluded": excluded[a],
                "withdrawn": withdrawn[a],
                "complaints_open": open_complaints[a],
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


def warnings(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """Open disclosure and complaint warnings, most severe and oldest first, with their age."""
    rows = []
    stmt = (
        select(DisclosureWarning, RawDecision.id, RawDecision.doc_no, Agency.code)
        .join(RawDecision, RawDecision.id == DisclosureWarning.raw_id)
        .join(Agency, Agency.id == RawDecision.agency_id)
        .where(DisclosureWarning.resolved_at.is_(None))
    )
    for warning, rid, doc_no, code in session.execute(stmt):
        rows.append(
            _warning_row(
                warning.level, warning.kind, "decision", rid, doc_no, code, warning.raised_at, today, calendar
            )
        )
    cstmt = (
        select(ComplaintWarning, Complaint.tracking_no, Agency.code)
        .join(Complaint, Complaint.id == ComplaintWarning.complaint_id)
        .join(Agency, Agency.id == Complaint.agency_id)
        .where(ComplaintWarning.resolved_at.is_(None))
    )
    for cwarning, tracking_no, code in session.execute(cstmt):
        rows.append(
            _warning_row(
                cwarning.level,
                f"complaint_{cwarning.step}",
                "complaint",
                tracking_no,
                tracking_no,
                code,
                cwarning.raised_at,
                today,
                calendar,
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
            "reason_zh": REASONS.get(reason or "", ("", "", ""))[0],
            "source": REASONS.get(reason or "", ("", "", ""))[2],
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
    from publisher.complaints import due

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


@dataclass(frozen=True)
class Performance:
    """履职比例: how many of an agency's listed powers it exercised in a year."""

    agency: str
    year: int
    listed: int
    used: int
    unused: list[tuple[str, str]]

    @property
    def ratio(self) -> float | None:
        """Share of listed powers exercised (None when the list is empty)."""
        return self.used / self.listed if self.listed else None

    @property
    def flag(self) -> str:
        """'inaction' at 0, 'below' under 60 %, '' otherwise."""
        if self.ratio is None:
            return ""
        if self.used == 0:
            return "inaction"
        return "below" if self.ratio < PASS_RATIO else ""


def performance(session: Session, agency_id: int, year: int, public_only: bool = False) -> Performance:
    """The ratio from every decision the agency made in ``year`` (or only public ones)."""
    agency = session.get(Agency, agency_id)
    assert agency is not None
    powers = list(
        session.execute(select(PowerItem.code, PowerItem.name).where(PowerItem.agency_id == agency_id))
    )
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if public_only:
        public_stmt = select(PublicDecision.power_code).where(
            PublicDecision.agency_id == agency_id, PublicDecision.decision_date.between(start, end)
        )
        used = {code for code in session.scalars(public_stmt.distinct()) if code}
    else:  # the code only, not whole records: the dashboard runs this for every agency
        used_stmt = select(RawDecision.record["power_code"].as_string()).where(
            RawDecision.agency_id == agency_id, RawDecision.decision_date.between(start, end)
        )
        used = {code for code in session.scalars(used_stmt.distinct()) if code}
    listed = {code for code, _name in powers}
    return Performance(
        agency.code,
        year,
        len(listed),
        len(listed & used),
        sorted((code, name) for code, name in powers if code not in used),
    )


TABLES: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "agencies": agencies,
    "overdue": overdue,
    "late": lambda session, today, calendar: late(session),
    "warnings": warnings,
    "exclusions": lambda session, today, calendar: exclusions(session),
    "withdrawals": lambda session, today, calendar: withdrawals(session),
    "complaints": complaints_due,
}
