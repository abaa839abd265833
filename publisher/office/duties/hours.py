"""Training hours per officer and per agency in a year, against TRAINING_HOURS_MIN (seed 000
六(二)). The officers counted in a year are those holding a valid credential on its last day
(or today, for the year in progress); the public figures are counts and averages per agency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from publisher import audit, clock
from publisher.models import Agency, Officer, TrainingFigures, TrainingRecord

SEED_000 = "武清区《关于进一步加强行政执法监督工作的实施意见》（2014）"
SOURCE = SEED_000 + "六（二）：执法人员每年法律知识培训不少于40学时"


@dataclass(frozen=True)
class OfficerHours:
    """One officer's hours of one year."""

    officer: Officer
    hours: Decimal
    required: int

    @property
    def short(self) -> bool:
        """Fewer hours than required."""
        return self.hours < self.required


def _counted_on(year: int, today: dt.date) -> dt.date:
    return min(dt.date(year, 12, 31), today)


def officers(
    session: Session, year: int, today: dt.date, config: Mapping[str, Any], agency_id: int | None = None
) -> list[OfficerHours]:
    """Each officer counted in ``year`` (of one agency, when given) with their hours."""
    day = _counted_on(year, today)
    stmt = select(Officer).options(selectinload(Officer.history), selectinload(Officer.agency))
    if agency_id is not None:
        stmt = stmt.where(Officer.agency_id == agency_id)
    hours = dict(
        session.execute(
            select(TrainingRecord.officer_id, func.sum(TrainingRecord.hours))
            .where(TrainingRecord.attended_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .group_by(TrainingRecord.officer_id)
        ).all()
    )
    required = int(config["TRAINING_HOURS_MIN"])
    return [
        OfficerHours(o, Decimal(hours.get(o.id) or 0), required)
        for o in session.scalars(stmt.order_by(Officer.agency_id, Officer.credential_no))
        if o.status_on(day) == "valid"
    ]


def figures(session: Session, year: int, today: dt.date, config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per agency: officers counted, officers meeting the hours, average hours (public)."""
    by_agency: dict[int, list[OfficerHours]] = {}
    for row in officers(session, year, today, config):
        by_agency.setdefault(row.officer.agency_id, []).append(row)
    out = []
    for agency in session.scalars(select(Agency).order_by(Agency.code)):
        rows = by_agency.get(agency.id, [])
        total = sum((r.hours for r in rows), Decimal(0))
        out.append(
            {
                "year": year,
                "agency": agency.code,
                "agency_name": agency.name,
                "officers": len(rows),
                "meeting_hours": sum(1 for r in rows if not r.short),
                "average_hours": _average(total, len(rows)),
                "required_hours": int(config["TRAINING_HOURS_MIN"]),
                "complete": today > dt.date(year, 12, 31),
            }
        )
    return out


def _average(total: Decimal, count: int) -> Decimal | None:
    """Hours to one decimal, rounded half up (四舍五入); None for an agency without officers."""
    return (total / count).quantize(Decimal("0.1"), ROUND_HALF_UP) if count else None


def build(session: Session, year: int, now: dt.datetime, config: Mapping[str, Any]) -> bool:
    """Build (or refresh) the public figures of ``year``; True when they changed (audited)."""
    today = clock.local_date(now)
    rows = [{**r, "average_hours": _plain(r["average_hours"])} for r in figures(session, year, today, config)]
    found = session.get(TrainingFigures, year)
    if found is not None and found.rows == rows:
        return False
    if found is None:
        found = TrainingFigures(year=year)
        session.add(found)
    found.rows, found.built_at, found.counted_on = rows, now, _counted_on(year, today)
    audit.record(
        session,
        now=now,
        actor="system",
        action="training_figures.built",
        entity="training_figures",
        entity_id=str(year),
        after=audit.digest(rows),
    )
    return True


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def short_last_year(session: Session, today: dt.date, config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Officers short of the hours in the year that ended last (the dashboard's list)."""
    year = today.year - 1
    return [
        {
            "year": year,
            "agency": r.officer.agency.code,
            "credential_no": r.officer.credential_no,
            "name": r.officer.name,
            "hours": r.hours,
            "required": r.required,
        }
        for r in officers(session, year, today, config)
        if r.short
    ]
