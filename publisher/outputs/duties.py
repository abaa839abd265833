"""Public rows of the agencies' duties: the confirmed quarterly penalty tables and the yearly
training figures per agency, for the statistics pages, their CSV/JSON twins and the data
packages. An unconfirmed table's figures are never public (they still follow the data): the
page says only that it is awaited or overdue. Nothing here names an officer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher import clock, vocabulary
from publisher.models import QuarterlyTable, TrainingFigures
from publisher.office.duties import quarterly

Row = dict[str, Any]
PENALTY_TYPES = vocabulary.codes("penalty_type")
QUARTERLY_COLUMNS = [
    "year",
    "quarter",
    "agency",
    "agency_name",
    "status",
    "penalties",
    *(f"type_{code}" for code in PENALTY_TYPES),
    "fines",
    "confiscations",
    "due",
    "confirmed_on",
]
TRAINING_COLUMNS = [
    "year",
    "agency",
    "agency_name",
    "officers",
    "meeting_hours",
    "average_hours",
    "required_hours",
    "complete",
]
# An agency with fewer officers than this publishes their number only: one officer's average
# is his own hours, and with two each one knows the other's (the page promises no person's hours).
MIN_OFFICERS = 3


def _tables(session: Session, year: int | None = None) -> list[QuarterlyTable]:
    stmt = select(QuarterlyTable).options(selectinload(QuarterlyTable.agency))
    if year is not None:
        stmt = stmt.where(QuarterlyTable.year == year)
    order = (QuarterlyTable.year.desc(), QuarterlyTable.quarter.desc(), QuarterlyTable.agency_id)
    return list(session.scalars(stmt.order_by(*order)))


def quarterly_row(table: QuarterlyTable, today: dt.date) -> Row:
    """One agency's quarter: its status, and its figures once confirmed (None before)."""
    confirmed = table.confirmed_at is not None
    figures = table.figures if confirmed else {}
    by_type = figures.get("by_type", {})
    return {
        "year": table.year,
        "quarter": table.quarter,
        "agency": table.agency.code,
        "agency_name": table.agency.name,
        "status": quarterly.status(table, today),
        "penalties": figures.get("penalties"),
        **{f"type_{code}": by_type.get(code, 0) if confirmed else None for code in PENALTY_TYPES},
        "fines": Decimal(figures["fines"]) if confirmed else None,
        "confiscations": Decimal(figures["confiscations"]) if confirmed else None,
        "due": table.due,
        "confirmed_on": clock.local_date(table.confirmed_at) if table.confirmed_at else None,
    }


def quarterly_rows(session: Session, today: dt.date, year: int | None = None) -> list[Row]:
    """Every agency's tables, newest quarter first (the page lists the unconfirmed too)."""
    return [quarterly_row(t, today) for t in _tables(session, year)]


def quarterly_package(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """The ``quarterly_penalties`` resource: confirmed tables only, oldest first."""
    today = clock.today()
    for table in reversed(_tables(session, year)):
        if table.confirmed_at is not None:
            yield quarterly_row(table, today)


def training_rows(session: Session, year: int | None = None) -> list[Row]:
    """Training figures per agency and year, newest year first; of fewer than MIN_OFFICERS
    officers, only their number."""
    stmt = select(TrainingFigures).order_by(TrainingFigures.year.desc())
    if year is not None:
        stmt = stmt.where(TrainingFigures.year == year)
    return [_public(row) for figures in session.scalars(stmt) for row in figures.rows]


def _public(row: Row) -> Row:
    if 0 < row["officers"] < MIN_OFFICERS:
        return {**row, "meeting_hours": None, "average_hours": None}
    return {
        **row,
        "average_hours": Decimal(row["average_hours"]) if row["average_hours"] is not None else None,
    }


def training_package(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """The ``training`` resource of the data packages, oldest year first."""
    yield from sorted(training_rows(session, year), key=lambda r: (r["year"], r["agency"]))
