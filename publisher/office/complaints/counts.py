"""Public counts of complaints and reports per agency and year: never an individual complaint."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.models import (
    Agency,
    Complaint,
)


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
