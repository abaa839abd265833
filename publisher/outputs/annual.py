"""Annual enforcement statistics (年度行政执法数据统计), published by 31 January (LEGAL.md §7).

In January every ``tick`` (re)builds the previous year's report from every decision made
that year (published or not: excluded decisions are enforcement too), its withdrawals,
its complaints, the agencies' powers lists and the supervision notices and decisions the
district legal office issued to each agency (counts only). The report is figures only and
lives in a public table, so the statistics page, its CSV and the data packages read it directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.models import Agency, AnnualReport, PublicDecision, RawDecision, Tombstone
from publisher.office import complaints, supervision
from publisher.office.supervision_notices import counts as supervision_counts

TYPE_SEPARATORS = re.compile("[;；,，]")
CSV_COLUMNS = [
    "year",
    "agency",
    "agency_name",
    "decisions",
    "penalties",
    "fines",
    "confiscations",
    "published",
    "on_time",
    "late",
    "withdrawn",
    "complaints_received",
    "complaints_closed_on_time",
    "powers_listed",
    "powers_used",
    "performance_ratio",
    *supervision_counts.SCALARS,
]


def _amount(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def blank(code: str, name: str) -> dict[str, Any]:
    return {
        "agency": code,
        "agency_name": name,
        "decisions": 0,
        "penalties": 0,
        "by_category": Counter(),
        "by_result": Counter(),
        "fines": Decimal(0),
        "confiscations": Decimal(0),
        "published": 0,
        "on_time": 0,
        "late": 0,
        "withdrawn": 0,
        "complaints_received": 0,
        "complaints_closed_on_time": 0,
        "powers_listed": 0,
        "powers_used": 0,
        **supervision_counts.blank(),
    }


def build(session: Session, year: int, now: dt.datetime) -> AnnualReport:
    """Compute (or recompute) the report of ``year`` inside the caller's transaction."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    agencies = list(session.scalars(select(Agency).order_by(Agency.code)))
    rows = {a.id: blank(a.code, a.name) for a in agencies}
    tally(session, rows, start, end)
    for agency_id, late_days in session.execute(
        select(PublicDecision.agency_id, PublicDecision.late_days).where(
            PublicDecision.decision_date.between(start, end)
        )
    ):
        rows[agency_id]["published"] += 1
        rows[agency_id]["on_time" if not late_days else "late"] += 1
    for (agency_id,) in session.execute(
        select(PublicDecision.agency_id)
        .join(Tombstone, Tombstone.public_decision_id == PublicDecision.id)
        .where(Tombstone.kind == "withdrawn", Tombstone.effective.between(start, end))
    ):
        rows[agency_id]["withdrawn"] += 1
    by_code = {a.code: a.id for a in agencies}
    for count in complaints.counts(session, year):
        row = rows[by_code[count.agency_code]]
        row["complaints_received"] = count.received
        row["complaints_closed_on_time"] = count.closed_on_time
    for agency_id, figures in supervision_counts.yearly(session, year).items():
        rows[agency_id].update(figures)  # supervision notices and decisions: counts only
    for agency in agencies:
        ratio = supervision.performance(session, agency.id, year)
        rows[agency.id]["powers_listed"] = ratio.listed
        rows[agency.id]["powers_used"] = ratio.used
        rows[agency.id]["unused_powers"] = [name for _code, name in ratio.unused]
    data = {
        "year": year,
        "agencies": [_plain(r) for r in rows.values()],
        "district": _plain(_total(rows.values())),
    }
    report = session.get(AnnualReport, year)
    if report is not None and report.data == data:
        return report
    if report is None:
        report = AnnualReport(year=year, built_at=now, data=data)
        session.add(report)
    else:
        report.built_at, report.data = now, data
    audit.record(
        session,
        now=now,
        actor="system",
        action="annual_report.built",
        entity="annual_report",
        entity_id=str(year),
        after=audit.digest(data),
    )
    return report


def tally(
    session: Session,
    rows: dict[int, dict[str, Any]],
    start: dt.date,
    end: dt.date,
    category: str | None = None,
) -> None:
    """Add every decision made from ``start`` to ``end`` (of one category, when given) by the
    agencies of ``rows`` to its agency's row: decisions, penalties, by category, by penalty
    type, fines, confiscations. The annual statistics and the quarterly penalty tables count
    with this one function."""
    fields = (
        RawDecision.record[name].as_string()
        for name in ("penalty_types", "fine_amount", "confiscation_amount")
    )
    stmt = select(RawDecision.agency_id, RawDecision.category, *fields).where(
        RawDecision.decision_date.between(start, end), RawDecision.agency_id.in_(list(rows))
    )
    if category is not None:
        stmt = stmt.where(RawDecision.category == category)
    for agency_id, kind, penalty_types, fine, confiscation in session.execute(stmt):
        row = rows[agency_id]  # three fields of each record, not the whole record with its text
        row["decisions"] += 1
        row["penalties"] += kind == "penalty"
        row["by_category"][kind] += 1
        for name in TYPE_SEPARATORS.split(str(penalty_types or "")):  # ";" as the schema says; "," too
            if name.strip():
                row["by_result"][name.strip()] += 1
        row["fines"] += _amount(fine)
        row["confiscations"] += _amount(confiscation)


def _total(rows: Any) -> dict[str, Any]:
    total = blank("", "全区合计")
    for row in rows:
        for key, value in row.items():
            if key in ("agency", "agency_name", "unused_powers"):
                continue
            total[key] = total[key] + value
    return total


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready: counters as sorted dicts, money as strings with two decimals."""
    out = dict(row)
    for name in ("by_category", "by_result", *supervision_counts.BREAKDOWNS):
        out[name] = dict(sorted(row[name].items()))
    out["fines"] = f"{row['fines']:.2f}"
    out["confiscations"] = f"{row['confiscations']:.2f}"
    listed = row["powers_listed"]
    out["performance_ratio"] = round(row["powers_used"] / listed, 4) if listed else 0.0  # no powers: 0
    return out


def due(session: Session, today: dt.date) -> list[int]:
    """The years to (re)build: the previous year in every January tick (late December records
    still arrive within their windows) or while it is missing, and any earlier year that has
    decisions but no report yet (a district that starts with past years' records)."""
    first = session.scalar(select(func.min(RawDecision.decision_date)))
    built = set(session.scalars(select(AnnualReport.year)))
    earlier = [
        year
        for year in range(first.year if first else today.year, today.year - 1)
        if year not in built and _has_decisions(session, year)
    ]
    previous = today.year - 1
    return earlier + ([previous] if today.month == 1 or previous not in built else [])


def _has_decisions(session: Session, year: int) -> bool:
    made = RawDecision.decision_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
    return session.scalar(select(RawDecision.id).where(made).limit(1)) is not None


def csv_rows(report: AnnualReport) -> list[dict[str, Any]]:
    """One row per agency and one for the district (agency code empty)."""
    rows = [*report.data["agencies"], report.data["district"]]
    return [{"year": report.year, **{k: row.get(k) for k in CSV_COLUMNS if k != "year"}} for row in rows]


def package_rows(session: Session, base: str, year: int | None) -> Iterator[dict[str, Any]]:
    """The ``annual_reports`` resource of the data packages."""
    stmt = select(AnnualReport).order_by(AnnualReport.year)
    if year is not None:
        stmt = stmt.where(AnnualReport.year == year)
    for report in session.scalars(stmt):
        for row in csv_rows(report):
            yield {**row, "fines": Decimal(row["fines"]), "confiscations": Decimal(row["confiscations"])}
