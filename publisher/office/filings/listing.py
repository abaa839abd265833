"""The filings as rows: for the agency's and the legal office's pages and the dashboard's CSV."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.models import Agency, MajorDecision, RawDecision
from publisher.office.filings.filing import late_days, status
from publisher.office.filings.warnings import open_warnings
from publisher.rules.calendar import Calendar

OPEN = ("due", "overdue", "filed")


def rows(
    session: Session, today: dt.date, agency: str | None = None, show: str = "open", limit: int = 500
) -> list[dict[str, Any]]:
    """Major decisions with their filing (of one agency, when given): the open ones (not yet
    filed, or waiting for the legal office), or all; the earliest filing day first."""
    stmt = (
        select(MajorDecision, RawDecision.doc_no, RawDecision.decision_date, Agency.code)
        .join(RawDecision, RawDecision.id == MajorDecision.raw_id)
        .join(Agency, Agency.id == RawDecision.agency_id)
    )
    if agency is not None:
        stmt = stmt.where(Agency.code == agency)
    if show == "open":
        stmt = stmt.where(MajorDecision.acknowledged_at.is_(None))
    found = list(session.execute(stmt.order_by(MajorDecision.filing_due, MajorDecision.id).limit(limit)))
    warnings = open_warnings(session, [item.id for item, *_rest in found])
    return [
        {
            "id": item.id,
            "doc_no": doc_no,
            "agency": code,
            "decided": decided.isoformat(),
            "reasons": ";".join(item.reasons),
            "due": item.filing_due.isoformat(),
            "status": status(item, today),
            "filed": clock.local_date(item.filed_at).isoformat() if item.filed_at else "",
            "late_days": late_days(item),
            "warning_level": warnings[item.id].level if item.id in warnings else "",
        }
        for item, doc_no, decided, code in found
    ]


def attention(session: Session, today: dt.date, calendar: Calendar) -> list[dict[str, Any]]:
    """For the dashboard: filings overdue, filed late, or waiting for acknowledgement."""
    return [r for r in rows(session, today) if r["status"] in ("overdue", "filed") or r["late_days"]]
