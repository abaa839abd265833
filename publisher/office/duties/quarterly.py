"""The quarterly penalty statistics table (行政处罚统计表, seed 000 六(五)): each agency's
penalties of a quarter counted by type, with fines and confiscations, built from the data
by the tick once the quarter has ended and confirmed by the agency by the 10th of the next
quarter's first month (moved past rest days, 民法典 art. 203).

Until it is confirmed the table follows the data (records of the quarter that arrive late
are counted at the next tick); the agency confirms the figures it saw (their digest), and a
confirmed table is frozen: it is what the portal publishes. Unconfirmed figures are never
published, only the fact that the table is awaited or overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.db import lock
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import Agency, QuarterlyTable
from publisher.office.duties import hours, warnings
from publisher.outputs import annual
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

KIND = "quarterly_table"
SOURCE = hours.SEED_000 + "六（五）：每季度第一个月10日前报送行政处罚统计表"


def quarter_of(day: dt.date) -> tuple[int, int]:
    """The (year, quarter) a day falls in."""
    return day.year, (day.month - 1) // 3 + 1


def previous(day: dt.date) -> tuple[int, int]:
    """The last quarter that has ended by ``day``."""
    year, quarter = quarter_of(day)
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter."""
    start = dt.date(year, 3 * quarter - 2, 1)
    following = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, following - dt.timedelta(days=1)


def due_date(calendar: Calendar, year: int, quarter: int, config: Mapping[str, Any]) -> dt.date:
    """The day a quarter's table is due: QUARTERLY_TABLE_DAY of the next quarter's first month,
    the next working day when that is a rest day."""
    first = bounds(year, quarter)[1] + dt.timedelta(days=1)
    return deadlines.after_days(calendar, first.replace(day=int(config["QUARTERLY_TABLE_DAY"])), 0)


def figures(session: Session, agencies: list[Agency], year: int, quarter: int) -> dict[int, dict[str, Any]]:
    """Each agency's penalties of the quarter: count, by penalty type, fines and confiscations
    (counted by ``annual.tally``, like the annual statistics)."""
    rows = {a.id: annual.blank(a.code, a.name) for a in agencies}
    annual.tally(session, rows, *bounds(year, quarter), category="penalty")
    return {
        agency_id: {
            "penalties": row["penalties"],
            "by_type": dict(sorted(row["by_result"].items())),
            "fines": f"{row['fines']:.2f}",
            "confiscations": f"{row['confiscations']:.2f}",
        }
        for agency_id, row in rows.items()
    }


def build(
    session: Session,
    year: int,
    quarter: int,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
    agencies: list[Agency] | None = None,
) -> Counter[str]:
    """Build or refresh each agency's unconfirmed table of the quarter; confirmed ones stay."""
    agencies = (
        agencies if agencies is not None else list(session.scalars(select(Agency).order_by(Agency.code)))
    )
    existing = {
        t.agency_id: t
        for t in session.scalars(
            select(QuarterlyTable).where(QuarterlyTable.year == year, QuarterlyTable.quarter == quarter)
        )
    }
    counts: Counter[str] = Counter()
    counted_all = figures(session, agencies, year, quarter)
    for agency in agencies:
        counted = counted_all[agency.id]
        table, digest = existing.get(agency.id), audit.digest(counted)
        if table is not None and (table.confirmed_at is not None or table.digest == digest):
            continue
        if table is None:
            due = due_date(calendar, year, quarter, config)
            table = QuarterlyTable(agency_id=agency.id, year=year, quarter=quarter, due=due)
            session.add(table)
        table.figures, table.digest, table.built_at = counted, digest, now
        audit.record(
            session,
            now=now,
            actor="system",
            action="quarterly_table.built",
            entity=KIND,
            entity_id=f"{agency.code}:{year}Q{quarter}",
            agency_code=agency.code,
            after=digest,
        )
        counts["quarterly_table.built"] += 1
    return counts


def may_confirm(actor: Actor, table: QuarterlyTable) -> bool:
    """Whether ``actor`` is a clerk or reviewer of the table's agency."""
    return actor.role in AGENCY_BOUND and actor.agency_code == table.agency.code


def confirm(
    session: Session,
    table: QuarterlyTable,
    actor: Actor,
    digest: str,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> None:
    """Confirm the figures the agency saw (their ``digest``): refused if the data changed since."""
    if not may_confirm(actor, table):
        raise NotAllowed(f"{actor.name} may not confirm the {table.label} table of {table.agency.code}")
    lock(session, table)  # two confirmations at once: one is made
    if table.confirmed_at is not None:
        raise RuleError("该季度统计表已确认 / this quarter's table is already confirmed")
    build(session, table.year, table.quarter, now, calendar, config, agencies=[table.agency])
    if table.digest != digest:
        raise RuleError(
            "统计数据在您打开后已更新，请核对新的数字后再确认 / "
            "the figures changed after you opened the table: check the new figures and confirm again"
        )
    table.confirmed_at, table.confirmed_by = now, actor.name
    table.confirmed_on_time = clock.local_date(now) <= table.due
    warnings.resolve(session, KIND, table.agency, table.label, now)
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action="quarterly_table.confirmed",
        entity=KIND,
        entity_id=f"{table.agency.code}:{table.label}",
        agency_code=table.agency.code,
        after=table.digest,
        detail={"on_time": table.confirmed_on_time, "due": table.due.isoformat()},
    )


def status(table: QuarterlyTable, today: dt.date) -> str:
    """confirmed, confirmed_late, awaiting or overdue (vocabulary quarterly_table_status)."""
    if table.confirmed_at is not None:
        return "confirmed" if table.confirmed_on_time else "confirmed_late"
    return "awaiting" if today <= table.due else "overdue"


def tick(session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]) -> Counter[str]:
    """Build the last ended quarter's tables, and those of any quarter since the first table
    that has none (a quarter in which no tick ran); warn of every table unconfirmed past its day."""
    last = previous(clock.local_date(now))
    first = warnings.since(session)
    built = {
        (y, q) for y, q in session.execute(select(QuarterlyTable.year, QuarterlyTable.quarter).distinct())
    }
    counts: Counter[str] = Counter()
    for year, quarter in _quarters(min(built, default=last), last):
        if (
            first is not None
            and bounds(year, quarter)[1] >= first
            and ((year, quarter) == last or (year, quarter) not in built)
        ):
            counts += build(session, year, quarter, now, calendar, config)
    unconfirmed = select(QuarterlyTable).where(QuarterlyTable.confirmed_at.is_(None))
    for table in session.scalars(unconfirmed).all():
        counts += warnings.check(
            session, KIND, table.agency, table.label, table.due, True, now, calendar, config
        )
    return counts


def _quarters(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, quarter) from ``start`` to ``end``, both included."""
    found, (year, quarter) = [], start
    while (year, quarter) <= end:
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found
